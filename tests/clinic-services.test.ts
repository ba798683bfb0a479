import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../src/components/clinic-services/clinic-services.js';
import type { ClinicServices } from '../src/components/clinic-services/clinic-services.component.js';
import { causes, services, servicesHeading, servicesLead } from '../src/content/article.js';
import { captureWarnings, fixtureWithWarnings } from './helpers.js';
import { clinicSuite } from './shared/clinic.suite.js';
import type { ElementSpec } from './shared/element-spec.js';
import { headingLevelSuite } from './shared/heading-level.suite.js';
import { themeSuite } from './shared/theme.suite.js';

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

  describe('causes', () => {
    it('shows the services of the chosen causes, in the chosen order', async () => {
      const el = await fixture<ClinicServices>(html`<clinic-services causes="nerves veins nerves"></clinic-services>`);
      expect(groupIds(el)).to.deep.equal(['nerves', 'veins']);
      expect(visibleText(el)).not.to.include('Mineral and nutritional');
    });

    it('ignores unknown ids with one warning, and shows all when none is known', async () => {
      const some = await fixtureWithWarnings<ClinicServices>(html`<clinic-services causes="veins, teeth"></clinic-services>`);
      expect(groupIds(some.el)).to.deep.equal(['veins']);
      expect(some.warnings).to.have.length(1);
      const { el, warnings: fallback } = await fixtureWithWarnings<ClinicServices>(html`<clinic-services causes="teeth"></clinic-services>`);
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

const spec = {
  tag: 'clinic-services',
  panel: 'host',
  heading: {
    part: 'heading',
    below: (el, level) => {
      const sub = `h${Math.min(level + 1, 6)}`;
      expect([...el.shadowRoot!.querySelectorAll('[part="group-heading"]')].map((h) => h.localName)).to.deep.equal([sub, sub, sub]);
    },
  },
} satisfies ElementSpec;
themeSuite(spec);
headingLevelSuite(spec);
clinicSuite(spec);
