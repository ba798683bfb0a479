/**
 * Case 3, lifecycle (tests/fixtures/hostile/lifecycle.html, classic bundle at the end of the body):
 * elements in the page before the script, added after it, moved, removed and re-added, created with
 * document.createElement and configured by properties, inside another component's shadow root,
 * inside a <p>; and no listener, interval or duplicate handler left behind by 1000
 * connect/disconnect cycles (lifecycle-spy.js counts live listeners and intervals).
 */
import { expect } from '@open-wc/testing';
import { closeHostPages, hasRendered, libraryTags, libraryWarnings, openHostPage, settle, shadowText, type HostPage, type HostWindow } from './hostile-page.js';

interface SpyWindow extends HostWindow {
  __liveListeners(target?: EventTarget): number;
  __liveIntervals(): number;
}

type Widget = HTMLElement & { updateComplete: Promise<unknown> } & Record<string, unknown>;

function byId(page: HostPage, id: string): Widget {
  return page.doc.getElementById(id) as Widget;
}

function callHref(widget: Element): string | null | undefined {
  return widget.shadowRoot?.querySelector('[part~="call"]')?.getAttribute('href');
}

/** Counts the cramp-toggle events one click on the first accordion button of `causes` produces. */
async function togglesPerClick(page: HostPage, causes: Widget): Promise<number> {
  let events = 0;
  const count = () => events++;
  page.doc.addEventListener('cramp-toggle', count);
  (causes.shadowRoot!.querySelector('[part~="toggle"]') as HTMLElement).click();
  await causes.updateComplete;
  page.doc.removeEventListener('cramp-toggle', count);
  return events;
}

describe('lifecycle', () => {
  let page: HostPage;
  let tags: string[];

  beforeEach(async () => {
    tags = await libraryTags();
    page = await openHostPage('lifecycle.html');
  });
  afterEach(closeHostPages);

  it('elements in the page before the script render, each once', () => {
    for (const tag of tags) {
      const widget = byId(page, `before-${tag}`);
      expect(hasRendered(widget), tag).to.equal(true);
      expect(widget.shadowRoot!.querySelectorAll('[part~="base"]'), tag).to.have.length(1);
    }
    expect(callHref(byId(page, 'before-call-clinic'))).to.equal('tel:+13148421441');
    expect(page.win.__errors).to.deep.equal([]);
    expect(libraryWarnings(page.win)).to.deep.equal([]);
  });

  it('elements added after the script render', async function () {

    this.timeout(30000);
    const added = page.doc.getElementById('added')!;
    added.innerHTML = tags.map((tag) => `<${tag} id="late-${tag}"></${tag}>`).join('');
    await settle(page.doc);
    expect(tags.filter((tag) => !hasRendered(byId(page, `late-${tag}`)))).to.deep.equal([]);
  });

  it('document.createElement and properties configure each element, before and after connecting', async function () {

    this.timeout(30000);
    const create = (tag: string, properties: Record<string, unknown>) => {
      const widget = page.doc.createElement(tag) as Widget;
      Object.assign(widget, properties);
      page.doc.getElementById('added')!.append(widget);
      return widget;
    };
    const call = create('call-clinic', { variant: 'bar', phone: '636-555-0100', label: 'Ring us' });
    const causes = create('cramp-causes', { layout: 'cards', causes: 'veins', headingLevel: 4 });
    const cta = create('vein-cta', { variant: 'compact', headline: 'Heavy legs at night?' });
    const services = create('clinic-services', { headingLevel: 3, causes: 'nerves' });
    const article = create('cramp-article', { hide: 'intro, services, causes, evaluation, closing, related' });
    const check = create('cramp-check', { mode: 'form' });
    await settle(page.doc);

    expect(callHref(call)).to.equal('tel:+16365550100');
    expect(call.shadowRoot!.querySelector('[part~="base"]')!.classList.contains('call--bar')).to.equal(true);
    expect(call.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.match(/^Ring us/);
    expect(causes.shadowRoot!.querySelectorAll('[part~="cause"]')).to.have.length(1);
    expect(causes.shadowRoot!.querySelector('h4[part~="heading"]')).to.not.equal(null);
    expect(causes.shadowRoot!.querySelector('.causes--cards')).to.not.equal(null);
    expect(cta.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal('Heavy legs at night?');
    expect(cta.getAttribute('variant')).to.equal('compact');
    expect(services.shadowRoot!.querySelector('h3[part~="heading"]')).to.not.equal(null);
    expect(services.shadowRoot!.querySelectorAll('[part~="group"]')).to.have.length(1);
    expect(article.shadowRoot!.querySelectorAll('cramp-causes, clinic-services')).to.have.length(0);
    expect(article.shadowRoot!.querySelector('vein-cta')).to.not.equal(null);
    expect(check.shadowRoot!.querySelectorAll('[part~="question"]').length).to.be.greaterThan(1);

    // Properties changed while connected.
    call.phone = '(314) 555-0199';
    causes.causes = 'electrolytes, nerves';
    cta.headline = '';
    await settle(page.doc);
    expect(callHref(call)).to.equal('tel:+13145550199');
    expect(causes.shadowRoot!.querySelectorAll('[part~="cause"]')).to.have.length(2);
    expect(cta.shadowRoot!.querySelector('[part~="headline"]')!.textContent!.trim().length).to.be.greaterThan(10);
    expect(page.win.__errors).to.deep.equal([]);
    expect(libraryWarnings(page.win)).to.deep.equal([]);
  });

  it('moved, and removed and re-added: still rendered once, state kept, one event per click', async function () {

    this.timeout(30000);
    const causes = byId(page, 'before-cramp-causes');
    expect(await togglesPerClick(page, causes)).to.equal(1); // opens the first cause
    page.doc.getElementById('elsewhere')!.append(causes); // moved
    await settle(page.doc);
    expect(causes.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(causes.shadowRoot!.querySelector('[part~="toggle"]')!.getAttribute('aria-expanded'), 'state kept').to.equal('true');
    causes.remove();
    await settle(page.doc);
    page.doc.getElementById('added')!.append(causes); // re-added
    await settle(page.doc);
    expect(causes.shadowRoot!.querySelectorAll('[part~="base"]')).to.have.length(1);
    expect(await togglesPerClick(page, causes)).to.equal(1); // closes it
    expect(causes.shadowRoot!.querySelector('[part~="toggle"]')!.getAttribute('aria-expanded')).to.equal('false');

    for (const tag of tags) {
      const widget = byId(page, `before-${tag}`);
      const text = shadowText(widget);
      page.doc.getElementById('elsewhere')!.append(widget);
      await settle(page.doc);
      expect(shadowText(widget), `${tag} moved`).to.equal(text);
    }
    expect(callHref(byId(page, 'before-call-clinic')), 'the fallback number still counts').to.equal('tel:+13148421441');
  });

  it('a moved <call-clinic hours> keeps its one-minute clock for the open/closed message', async function () {

    this.timeout(30000);
    const win = page.win as SpyWindow;
    expect(win.__liveIntervals()).to.equal(1);
    page.doc.getElementById('elsewhere')!.append(byId(page, 'before-hours'));
    await settle(page.doc);
    // Disconnecting stops the clock; reconnecting must start it again, or "Open now" goes stale.
    expect(win.__liveIntervals(), 'live intervals after the move').to.equal(1);
  });

  it('inside another component\'s shadow root, and inside a <p>', () => {
    const shell = page.doc.getElementById('shell')!;
    const inShadow = shell.shadowRoot!.getElementById('in-shadow')!;
    expect(hasRendered(inShadow)).to.equal(true);
    expect(callHref(inShadow)).to.equal('tel:+16365550100');
    const causesInShadow = shell.shadowRoot!.getElementById('causes-in-shadow')!;
    expect(causesInShadow.shadowRoot!.querySelectorAll('[part~="cause"]')).to.have.length(1);

    const inP = byId(page, 'in-p');
    expect(inP.parentElement!.localName).to.equal('p');
    expect(page.win.getComputedStyle(inP).display).to.equal('inline');
    expect(callHref(inP)).to.equal('tel:+13148421441');
    const causesInP = byId(page, 'causes-in-p');
    expect(causesInP.parentElement!.localName).to.equal('p');
    expect(page.win.getComputedStyle(causesInP).display).to.equal('block');
    expect(causesInP.shadowRoot!.querySelectorAll('[part~="cause"]')).to.have.length(1);
  });

  it('1000 connect/disconnect cycles of every element leave no listener, interval or duplicate handler behind', async function () {

    this.timeout(30000);
    const win = page.win as SpyWindow;
    const widgets = tags.map((tag) => byId(page, `before-${tag}`)).concat(byId(page, 'before-hours'));
    const before = {
      all: win.__liveListeners(),
      window: win.__liveListeners(win),
      document: win.__liveListeners(page.doc),
      intervals: win.__liveIntervals(),
    };
    expect(before.intervals, 'the clock of <call-clinic hours>').to.equal(1);
    const parent = page.doc.getElementById('before')!;
    for (let cycle = 0; cycle < 1000; cycle++) {
      for (const widget of widgets) widget.remove();
      for (const widget of widgets) parent.append(widget);
      // Let Lit's microtask updates run, as they would between real page changes.
      if (cycle % 100 === 99) await settle(page.doc);
    }
    await settle(page.doc);
    const after = {
      all: win.__liveListeners(),
      window: win.__liveListeners(win),
      document: win.__liveListeners(page.doc),
      intervals: win.__liveIntervals(),
    };
    console.log(`live listeners before/after 1000 cycles of ${widgets.length} elements: ${JSON.stringify(before)} / ${JSON.stringify(after)}`);
    expect({ ...after, intervals: 0 }).to.deep.equal({ ...before, intervals: 0 });
    expect(after.intervals, 'no interval leaked').to.be.at.most(before.intervals);
    expect(await togglesPerClick(page, byId(page, 'before-cramp-causes'))).to.equal(1);
    expect(tags.filter((tag) => !hasRendered(byId(page, `before-${tag}`)))).to.deep.equal([]);
    expect(page.win.__errors).to.deep.equal([]);
  });
});
