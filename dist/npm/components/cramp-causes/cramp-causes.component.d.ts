import { CrampElement } from '../../internal/cramp-element.js';
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
 *
 * @cssprop --cramp-accent - Icons, labels, links and the evaluation button. Default `#0b5a70`.
 * @cssprop --cramp-accent-hover - The button and links on hover. Default `#07404f`.
 * @cssprop --cramp-on-accent - Text on the evaluation button. Default `#ffffff`.
 * @cssprop --cramp-surface - Background of the accordion items and cards. Default `#ffffff`.
 * @cssprop --cramp-surface-muted - Icon badges and the accordion button on hover. Default `#f1f6f8`.
 * @cssprop --cramp-text - Text color. Default: inherited from the page.
 * @cssprop --cramp-muted - The educational note. Default `#4a5a61`.
 * @cssprop --cramp-border - Borders of items, cards and list rows. Default `#c9d6db`.
 * @cssprop --cramp-focus-color - Focus outline color. Default `#0b5a70`.
 * @cssprop --cramp-radius - Corner radius. Default `0.5em`.
 * @cssprop --cramp-shadow - Shadow of the accordion items and cards.
 * @cssprop --cramp-dark-accent - `--cramp-accent` in the dark scheme. Default `#7fd1e3`.
 * @cssprop --cramp-dark-accent-hover - `--cramp-accent-hover` in the dark scheme. Default `#a8e2ef`.
 * @cssprop --cramp-dark-on-accent - `--cramp-on-accent` in the dark scheme. Default `#062a33`.
 * @cssprop --cramp-dark-canvas - The dark panel behind the element. Default `#0f2027`.
 * @cssprop --cramp-dark-surface - `--cramp-surface` in the dark scheme. Default `#16303a`.
 * @cssprop --cramp-dark-surface-muted - `--cramp-surface-muted` in the dark scheme. Default `#1d3b46`.
 * @cssprop --cramp-dark-text - Text color in the dark scheme. Default `#e8f1f4`.
 * @cssprop --cramp-dark-muted - `--cramp-muted` in the dark scheme. Default `#b3c8cf`.
 * @cssprop --cramp-dark-border - `--cramp-border` in the dark scheme. Default `#3b5c68`.
 * @cssprop --cramp-dark-focus-color - `--cramp-focus-color` in the dark scheme. Default `#a8e2ef`.
 * @cssprop --cramp-dark-shadow - `--cramp-shadow` in the dark scheme.
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
    headingLevel: string | number;
    /** Hides the calls to action that end each cause (the vein evaluation, the call). */
    noActions: boolean;
    /** The causes the visitor has open in the accordion. */
    private expanded;
    /** The `open` value the accordion state was last set from. */
    private appliedOpen?;
    protected willUpdate(): void;
    private readOpen;
    private toggle;
    private onEvaluation;
    private renderAction;
    private renderBody;
    private renderCause;
    render(): import("lit-html").TemplateResult<1>;
}
