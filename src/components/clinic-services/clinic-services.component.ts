import { localized } from '@lit/localize';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { CAUSE_IDS, causes, nutritionalCare, services, servicesHeading, servicesLead, type CauseId } from '../../content/article.js';
import { subsetOf } from '../../internal/attributes.js';
import { causeIcons } from '../../content/cause-icons.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CrampElement } from '../../element/cramp-element.js';
import { headingTag, subHeadingLevel, type HeadingLevel } from '../../internal/heading.js';
import { themeFrameStyles, themeStyles } from '../../internal/theme.styles.js';
import { clinicServicesStyles } from './clinic-services.styles.js';

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
@localized()
export class ClinicServices extends CrampElement {
  static override styles = [baseStyles, themeStyles, themeFrameStyles, clinicServicesStyles];

  /** The level of the "How we help" heading, 2-6 (default 2); each group's heading is one level below (at most 6). */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;

  /** Which causes' services to show, in this order, e.g. `veins, nerves`. Default: all three in the article's order. */
  @property() causes?: string;


  private renderGroup(id: CauseId, level: HeadingLevel) {
    const tag = headingTag(level);
    const title = causes().find((cause) => cause.id === id)!.title;
    const items = services().filter((service) => service.cause === id);
    const icon = html`<span part="icon" class="icon-badge group__icon">${causeIcons[id]}</span>`;
    return staticHtml`<div part="group group-${id}" class="group card" data-cause=${id}>
      <${tag} part="group-heading" class="group__heading">${icon}<span class="group__title">${title}</span></${tag}>
      ${items.length > 0
        ? html`<ul part="list" class="group__list">
            ${items.map((service) => html`<li part="service" data-service=${service.id}>${service.name}</li>`)}
          </ul>`
        : html`<p part="group-note" class="group__note">${nutritionalCare()}</p>`}
    </div>`;
  }

  override render() {
    const level = this.headingLevelOf(this.headingLevel);
    const shown = subsetOf(this.causes, CAUSE_IDS, '<clinic-services> causes');
    const tag = headingTag(level);
    return staticHtml`<div part="base" class="services" lang=${this.locale}>
      <${tag} part="heading" class="services__heading">${servicesHeading()}</${tag}>
      <p part="lead" class="services__lead">${servicesLead()}</p>
      <div class="services__groups">${shown.map((id) => this.renderGroup(id, subHeadingLevel(level)))}</div>
    </div>`;
  }
}
