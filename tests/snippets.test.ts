/**
 * The ready-made snippets committed in dist/snippets/ (issue 11, defect 6), pasted as a site owner
 * does: the bundle address replaced (the one thing to replace), on a page in the snippet's language,
 * with the built bundle. Each widget renders in that language, hides its fallback, calls the number
 * its fallback link calls, and nothing warns. Run `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import { LOCALES, SNIPPETS } from './snippet-names.js';

interface FixtureWindow extends Window {
  __warnings: string[];
  __errors: string[];
}

/** The snippets; the widgets of `NO_CALL` have no call link of their own. */
const NO_CALL = ['clinic-services'];

async function snippetText(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.text();
}

/** Every element, its shadow roots included. */
function deepElements(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deepElements(el.shadowRoot) : [])]);
}

const telHrefs = (elements: Element[]) => elements.filter((el) => el.matches('a[href^="tel:"]')).map((a) => a.getAttribute('href'));
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Pastes the snippet into a page whose <html lang> is `locale`, with the bundle address pointing at dist/. */
async function paste(snippet: string, locale: string): Promise<{ win: FixtureWindow; doc: Document; widget: Element }> {
  const script = /<script type="module" src="([^"]*)cramp-widgets\.js"><\/script>/.exec(snippet);
  expect(script, 'one module script tag').to.not.equal(null);
  const base = script![1]!;
  expect(snippet.split(base).length - 1, `the bundle address ${base} is the one thing to replace`).to.equal(1);
  expect(snippet, 'no blank line (WordPress would split the snippet there)').to.not.match(/\n\s*\n/);

  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><script src="/tests/fixtures/bundles/record.js"></script></head>
<body>${snippet.replace(base, '/dist/')}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FixtureWindow;
  const doc = frame.contentDocument!;
  const widget = doc.querySelector('.cramp-widget > *')!;
  await win.customElements.whenDefined(widget.localName);
  await until(() => deepElements(widget.shadowRoot!).some((el) => el.getAttribute('lang') === locale));
  // The self-check calls the clinic in its result: go through the questions without answering.
  if (widget.localName === 'cramp-check') {
    for (let step = 0; step < 20 && !widget.shadowRoot!.querySelector('[part="result"]'); step++) {
      widget.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
      await (widget as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    }
  }
  // Nested widgets (the call link inside <vein-cta>) render a moment later.
  await until(() => telHrefs(deepElements(widget.shadowRoot!)).length > 0, NO_CALL.includes(widget.localName) ? 0 : 5000);
  return { win, doc, widget };
}

async function until(condition: () => boolean, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('ready-made snippets in dist/snippets/', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('the index links every snippet in every language', async () => {
    const index = await snippetText('/dist/snippets/README.md');
    const linked = [...index.matchAll(/\]\(((?:en|es)\/[\w-]+\.html)\)/g)].map((m) => m[1]).sort();
    expect(linked).to.deep.equal(LOCALES.flatMap((locale) => SNIPPETS.map((name) => `${locale}/${name}.html`)).sort());
  });

  for (const locale of LOCALES) {
    for (const name of SNIPPETS) {
      it(`${locale}/${name}: renders in ${locale}, hides its fallback, calls its fallback's number, warns nothing`, async () => {
        const snippet = await snippetText(`/dist/snippets/${locale}/${name}.html`);
        const { win, widget } = await paste(snippet, locale);

        const shadow = deepElements(widget.shadowRoot!);
        expect(shadow.length, 'the widget rendered').to.be.greaterThan(0);
        expect(
          shadow.filter((el) => el.hasAttribute('lang')).map((el) => el.getAttribute('lang')),
          'the widget speaks the page language',
        ).to.include(locale);
        expect(widget.firstElementChild!.getClientRects().length, 'the fallback is hidden').to.equal(0);

        const fallbackCalls = telHrefs([...widget.querySelectorAll('*')]);
        const widgetCalls = telHrefs(deepElements(widget.shadowRoot!));
        if (!NO_CALL.includes(name)) {
          expect(widgetCalls.length, 'the widget has a call link').to.be.greaterThan(0);
          expect(fallbackCalls.length, 'the fallback has a call link').to.be.greaterThan(0);
        }
        expect([...new Set([...fallbackCalls, ...widgetCalls])], 'one number in the fallback and the widget').to.deep.equal(
          NO_CALL.includes(name) ? [] : ['tel:+13148421441'],
        );

        expect(win.__errors).to.deep.equal([]);
        expect(win.__warnings.filter((w) => w.startsWith('[cramp-widgets]'))).to.deep.equal([]);
      });
    }

    it(`${locale}: the fallback's call link says what the widget's says (the same translations)`, async () => {
      const snippet = await snippetText(`/dist/snippets/${locale}/call-clinic-button.html`);
      const { widget } = await paste(snippet, locale);
      const label = text(widget.shadowRoot!.querySelector('[part="label"]'));
      expect(label).to.equal(locale === 'es' ? 'Llame al 314-842-1441' : 'Call 314-842-1441');
      expect(text(widget.querySelector('a[href^="tel:"]'))).to.equal(label);
    });
  }
});
