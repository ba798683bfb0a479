/**
 * Trust on other people's pages (issue 14), with the built bundles in all three engines: Trusted Types
 * beside the site's own Lit, Subresource Integrity for every file, a polluted Object.prototype, DOM
 * clobbering of the globals Lit reads, and the self-check's health data kept out of `dataLayer` unless
 * the site owner opts in by name. Pages: tests/fixtures/hostile/trust/ (their CSP headers come from
 * web-test-runner.config.mjs).
 */
import { expect } from '@open-wc/testing';
import { answerSelfCheck, closeHostPages, hasRendered, libraryWarnings, openHostPage, settle, sleep, until, type HostWindow } from './hostile-page.js';

const WIDGET_IDS = ['call', 'causes', 'check'];

const rendered = (doc: Document, ids = WIDGET_IDS) => ids.filter((id) => hasRendered(doc.getElementById(id)!));
const shownFallback = (doc: Document) => (doc.getElementById('fallback') as HTMLElement).getClientRects().length > 0;

/** True when this engine enforces Trusted Types (the pages' directives are ignored elsewhere). */
const trustedTypesEnforced = 'trustedTypes' in window;

describe('Trusted Types', () => {
  afterEach(closeHostPages);

  for (const page of ['tt-allowed--site-first', 'tt-allowed--cramp-first', 'tt-allowed--both-bundles']) {
    it(`${page}: the widgets and the site's own Lit component both render, nothing throws`, async function () {
      this.timeout(20000);
      const { win, doc } = await openHostPage(`trust/${page}.html`, { waitFor: ['call-clinic', 'cramp-causes', 'cramp-check', 'site-greeting'] });
      expect(rendered(doc)).to.deep.equal(WIDGET_IDS);
      expect(doc.getElementById('site')!.shadowRoot?.textContent).to.include('Site component rendered');
      expect(shownFallback(doc), 'fallback hidden').to.equal(false);
      expect(win.__errors).to.deep.equal([]);
      expect(libraryWarnings(win)).to.deep.equal([]);
    });
  }

  it("tt-site-only: the site allows only its own lit-html policy: its component renders; the widgets keep their fallback and warn once", async function () {
    this.timeout(20000);
    const { win, doc } = await openHostPage('trust/tt-site-only--site-first.html', { waitFor: ['site-greeting'] });
    await sleep(300);
    expect(doc.getElementById('site')!.shadowRoot?.textContent).to.include('Site component rendered');
    expect(win.__errors).to.deep.equal([]);
    if (trustedTypesEnforced) {
      expect(win.customElements.get('call-clinic'), 'not defined').to.equal(undefined);
      expect(shownFallback(doc), 'the fallback link stays usable').to.equal(true);
      const warnings = libraryWarnings(win);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('trusted-types cramp-widgets');
    } else {
      // This engine ignores Trusted Types: the directive changes nothing.
      await win.customElements.whenDefined('call-clinic');
      await settle(doc);
      expect(rendered(doc)).to.deep.equal(WIDGET_IDS);
    }
  });

  it("tt-none: a page that allows no policy keeps the fallback content, with one warning and no error", async function () {
    this.timeout(20000);
    const { win, doc } = await openHostPage('trust/tt-none--classic.html', { waitFor: [] });
    await sleep(300);
    expect(win.__errors).to.deep.equal([]);
    if (trustedTypesEnforced) {
      expect(win.customElements.get('cramp-causes')).to.equal(undefined);
      expect(shownFallback(doc)).to.equal(true);
      expect(doc.getElementById('causes-fallback')!.getClientRects().length).to.be.greaterThan(0);
      expect(libraryWarnings(win)).to.have.length(1);
    } else {
      await settle(doc);
      expect(rendered(doc)).to.deep.equal(WIDGET_IDS);
    }
  });
});

describe('DOM clobbering of the globals Lit reads', () => {
  afterEach(closeHostPages);

  for (const bundle of ['module', 'classic']) {
    it(`${bundle} bundle: elements named litHtmlVersions, reactiveElementVersions… do not switch the library off`, async function () {
      this.timeout(20000);
      const { win, doc } = await openHostPage(`trust/clobbered--${bundle}.html`, { waitFor: ['call-clinic', 'cramp-causes', 'cramp-check'] });
      expect(win.__errors).to.deep.equal([]);
      expect(rendered(doc)).to.deep.equal(WIDGET_IDS);
      const warnings = libraryWarnings(win);
      expect(warnings, 'one warning naming the elements').to.have.length(1);
      for (const name of ['litHtmlVersions', 'reactiveElementVersions', 'litElementVersions', 'reactiveElementPolyfillSupport', 'litElementPolyfillSupport']) {
        expect(warnings[0]).to.include(name);
      }
      // The page's elements are still there and reachable by id.
      expect(doc.getElementById('litHtmlVersions')).to.not.equal(null);
    });
  }
});

describe('a polluted Object.prototype', () => {
  afterEach(closeHostPages);

  for (const bundle of ['module', 'classic']) {
    it(`${bundle} bundle: inherited phone, website, bookingUrl, dataLayer… are not configuration`, async function () {
      this.timeout(20000);
      const { win, doc } = await openHostPage(`trust/polluted--${bundle}.html`, { waitFor: ['call-clinic', 'vein-cta', 'cramp-causes', 'cramp-check'] });
      expect(win.__errors).to.deep.equal([]);
      const hrefs = [...doc.querySelectorAll('call-clinic, vein-cta, cramp-causes')].flatMap((el) =>
        [...el.shadowRoot!.querySelectorAll('a')].map((a) => a.getAttribute('href')),
      );
      expect(hrefs.filter((href) => /evil|900/.test(href ?? ''))).to.deep.equal([]);
      expect(hrefs).to.include('tel:+13148421441');
      expect(hrefs).to.include('https://www.sheenveinandcosmetics.com/');
      const text = doc.getElementById('call')!.shadowRoot!.textContent!;
      expect(text).to.include('314-842-1441');
      expect(text).to.not.include('Evil');
      expect(doc.getElementById('call')!.shadowRoot!.querySelector('[part~="hours"]'), 'no inherited hours').to.equal(null);
      expect(doc.getElementById('call')!.shadowRoot!.querySelector('[lang]')!.getAttribute('lang'), 'no inherited locale').to.equal('en');

      // Nothing is pushed into the inherited dataLayer, and none is created: the page did not opt in.
      (doc.getElementById('call')!.shadowRoot!.querySelector('[part~="call"]') as HTMLElement).addEventListener('click', (e) => e.preventDefault());
      (doc.getElementById('call')!.shadowRoot!.querySelector('[part~="call"]') as HTMLElement).click();
      expect(await answerSelfCheck(doc.getElementById('check')!)).to.equal(true);
      const pollutedLayer = (win as unknown as { __pollutedDataLayer: unknown[] }).__pollutedDataLayer;
      expect(pollutedLayer).to.deep.equal([]);
      expect(Object.prototype.hasOwnProperty.call(win, 'dataLayer')).to.equal(false);
    });
  }
});

describe("the self-check's result in dataLayer", () => {
  afterEach(closeHostPages);

  interface LayerWindow extends HostWindow {
    dataLayer: Record<string, unknown>[];
  }

  async function result(page: string) {
    const { win, doc } = await openHostPage(`trust/${page}.html`, { waitFor: ['cramp-check'] });
    const check = doc.getElementById('check')!;
    const events: CustomEvent[] = [];
    doc.addEventListener('cramp-check-result', (event) => events.push(event as CustomEvent));
    expect(await answerSelfCheck(check)).to.equal(true);
    await settle(doc);
    const layer = (win as LayerWindow).dataLayer.filter((entry) => entry.event === 'cramp-check-result');
    return { win, doc, check, events, layer };
  }

  it('with "dataLayer": true only, says that a check was completed: no cause, no advice', async function () {
    this.timeout(20000);
    const { events, layer } = await result('data-layer--counted');
    expect(layer).to.deep.equal([{ event: 'cramp-check-result', element: 'cramp-check' }]);
    // The page's own scripts still get the full event on the element (it never leaves the page by itself).
    expect(events).to.have.length(1);
    expect(events[0]!.detail).to.have.keys(['element', 'causes', 'evaluationAdvised']);
  });

  it('with "dataLayerHealthData": true as well, adds the causes and the advice', async function () {
    this.timeout(20000);
    const { events, layer } = await result('data-layer--health-data');
    expect(layer).to.have.length(1);
    expect(layer[0]).to.deep.equal({ event: 'cramp-check-result', ...events[0]!.detail });
  });

  it('marks the self-check for session-replay tools to mask (host and shadow content)', async function () {
    this.timeout(20000);
    const { check } = await result('data-layer--counted');
    const base = check.shadowRoot!.querySelector('[part~="base"]')!;
    for (const element of [check, base]) {
      expect(element.getAttribute('data-hj-suppress'), 'Hotjar').to.equal('');
      expect(element.getAttribute('data-clarity-mask'), 'Clarity').to.equal('true');
      expect(element.getAttribute('data-private'), 'LogRocket').to.equal('');
      expect(element.getAttribute('data-dd-privacy'), 'Datadog').to.equal('mask');
      for (const name of ['fs-mask', 'sentry-mask', 'rr-mask']) expect(element.classList.contains(name), name).to.equal(true);
    }
  });
});

describe('Subresource Integrity', () => {
  afterEach(closeHostPages);

  let hashes: Record<string, string>;
  before(async () => {
    hashes = await (await fetch('/dist/integrity.json')).json();
  });

  const open = (query: Record<string, string>) =>
    openHostPage(`trust/integrity.html?${new URLSearchParams(query)}`, { waitFor: [] });

  it('dist/integrity.json has a sha384 hash for every bundle file, and they match the files', async () => {
    expect(Object.keys(hashes)).to.include.members(['cramp-widgets.js', 'cramp-widgets-es.js', 'cramp-widgets.iife.js']);
    for (const [file, hash] of Object.entries(hashes)) {
      const bytes = await (await fetch(`/dist/${file}`)).arrayBuffer();
      const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
      expect(hash, file).to.equal(`sha384-${digest}`);
    }
  });

  for (const [type, file] of [['module', 'cramp-widgets.js'], ['classic', 'cramp-widgets.iife.js']] as const) {
    it(`${type} bundle with its published hash runs (Spanish included); a tampered copy does not run`, async function () {
      this.timeout(20000);
      const good = await open({ type, src: `/served/tamper=none/dist/${file}`, integrity: hashes[file]! });
      await good.win.customElements.whenDefined('call-clinic');
      await until(() => good.doc.getElementById('call')!.shadowRoot?.textContent?.includes('Llame') ?? false, 'Spanish');
      expect(good.win.__errors).to.deep.equal([]);
      closeHostPages();

      const bad = await open({ type, src: `/served/tamper=${file}/dist/${file}`, integrity: hashes[file]! });
      await until(() => (bad.win as unknown as { __scriptBlocked?: boolean }).__scriptBlocked === true, 'the script error event');
      await sleep(200);
      expect(bad.win.customElements.get('call-clinic')).to.equal(undefined);
      expect(shownFallback(bad.doc), 'the fallback stays').to.equal(true);
    });
  }

  it('the Spanish file is checked through the import map: tampered, the page stays in English with a warning', async function () {
    // Import-map integrity: Chromium 127+, Firefox 138+, Safari 18+. An engine that ignores it loads the
    // tampered file; the test then only checks that nothing breaks.
    this.timeout(20000);
    const file = 'cramp-widgets-es.js';
    const src = `/served/tamper=${file}/dist/cramp-widgets.js`;
    const importmap = JSON.stringify({ integrity: { [new URL(`/served/tamper=${file}/dist/${file}`, location.href).href]: hashes[file] } });
    const { win, doc } = await open({ type: 'module', src, integrity: hashes['cramp-widgets.js']!, importmap });
    await win.customElements.whenDefined('call-clinic');
    await until(() => libraryWarnings(win).length > 0 || (doc.getElementById('call')!.shadowRoot?.textContent?.includes('Llame') ?? false), 'Spanish or a warning');
    expect(win.__errors).to.deep.equal([]);
    const text = doc.getElementById('call')!.shadowRoot!.textContent!;
    if (libraryWarnings(win).length > 0) {
      expect(libraryWarnings(win)[0]).to.include('"es" strings');
      expect(text).to.include('Call 314-842-1441');
    } else {
      expect(navigator.userAgent, 'only an engine without import-map integrity may load the tampered file').to.not.match(/Chrome\//);
    }
  });
});
