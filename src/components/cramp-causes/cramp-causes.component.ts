import { localized, msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { CAUSE_IDS, callToSchedule, causes, educationalNote, veinMessage, type Cause, type CauseId } from '../../content/article.js';
import { idList, oneOf, subsetOf } from '../../internal/attributes.js';
import { causeIcons } from '../../content/cause-icons.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CrampElement } from '../../element/cramp-element.js';
import { emit, type CrampToggleDetail } from '../../element/events.js';
import { headingLevel, headingTag, type HeadingLevel } from '../../internal/heading.js';
import { chevronIcon } from '../../internal/icons.js';
import { themeStyles } from '../../internal/theme.styles.js';
import '../call-clinic/call-clinic.js';
import { crampCausesStyles } from './cramp-causes.styles.js';

export const CAUSES_LAYOUTS = ['accordion', 'cards', 'list'] as const;
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
@localized()
export class CrampCauses extends CrampElement {
  static override styles = [baseStyles, themeStyles, crampCausesStyles];

  /** `accordion` (default: each cause opens and closes), `cards` (a responsive grid) or `list` (everything expanded, stacked). */
  @property() layout: CausesLayout = 'accordion';

  /** Which causes the accordion shows open at first: `none` (default), `all`, or cause ids, e.g. `veins` or `veins, nerves`. */
  @property() open = 'none';

  /** Which causes to show, in this order, e.g. `veins, nerves`. Default: all three in the article's order. */
  @property() causes?: string;

  /** The level of each cause's heading, 2-6 (default 2), so the element fits the page's heading outline. */
  @property({ attribute: 'heading-level' }) headingLevel: string | number = 2;

  /** Hides the calls to action that end each cause (the vein evaluation, the call). */
  @property({ type: Boolean, attribute: 'no-actions' }) noActions = false;


  /** The causes the visitor has open in the accordion. */
  @state() private expanded = new Set<CauseId>();

  /** The `open` value the accordion state was last set from. */
  private appliedOpen?: string;

  protected override willUpdate(): void {
    super.willUpdate();
    // `open` sets the initial state; the visitor changes it from there.
    if (this.open !== this.appliedOpen) {
      this.appliedOpen = this.open;
      this.expanded = this.readOpen();
    }
  }

  private readOpen(): Set<CauseId> {
    const ids = idList(this.open, ['none', 'all', ...CAUSE_IDS] as const, '<cramp-causes> open');
    if (ids.includes('all')) return new Set(CAUSE_IDS);
    return new Set(ids.filter((id): id is CauseId => id !== 'none' && id !== 'all'));
  }

  private toggle(id: CauseId): void {
    const open = !this.expanded.has(id);
    const next = new Set(this.expanded);
    if (open) next.add(id);
    else next.delete(id);
    this.expanded = next;
    emit<CrampToggleDetail>(this, 'cramp-toggle', { element: this.localName, cause: id, open }, this.clinic.dataLayer);
  }

  private onEvaluation(layout: CausesLayout): void {
    const { hasBookingUrl, bookingUrl } = this.clinic;
    this.emitAction('cramp-link', { variant: layout, action: hasBookingUrl ? 'booking' : 'website', href: bookingUrl });
  }

  private renderAction(cause: Cause, layout: CausesLayout) {
    if (this.noActions) return nothing;
    if (cause.action === 'vein-evaluation') {
      return html`<p class="cause__action">
        <a part="action" class="action" href=${this.clinic.bookingUrl} @click=${() => this.onEvaluation(layout)}>${veinMessage().book}</a>
      </p>`;
    }
    // The call reuses <call-clinic>, given this element's clinic (attributes, page settings, article).
    // One sentence, "Call 314-842-1441 to schedule your evaluation": the space is part of the text
    // (an expression, so no HTML minifier can drop it) and the words flow on after the link.
    return html`<p class="cause__action cause__action--call"
      ><call-clinic part="action" variant="link" .inheritedClinic=${this.clinic}></call-clinic
      >${` ${callToSchedule()}`}</p
    >`;
  }

  private renderBody(cause: Cause, layout: CausesLayout) {
    return html`${cause.what.map((text) => html`<p class="cause__what">${text}</p>`)}
      <p part="label" class="cause__label">${msg('Signs')}</p>
      <ul part="signs" class="cause__list">
        ${cause.signs.map((text) => html`<li>${text}</li>`)}
      </ul>
      <p part="label" class="cause__label">${msg('How we address it')}</p>
      <ul part="care" class="cause__list">
        ${cause.care.map((text) => html`<li>${text}</li>`)}
      </ul>
      ${this.renderAction(cause, layout)}`;
  }

  private renderCause(cause: Cause, layout: CausesLayout, level: HeadingLevel) {
    const tag = headingTag(level);
    const { id, title } = cause;
    const icon = html`<span part="icon" class="icon-badge cause__icon">${causeIcons[id]}</span>`;
    if (layout !== 'accordion') {
      return staticHtml`<div part="cause cause-${id}" class="cause" data-cause=${id}>
        <${tag} part="heading" class="cause__heading cause__heading--plain">${icon}<span class="cause__title">${title}</span></${tag}>
        <div part="panel" class="cause__panel">${this.renderBody(cause, layout)}</div>
      </div>`;
    }
    // WAI-ARIA disclosure: a real button inside the heading. Collapsed panels are hidden with a class,
    // not the `hidden` attribute, so the print style sheet can show them.
    const open = this.expanded.has(id);
    return staticHtml`<div part="cause cause-${id}" class="cause ${open ? 'is-open' : ''}" data-cause=${id}>
      <${tag} part="heading" class="cause__heading">
        <button
          part="toggle"
          class="cause__toggle"
          type="button"
          id="toggle-${id}"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="panel-${id}"
          @click=${() => this.toggle(id)}
        >${icon}<span class="cause__title">${title}</span><span class="cause__chevron">${chevronIcon}</span></button>
      </${tag}>
      <div part="panel" class="cause__panel ${open ? '' : 'is-collapsed'}" id="panel-${id}">${this.renderBody(cause, layout)}</div>
    </div>`;
  }

  override render() {
    const layout = oneOf(this.layout, CAUSES_LAYOUTS, '<cramp-causes> layout');
    const level = headingLevel(this.headingLevel, '<cramp-causes> heading-level');
    const shown = subsetOf(this.causes, CAUSE_IDS, '<cramp-causes> causes');
    const all = causes();
    return html`<div part="base" class="causes causes--${layout}" lang=${this.locale}>
      <div class="causes__items">
        ${shown.map((id) => this.renderCause(all.find((cause) => cause.id === id)!, layout, level))}
      </div>
      <p part="note" class="note">${educationalNote()}</p>
    </div>`;
  }
}
