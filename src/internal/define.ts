import { html, render } from 'lit';
import { VERSION } from './version.js';
import { warn } from './warn.js';

type VersionedElement = CustomElementConstructor & { version?: string };

let canRender: boolean | undefined;

/**
 * Whether Lit can render on this page. Under a Trusted Types policy (`require-trusted-types-for
 * 'script'`) that does not allow Lit's policy name, every render throws: then no element is defined,
 * so the author's fallback content stays in place, and one warning says which directive to add.
 */
function litCanRender(): boolean {
  if (canRender === undefined) {
    try {
      render(html`<i></i>`, document.createElement('div'));
      canRender = true;
    } catch {
      canRender = false;
      warn("Trusted Types: this page's CSP does not allow the widgets' policy; showing the fallback. Add `trusted-types cramp-widgets`.");
    }
  }
  return canRender;
}

/**
 * Registers a custom element without ever throwing. The same library is often on a page twice (a
 * plugin plus a pasted tag, the module and the classic bundle): the first definition wins, the same
 * version stays silent, and another version is reported once per page, naming both versions. A tag
 * taken by another script's element is reported once per tag.
 */
export function defineElement(tag: string, element: VersionedElement): void {
  if (typeof customElements === 'undefined') return;
  if (!customElements.get(tag)) {
    if (!litCanRender()) return;
    try {
      customElements.define(tag, element);
      return;
    } catch (error) {
      // Most often another copy defined the tag in the meantime; otherwise (the class is already
      // registered under another name) say what the registry said.
      if (!customElements.get(tag)) {
        warn(`<${tag}> could not be registered: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
    }
  }
  const existing = customElements.get(tag) as VersionedElement;
  if (existing === element) return;
  const other = existing.version;
  if (typeof other !== 'string') {
    warn(`<${tag}> is already defined by another script, not cramp-widgets; that element is used instead.`);
    return;
  }
  if (other === VERSION) return;
  const flag = Symbol.for('cramp-widgets.version-warning');
  const registry = globalThis as unknown as Record<symbol, boolean>;
  if (registry[flag]) return;
  registry[flag] = true;
  warn(`cramp-widgets ${VERSION} found <${tag}> already defined by cramp-widgets ${other}; keeping ${other}. Load the library once per page.`);
}
