import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { isServer, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveClinic, type ClinicDetails } from '../clinic/clinic-details.js';
import { onPageSettingsChange, pageSettings } from '../clinic/page-settings.js';
import { phoneFromTelHref, type PhoneNumber } from '../clinic/phone.js';
import { getLocale, pageLocale } from '../localization.js';
import { oneOf } from '../internal/attributes.js';
import { defineElement } from '../internal/define.js';
import { headingLevel, type HeadingLevel } from '../internal/heading.js';
import { THEMES, type Theme } from '../internal/theme.styles.js';
import { VERSION } from '../internal/version.js';
import { CONTEXT_REQUEST, type ContextReceiver, type CrampContext } from './context.js';
import { emit, type CrampEventDetail, type CrampEventMap } from './events.js';

/**
 * What every cramp-widgets element shares: safe registration, the clinic details (attribute
 * overrides over page-wide settings over the fallback link's number over the article), re-rendering
 * when page settings change, the context it hands down to the widgets it renders inside itself (and
 * receives from the widget it is rendered in, see context.ts), and the helpers for the chores every
 * element has: fixed-value attributes, heading levels, events. Elements extend it and add only their
 * own content and presentation.
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

  /** The resolved clinic, fresh for every render. */
  protected clinic!: ClinicDetails;

  /** What the enclosing widget handed down; `undefined` for a widget on its own. */
  @state() private provided?: CrampContext;

  /** The widgets rendered inside this one, and how each receives this one's context. */
  private readonly nested = new Map<Element & { updateComplete?: Promise<unknown> }, ContextReceiver>();

  /** What this widget hands down, renewed before each render. */
  private context?: CrampContext;

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

  constructor() {
    super();
    // The nearest enclosing widget answers (see context.ts).
    this.addEventListener(CONTEXT_REQUEST, (event) => {
      const child = event.composedPath()[0] as Element;
      const receive = (event as CustomEvent<unknown>).detail;
      if (child === this || typeof receive !== 'function') return;
      event.stopPropagation();
      this.nested.set(child, receive as ContextReceiver);
      if (this.context) receive(this.context);
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const receive: ContextReceiver = (context) => {
      this.provided = context;
      this.toggleAttribute('nested', true);
    };
    this.dispatchEvent(new CustomEvent(CONTEXT_REQUEST, { bubbles: true, composed: true, detail: receive }));
    // On the server (scripts/prerender-worker.mjs) the request is all: the rest needs a browser.
    if (isServer) return;
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
    // Moved out of its container: on its own from now on (it asks again if it is added back).
    this.provided = undefined;
    this.removeAttribute('nested');
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
      // An unknown theme warns and stays as written: no dark rule matches it, so the element looks light.
      const theme = this.fixed(this.theme, THEMES, 'theme');
      if (theme === this.theme.trim().toLowerCase()) this.theme = theme;
    }
    this.clinic =
      this.provided?.clinic ??
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
    this.context = { clinic: this.clinic, theme: this.provided?.theme ?? this.theme ?? 'light', locale: this.locale };
    // Widgets a render removed are forgotten; the others receive the new context.
    for (const [child, receive] of this.nested) {
      if (child.isConnected) receive(this.context);
      else this.nested.delete(child);
    }
  }

  /** Resolves once this element and every widget rendered inside it (at any depth) have rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await Promise.all([...this.nested.keys()].map((child) => child.updateComplete));
    return done;
  }

  /** The language of the rendered content, for the `lang` attribute of the shadow content. */
  protected get locale(): string {
    return this.provided?.locale ?? getLocale();
  }

  /**
   * Reads a fixed-value property (`variant`, `layout`, `mode`…): case and spaces are forgiven, an
   * unknown value warns once (naming this tag and `attribute`) and gives the first allowed value, the
   * default. Elements call it in `willUpdate` and write the result back, so `:host([variant=…])` rules
   * match and a bad value is reported once.
   */
  protected fixed<T extends string>(value: string | null | undefined, allowed: readonly T[], attribute: string): T {
    return oneOf(value, allowed, `<${this.localName}> ${attribute}`);
  }

  /** Reads a `heading-level` value (`2`-`6`, `h2`-`h6`); absent means 2, anything else warns once and gives 2. */
  protected headingLevelOf(value: unknown): HeadingLevel {
    return headingLevel(value, `<${this.localName}> heading-level`);
  }

  /**
   * The one way elements report something (see `emit`): the event's detail names this element, and a
   * copy reaches `dataLayer` when the page settings opt in (or `toDataLayer` says what may leave).
   */
  protected emit<K extends keyof CrampEventMap>(
    name: K,
    detail: Omit<CrampEventDetail<K>, 'element'>,
    toDataLayer: boolean | object = this.clinic.dataLayer,
  ): void {
    emit(this, name, { element: this.localName, ...detail } as CrampEventDetail<K>, toDataLayer);
  }
}
