import { css } from 'lit';
/**
 * The emergency line ("…call 911"), one style for every element that shows it: `<cramp-check>`, the
 * evaluation section of `<cramp-article>` and `<vein-cta>`. Markup: `<p class="emergency">` holding
 * the alert icon and a `<span>` of text. `--_alert` (baseStyles, themeStyles) colors its edge and icon.
 */
export const emergencyStyles = css `
  .emergency {
    display: flex;
    align-items: flex-start;
    gap: 0.6em;
    margin: 0;
    padding: 0.7em 0.9em;
    border-inline-start: 0.25em solid var(--_alert);
    border-radius: var(--_radius);
    background: var(--_surface-muted);
    font-size: 0.875em;
    line-height: 1.45;
  }
  .emergency .icon {
    flex: none;
    margin-block-start: 0.1em;
    color: var(--_alert);
  }
  @media (forced-colors: active) {
    .emergency {
      border-inline-start-color: CanvasText;
    }
    .emergency,
    .emergency .icon {
      color: CanvasText;
    }
  }
`;
