import { CrampElement } from '../../element/cramp-element.js';
import '../call-clinic/call-clinic.js';
export declare const VEIN_CTA_VARIANTS: readonly ["card", "banner", "compact"];
export type VeinCtaVariant = (typeof VEIN_CTA_VARIANTS)[number];
/**
 * The article's vein-evaluation call to action: heaviness, swelling or aching with the cramps, vein
 * disease as an underdiagnosed cause after 40, vascular ultrasound and minimally invasive treatment.
 * The primary action books or requests an evaluation (the clinic's booking URL when configured, else
 * its website); the secondary action is a `<call-clinic>` inside the element.
 *
 * The layout follows the width the element is given (a container query), not the screen: a banner in
 * a narrow column stacks like a card, and a card in a wide column puts its icon beside the text.
 *
 * @tagname vein-cta
 * @summary Call to action for a vein evaluation: card, full-width banner, or compact sidebar box.
 *
 * @slot - Fallback content shown before and without JavaScript (readable and indexable), e.g. the
 *   headline, a sentence and `<a href="tel:+13148421441">Call 314-842-1441</a>`. Its phone number is used
 *   when neither `phone` nor the page settings give one. Hidden once the element renders; the element
 *   renders no slot for it.
 *
 * @fires cramp-link - A visitor clicked the primary action. `detail`: `{ element: 'vein-cta', variant,
 *   action: 'booking' | 'website', href }`.
 * @fires cramp-call - A visitor clicked the call link. It comes from the nested `<call-clinic>` unchanged:
 *   `detail`: `{ element: 'call-clinic', variant: 'button', action: 'call', href: 'tel:…' }`; outside the
 *   element, `event.target` is the `<vein-cta>`.
 *
 * @csspart base - The card, banner or box: background, border, corners, shadow.
 * @csspart icon - The round badge holding the icon.
 * @csspart headline - The headline (an `h2`-`h6`, see `heading-level`).
 * @csspart body - The article's sentences and the emergency line.
 * @csspart emergency - The emergency line under the sentences: sudden pain and swelling in one leg,
 *   chest pain, or shortness of breath need emergency care (call 911), not an evaluation.
 * @csspart actions - The row (or stack) of the two actions.
 * @csspart book - The primary link: book or request an evaluation.
 * @csspart call - The call link inside the nested `<call-clinic>` (its `call` part, exported).
 * @csspart call-label - The visible text of the call link.
 * @csspart call-hours - The open/closed message, when `hours` is set.
 * @csspart call-website - The booking or website link `<call-clinic>` offers while the clinic is closed.
 * @csspart note - The educational-use note.
 */
export declare class VeinCta extends CrampElement {
    static styles: import("lit").CSSResult[];
    /** `card` (default: a rounded card), `banner` (full width, for the top or bottom of a post) or `compact` (a sidebar box). */
    variant: VeinCtaVariant;
    /** Replaces the article's headline. Empty means the article's. */
    headline?: string;
    /** Replaces the primary button's text ("Request a vein evaluation"). Empty means the article's. */
    buttonText?: string;
    /** The headline's level, `2`-`6` (default `2`), so the element fits the page's heading outline. */
    headingLevel?: string | number;
    protected willUpdate(): void;
    private onBook;
    /** The secondary action: a <call-clinic>, which shows the clinic this element resolved (see context.ts). */
    private renderCall;
    render(): import("lit-html").TemplateResult<1>;
}
