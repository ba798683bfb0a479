import { VERSION } from './version.js';
import { warn } from './warn.js';
/**
 * Registers a custom element without ever throwing. The same library is often on a page twice (a
 * plugin plus a pasted tag, the module and the classic bundle): the first definition wins, the same
 * version stays silent, and another version is reported once per page, naming both versions.
 */
export function defineElement(tag, element) {
    if (typeof customElements === 'undefined')
        return;
    const existing = customElements.get(tag);
    if (!existing) {
        try {
            customElements.define(tag, element);
            return;
        }
        catch {
            // Another copy defined the tag first (or the constructor is registered under another name).
        }
    }
    const other = customElements.get(tag)?.version ?? 'unknown';
    if (other === VERSION)
        return;
    const flag = Symbol.for('cramp-widgets.version-warning');
    const registry = globalThis;
    if (registry[flag])
        return;
    registry[flag] = true;
    warn(`cramp-widgets ${VERSION} found <${tag}> already defined by cramp-widgets ${other}; keeping ${other}. Load the library once per page.`);
}
