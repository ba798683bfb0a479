// Part of `npm run build`: writes ready-made snippets to dist/snippets/, one per element and common
// variant, in every language, with an index (dist/snippets/README.md). Site owners copy them; they do
// not run Node. Each has one thing to replace, the bundle's address (BUNDLE_FOLDER_URL). They are
// made by the same builder as `npm run snippet` (scripts/fallback-content.mjs), with the article's
// clinic, and are committed: `npm run check:build` fails when they differ from a fresh build.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { BUNDLE_FOLDER_URL, LOCALES, snippetHtml } from './fallback-content.mjs';
import { withPrerender } from './prerender.mjs';

const SNIPPETS = [
  { name: 'call-clinic-button', tag: 'call-clinic', attributes: { variant: 'button' }, shows: 'A call button.' },
  { name: 'call-clinic-bar', tag: 'call-clinic', attributes: { variant: 'bar' }, shows: 'A full-width call bar ("Call … to schedule your evaluation").' },
  { name: 'call-clinic-floating', tag: 'call-clinic', attributes: { variant: 'floating' }, shows: 'A call button fixed to the bottom of the screen; one per page.' },
  { name: 'cramp-causes-accordion', tag: 'cramp-causes', attributes: { layout: 'accordion' }, shows: 'The three causes, each opening and closing.' },
  { name: 'cramp-causes-cards', tag: 'cramp-causes', attributes: { layout: 'cards' }, shows: 'The three causes as cards side by side.' },
  { name: 'vein-cta-card', tag: 'vein-cta', attributes: { variant: 'card' }, shows: 'The vein-evaluation call to action as a card.' },
  { name: 'vein-cta-banner', tag: 'vein-cta', attributes: { variant: 'banner' }, shows: 'The vein-evaluation call to action as a wide banner.' },
  { name: 'clinic-services', tag: 'clinic-services', attributes: {}, shows: "The clinic's services, grouped by cause." },
  { name: 'cramp-article', tag: 'cramp-article', attributes: {}, shows: 'The whole article, with the causes as an accordion and the calls to action.' },
  { name: 'cramp-check', tag: 'cramp-check', attributes: {}, shows: 'The one-minute self-check, one question at a time.' },
];

const LANGUAGE_NAMES = { en: 'English', es: 'Spanish' };

// Each snippet carries its widget pre-rendered (Declarative Shadow DOM, scripts/prerender.mjs) before
// the plain fallback: the first paint is the widget, so nothing moves when the script arrives.
const items = LOCALES.flatMap((locale) =>
  SNIPPETS.map(({ name, tag, attributes }) => ({ locale, name, tag, snippet: snippetHtml(tag, { locale, attributes }) })),
);
const prerendered = await withPrerender(items);
items.forEach(({ locale, name }, index) => {
  mkdirSync(`dist/snippets/${locale}`, { recursive: true });
  writeFileSync(`dist/snippets/${locale}/${name}.html`, prerendered[index]);
});

// The pre-rendered styles are inline <style> elements: a strict policy allows them by their hashes.
const styleHashes = [
  ...new Set(prerendered.flatMap((snippet) => [...snippet.matchAll(/<style>([^<]*)<\/style>/g)].map(([, css]) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`))),
].sort();

const links = (name) => LOCALES.map((locale) => `[${LANGUAGE_NAMES[locale] ?? locale}](${locale}/${name}.html)`).join(' · ');
const index = `# Ready-made snippets

Copy a snippet into your page (in WordPress, a **Custom HTML** block) and change **one thing**: the
address of the bundle, \`${BUNDLE_FOLDER_URL}\`, to the folder where you uploaded \`dist/\`. Step-by-step
guides for WordPress, Squarespace, Google Tag Manager and plain HTML: [docs/embedding.md](../../docs/embedding.md).

| snippet | language | what it shows |
| --- | --- | --- |
${SNIPPETS.map(({ name, tag, shows }) => `| \`${name}\` (\`<${tag}>\`) | ${links(name)} | ${shows} |`).join('\n')}

- **Language.** Take the snippet in your page's language: its fallback text (what visitors see before
  the script runs, or without it) is written in it, and the widgets follow the page's \`<html lang>\`.
- **Several widgets on a page:** keep the \`<script>\` line once (or put it once in the page's
  \`<head>\`).
- **Classic bundle** (Google Tag Manager, builders that refuse \`type="module"\`): replace the
  \`<script>\` line with \`<script src="${BUNDLE_FOLDER_URL}cramp-widgets.iife.js"></script>\`.
- **Pre-rendered.** Each snippet carries its widget pre-rendered (a \`<template shadowrootmode>\`,
  drawn before the script runs, so nothing moves when it arrives) and then the plain fallback, for
  places that strip \`<template>\`. To insert a snippet from a script, use \`setHTMLUnsafe()\`, not
  \`innerHTML\` (see docs/embedding.md).
- **Strict Content-Security-Policy.** The pre-rendered styles are inline \`<style>\` elements. Under a
  \`style-src\` without \`'unsafe-inline'\`, add these hashes (they change with every release), or the
  pre-rendered widget shows unstyled until the script runs:

  \`\`\`
  style-src 'self' ${styleHashes.join(' ')}
  \`\`\`
- **Other clinic details.** These snippets carry the article's clinic, Sheen Vein & Cosmetics
  (314-842-1441). The number appears in the widget and in its fallback link; for another number,
  booking page or opening hours, make a snippet with \`npm run snippet -- <tag> --phone …\`, which
  writes both, or give every widget the details at once in the page settings and change the
  fallback links to match (see docs/configuration.md, "Page-wide settings").

Generated by \`npm run build\` (scripts/build-snippets.mjs); do not edit.
`;
writeFileSync('dist/snippets/README.md', index);
