import { warn } from './warn.js';

/**
 * Globals that Lit reads while its modules load. An element with `id="litHtmlVersions"` (or `name=`
 * on a form, image, embed, object or iframe) anywhere in the page shadows the global of that name on
 * `window` (DOM clobbering): Lit then calls `.push()` on an element, or calls an element as a
 * function, and throws before a single widget is defined. The bundles import this module before Lit.
 */
const EXPECTED: Record<string, (value: unknown) => boolean> = {
  litHtmlVersions: Array.isArray,
  reactiveElementVersions: Array.isArray,
  litElementVersions: Array.isArray,
  litHtmlPolyfillSupport: isFunction,
  reactiveElementPolyfillSupport: isFunction,
  litElementPolyfillSupport: isFunction,
  litElementHydrateSupport: isFunction,
  trustedTypes: (value) => typeof (value as { createPolicy?: unknown }).createPolicy === 'function',
};

function isFunction(value: unknown): boolean {
  return typeof value === 'function';
}

/**
 * Puts a value of the expected kind in front of each clobbered name (an own property of `window` wins
 * over the page's named elements), so Lit, ours or the page's own copy, loads as if the element were
 * not there. Returns the names repaired.
 */
export function repairClobberedLitGlobals(win: Window = window): string[] {
  const globals = win as unknown as Record<string, unknown>;
  const repaired = Object.keys(EXPECTED).filter((name) => globals[name] != null && !EXPECTED[name]!(globals[name]));
  for (const name of repaired) {
    Object.defineProperty(win, name, {
      value: EXPECTED[name] === Array.isArray ? [] : undefined,
      writable: true,
      configurable: true,
    });
  }
  if (repaired.length > 0) {
    warn(`page elements with id or name ${repaired.join(', ')} hide globals that Lit reads; worked around, but rename them.`);
  }
  return repaired;
}

if (typeof window !== 'undefined') repairClobberedLitGlobals();
