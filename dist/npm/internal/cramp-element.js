var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
import { LOCALE_STATUS_EVENT } from '@lit/localize';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { resolveClinic } from '../clinic/clinic-details.js';
import { onPageSettingsChange, pageSettings } from '../clinic/page-settings.js';
import { phoneFromTelHref } from '../clinic/phone.js';
import { getLocale, pageLocale } from '../localization.js';
import { defineElement } from './define.js';
import { emit } from './events.js';
import { readTheme } from './theme.styles.js';
import { VERSION } from './version.js';
/**
 * What every cramp-widgets element shares: safe registration, the clinic details (attribute
 * overrides over page-wide settings over the fallback link's number over the article), re-rendering
 * when page settings change, and the event helper. Elements extend it and add only their own content
 * and presentation.
 */
export class CrampElement extends LitElement {
    constructor() {
        super(...arguments);
        /** The number of a `tel:` link in the author's fallback content, used when neither the attribute nor the page settings set one. */
        this.fallbackPhone = null;
        this.readFallbackPhone = () => {
            const phone = phoneFromTelHref(this.querySelector('a[href^="tel:" i]')?.getAttribute('href'));
            if (phone?.e164 !== this.fallbackPhone?.e164) {
                this.fallbackPhone = phone;
                this.requestUpdate();
            }
        };
    }
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
    connectedCallback() {
        super.connectedCallback();
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
        this.stopListening?.();
        this.stopListening = undefined;
        document.removeEventListener('DOMContentLoaded', this.readFallbackPhone);
    }
    willUpdate() {
        if (this.theme != null) {
            // Written back in its canonical form (` Dark ` -> `dark`), so the `:host([theme=dark])` rules match.
            const theme = readTheme(this.theme, `<${this.localName}> theme`);
            if (theme === this.theme.trim().toLowerCase())
                this.theme = theme;
        }
        this.clinic =
            this.inheritedClinic ??
                resolveClinic({
                    name: this.clinicName,
                    phone: this.phone,
                    website: this.website,
                    bookingUrl: this.bookingUrl,
                    hours: this.hours,
                    timezone: this.timezone,
                }, this.fallbackPhone, pageSettings(), this.localName);
    }
    /** The language of the rendered content, for the `lang` attribute of the shadow content. */
    get locale() {
        return getLocale();
    }
    /** Reports a visitor's click on a call or link (see `CrampActionDetail`). */
    emitAction(name, detail) {
        emit(this, name, { element: this.localName, ...detail }, this.clinic.dataLayer);
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
    property({ attribute: false })
], CrampElement.prototype, "inheritedClinic", void 0);
