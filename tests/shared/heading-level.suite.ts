import { expect } from '@open-wc/testing';
import type { ElementSpec } from './element-spec.js';
import { renderSpec, renderSpecWithWarnings } from './fixtures.js';

/**
 * The `heading-level` attribute of the elements with a heading (internal/heading.ts): `2`-`6` or
 * `h2`-`h6`, h2 by default; anything else is warned about once and gives h2. The element's own
 * `below` check follows the levels under its heading.
 */
export function headingLevelSuite(spec: ElementSpec & { heading: NonNullable<ElementSpec['heading']> }): void {
  const { part, below } = spec.heading;
  const headingOf = (el: Element) => el.shadowRoot!.querySelector(`[part~="${part}"]`)!;

  describe(`heading-level (shared by the elements with a heading): <${spec.tag}>`, () => {
    it('is an h2 by default', async () => {
      const el = await renderSpec(spec);
      expect(headingOf(el).localName).to.equal('h2');
      await below?.(el, 2);
    });

    for (const level of [2, 3, 4, 5, 6]) {
      it(`gives an h${level} for heading-level="${level}", and passes axe`, async () => {
        const el = await renderSpec(spec, { 'heading-level': String(level) });
        const headings = [...el.shadowRoot!.querySelectorAll(`[part~="${part}"]`)];
        expect(headings.length).to.be.at.least(1);
        expect(headings.map((heading) => heading.localName)).to.deep.equal(headings.map(() => `h${level}`));
        await below?.(el, level);
        await expect(el).to.be.accessible();
      });
    }

    it('accepts the tag name, heading-level=" H4 "', async () => {
      const { el, warnings } = await renderSpecWithWarnings(spec, { 'heading-level': ' H4 ' });
      expect(headingOf(el).localName).to.equal('h4');
      expect(warnings).to.deep.equal([]);
    });

    for (const bad of ['1', '7', '9', 'three', '2.5']) {
      it(`warns once about heading-level="${bad}" and uses h2`, async () => {
        const { el, warnings } = await renderSpecWithWarnings(spec, { 'heading-level': bad });
        expect(headingOf(el).localName).to.equal('h2');
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.include(`<${spec.tag}> heading-level`);
      });
    }
  });
}
