var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { localized, msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { hoursStatus } from '../../clinic/opening-hours.js';
import { callLabel, callToSchedule, visitSite } from '../../content/article.js';
import { toTelHref } from '../../clinic/phone.js';
import { displayHost } from '../../clinic/safe-url.js';
import { baseStyles } from '../../internal/base.styles.js';
import { themeFrameStyles, themeStyles } from '../../internal/theme.styles.js';
import { CrampElement } from '../../element/cramp-element.js';
import { closeIcon, phoneIcon } from '../../internal/icons.js';
import { quote, warn } from '../../internal/warn.js';
import { callClinicStyles } from './call-clinic.styles.js';
import { FloatingRoom } from './floating-room.js';
import { hoursMessage } from './hours-message.js';
export const CALL_VARIANTS = ['button', 'link', 'bar', 'floating'];
export const FLOATING_POSITIONS = ['right', 'left', 'center'];
/**
 * `text` with every occurrence of `number` kept on one line: a phone number split at its hyphens is
 * hard to read and to dial. The words around it wrap (or, in the floating bar on a phone, hide) freely.
 */
function keepNumberTogether(text, number) {
    if (!number || !text.includes(number))
        return text;
    const [before, ...rest] = text.split(number);
    const after = rest.join(number);
    return html `${before.trim() ? html `<span class="words">${before}</span>` : nothing}<span class="nowrap">${number}</span>${after.trim()
        ? html `<span class="words">${after}</span>`
        : nothing}`;
}
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
let CallClinic = class CallClinic extends CrampElement {
    constructor() {
        super(...arguments);
        /** How the call is shown: `button` (default), `link` (inline, for running text), `bar` (full width), `floating` (fixed to the bottom of the screen). */
        this.variant = 'button';
        /** Where the floating variant sits: `right` (default), `left` or `center`. */
        this.position = 'right';
        /** Show only on small screens (narrower than 48em). */
        this.mobileOnly = false;
        /** Also show a link to the clinic's website. */
        this.showWebsite = false;
        this.dismissed = false;
        /** The floating bar steps aside while a focused element of the page would be under it. */
        this.yielding = false;
    }
    willUpdate() {
        super.willUpdate();
        // Written back in canonical form, so the `:host([variant=…])` and `:host([position=…])` rules match.
        this.variant = this.fixed(this.variant, CALL_VARIANTS, 'variant');
        this.position = this.fixed(this.position, FLOATING_POSITIONS, 'position');
    }
    disconnectedCallback() {
        super.disconnectedCallback();
        // The base class renders again when the element is re-added, and `updated()` restarts the clock.
        this.stopClock();
        this.room?.detach();
        this.room = undefined;
    }
    updated(changed) {
        super.updated(changed);
        this.keepFocusInView();
        // Keep "open now" true while the page stays open: re-check every minute, only when hours are shown.
        if (this.clinic.hours && !this.now && this.isConnected) {
            this.clock ??= setInterval(() => this.requestUpdate(), 60_000);
        }
        else {
            this.stopClock();
        }
    }
    /** The floating bar keeps focused page elements in view (see floating-room.ts); other variants need nothing. */
    keepFocusInView() {
        const bar = this.isConnected ? this.renderRoot.querySelector('.call--floating') : null;
        if (bar === (this.room?.bar ?? null))
            return;
        this.room?.detach();
        this.room = bar ? new FloatingRoom(this, bar, (yielding) => (this.yielding = yielding)) : undefined;
        this.room?.attach();
    }
    stopClock() {
        clearInterval(this.clock);
        this.clock = undefined;
    }
    instant() {
        if (this.now) {
            const parsed = new Date(this.now);
            if (!Number.isNaN(parsed.getTime()))
                return parsed;
            warn(`<call-clinic> now: ${quote(this.now)} is not an ISO date; using the real clock.`);
        }
        return new Date();
    }
    onCall() {
        this.emit('cramp-call', { variant: this.variant, action: 'call', href: toTelHref(this.clinic.phone) });
    }
    onLink(action, href) {
        this.emit('cramp-link', { variant: this.variant, action, href });
    }
    renderCallLink(variant) {
        const { phone, name } = this.clinic;
        const number = phone.display;
        const label = this.label?.trim() || callLabel(number);
        const accessibleExtra = this.label?.trim() ? `, ${number}, ${name}` : `, ${name}`;
        return html `<a
      part="call"
      class=${variant === 'link' ? 'link' : 'action'}
      href=${toTelHref(phone)}
      @click=${this.onCall}
      >${variant === 'link' ? nothing : phoneIcon}<span part="label"
        >${keepNumberTogether(variant === 'bar' ? `${label} ${callToSchedule()}` : label, number)}</span
      ><span
        class="visually-hidden"
        >${accessibleExtra}</span
      ></a
    >`;
    }
    renderHours() {
        const { hours, timeZone, hasBookingUrl, bookingUrl, website } = this.clinic;
        if (!hours)
            return nothing;
        const status = hoursStatus(hours, this.instant(), timeZone);
        const message = html `<p part="hours" class="hours" role="status">${hoursMessage(status, this.locale)}</p>`;
        // With show-website and no booking page, the website link is already there: do not show it twice.
        if (status.open || (!hasBookingUrl && this.showWebsite))
            return message;
        // Closed: offer the booking page (or the website) beside the call, which still reaches voicemail.
        const action = hasBookingUrl ? 'booking' : 'website';
        return html `${message}
      <p class="more">
        <a part="website" href=${hasBookingUrl ? bookingUrl : website} @click=${() => this.onLink(action, hasBookingUrl ? bookingUrl : website)}
          >${hasBookingUrl ? msg('Request an appointment online') : msg('Visit our website')}</a
        >
      </p>`;
    }
    renderWebsite() {
        const { website } = this.clinic;
        const host = displayHost(website);
        return html `<p class="more">
      <a part="website" href=${website} @click=${() => this.onLink('website', website)}>${visitSite(host)}</a>
    </p>`;
    }
    render() {
        const { variant, position } = this;
        if (variant === 'link') {
            return html `<span part="base" class="call call--link" lang=${this.locale}>${this.renderCallLink(variant)}</span>`;
        }
        if (variant === 'floating') {
            if (this.dismissed)
                return nothing;
            return html `<div part="base" class="call call--floating call--${position} ${this.yielding ? 'call--yield' : ''}" lang=${this.locale}>
        <div class="floating-row">
          ${this.renderCallLink(variant)}
          <button part="dismiss" class="dismiss" type="button" aria-label=${msg('Hide the call button')} @click=${() => (this.dismissed = true)}>
            ${closeIcon}
          </button>
        </div>
        ${this.renderHours()}
      </div>`;
        }
        return html `<div part="base" class="call call--${variant}" lang=${this.locale}>
      ${this.renderCallLink(variant)} ${this.renderHours()} ${this.showWebsite ? this.renderWebsite() : nothing}
    </div>`;
    }
};
CallClinic.styles = [baseStyles, themeStyles, themeFrameStyles, callClinicStyles];
__decorate([
    property({ reflect: true })
], CallClinic.prototype, "variant", void 0);
__decorate([
    property({ reflect: true })
], CallClinic.prototype, "position", void 0);
__decorate([
    property({ type: Boolean, reflect: true, attribute: 'mobile-only' })
], CallClinic.prototype, "mobileOnly", void 0);
__decorate([
    property({ type: Boolean, attribute: 'show-website' })
], CallClinic.prototype, "showWebsite", void 0);
__decorate([
    property()
], CallClinic.prototype, "label", void 0);
__decorate([
    property()
], CallClinic.prototype, "now", void 0);
__decorate([
    state()
], CallClinic.prototype, "dismissed", void 0);
__decorate([
    state()
], CallClinic.prototype, "yielding", void 0);
CallClinic = __decorate([
    localized()
], CallClinic);
export { CallClinic };
