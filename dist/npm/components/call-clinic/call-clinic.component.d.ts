import { nothing, type PropertyValues } from 'lit';
import { CrampElement } from '../../element/cramp-element.js';
export declare const CALL_VARIANTS: readonly ["button", "link", "bar", "floating"];
export type CallVariant = (typeof CALL_VARIANTS)[number];
export declare const FLOATING_POSITIONS: readonly ["right", "left", "center"];
export type FloatingPosition = (typeof FLOATING_POSITIONS)[number];
/**
 * A click-to-call button for the clinic: "Call 314-842-1441 to schedule your evaluation".
 * A real `tel:` link, with optional opening hours (open or closed now, and when it opens next).
 *
 * @tagname call-clinic
 * @summary Click-to-call button, link, bar or floating button for the clinic.
 *
 * @slot - Fallback content shown before and without JavaScript, e.g.
 *   `<a href="tel:+13148421441">Call 314-842-1441</a>`. Its number is used when neither `phone` nor
 *   the page settings give one. Hidden once the element renders.
 *
 * @fires cramp-call - A visitor clicked the call link. `detail`: `{ element, variant, action: 'call', href }`.
 * @fires cramp-link - A visitor clicked the website or booking link. `detail`: `{ element, variant, action, href }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart call - The call link (`<a href="tel:...">`).
 * @csspart label - The visible text of the call link.
 * @csspart hours - The open/closed message.
 * @csspart website - The website or booking link.
 * @csspart dismiss - The floating variant's close button.
 */
export declare class CallClinic extends CrampElement {
    static styles: import("lit").CSSResult[];
    /** How the call is shown: `button` (default), `link` (inline, for running text), `bar` (full width), `floating` (fixed to the bottom of the screen). */
    variant: CallVariant;
    /** Where the floating variant sits: `right` (default), `left` or `center`. */
    position: FloatingPosition;
    /** Show only on small screens (narrower than 48em). */
    mobileOnly: boolean;
    /** Also show a link to the clinic's website. */
    showWebsite: boolean;
    /** Replaces the visible text of the call link; the number stays in its accessible name. */
    label?: string;
    /** The instant used for the opening-hours message (ISO 8601). For previews and tests; default: the real clock. */
    now?: string;
    private dismissed;
    /** The floating bar steps aside while a focused element of the page would be under it. */
    private yielding;
    private room?;
    private clock?;
    protected willUpdate(): void;
    disconnectedCallback(): void;
    protected updated(changed: PropertyValues<this>): void;
    /** The floating bar keeps focused page elements in view (see floating-room.ts); other variants need nothing. */
    private keepFocusInView;
    private stopClock;
    private instant;
    private onCall;
    private onLink;
    private renderCallLink;
    private renderHours;
    private renderWebsite;
    render(): import("lit-html").TemplateResult<1> | typeof nothing;
}
