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
  /* "Call 314-842-1441" stays on one line: a number split at its hyphens is hard to read. */
  .number {
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
