import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/vein-cta/vein-cta.js';
import type { VeinCta } from '../src/components/vein-cta/vein-cta.component.js';
import { educationalNote, veinMessage } from '../src/content/article.js';
import type { CrampActionDetail } from '../src/element/events.js';
import { captureWarnings, clickWithoutNavigating, fixtureWithWarnings, isSafeHref, shadowHrefs, telHrefs } from './helpers.js';
import { clinicSuite } from './shared/clinic.suite.js';
import type { ElementSpec } from './shared/element-spec.js';
import { headingLevelSuite } from './shared/heading-level.suite.js';
import { themeSuite } from './shared/theme.suite.js';

const WEBSITE = 'https://www.sheenveinandcosmetics.com/';

function part<T extends HTMLElement = HTMLElement>(el: VeinCta, name: string): T {
  return el.shadowRoot!.querySelector<T>(`[part~="${name}"]`)!;
}

function bookLink(el: VeinCta): HTMLAnchorElement {
  return part<HTMLAnchorElement>(el, 'book');
}

/** The tel: link inside the nested <call-clinic>'s own shadow root. */
function callLink(el: VeinCta): HTMLAnchorElement {
  return el.shadowRoot!.querySelector('call-clinic')!.shadowRoot!.querySelector<HTMLAnchorElement>('[part="call"]')!;
}

/** Everything the element shows, nested <call-clinic> included, as one string. */
function shownText(el: VeinCta): string {
  const nested = el.shadowRoot!.querySelector('call-clinic')!.shadowRoot!.textContent ?? '';
  return `${el.shadowRoot!.textContent ?? ''} ${nested}`.replace(/\s+/g, ' ');
}

function accessibleText(link: HTMLElement): string {
  return (link.textContent ?? '').replace(/\s+/g, ' ').trim();
}


/** Any CSS color (hex, rgb, named) as sRGB channels 0-255, through the browser's own parser. */
function channels(color: string): number[] {
  const probe = document.createElement('span');
  probe.style.color = color.trim();
  document.body.append(probe);
  const computed = getComputedStyle(probe).color;
  probe.remove();
  return computed.match(/[\d.]+/g)!.slice(0, 3).map(Number);
}

function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = channels(color).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

const VARIANTS = ['card', 'banner', 'compact'] as const;

// Issue 15: the card asks people with swelling to book; the same emergency line as the self-check.
describe('<vein-cta> emergency line', () => {
  for (const variant of VARIANTS) {
    it(`${variant}: shows when to call 911 instead of booking`, async () => {
      const el = await fixture<VeinCta>(html`<vein-cta variant=${variant}></vein-cta>`);
      const line = part(el, 'emergency');
      expect(line.getClientRects().length, 'shown').to.be.greaterThan(0);
      expect(line.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Sudden pain and swelling in one leg, chest pain, or shortness of breath need emergency care now: call 911.',
      );
      await expect(el).to.be.accessible();
    });
  }
});

describe('<vein-cta>', () => {
  it("shows the article's vein message, the evaluation link, the call and the educational note", async () => {
    const el = await fixture<VeinCta>(html`<vein-cta></vein-cta>`);
    const message = veinMessage();
    expect(part(el, 'headline').textContent).to.equal('Heavy, swollen, or aching legs with your cramps?');
    const sentences = [...part(el, 'body').querySelectorAll('p:not([part="emergency"])')].map((p) => p.textContent);
    expect(sentences).to.deep.equal(message.body);
    const text = shownText(el);
    for (const phrase of [
      'heaviness, swelling, or aching in the legs, especially at the end of the day',
      'chronic venous insufficiency',
      'one of the most underdiagnosed causes of nighttime leg cramps, particularly in people over 40',
      'Vascular ultrasound finds circulation issues that standard labs and exams often miss',
      'minimally invasive vein treatments can restore normal blood flow',
      'Call 314-842-1441',
    ]) {
      expect(text).to.include(phrase);
    }
    expect(accessibleText(bookLink(el))).to.equal('Request a vein evaluation');
    expect(part(el, 'note').textContent).to.equal(educationalNote());
    expect(part(el, 'base').getAttribute('lang')).to.equal('en');
    expect(getComputedStyle(el).display).to.equal('block');
    expect(el.getAttribute('variant')).to.equal('card');
    await expect(el).to.be.accessible();
  });

  describe('primary action', () => {
    it('goes to the website when no booking URL is configured', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta></vein-cta>`);
      expect(bookLink(el).getAttribute('href')).to.equal(WEBSITE);
    });

    it('goes to booking-url when set', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta booking-url="https://example.com/book"></vein-cta>`);
      expect(bookLink(el).getAttribute('href')).to.equal('https://example.com/book');
    });

    it('follows the website attribute', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta website="www.example.org"></vein-cta>`);
      expect(bookLink(el).getAttribute('href')).to.equal('https://www.example.org/');
    });

    it('warns about an unsafe booking-url and uses the website', async () => {
      const { el, warnings } = await fixtureWithWarnings<VeinCta>(html`<vein-cta booking-url=" JaVaScRiPt:alert(1)"></vein-cta>`);
      expect(bookLink(el).getAttribute('href')).to.equal(WEBSITE);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<vein-cta> booking-url');
    });
  });

  describe('call (the nested <call-clinic>)', () => {
    it('dials the article number, with the clinic in the accessible name', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta></vein-cta>`);
      expect(el.shadowRoot!.querySelectorAll('call-clinic')).to.have.length(1);
      expect(callLink(el).getAttribute('href')).to.equal('tel:+13148421441');
      expect(accessibleText(callLink(el))).to.equal('Call 314-842-1441, Sheen Vein & Cosmetics');
    });

    it('passes the phone and clinic-name overrides through', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta phone="(636) 555 0199" clinic-name="West County Office"></vein-cta>`);
      expect(callLink(el).getAttribute('href')).to.equal('tel:+16365550199');
      expect(accessibleText(callLink(el))).to.equal('Call 636-555-0199, West County Office');
    });

    it('follows a phone change after the first render', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta></vein-cta>`);
      el.setAttribute('phone', '+44 20 7946 0958');
      await elementUpdated(el);
      expect(callLink(el).getAttribute('href')).to.equal('tel:+442079460958');
    });

    it('passes opening hours through, and the booking page the call offers when closed', async () => {
      // Open one hour on a day that is not today in St. Louis: closed now, whatever the clock says.
      const days = ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'];
      const today = new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'America/Chicago' }).format(new Date()).slice(0, 2);
      const otherDay = days[(days.indexOf(today) + 3) % 7];
      const el = await fixture<VeinCta>(html`<vein-cta hours="${otherDay} 08:00-09:00" booking-url="https://example.com/book"></vein-cta>`);
      const nested = el.shadowRoot!.querySelector('call-clinic')!;
      expect(nested.hasAttribute('nested')).to.equal(true);
      expect(nested.shadowRoot!.querySelector('[part="hours"]')).to.not.equal(null);
      expect(nested.shadowRoot!.querySelector('[part="website"]')!.getAttribute('href')).to.equal('https://example.com/book');
    });
  });

  describe('events', () => {
    it('fires cramp-link for the evaluation link, shaped like <call-clinic>’s', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta></vein-cta>`);
      setTimeout(() => clickWithoutNavigating(bookLink(el)));
      const event = (await oneEvent(document.body, 'cramp-link')) as CustomEvent<CrampActionDetail>;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ element: 'vein-cta', variant: 'card', action: 'website', href: WEBSITE });
    });

    it('says "booking" when the link goes to the booking page, with the variant', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta variant="banner" booking-url="https://example.com/book"></vein-cta>`);
      setTimeout(() => clickWithoutNavigating(bookLink(el)));
      const event = (await oneEvent(el, 'cramp-link')) as CustomEvent<CrampActionDetail>;
      expect(event.detail).to.deep.equal({ element: 'vein-cta', variant: 'banner', action: 'booking', href: 'https://example.com/book' });
    });

    it('lets the nested call’s cramp-call reach the page unchanged, from the <vein-cta>', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta variant="compact" phone="636-555-0199"></vein-cta>`);
      setTimeout(() => clickWithoutNavigating(callLink(el)));
      const event = (await oneEvent(document.body, 'cramp-call')) as CustomEvent<CrampActionDetail>;
      expect(event.target, 'retargeted to the host').to.equal(el);
      expect(event.detail).to.deep.equal({ element: 'call-clinic', variant: 'button', action: 'call', href: 'tel:+16365550199' });
    });
  });

  describe('headline and button text', () => {
    it('replaces them from attributes and keeps the rest of the article', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta headline="Legs heavy by evening?" button-text="Book an ultrasound"></vein-cta>`);
      expect(part(el, 'headline').textContent).to.equal('Legs heavy by evening?');
      expect(accessibleText(bookLink(el))).to.equal('Book an ultrasound');
      expect(part(el, 'body').querySelectorAll('p:not([part="emergency"])')).to.have.length(3);
    });

    it('falls back to the article for empty or blank overrides', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta headline="   " button-text=""></vein-cta>`);
      expect(part(el, 'headline').textContent).to.equal(veinMessage().headline);
      expect(accessibleText(bookLink(el))).to.equal(veinMessage().book);
    });

    it('shows markup as text', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta headline="<img src=x onerror=alert(1)>" button-text="<script>alert(1)</script>"></vein-cta>`);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(part(el, 'headline').textContent).to.equal('<img src=x onerror=alert(1)>');
      expect(accessibleText(bookLink(el))).to.equal('<script>alert(1)</script>');
    });

    it('wraps 10 KB overrides inside the element instead of overflowing', async () => {
      const long = 'x'.repeat(10_240);
      for (const variant of VARIANTS) {
        const el = await fixture<VeinCta>(html`<vein-cta style="width: 320px" variant=${variant} headline=${long} button-text=${long}></vein-cta>`);
        const base = part(el, 'base');
        expect(base.scrollWidth, variant).to.be.at.most(base.clientWidth + 1);
        expect(el.getBoundingClientRect().width).to.equal(320);
        expect(bookLink(el).getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
      }
    });
  });

  describe('variants', () => {
    for (const variant of VARIANTS) {
      for (const theme of ['light', 'dark'] as const) {
        it(`${variant}, ${theme}: axe-clean, targets of at least 44x44 px, readable colors`, async () => {
          const el = await fixture<VeinCta>(html`<vein-cta variant=${variant} theme=${theme}></vein-cta>`);
          for (const link of [bookLink(el), callLink(el)]) {
            const box = link.getBoundingClientRect();
            expect(box.width).to.be.at.least(44);
            expect(box.height).to.be.at.least(44);
          }
          const base = part(el, 'base');
          const background = getComputedStyle(base).backgroundColor;
          expect(contrast(getComputedStyle(part(el, 'headline')).color, background), 'text').to.be.at.least(4.5);
          expect(contrast(getComputedStyle(part(el, 'note')).color, background), 'note').to.be.at.least(4.5);
          expect(contrast(getComputedStyle(callLink(el)).color, background), 'call link').to.be.at.least(4.5);
          const book = getComputedStyle(bookLink(el));
          expect(contrast(book.color, book.backgroundColor), 'button').to.be.at.least(4.5);
          const call = getComputedStyle(callLink(el));
          expect(call.color, 'the call is drawn in the accent').to.equal(book.backgroundColor);
          expect(call.borderTopColor, 'with an accent border').to.equal(book.backgroundColor);
          expect(call.backgroundColor, 'as the secondary action').to.equal('rgba(0, 0, 0, 0)');
          const focus = getComputedStyle(base).getPropertyValue('--_focus');
          expect(contrast(focus, background), 'focus outline').to.be.at.least(3);
          expect(contrast(getComputedStyle(callLink(el)).borderTopColor, background), 'call border').to.be.at.least(3);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('shows the whole message in the card, one sentence in the banner and compact box', async () => {
      const summary = veinMessage().summary;
      for (const variant of ['banner', 'compact'] as const) {
        const el = await fixture<VeinCta>(html`<vein-cta variant=${variant}></vein-cta>`);
        const sentences = [...part(el, 'body').querySelectorAll('p:not([part="emergency"])')].map((p) => p.textContent);
        expect(sentences, variant).to.deep.equal([summary]);
      }
    });

    it('puts the banner in one row when wide and stacks it when narrow', async () => {
      const wide = await fixture<VeinCta>(html`<vein-cta variant="banner" style="width: 1100px; font-size: 16px"></vein-cta>`);
      const wideBody = part(wide, 'body').getBoundingClientRect();
      const wideBook = bookLink(wide).getBoundingClientRect();
      const wideCall = callLink(wide).getBoundingClientRect();
      expect(wideBook.left, 'actions beside the text').to.be.greaterThan(wideBody.right);
      expect(Math.abs(wideCall.top - wideBook.top), 'actions side by side').to.be.lessThan(2);

      const narrow = await fixture<VeinCta>(html`<vein-cta variant="banner" style="width: 320px; font-size: 16px"></vein-cta>`);
      const narrowBody = part(narrow, 'body').getBoundingClientRect();
      expect(bookLink(narrow).getBoundingClientRect().top, 'actions below the text').to.be.at.least(narrowBody.bottom);
    });

    it('stacks the compact box’s two actions at the same width, even in a wide column', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta variant="compact" style="width: 600px"></vein-cta>`);
      const book = bookLink(el).getBoundingClientRect();
      const call = callLink(el).getBoundingClientRect();
      expect(call.top).to.be.at.least(book.bottom);
      expect(Math.abs(call.width - book.width)).to.be.lessThan(1);
    });

    it('lays the card out by the width it is given, not the viewport', async () => {
      const wide = await fixture<VeinCta>(html`<vein-cta style="width: 700px; font-size: 16px"></vein-cta>`);
      expect(part(wide, 'body').getBoundingClientRect().left, 'text column beside the icon').to.be.greaterThan(part(wide, 'icon').getBoundingClientRect().right);
      const narrow = await fixture<VeinCta>(html`<vein-cta style="width: 300px; font-size: 16px"></vein-cta>`);
      expect(part(narrow, 'body').getBoundingClientRect().left, 'text under the icon').to.be.at.most(part(narrow, 'icon').getBoundingClientRect().left + 1);
    });

    it('warns about an unknown variant and shows the card', async () => {
      const { el, warnings } = await fixtureWithWarnings<VeinCta>(html`<vein-cta variant="sparkly"></vein-cta>`);
      expect(el.getAttribute('variant')).to.equal('card');
      expect(part(el, 'base').classList.contains('cta--card')).to.equal(true);
      expect(warnings.some((w) => w.includes('sparkly'))).to.equal(true);
    });

    it('accepts a variant in any case and writes it back in canonical form', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta variant=" Compact "></vein-cta>`);
      expect(el.getAttribute('variant')).to.equal('compact');
      expect(part(el, 'base').classList.contains('cta--compact')).to.equal(true);
    });
  });

  describe('theme', () => {
    const surfaceOf = async (theme: string) => {
      const el = await fixture<VeinCta>(html`<vein-cta theme=${theme}></vein-cta>`);
      return getComputedStyle(part(el, 'base')).backgroundColor;
    };

    it('paints a dark panel for theme="dark" and a light one by default', async () => {
      const light = await surfaceOf('light');
      const dark = await surfaceOf('dark');
      expect(contrast(light, '#000')).to.be.greaterThan(15);
      expect(contrast(dark, '#fff')).to.be.greaterThan(10);
    });

    it('takes the page’s --cramp-accent (and --cramp-dark-accent) for both actions', async () => {
      const light = await fixture<VeinCta>(html`<vein-cta style="--cramp-accent: #6b2d8f"></vein-cta>`);
      expect(getComputedStyle(bookLink(light)).backgroundColor).to.equal('rgb(107, 45, 143)');
      expect(getComputedStyle(callLink(light)).color).to.equal('rgb(107, 45, 143)');
      const dark = await fixture<VeinCta>(html`<vein-cta theme="dark" style="--cramp-accent: #6b2d8f; --cramp-dark-accent: #e0c3f0"></vein-cta>`);
      expect(getComputedStyle(bookLink(dark)).backgroundColor).to.equal('rgb(224, 195, 240)');
      expect(getComputedStyle(callLink(dark)).color).to.equal('rgb(224, 195, 240)');
    });

    it('gives the nested call the dark palette too', async () => {
      const el = await fixture<VeinCta>(html`<vein-cta theme="dark"></vein-cta>`);
      const background = getComputedStyle(part(el, 'base')).backgroundColor;
      expect(contrast(getComputedStyle(callLink(el)).color, background)).to.be.at.least(4.5);
      expect(getComputedStyle(callLink(el)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });
  });

  describe('fallback content', () => {
    it('is hidden once the element renders, never shown twice, and lends its phone number', async () => {
      const el = await fixture<VeinCta>(
        html`<vein-cta><p>Heavy, swollen, or aching legs with your cramps?</p><a href="tel:+16365550100">Call 636-555-0100</a></vein-cta>`,
      );
      for (const child of el.children) {
        expect(child.getClientRects().length, `${child.localName} is not rendered`).to.equal(0);
      }
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
      expect(el.shadowRoot!.querySelectorAll('[part="headline"]')).to.have.length(1);
      expect(callLink(el).getAttribute('href')).to.equal('tel:+16365550100');
    });
  });

  it('never throws and never renders an unsafe href for hostile attribute values', async () => {
    const hostile = ['', '   ', 'x'.repeat(10_240), '<script>alert(1)</script>', 'javascript:alert(1)', ' data:text/html,x', 'VBSCRIPT:x', '&#106;avascript:alert(1)'];
    const attributes = ['variant', 'theme', 'headline', 'button-text', 'heading-level', 'phone', 'clinic-name', 'website', 'booking-url', 'hours', 'timezone'];
    const el = await fixture<VeinCta>(html`<vein-cta></vein-cta>`);
    const warnings = await captureWarnings(async () => {
      for (const attribute of attributes) {
        for (const value of hostile) {
          el.setAttribute(attribute, value);
          await elementUpdated(el);
          expect(bookLink(el), `${attribute}=${value.slice(0, 20)}`).to.not.equal(null);
          expect(callLink(el), `${attribute}=${value.slice(0, 20)}`).to.not.equal(null);
          const hrefs = shadowHrefs(el);
          expect(hrefs.length).to.be.at.least(2);
          expect(hrefs.filter((href) => !isSafeHref(href))).to.deep.equal([]);
        }
        el.removeAttribute(attribute);
      }
    });
    for (const attribute of ['variant', 'theme', 'heading-level', 'phone', 'clinic-name', 'website', 'booking-url', 'hours', 'timezone']) {
      expect(warnings.some((w) => w.includes(`<vein-cta> ${attribute}`)), attribute).to.equal(true);
    }
    expect(warnings.some((w) => w.includes('<call-clinic>')), 'reported under the tag the author wrote').to.equal(false);
  });
});

const spec = {
  tag: 'vein-cta',
  panel: 'card',
  calls: async (el) => telHrefs(el),
  heading: {
    part: 'headline',
    below: (el) => {
      expect(el.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6'), 'one heading').to.have.length(1);
    },
  },
} satisfies ElementSpec;
themeSuite(spec);
headingLevelSuite(spec);
clinicSuite(spec);
