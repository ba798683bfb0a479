/**
 * Case 1, hostile host CSS: the widgets on pages styled by Bootstrap 5 and Tailwind's preflight (both
 * loaded from node_modules, unchanged) and by a stylesheet imitating a WordPress block theme
 * (tests/fixtures/hostile/wp-block-theme.css). Every widget must keep its layout (block, inside the
 * content column, no horizontal overflow at 320px and 1280px) and its own look: the computed styles
 * of every `part` in its shadow tree equal those of the same widget on a blank page, once that
 * widget is given what it is meant to inherit from the host (font family, size, line height, color)
 * and the same width.
 */
import { expect } from '@open-wc/testing';
import { closeHostPages, hasRendered, libraryWarnings, openHostPage, shadowElements, type HostPage } from './hostile-page.js';

const HOSTILE_PAGES = ['css-bootstrap', 'css-tailwind', 'css-wordpress'];
const WIDGET_IDS = ['call', 'bar', 'causes', 'cards', 'cta', 'banner', 'services', 'check', 'article'];

/** What the host may pass down (inherited across the shadow boundary by design). */
const INHERITED = ['font-family', 'font-size', 'line-height', 'color'] as const;

/** The look of a part: everything but the size and position the column gives it. */
const LOOK = [
  'display',
  'position',
  'box-sizing',
  'background-color',
  'background-image',
  'border-top-width',
  'border-top-style',
  'border-top-color',
  'border-left-width',
  'border-top-left-radius',
  'border-bottom-right-radius',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'margin-top',
  'margin-bottom',
  'min-height',
  'min-width',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'text-transform',
  'text-decoration-line',
  'text-decoration-style',
  'text-align',
  'list-style-type',
  'box-shadow',
  'color',
  'opacity',
  'visibility',
  'cursor',
] as const;

/** Computed look of every part in a widget's shadow tree (nested widgets included), keyed by position. */
function partStyles(host: Element): Map<string, Record<string, string>> {
  const styles = new Map<string, Record<string, string>>();
  const win = host.ownerDocument.defaultView!;
  const counts = new Map<string, number>();
  for (const element of shadowElements(host)) {
    const part = element.getAttribute('part');
    if (!part) continue;
    const base = `${element.localName}[part="${part}"]`;
    const index = counts.get(base) ?? 0;
    counts.set(base, index + 1);
    const computed = win.getComputedStyle(element);
    styles.set(`${base}#${index}`, Object.fromEntries(LOOK.map((property) => [property, computed.getPropertyValue(property)])));
  }
  return styles;
}

function contentBox(element: Element): { left: number; right: number } {
  const rect = element.getBoundingClientRect();
  const style = element.ownerDocument.defaultView!.getComputedStyle(element);
  return {
    left: rect.left + parseFloat(style.paddingLeft) + parseFloat(style.borderLeftWidth),
    right: rect.right - parseFloat(style.paddingRight) - parseFloat(style.borderRightWidth),
  };
}

/** Layout problems of every widget on a page, as readable lines (empty when all is well). */
function layoutProblems({ win, doc }: HostPage): string[] {
  const problems: string[] = [];
  const column = contentBox(doc.getElementById('column')!);
  const root = doc.documentElement;
  if (root.scrollWidth > root.clientWidth) problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}px`);
  for (const id of WIDGET_IDS) {
    const widget = doc.getElementById(id)!;
    const rect = widget.getBoundingClientRect();
    const display = win.getComputedStyle(widget).display;
    if (display !== 'block') problems.push(`#${id} display ${display}`);
    if (!hasRendered(widget)) problems.push(`#${id} not rendered`);
    if (rect.height <= 0) problems.push(`#${id} height ${rect.height}`);
    if (rect.left < column.left - 0.5 || rect.right > column.right + 0.5) {
      problems.push(`#${id} [${rect.left.toFixed(1)}, ${rect.right.toFixed(1)}] outside the column [${column.left.toFixed(1)}, ${column.right.toFixed(1)}]`);
    }
    if (widget.scrollWidth > widget.clientWidth + 1) {
      // Name the innermost parts that stick out, to make the report useful.
      const sticking = shadowElements(widget)
        .filter((element) => element.getBoundingClientRect().right > rect.right + 1)
        .filter((element, _, all) => !all.some((other) => other !== element && element.contains(other)))
        .map((element) => `<${element.localName}> "${element.textContent!.trim().slice(0, 40)}"`);
      problems.push(`#${id} content overflows: ${widget.scrollWidth} > ${widget.clientWidth}px at ${[...new Set(sticking)].join(' ')}`);
    }
    // The fallback content is not shown once the widget renders, whatever the theme does to links.
    for (const child of widget.children) {
      if (child.getClientRects().length > 0) problems.push(`#${id} fallback <${child.localName}> is shown`);
    }
  }
  return problems;
}

describe('hostile host CSS (Bootstrap 5, Tailwind preflight, a WordPress block theme)', () => {
  afterEach(closeHostPages);

  for (const width of [320, 1280]) {
    for (const name of ['css-blank', ...HOSTILE_PAGES]) {
      it(`${name} at ${width}px: every widget is a block inside the column, nothing overflows`, async function () {
        this.timeout(60000);
        const page = await openHostPage(`${name}.html`, { width, height: 800 });
        expect(page.win.__errors).to.deep.equal([]);
        expect(libraryWarnings(page.win)).to.deep.equal([]);
        expect(layoutProblems(page)).to.deep.equal([]);
      });
    }
  }

  for (const width of [320, 1280]) {
    for (const name of HOSTILE_PAGES) {
      it(`${name} at ${width}px: every part of every widget looks as on a blank page`, async function () {
        this.timeout(60000);
        const hostile = await openHostPage(`${name}.html`, { width, height: 800 });
        const blank = await openHostPage('css-blank.html', { width, height: 800 });
        // Give each blank-page widget what the host passes down, and the width the column gives it.
        for (const id of WIDGET_IDS) {
          const source = hostile.doc.getElementById(id)!;
          const target = blank.doc.getElementById(id) as HTMLElement;
          const inherited = hostile.win.getComputedStyle(source);
          for (const property of INHERITED) target.style.setProperty(property, inherited.getPropertyValue(property));
          // Computed line-height is in px; the host's is a number (1.5, 1.6) that scales with each part's font size.
          const lineHeight = parseFloat(inherited.lineHeight) / parseFloat(inherited.fontSize);
          if (!Number.isNaN(lineHeight)) target.style.lineHeight = String(lineHeight);
          target.style.width = `${source.getBoundingClientRect().width}px`;
        }
        await new Promise((resolve) => blank.win.requestAnimationFrame(() => setTimeout(resolve, 50)));

        const differences: string[] = [];
        let compared = 0;
        for (const id of WIDGET_IDS) {
          const expected = partStyles(blank.doc.getElementById(id)!);
          const actual = partStyles(hostile.doc.getElementById(id)!);
          expect([...actual.keys()], `#${id}: the same parts`).to.deep.equal([...expected.keys()]);
          for (const [key, styles] of expected) {
            for (const property of LOOK) {
              compared++;
              const got = actual.get(key)![property];
              if (got !== styles[property]) differences.push(`#${id} ${key} ${property}: ${got} (blank page: ${styles[property]})`);
            }
          }
        }
        expect(compared, 'computed values compared').to.be.greaterThan(1000);
        expect(differences).to.deep.equal([]);
      });
    }
  }
});
