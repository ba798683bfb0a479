import { css } from 'lit';
export const crampCausesStyles = css `
  .causes {
    container-type: inline-size;
  }
  .causes__items {
    display: grid;
    /* minmax(0, …): a long word in a title must not widen the column past the page's. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75em;
  }

  .cause__heading {
    font-size: 1.125em;
  }
  .cause__heading--plain,
  .cause__toggle {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  .cause__title {
    flex: 1;
    min-width: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }

  .cause__panel > :first-child {
    margin-block-start: 0;
  }
  .cause__panel > :last-child {
    margin-block-end: 0;
  }
  .cause__what {
    margin: 0 0 0.75em;
  }
  .cause__label {
    margin: 1.1em 0 0.35em;
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .cause__list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .cause__list li + li {
    margin-block-start: 0.3em;
  }
  .cause__list li::marker {
    color: var(--_accent);
  }
  .cause__action {
    margin: 1.25em 0 0;
  }
  /*
   * "Call 314-842-1441 to schedule your evaluation" reads as one sentence: the link is inline and the
   * words flow on after it, wrapping like any text; the link's 44px target only raises its line.
   */
  .cause__action--call {
    display: block;
  }
  .cause__action--call call-clinic {
    display: inline;
  }

  /* The nested <call-clinic> (in this element's colors, see baseStyles) gets a 44px target. */
  call-clinic::part(call) {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }

  /* Accordion: one bordered item per cause; the button fills the heading row. */
  .causes--accordion .cause {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: var(--_shadow);
  }
  .cause__toggle {
    width: 100%;
    min-height: 44px;
    margin: 0;
    padding: 0.75em 1em;
    border: 0;
    border-radius: calc(var(--_radius) - 1px);
    background: transparent;
    color: inherit;
    font: inherit;
    line-height: inherit;
    text-align: start;
    cursor: pointer;
    transition: background-color 0.15s ease;
  }
  .cause__toggle:hover {
    background: var(--_surface-muted);
  }
  .cause__toggle:focus-visible {
    outline-offset: -3px;
  }
  .cause__chevron {
    display: inline-flex;
    flex: none;
    color: var(--_accent);
    transition: transform 0.2s ease;
  }
  .is-open .cause__chevron {
    transform: rotate(180deg);
  }
  .causes--accordion .cause__panel {
    padding: 0.25em 1.25em 1.25em calc(1em + 2.25em + 0.75em);
  }
  .cause__panel.is-collapsed {
    display: none;
  }

  /* Cards: a grid of equal cards, one column on phones. */
  .causes--cards .causes__items {
    grid-template-columns: repeat(auto-fit, minmax(min(16em, 100%), 1fr));
    gap: 1em;
  }
  .causes--cards .cause {
    display: flex;
    flex-direction: column;
    padding: 1.25em;
  }
  .causes--cards .cause__heading {
    margin-block-end: 0.9em;
  }
  .causes--cards .cause__panel {
    display: flex;
    flex: 1;
    flex-direction: column;
  }
  .causes--cards .cause__action {
    margin-block-start: auto;
    padding-block-start: 1.25em;
  }

  /* List: everything expanded, rows separated by a rule. */
  .causes--list .causes__items {
    gap: 0;
  }
  .causes--list .cause {
    padding-block: 1.25em;
    border-block-start: 1px solid var(--_border);
  }
  .causes--list .cause:first-child {
    padding-block-start: 0;
    border-block-start: 0;
  }
  .causes--list .cause__heading {
    margin-block-end: 0.75em;
    font-size: 1.25em;
  }
  .causes--list .cause__icon {
    font-size: 0.9em;
  }

  .note {
    margin: 1.25em 0 0;
    font-size: 0.875em;
    color: var(--_muted);
  }

  /* In a narrow column the accordion body uses the full width instead of lining up with the title. */
  @container (max-width: 30em) {
    .causes--accordion .cause__panel {
      padding-inline: 1em;
    }
    .cause__toggle {
      padding-inline: 0.75em;
      gap: 0.6em;
    }
  }
  @container (max-width: 18em) {
    .cause__heading {
      font-size: 1em;
    }
    .cause__icon {
      width: 1.8em;
      height: 1.8em;
    }
  }

  /* Printing shows every cause, expanded, without the shadows and toggles' chevrons. */
  @media print {
    .cause__panel.is-collapsed {
      display: block;
    }
    .cause__chevron {
      display: none;
    }
    .causes--accordion .cause,
    .causes--cards .cause {
      box-shadow: none;
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .causes--accordion .cause,
    .causes--cards .cause,
    .causes--list .cause {
      border-color: CanvasText;
    }
    .cause__toggle {
      color: ButtonText;
    }
    .cause__icon,
    .cause__chevron,
    .cause__label {
      color: CanvasText;
    }
  }
`;
