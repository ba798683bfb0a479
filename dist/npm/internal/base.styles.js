import { css } from 'lit';
/**
 * The one style base every element starts from: the theme's custom properties with their defaults,
 * focus, touch targets, reduced motion and forced colors. Sizes are in `em`, so widgets scale with
 * the host theme's font size; font family, size and text color are inherited from the page.
 *
 * Defaults: accent #0b5a70 on white is 7.3:1, white on accent 7.3:1 (WCAG AA needs 4.5:1).
 */
export const baseStyles = css `
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--_text);
  }
  /*
   * A widget on its own reads the page's --cramp-* properties. One rendered inside another widget
   * ([nested], see src/element/context.ts) declares none: it inherits its container's values, light
   * or dark, so it is drawn in the container's colors without relaying them.
   */
  :host(:not([nested])) {
    --_accent: var(--cramp-accent, #0b5a70);
    --_accent-hover: var(--cramp-accent-hover, #07404f);
    --_on-accent: var(--cramp-on-accent, #ffffff);
    --_surface: var(--cramp-surface, #ffffff);
    --_surface-muted: var(--cramp-surface-muted, #f1f6f8);
    --_text: var(--cramp-text, inherit);
    --_muted: var(--cramp-muted, #4a5a61);
    --_border: var(--cramp-border, #c9d6db);
    --_focus: var(--cramp-focus-color, #0b5a70);
    --_alert: var(--cramp-alert, #9a3412);
    --_radius: var(--cramp-radius, 0.5em);
    --_shadow: var(--cramp-shadow, 0 1px 2px rgb(16 42 52 / 0.08), 0 4px 12px rgb(16 42 52 / 0.06));
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Headings carry the page's font; size, weight and margins are set, not left to the browser. */
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font: inherit;
    font-weight: 700;
    line-height: 1.3;
    color: inherit;
  }
  /* A card: the surface an element draws its main boxes on. */
  .card {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 1.5);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A call to action: at least 44x44 CSS px whatever the theme's font size. */
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-height: 44px;
    min-width: 44px;
    padding: 0.6em 1.2em;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    text-align: center;
    text-decoration: none;
    cursor: pointer;
    transition: background-color 0.15s ease, border-color 0.15s ease;
  }
  .action:hover {
    background: var(--_accent-hover);
    border-color: var(--_accent-hover);
  }
  .action--secondary {
    background: transparent;
    color: var(--_accent);
  }
  .action--secondary:hover {
    background: var(--_surface-muted);
    color: var(--_accent-hover);
  }
  .icon {
    width: 1.2em;
    height: 1.2em;
    flex: none;
    fill: currentColor;
  }
  /* A round tinted badge holding an icon (causes, services, the vein call to action). Elements resize it. */
  .icon-badge {
    display: inline-flex;
    flex: none;
    align-items: center;
    justify-content: center;
    width: 2.25em;
    height: 2.25em;
    border-radius: 50%;
    background: var(--_surface-muted);
    color: var(--_accent);
  }
  .icon-badge .icon {
    width: 1.4em;
    height: 1.4em;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    .action {
      border: 2px solid ButtonText;
      background: ButtonFace;
      color: LinkText;
    }
    a:focus-visible,
    button:focus-visible,
    summary:focus-visible,
    input:focus-visible {
      outline-color: Highlight;
    }
  }
`;
