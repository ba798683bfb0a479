import { localized, msg } from '@lit/localize';
import { html, nothing, type PropertyValues } from 'lit';
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

export const CALL_VARIANTS = ['button', 'link', 'bar', 'floating'] as const;
export type CallVariant = (typeof CALL_VARIANTS)[number];
export const FLOATING_POSITIONS = ['right', 'left', 'center'] as const;
export type FloatingPosition = (typeof FLOATING_POSITIONS)[number];

/**
 * `text` with every occurrence of `number` kept on one line: a phone number split at its hyphens is
 * hard to read and to dial. The words around it wrap (or, in the floating bar on a phone, hide) freely.
 */
function keepNumberTogether(text: string, number: string) {
  if (!number || !text.includes(number)) return text;
  const [before, ...rest] = text.split(number);
  const after = rest.join(number);
  return html`${before.trim() ? html`<span class="words">${before}</span>` : nothing}<span class="nowrap">${number}</span>${after.trim()
      ? html`<span class="words">${after}</span>`
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
@localized()
export class CallClinic extends CrampElement {
  static override styles = [baseStyles, themeStyles, themeFrameStyles, callClinicStyles];

  /** How the call is shown: `button` (default), `link` (inline, for running text), `bar` (full width), `floating` (fixed to the bottom of the screen). */
  @property({ reflect: true }) variant: CallVariant = 'button';

  /** Where the floating variant sits: `right` (default), `left` or `center`. */
  @property({ reflect: true }) position: FloatingPosition = 'right';

  /** Show only on small screens (narrower than 48em). */
  @property({ type: Boolean, reflect: true, attribute: 'mobile-only' }) mobileOnly = false;

  /** Also show a link to the clinic's website. */
  @property({ type: Boolean, attribute: 'show-website' }) showWebsite = false;

  /** Replaces the visible text of the call link; the number stays in its accessible name. */
  @property() label?: string;

  /** The instant used for the opening-hours message (ISO 8601). For previews and tests; default: the real clock. */
  @property() now?: string;

  @state() private dismissed = false;

  /** The floating bar steps aside while a focused element of the page would be under it. */
  @state() private yielding = false;

  private room?: FloatingRoom;

  private clock?: ReturnType<typeof setInterval>;

  protected override willUpdate(): void {
    super.willUpdate();
    // Written back in canonical form, so the `:host([variant=…])` and `:host([position=…])` rules match.
    this.variant = this.fixed(this.variant, CALL_VARIANTS, 'variant');
    this.position = this.fixed(this.position, FLOATING_POSITIONS, 'position');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The base class renders again when the element is re-added, and `updated()` restarts the clock.
    this.stopClock();
    this.room?.detach();
    this.room = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.keepFocusInView();
    // Keep "open now" true while the page stays open: re-check every minute, only when hours are shown.
    if (this.clinic.hours && !this.now && this.isConnected) {
      this.clock ??= setInterval(() => this.requestUpdate(), 60_000);
    } else {
      this.stopClock();
    }
  }

  /** The floating bar keeps focused page elements in view (see floating-room.ts); other variants need nothing. */
  private keepFocusInView(): void {
    const bar = this.isConnected ? this.renderRoot.querySelector<HTMLElement>('.call--floating') : null;
    if (bar === (this.room?.bar ?? null)) return;
    this.room?.detach();
    this.room = bar ? new FloatingRoom(this, bar, (yielding) => (this.yielding = yielding)) : undefined;
    this.room?.attach();
  }

  private stopClock(): void {
    clearInterval(this.clock);
    this.clock = undefined;
  }

  private instant(): Date {
    if (this.now) {
      const parsed = new Date(this.now);
      if (!Number.isNaN(parsed.getTime())) return parsed;
      warn(`<call-clinic> now: ${quote(this.now)} is not an ISO date; using the real clock.`);
    }
    return new Date();
  }

  private onCall(): void {
    this.emit('cramp-call', { variant: this.variant, action: 'call', href: toTelHref(this.clinic.phone) });
  }

  private onLink(action: 'website' | 'booking', href: string): void {
    this.emit('cramp-link', { variant: this.variant, action, href });
  }

  private renderCallLink(variant: CallVariant) {
    const { phone, name } = this.clinic;
    const number = phone.display;
    const label = this.label?.trim() || callLabel(number);
    const accessibleExtra = this.label?.trim() ? `, ${number}, ${name}` : `, ${name}`;
    return html`<a
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

  private renderHours() {
    const { hours, timeZone, hasBookingUrl, bookingUrl, website } = this.clinic;
    if (!hours) return nothing;
    const status = hoursStatus(hours, this.instant(), timeZone);
    const message = html`<p part="hours" class="hours" role="status">${hoursMessage(status, this.locale)}</p>`;
    // With show-website and no booking page, the website link is already there: do not show it twice.
    if (status.open || (!hasBookingUrl && this.showWebsite)) return message;
    // Closed: offer the booking page (or the website) beside the call, which still reaches voicemail.
    const action = hasBookingUrl ? 'booking' : 'website';
    return html`${message}
      <p class="more">
        <a part="website" href=${hasBookingUrl ? bookingUrl : website} @click=${() => this.onLink(action, hasBookingUrl ? bookingUrl : website)}
          >${hasBookingUrl ? msg('Request an appointment online') : msg('Visit our website')}</a
        >
      </p>`;
  }

  private renderWebsite() {
    const { website } = this.clinic;
    const host = displayHost(website);
    return html`<p class="more">
      <a part="website" href=${website} @click=${() => this.onLink('website', website)}>${visitSite(host)}</a>
    </p>`;
  }

  override render() {
    const { variant, position } = this;
    if (variant === 'link') {
      return html`<span part="base" class="call call--link" lang=${this.locale}>${this.renderCallLink(variant)}</span>`;
    }
    if (variant === 'floating') {
      if (this.dismissed) return nothing;
      return html`<div part="base" class="call call--floating call--${position} ${this.yielding ? 'call--yield' : ''}" lang=${this.locale}>
        <div class="floating-row">
          ${this.renderCallLink(variant)}
          <button part="dismiss" class="dismiss" type="button" aria-label=${msg('Hide the call button')} @click=${() => (this.dismissed = true)}>
            ${closeIcon}
          </button>
        </div>
        ${this.renderHours()}
      </div>`;
    }
    return html`<div part="base" class="call call--${variant}" lang=${this.locale}>
      ${this.renderCallLink(variant)} ${this.renderHours()} ${this.showWebsite ? this.renderWebsite() : nothing}
    </div>`;
  }
}
