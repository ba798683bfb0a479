/**
 * The built bundles in Spanish: static pages under tests/fixtures/bundles/ whose elements are in the
 * page before the library's script, on `<html lang="es-MX">`. Run `npm run build` first.
 */
import { expect } from '@open-wc/testing';

interface FixtureWindow extends Window {
  __warnings: string[];
  __errors: string[];
}

async function openPage(name: string): Promise<{ win: FixtureWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.src = `/tests/fixtures/bundles/${name}.html`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FixtureWindow;
  await win.customElements.whenDefined('call-clinic');
  return { win, doc: frame.contentDocument! };
}

function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

// US conventions in both languages, as this engine's Intl writes them ("8:00 a.m."; spacing varies by ICU).
const time = (locale: string, hour: number) =>
  new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, hour)).replace(/\s+/g, ' ');

/** What each element of the fixture pages shows, read from its shadow root, with its expected wording. */
const CHECKS: { id: string; selector: string; es: string; en: string }[] = [
  { id: 'call', selector: '[part="label"]', es: 'Llame al 314-842-1441', en: 'Call 314-842-1441' },
  { id: 'call', selector: '[part="hours"]', es: `Cerrado ahora, abre el lunes a las ${time('es-US', 8)}`, en: `Closed now, opens Monday at ${time('en-US', 8)}` },
  { id: 'causes', selector: '.cause__title', es: 'Desequilibrio de electrolitos', en: 'Electrolyte imbalance' },
  { id: 'cta', selector: '[part="book"]', es: 'Solicite una evaluación de sus venas', en: 'Request a vein evaluation' },
  { id: 'services', selector: '[part="heading"]', es: 'Cómo le ayudamos', en: 'How we help' },
  {
    id: 'article',
    selector: '[part="title"]',
    es: 'Las 3 causas principales de los calambres nocturnos en las piernas',
    en: 'Top 3 causes of nighttime leg cramps',
  },
  { id: 'check', selector: '[part="heading"]', es: '¿Qué podría estar causando mis calambres nocturnos?', en: 'What may be causing my night cramps?' },
];

function shown(doc: Document): { id: string; text: string; lang: string | null | undefined }[] {
  return CHECKS.map(({ id, selector }) => {
    const root = doc.getElementById(id)?.shadowRoot;
    return { id, text: text(root?.querySelector(selector)), lang: root?.querySelector('[part~="base"]')?.getAttribute('lang') };
  });
}

function expected(locale: 'en' | 'es') {
  return CHECKS.map((check) => ({ id: check.id, text: check[locale], lang: locale }));
}

/** Waits (up to 5 s) until every element shows `locale`'s wording, then asserts it. */
async function expectLanguage(doc: Document, locale: 'en' | 'es'): Promise<void> {
  const want = JSON.stringify(expected(locale));
  const deadline = Date.now() + 5000;
  while (JSON.stringify(shown(doc)) !== want && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(shown(doc)).to.deep.equal(expected(locale));
}

function spanishChunkRequests(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.includes('cramp-widgets-es'));
}

/** Every file the page asked for after itself, as path and query. */
function requests(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .map((url) => url.pathname + url.search)
    // The recorder and the dev server's own live-reload script are the test's, not the page's.
    .filter((path) => !path.endsWith('/record.js') && !path.startsWith('/__web-dev-server'))
    .sort();
}

function libraryWarnings(win: FixtureWindow): string[] {
  return win.__warnings.filter((w) => w.startsWith('[cramp-widgets]'));
}

describe('built bundles in Spanish', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('ES module: elements written before the script render Spanish, then follow <html lang> to English and back', async () => {
    const { win, doc } = await openPage('spanish');
    await expectLanguage(doc, 'es');
    expect(spanishChunkRequests(win)).to.deep.equal(['/dist/cramp-widgets-es.js']);
    const fallback = doc.querySelector('#call > a')!;
    expect(fallback.getClientRects().length, 'fallback hidden').to.equal(0);

    doc.documentElement.lang = 'en';
    await expectLanguage(doc, 'en');
    doc.documentElement.lang = 'es-US';
    await expectLanguage(doc, 'es');
    expect(spanishChunkRequests(win), 'the chunk is loaded once').to.have.length(1);
    expect(win.__errors).to.deep.equal([]);
    expect(libraryWarnings(win)).to.deep.equal([]);
  });

  it('classic bundle: Spanish without a chunk request, and switches to English and back', async () => {
    const { win, doc } = await openPage('spanish-classic');
    await expectLanguage(doc, 'es');
    doc.documentElement.lang = 'en-US';
    await expectLanguage(doc, 'en');
    doc.documentElement.lang = 'ES';
    await expectLanguage(doc, 'es');
    expect(spanishChunkRequests(win), 'both languages are in the classic bundle').to.deep.equal([]);
    expect(win.__errors).to.deep.equal([]);
    expect(libraryWarnings(win)).to.deep.equal([]);
  });

  it('ES module on an English page: the Spanish chunk is not requested', async () => {
    const { win } = await openPage('module');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(spanishChunkRequests(win)).to.deep.equal([]);
  });

  it('an unknown language (fr) shows English, without a warning or an error', async () => {
    const { win, doc } = await openPage('spanish');
    await expectLanguage(doc, 'es');
    doc.documentElement.lang = 'fr';
    await expectLanguage(doc, 'en');
    expect(win.__errors).to.deep.equal([]);
    expect(libraryWarnings(win)).to.deep.equal([]);
  });

  // WordPress adds ?ver= to enqueued scripts; optimisers and CDNs rename files. The Spanish chunk must
  // load next to the entry whatever its name, and never make the browser fetch (and run) the entry again.
  const entries = [
    { page: 'spanish-ver', expected: ['/dist/cramp-widgets-es.js', '/dist/cramp-widgets.js?ver=6.5'] },
    {
      page: 'spanish-renamed',
      expected: ['/tests/fixtures/bundles/optimized/cramp-widgets-es.js', '/tests/fixtures/bundles/optimized/wpo-3f2a9c.min.js'],
    },
  ];
  for (const { page, expected: files } of entries) {
    it(`${page}: Spanish renders, and each file of the library is requested exactly once`, async () => {
      const { win, doc } = await openPage(page);
      await expectLanguage(doc, 'es');
      // The chunk is requested after the first render; give a stray second request time to show.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(requests(win)).to.deep.equal(files);
      expect(win.__errors).to.deep.equal([]);
      expect(libraryWarnings(win)).to.deep.equal([]);
    });
  }

  // What does not work, as docs/embedding.md ("Where the files can live") says: tried here.
  it('the module entry copied without its Spanish neighbour: English widgets, one warning, no error', async () => {
    const { win, doc } = await openPage('spanish-alone');
    await expectLanguage(doc, 'en');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests(win)).to.deep.equal(['/tests/fixtures/bundles/alone/cramp-widgets-es.js', '/tests/fixtures/bundles/alone/wpo-3f2a9c.min.js']);
    expect(libraryWarnings(win)).to.deep.equal(['[cramp-widgets] could not load the "es" strings; showing English.']);
    expect(win.__errors).to.deep.equal([]);
  });

  it('the classic bundle combined with the site\'s own script into one file: Spanish, and the site\'s script runs', async () => {
    const { win, doc } = await openPage('spanish-combined');
    await expectLanguage(doc, 'es');
    expect((win as unknown as { __siteScriptRan?: boolean }).__siteScriptRan).to.equal(true);
    expect(win.__errors).to.deep.equal([]);
  });

  it('the module bundle combined into a classic file: a syntax error stops the whole file, the fallback stays', async () => {
    const frame = document.createElement('iframe');
    frame.src = '/tests/fixtures/bundles/spanish-combined-module.html';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as FixtureWindow & { __siteScriptRan?: boolean };
    expect(win.customElements.get('call-clinic')).to.equal(undefined);
    expect(win.__siteScriptRan).to.equal(undefined);
    expect(win.__errors.length).to.equal(1);
    const fallback = frame.contentDocument!.querySelector('#call a') as HTMLAnchorElement;
    expect(fallback.getAttribute('href')).to.equal('tel:+13148421441');
    expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
  });
});
