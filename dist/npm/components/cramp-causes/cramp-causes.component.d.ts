import { type CauseId } from '../../content/article.js';
import { CrampElement } from '../../element/cramp-element.js';
import '../call-clinic/call-clinic.js';
export declare const CAUSES_LAYOUTS: readonly ["accordion", "cards", "list"];
export type CausesLayout = (typeof CAUSES_LAYOUTS)[number];
/**
 * The article's three root causes of night-time leg cramps (electrolytes, veins, nerves): for each,
 * what it is, the signs that point to it, how the clinic addresses it, and its call to action.
 *
 * @tagname cramp-causes
 * @summary The three root causes of night-time leg cramps, as an accordion, cards or a list.
 *
 * @slot - Fallback content shown before and without JavaScript (and read by search engines), e.g. the
 *   article's own headings and paragraphs about the causes. Not shown once the element renders.
 *
 * @fires cramp-toggle - A visitor opened or closed a cause (accordion layout).
 *   `detail`: `{ element: 'cramp-causes', cause, open }`, `cause` being `electrolytes`, `veins` or `nerves`.
 * @fires cramp-link - A visitor clicked the vein cause's evaluation link.
 *   `detail`: `{ element, variant, action: 'booking' | 'website', href }`, `variant` being the layout.
 * @fires cramp-call - A visitor clicked a call link (fired by the nested `<call-clinic>`).
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart cause - Each cause's box. Also `cause-electrolytes`, `cause-veins`, `cause-nerves` for one of them.
 * @csspart heading - Each cause's heading (`h2`-`h6`).
 * @csspart toggle - The accordion button that opens and closes a cause.
 * @csspart icon - The round badge holding each cause's icon.
 * @csspart panel - Each cause's body: what it is, its signs, how the clinic addresses it.
 * @csspart label - The small "Signs" and "How we address it" labels.
 * @csspart signs - The list of signs.
 * @csspart care - The list of what the clinic does.
 * @csspart action - Each cause's call to action: the vein-evaluation link, or the `<call-clinic>` element.
 * @csspart note - The educational-use note at the end.
 */
export declare class CrampCauses extends CrampElement {
    static styles: import("lit").CSSResult[];
    /** `accordion` (default: each cause opens and closes), `cards` (a responsive grid) or `list` (everything expanded, stacked). */
    layout: CausesLayout;
    /** Which causes the accordion shows open at first: `none` (default), `all`, or cause ids, e.g. `veins` or `veins, nerves`. */
    open: string;
    /** Which causes to show, in this order, e.g. `veins, nerves`. Default: all three in the article's order. */
    causes?: string;
    /** The level of each cause's heading, 2-6 (default 2), so the element fits the page's heading outline. */
    headingLevel?: string | number;
    /** Hides the calls to action that end each cause (the vein evaluation, the call). */
    noActions: boolean;
    /** The causes the visitor has open in the accordion. */
    private expanded;
    /** The `open` value the accordion state was last set from. */
    private appliedOpen?;
    protected willUpdate(): void;
    private readOpen;
    private toggle;
    /** The causes this element shows, in its order (see `causes`). */
    private shownCauses;
    /** Whether this element shows `cause` (see `causes`). */
    shows(cause: CauseId): boolean;
    /**
     * Opens `cause` (in the accordion; the other layouts show it open), scrolls it into view, smoothly
     * unless the visitor prefers reduced motion, and focuses its accordion button. Resolves to `false`,
     * doing nothing, when this element does not show `cause`. `<cramp-check>` calls it from its result.
     */
    reveal(cause: CauseId): Promise<boolean>;
    private onEvaluation;
    private renderAction;
    private renderBody;
    private renderCause;
    render(): import("lit-html").TemplateResult<1>;
}
