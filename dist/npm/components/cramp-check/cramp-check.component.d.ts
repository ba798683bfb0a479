import { type PropertyValues } from 'lit';
import { CrampElement } from '../../element/cramp-element.js';
import '../call-clinic/call-clinic.js';
import '../vein-cta/vein-cta.js';
export declare const CHECK_MODES: readonly ["steps", "form"];
export type CheckMode = (typeof CHECK_MODES)[number];
/**
 * "What may be causing my night cramps?": a short self-check built from the article. About eight
 * optional questions; the result names the causes the answers point to (never a diagnosis), says
 * whether the article's criteria for a full evaluation are met, and offers the calls to action.
 *
 * Privacy: the answers stay in the element's memory. Nothing is stored (no cookies, no Web Storage)
 * and nothing is sent; the result event carries only cause ids and the evaluation advice, and its
 * `dataLayer` copy (an opt-in) only that a check was completed unless the page settings also set
 * `dataLayerHealthData`. The element and its content carry the masking markers of common
 * session-replay tools (see docs/privacy.md).
 *
 * @tagname cramp-check
 * @summary A one-minute self-check: which of the article's causes your answers point to.
 *
 * @slot - Fallback content shown before and without JavaScript (readable and indexable), e.g. a link
 *   to the article and `<a href="tel:+13148421441">Call 314-842-1441</a>`. Its phone number is used when
 *   neither `phone` nor the page settings give one. Hidden once the element renders; the element
 *   renders no slot for it.
 *
 * @fires cramp-check-result - The visitor asked for the result. `detail`: `{ element: 'cramp-check',
 *   causes, evaluationAdvised }`, `causes` being cause ids (`electrolytes`, `veins`, `nerves`) highest
 *   score first. Never the answers.
 * @fires cramp-link - A visitor clicked the nested `<vein-cta>`'s evaluation link (fired by it).
 * @fires cramp-call - A visitor clicked a call link (fired by the nested `<call-clinic>`).
 *
 * @csspart base - The card holding everything the element shows.
 * @csspart heading - The title, "What may be causing my night cramps?" (an `h2`-`h6`, see `heading-level`).
 * @csspart intro - The line under the title.
 * @csspart emergency - The emergency line: when to call 911 instead. Also in the result's evaluation
 *   section when the answers report swelling, numbness, or visible vein changes.
 * @csspart progress - The progress bar of the step-by-step mode.
 * @csspart question - Each question's fieldset.
 * @csspart option - Each answer: a label around its radio button or checkbox.
 * @csspart nav - The row of navigation buttons (Back, Next; Change my answers, Start over).
 * @csspart back - The Back and "Change my answers" buttons.
 * @csspart next - The Next and "See my result" button.
 * @csspart result - The result.
 * @csspart result-heading - The result's heading, focused when the result appears.
 * @csspart cause - Each cause in the result. Also `cause-electrolytes`, `cause-veins`, `cause-nerves`.
 * @csspart open-cause - The button that opens the cause in a `<cramp-causes>` on the same page.
 * @csspart evaluation - The article's criteria for a full evaluation, with those the answers meet.
 * @csspart actions - The calls to action: `<vein-cta variant="compact">` (veins only) and `<call-clinic>`.
 * @csspart vein-cta - The nested `<vein-cta>` element.
 * @csspart call - The call link inside the nested `<call-clinic>` (its `call` part, exported).
 * @csspart note - The educational-use note.
 * @csspart restart - The "Start over" button.
 */
export declare class CrampCheck extends CrampElement {
    static styles: import("lit").CSSResult[];
    /** `steps` (default: one question at a time, with Back and Next) or `form` (all questions on one page). */
    mode: CheckMode;
    /** The title's level, `2`-`6` (default `2`); questions and the result are one level below. */
    headingLevel?: string | number;
    /** The visitor's answers: in memory only, gone with the page. */
    private answers;
    /** The question shown in the step-by-step mode (0-based). */
    private step;
    /** The result, once the visitor asked for it; `undefined` while answering. */
    private result?;
    /** Share of the questions reached, drawn by the progress bar. */
    private progress;
    /** What to focus once the next render is in the DOM (an id in the shadow root). */
    private focusAfterRender?;
    connectedCallback(): void;
    protected willUpdate(): void;
    protected updated(changed: PropertyValues<this>): void;
    private onChange;
    /** Next, or the result after the last question. Enter in a radio button submits the form too. */
    private onSubmit;
    private goToStep;
    private showResult;
    /** Back to the questions with the answers kept: the last question, or the whole form. */
    private changeAnswers;
    private startOver;
    /** Opens, scrolls to and focuses the cause in the page's <cramp-causes>, through its public `reveal()`. */
    private openCause;
    private renderQuestion;
    private renderQuestions;
    private renderCause;
    private renderEvaluation;
    /** The calls to action: nested widgets, which show the clinic this element resolved (see context.ts). */
    private renderActions;
    private renderResult;
    render(): import("lit-html").TemplateResult<1>;
}
