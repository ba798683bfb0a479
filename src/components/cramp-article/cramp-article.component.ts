import { localized } from '@lit/localize';
import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml } from 'lit/static-html.js';
import { displayHost, toSafeUrl } from '../../clinic/safe-url.js';
import {
  RELATED_IDS,
  RELATED_TITLES_LANG,
  articleTitle,
  causesLead,
  closing,
  educationalNote,
  emergencyLine,
  evaluationConclusion,
  evaluationCriteria,
  evaluationHeading,
  evaluationLead,
  intro,
  relatedReads,
  visitSite,
  visitToLearnMore,
  type RelatedId,
} from '../../content/article.js';
import { idList } from '../../internal/attributes.js';
import { emergencyStyles } from '../../internal/emergency.styles.js';
import { alertIcon } from '../../internal/icons.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CrampElement } from '../../element/cramp-element.js';
import { headingTag, subHeadingLevel } from '../../internal/heading.js';
import { themeFrameStyles, themeStyles } from '../../internal/theme.styles.js';
import '../call-clinic/call-clinic.js';
import '../clinic-services/clinic-services.js';
import '../cramp-causes/cramp-causes.js';
import type { CausesLayout } from '../cramp-causes/cramp-causes.component.js';
import '../vein-cta/vein-cta.js';
import { crampArticleStyles } from './cramp-article.styles.js';

/** The article's sections, in order; `hide` takes any of these ids. */
export const ARTICLE_SECTIONS = ['title', 'intro', 'causes', 'evaluation', 'services', 'closing', 'actions', 'related'] as const;
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
@localized()
export class CrampArticle extends CrampElement {
  static override styles = [baseStyles, themeStyles, themeFrameStyles, emergencyStyles, crampArticleStyles];

  /** Sections to leave out, e.g. `intro, services`: any of title, intro, causes, evaluation, services, closing, actions, related. */
  @property() hide?: string;

  /** The level of the article's heading, 2-6 (default 2); its sections use the levels below it. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;

  /** How the causes are shown: `accordion` (default), `cards` or `list` (see `<cramp-causes>`). */
  @property({ attribute: 'causes-layout' }) causesLayout?: string;


  /** URL of the related read "How to Handle Stress Naturally" (the article names it without a link). */
  @property({ attribute: 'related-stress-url' }) relatedStressUrl?: string;

  /** URL of the related read "Treating Vein Disease the Right Way". */
  @property({ attribute: 'related-vein-disease-url' }) relatedVeinDiseaseUrl?: string;

  /** URL of the related read "Red Light and PEMF Benefits for Pain Relief". */
  @property({ attribute: 'related-red-light-pemf-url' }) relatedRedLightPemfUrl?: string;

  private relatedUrls(): [RelatedId, string][] {
    const configured: Record<RelatedId, string | undefined> = {
      stress: this.relatedStressUrl,
      'vein-disease': this.relatedVeinDiseaseUrl,
      'red-light-pemf': this.relatedRedLightPemfUrl,
    };
    return RELATED_IDS.flatMap((id) => {
      const url = toSafeUrl(configured[id], `<cramp-article> related-${id}-url`);
      return url ? [[id, url] as [RelatedId, string]] : [];
    });
  }

  private onLink(action: 'website', href: string): void {
    this.emit('cramp-link', { variant: 'article', action, href });
  }

  override render() {
    const hidden = new Set(idList(this.hide, ARTICLE_SECTIONS, '<cramp-article> hide'));
    const show = (section: ArticleSection) => !hidden.has(section);
    const level = this.headingLevelOf(this.headingLevel);
    const sub = subHeadingLevel(level);
    const h = headingTag(level);
    const hSub = headingTag(sub);
    const { website: site } = this.clinic;
    const related = show('related') ? this.relatedUrls() : [];
    const reads = relatedReads();

    return html`<article part="base" class="article" lang=${this.locale}>
      ${show('title') ? staticHtml`<${h} part="title" class="title">${articleTitle()}</${h}>` : nothing}
      ${show('intro') ? html`<div part="section" class="section intro">${intro(this.clinic.name, this.clinic.city).map((p) => html`<p>${p}</p>`)}</div>` : nothing}
      ${show('causes')
        ? html`<div part="section" class="section causes">
            <p>${causesLead()}</p>
            <cramp-causes
              heading-level=${sub}
              layout=${ifDefined(this.causesLayout as CausesLayout | undefined)}
            ></cramp-causes>
          </div>`
        : nothing}
      ${show('evaluation')
        ? staticHtml`<section part="section" class="section evaluation" aria-labelledby="evaluation-heading">
            <${hSub} part="section-heading" id="evaluation-heading">${evaluationHeading()}</${hSub}>
            <p>${evaluationLead()}</p>
            <ul part="criteria">
              ${evaluationCriteria().map((item) => html`<li>${item}</li>`)}
            </ul>
            <p>${evaluationConclusion()}</p>
            <p part="emergency" class="emergency">${alertIcon}<span>${emergencyLine()}</span></p>
          </section>`
        : nothing}
      ${show('services')
        ? html`<clinic-services heading-level=${sub}></clinic-services>`
        : nothing}
      ${show('closing') ? html`<div part="section" class="section closing">${closing().map((p) => html`<p>${p}</p>`)}</div>` : nothing}
      ${show('actions')
        ? html`<div part="section" class="section actions ${show('evaluation') ? 'actions--after-evaluation' : ''}">
            <vein-cta heading-level=${sub}></vein-cta>
            <call-clinic variant="bar"></call-clinic>
            <p class="visit">
              <a part="website" href=${site} @click=${() => this.onLink('website', site)}>${visitSite(displayHost(site))}</a>
              ${visitToLearnMore()}
            </p>
          </div>`
        : nothing}
      ${related.length > 0
        ? html`<ul part="section related" class="section related">
            ${related.map(
              ([id, url]) => html`<li>
                ${reads[id].lead}
                <a href=${url} hreflang=${RELATED_TITLES_LANG} lang=${RELATED_TITLES_LANG} translate="no" @click=${() => this.onLink('website', url)}
                  >${reads[id].title}</a
                >
              </li>`,
            )}
          </ul>`
        : nothing}
      <p part="note" class="note">${educationalNote()}</p>
    </article>`;
  }
}
