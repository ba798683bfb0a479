// `npm run snippet -- <tag> [options]`: prints a ready-to-paste snippet for one element, with the
// clinic's details as attributes and the plain-HTML fallback (scripts/fallback-content.mjs) in the
// page's language, so the widget and its fallback say the same. Ready-made snippets for the
// article's clinic need no Node at all: dist/snippets/.
import { parseArgs } from 'node:util';
import { BUNDLE_FOLDER_URL, LOCALES, SNIPPET_TAGS, snippetHtml } from './fallback-content.mjs';
import { withPrerender } from './prerender.mjs';

const USAGE = `Usage: npm run snippet -- <tag> [options]
Tags: ${SNIPPET_TAGS.join(', ')}
Options (the clinic's details are checked as the widgets check them):
  --phone 314-842-1441          phone number (10 digits, or + and the country code)
  --website URL                 the clinic's website (https, http or relative)
  --booking-url URL             where "request an evaluation" goes
  --clinic-name NAME            the clinic's name
  --hours "Mo-Fr 08:00-17:00"   opening hours, schema.org form
  --timezone America/Chicago    IANA timezone of the hours
${`  --locale ${LOCALES.join('|')}`.padEnd(32)}language of the fallback text (the page's language; default ${LOCALES[0]})
  --classic                     the classic-script bundle instead of the ES module
  --plain                       without the pre-rendered widget (only the plain fallback)
  --src URL                     the folder you uploaded dist/ to (default ${BUNDLE_FOLDER_URL})`;

function fail(message, { usage = true } = {}) {
  console.error(usage ? `${message}\n\n${USAGE}` : message);
  process.exit(1);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      phone: { type: 'string' },
      website: { type: 'string' },
      'booking-url': { type: 'string' },
      'clinic-name': { type: 'string' },
      hours: { type: 'string' },
      timezone: { type: 'string' },
      locale: { type: 'string', default: LOCALES[0] },
      classic: { type: 'boolean', default: false },
      plain: { type: 'boolean', default: false },
      src: { type: 'string', default: BUNDLE_FOLDER_URL },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(positionals.length ? `One tag at a time, not ${positionals.join(' ')}.` : 'Which element? Give its tag.');

const clinic = {
  name: values['clinic-name'],
  phone: values.phone,
  website: values.website,
  bookingUrl: values['booking-url'],
  hours: values.hours,
  timezone: values.timezone,
};
try {
  const [tag] = positionals;
  const snippet = snippetHtml(tag, {
    locale: values.locale,
    clinic,
    classic: values.classic,
    src: values.src.endsWith('/') ? values.src : `${values.src}/`,
  });
  // The widget pre-rendered before the fallback (scripts/prerender.mjs), as in dist/snippets/.
  process.stdout.write(values.plain ? snippet : (await withPrerender([{ snippet, tag, locale: values.locale }]))[0]);
} catch (error) {
  fail(`No snippet written: ${error.message}`, { usage: false });
}
