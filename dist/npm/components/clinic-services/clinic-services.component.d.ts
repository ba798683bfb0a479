import { CrampElement } from '../../element/cramp-element.js';
/**
 * How the clinic helps: the article's "we use a combination of" list (vascular ultrasound, vein
 * treatments, mineral evaluation, movement assessment, therapy referral, PEMF and red light therapy),
 * grouped by the cause of night-time leg cramps each one serves.
 *
 * @tagname clinic-services
 * @summary The clinic's services, grouped by the cause of leg cramps each serves.
 *
 * @slot - Fallback content shown before and without JavaScript (and read by search engines), e.g. the
 *   article's list of services. Not shown once the element renders.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart heading - The "How we help" heading (`h2`-`h6`).
 * @csspart lead - The sentence introducing the services.
 * @csspart group - Each cause's group. Also `group-electrolytes`, `group-veins`, `group-nerves` for one of them.
 * @csspart group-heading - Each group's heading: the cause's name, one level below `heading`.
 * @csspart icon - The round badge holding each cause's icon.
 * @csspart list - Each group's list of services.
 * @csspart service - Each service.
 * @csspart group-note - What a group without a named service says instead: the article names no
 *   service for electrolyte imbalance, only that the clinic helps uncover a nutritional cause.
 */
export declare class ClinicServices extends CrampElement {
    static styles: import("lit").CSSResult[];
    /** The level of the "How we help" heading, 2-6 (default 2); each group's heading is one level below (at most 6). */
    headingLevel?: string | number;
    /** Which causes' services to show, in this order, e.g. `veins, nerves`. Default: all three in the article's order. */
    causes?: string;
    private renderGroup;
    render(): import("lit-html").TemplateResult;
}
