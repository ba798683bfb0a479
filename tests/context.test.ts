/**
 * The one channel down the tree (src/element/context.ts): a widget hands {clinic, theme, locale} to
 * the widgets it renders inside itself; a nested widget shows it, draws in the container's colors and
 * paints no panel of its own; the container's updateComplete waits for them at any depth.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { CrampArticle } from '../src/components/cramp-article/cramp-article.component.js';
import type { VeinCta } from '../src/components/vein-cta/vein-cta.component.js';
import { CONTEXT_REQUEST, type CrampContext } from '../src/element/context.js';
import { captureWarnings, telHrefs } from './helpers.js';

const nestedIn = (host: Element, selector: string) => host.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(selector)!;

/** Asks `host` for its context the way a widget does, from a child in its light DOM. */
function requestContext(host: Element): { received: CrampContext[]; child: HTMLElement } {
  const received: CrampContext[] = [];
  const child = document.createElement('span');
  host.append(child);
  child.dispatchEvent(new CustomEvent(CONTEXT_REQUEST, { bubbles: true, composed: true, detail: (context: CrampContext) => received.push(context) }));
  return { received, child };
}

describe('context: one channel down the tree', () => {
  it('hands the clinic the container resolved to every nested widget, at every depth', async () => {
    const el = await fixture<CrampArticle>(html`<cramp-article phone="636-555-0100" theme="dark"></cramp-article>`);
    const links = telHrefs(el);
    expect(links.length).to.be.greaterThan(3);
    expect(new Set(links)).to.deep.equal(new Set(['tel:+16365550100']));
    for (const tag of ['cramp-causes', 'clinic-services', 'vein-cta', 'call-clinic']) {
      expect(nestedIn(el, tag).hasAttribute('nested'), tag).to.equal(true);
      expect(nestedIn(el, tag).hasAttribute('theme'), `${tag} gets no theme attribute`).to.equal(false);
    }
    expect(nestedIn(nestedIn(el, 'vein-cta'), 'call-clinic').hasAttribute('nested')).to.equal(true);
  });

  it('re-sends the context when the container renders again', async () => {
    const el = await fixture<VeinCta>(html`<vein-cta phone="636-555-0100"></vein-cta>`);
    el.phone = '314-555-0199';
    await el.updateComplete;
    expect(telHrefs(el)).to.deep.equal(['tel:+13145550199']);
  });

  it('reports a bad attribute once, under the container, not again in each nested widget', async () => {
    const warnings = await captureWarnings(async () => {
      await fixture(html`<cramp-article phone="12" theme="neon"></cramp-article>`);
    });
    expect(warnings.filter((line) => line.includes('phone'))).to.have.length(1);
    expect(warnings.filter((line) => line.includes('theme'))).to.have.length(1);
    expect(warnings.every((line) => line.includes('<cramp-article>'))).to.equal(true);
  });

  it('nested widgets take the container’s dark colors and paint no panel of their own', async () => {
    const el = await fixture<CrampArticle>(html`<cramp-article theme="dark"></cramp-article>`);
    const causes = nestedIn(el, 'cramp-causes');
    const bar = nestedIn(el, 'call-clinic');
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(15, 32, 39)');
    for (const nested of [causes, bar]) {
      expect(getComputedStyle(nested).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(getComputedStyle(nested).paddingTop).to.equal('0px');
      expect(getComputedStyle(nested).getPropertyValue('--_accent').trim()).to.equal(getComputedStyle(el).getPropertyValue('--_accent').trim());
    }
    const call = bar.shadowRoot!.querySelector('[part="call"]')!;
    expect(getComputedStyle(call).backgroundColor, 'the bar in the dark accent').to.equal('rgb(127, 209, 227)');
  });

  it('a page color set on the container reaches nested widgets', async () => {
    const el = await fixture<CrampArticle>(html`<cramp-article style="--cramp-accent: rgb(120, 20, 60)"></cramp-article>`);
    const call = nestedIn(nestedIn(el, 'vein-cta'), 'call-clinic').shadowRoot!.querySelector('[part="call"]')!;
    expect(getComputedStyle(call).borderTopColor).to.equal('rgb(120, 20, 60)');
  });

  it('updateComplete of a container waits for the widgets nested in it, at every depth', async () => {
    const el = document.createElement('cramp-article') as CrampArticle;
    document.body.append(el);
    try {
      await el.updateComplete;
      const deepest = nestedIn(nestedIn(el, 'vein-cta'), 'call-clinic');
      expect(deepest.shadowRoot!.querySelector('[part="call"]')).to.not.equal(null);
    } finally {
      el.remove();
    }
  });

  it('a widget moved out of its container is on its own again', async () => {
    const el = await fixture<VeinCta>(html`<vein-cta phone="636-555-0100"></vein-cta>`);
    const call = nestedIn(el, 'call-clinic');
    document.body.append(call);
    try {
      await call.updateComplete;
      expect(call.hasAttribute('nested')).to.equal(false);
      expect(telHrefs(call)).to.deep.equal(['tel:+13148421441']);
    } finally {
      call.remove();
    }
  });

  it('answers any requester with a receiver, not only its own class (two copies of the library on one page)', async () => {
    const el = await fixture<VeinCta>(html`<vein-cta phone="636-555-0100" theme="dark"></vein-cta>`);
    const { received, child } = requestContext(el);
    expect(received).to.have.length(1);
    expect(received[0]!.clinic.phone.e164).to.equal('+16365550100');
    expect(received[0]!.theme).to.equal('dark');
    expect(received[0]!.locale).to.equal('en');
    el.phone = '314-555-0199';
    await el.updateComplete;
    expect(received.at(-1)!.clinic.phone.e164).to.equal('+13145550199');
    // Removed from the page: forgotten at the next render.
    child.remove();
    const count = received.length;
    el.phone = '314-555-0100';
    await el.updateComplete;
    expect(received).to.have.length(count);
  });

  it('a request nobody answers leaves the widget on its own', async () => {
    const el = await fixture<VeinCta>(html`<vein-cta></vein-cta>`);
    expect(el.hasAttribute('nested')).to.equal(false);
  });
});
