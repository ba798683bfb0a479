import { CrampElement } from '../../element/cramp-element.js';
import '../call-clinic/call-clinic.js';
import '../clinic-services/clinic-services.js';
import '../cramp-causes/cramp-causes.js';
import '../vein-cta/vein-cta.js';
/** The article's sections, in order; `hide` takes any of these ids. */
export declare const ARTICLE_SECTIONS: readonly ["title", "intro", "causes", "evaluation", "services", "closing", "actions", "related"];
export type ArticleSection = (typeof ARTICLE_SECTIONS)[number];
/**
 * The whole article in one tag: what nocturnal leg cramps are, the three causes (`<cramp-causes>`),
 * when to get a full evaluation, how the clinic helps (`<clinic-services>`), the closing message and
 * the calls to action (`<vein-cta>`, `<call-clinic>`). It composes those elements and passes the
 * clinic attributes on to them. The article's related reads appear only when their URLs are set.
 *
 * @tagname cramp-article
 * @summary The whole article on night-time leg cramps, with its interactive parts.
 *
 * @slot - Fallback content shown before and without JavaScript (the article as plain HTML, readable
 *   and indexable). Hidden once the element renders.
 *
 * @fires cramp-toggle - A cause was opened or closed (from the nested `<cramp-causes>`).
 * @fires cramp-call - A call link was clicked (from a nested `<call-clinic>`).
 * @fires cramp-link - A website, booking or related-read link was clicked.
 *
 * @csspart base - The article wrapper.
 * @csspart title - The article's heading.
 * @csspart section - Each section (intro, evaluation, closing, actions, related).
 * @csspart section-heading - The heading of the evaluation and related sections.
 * @csspart criteria - The list of signs that call for a full evaluation.
 * @csspart emergency - The emergency line under the evaluation criteria: when to call 911 instead.
 * @csspart website - The "Visit … to learn more" link.
 * @csspart related - The list of related reads.
 * @csspart note - The educational-use note at the end.
 */
export declare class CrampArticle extends CrampElement {
    static styles: import("lit").CSSResult[];
    /** Sections to leave out, e.g. `intro, services`: any of title, intro, causes, evaluation, services, closing, actions, related. */
    hide?: string;
    /** The level of the article's heading, 2-6 (default 2); its sections use the levels below it. */
    headingLevel?: string | number;
    /** How the causes are shown: `accordion` (default), `cards` or `list` (see `<cramp-causes>`). */
    causesLayout?: string;
    /** URL of the related read "How to Handle Stress Naturally" (the article names it without a link). */
    relatedStressUrl?: string;
    /** URL of the related read "Treating Vein Disease the Right Way". */
    relatedVeinDiseaseUrl?: string;
    /** URL of the related read "Red Light and PEMF Benefits for Pain Relief". */
    relatedRedLightPemfUrl?: string;
    private relatedUrls;
    private onLink;
    render(): import("lit-html").TemplateResult<1>;
}
