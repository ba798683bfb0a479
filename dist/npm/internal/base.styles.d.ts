/**
 * The one style base every element starts from: the theme's custom properties with their defaults,
 * focus, touch targets, reduced motion and forced colors. Sizes are in `em`, so widgets scale with
 * the host theme's font size; font family, size and text color are inherited from the page.
 *
 * Defaults: accent #0b5a70 on white is 7.3:1, white on accent 7.3:1 (WCAG AA needs 4.5:1).
 */
export declare const baseStyles: import("lit").CSSResult;
