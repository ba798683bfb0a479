/**
 * The demo page (demo/index.html, what `npm start` serves) is composed as a clinic would compose a
 * page (issue 11, defect 7): wherever the visitor has scrolled, one screen never shows the same call
 * to action twice; and with its language switch on Español the page's own text is Spanish too, not
 * only the widgets. The page loads the built bundle: run `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import { closeHostPages, deepElements, openHostPage, settle, type HostPage } from './hostile-page.js';

const SCREENS = [
  { width: 320, height: 568 },
  { width: 1280, height: 800 },
];

const TAGS = ['cramp-article', 'cramp-check', 'call-clinic'];

function visibleIn(win: Window, element: Element): boolean {
  const box = element.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return false;
  if (win.getComputedStyle(element).visibility === 'hidden') return false;
  return box.bottom > 0 && box.top < win.innerHeight;
}

/** Calls, opening-hours lines and links to the clinic's website visible in the current screen. */
function actionsOnScreen({ doc, win }: HostPage) {
  const visible = deepElements(doc).filter((element) => visibleIn(win, element));
  const href = (element: Element) => (element.localName === 'a' ? (element.getAttribute('href') ?? '') : '');
  return {
    calls: visible.filter((element) => href(element).startsWith('tel:')).length,
    hours: visible.filter((element) => element.getAttribute('part') === 'hours').length,
    website: visible.filter((element) => /sheenveinandcosmetics\.com/.test(href(element))).length,
  };
}

/** The page's own text (outside the widgets and their fallback content), one entry per text node. */
function pageText(doc: Document): string[] {
  const texts: string[] = [doc.title];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    const text = (node.textContent ?? '').trim();
    if (!text || parent.closest('script, style, code, option, cramp-article, cramp-check, call-clinic, vein-cta, cramp-causes, clinic-services')) continue;
    texts.push(text);
  }
  for (const labelled of doc.querySelectorAll('[aria-label]')) texts.push(labelled.getAttribute('aria-label')!);
  return texts;
}

async function switchLanguage(page: HostPage, lang: string): Promise<void> {
  const select = page.doc.getElementById('language') as HTMLSelectElement;
  select.value = lang;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  const start = Date.now();
  // The widgets load their Spanish strings asynchronously.
  while (!/Llame/.test(page.doc.querySelector('call-clinic')!.shadowRoot!.textContent ?? '') && Date.now() - start < 5000) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  await settle(page.doc);
}

describe('the demo page', () => {
  afterEach(closeHostPages);

  for (const { width, height } of SCREENS) {
    it(`${width}x${height}: no screen shows a call, the hours or the website link twice`, async () => {
      const page = await openHostPage('/demo/index.html', { width, height, waitFor: TAGS });
      const { doc, win } = page;
      const repeats: string[] = [];
      const end = doc.documentElement.scrollHeight - height;
      for (let y = 0; y <= end + height / 4; y += height / 4) {
        win.scrollTo(0, Math.min(y, end));
        await new Promise((resolve) => win.requestAnimationFrame(resolve));
        const counts = actionsOnScreen(page);
        for (const [what, count] of Object.entries(counts)) if (count > 1) repeats.push(`${what} ×${count} at ${Math.round(win.scrollY)}px`);
      }
      expect(repeats).to.deep.equal([]);
    });
  }

  it('switched to Español, shows its own text in Spanish as well as the widgets', async () => {
    const page = await openHostPage('/demo/index.html', { width: 1280, height: 800, waitFor: TAGS });
    const english = pageText(page.doc);
    expect(english).to.include('Why do I keep getting leg cramps at night?');
    await switchLanguage(page, 'es');
    expect(page.doc.documentElement.lang).to.equal('es');
    const spanish = pageText(page.doc);
    expect(spanish.length).to.equal(english.length);
    const untranslated = spanish.filter((text, index) => text === english[index] && /[a-z]{3}/i.test(text));
    expect(untranslated).to.deep.equal([]);
    expect(spanish).to.include('¿Por qué me dan calambres en las piernas por la noche?');
    await switchLanguage(page, 'en');
    expect(pageText(page.doc)).to.deep.equal(english);
  });
});
