import { localized } from '@lit/localize';
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { educationalNote, emergencyLine, veinMessage } from '../../content/article.js';
import { oneOf } from '../../internal/attributes.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CrampElement } from '../../element/cramp-element.js';
import { headingLevel, headingTag } from '../../internal/heading.js';
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
 *
 * @cssprop --cramp-accent - Primary button background, icon and call link color. Default `#0b5a70`.
 * @cssprop --cramp-accent-hover - Primary button background on hover. Default `#07404f`.
 * @cssprop --cramp-on-accent - Text color on the accent. Default `#ffffff`.
 * @cssprop --cramp-surface - Background of the card and the compact box. Default `#ffffff`.
 * @cssprop --cramp-surface-muted - Background of the banner, the icon badge and the call link on hover. Default `#f1f6f8`.
 * @cssprop --cramp-text - Text color. Default: inherited from the page.
 * @cssprop --cramp-muted - The educational note. Default `#4a5a61`.
 * @cssprop --cramp-border - Border of the card. Default `#c9d6db`.
 * @cssprop --cramp-focus-color - Focus outline color. Default `#0b5a70`.
 * @cssprop --cramp-radius - Corner radius of the buttons; the card's is 1.5 times it. Default `0.5em`.
 * @cssprop --cramp-shadow - Shadow of the card and the compact box.
 * @cssprop --cramp-dark-accent - `--cramp-accent` for the dark scheme. Default `#7fd1e3`.
 * @cssprop --cramp-dark-accent-hover - `--cramp-accent-hover` for the dark scheme. Default `#a8e2ef`.
 * @cssprop --cramp-dark-on-accent - `--cramp-on-accent` for the dark scheme. Default `#062a33`.
 * @cssprop --cramp-dark-surface - `--cramp-surface` for the dark scheme. Default `#16303a`.
 * @cssprop --cramp-dark-surface-muted - `--cramp-surface-muted` for the dark scheme. Default `#1d3b46`.
 * @cssprop --cramp-dark-text - `--cramp-text` for the dark scheme. Default `#e8f1f4`.
 * @cssprop --cramp-dark-muted - `--cramp-muted` for the dark scheme. Default `#b3c8cf`.
 * @cssprop --cramp-dark-border - `--cramp-border` for the dark scheme. Default `#3b5c68`.
 * @cssprop --cramp-dark-focus-color - `--cramp-focus-color` for the dark scheme. Default `#a8e2ef`.
 * @cssprop --cramp-dark-shadow - `--cramp-shadow` for the dark scheme.
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
    this.variant = oneOf(this.variant, VEIN_CTA_VARIANTS, '<vein-cta> variant');
  }

  /** Resolves after the nested `<call-clinic>` has rendered too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.renderRoot.querySelector('call-clinic')?.updateComplete;
    return done;
  }

  private onBook(): void {
    const { hasBookingUrl, bookingUrl } = this.clinic;
    this.emitAction('cramp-link', { variant: this.variant, action: hasBookingUrl ? 'booking' : 'website', href: bookingUrl });
  }

  /** The secondary action: <call-clinic> with the clinic this element resolved (see `inheritedClinic`). */
  private renderCall() {
    return html`<call-clinic
      exportparts="call, label: call-label, hours: call-hours, website: call-website"
      .inheritedClinic=${this.clinic}
    ></call-clinic>`;
  }

  override render() {
    const message = veinMessage();
    const variant = this.variant;
    const heading = headingTag(headingLevel(this.headingLevel, '<vein-cta> heading-level'));
    const headline = this.headline?.trim() || message.headline;
    const book = this.buttonText?.trim() || message.book;
    const sentences = variant === 'card' ? message.body : [message.summary];
    const { bookingUrl } = this.clinic;
    return html`<div part="base" class="cta cta--${variant}" lang=${this.locale}>
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
