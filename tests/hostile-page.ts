/**
 * Shared by the tests/hostile-*.test.ts files: open a static host page from
 * tests/fixtures/hostile/ in an iframe (as tests/bundles.test.ts does), wait until every widget in it
 * has rendered, nested ones included, and walk the widgets' shadow trees.
 * The pages load the built bundles from /dist/: run `npm run build` first (`npm test` does).
 */

/** What tests/fixtures/bundles/record.js (loaded first by every page) records. */
export interface HostWindow extends Window {
  __warnings: string[];
  __errors: string[];
}

export interface HostPage {
  win: HostWindow;
  doc: Document;
  frame: HTMLIFrameElement;
}

export interface OpenOptions {
  /** Width of the iframe in CSS px, i.e. the host page's viewport width. */
  width?: number;
  height?: number;
  /** Wait until these tags are defined (default: every tag in custom-elements.json). `[]` waits for none. */
  waitFor?: string[];
  /** Sets the iframe's `sandbox` attribute, e.g. `allow-same-origin` for a page without scripting. */
  sandbox?: string;
}

interface Manifest {
  modules: { declarations?: { tagName?: string; attributes?: { name: string }[] }[] }[];
}

let manifest: Promise<Manifest> | undefined;

/** The elements and their attributes, as custom-elements.json at the repository root lists them. */
export async function manifestElements(): Promise<Map<string, string[]>> {
  manifest ??= fetch('/custom-elements.json').then((response) => response.json() as Promise<Manifest>);
  const elements = new Map<string, string[]>();
  for (const module of (await manifest).modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName) elements.set(declaration.tagName, (declaration.attributes ?? []).map((attribute) => attribute.name));
    }
  }
  return elements;
}

/** Every tag the library defines, from custom-elements.json. */
export async function libraryTags(): Promise<string[]> {
  return [...(await manifestElements()).keys()];
}

export async function openHostPage(path: string, options: OpenOptions = {}): Promise<HostPage> {
  const frame = document.createElement('iframe');
  frame.style.width = `${options.width ?? 800}px`;
  frame.style.height = `${options.height ?? 600}px`;
  frame.style.border = '0';
  if (options.sandbox !== undefined) frame.setAttribute('sandbox', options.sandbox);
  frame.src = path.startsWith('/') ? path : `/tests/fixtures/hostile/${path}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as HostWindow;
  const doc = frame.contentDocument!;
  const tags = options.waitFor ?? (await libraryTags());
  await Promise.all(tags.map((tag) => win.customElements.whenDefined(tag)));
  if (tags.length > 0) await settle(doc);
  return { win, doc, frame };
}

export function closeHostPages(): void {
  document.querySelectorAll('iframe').forEach((frame) => frame.remove());
}

/** True for an element of this library (its tags share these names). */
export function isWidget(element: Element): element is HTMLElement & { updateComplete?: Promise<unknown> } {
  return /^(call-clinic|cramp-[a-z-]+|vein-cta|clinic-services)$/.test(element.localName);
}

/** Every element under `root`, in the light DOM and in every (nested) open shadow root. */
export function deepElements(root: Document | Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  const walk = (node: Document | Element | ShadowRoot) => {
    for (const element of node.querySelectorAll('*')) {
      found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(root);
  return found;
}

/** Every element inside `host`'s shadow root, nested widgets' shadow roots included. */
export function shadowElements(host: Element): Element[] {
  return host.shadowRoot ? deepElements(host.shadowRoot) : [];
}

/** The text of `host`'s shadow tree, nested shadow roots included (what the widget shows). */
export function shadowText(host: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      // nodeType, not instanceof: the nodes belong to the host page's window, not this one.
      if (child.nodeType === Node.TEXT_NODE) parts.push(child.textContent ?? '');
      else if (child.nodeType === Node.ELEMENT_NODE && (child as Element).localName !== 'style') {
        const element = child as Element;
        if (element.shadowRoot) walk(element.shadowRoot);
        walk(element);
      }
    }
  };
  if (host.shadowRoot) walk(host.shadowRoot);
  return parts.join('');
}

/** True when a widget has rendered: a shadow root with elements and visible text. */
export function hasRendered(host: Element): boolean {
  const root = host.shadowRoot;
  return !!root && [...root.children].some((child) => child.localName !== 'style') && shadowText(host).trim() !== '';
}

/** Waits until every widget in the document (nested ones included) has finished updating. */
export async function settle(doc: Document): Promise<void> {
  const win = doc.defaultView!;
  for (let round = 0; round < 10; round++) {
    const widgets = deepElements(doc).filter(isWidget);
    await Promise.all(widgets.map((widget) => widget.updateComplete));
    await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve, 0)));
    if (deepElements(doc).filter(isWidget).length === widgets.length) return;
  }
}

/** The library's own console warnings (prefixed), from what record.js captured. */
export function libraryWarnings(win: HostWindow): string[] {
  return win.__warnings.filter((warning) => warning.startsWith('[cramp-widgets]'));
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 20 ms until it is true (rejects after `timeout` ms, naming `what`). */
export async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** What a visitor's use of the widgets produced: the library's events, counted. */
export interface UseCounts {
  toggles: number;
  calls: number;
  links: number;
  results: number;
  /** Accordion buttons clicked, and how many of them say `aria-expanded="true"` afterwards. */
  toggled: number;
  expanded: number;
}

function parts(doc: Document, part: string): HTMLElement[] {
  return deepElements(doc).filter((element) => element.matches(`[part~="${part}"]`)) as HTMLElement[];
}

/** Answers a self-check (`<cramp-check>`, both modes): the first answer of every question, then the result. */
export async function answerSelfCheck(check: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<boolean> {
  for (let step = 0; step < 30; step++) {
    const root = check.shadowRoot!;
    if (root.querySelector('[part~="result"]')) return true;
    for (const question of root.querySelectorAll('[part~="question"]')) {
      const input = question.querySelector('input') as HTMLInputElement | null;
      if (input && !input.checked) input.click();
    }
    (root.querySelector('[part~="next"]') as HTMLElement | null)?.click();
    await check.updateComplete;
  }
  return false;
}

/**
 * Uses every widget on the page as a visitor would: opens every accordion item, answers every
 * self-check, clicks every call, booking and website link (links are not followed: a capturing
 * listener cancels their default action after the widgets have seen the click).
 */
export async function useEveryWidget(doc: Document): Promise<UseCounts> {
  const counts: UseCounts = { toggles: 0, calls: 0, links: 0, results: 0, toggled: 0, expanded: 0 };
  const count = (key: 'toggles' | 'calls' | 'links' | 'results') => () => counts[key]++;
  const listeners: [string, () => void][] = [
    ['cramp-toggle', count('toggles')],
    ['cramp-call', count('calls')],
    ['cramp-link', count('links')],
    ['cramp-check-result', count('results')],
  ];
  for (const [type, listener] of listeners) doc.addEventListener(type, listener);
  const stayOnPage = (event: Event) => {
    if (event.composedPath().some((node) => (node as Element).localName === 'a')) event.preventDefault();
  };
  doc.addEventListener('click', stayOnPage, true);
  try {
    const toggles = parts(doc, 'toggle');
    for (const toggle of toggles) {
      if (toggle.getAttribute('aria-expanded') === 'true') continue;
      toggle.click();
      counts.toggled++;
      await settle(doc);
    }
    counts.expanded = toggles.filter((toggle) => toggle.getAttribute('aria-expanded') === 'true').length;
    for (const check of deepElements(doc).filter((element) => element.localName === 'cramp-check')) {
      await answerSelfCheck(check as HTMLElement);
      await settle(doc);
    }
    for (const link of [...parts(doc, 'call'), ...parts(doc, 'book'), ...parts(doc, 'website'), ...parts(doc, 'action')]) {
      if (link.localName === 'a') link.click();
    }
    await settle(doc);
  } finally {
    for (const [type, listener] of listeners) doc.removeEventListener(type, listener);
    doc.removeEventListener('click', stayOnPage, true);
  }
  return counts;
}

/**
 * True when the browser's URL parser reads `href` as https, http or tel (a relative URL resolves to
 * https here). Stricter than a regular expression: the parser strips leading C0 controls and spaces
 * and removes tabs and newlines, as it does when a link is followed.
 */
export function browserSafeHref(href: string): boolean {
  try {
    return ['https:', 'http:', 'tel:'].includes(new URL(href, 'https://relative.invalid/').protocol);
  } catch {
    return true; // an unparsable href goes nowhere
  }
}

/** Every `href` in every widget's shadow tree (nested ones included) that is not https, http, tel or relative. */
export function unsafeHrefs(doc: Document, isSafe: (href: string) => boolean): string[] {
  const hrefs: string[] = [];
  for (const widget of deepElements(doc).filter(isWidget)) {
    for (const element of shadowElements(widget)) {
      for (const name of ['href', 'xlink:href', 'src', 'action', 'formaction']) {
        const value = element.getAttribute(name);
        if (value !== null && !isSafe(value)) hrefs.push(`<${widget.localName}> <${element.localName} ${name}="${value}">`);
      }
    }
  }
  return [...new Set(hrefs)];
}
