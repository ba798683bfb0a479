import { localized } from '@lit/localize';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { educationalNote, emergencyLine, veinMessage } from '../../content/article.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CrampElement } from '../../element/cramp-element.js';
import { headingTag } from '../../internal/heading.js';
import { emergencyStyles } from '../../internal/emergency.styles.js';
import { alertIcon, veinEvaluationIcon } from '../../internal/icons.js';
import { themeStyles } from '../../internal/theme.styles.js';
import '../call-clinic/call-clinic.js';
import { veinCtaStyles } from './vein-cta.styles.js';

export const VEIN_CTA_VARIANTS = ['card', 'banner', 'compact'] as const;
export type VeinCtaVariant = (typeof VEIN_CTA_VARIANTS)[number];

/**
 * The article's vein-evaluation call to action: heaviness, swelling or aching with the cramps, vein
 * disease as an underdiagnosed cause after 40, vascular ultrasound and minimally invasive treatment.
 * The primary action books or requests an evaluation (the clinic's booking URL when configured, else
 * its website); the secondary action is a `<call-clinic>` inside the element.
 *
 * The layout follows the width the element is given (a container query), not the screen: a banner in
 * a narrow column stacks like a card, and a card in a wide column puts its icon beside the text.
 *
 * @tagname vein-cta
 * @summary Call to action for a vein evaluation: card, full-width banner, or compact sidebar box.
 *
 * @slot - Fallback content shown before and without JavaScript (readable and indexable), e.g. the
 *   headline, a sentence and `<a href="tel:+13148421441">Call 314-842-1441</a>`. Its phone number is used
 *   when neither `phone` nor the page settings give one. Hidden once the element renders; the element
 *   renders no slot for it.
 *
 * @fires cramp-link - A visitor clicked the primary action. `detail`: `{ element: 'vein-cta', variant,
 *   action: 'booking' | 'website', href }`.
 * @fires cramp-call - A visitor clicked the call link. It comes from the nested `<call-clinic>` unchanged:
 *   `detail`: `{ element: 'call-clinic', variant: 'button', action: 'call', href: 'tel:…' }`; outside the
 *   element, `event.target` is the `<vein-cta>`.
 *
 * @csspart base - The card, banner or box: background, border, corners, shadow.
 * @csspart icon - The round badge holding the icon.
 * @csspart headline - The headline (an `h2`-`h6`, see `heading-level`).
 * @csspart body - The article's sentences and the emergency line.
 * @csspart emergency - The emergency line under the sentences: sudden pain and swelling in one leg,
 *   chest pain, or shortness of breath need emergency care (call 911), not an evaluation.
 * @csspart actions - The row (or stack) of the two actions.
 * @csspart book - The primary link: book or request an evaluation.
 * @csspart call - The call link inside the nested `<call-clinic>` (its `call` part, exported).
 * @csspart call-label - The visible text of the call link.
 * @csspart call-hours - The open/closed message, when `hours` is set.
 * @csspart call-website - The booking or website link `<call-clinic>` offers while the clinic is closed.
 * @csspart note - The educational-use note.
 */
@localized()
export class VeinCta extends CrampElement {
  static override styles = [baseStyles, themeStyles, emergencyStyles, veinCtaStyles];

  /** `card` (default: a rounded card), `banner` (full width, for the top or bottom of a post) or `compact` (a sidebar box). */
  @property({ reflect: true }) variant: VeinCtaVariant = 'card';


  /** Replaces the article's headline. Empty means the article's. */
  @property() headline?: string;

  /** Replaces the primary button's text ("Request a vein evaluation"). Empty means the article's. */
  @property({ attribute: 'button-text' }) buttonText?: string;

  /** The headline's level, `2`-`6` (default `2`), so the element fits the page's heading outline. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;

  protected override willUpdate(): void {
    super.willUpdate();
    // Written back in canonical form (` Banner ` -> `banner`), so the `:host([variant=…])` rules match.
    this.variant = this.fixed(this.variant, VEIN_CTA_VARIANTS, 'variant');
  }

  private onBook(): void {
    const { hasBookingUrl, bookingUrl } = this.clinic;
    this.emit('cramp-link', { variant: this.variant, action: hasBookingUrl ? 'booking' : 'website', href: bookingUrl });
  }

  /** The secondary action: a <call-clinic>, which shows the clinic this element resolved (see context.ts). */
  private renderCall() {
    return html`<call-clinic exportparts="call, label: call-label, hours: call-hours, website: call-website"></call-clinic>`;
  }

  override render() {
    const message = veinMessage();
    const variant = this.variant;
    const heading = headingTag(this.headingLevelOf(this.headingLevel));
    const headline = this.headline?.trim() || message.headline;
    const book = this.buttonText?.trim() || message.book;
    const sentences = variant === 'card' ? message.body : [message.summary];
    const { bookingUrl } = this.clinic;
    return html`<div part="base" class="cta card cta--${variant}" lang=${this.locale}>
      <div class="layout">
        <span part="icon" class="icon-badge badge">${veinEvaluationIcon}</span>
        ${staticHtml`<${heading} part="headline" class="headline">${headline}</${heading}>`}
        <div part="body" class="body">
          ${sentences.map((sentence) => html`<p>${sentence}</p>`)}
          <p part="emergency" class="emergency">${alertIcon}<span>${emergencyLine()}</span></p>
        </div>
        <div part="actions" class="actions">
          <a part="book" class="action" href=${bookingUrl} @click=${this.onBook}>${book}</a>
          ${this.renderCall()}
        </div>
        <p part="note" class="note">${educationalNote()}</p>
      </div>
    </div>`;
  }
}
