/**
 * <call-clinic> on a 320 px phone (issue 11, defects 4 and 7), in every variant and both languages,
 * from the sources and from the built bundle: nothing wider than the screen, the floating variant one
 * compact row with its close button fully visible, times and the phone number never split across
 * lines, and a focused link of the page never hidden under the floating bar (WCAG 2.2, 2.4.11).
 * The host page is tests/fixtures/phone/page.html in a 320x568 iframe (the iframe is the viewport,
 * so the same geometry is measured in every engine). Run `npm run build` first for the bundle.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/call-clinic/call-clinic.js';
import { closeHostPages, deepElements, libraryWarnings, openHostPage, type HostPage } from './hostile-page.js';

const WIDTH = 320;
const HEIGHT = 568;
/** One row: a 44 px call button plus the panel's padding, whatever the theme's font size (19 px here). */
const ROW_HEIGHT_MAX = 72;

const VARIANTS = [
  { variant: 'button' },
  { variant: 'link' },
  { variant: 'bar' },
  { variant: 'floating', position: 'right' },
  { variant: 'floating', position: 'left' },
  { variant: 'floating', position: 'center' },
] as const;

async function openPhonePage(query: Record<string, string>): Promise<HostPage & { call: HTMLElement }> {
  const page = await openHostPage(`/tests/fixtures/phone/page.html?${new URLSearchParams(query)}`, {
    width: WIDTH,
    height: HEIGHT,
    waitFor: ['call-clinic'],
  });
  const call = page.doc.getElementById('call')!;
  // The Spanish strings arrive asynchronously.
  if (query.lang === 'es') {
    const start = Date.now();
    while (!/Llame/.test(call.shadowRoot?.textContent ?? '') && Date.now() - start < 5000) await frames(page.win, 2);
  }
  await frames(page.win, 2);
  return { ...page, call };
}

function frames(win: Window, count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? setTimeout(resolve, 20) : win.requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

/** Shadow elements that draw a box (not styles, not the visually hidden accessible-name text). */
function drawnElements(call: HTMLElement): HTMLElement[] {
  return deepElements(call.shadowRoot!).filter((element) => {
    if (['style', 'svg', 'path', 'rect', 'circle', 'g'].includes(element.localName)) return false;
    if (element.classList.contains('visually-hidden')) return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }) as HTMLElement[];
}

/** The lines a substring of a text node is laid out on (one rect per line fragment). */
function lineCount(node: Text, start: number, length: number): number {
  const range = node.ownerDocument.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + length);
  const tops = new Set([...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top)));
  return tops.size;
}

/** Times ("8:00 AM", "8:00 a. m.") and phone numbers in the widget's visible text that break across lines. */
function splitTokens(call: HTMLElement): string[] {
  const token = /\d{1,2}:\d{2}(?:[\s\u00a0\u202f]*(?:[ap]\.[\s\u00a0\u202f]*m\.|AM|PM))?|\d{3}-\d{3}-\d{4}/gi;
  const broken: string[] = [];
  const walk = (root: Node) => {
    for (const node of root.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        const parent = node.parentElement!;
        if (parent.closest('.visually-hidden') || parent.localName === 'style') continue;
        for (const match of (node.textContent ?? '').matchAll(token)) {
          if (lineCount(node as Text, match.index, match[0].length) > 1) broken.push(match[0]);
        }
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        walk(node);
      }
    }
  };
  walk(call.shadowRoot!);
  return broken;
}

/** Points of `element` (corners and centre) where the topmost element is the call bar. */
function coveredPoints(doc: Document, element: Element, call: HTMLElement): string[] {
  const box = element.getBoundingClientRect();
  const xs = [box.left + 1, box.left + box.width / 2, box.right - 1];
  const ys = [box.top + 1, box.top + box.height / 2, box.bottom - 1];
  const covered: string[] = [];
  for (const x of xs) {
    for (const y of ys) {
      if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT) continue;
      if (doc.elementFromPoint(x, y) === call) covered.push(`${Math.round(x)},${Math.round(y)}`);
    }
  }
  return covered;
}

describe('<call-clinic> on a 320 px phone', () => {
  afterEach(closeHostPages);

  for (const entry of ['src', 'dist']) {
    for (const lang of ['en', 'es']) {
      for (const { variant, ...rest } of VARIANTS) {
        const position = 'position' in rest ? rest.position : undefined;
        const name = `${variant}${position ? ` ${position}` : ''}, ${lang}, ${entry}`;

        it(`${name}: stays inside the screen and keeps times and numbers on one line`, async () => {
          const { doc, win, call } = await openPhonePage({ entry, lang, variant, ...(position ? { position } : {}) });
          expect(doc.documentElement.scrollWidth, 'page width').to.be.at.most(WIDTH);
          const outside = drawnElements(call)
            .filter((element) => {
              const box = element.getBoundingClientRect();
              return box.left < -0.5 || box.right > WIDTH + 0.5;
            })
            .map((element) => `<${element.localName} part=${element.getAttribute('part')}>`);
          expect(outside, 'boxes outside the screen').to.deep.equal([]);
          expect(splitTokens(call), 'times and numbers split across lines').to.deep.equal([]);
          expect(libraryWarnings(win)).to.deep.equal([]);
        });

        if (variant !== 'floating') continue;

        it(`${name}: is one compact row, call and close buttons fully visible`, async () => {
          const { call } = await openPhonePage({ entry, lang, variant, position: position! });
          const base = call.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
          expect(base.height, 'bar height').to.be.at.most(ROW_HEIGHT_MAX);
          expect(base.bottom, 'bar above the bottom edge').to.be.at.most(HEIGHT);
          for (const part of ['call', 'dismiss']) {
            const box = call.shadowRoot!.querySelector(`[part="${part}"]`)!.getBoundingClientRect();
            expect(box.left, `${part} left`).to.be.at.least(0);
            expect(box.right, `${part} right`).to.be.at.most(WIDTH);
            expect(box.height, `${part} height`).to.be.at.least(44);
            expect(box.width, `${part} width`).to.be.at.least(44);
            expect(box.top, `${part} on the bar's row`).to.be.at.least(base.top);
            expect(box.bottom, `${part} on the bar's row`).to.be.at.most(base.bottom);
          }
          // Labels stay readable: the call button's text is not cut off.
          const label = call.shadowRoot!.querySelector<HTMLElement>('[part="label"]')!;
          expect(label.scrollWidth, 'label not clipped').to.be.at.most(label.clientWidth + 1);
        });

        it(`${name}: never hides a focused link of the page`, async () => {
          const { doc, win, call } = await openPhonePage({ entry, lang, variant, position: position! });
          const bar = call.shadowRoot!.querySelector('[part="base"]')!.getBoundingClientRect();
          // A link fully inside the viewport but behind the bar: the browser sees no reason to scroll.
          const nearEnd = doc.getElementById('near-end')!;
          win.scrollTo(0, 0);
          win.scrollBy(0, nearEnd.getBoundingClientRect().top - (bar.top + 4));
          await frames(win, 2);
          expect(coveredPoints(doc, nearEnd, call), 'set-up: the link starts under the bar').not.to.deep.equal([]);
          nearEnd.focus();
          await frames(win, 3);
          expect(doc.activeElement).to.equal(nearEnd);
          expect(coveredPoints(doc, nearEnd, call), 'link near the end, focused').to.deep.equal([]);
          // The last link of the page: nothing left to scroll.
          const last = doc.getElementById('last')!;
          win.scrollTo(0, doc.documentElement.scrollHeight);
          await frames(win, 2);
          last.focus();
          await frames(win, 3);
          expect(coveredPoints(doc, last, call), 'last link, focused').to.deep.equal([]);
          // Focus back in the content: the bar is there again for the visitor.
          doc.querySelector<HTMLElement>('a[href="#one"]')!.focus();
          await frames(win, 3);
          expect(getComputedStyle(call.shadowRoot!.querySelector('[part="base"]')!).visibility).to.equal('visible');
        });
      }
    }
  }
});

describe('<call-clinic> times and numbers at every width', () => {
  // Wherever the line happens to end, "8:00 AM" and "314-842-1441" are never split (defect 7).
  for (const variant of ['button', 'bar'] as const) {
    it(`${variant}: no width from 100 to 420 px splits a time or the number`, async () => {
      const el = await fixture<HTMLElement>(
        html`<call-clinic variant=${variant} show-website hours="Mo-Fr 08:00-17:00" now="2026-12-05T18:00:00Z" style="font: 19px/1.6 serif"></call-clinic>`,
      );
      const broken = new Set<string>();
      for (let width = 100; width <= 420; width += 2) {
        el.style.width = `${width}px`;
        for (const token of splitTokens(el)) broken.add(`${token} at ${width}px`);
      }
      expect([...broken]).to.deep.equal([]);
    });
  }
});
