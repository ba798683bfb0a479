import { css } from 'lit';
/*
 * Layout by container query: `.cta` is the container, `.layout` a grid whose areas change with the
 * width the element is given. Narrow (any variant): icon beside the headline, everything else below.
 * Card from 30em: the text column beside the icon. Banner from 44em: icon, text, actions in one row
 * (the actions stacked until 60em).
 * Compact stays one column, with the two actions stacked at full width.
 */
export const veinCtaStyles = css `
  .cta {
    container-type: inline-size;
    color: var(--_text);
    /* Long overrides (a pasted paragraph, a URL) wrap instead of widening the element. */
    overflow-wrap: anywhere;
  }
  .layout {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    grid-template-areas:
      'icon headline'
      'body body'
      'actions actions'
      'note note';
    align-items: center;
    gap: 0.75em 0.875em;
    /* Padding here, not on the container, so the queries below can tighten it. */
    padding: 1.5em;
  }
  .layout > * {
    min-width: 0;
  }
  .badge {
    grid-area: icon;
    align-self: start;
    width: 2.75em;
    height: 2.75em;
  }
  .badge .icon {
    width: 1.6em;
    height: 1.6em;
  }
  .headline {
    grid-area: headline;
    font-size: 1.25em;
    letter-spacing: -0.005em;
  }
  .body {
    grid-area: body;
    align-self: start;
  }
  .body p {
    margin: 0;
  }
  .body p + p {
    margin-block-start: 0.6em;
  }
  .body .emergency {
    margin-block-start: 0.9em;
  }
  .actions {
    grid-area: actions;
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75em;
    margin-block-start: 0.25em;
  }
  .action {
    max-width: 100%;
  }
  .note {
    grid-area: note;
    margin: 0;
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.8125em;
    line-height: 1.45;
    color: var(--_muted);
  }

  /* The nested <call-clinic> (in this element's colors, see baseStyles), drawn as the secondary action. */
  call-clinic {
    max-width: 100%;
  }
  call-clinic::part(call) {
    max-width: 100%;
    background: transparent;
    color: var(--_accent);
  }
  call-clinic::part(call):hover {
    background: var(--_surface-muted);
    border-color: var(--_accent);
    color: var(--_accent-hover);
  }

  /* Narrow (a phone, a sidebar): less padding, and both actions full width, one above the other. */
  @container (max-width: 24em) {
    .layout {
      padding: 1.125em;
    }
    .actions {
      flex-direction: column;
      align-items: stretch;
      gap: 0.5em;
    }
    .action,
    call-clinic::part(call) {
      width: 100%;
    }
  }

  /* Card: the text column beside the icon once there is room. */
  @container (min-width: 30em) {
    .cta--card .layout {
      grid-template-areas:
        'icon headline'
        '. body'
        '. actions'
        '. note';
      column-gap: 1.125em;
    }
    .cta--card .badge {
      width: 3em;
      height: 3em;
    }
  }

  /* Banner: a tinted band with an accent edge; one sentence; one row when wide. */
  .cta--banner {
    border-width: 0;
    border-inline-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
    box-shadow: none;
  }
  .cta--banner .layout {
    padding-block: 1.25em;
  }
  .cta--banner .badge {
    background: var(--_surface);
  }
  .cta--banner .headline {
    font-size: 1.15em;
  }
  .cta--banner .note {
    border-block-start: 0;
    padding-block-start: 0;
  }
  /* Stacked banner: the actions share the full width, so a wrapped pair lines up. */
  .cta--banner .actions > * {
    flex: 1 1 auto;
  }
  .cta--banner call-clinic::part(call) {
    width: 100%;
  }
  @container (min-width: 44em) {
    .cta--banner .layout {
      /* At most half for the actions, so a very long button-text cannot squeeze the text away. */
      grid-template-columns: auto minmax(0, 1fr) fit-content(50%);
      grid-template-areas:
        'icon headline actions'
        'icon body actions'
        '. note note';
      gap: 0.35em 1.25em;
    }
    .cta--banner .badge {
      align-self: center;
    }
    .cta--banner .actions {
      flex-direction: column;
      align-items: stretch;
      align-self: center;
      gap: 0.5em;
      margin-block-start: 0;
    }
    .cta--banner .note {
      margin-block-start: 0.4em;
    }
  }
  /* Wide enough for the two actions side by side. */
  @container (min-width: 60em) {
    .cta--banner .actions {
      flex-direction: row;
      gap: 0.75em;
    }
  }

  /* Compact: a sidebar box; the two actions stacked at full width. */
  .cta--compact .layout {
    padding: 1.125em;
    row-gap: 0.6em;
  }
  .cta--compact .badge {
    width: 2.25em;
    height: 2.25em;
  }
  .cta--compact .badge .icon {
    width: 1.35em;
    height: 1.35em;
  }
  .cta--compact .headline {
    font-size: 1.075em;
  }
  .cta--compact .body {
    font-size: 0.9375em;
  }
  .cta--compact .actions {
    flex-direction: column;
    align-items: stretch;
    gap: 0.5em;
  }
  .cta--compact .action,
  .cta--compact call-clinic::part(call) {
    width: 100%;
  }

  @media print {
    .cta {
      box-shadow: none;
    }
  }
  @media (forced-colors: active) {
    .cta {
      border: 1px solid CanvasText;
    }
    .badge {
      color: CanvasText;
    }
    call-clinic::part(call),
    call-clinic::part(call):hover {
      border-color: ButtonText;
      color: LinkText;
    }
  }
`;
