import { html, render, type TemplateResult } from 'lit';
import type { Decorator } from '@storybook/web-components-vite';

/**
 * The toolbar's "Build" switch. Stories import the sources (src/), which is what a developer edits,
 * but a site loads dist/cramp-widgets.js or one element's file (dist/elements/<tag>.js): a defect of
 * the build alone (such as icons the HTML minifier broke, or an element its file forgot) shows only
 * there. With "Built bundle" or "Element file" the story's markup is rendered in a frame whose page
 * loads nothing but that file (served by Storybook from dist/, see main.ts), with the same language and
 * page styles; the element file is that of the story's first element. A tag can be defined once per
 * document, hence the frame.
 */
export type Build = 'source' | 'bundle' | 'element';

/** The story's markup as HTML, rendered where no element upgrades (a template's inert document). */
function toMarkup(story: unknown): string {
  const inert = document.createElement('template');
  render(story as TemplateResult, inert.content);
  return inert.innerHTML;
}

/** The file the frame loads: the bundle, or the element file of the markup's first element. */
function scriptFor(build: Build, markup: string): string {
  const tag = /<([a-z]+-[a-z-]+)/.exec(markup)?.[1];
  return build === 'element' && tag ? `./dist/elements/${tag}.js` : './dist/cramp-widgets.js';
}

function bundlePage(markup: string, script: string, lang: string, pageCss: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><style>body{margin:0;padding:1rem}${pageCss}</style>
<script type="module" src="${script}"></script></head><body><main>${markup}</main></body></html>`;
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
    const build = (context.globals.build as Build | undefined) ?? 'source';
    if (build === 'source') return rendered;
    const lang = context.globals.locale === 'es' ? 'es' : 'en';
    const minHeight = (context.parameters.builtBundle as { minHeight?: number } | undefined)?.minHeight ?? 120;
    const markup = toMarkup(rendered);
    const script = scriptFor(build, markup);
    return html`<iframe
      title=${`The story rendered by the built file ${script.slice(2)}`}
      data-build=${build}
      data-script=${script.slice(1)}
      data-min-height=${minHeight}
      style="display:block;width:100%;height:${minHeight}px;border:0"
      srcdoc=${bundlePage(markup, script, lang, pageCss())}
      @load=${fitHeight}
    ></iframe>`;
  };
}
