// Writes each element's reference (attributes, events, slots, parts, custom properties) into
// docs/elements.md between `<!-- reference:TAG -->` and `<!-- /reference:TAG -->`, from
// custom-elements.json, so the JSDoc in src/ stays the one place the public API is described.
// Every element of the manifest must have its block there: a new element cannot go undocumented.
import { readFileSync, writeFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const elements = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.tagName) elements.set(declaration.tagName, declaration);
  }
}

const cell = (text = '') => String(text).replace(/\s+/g, ' ').replace(/\|/g, '\\|').trim();
const table = (title, headers, rows) =>
  rows.length === 0
    ? ''
    : [`**${title}**`, '', `| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`), ''].join('\n');

function reference(element) {
  const fields = new Map((element.members ?? []).map((m) => [m.name, m]));
  const attributes = (element.attributes ?? []).map((a) => {
    const field = fields.get(a.fieldName);
    return [`\`${a.name}\``, a.description ?? field?.description, `\`${a.type?.text ?? field?.type?.text ?? 'string'}\``, a.default ?? field?.default ?? ''];
  });
  return [
    element.summary ? `${element.summary}\n` : '',
    table('Attributes', ['attribute', 'description', 'type', 'default'], attributes),
    table('Events', ['event', 'description'], (element.events ?? []).map((e) => [`\`${e.name}\``, e.description])),
    table('Slots', ['slot', 'description'], (element.slots ?? []).map((s) => [s.name ? `\`${s.name}\`` : '(default)', s.description])),
    table('Parts (`::part()`)', ['part', 'description'], (element.cssParts ?? []).map((p) => [`\`${p.name}\``, p.description])),
    table('CSS custom properties', ['property', 'description'], (element.cssProperties ?? []).map((p) => [`\`${p.name}\``, p.description])),
  ]
    .filter(Boolean)
    .join('\n');
}

const REFERENCE_FILE = 'docs/elements.md';
const written = new Set();
const text = readFileSync(REFERENCE_FILE, 'utf8').replace(/<!-- reference:([a-z-]+) -->[\s\S]*?<!-- \/reference:\1 -->/g, (_, tag) => {
  const element = elements.get(tag);
  if (!element) throw new Error(`${REFERENCE_FILE} names <${tag}>, which custom-elements.json does not have.`);
  written.add(tag);
  return `<!-- reference:${tag} -->\n${reference(element)}\n<!-- /reference:${tag} -->`;
});
const missing = [...elements.keys()].filter((tag) => !written.has(tag));
if (missing.length > 0) {
  throw new Error(`${REFERENCE_FILE} has no <!-- reference:TAG --> … <!-- /reference:TAG --> block for ${missing.map((tag) => `<${tag}>`).join(', ')}.`);
}
writeFileSync(REFERENCE_FILE, text);
