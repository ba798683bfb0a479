import { localized, msg } from '@lit/localize';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml } from 'lit/static-html.js';
import { CAUSE_IDS, callToSchedule, causes, educationalNote, veinMessage, type Cause, type CauseId } from '../../content/article.js';
import { idList, subsetOf } from '../../internal/attributes.js';
import { causeIcons } from '../../content/cause-icons.js';
import { baseStyles } from '../../internal/base.styles.js';
import { CrampElement } from '../../element/cramp-element.js';
import { headingTag, type HeadingLevel } from '../../internal/heading.js';
import { chevronIcon } from '../../internal/icons.js';
import { themeFrameStyles, themeStyles } from '../../internal/theme.styles.js';
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
 */
@localized()
export class CrampCauses extends CrampElement {
  static override styles = [baseStyles, themeStyles, themeFrameStyles, crampCausesStyles];

  /** `accordion` (default: each cause opens and closes), `cards` (a responsive grid) or `list` (everything expanded, stacked). */
  @property() layout: CausesLayout = 'accordion';

  /** Which causes the accordion shows open at first: `none` (default), `all`, or cause ids, e.g. `veins` or `veins, nerves`. */
  @property() open = 'none';

  /** Which causes to show, in this order, e.g. `veins, nerves`. Default: all three in the article's order. */
  @property() causes?: string;

  /** The level of each cause's heading, 2-6 (default 2), so the element fits the page's heading outline. */
  @property({ attribute: 'heading-level' }) headingLevel?: string | number;

  /** Hides the calls to action that end each cause (the vein evaluation, the call). */
  @property({ type: Boolean, attribute: 'no-actions' }) noActions = false;


  /** The causes the visitor has open in the accordion. */
  @state() private expanded = new Set<CauseId>();

  /** The `open` value the accordion state was last set from. */
  private appliedOpen?: string;

  protected override willUpdate(): void {
    super.willUpdate();
    this.layout = this.fixed(this.layout, CAUSES_LAYOUTS, 'layout');
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
    this.emit('cramp-toggle', { cause: id, open });
  }

  /** The causes this element shows, in its order (see `causes`). */
  private shownCauses(): CauseId[] {
    return subsetOf(this.causes, CAUSE_IDS, '<cramp-causes> causes');
  }

  /** Whether this element shows `cause` (see `causes`). */
  shows(cause: CauseId): boolean {
    return this.shownCauses().includes(cause);
  }

  /**
   * Opens `cause` (in the accordion; the other layouts show it open), scrolls it into view, smoothly
   * unless the visitor prefers reduced motion, and focuses its accordion button. Resolves to `false`,
   * doing nothing, when this element does not show `cause`. `<cramp-check>` calls it from its result.
   */
  async reveal(cause: CauseId): Promise<boolean> {
    if (!this.shows(cause)) return false;
    this.expanded = new Set(this.expanded).add(cause);
    await this.updateComplete;
    const section = this.renderRoot.querySelector<HTMLElement>(`[data-cause="${cause}"]`) ?? this;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    section.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'start' });
    section.querySelector<HTMLElement>('[part~="toggle"]')?.focus({ preventScroll: true });
    return true;
  }

  private onEvaluation(layout: CausesLayout): void {
    const { hasBookingUrl, bookingUrl } = this.clinic;
    this.emit('cramp-link', { variant: layout, action: hasBookingUrl ? 'booking' : 'website', href: bookingUrl });
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
      ><call-clinic part="action" variant="link"></call-clinic
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
      return staticHtml`<div part="cause cause-${id}" class="cause ${layout === 'cards' ? 'card' : ''}" data-cause=${id}>
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
    const layout = this.layout;
    const level = this.headingLevelOf(this.headingLevel);
    const shown = this.shownCauses();
    const all = causes();
    return html`<div part="base" class="causes causes--${layout}" lang=${this.locale}>
      <div class="causes__items">
        ${shown.map((id) => this.renderCause(all.find((cause) => cause.id === id)!, layout, level))}
      </div>
      <p part="note" class="note">${educationalNote()}</p>
    </div>`;
  }
}
