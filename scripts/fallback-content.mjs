// The plain-HTML fallback written inside each element (readable and indexable before and without
// JavaScript), and the ready-to-paste snippet around it. The one builder used by `npm run snippet`,
// by the build's ready-made snippets in dist/snippets/ (scripts/build-snippets.mjs) and by the
// WordPress plugin:
//
//   fallbackHtml(tag, { locale = 'en', clinic = {} })   the fallback of one element, no wrapper
//   snippetHtml(tag, { locale, clinic, attributes, classic, src })   wrapper, element, fallback, script
//   SNIPPET_TAGS, LOCALES, CLINIC_ATTRIBUTES, BUNDLE_FOLDER_URL
//
// Everything comes from the built npm modules (run `npm run build` first): the article's words from
// dist/npm/content, their translations from the locale modules that lit-localize builds from xliff/
// (the same ones the widgets load), and the clinic's details checked by the widgets' own rules
// (dist/npm/clinic). Text and attributes are HTML-escaped; the output has no blank lines, so
// WordPress's wpautop neither wraps it in <p> nor splits it.
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import { resolveClinic } from '../dist/npm/clinic/clinic-details.js';
import { toTelHref } from '../dist/npm/clinic/phone.js';
import { displayHost } from '../dist/npm/clinic/safe-url.js';
import * as article from '../dist/npm/content/article.js';
import { sourceLocale, targetLocales } from '../dist/npm/generated/locale-codes.js';
import { forgetWarnings } from '../dist/npm/internal/warn.js';

/**
 * Where the snippets load the bundles from: the placeholder docs/embedding.md tells site owners to
 * replace, the one thing they change.
 * Written once, here; the CLI's `--src` overrides it.
 */
export const BUNDLE_FOLDER_URL = 'https://YOUR-SITE/path/to/dist/';

export const SNIPPET_TAGS = ['call-clinic', 'cramp-causes', 'vein-cta', 'clinic-services', 'cramp-article', 'cramp-check'];
export const LOCALES = [sourceLocale, ...targetLocales];

/** The clinic details a snippet takes (the keys of the page settings), and the attribute of each. */
export const CLINIC_ATTRIBUTES = {
  name: 'clinic-name',
  phone: 'phone',
  website: 'website',
  bookingUrl: 'booking-url',
  hours: 'hours',
  timezone: 'timezone',
};

// msg() in Node: @lit/localize's runtime switches language with an asynchronous setLocale() that
// announces itself on `window`. Here the translations are picked synchronously for each call, with
// the runtime's own lookup (message ids, `str` placeholders), from the generated locale modules.
const TEMPLATES = { [sourceLocale]: undefined };
for (const locale of targetLocales) TEMPLATES[locale] = (await import(`../dist/npm/generated/locales/${locale}.js`)).templates;
let activeTemplates;
_installMsgImplementation((template, options) => runtimeMsg(activeTemplates, template, options));

function inLocale(locale, build) {
  if (!LOCALES.includes(locale)) throw new Error(`unknown locale ${JSON.stringify(locale)}; use one of ${LOCALES.join(', ')}.`);
  activeTemplates = TEMPLATES[locale];
  try {
    return build();
  } finally {
    activeTemplates = undefined;
  }
}

/** The details actually given: empty values mean "not set", as an empty attribute does. */
const given = (clinic) => Object.fromEntries(Object.entries(clinic).filter(([, value]) => value != null && String(value).trim() !== ''));

/**
 * The clinic as the widgets resolve it from these attributes (no page settings, no fallback link), by
 * the widgets' own rules. A value the widgets would ignore with a console warning is an error here,
 * with that warning's words: a snippet must not say something its widget will not.
 */
function resolveStrict(tag, clinic) {
  const unknown = Object.keys(given(clinic)).filter((key) => !(key in CLINIC_ATTRIBUTES));
  if (unknown.length) throw new Error(`unknown clinic detail ${unknown.join(', ')}; use ${Object.keys(CLINIC_ATTRIBUTES).join(', ')}.`);
  const problems = [];
  const consoleWarn = console.warn;
  forgetWarnings(); // the widgets warn once per message; here every call must see its own problems
  // The widgets' words, less what the widget would do instead ("using the default").
  console.warn = (message) => problems.push(String(message).replace(/^\[cramp-widgets\] /, '').replace(/; (using the default|hours are not shown)\.$/, '.'));
  try {
    const resolved = resolveClinic(given(clinic), null, {}, tag);
    if (problems.length) throw new Error(`invalid clinic details, which the widget would ignore:\n  ${problems.join('\n  ')}`);
    return resolved;
  } finally {
    console.warn = consoleWarn;
  }
}

export const esc = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const list = (items) => `<ul>${items.map((item) => `<li>${esc(item)}</li>`).join('')}</ul>`;
const paragraphs = (items) => items.map((p) => `<p>${esc(p)}</p>`).join('\n');
const demote = (html) => html.replace(/<(\/?)h2>/g, '<$1h3>');

const causesBody = () =>
  article
    .causes()
    .map((c) => `<h2>${esc(c.title)}</h2>\n${paragraphs(c.what)}\n${list(c.signs)}\n${list(c.care)}`)
    .join('\n');

/** Each element's fallback: the article's own words for what the element shows, with the clinic's details. */
const FALLBACKS = {
  'call-clinic': ({ call }) => call,
  'vein-cta': ({ call, clinic }) => {
    const m = article.veinMessage();
    return `<h2>${esc(m.headline)}</h2>\n${paragraphs([...m.body, article.emergencyLine()])}\n<p><a href="${esc(clinic.bookingUrl)}">${esc(m.book)}</a> | ${call}</p>`;
  },
  // The widget ends the causes with calls to action; so does its fallback, with the same number.
  'cramp-causes': ({ call }) => `${causesBody()}\n<p>${call} ${esc(article.callToSchedule())}</p>`,
  // As the widget: the named services, and for electrolytes (no service named) the article's own words.
  'clinic-services': () =>
    `<h2>${esc(article.servicesHeading())}</h2>\n<p>${esc(article.servicesLead())}</p>\n${list(article.services().map((s) => s.name))}\n<p>${esc(article.nutritionalCare())}</p>`,
  'cramp-article': (parts) =>
    [
      `<h2>${esc(article.articleTitle())}</h2>`,
      paragraphs(article.intro(parts.clinic.name, parts.clinic.city)),
      `<p>${esc(article.causesLead())}</p>`,
      demote(causesBody()),
      `<h3>${esc(article.evaluationHeading())}</h3>`,
      `<p>${esc(article.evaluationLead())}</p>`,
      list(article.evaluationCriteria()),
      `<p>${esc(article.evaluationConclusion())}</p>`,
      `<p>${esc(article.emergencyLine())}</p>`,
      demote(FALLBACKS['clinic-services'](parts)),
      paragraphs(article.closing()),
      `<p>${parts.call} ${esc(article.callToSchedule())}</p>`,
      `<p><a href="${esc(parts.clinic.website)}">${esc(article.visitSite(displayHost(parts.clinic.website)))}</a> ${esc(article.visitToLearnMore())}</p>`,
    ].join('\n'),
  'cramp-check': ({ call }) => `<p>${call} ${esc(article.callToSchedule())}</p>`,
};

/**
 * The light-DOM fallback HTML of one element (no wrapper, no script tag), in `locale`, with the
 * clinic's details (`{ name, phone, website, bookingUrl, hours, timezone }`, as in the page settings;
 * the article's clinic by default). Throws on an unknown tag or locale and on details the widgets
 * would reject.
 */
export function fallbackHtml(tag, { locale = sourceLocale, clinic = {} } = {}) {
  if (!FALLBACKS[tag]) throw new Error(`unknown element ${JSON.stringify(tag)}; use one of ${SNIPPET_TAGS.join(', ')}.`);
  const resolved = resolveStrict(tag, clinic);
  return inLocale(locale, () => {
    const call = `<a href="${esc(toTelHref(resolved.phone))}">${esc(article.callLabel(resolved.phone.display))}</a>`;
    return FALLBACKS[tag]({ call, clinic: resolved });
  });
}

/**
 * A ready-to-paste snippet: the element with `attributes` (e.g. `{ variant: 'bar' }`) and the clinic's
 * details as attributes (so the widget says what its fallback says), its fallback, in a `<div lang>`
 * (the language of the fallback text), then the script tag of the ES module bundle, or of the classic
 * bundle with `classic`, from the folder `src`.
 */
export function snippetHtml(tag, { locale = sourceLocale, clinic = {}, attributes = {}, classic = false, src = BUNDLE_FOLDER_URL } = {}) {
  const fallback = fallbackHtml(tag, { locale, clinic });
  const resolved = resolveStrict(tag, clinic);
  // Written as the widgets read them back: the number as people dial it, URLs as the browser parses them.
  const canonical = {
    name: resolved.name,
    phone: resolved.phone.display,
    website: resolved.website,
    bookingUrl: resolved.bookingUrl,
    hours: String(clinic.hours ?? '').trim(),
    timezone: resolved.timeZone,
  };
  const attrs = [
    ...Object.entries(attributes),
    ...Object.keys(given(clinic)).map((key) => [CLINIC_ATTRIBUTES[key], canonical[key]]),
  ]
    .map(([name, value]) => ` ${name}="${esc(value)}"`)
    .join('');
  const script = classic
    ? `<script src="${esc(src)}cramp-widgets.iife.js"></script>`
    : `<script type="module" src="${esc(src)}cramp-widgets.js"></script>`;
  return `<div class="cramp-widget" lang="${esc(locale)}">\n<${tag}${attrs}>\n${fallback}\n</${tag}>\n</div>\n${script}\n`;
}
