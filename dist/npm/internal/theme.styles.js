import { unsafeCSS } from 'lit';
import { oneOf } from './attributes.js';
/** `light` (default: the page's own colors), `dark`, or `auto` (follows the visitor's `prefers-color-scheme`). */
export const THEMES = ['light', 'dark', 'auto'];
/**
 * Reads an element's `theme` property. Returns the canonical value, so an element can write it back
 * (`theme=" Dark "` becomes `theme="dark"`) and the `:host([theme=...])` rules below match it.
 */
export function readTheme(value, source) {
    return oneOf(value, THEMES, source);
}
/*
 * Dark values of the base's custom properties. Each has its own `--cramp-dark-*` override, so a site
 * that sets `--cramp-accent` for its light pages does not get that color on a dark panel.
 * Contrast on the canvas #0f2027 / surface #16303a: text 14.6 / 12.1, muted 9.6 / 8.0,
 * accent 9.7 / 8.0; on-accent on accent 8.7 (WCAG AA needs 4.5).
 */
// Plain text, not css``: it is used inside two rules below, and a css`` fragment nested in a rule
// cannot be parsed by the bundle's CSS minifier. A constant, never configurable input.
const dark = `
  --_accent: var(--cramp-dark-accent, #7fd1e3);
  --_accent-hover: var(--cramp-dark-accent-hover, #a8e2ef);
  --_on-accent: var(--cramp-dark-on-accent, #062a33);
  --_canvas: var(--cramp-dark-canvas, #0f2027);
  --_surface: var(--cramp-dark-surface, #16303a);
  --_surface-muted: var(--cramp-dark-surface-muted, #1d3b46);
  --_text: var(--cramp-dark-text, #e8f1f4);
  --_muted: var(--cramp-dark-muted, #b3c8cf);
  --_border: var(--cramp-dark-border, #3b5c68);
  --_focus: var(--cramp-dark-focus-color, #a8e2ef);
  --_alert: var(--cramp-dark-alert, #fdba74);
  --_shadow: var(--cramp-dark-shadow, 0 1px 2px rgb(0 0 0 / 0.35), 0 4px 12px rgb(0 0 0 / 0.25));
  color-scheme: dark;
  color: var(--_text);
`;
/* The page around the element stays light: an element without a card of its own paints a dark panel. */
const frame = `
  background: var(--_canvas);
  padding: clamp(0.75em, 4vw, 1.25em);
  border-radius: calc(var(--_radius) * 2);
`;
/** `css` for the rule `declarations` in the dark scheme: `theme="dark"` always, `theme="auto"` when the visitor's system prefers dark. */
const inDarkScheme = (declarations) => unsafeCSS(`
  :host([theme='dark']) {${declarations}}
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {${declarations}}
  }
`);
/**
 * The optional dark scheme's colors, for elements with a reflected `theme` property. Include after
 * `baseStyles`. Widgets nested in another widget get no `theme`: they inherit the container's colors.
 */
export const themeStyles = inDarkScheme(dark);
/** The dark panel around an element that has no card of its own (the causes, the services, the article, the call button). */
export const themeFrameStyles = inDarkScheme(frame);
