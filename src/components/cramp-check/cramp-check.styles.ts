import { css } from 'lit';

/*
 * A card, laid out by the width it is given (a container query), not the screen: one column in a
 * phone or a narrow content column, answers in a grid and the calls to action side by side when wide.
 */
export const crampCheckStyles = css`
  :host {
    /* The host is the container, so the card's own padding can follow the width it is given. */
    container-type: inline-size;
  }

  .check {
    display: grid;
    gap: 1.25em;
    padding: 1.5em;
    color: var(--_text);
    overflow-wrap: anywhere;
  }
  .check > *,
  .form,
  .result {
    min-width: 0;
  }
  p {
    margin: 0;
  }

  .title {
    font-size: 1.35em;
    letter-spacing: -0.01em;
  }
  .header {
    display: grid;
    gap: 0.4em;
  }
  .intro {
    font-size: 0.9375em;
    color: var(--_muted);
  }

  /* Questions */
  .form {
    display: grid;
    gap: 1.25em;
  }
  .questions {
    display: grid;
    gap: 1.75em;
  }
  .meter {
    height: 0.375em;
    border-radius: 1em;
    background: var(--_surface-muted);
    overflow: hidden;
  }
  .meter__done {
    display: block;
    height: 100%;
    border-radius: inherit;
    background: var(--_accent);
    transition: width 0.25s ease;
  }
  .question {
    display: grid;
    gap: 0.75em;
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .question__legend {
    /* A legend does not take part in the fieldset's grid; padding 0 keeps it flush with the answers. */
    padding: 0;
    margin-block-end: 0.75em;
  }
  .question__hint + .options {
    margin-block-start: 0;
  }
  .question__heading {
    display: grid;
    gap: 0.3em;
    font-size: 1.15em;
  }
  /*
   * Headings are focused by script (tabindex="-1") so screen readers read them; they are not
   * controls, and an outline there would look like one.
   */
  .question__heading:focus,
  .result__heading:focus {
    outline: none;
  }
  .question__number {
    font-size: 0.7em;
    font-weight: 700;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_accent);
  }
  .question__hint {
    margin-block-start: -0.5em;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .options {
    display: grid;
    gap: 0.5em;
  }
  @container (min-width: 34em) {
    .options {
      grid-template-columns: repeat(auto-fill, minmax(14em, 1fr));
    }
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75em;
    min-height: 44px;
    padding: 0.65em 0.9em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    line-height: 1.35;
    cursor: pointer;
    transition: background-color 0.15s ease, border-color 0.15s ease;
  }
  .option:hover {
    border-color: var(--_accent);
    background: var(--_surface-muted);
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    background: var(--_surface-muted);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .option input {
    flex: none;
    width: 1.2em;
    height: 1.2em;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  /* The label's outline shows focus; the input's own would be drawn twice. */
  .option input:focus-visible {
    outline: none;
  }

  .nav {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  .nav__next {
    margin-inline-start: auto;
  }
  .nav .action {
    flex: 0 1 auto;
  }
  .nav .icon {
    width: 1.1em;
    height: 1.1em;
  }
  /* The arrows point the way the text reads. */
  :host(:dir(rtl)) .nav .icon {
    transform: scaleX(-1);
  }
  @container (max-width: 22em) {
    .nav .action {
      flex: 1 1 100%;
    }
    .nav__next {
      order: -1;
    }
  }

  /* Result */
  .result {
    display: grid;
    gap: 1em;
  }
  .result__heading {
    font-size: 1.2em;
  }
  .result__order {
    margin-block-start: -0.5em;
    font-size: 0.9375em;
    color: var(--_muted);
  }
  .causes {
    display: grid;
    gap: 0.75em;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cause {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: 0.875em;
    padding: 1em 1.1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .cause:first-child {
    border-color: var(--_accent);
    box-shadow: inset 0.25em 0 0 var(--_accent);
  }
  .cause__icon {
    width: 2.5em;
    height: 2.5em;
  }
  .cause__icon .icon {
    width: 1.45em;
    height: 1.45em;
  }
  .cause__body {
    display: grid;
    gap: 0.55em;
    justify-items: start;
  }
  .cause__title {
    align-self: center;
    min-height: 2.5em;
    display: flex;
    align-items: center;
    font-size: 1.05em;
  }
  .cause__reason {
    font-size: 0.9375em;
  }
  .evidence {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.35em 0.5em;
    font-size: 0.875em;
  }
  .evidence__label {
    color: var(--_muted);
  }
  .evidence__list {
    display: contents;
    list-style: none;
  }
  .chip {
    padding: 0.15em 0.65em;
    border-radius: 1em;
    background: var(--_surface-muted);
    color: var(--_text);
    font-weight: 600;
  }
  .open-cause {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    margin: -0.35em 0 -0.5em;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_accent);
    font: inherit;
    font-size: 0.9375em;
    font-weight: 600;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
  }
  .open-cause:hover {
    color: var(--_accent-hover);
  }

  .evaluation {
    display: grid;
    gap: 0.6em;
    padding: 1em 1.1em;
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
  .section-title {
    font-size: 1.05em;
  }
  .verdict {
    font-weight: 600;
  }
  .evaluation__lead {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .criteria {
    display: grid;
    gap: 0.4em;
    margin: 0.15em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.9375em;
  }
  .criterion {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    color: var(--_muted);
  }
  .criterion .icon {
    margin-block-start: 0.1em;
  }
  .criterion--met {
    color: var(--_text);
  }
  .criterion--met .icon {
    color: var(--_accent);
  }

  /* The nested <vein-cta> and <call-clinic> are drawn in this element's colors (see baseStyles). */
  .actions {
    display: grid;
    gap: 0.75em;
    align-items: start;
  }
  /* Side by side, the call gets a card like the <vein-cta> beside it. */
  @container (min-width: 36em) {
    .actions--two {
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      align-items: stretch;
    }
    .actions--two .call-box {
      padding: 1.125em;
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) * 1.5);
      background: var(--_surface);
      box-shadow: var(--_shadow);
    }
  }
  .call-box {
    display: grid;
    gap: 0.75em;
    align-content: start;
    justify-items: start;
  }
  .call-box__text {
    font-weight: 600;
  }
  /* The number stays on one line when there is room for it. */
  call-clinic::part(call) {
    white-space: nowrap;
  }
  /*
   * The nested <vein-cta> keeps its headline and evaluation button. Its sentence, its own call link
   * and its note would repeat what the result says just above and below (the veins reason, the call
   * to the clinic, the educational note, the emergency line), so they are hidden through its
   * documented parts.
   */
  vein-cta::part(body),
  vein-cta::part(emergency),
  vein-cta::part(call),
  vein-cta::part(call-hours),
  vein-cta::part(call-website),
  vein-cta::part(note) {
    display: none;
  }

  .note {
    padding-block-start: 0.75em;
    border-block-start: 1px solid var(--_border);
    font-size: 0.8125em;
    line-height: 1.45;
    color: var(--_muted);
  }

  @container (max-width: 26em) {
    .check {
      gap: 1em;
      padding: 1.1em 1em;
    }
    .title {
      font-size: 1.25em;
    }
    .cause,
    .evaluation {
      padding: 0.9em;
    }
    call-clinic,
    call-clinic::part(call) {
      width: 100%;
    }
    call-clinic::part(call) {
      padding-inline: 0.75em;
      white-space: normal;
    }
    .nav .action {
      padding-inline: 0.8em;
    }
  }
  @container (max-width: 24em) {
    .cause {
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5em;
    }
    .cause__icon {
      display: none;
    }
    .cause__title {
      min-height: 0;
    }
  }

  @media print {
    .check {
      box-shadow: none;
    }
    .nav,
    .open-cause,
    .meter {
      display: none;
    }
    .cause,
    .evaluation {
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .check,
    .cause,
    .evaluation,
    .call-box,
    .option {
      border: 1px solid CanvasText;
    }
    .option:has(input:checked) {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }
    .meter {
      border: 1px solid CanvasText;
    }
    .meter__done {
      background: Highlight;
    }
    .cause__icon,
    .criterion--met .icon {
      color: CanvasText;
    }
    .open-cause {
      color: LinkText;
    }
  }
`;
