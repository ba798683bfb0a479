import { elementUpdated, expect, fixture, html } from '@open-wc/testing';
import '../src/components/cramp-article/cramp-article.js';
import type { CrampArticle } from '../src/components/cramp-article/cramp-article.component.js';
import { causes, closing, evaluationCriteria, intro, services } from '../src/content/article.js';
import { captureWarnings, isSafeHref, shadowHrefs, telHrefs, withPageSettings } from './helpers.js';
import { clinicSuite } from './shared/clinic.suite.js';
import type { ElementSpec } from './shared/element-spec.js';
import { headingLevelSuite } from './shared/heading-level.suite.js';
import { themeSuite } from './shared/theme.suite.js';

/** All text of an element, through nested shadow roots. */
function deepText(node: Node): string {
  let text = '';
  const walk = (n: Node) => {
    if (n.nodeType === Node.TEXT_NODE) text += n.textContent;
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(node instanceof Element && node.shadowRoot ? node.shadowRoot : node);
  return text.replace(/\s+/g, ' ');
}

async function settle(el: CrampArticle): Promise<void> {
  await elementUpdated(el);
  for (const nested of el.shadowRoot!.querySelectorAll('cramp-causes, clinic-services, vein-cta, call-clinic')) {
    await (nested as CrampArticle).updateComplete;
  }
}

describe('<cramp-article>', () => {
  it('shows the whole article: intro, the three causes, evaluation, services, closing and calls to action', async () => {
    const el = await fixture<CrampArticle>(html`<cramp-article></cramp-article>`);
    await settle(el);
    const text = deepText(el);
    for (const sentence of [...intro('Sheen Vein & Cosmetics', 'St. Louis'), ...closing(), ...evaluationCriteria()]) expect(text).to.include(sentence);
    for (const cause of causes()) expect(text).to.include(cause.title);
    for (const service of services()) expect(text).to.include(service.name);
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('cramp-causes')).to.have.length(1);
    expect(root.querySelectorAll('clinic-services')).to.have.length(1);
    expect(root.querySelectorAll('vein-cta')).to.have.length(1);
    expect(root.querySelector('call-clinic')!.shadowRoot!.querySelector('[part="call"]')!.getAttribute('href')).to.equal('tel:+13148421441');
    expect(root.querySelector<HTMLAnchorElement>('[part="website"]')!.getAttribute('href')).to.equal('https://www.sheenveinandcosmetics.com/');
    await expect(el).to.be.accessible();
  });

  it('shows one educational note, not one per nested element', async () => {
    const el = await fixture<CrampArticle>(html`<cramp-article></cramp-article>`);
    await settle(el);
    const visibleNotes = [el.shadowRoot!, ...[...el.shadowRoot!.querySelectorAll('*')].flatMap((n) => (n.shadowRoot ? [n.shadowRoot] : []))]
      .flatMap((root) => [...root.querySelectorAll('[part="note"]')])
      .filter((note) => note.getClientRects().length > 0);
    expect(visibleNotes).to.have.length(1);
  });

  // Issue 15: the city and the patients' question were missing; the criteria lacked the emergency line.
  it('opens with the clinic in St. Louis and its patients\' question, and puts the emergency line under the criteria', async () => {
    const el = await fixture<CrampArticle>(html`<cramp-article></cramp-article>`);
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('.intro')!.textContent!.replace(/\s+/g, ' ')).to.include(
      'At Sheen Vein & Cosmetics in St. Louis, we frequently see patients who ask, “Why do I keep getting leg cramps at night, and what can I do about it?”',
    );
    const evaluation = root.querySelector('.evaluation')!;
    expect(evaluation.querySelector('[part="emergency"]')!.textContent).to.include('call 911');
    // The vein card further down does not repeat it.
    const card = root.querySelector('vein-cta')!;
    expect(card.shadowRoot!.querySelector('[part="emergency"]')!.getClientRects().length).to.equal(0);
  });

  it('follows the page settings for the clinic\'s city, and the name attribute', async () => {
    await withPageSettings('{"city": "Springfield"}', async () => {
      const el = await fixture<CrampArticle>(html`<cramp-article clinic-name="Example Clinic"></cramp-article>`);
      await settle(el);
      expect(el.shadowRoot!.querySelector('.intro')!.textContent).to.include('At Example Clinic in Springfield, we frequently see patients');
    });
  });

  it('keeps the related reads\' titles in English, the language of their pages, marked as such', async () => {
    const el = await fixture<CrampArticle>(html`<cramp-article related-stress-url="https://example.com/stress"></cramp-article>`);
    await settle(el);
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('.related a')!;
    expect(link.textContent!.trim()).to.equal('How to Handle Stress Naturally');
    expect(link.lang).to.equal('en');
    expect(link.hreflang).to.equal('en');
    expect(link.getAttribute('translate')).to.equal('no');
  });

  it('hides the sections named in hide, and warns about unknown ones', async () => {
    let el!: CrampArticle;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CrampArticle>(html`<cramp-article hide="intro, services, closing, nonsense"></cramp-article>`);
      await settle(el);
    });
    const text = deepText(el);
    expect(text).not.to.include(intro('', '')[2]!);
    expect(text).not.to.include(closing()[0]!);
    expect(el.shadowRoot!.querySelector('clinic-services')).to.equal(null);
    expect(el.shadowRoot!.querySelector('cramp-causes')).to.not.equal(null);
    expect(warnings.some((w) => w.includes('nonsense'))).to.equal(true);
  });

  it('shows the related reads only for the URLs that are configured, and drops unsafe ones', async () => {
    const none = await fixture<CrampArticle>(html`<cramp-article></cramp-article>`);
    expect(none.shadowRoot!.querySelector('.related')).to.equal(null);
    let el!: CrampArticle;
    const warnings = await captureWarnings(async () => {
      el = await fixture<CrampArticle>(
        html`<cramp-article related-vein-disease-url="/blog/treating-vein-disease/" related-stress-url="javascript:alert(1)"></cramp-article>`,
      );
    });
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.related a')];
    expect(links.map((a) => [a.textContent!.trim(), a.getAttribute('href')])).to.deep.equal([['Treating Vein Disease the Right Way', '/blog/treating-vein-disease/']]);
    expect(warnings).to.have.length(1);
  });

  it('hands its clinic details to every nested element', async () => {
    const el = await fixture<CrampArticle>(html`<cramp-article phone="636-555-0199" clinic-name="West County Office"></cramp-article>`);
    await settle(el);
    const calls = telHrefs(el);
    expect(calls.length).to.be.greaterThan(2);
    expect(new Set(calls)).to.deep.equal(new Set(['tel:+16365550199']));
    expect(shadowHrefs(el).every(isSafeHref)).to.equal(true);
  });

  it('is axe clean in the dark scheme with every cause open', async () => {
    const el = await fixture<CrampArticle>(html`<cramp-article theme="dark" related-stress-url="/stress/"></cramp-article>`);
    await settle(el);
    el.shadowRoot!.querySelector('cramp-causes')!.setAttribute('open', 'all');
    await settle(el);
    await expect(el).to.be.accessible();
  });
});

const spec = {
  tag: 'cramp-article',
  panel: 'host',
  calls: async (el) => telHrefs(el),
  heading: {
    part: 'title',
    below: (el, level) => {
      const sub = Math.min(level + 1, 6);
      expect(el.shadowRoot!.querySelector('[part="section-heading"]')!.localName, 'sections one level below').to.equal(`h${sub}`);
      expect(el.shadowRoot!.querySelector('cramp-causes')!.getAttribute('heading-level')).to.equal(String(sub));
    },
  },
} satisfies ElementSpec;
themeSuite(spec);
headingLevelSuite(spec);
clinicSuite(spec);
