import { css } from 'lit';
export const callClinicStyles = css `
  :host([variant='link']) {
    display: inline;
  }
  /* In the dark scheme the inline link and the floating button draw no panel of their own in the page flow. */
  :host([variant='link'][theme]),
  :host([variant='floating'][theme]) {
    padding: 0;
    background: none;
  }
  .call {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }
  .call--link {
    display: inline;
  }
  /* The phone number stays on one line (split at its hyphens it is hard to read); the words around it wrap. */
  .nowrap {
    white-space: nowrap;
  }
  .hours,
  .more {
    margin: 0;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .more a,
  a.link {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .more a {
    display: inline-block;
    padding-block: 0.6em;
    overflow-wrap: anywhere;
  }
  a.link {
    font-weight: 600;
  }
  a.link:hover,
  .more a:hover {
    color: var(--_accent-hover);
  }
  .call--bar .action {
    width: 100%;
    border-radius: var(--cramp-bar-radius, 0);
    padding-block: 0.8em;
  }
  .call--bar,
  .call--floating {
    flex-direction: column;
    align-items: stretch;
    text-align: center;
  }
  .call--floating {
    position: fixed;
    z-index: var(--cramp-floating-z-index, 1000);
    bottom: calc(1em + env(safe-area-inset-bottom, 0px));
    right: 1em;
    max-width: calc(100vw - 2em);
    padding: 0.5em;
    border-radius: calc(var(--_radius) * 2);
    background: var(--_surface);
    box-shadow: var(--_shadow), 0 6px 24px rgb(16 42 52 / 0.18);
  }
  :host([position='left']) .call--floating {
    right: auto;
    left: 1em;
  }
  :host([position='center']) .call--floating {
    right: auto;
    left: 50%;
    transform: translateX(-50%);
  }
  .floating-row {
    display: flex;
    align-items: center;
    gap: 0.25em;
  }
  .floating-row .action {
    flex: 1;
    min-width: 0;
  }
  /* A focused element of the page is under the bar and the page cannot scroll it clear: step aside. */
  .call--yield {
    visibility: hidden;
  }
  .dismiss {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    width: 44px;
    height: 44px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: transparent;
    color: var(--_muted);
    cursor: pointer;
  }
  .dismiss:hover {
    background: var(--_surface-muted);
  }
  /*
   * On a phone (narrow, or a phone on its side) the floating bar is one compact row across the bottom:
   * the call button and the close button. Hours and the website link stay for wider screens; the
   * call itself reaches the clinic either way. Below 30em only the icon and the number show; the
   * words stay in the link's accessible name.
   */
  @media (max-width: 40em), (max-height: 30em) {
    .call--floating,
    :host([position]) .call--floating {
      inset-inline: 0.5em;
      bottom: calc(0.5em + env(safe-area-inset-bottom, 0px));
      max-width: none;
      padding: 0.25em;
      transform: none;
    }
    .call--floating .hours,
    .call--floating .more {
      display: none;
    }
    .floating-row .action {
      padding-inline: 0.6em;
    }
  }
  @media (max-width: 30em) {
    .call--floating .words {
      position: absolute;
      width: 1px;
      height: 1px;
      margin: -1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  }
  @media (min-width: 48em) {
    :host([mobile-only]) {
      display: none;
    }
  }
  @media print {
    :host([variant='floating']) {
      display: none;
    }
  }
  @media (forced-colors: active) {
    .call--floating {
      border: 2px solid CanvasText;
    }
    .dismiss {
      color: ButtonText;
    }
  }
`;
