import { html, render, type TemplateResult } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/**
 * The toolbar's "Build" switch. Stories import the sources (src/), which is what a developer edits,
 * but a site loads dist/cramp-widgets.js: a defect of the build alone (such as icons the HTML
 * minifier broke) shows only there. With "Built bundle" the story's markup is rendered in a frame
 * whose page loads nothing but the built bundle (served by Storybook from dist/, see main.ts), with
 * the same language and page styles. A tag can be defined once per document, hence the frame.
 */
export type Build = 'source' | 'bundle';

/** The story's markup as HTML, rendered where no element upgrades (a template's inert document). */
function toMarkup(story: unknown): string {
  const inert = document.createElement('template');
  render(story as TemplateResult, inert.content);
  return inert.innerHTML;
}

function bundlePage(markup: string, lang: string, pageCss: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>body{margin:0;padding:1rem}${pageCss}</style>
<script type="module" src="./dist/cramp-widgets.js"></script></head><body><main>${markup}</main></body></html>`;
}

/** Keeps the frame as tall as its page (content changes height when an accordion opens). */
function fitHeight(event: Event): void {
  const frame = event.target as HTMLIFrameElement;
  const doc = frame.contentDocument;
  if (!doc) return;
  const fit = () => {
    frame.style.height = `${Math.max(doc.documentElement.scrollHeight, Number(frame.dataset.minHeight ?? 0))}px`;
  };
  new ResizeObserver(fit).observe(doc.body);
  fit();
}

export function withBuild(pageCss: () => string): Decorator {
  return (story, context) => {
    const rendered = story();
    if ((context.globals.build as Build | undefined) !== 'bundle') return rendered;
    const lang = context.globals.locale === 'es' ? 'es' : 'en';
    const minHeight = (context.parameters.builtBundle as { minHeight?: number } | undefined)?.minHeight ?? 120;
    return html`<iframe
      title="The story rendered by the built bundle, dist/cramp-widgets.js"
      data-build="bundle"
      data-min-height=${minHeight}
      style="display:block;width:100%;height:${minHeight}px;border:0"
      srcdoc=${bundlePage(toMarkup(rendered), lang, pageCss())}
      @load=${fitHeight}
    ></iframe>`;
  };
}
