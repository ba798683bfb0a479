// CI check: every message the widgets show is translated into every target locale.
//
// 1. Extracts the messages from the sources afresh (`lit-localize extract`, into a temporary copy of
//    xliff/, so the working tree is untouched) and fails when that changes the committed XLIFF: a new
//    or changed msg() that nobody has run `npm run localize:extract` for.
// 2. Fails for every trans-unit whose <target> is missing or empty, or whose placeholders
//    (`<x id="…"/>`, the ${…} of str``) differ from its <source>'s, or which is a copy of the English
//    (except words that are the same in both languages, listed below).
//
// `npm run build` also extracts before it builds, so check:build catches an un-extracted message too;
// this check names the message and runs in a second.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const config = JSON.parse(readFileSync(join(root, 'lit-localize.json'), 'utf8'));
const xliffDir = resolve(root, config.interchange.xliffDir);
const cli = join(root, 'node_modules/@lit/localize-tools/bin/lit-localize.js');

// lit-localize's own XML parser (a dependency of @lit/localize-tools).
const require = createRequire(join(root, 'node_modules/@lit/localize-tools/package.json'));
const { DOMParser } = require('@xmldom/xmldom');

/** Sources that are rightly the same in a target language ("No" is Spanish too). */
const SAME_AS_ENGLISH = {
  es: new Set(['No']),
};

/** A trans-unit's text with its placeholders as `{x:0}`, and the placeholder ids in order. */
function readText(node) {
  if (!node) return null;
  let text = '';
  const placeholders = [];
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === 1 && child.nodeName === 'x') {
      const id = child.getAttribute('id');
      placeholders.push(id);
      text += `{x:${id}}`;
    } else if (child.nodeType === 1) {
      text += readText(child).text;
    } else {
      text += child.nodeValue ?? '';
    }
  }
  return { text, placeholders };
}

function readUnits(file) {
  const errors = [];
  const doc = new DOMParser({ errorHandler: { warning() {}, error: (e) => errors.push(e), fatalError: (e) => errors.push(e) } }).parseFromString(
    readFileSync(file, 'utf8'),
    'text/xml',
  );
  if (errors.length) throw new Error(`${file}: not well-formed XML: ${errors.join('; ')}`);
  return Array.from(doc.getElementsByTagName('trans-unit')).map((unit) => ({
    id: unit.getAttribute('id'),
    source: readText(unit.getElementsByTagName('source')[0]),
    target: readText(unit.getElementsByTagName('target')[0]),
  }));
}

const problems = [];

// 1. Is the committed XLIFF what a fresh extraction gives?
const scratch = mkdtempSync(join(tmpdir(), 'cramp-xliff-'));
try {
  cpSync(xliffDir, join(scratch, 'xliff'), { recursive: true });
  const tempConfig = {
    ...config,
    tsConfig: resolve(root, config.tsConfig),
    output: { ...config.output, outputDir: join(scratch, 'locales'), localeCodesModule: join(scratch, 'locale-codes.ts') },
    interchange: { ...config.interchange, xliffDir: join(scratch, 'xliff') },
  };
  delete tempConfig.$schema;
  writeFileSync(join(scratch, 'lit-localize.json'), JSON.stringify(tempConfig));
  execFileSync(process.execPath, [cli, 'extract', '--config', join(scratch, 'lit-localize.json')], { cwd: root, stdio: 'pipe' });
  for (const locale of config.targetLocales) {
    const committed = readUnits(join(xliffDir, `${locale}.xlf`));
    const fresh = readUnits(join(scratch, 'xliff', `${locale}.xlf`));
    const committedById = new Map(committed.map((unit) => [unit.id, unit]));
    const freshIds = new Set(fresh.map((unit) => unit.id));
    for (const unit of fresh) {
      const old = committedById.get(unit.id);
      if (!old) problems.push(`${locale}: "${unit.source.text}" (${unit.id}) is in the sources but not in xliff/${locale}.xlf`);
      else if (old.source.text !== unit.source.text) problems.push(`${locale}: ${unit.id} changed in the sources: now "${unit.source.text}"`);
    }
    for (const unit of committed) {
      if (!freshIds.has(unit.id)) problems.push(`${locale}: ${unit.id} ("${unit.source.text}") is no longer in the sources`);
    }
  }
  if (problems.length) problems.push('Run `npm run localize:extract`, translate the new messages, and `npm run build`.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

// 2. Is every message translated?
let total = 0;
for (const locale of config.targetLocales) {
  const same = SAME_AS_ENGLISH[locale] ?? new Set();
  for (const { id, source, target } of readUnits(join(xliffDir, `${locale}.xlf`))) {
    total++;
    const where = `${locale}: ${id} "${source.text}"`;
    if (!target || target.text.trim() === '') {
      problems.push(`${where}: no translation`);
      continue;
    }
    const sorted = (ids) => [...ids].sort().join(',');
    if (sorted(target.placeholders) !== sorted(source.placeholders)) {
      problems.push(`${where}: placeholders ${sorted(target.placeholders) || 'none'} in the translation, ${sorted(source.placeholders) || 'none'} in the English`);
    }
    if (target.text.trim() === source.text.trim() && !same.has(source.text.trim())) {
      problems.push(`${where}: the translation is the English text`);
    }
  }
}

if (problems.length) {
  console.error(`Translations: ${problems.length} problem(s):`);
  for (const problem of problems) console.error(`  - ${problem}`);
  process.exit(1);
}
console.log(`Translations: ${total} messages, all translated (${config.targetLocales.join(', ')}) and up to date with the sources.`);
