/**
 * The emergency line ("…call 911"), one style for every element that shows it: `<cramp-check>`, the
 * evaluation section of `<cramp-article>` and `<vein-cta>`. Markup: `<p class="emergency">` holding
 * the alert icon and a `<span>` of text. `--_alert` (baseStyles, themeStyles) colors its edge and icon.
 */
export declare const emergencyStyles: import("lit").CSSResult;
