import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveClinic, type ClinicDetails } from '../clinic/clinic-details.js';
import { onPageSettingsChange, pageSettings } from '../clinic/page-settings.js';
import { phoneFromTelHref, type PhoneNumber } from '../clinic/phone.js';
import { getLocale, pageLocale } from '../localization.js';
import { defineElement } from '../internal/define.js';
import { emit, type CrampActionDetail } from './events.js';
import { readTheme, type Theme } from '../internal/theme.styles.js';
import { VERSION } from '../internal/version.js';

/**
 * What every cramp-widgets element shares: safe registration, the clinic details (attribute
 * overrides over page-wide settings over the fallback link's number over the article), re-rendering
 * when page settings change, and the event helper. Elements extend it and add only their own content
 * and presentation.
 */
export class CrampElement extends LitElement {
  /** The library version, compared when two copies meet on one page. */
  static readonly version = VERSION;

  /** Registers the element under `tag`; safe to call when the tag is already taken. */
  static define(tag: string): void {
    defineElement(tag, this);
  }

  /** Clinic name, overriding the page settings and the article ("Sheen Vein & Cosmetics"). */
  @property({ attribute: 'clinic-name' }) clinicName?: string;

  /** Phone number, e.g. `314-842-1441`; invalid numbers fall back to the default with a warning. */
  @property() phone?: string;

  /** Clinic website (https, http or relative URL). */
  @property() website?: string;

  /** Booking or appointment-request URL; the website is used when absent. */
  @property({ attribute: 'booking-url' }) bookingUrl?: string;

  /** Color scheme: `light` (default), `dark`, or `auto` to follow the visitor's system setting. */
  @property({ reflect: true }) theme?: Theme;

  /** Opening hours in schema.org form, e.g. `Mo-Fr 08:00-17:00`. None by default. */
  @property() hours?: string;

  /** IANA timezone of the opening hours; default `America/Chicago`. */
  @property() timezone?: string;

  /**
   * Clinic details handed down by an enclosing widget (`.inheritedClinic=${this.clinic}`), so nested
   * elements show what their container resolved, warnings included, without repeating attributes.
   * @internal
   */
  @property({ attribute: false }) inheritedClinic?: ClinicDetails;

  /** The resolved clinic, fresh for every render. */
  protected clinic!: ClinicDetails;

  private stopListening?: () => void;

  /** The number of a `tel:` link in the author's fallback content, used when neither the attribute nor the page settings set one. */
  private fallbackPhone: PhoneNumber | null = null;

  /**
   * The last node of the shadow tree the page's HTML brought: a pre-rendered snippet's
   * `<template shadowrootmode>` (scripts/prerender.mjs), which Lit's createRenderRoot() reuses as the
   * shadow root. It is not hydrated: the first render replaces it, so what the server could not know
   * (page settings, the page's language, opening hours) is rendered fresh instead of kept stale.
   */
  private prerendered?: ChildNode | null;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const last = this.shadowRoot?.lastChild;
    const root = super.createRenderRoot();
    // LitElement renders before the root's first child (styles it may have added after the
    // pre-rendered nodes), not before a node about to be removed.
    if (last) this.renderOptions.renderBefore = (this.prerendered = last).nextSibling;
    return root;
  }

  protected override scheduleUpdate(): void | Promise<unknown> {
    // A pre-rendered widget would otherwise render once in English while the page's (Spanish) strings
    // load: wait until they are in (or failed), showing the pre-rendered tree meanwhile. Every other
    // update is scheduled as Lit does.
    if (!this.prerendered || getLocale() === pageLocale()) return super.scheduleUpdate();
    return new Promise<CustomEvent<{ status: string }>>((resolve) =>
      window.addEventListener(LOCALE_STATUS_EVENT, resolve as EventListener, { once: true }),
    ).then(({ detail }) => (detail.status === 'loading' ? this.scheduleUpdate() : super.scheduleUpdate()));
  }

  protected override update(changed: PropertyValues): void {
    // The pre-rendered nodes go in the same task as the first render: no frame shows an empty widget.
    while (this.prerendered) {
      const node = this.renderRoot.firstChild!;
      node.remove();
      if (node === this.prerendered) this.prerendered = undefined;
    }
    super.update(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.stopListening = onPageSettingsChange(() => this.requestUpdate());
    // Moved or re-added: the page's language or settings may have changed while the element was out
    // of the document, unheard (its listeners are removed on disconnect). Render again.
    if (this.hasUpdated) this.requestUpdate();
    this.readFallbackPhone();
    // With the classic bundle in <head>, the parser connects the element before its children exist.
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', this.readFallbackPhone, { once: true });
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopListening?.();
    this.stopListening = undefined;
    document.removeEventListener('DOMContentLoaded', this.readFallbackPhone);
  }

  private readFallbackPhone = (): void => {
    const phone = phoneFromTelHref(this.querySelector('a[href^="tel:" i]')?.getAttribute('href'));
    if (phone?.e164 !== this.fallbackPhone?.e164) {
      this.fallbackPhone = phone;
      this.requestUpdate();
    }
  };

  protected override willUpdate(): void {
    if (this.theme != null) {
      // Written back in its canonical form (` Dark ` -> `dark`), so the `:host([theme=dark])` rules match.
      const theme = readTheme(this.theme, `<${this.localName}> theme`);
      if (theme === this.theme.trim().toLowerCase()) this.theme = theme;
    }
    this.clinic =
      this.inheritedClinic ??
      resolveClinic(
      {
        name: this.clinicName,
        phone: this.phone,
        website: this.website,
        bookingUrl: this.bookingUrl,
        hours: this.hours,
        timezone: this.timezone,
      },
      this.fallbackPhone,
      pageSettings(),
      this.localName,
    );
  }

  /** The language of the rendered content, for the `lang` attribute of the shadow content. */
  protected get locale(): string {
    return getLocale();
  }

  /** Reports a visitor's click on a call or link (see `CrampActionDetail`). */
  protected emitAction(name: 'cramp-call' | 'cramp-link', detail: Omit<CrampActionDetail, 'element'>): void {
    emit<CrampActionDetail>(this, name, { element: this.localName, ...detail }, this.clinic.dataLayer);
  }
}
