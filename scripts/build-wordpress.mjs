// Part of `npm run build`: the WordPress plugin, ready to upload, as dist/wordpress/cramp-widgets.zip.
// The zip holds wordpress/cramp-widgets/ (the plugin's source), the current bundles in assets/, the
// fallback content of every element in every language (fallback.json, from the same builder as the
// snippets, scripts/fallback-content.mjs), each element pre-rendered at its defaults (prerendered.json,
// Declarative Shadow DOM from scripts/prerender.mjs, as the snippets carry it) and the compiled Spanish
// translation (.mo from .po).
// The zip is deterministic (sorted entries, fixed timestamps, fixed compression), so check:build can
// compare it with the committed one.
import { readdirSync, readFileSync, mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync, crc32 } from 'node:zlib';
import { fallbackHtml, LOCALES, SNIPPET_TAGS, esc } from './fallback-content.mjs';
import { prerenderShadows } from './prerender.mjs';
import { parsePhone } from '../dist/npm/clinic/phone.js';

const PLUGIN = 'wordpress/cramp-widgets';
const BUNDLES = ['cramp-widgets.js', 'cramp-widgets-es.js', 'cramp-widgets.iife.js', 'integrity.json', 'THIRD-PARTY-NOTICES.txt'];

// --- Fallback templates ----------------------------------------------------------------------------
// Rendered with stand-in clinic details, which are then turned into tokens the plugin's PHP fills in
// with the configured (escaped) values. The stand-ins are reserved names and a fictitious number, so
// they cannot occur in the article's words.
const STAND_IN = { phone: '212-555-0123', website: 'https://website.invalid/site', bookingUrl: 'https://booking.invalid/book' };
const TOKENS = [
  ['tel:+12125550123', '{{tel}}'],
  ['212-555-0123', '{{phone}}'],
  [esc(STAND_IN.bookingUrl), '{{booking}}'],
  [esc(STAND_IN.website), '{{website}}'],
  ['website.invalid', '{{website_host}}'],
];
const ARTICLE = {
  '{{tel}}': 'tel:+13148421441',
  '{{phone}}': '314-842-1441',
  '{{booking}}': 'https://www.sheenveinandcosmetics.com/',
  '{{website}}': 'https://www.sheenveinandcosmetics.com/',
  '{{website_host}}': 'www.sheenveinandcosmetics.com',
};

const fallbacks = {};
for (const locale of LOCALES) {
  fallbacks[locale] = {};
  for (const tag of SNIPPET_TAGS) {
    let template = fallbackHtml(tag, { locale, clinic: STAND_IN });
    for (const [from, to] of TOKENS) template = template.split(from).join(to);
    if (/invalid|555/.test(template)) throw new Error(`fallback of ${tag} (${locale}): a stand-in value was left in the template`);
    // Filled in with the article's clinic, the template must give exactly the snippets' fallback.
    const filled = template.replace(/\{\{\w+\}\}/g, (token) => ARTICLE[token]);
    if (filled !== fallbackHtml(tag, { locale })) throw new Error(`fallback of ${tag} (${locale}): the template does not reproduce the snippets' fallback`);
    fallbacks[locale][tag] = template;
  }
}

// --- Pre-rendered templates --------------------------------------------------------------------------
// Each element at its defaults (a block or shortcode with no attribute set), rendered with the stand-in
// clinic, its values then turned into the same tokens plus {{name}}. The plugin prints it before the
// fallback, so the first paint is the widget (see docs/wordpress.md). Checked below: filled in as the
// PHP fills it, a template gives exactly what the library renders for that clinic, for the article's
// clinic and for two configured ones (one with a name that needs escaping, one abroad, no booking page).
const STAND_IN_NAME = 'Stand-in Clinic';
const attributesOf = ({ name, phone, website, bookingUrl } = {}) =>
  [['clinic-name', name], ['phone', phone], ['website', website], ['booking-url', bookingUrl]]
    .filter(([, value]) => value !== undefined)
    .map(([attribute, value]) => ` ${attribute}="${esc(value)}"`)
    .join('');
const SHADOW_TOKENS = [...TOKENS, [STAND_IN_NAME, '{{name}}']];
/** What the PHP does (Cramp_Widgets_Render::fill): each token becomes the clinic's value, escaped. */
function fill(template, { name = 'Sheen Vein & Cosmetics', phone = '314-842-1441', website = 'https://www.sheenveinandcosmetics.com/', bookingUrl } = {}) {
  const number = parsePhone(phone);
  const values = {
    '{{tel}}': `tel:${number.e164}`,
    '{{phone}}': number.display,
    '{{booking}}': bookingUrl ?? website,
    '{{website}}': website,
    '{{website_host}}': new URL(website).hostname,
    '{{name}}': name,
  };
  return template.replace(/\{\{\w+\}\}/g, (token) => esc(values[token]).replace(/'/g, '&#039;'));
}
const SAMPLES = [
  {},
  { name: 'Test Clinic </script><b>"Vein" & Co\'s</b>', phone: '314-555-0142', website: 'https://clinic.example/', bookingUrl: 'https://clinic.example/book?from=widget&x=1' },
  { phone: '+44 20 7946 0958', website: 'https://clinic.example/uk/' },
];
const standIn = attributesOf({ name: STAND_IN_NAME, ...STAND_IN });
const jobs = LOCALES.flatMap((locale) => SNIPPET_TAGS.flatMap((tag) => [standIn, ...SAMPLES.map(attributesOf)].map((attributes) => ({ tag, locale, attributes }))));
const shadows = await prerenderShadows(jobs);
const sameHtml = (a, b) => a.replace(/&#0?39;/g, "'") === b.replace(/&#0?39;/g, "'");
const prerendered = {};
let job = 0;
for (const locale of LOCALES) {
  prerendered[locale] = {};
  for (const tag of SNIPPET_TAGS) {
    let template = shadows[job++];
    for (const [from, to] of SHADOW_TOKENS) template = template.split(from).join(to);
    if (/invalid|212-555|2125550123|Stand-in/.test(template)) throw new Error(`prerendered ${tag} (${locale}): a stand-in value was left in the template`);
    for (const sample of SAMPLES) {
      if (!sameHtml(fill(template, sample), shadows[job++])) {
        throw new Error(`prerendered ${tag} (${locale}): filled in for ${JSON.stringify(sample)}, the template differs from the library's rendering`);
      }
    }
    prerendered[locale][tag] = template;
  }
}

// --- Translations: .po -> .mo (GNU gettext's binary format, little-endian, no hash table) -------------
function parsePo(text) {
  const entries = [];
  let current = null;
  let field = null;
  const unquote = (s) => JSON.parse(s);
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('msgid ')) {
      if (current) entries.push(current);
      current = { msgid: unquote(line.slice(6)), msgstr: '' };
      field = 'msgid';
    } else if (line.startsWith('msgstr ')) {
      current.msgstr = unquote(line.slice(7));
      field = 'msgstr';
    } else if (line.startsWith('"') && current && field) {
      current[field] += unquote(line);
    }
  }
  if (current) entries.push(current);
  return entries.filter((e) => e.msgstr !== '');
}

function compileMo(entries) {
  const sorted = [...entries].sort((a, b) => (Buffer.from(a.msgid) < Buffer.from(b.msgid) ? -1 : Buffer.compare(Buffer.from(a.msgid), Buffer.from(b.msgid))));
  const ids = sorted.map((e) => Buffer.from(e.msgid, 'utf8'));
  const strs = sorted.map((e) => Buffer.from(e.msgstr, 'utf8'));
  const n = sorted.length;
  const headerSize = 28;
  const tablesSize = n * 16;
  let offset = headerSize + tablesSize;
  const header = Buffer.alloc(headerSize + tablesSize);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(n, 8);
  header.writeUInt32LE(headerSize, 12);
  header.writeUInt32LE(headerSize + n * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(0, 24);
  const bodies = [];
  ids.forEach((id, i) => {
    header.writeUInt32LE(id.length, headerSize + i * 8);
    header.writeUInt32LE(offset, headerSize + i * 8 + 4);
    bodies.push(id, Buffer.from([0]));
    offset += id.length + 1;
  });
  strs.forEach((str, i) => {
    header.writeUInt32LE(str.length, headerSize + n * 8 + i * 8);
    header.writeUInt32LE(offset, headerSize + n * 8 + i * 8 + 4);
    bodies.push(str, Buffer.from([0]));
    offset += str.length + 1;
  });
  return Buffer.concat([header, ...bodies]);
}

// --- Zip writer (stored paths under cramp-widgets/, deflate level 9, DOS time 1980-01-01 00:00) ------
function zip(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const deflated = deflateRawSync(data, { level: 9 });
    const stored = deflated.length >= data.length;
    const body = stored ? data : deflated;
    const crc = crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt16LE(0, 10); // time 00:00
    local.writeUInt16LE(0x21, 12); // date 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by Unix, 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(((name.endsWith('/') ? 0o40755 : 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = centrals.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, end]);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = new Map();
for (const path of walk(PLUGIN)) {
  if (path.endsWith('.mo')) continue;
  files.set(`cramp-widgets/${relative(PLUGIN, path)}`, readFileSync(path));
}
for (const name of BUNDLES) files.set(`cramp-widgets/assets/${name}`, readFileSync(`dist/${name}`));
// One file per element (and the Spanish chunk beside them), for pages that hold one kind of widget.
for (const name of readdirSync('dist/elements')) files.set(`cramp-widgets/assets/elements/${name}`, readFileSync(`dist/elements/${name}`));
files.set('cramp-widgets/fallback.json', Buffer.from(`${JSON.stringify(fallbacks, null, 1)}\n`));
files.set('cramp-widgets/prerendered.json', Buffer.from(`${JSON.stringify(prerendered, null, 1)}\n`));
for (const path of walk(`${PLUGIN}/languages`).filter((p) => p.endsWith('.po'))) {
  files.set(`cramp-widgets/languages/${relative(`${PLUGIN}/languages`, path).replace(/\.po$/, '.mo')}`, compileMo(parsePo(readFileSync(path, 'utf8'))));
}
const entries = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, data]) => ({ name, data }));
mkdirSync('dist/wordpress', { recursive: true });
const archive = zip(entries);
writeFileSync('dist/wordpress/cramp-widgets.zip', archive);
console.log(`WordPress plugin: dist/wordpress/cramp-widgets.zip, ${entries.length} files, ${archive.length} bytes.`);
