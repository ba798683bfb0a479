var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { localized } from '@lit/localize';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { CAUSE_IDS, causes, nutritionalCare, services, servicesHeading, servicesLead } from '../../content/article.js';
import { subsetOf } from '../../internal/attributes.js';
import { causeIcons } from '../../content/cause-icons.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CrampElement } from '../../element/cramp-element.js';
import { headingTag, subHeadingLevel } from '../../internal/heading.js';
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
let ClinicServices = class ClinicServices extends CrampElement {
    renderGroup(id, level) {
        const tag = headingTag(level);
        const title = causes().find((cause) => cause.id === id).title;
        const items = services().filter((service) => service.cause === id);
        const icon = html `<span part="icon" class="icon-badge group__icon">${causeIcons[id]}</span>`;
        return staticHtml `<div part="group group-${id}" class="group card" data-cause=${id}>
      <${tag} part="group-heading" class="group__heading">${icon}<span class="group__title">${title}</span></${tag}>
      ${items.length > 0
            ? html `<ul part="list" class="group__list">
            ${items.map((service) => html `<li part="service" data-service=${service.id}>${service.name}</li>`)}
          </ul>`
            : html `<p part="group-note" class="group__note">${nutritionalCare()}</p>`}
    </div>`;
    }
    render() {
        const level = this.headingLevelOf(this.headingLevel);
        const shown = subsetOf(this.causes, CAUSE_IDS, '<clinic-services> causes');
        const tag = headingTag(level);
        return staticHtml `<div part="base" class="services" lang=${this.locale}>
      <${tag} part="heading" class="services__heading">${servicesHeading()}</${tag}>
      <p part="lead" class="services__lead">${servicesLead()}</p>
      <div class="services__groups">${shown.map((id) => this.renderGroup(id, subHeadingLevel(level)))}</div>
    </div>`;
    }
};
ClinicServices.styles = [baseStyles, themeStyles, themeFrameStyles, clinicServicesStyles];
__decorate([
    property({ attribute: 'heading-level' })
], ClinicServices.prototype, "headingLevel", void 0);
__decorate([
    property()
], ClinicServices.prototype, "causes", void 0);
ClinicServices = __decorate([
    localized()
], ClinicServices);
export { ClinicServices };
