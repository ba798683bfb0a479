/** `light` (default: the page's own colors), `dark`, or `auto` (follows the visitor's `prefers-color-scheme`). */
export declare const THEMES: readonly ["light", "dark", "auto"];
export type Theme = (typeof THEMES)[number];
/**
 * Reads an element's `theme` property. Returns the canonical value, so an element can write it back
 * (`theme=" Dark "` becomes `theme="dark"`) and the `:host([theme=...])` rules below match it.
 */
export declare function readTheme(value: string | null | undefined, source: string): Theme;
/**
 * The optional dark scheme's colors, for elements with a reflected `theme` property. Include after
 * `baseStyles`. Widgets nested in another widget get no `theme`: they inherit the container's colors.
 */
export declare const themeStyles: import("lit").CSSResult;
/** The dark panel around an element that has no card of its own (the causes, the services, the article, the call button). */
export declare const themeFrameStyles: import("lit").CSSResult;
