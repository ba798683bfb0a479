var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { isServer, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { resolveClinic } from '../clinic/clinic-details.js';
import { onPageSettingsChange, pageSettings } from '../clinic/page-settings.js';
import { phoneFromTelHref } from '../clinic/phone.js';
import { getLocale, pageLocale } from '../localization.js';
import { oneOf } from '../internal/attributes.js';
import { defineElement } from '../internal/define.js';
import { headingLevel } from '../internal/heading.js';
import { THEMES } from '../internal/theme.styles.js';
import { VERSION } from '../internal/version.js';
import { CONTEXT_REQUEST } from './context.js';
import { emit } from './events.js';
/**
 * What every cramp-widgets element shares: safe registration, the clinic details (attribute
 * overrides over page-wide settings over the fallback link's number over the article), re-rendering
 * when page settings change, the context it hands down to the widgets it renders inside itself (and
 * receives from the widget it is rendered in, see context.ts), and the helpers for the chores every
 * element has: fixed-value attributes, heading levels, events. Elements extend it and add only their
 * own content and presentation.
 */
export class CrampElement extends LitElement {
    /** Registers the element under `tag`; safe to call when the tag is already taken. */
    static define(tag) {
        defineElement(tag, this);
    }
    createRenderRoot() {
        const last = this.shadowRoot?.lastChild;
        const root = super.createRenderRoot();
        // LitElement renders before the root's first child (styles it may have added after the
        // pre-rendered nodes), not before a node about to be removed.
        if (last)
            this.renderOptions.renderBefore = (this.prerendered = last).nextSibling;
        return root;
    }
    scheduleUpdate() {
        // A pre-rendered widget would otherwise render once in English while the page's (Spanish) strings
        // load: wait until they are in (or failed), showing the pre-rendered tree meanwhile. Every other
        // update is scheduled as Lit does.
        if (!this.prerendered || getLocale() === pageLocale())
            return super.scheduleUpdate();
        return new Promise((resolve) => window.addEventListener(LOCALE_STATUS_EVENT, resolve, { once: true })).then(({ detail }) => (detail.status === 'loading' ? this.scheduleUpdate() : super.scheduleUpdate()));
    }
    update(changed) {
        // The pre-rendered nodes go in the same task as the first render: no frame shows an empty widget.
        while (this.prerendered) {
            const node = this.renderRoot.firstChild;
            node.remove();
            if (node === this.prerendered)
                this.prerendered = undefined;
        }
        super.update(changed);
    }
    constructor() {
        super();
        /** The widgets rendered inside this one, and how each receives this one's context. */
        this.nested = new Map();
        /** The number of a `tel:` link in the author's fallback content, used when neither the attribute nor the page settings set one. */
        this.fallbackPhone = null;
        this.readFallbackPhone = () => {
            const phone = phoneFromTelHref(this.querySelector('a[href^="tel:" i]')?.getAttribute('href'));
            if (phone?.e164 !== this.fallbackPhone?.e164) {
                this.fallbackPhone = phone;
                this.requestUpdate();
            }
        };
        // The nearest enclosing widget answers (see context.ts).
        this.addEventListener(CONTEXT_REQUEST, (event) => {
            const child = event.composedPath()[0];
            const receive = event.detail;
            if (child === this || typeof receive !== 'function')
                return;
            event.stopPropagation();
            this.nested.set(child, receive);
            if (this.context)
                receive(this.context);
        });
    }
    connectedCallback() {
        super.connectedCallback();
        const receive = (context) => {
            this.provided = context;
            this.toggleAttribute('nested', true);
        };
        this.dispatchEvent(new CustomEvent(CONTEXT_REQUEST, { bubbles: true, composed: true, detail: receive }));
        // On the server (scripts/prerender-worker.mjs) the request is all: the rest needs a browser.
        if (isServer)
            return;
        this.stopListening = onPageSettingsChange(() => this.requestUpdate());
        // Moved or re-added: the page's language or settings may have changed while the element was out
        // of the document, unheard (its listeners are removed on disconnect). Render again.
        if (this.hasUpdated)
            this.requestUpdate();
        this.readFallbackPhone();
        // With the classic bundle in <head>, the parser connects the element before its children exist.
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', this.readFallbackPhone, { once: true });
        }
    }
    disconnectedCallback() {
        super.disconnectedCallback();
        // Moved out of its container: on its own from now on (it asks again if it is added back).
        this.provided = undefined;
        this.removeAttribute('nested');
        this.stopListening?.();
        this.stopListening = undefined;
        document.removeEventListener('DOMContentLoaded', this.readFallbackPhone);
    }
    willUpdate() {
        if (this.theme != null) {
            // Written back in its canonical form (` Dark ` -> `dark`), so the `:host([theme=dark])` rules match.
            // An unknown theme warns and stays as written: no dark rule matches it, so the element looks light.
            const theme = this.fixed(this.theme, THEMES, 'theme');
            if (theme === this.theme.trim().toLowerCase())
                this.theme = theme;
        }
        this.clinic =
            this.provided?.clinic ??
                resolveClinic({
                    name: this.clinicName,
                    phone: this.phone,
                    website: this.website,
                    bookingUrl: this.bookingUrl,
                    hours: this.hours,
                    timezone: this.timezone,
                }, this.fallbackPhone, pageSettings(), this.localName);
        this.context = { clinic: this.clinic, theme: this.provided?.theme ?? this.theme ?? 'light', locale: this.locale };
        // Widgets a render removed are forgotten; the others receive the new context.
        for (const [child, receive] of this.nested) {
            if (child.isConnected)
                receive(this.context);
            else
                this.nested.delete(child);
        }
    }
    /** Resolves once this element and every widget rendered inside it (at any depth) have rendered. */
    async getUpdateComplete() {
        const done = await super.getUpdateComplete();
        await Promise.all([...this.nested.keys()].map((child) => child.updateComplete));
        return done;
    }
    /** The language of the rendered content, for the `lang` attribute of the shadow content. */
    get locale() {
        return this.provided?.locale ?? getLocale();
    }
    /**
     * Reads a fixed-value property (`variant`, `layout`, `mode`…): case and spaces are forgiven, an
     * unknown value warns once (naming this tag and `attribute`) and gives the first allowed value, the
     * default. Elements call it in `willUpdate` and write the result back, so `:host([variant=…])` rules
     * match and a bad value is reported once.
     */
    fixed(value, allowed, attribute) {
        return oneOf(value, allowed, `<${this.localName}> ${attribute}`);
    }
    /** Reads a `heading-level` value (`2`-`6`, `h2`-`h6`); absent means 2, anything else warns once and gives 2. */
    headingLevelOf(value) {
        return headingLevel(value, `<${this.localName}> heading-level`);
    }
    /**
     * The one way elements report something (see `emit`): the event's detail names this element, and a
     * copy reaches `dataLayer` when the page settings opt in (or `toDataLayer` says what may leave).
     */
    emit(name, detail, toDataLayer = this.clinic.dataLayer) {
        emit(this, name, { element: this.localName, ...detail }, toDataLayer);
    }
}
/** The library version, compared when two copies meet on one page. */
CrampElement.version = VERSION;
__decorate([
    property({ attribute: 'clinic-name' })
], CrampElement.prototype, "clinicName", void 0);
__decorate([
    property()
], CrampElement.prototype, "phone", void 0);
__decorate([
    property()
], CrampElement.prototype, "website", void 0);
__decorate([
    property({ attribute: 'booking-url' })
], CrampElement.prototype, "bookingUrl", void 0);
__decorate([
    property({ reflect: true })
], CrampElement.prototype, "theme", void 0);
__decorate([
    property()
], CrampElement.prototype, "hours", void 0);
__decorate([
    property()
], CrampElement.prototype, "timezone", void 0);
__decorate([
    state()
], CrampElement.prototype, "provided", void 0);
