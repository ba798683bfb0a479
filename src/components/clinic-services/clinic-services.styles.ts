import { css } from 'lit';

export const clinicServicesStyles = css`
  .services__heading {
    font-size: 1.375em;
  }
  .services__lead {
    margin: 0.5em 0 1.25em;
    color: var(--_muted);
  }
  .services__groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(15em, 100%), 1fr));
    gap: 1em;
  }
  .group {
    padding: 1.25em;
  }
  .group__heading {
    display: flex;
    align-items: center;
    gap: 0.75em;
    margin-block-end: 0.75em;
    font-size: 1.05em;
  }
  .group__title {
    min-width: 0;
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .group__list {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .group__note {
    margin: 0;
  }
  .group__list li + li {
    margin-block-start: 0.35em;
  }
  .group__list li::marker {
    color: var(--_accent);
  }

  @media print {
    .group {
      box-shadow: none;
      break-inside: avoid;
    }
  }

  @media (forced-colors: active) {
    .group {
      border-color: CanvasText;
    }
    .group__icon {
      color: CanvasText;
    }
  }
`;
