/**
 * The built bundles draw every icon exactly as the sources do. The HTML-template minifier once treated
 * `svg` templates as HTML and dropped the `/>` of `<path/>`, nesting the shapes so only the first drew
 * (issue 11, defect 1): the sources were right, the bundles wrong. Here the same elements, in states
 * that show every icon, are rendered from the sources (this document) and from each bundle (an
 * iframe), and every `<svg>` is compared as a tree of elements and attributes. Run `npm run build` first.
 */
import { expect } from '@open-wc/testing';
import { render, svg } from 'lit';
import '../src/index.js';
import * as causeIcons from '../src/content/cause-icons.js';
import * as genericIcons from '../src/internal/icons.js';

/** Every element with an icon, in the states that show each icon (the self-check's result below). */
const MARKUP = `
  <call-clinic variant="floating"></call-clinic>
  <cramp-causes open="all"></cramp-causes>
  <clinic-services></clinic-services>
  <vein-cta></vein-cta>
  <cramp-check mode="form"></cramp-check>`;

/** Answers whose result shows met criteria (frequent, swelling) and an unmet one (sleep or mobility). */
const ANSWERS = ['frequency.most-nights', 'legs.heaviness', 'legs.swelling', 'age.over-40'];

interface Shape {
  name: string;
  namespace: string | null;
  attributes: string[];
  children: Shape[];
}

/** An element as a tree of names (case kept: `viewBox`, `linearGradient`) and attributes; Lit's comment markers ignored. */
function shape(el: Element): Shape {
  return {
    name: el.localName,
    namespace: el.namespaceURI,
    attributes: el
      .getAttributeNames()
      .sort()
      .map((name) => `${name}=${el.getAttribute(name)}`),
    children: [...el.children].map(shape),
  };
}

/** The shape of every `<svg>` in a document's elements, shadow roots included, in document order. */
function svgShapes(root: ParentNode): string[] {
  const found: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName === 'svg') found.push(JSON.stringify(shape(el)));
    if (el.shadowRoot) found.push(...svgShapes(el.shadowRoot));
  }
  return found;
}

/** Opens the self-check's result: answers as a visitor would, then "See my result". */
async function showCheckResult(root: ParentNode): Promise<void> {
  const check = root.querySelector('cramp-check') as HTMLElement & { updateComplete: Promise<boolean> };
  await check.updateComplete;
  for (const answer of ANSWERS) check.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${answer}"]`)!.click();
  await check.updateComplete;
  check.shadowRoot!.querySelector<HTMLButtonElement>('[part="next"]')!.click();
  await check.updateComplete;
  expect(check.shadowRoot!.querySelector('[part="result"]'), 'the result is shown').to.not.equal(null);
}

/** Renders MARKUP with the sources (this document's definitions): the expected icons, in the before and after states. */
async function fromSources(): Promise<{ before: string[]; after: string[] }> {
  const container = document.createElement('div');
  container.innerHTML = MARKUP;
  document.body.append(container);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const before = svgShapes(container);
  await showCheckResult(container);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const after = svgShapes(container);
  container.remove();
  return { before, after };
}

/** Renders MARKUP in an iframe that loads one bundle. */
async function fromBundle(script: string): Promise<{ before: string[]; after: string[] }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8">${script}</head><body>${MARKUP}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await win.customElements.whenDefined('cramp-check');
  await new Promise((resolve) => setTimeout(resolve, 50));
  const doc = frame.contentDocument!;
  const before = svgShapes(doc.body);
  await showCheckResult(doc.body);
  await new Promise((resolve) => setTimeout(resolve, 50));
  const after = svgShapes(doc.body);
  frame.remove();
  return { before, after };
}

describe('icons in the built bundles', () => {
  it('the test covers every icon of src/internal/icons.ts and src/content/cause-icons.ts', async () => {
    const { before, after } = await fromSources();
    const rendered = new Set([...before, ...after]);
    const all = Object.entries({ ...genericIcons, ...causeIcons }).flatMap(([name, value]) =>
      value && typeof value === 'object' && '_$litType$' in value ? [[name, value]] : Object.entries(value).map(([id, icon]) => [`${name}.${id}`, icon]),
    ) as [string, ReturnType<typeof svg>][];
    expect(all.length).to.be.greaterThan(10);
    for (const [name, icon] of all) {
      // An svg template renders inside an <svg> (Lit's own rule for svg``); the icon is its only child.
      const host = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
      render(icon, host);
      const drawn = [...host.children].find((child) => child.localName === 'svg')!;
      expect(rendered.has(JSON.stringify(shape(drawn))), `${name} appears in MARKUP or the self-check's result`).to.equal(true);
    }
  });

  for (const [bundle, script] of [
    ['ES module', '<script type="module" src="/dist/cramp-widgets.js"></script>'],
    ['classic', '<script src="/dist/cramp-widgets.iife.js"></script>'],
  ]) {
    it(`${bundle}: every <svg> has the same elements and attributes as from the sources`, async () => {
      const expected = await fromSources();
      const built = await fromBundle(script!);
      expect(built.before.length, 'number of icons before the result').to.equal(expected.before.length);
      expect(built.after.length, 'number of icons with the result').to.equal(expected.after.length);
      // One by one, so a failure names the icon that differs.
      [...expected.before, ...expected.after].forEach((want, i) => {
        expect(JSON.parse([...built.before, ...built.after][i]!), `icon ${i}`).to.deep.equal(JSON.parse(want));
      });
    });
  }
});
