import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/call-clinic/call-clinic.js';
import type { CallClinic } from '../src/components/call-clinic/call-clinic.component.js';
import type { CrampActionDetail } from '../src/element/events.js';
import { captureWarnings, clickWithoutNavigating, fixtureWithWarnings, isSafeHref, shadowHrefs, withPageSettings } from './helpers.js';
import { clinicSuite } from './shared/clinic.suite.js';
import type { ElementSpec } from './shared/element-spec.js';
import { themeSuite } from './shared/theme.suite.js';

const MONDAY_10AM_CHICAGO = '2026-11-30T16:00:00Z';
const SATURDAY_NOON_CHICAGO = '2026-12-05T18:00:00Z';

function callLink(el: CallClinic): HTMLAnchorElement {
  return el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="call"]')!;
}

/** The text a screen reader announces for a link made of visible and visually hidden spans. */
function accessibleText(link: HTMLElement): string {
  return (link.textContent ?? '').replace(/\s+/g, ' ').trim();
}


describe('<call-clinic>', () => {
  it('renders a tel: link to the article number with the clinic in its accessible name', async () => {
    const el = await fixture<CallClinic>(html`<call-clinic></call-clinic>`);
    const link = callLink(el);
    expect(link.getAttribute('href')).to.equal('tel:+13148421441');
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Call 314-842-1441');
    expect(accessibleText(link)).to.equal('Call 314-842-1441, Sheen Vein & Cosmetics');
    expect(getComputedStyle(el).display).to.equal('block');
    await expect(el).to.be.accessible();
  });

  for (const variant of ['button', 'bar', 'floating'] as const) {
    it(`gives the ${variant} variant a target of at least 44x44 px and passes axe`, async () => {
      const el = await fixture<CallClinic>(html`<call-clinic variant=${variant}></call-clinic>`);
      const box = callLink(el).getBoundingClientRect();
      expect(box.width).to.be.at.least(44);
      expect(box.height).to.be.at.least(44);
      await expect(el).to.be.accessible();
    });
  }

  for (const variant of ['button', 'bar', 'floating'] as const) {
    it(`passes axe in the dark scheme as ${variant}, with hours and the website link`, async () => {
      const el = await fixture<CallClinic>(
        html`<call-clinic theme="dark" variant=${variant} show-website hours="Mo-Fr 08:00-17:00" now=${SATURDAY_NOON_CHICAGO}></call-clinic>`,
      );
      expect(getComputedStyle(callLink(el)).backgroundColor).to.equal('rgb(127, 209, 227)');
      await expect(el).to.be.accessible();
    });
  }

  it('shows the link variant inline, for running text', async () => {
    const el = await fixture<CallClinic>(html`<p>Questions? <call-clinic variant="link"></call-clinic> today.</p>`);
    const call = el.querySelector('call-clinic')!;
    await elementUpdated(call);
    expect(getComputedStyle(call).display).to.equal('inline');
    expect(callLink(call).className).to.equal('link');
    await expect(el).to.be.accessible();
  });

  it('stretches the bar variant over the full width', async () => {
    const el = await fixture<CallClinic>(html`<call-clinic variant="bar" style="width: 500px"></call-clinic>`);
    expect(Math.round(callLink(el).getBoundingClientRect().width)).to.equal(500);
    expect(accessibleText(callLink(el))).to.include('to schedule your evaluation');
  });

  it('fixes the floating variant to the bottom of the viewport and lets the visitor dismiss it', async () => {
    const el = await fixture<CallClinic>(html`<call-clinic variant="floating" position="left"></call-clinic>`);
    const base = el.shadowRoot!.querySelector<HTMLElement>('[part="base"]')!;
    expect(getComputedStyle(base).position).to.equal('fixed');
    const box = base.getBoundingClientRect();
    expect(Math.round(window.innerHeight - box.bottom)).to.be.within(8, 40);
    expect(box.left).to.be.lessThan(40);
    const dismiss = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="dismiss"]')!;
    expect(dismiss.getAttribute('aria-label')).to.equal('Hide the call button');
    expect(dismiss.getBoundingClientRect().width).to.be.at.least(44);
    await expect(el).to.be.accessible();
    dismiss.click();
    await elementUpdated(el);
    expect(el.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
  });

  it('uses the phone attribute in E.164 and shows its display form', async () => {
    const el = await fixture<CallClinic>(html`<call-clinic phone="(636) 555 0199" clinic-name="West County Office"></call-clinic>`);
    expect(callLink(el).getAttribute('href')).to.equal('tel:+16365550199');
    expect(accessibleText(callLink(el))).to.equal('Call 636-555-0199, West County Office');
  });

  it('keeps the number in the accessible name when the label is replaced', async () => {
    const el = await fixture<CallClinic>(html`<call-clinic label="Book by phone"></call-clinic>`);
    expect(accessibleText(callLink(el))).to.equal('Book by phone, 314-842-1441, Sheen Vein & Cosmetics');
    await expect(el).to.be.accessible();
  });

  it('warns about an unknown variant and renders the button', async () => {
    const { el, warnings } = await fixtureWithWarnings<CallClinic>(html`<call-clinic variant="sparkly"></call-clinic>`);
    expect(callLink(el).classList.contains('action')).to.equal(true);
    expect(warnings.some((w) => w.includes('sparkly'))).to.equal(true);
  });

  it('shows injected markup as text and never renders an unsafe href', async () => {
    const el = await fixture<CallClinic>(
      html`<call-clinic
        show-website
        label="<img src=x onerror=alert(1)>"
        clinic-name="<script>alert(1)</script>"
        website="javascript:alert(1)"
        hours="Mo-Fr 08:00-17:00"
        now=${SATURDAY_NOON_CHICAGO}
        booking-url=" JaVaScRiPt:alert(1)"
      ></call-clinic>`,
    );
    expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    const hrefs = shadowHrefs(el);
    expect(hrefs.length).to.be.greaterThan(1);
    expect(hrefs.filter((href) => !isSafeHref(href))).to.deep.equal([]);
  });

  describe('fallback content', () => {
    it('uses the number of the author fallback link and hides the fallback once rendered', async () => {
      const el = await fixture<CallClinic>(html`<call-clinic><a href="tel:+16365550100">Call 636-555-0100</a></call-clinic>`);
      expect(callLink(el).getAttribute('href')).to.equal('tel:+16365550100');
      const fallback = el.querySelector('a')!;
      expect(fallback.getClientRects().length, 'fallback is not rendered').to.equal(0);
      expect(el.shadowRoot!.querySelectorAll('[part="call"]')).to.have.length(1);
    });

    it('prefers the phone attribute to the fallback number, and warns that the two differ', async () => {
      const { el, warnings } = await fixtureWithWarnings<CallClinic>(html`<call-clinic phone="314-842-1441"><a href="tel:+16365550100">Call</a></call-clinic>`);
      expect(callLink(el).getAttribute('href')).to.equal('tel:+13148421441');
      expect(warnings).to.deep.equal([
        '[cramp-widgets] <call-clinic> phone is 314-842-1441, but the fallback link inside <call-clinic> calls 636-555-0100, ' +
          'the number visitors see without JavaScript; use the same number in both.',
      ]);
    });

    // Configuration beats content (issue 11): a page-wide number wins over every snippet's fallback link.
    it('prefers the page settings to the fallback number, warning once for many elements', async () => {
      await withPageSettings('{"phone": "636-555-0142"}', async () => {
        let els: CallClinic[] = [];
        const warnings = await captureWarnings(async () => {
          const box = await fixture(html`<div>
            <call-clinic><a href="tel:+13148421441">Call 314-842-1441</a></call-clinic>
            <call-clinic><a href="tel:+13148421441">Call 314-842-1441</a></call-clinic>
            <call-clinic></call-clinic>
            <call-clinic><a href="tel:+16365550142">Call 636-555-0142</a></call-clinic>
          </div>`);
          els = [...box.querySelectorAll<CallClinic>('call-clinic')];
          await Promise.all(els.map((el) => el.updateComplete));
        });
        expect(els.map((el) => callLink(el).getAttribute('href'))).to.deep.equal(Array(4).fill('tel:+16365550142'));
        expect(warnings).to.deep.equal([
          '[cramp-widgets] page settings "phone" is 636-555-0142, but the fallback link inside <call-clinic> calls 314-842-1441, ' +
            'the number visitors see without JavaScript; use the same number in both.',
        ]);
      });
    });

    it('says nothing when the fallback number is the configured one', async () => {
      const warnings = await captureWarnings(async () => {
        const el = await fixture<CallClinic>(html`<call-clinic phone="+1 (636) 555-0100"><a href="tel:+16365550100">Call 636-555-0100</a></call-clinic>`);
        expect(callLink(el).getAttribute('href')).to.equal('tel:+16365550100');
      });
      expect(warnings).to.deep.equal([]);
    });
  });

  describe('events', () => {
    it('fires a bubbling, composed cramp-call with element, variant and number only', async () => {
      const el = await fixture<CallClinic>(html`<call-clinic variant="bar"></call-clinic>`);
      setTimeout(() => clickWithoutNavigating(callLink(el)));
      const event = (await oneEvent(document.body, 'cramp-call')) as CustomEvent<CrampActionDetail>;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ element: 'call-clinic', variant: 'bar', action: 'call', href: 'tel:+13148421441' });
    });

    it('fires cramp-link for the website link', async () => {
      const el = await fixture<CallClinic>(html`<call-clinic show-website></call-clinic>`);
      const website = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="website"]')!;
      expect(website.textContent!.trim()).to.equal('Visit www.sheenveinandcosmetics.com');
      setTimeout(() => clickWithoutNavigating(website));
      const event = (await oneEvent(el, 'cramp-link')) as CustomEvent<CrampActionDetail>;
      expect(event.detail).to.deep.equal({ element: 'call-clinic', variant: 'button', action: 'website', href: 'https://www.sheenveinandcosmetics.com/' });
    });

    it('pushes to window.dataLayer only when the page settings opt in', async () => {
      window.dataLayer = [];
      const el = await fixture<CallClinic>(html`<call-clinic></call-clinic>`);
      clickWithoutNavigating(callLink(el));
      expect(window.dataLayer).to.have.length(0);

      try {
        await withPageSettings('{"dataLayer": true}', async () => {
          await elementUpdated(el);
          clickWithoutNavigating(callLink(el));
          expect(window.dataLayer).to.deep.equal([
            { event: 'cramp-call', element: 'call-clinic', variant: 'button', action: 'call', href: 'tel:+13148421441' },
          ]);
        });
      } finally {
        delete window.dataLayer;
      }
    });
  });

  describe('page-wide settings', () => {
    it('re-renders every element when settings appear after it (settings block below the script tag)', async () => {
      const el = await fixture<CallClinic>(html`<call-clinic></call-clinic>`);
      await withPageSettings('{"phone": "+1 (212) 555-0123", "name": "Midtown Office"}', async () => {
        await elementUpdated(el);
        expect(callLink(el).getAttribute('href')).to.equal('tel:+12125550123');
        expect(accessibleText(callLink(el))).to.equal('Call 212-555-0123, Midtown Office');
      });
      await elementUpdated(el);
      expect(callLink(el).getAttribute('href')).to.equal('tel:+13148421441');
    });
  });

  describe('opening hours', () => {
    it('shows nothing about hours when none are configured (the article gives none)', async () => {
      const el = await fixture<CallClinic>(html`<call-clinic now=${SATURDAY_NOON_CHICAGO}></call-clinic>`);
      expect(el.shadowRoot!.querySelector('[part="hours"]')).to.equal(null);
    });

    it('says it is open and when it closes, in the clinic timezone', async () => {
      const el = await fixture<CallClinic>(html`<call-clinic hours="Mo-Fr 08:00-17:00" now=${MONDAY_10AM_CHICAGO}></call-clinic>`);
      expect(el.shadowRoot!.querySelector('[part="hours"]')!.textContent).to.equal('Open now, closes at 5:00\u00a0PM');
      expect(el.shadowRoot!.querySelector('[part="website"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('says when it opens next and offers the website when closed', async () => {
      const el = await fixture<CallClinic>(html`<call-clinic hours="Mo-Fr 08:00-17:00" now=${SATURDAY_NOON_CHICAGO}></call-clinic>`);
      expect(el.shadowRoot!.querySelector('[part="hours"]')!.textContent).to.equal('Closed now, opens Monday at 8:00\u00a0AM');
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="website"]')!;
      expect(link.getAttribute('href')).to.equal('https://www.sheenveinandcosmetics.com/');
      expect(link.textContent!.trim()).to.equal('Visit our website');
      expect(callLink(el).getAttribute('href'), 'the call stays beside it').to.equal('tel:+13148421441');
      await expect(el).to.be.accessible();
    });

    it('offers the booking page when one is configured', async () => {
      const el = await fixture<CallClinic>(
        html`<call-clinic hours="Mo-Fr 08:00-17:00" timezone="America/Chicago" booking-url="https://example.com/book" now=${SATURDAY_NOON_CHICAGO}></call-clinic>`,
      );
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="website"]')!;
      expect(link.getAttribute('href')).to.equal('https://example.com/book');
      expect(link.textContent!.trim()).to.equal('Request an appointment online');
    });

    it('says "today" and "tomorrow" when that is when it opens', async () => {
      const early = await fixture<CallClinic>(html`<call-clinic hours="Mo-Fr 08:00-17:00" now="2026-11-30T12:00:00Z"></call-clinic>`);
      expect(early.shadowRoot!.querySelector('[part="hours"]')!.textContent).to.equal('Closed now, opens today at 8:00\u00a0AM');
      const late = await fixture<CallClinic>(html`<call-clinic hours="Mo-Fr 08:00-17:00" now="2026-11-30T23:30:00Z"></call-clinic>`);
      expect(late.shadowRoot!.querySelector('[part="hours"]')!.textContent).to.equal('Closed now, opens tomorrow at 8:00\u00a0AM');
    });

    it('warns about unreadable hours and shows none', async () => {
      const { el, warnings } = await fixtureWithWarnings<CallClinic>(html`<call-clinic hours="weekdays 9 to 5"></call-clinic>`);
      expect(el.shadowRoot!.querySelector('[part="hours"]')).to.equal(null);
      expect(warnings).to.have.length(1);
    });
  });

  it('never throws and never renders an unsafe href for hostile attribute values', async () => {
    const hostile = ['', '   ', 'x'.repeat(10_240), '<script>alert(1)</script>', 'javascript:alert(1)', ' data:text/html,x', 'VBSCRIPT:x', '&#106;avascript:alert(1)'];
    const attributes = ['phone', 'clinic-name', 'website', 'booking-url', 'hours', 'timezone', 'variant', 'position', 'label', 'now'];
    const el = await fixture<CallClinic>(html`<call-clinic show-website></call-clinic>`);
    await captureWarnings(async () => {
      for (const attribute of attributes) {
        for (const value of hostile) {
          el.setAttribute(attribute, value);
          await elementUpdated(el);
          expect(callLink(el), `${attribute}=${value.slice(0, 20)}`).to.not.equal(null);
          expect(shadowHrefs(el).filter((href) => !isSafeHref(href))).to.deep.equal([]);
        }
        el.removeAttribute(attribute);
      }
    });
  });
});

const spec = {
  tag: 'call-clinic',
  panel: 'host',
  calls: async (el) => [callLink(el as CallClinic).getAttribute('href')!],
} satisfies ElementSpec;
themeSuite(spec);
clinicSuite(spec);
