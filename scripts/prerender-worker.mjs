// Renders elements to Declarative Shadow DOM in Node with @lit-labs/ssr, for scripts/prerender.mjs.
// A worker of its own: the library's localization module installs @lit/localize's runtime here,
// which fallback-content.mjs (in the main thread) has already replaced with its own.
import { parentPort, workerData } from 'node:worker_threads';
import '@lit-labs/ssr/lib/install-global-dom-shim.js';

// The little of `document` and `window` the library reads when it loads: an empty page in `lang`.
let lang = 'en';
const documentShim = globalThis.document;
Object.assign(documentShim, {
  readyState: 'complete',
  documentElement: { get lang() { return lang; } },
  querySelectorAll: () => [],
  addEventListener() {},
  removeEventListener() {},
});
globalThis.window = Object.assign(new EventTarget(), globalThis.window ?? {});

const { render } = await import('@lit-labs/ssr');
// The widgets' connectedCallback asks the enclosing widget for its context (src/element/context.ts):
// run it, so nested widgets show the clinic their container resolved, as in the browser.
const { LitElementRenderer } = await import('@lit-labs/ssr/lib/lit-element-renderer.js');
LitElementRenderer.renderOptions.push(() => ({ connectedCallback: true }));
const { collectResultSync } = await import('@lit-labs/ssr/lib/render-result.js');
const { html, unsafeStatic } = await import('lit/static-html.js');
// The library's own registration first renders a test template into the DOM to detect a blocking
// Trusted Types policy; the shim cannot do that, so the classes are registered here directly.
// Any other warning means a snippet says something its widget would not: the build stops.
const warnings = [];
console.warn = (message) => warnings.push(String(message));
const library = await import('../dist/npm/index.js');
warnings.splice(0, warnings.length, ...warnings.filter((message) => !message.includes('Trusted Types')));
const CLASSES = {
  'call-clinic': library.CallClinic,
  'cramp-causes': library.CrampCauses,
  'vein-cta': library.VeinCta,
  'clinic-services': library.ClinicServices,
  'cramp-article': library.CrampArticle,
  'cramp-check': library.CrampCheck,
};
for (const [tag, element] of Object.entries(CLASSES)) if (!customElements.get(tag)) customElements.define(tag, element);
const { followPageLanguage, getLocale } = await import('../dist/npm/localization.js');

/** Switches the library's language the way a page does: its `<html lang>` changes. */
async function switchTo(locale) {
  if (getLocale() === locale) return;
  lang = locale;
  const ready = new Promise((resolve, reject) => {
    const listener = ({ detail }) => {
      if (detail.status === 'loading') return;
      window.removeEventListener('lit-localize-status', listener);
      if (detail.status === 'ready') resolve();
      else reject(new Error(`prerender: could not load the ${locale} strings`));
    };
    window.addEventListener('lit-localize-status', listener);
  });
  followPageLanguage();
  await ready;
}

// Each job: the element's tag, its attributes as written in the snippet, and the language.
const out = [];
for (const { tag, locale, attributes } of workerData.jobs) {
  await switchTo(locale);
  const name = unsafeStatic(tag);
  out.push(collectResultSync(render(html`<${name}${unsafeStatic(attributes)}></${name}>`)));
  if (warnings.length) throw new Error(`prerender <${tag}${attributes}> (${locale}): ${warnings.join('; ')}`);
}
parentPort.postMessage(out);
