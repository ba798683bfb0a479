// Pre-rendered widgets for the snippets (issue 11 defect 5, issue 17 "Pre-rendered snippets"): each
// element is rendered in Node with @lit-labs/ssr to Declarative Shadow DOM, a
// `<template shadowrootmode="open">` that the browser's HTML parser turns into the element's shadow
// tree before any script runs. The first paint is then the widget itself, so nothing moves when the
// bundle arrives (CLS 0), and without JavaScript the visitor still gets it: the accordion is native
// `<details>`/`<summary>` here and every call link is a plain `tel:` link.
//
//   withPrerender(snippet, { locale })   the snippet with the shadow tree inserted after the element's
//                                        opening tag, before the plain fallback (kept for editors that
//                                        strip <template>; a shadow root without <slot> hides it)
//
// The bundle does not hydrate: the element renders over the pre-rendered tree (src/element/
// cramp-element.ts), so nothing the server could not know survives (a phone from the page settings,
// the page's language). Opening hours depend on the visitor's clock: they are never pre-rendered.
import { Worker } from 'node:worker_threads';

/** Inputs only the visitor's browser knows: left out of the pre-rendered tree, rendered by the widget. */
const CLIENT_ONLY_ATTRIBUTES = ['hours', 'timezone'];

/** The no-JS accordion's own rules, next to the element's: a `<summary>` that looks like the widget's button. */
const DETAILS_STYLE =
  '<style>.cause__summary{display:block;list-style:none;cursor:pointer;border-radius:calc(var(--_radius) - 1px)}' +
  '.cause__summary::-webkit-details-marker{display:none}.cause__summary:focus-visible{outline-offset:-3px}' +
  '.cause__summary:hover .cause__toggle{background:var(--_surface-muted)}details[open] .cause__chevron{transform:rotate(180deg)}</style>';

/** Renders `{ tag, attributes, locale }` jobs in a worker (see prerender-worker.mjs); resolves to raw SSR output. */
function renderInWorker(jobs) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./prerender-worker.mjs', import.meta.url), { workerData: { jobs } });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`prerender worker exited with ${code}`)));
  });
}

const minifyCss = (css) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim();

/**
 * The cramp-causes accordion as `<details>`: the same boxes and classes, so it has the widget's size,
 * but it opens and closes without JavaScript. Fails the build if the markup it expects has changed.
 */
function accordionAsDetails(markup) {
  const cause =
    /<div part="cause cause-([a-z]+)" class="cause( is-open)? ?" data-cause="\1">\s*<(h[2-6]) part="heading" class="cause__heading">\s*<button part="toggle" class="cause__toggle" type="button" id="toggle-\1" aria-expanded="(?:true|false)" aria-controls="panel-\1"\s*>(.*?)<\/button>\s*<\/\3>\s*<div part="panel" class="cause__panel(?: is-collapsed)?" id="panel-\1">((?:(?!<div|<\/div>).)*)<\/div>\s*<\/div>/gs;
  const accordions = markup.split('class="causes causes--accordion"').length - 1;
  let count = 0;
  const result = markup.replace(cause, (_, id, open, heading, toggle, panel) => {
    count += 1;
    return (
      `<details part="cause cause-${id}" class="cause"${open ? ' open' : ''} data-cause="${id}">` +
      `<summary class="cause__summary"><${heading} part="heading" class="cause__heading"><span part="toggle" class="cause__toggle">${toggle}</span></${heading}></summary>` +
      `<div part="panel" class="cause__panel" id="panel-${id}">${panel}</div></details>`
    );
  });
  if (accordions > 0 && count === 0) throw new Error('prerender: the <cramp-causes> accordion markup changed; update accordionAsDetails().');
  return result.replaceAll('<div part="base" class="causes causes--accordion"', `${DETAILS_STYLE}<div part="base" class="causes causes--accordion"`);
}

/** From @lit-labs/ssr's output to what a snippet carries: no hydration markers, small styles, one line. */
function clean(ssr, tag) {
  const start = ssr.indexOf('<template shadowroot="open" shadowrootmode="open">');
  const end = ssr.lastIndexOf(`</${tag}>`);
  if (start < 0 || end < start) throw new Error(`prerender: <${tag}> rendered no shadow root`);
  let markup = ssr.slice(start, end);
  markup = markup
    .replace(/<style>([\s\S]*?)<\/style>/g, (_, css) => `<style>${minifyCss(css)}</style>`)
    .replace(/<!--\/?lit-(?:part|node)[^>]*-->|<\?>/g, '') // Lit's hydration markers: nothing hydrates
    .replaceAll('<template shadowroot="open" shadowrootmode="open">', '<template shadowrootmode="open">')
    .replaceAll(' defer-hydration', '')
    .replace(/\s*\n\s*/g, ' ') // one line: WordPress's wpautop adds <br> and <p> at line breaks
    .replace(/ {2,}/g, ' ')
    .replace(/ +>/g, '>')
    .replace(/> +</g, '> <');
  return accordionAsDetails(markup);
}

/** The attributes on the snippet's element, as written there (`<tag a="b">`). */
function openingTag(snippet, tag) {
  const match = new RegExp(`<${tag}((?:\\s+[a-z-]+="[^"]*")*)>`).exec(snippet);
  if (!match) throw new Error(`prerender: no <${tag}> in the snippet`);
  return match;
}

/**
 * Pre-renders the element of each `{ snippet, tag, locale }` and returns the snippets with its
 * shadow tree inserted right after the element's opening tag. One worker renders them all.
 */
export async function withPrerender(items) {
  const jobs = items.map(({ snippet, tag, locale }) => {
    const attributes = openingTag(snippet, tag)[1].replace(new RegExp(`\\s+(?:${CLIENT_ONLY_ATTRIBUTES.join('|')})="[^"]*"`, 'g'), '');
    return { tag, attributes, locale };
  });
  const rendered = await renderInWorker(jobs);
  return items.map(({ snippet, tag }, index) => {
    const [open] = openingTag(snippet, tag);
    return snippet.replace(open, `${open}\n${clean(rendered[index], tag)}`);
  });
}

/**
 * The shadow tree of each `{ tag, attributes, locale }` (attributes as written in a tag: ` phone="…"`),
 * as `withPrerender` inserts it. For templates filled in elsewhere (the WordPress plugin's).
 */
export async function prerenderShadows(jobs) {
  const rendered = await renderInWorker(jobs);
  return jobs.map(({ tag }, index) => clean(rendered[index], tag));
}
