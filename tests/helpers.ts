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
