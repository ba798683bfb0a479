import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/components/clinic-services/clinic-services.js';
import type { ClinicServices } from '../src/components/clinic-services/clinic-services.component.js';
import { causes, services, servicesHeading, servicesLead } from '../src/content/article.js';
import { captureWarnings, engine } from './helpers.js';

const shadow = (el: ClinicServices) => el.shadowRoot!;
const groupIds = (el: ClinicServices) => [...shadow(el).querySelectorAll<HTMLElement>('[data-cause]')].map((group) => group.dataset.cause);
const visibleText = (el: ClinicServices) => shadow(el).querySelector<HTMLElement>('[part="base"]')!.innerText.replace(/\s+/g, ' ');
const isShown = (element: Element) => element.getClientRects().length > 0;

describe('<clinic-services>', () => {
  it('shows the heading, the lead and every service once, grouped under its cause', async () => {
    const el = await fixture<ClinicServices>(html`<clinic-services></clinic-services>`);
    expect(shadow(el).querySelector('[part="heading"]')!.textContent!.trim()).to.equal(servicesHeading());
    expect(shadow(el).querySelector('[part="lead"]')!.textContent!.trim()).to.equal(servicesLead());
    expect(groupIds(el)).to.deep.equal(['electrolytes', 'veins', 'nerves']);
    for (const cause of causes()) {
      const group = shadow(el).querySelector(`[data-cause="${cause.id}"]`)!;
      expect(group.querySelector('[part="group-heading"]')!.textContent!.trim()).to.equal(cause.title);
      const expected = services().filter((service) => service.cause === cause.id).map((service) => service.name);
      expect([...group.querySelectorAll('[part="service"]')].map((item) => item.textContent!.trim())).to.deep.equal(expected);
    }
    expect(shadow(el).querySelectorAll('[part="service"]')).to.have.length(services().length);
    expect(getComputedStyle(el).display).to.equal('block');
    await expect(el).to.be.accessible();
  });

  it('names every service of the article, once', async () => {
    const el = await fixture<ClinicServices>(html`<clinic-services></clinic-services>`);
    const text = visibleText(el);
    for (const fact of [
      'Vascular ultrasound', 'Minimally invasive vein treatments',
      'Posture, gait, and functional movement assessment', 'Referral to physical therapy or chiropractic care',
      'Pulsed electromagnetic field (PEMF) therapy', 'Red light therapy',
    ]) {
      expect(text.split(fact).length - 1, fact).to.equal(1);
    }
  });

  // Issue 15: the article names no mineral or nutritional service; its own words stand for that side.
  it('invents no service for electrolytes: it says what the article says instead', async () => {
    const el = await fixture<ClinicServices>(html`<clinic-services></clinic-services>`);
    const text = visibleText(el);
    expect(text).not.to.match(/functional medicine\) evaluation|mineral and nutritional/i);
    const group = shadow(el).querySelector('[part~="group-electrolytes"]')!;
    expect(group.querySelectorAll('[part="service"]')).to.have.length(0);
    expect(group.querySelector('[part="group-note"]')!.textContent!.trim()).to.equal(
      'Whether the cause is circulatory, neurological, or nutritional, we can help uncover the reason.',
    );
    await expect(el).to.be.accessible();
  });

  describe('heading-level', () => {
    for (const [level, sub] of [[2, 3], [3, 4], [4, 5], [5, 6], [6, 6]] as const) {
      it(`makes the heading an h${level} and the cause headings h${sub}`, async () => {
        const el = await fixture<ClinicServices>(html`<clinic-services heading-level=${level}></clinic-services>`);
        expect(shadow(el).querySelector('[part="heading"]')!.localName).to.equal(`h${level}`);
        expect([...shadow(el).querySelectorAll('[part="group-heading"]')].map((h) => h.localName)).to.deep.equal([`h${sub}`, `h${sub}`, `h${sub}`]);
      });
    }

    it('warns about an invalid level and uses h2', async () => {
      let el!: ClinicServices;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ClinicServices>(html`<clinic-services heading-level="9"></clinic-services>`);
      });
      expect(shadow(el).querySelector('[part="heading"]')!.localName).to.equal('h2');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<clinic-services> heading-level');
    });
  });

  describe('causes', () => {
    it('shows the services of the chosen causes, in the chosen order', async () => {
      const el = await fixture<ClinicServices>(html`<clinic-services causes="nerves veins nerves"></clinic-services>`);
      expect(groupIds(el)).to.deep.equal(['nerves', 'veins']);
      expect(visibleText(el)).not.to.include('Mineral and nutritional');
    });

    it('ignores unknown ids with one warning, and shows all when none is known', async () => {
      let el!: ClinicServices;
      const warnings = await captureWarnings(async () => {
        el = await fixture<ClinicServices>(html`<clinic-services causes="veins, teeth"></clinic-services>`);
      });
      expect(groupIds(el)).to.deep.equal(['veins']);
      expect(warnings).to.have.length(1);
      const fallback = await captureWarnings(async () => {
        el = await fixture<ClinicServices>(html`<clinic-services causes="teeth"></clinic-services>`);
      });
      expect(groupIds(el)).to.deep.equal(['electrolytes', 'veins', 'nerves']);
      expect(fallback).to.have.length(1);
      expect(fallback[0]).to.include('teeth').and.include('showing all');
    });
  });

  it('lays groups side by side in a wide column and stacks them in a narrow one', async () => {
    const wide = await fixture<ClinicServices>(html`<clinic-services style="width: 1100px"></clinic-services>`);
    const tops = [...shadow(wide).querySelectorAll('[part~="group"]')].map((group) => Math.round(group.getBoundingClientRect().top));
    expect(new Set(tops).size).to.equal(1);
    const narrow = await fixture<ClinicServices>(html`<clinic-services style="width: 280px"></clinic-services>`);
    const lefts = [...shadow(narrow).querySelectorAll('[part~="group"]')].map((group) => Math.round(group.getBoundingClientRect().left));
    expect(new Set(lefts).size).to.equal(1);
    expect(shadow(narrow).querySelector('[part="base"]')!.scrollWidth).to.be.at.most(280);
  });

  describe('theme', () => {
    for (const theme of ['light', 'dark']) {
      it(`is accessible with theme=${theme}`, async () => {
        const el = await fixture<ClinicServices>(html`<clinic-services theme=${theme} heading-level="3"></clinic-services>`);
        await expect(el).to.be.accessible();
      });
    }

    it('paints a dark panel for theme="dark" and warns about an unknown theme', async () => {
      const el = await fixture<ClinicServices>(html`<clinic-services theme="DARK"></clinic-services>`);
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(15, 32, 39)');
      const warnings = await captureWarnings(async () => {
        el.setAttribute('theme', 'neon');
        await elementUpdated(el);
      });
      expect(warnings).to.have.length(1);
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    });

    it('follows prefers-color-scheme with theme="auto"', async () => {
      const el = await fixture<ClinicServices>(html`<clinic-services theme="auto"></clinic-services>`);
      const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
      expect(getComputedStyle(el).backgroundColor).to.equal(dark ? 'rgb(15, 32, 39)' : 'rgba(0, 0, 0, 0)');
      if (engine !== 'chromium') return; // emulateMedia needs the DevTools protocol: Chromium only.
      await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      try {
        expect(getComputedStyle(el).backgroundColor).to.equal('rgb(15, 32, 39)');
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
      }
    });
  });

  it('hides the author fallback once rendered and shows each service once', async () => {
    const el = await fixture<ClinicServices>(html`<clinic-services><h2>How we help</h2><ul><li>Vascular ultrasound</li></ul></clinic-services>`);
    for (const child of el.children) expect(isShown(child), child.outerHTML).to.equal(false);
    expect(shadow(el).querySelector('slot')).to.equal(null);
    expect(visibleText(el).split('Vascular ultrasound').length - 1).to.equal(1);
  });

  it('never throws for hostile attribute values', async () => {
    const hostile = ['', '   ', 'x'.repeat(10_240), 'a,'.repeat(2_000), '<script>alert(1)</script>', 'h1', '-1', 'NaN'];
    const el = await fixture<ClinicServices>(html`<clinic-services></clinic-services>`);
    await captureWarnings(async () => {
      for (const attribute of ['heading-level', 'causes', 'theme']) {
        for (const value of hostile) {
          el.setAttribute(attribute, value);
          await elementUpdated(el);
          expect(shadow(el).querySelectorAll('[part="service"]').length, `${attribute}=${value.slice(0, 20)}`).to.be.at.least(1);
          expect(shadow(el).querySelector('script')).to.equal(null);
        }
        el.removeAttribute(attribute);
      }
    });
  });
});
