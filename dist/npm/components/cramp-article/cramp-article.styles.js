import { css } from 'lit';
export const crampArticleStyles = css `
  .article {
    display: flex;
    flex-direction: column;
    gap: 1.5em;
  }
  .title {
    margin: 0;
    font-size: 1.6em;
    line-height: 1.2;
  }
  .section p {
    margin: 0 0 0.75em;
  }
  .section > :last-child {
    margin-block-end: 0;
  }
  .evaluation {
    padding: 1em 1.25em;
    border-inline-start: 0.3em solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
  }
  .evaluation h2,
  .evaluation h3,
  .evaluation h4,
  .evaluation h5,
  .evaluation h6 {
    margin: 0 0 0.5em;
    font-size: 1.2em;
    line-height: 1.25;
  }
  .evaluation ul {
    margin: 0 0 0.75em;
    padding-inline-start: 1.25em;
  }
  .actions {
    display: flex;
    flex-direction: column;
    gap: 1em;
  }
  /* The emergency line already stands under the evaluation criteria above: the vein card does not repeat it. */
  .actions--after-evaluation vein-cta::part(emergency) {
    display: none;
  }
  .evaluation .emergency {
    margin-block-start: 1em;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:hover {
    color: var(--_accent-hover);
  }
  .visit a {
    display: inline-block;
    padding-block: 0.5em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .related {
    margin: 0;
    padding: 1em 0 0;
    list-style: none;
    border-block-start: 1px solid var(--_border);
  }
  .related li {
    padding-block: 0.35em;
  }
  .note {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* One educational note for the whole article, not one per nested element. */
  cramp-causes::part(note),
  vein-cta::part(note) {
    display: none;
  }
  @media (forced-colors: active) {
    .evaluation {
      border: 1px solid CanvasText;
    }
  }
`;
