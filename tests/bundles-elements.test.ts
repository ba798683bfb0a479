/**
 * The per-element files (dist/elements/<tag>.js), loaded the way a page that uses one element loads
 * them: one <script type="module"> in a plain page (an iframe written with `srcdoc`). Each defines its
 * element and the elements it renders inside itself, dials the configured number, follows the page's
 * language, and still nests when two files meet on one page (each has its own Lit). Run `npm run
 * build` first (`npm test` does, through check:build).
 */
import { expect } from '@open-wc/testing';
import { telHrefs } from './helpers.js';

const ELEMENTS = {
  'call-clinic': [],
  'cramp-causes': ['call-clinic'],
  'vein-cta': ['call-clinic'],
  'clinic-services': [],
  'cramp-article': ['cramp-causes', 'clinic-services', 'vein-cta', 'call-clinic'],
  'cramp-check': ['vein-cta', 'call-clinic'],
} as const;
type Tag = keyof typeof ELEMENTS;

interface PageWindow extends Window {
  __warnings: string[];
  __errors: string[];
}

/** A page with `body`, loading `files` from dist/elements/, in language `lang`. */
async function openPage(files: Tag[], body: string, lang = 'en'): Promise<{ win: PageWindow; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
    <script src="/tests/fixtures/bundles/record.js"></script>
    ${files.map((tag) => `<script type="module" src="/dist/elements/${tag}.js"></script>`).join('\n')}
    </head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as PageWindow;
  for (const tag of files) await win.customElements.whenDefined(tag);
  return { win, doc: frame.contentDocument! };
}

/** Waits until the element (and those nested in it) rendered. */
async function rendered(doc: Document, selector: string): Promise<HTMLElement> {
  const el = doc.querySelector<HTMLElement & { updateComplete: Promise<unknown> }>(selector)!;
  await el.updateComplete;
  for (let i = 0; i < 50 && !el.shadowRoot?.querySelector('[part="base"]'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
  return el;
}

describe('per-element files (dist/elements/)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const [tag, nested] of Object.entries(ELEMENTS) as [Tag, readonly string[]][]) {
    it(`${tag}.js defines <${tag}>${nested.length ? ` and the ${nested.join(', ')} inside it` : ''}, and no other element`, async () => {
      const { win, doc } = await openPage([tag], `<${tag} phone="636-555-0100"></${tag}>`);
      const el = await rendered(doc, tag);
      for (const other of Object.keys(ELEMENTS)) {
        expect(win.customElements.get(other) !== undefined, `<${other}> defined`).to.equal(other === tag || nested.includes(other));
      }
      // Its elements are from the iframe's realm: the helpers get their shadow roots, not the elements.
      // The services name no number; the self-check shows its call with the result.
      if (tag !== 'clinic-services' && tag !== 'cramp-check') expect([...new Set(telHrefs(el.shadowRoot!))]).to.deep.equal(['tel:+16365550100']);
      expect(win.__errors).to.deep.equal([]);
      expect(win.__warnings.filter((line) => line.startsWith('[cramp-widgets]'))).to.deep.equal([]);
      expect((win as unknown as { CrampWidgets?: { version: string } }).CrampWidgets?.version).to.be.a('string');
    });
  }

  it('a Spanish page gets Spanish text from the Spanish chunk beside the files', async () => {
    const { doc } = await openPage(['call-clinic'], '<call-clinic></call-clinic>', 'es');
    const el = await rendered(doc, 'call-clinic');
    for (let i = 0; i < 50 && !el.shadowRoot!.textContent!.includes('Llame'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(el.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Llame al 314-842-1441');
  });

  it('two files on one page: the element the first defined still shows the clinic of the one it is nested in', async () => {
    // call-clinic.js defines <call-clinic> first; vein-cta.js (its own Lit, its own classes) then renders it.
    const { win, doc } = await openPage(['call-clinic', 'vein-cta'], '<vein-cta phone="636-555-0100"></vein-cta><call-clinic id="alone"></call-clinic>');
    const cta = await rendered(doc, 'vein-cta');
    const nested = cta.shadowRoot!.querySelector('call-clinic')!;
    expect(nested.hasAttribute('nested')).to.equal(true);
    expect(telHrefs(cta.shadowRoot!)).to.deep.equal(['tel:+16365550100']);
    expect(telHrefs((await rendered(doc, '#alone')).shadowRoot!)).to.deep.equal(['tel:+13148421441']);
    expect(win.__errors).to.deep.equal([]);
  });
});
