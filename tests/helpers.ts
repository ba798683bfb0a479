import { fixture } from '@open-wc/testing';
import { refreshPageSettings } from '../src/clinic/page-settings.js';
import { forgetWarnings } from '../src/internal/warn.js';

/** Runs `fn` and returns the library's console warnings it caused (awaiting async work too). */
export async function captureWarnings(fn: () => unknown): Promise<string[]> {
  forgetWarnings();
  const seen: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    seen.push(args.map(String).join(' '));
  };
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen.filter((line) => line.startsWith('[cramp-widgets]'));
}

/** Every `href` inside an element's shadow root, including nested elements' shadow roots. */
export function shadowHrefs(root: Element | ShadowRoot): string[] {
  const hrefs: string[] = [];
  const walk = (node: Element | ShadowRoot) => {
    for (const el of node.querySelectorAll('*')) {
      const href = el.getAttribute('href');
      if (href !== null) hrefs.push(href);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return hrefs;
}

/** The `tel:` links inside an element's shadow root, nested elements' included. */
export function telHrefs(root: Element | ShadowRoot): string[] {
  return shadowHrefs(root).filter((href) => href.startsWith('tel:'));
}

/** True for hrefs the library may emit: https, http, tel and relative. */
export function isSafeHref(href: string): boolean {
  // As the URL parser does: leading C0 controls and spaces are stripped, tabs and newlines removed.
  const cleaned = href.replace(/^[\u0000-\u0020]+/, '').replace(/[\t\n\r]/g, '');
  const scheme = /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
  return scheme === undefined || scheme === 'https' || scheme === 'http' || scheme === 'tel';
}

/** The engine running the tests: some test-runner commands (emulateMedia) work in Chromium only. */
export const engine: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

/** The element that has focus, looking inside shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Clicks a link without letting the browser follow it (tel: or another page) and leave the test page. */
export function clickWithoutNavigating(link: HTMLElement): void {
  link.addEventListener('click', (event) => event.preventDefault(), { once: true });
  link.click();
}

/** Adds a page-wide settings block (`<script type="application/json" data-cramp-settings>`) to `parent` and has elements read it. */
export function addPageSettings(json: string, parent: ParentNode = document.body): HTMLScriptElement {
  const block = document.createElement('script');
  block.type = 'application/json';
  block.dataset.crampSettings = '';
  block.textContent = json;
  parent.append(block);
  refreshPageSettings();
  return block;
}

/**
 * Runs `fn` with a page-wide settings block (`<script type="application/json" data-cramp-settings>`)
 * holding `json`, then removes the block again, whatever happens; elements re-read the settings both times.
 */
export async function withPageSettings<T>(json: string, fn: (block: HTMLScriptElement) => T | Promise<T>): Promise<T> {
  const block = addPageSettings(json);
  try {
    return await fn(block);
  } finally {
    block.remove();
    refreshPageSettings();
  }
}

/** Renders `template` with @open-wc's `fixture` and returns the element with the warnings its first render gave. */
export async function fixtureWithWarnings<T extends Element>(template: unknown): Promise<{ el: T; warnings: string[] }> {
  let el!: T;
  const warnings = await captureWarnings(async () => {
    el = await fixture<T>(template as Parameters<typeof fixture>[0]);
  });
  return { el, warnings };
}

/** Resolves when `el` and every element nested in its shadow tree have finished rendering. */
export async function settled(el: Element): Promise<void> {
  const pending = (node: Element | ShadowRoot): Promise<unknown>[] =>
    [...node.querySelectorAll('*')].flatMap((child) => [
      ...('updateComplete' in child ? [(child as { updateComplete: Promise<unknown> }).updateComplete] : []),
      ...(child.shadowRoot ? pending(child.shadowRoot) : []),
    ]);
  // A few rounds: a nested element's render can add nested elements of its own.
  for (let round = 0; round < 3; round++) {
    await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
    if (el.shadowRoot) await Promise.all(pending(el.shadowRoot));
  }
}

/**
 * The HTML of `<tag attributes…>content</tag>`, for fixtures of an element named at run time
 * (the shared suites). Attribute values are escaped, so any string arrives as written.
 */
export function markup(tag: string, attributes: Record<string, string> = {}, content = ''): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const written = Object.entries(attributes).map(([name, value]) => ` ${name}="${escape(value)}"`).join('');
  return `<${tag}${written}>${content}</${tag}>`;
}
