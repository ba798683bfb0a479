/** `light` (default: the page's own colors), `dark`, or `auto` (follows the visitor's `prefers-color-scheme`). */
export declare const THEMES: readonly ["light", "dark", "auto"];
export type Theme = (typeof THEMES)[number];
/**
 * Reads an element's `theme` property. Returns the canonical value, so an element can write it back
 * (`theme=" Dark "` becomes `theme="dark"`) and the `:host([theme=...])` rules below match it.
 */
export declare function readTheme(value: string | null | undefined, source: string): Theme;
/**
 * The optional dark scheme, for elements with a reflected `theme` property: `theme="dark"` always,
 * `theme="auto"` when the visitor's system prefers dark. Include after `baseStyles`.
 */
export declare const themeStyles: import("lit").CSSResult;
