import { expect, fixture, oneEvent } from '@open-wc/testing';
import { markup, settled, withPageSettings } from '../helpers.js';
import type { ElementSpec } from './element-spec.js';
import { renderSpec, renderSpecWithWarnings } from './fixtures.js';

const ARTICLE_CALL = 'tel:+13148421441';
const FALLBACK = '<p>Night cramps? Ask us.</p><a href="tel:+16365550100">Call 636-555-0100</a>';
const FALLBACK_CALL = 'tel:+16365550100';

/**
 * What every element shares with its author's page (CrampElement): the plain-HTML fallback inside
 * the tag, shown until the element renders and hidden after; the language of the rendered content;
 * and, for the elements with a call, where its number comes from: the phone attribute over the page
 * settings over the fallback link's number over the article's.
 */
export function clinicSuite(spec: ElementSpec): void {
  const calls = spec.calls;

  describe(`fallback content and clinic details (shared by the six elements): <${spec.tag}>`, () => {
    it('shows its fallback content where the element is not defined (no JavaScript)', async () => {
      const frame = await fixture<HTMLIFrameElement>(`<iframe srcdoc="${markup(spec.tag, {}, FALLBACK).replace(/"/g, '&quot;')}"></iframe>`);
      if (!frame.contentDocument?.querySelector('a')) await oneEvent(frame, 'load');
      for (const child of frame.contentDocument!.querySelector(spec.tag)!.children) {
        expect(child.getClientRects().length, `${child.localName} is rendered`).to.be.greaterThan(0);
      }
    });

    it('hides its fallback content once rendered, and renders no slot for it', async () => {
      const el = await renderSpec(spec, {}, FALLBACK);
      expect(el.children).to.have.length(2);
      for (const child of el.children) {
        expect(child.getClientRects().length, `${child.localName} is not rendered`).to.equal(0);
      }
      expect(el.shadowRoot!.querySelector('slot')).to.equal(null);
    });

    it('marks its rendered content as English on an English page', async () => {
      const el = await renderSpec(spec);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    });

    if (!calls) return;

    it('dials the article number by default', async () => {
      const el = await renderSpec(spec);
      const hrefs = await calls(el);
      expect(hrefs.length).to.be.at.least(1);
      expect(new Set(hrefs)).to.deep.equal(new Set([ARTICLE_CALL]));
    });

    it('dials the number of the fallback link, with no warning', async () => {
      const { el, warnings } = await renderSpecWithWarnings(spec, {}, FALLBACK);
      expect(new Set(await calls(el))).to.deep.equal(new Set([FALLBACK_CALL]));
      expect(warnings).to.deep.equal([]);
    });

    it('dials the phone attribute, in E.164, rather than the fallback link, and warns that the two differ', async () => {
      const { el, warnings } = await renderSpecWithWarnings(spec, { phone: '(212) 555 0123' }, FALLBACK);
      expect(new Set(await calls(el))).to.deep.equal(new Set(['tel:+12125550123']));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(`<${spec.tag}> phone is 212-555-0123, but the fallback link inside <${spec.tag}> calls 636-555-0100`);
    });

    it(`warns once, under <${spec.tag}>, about an invalid phone and dials the article number`, async () => {
      const { el, warnings } = await renderSpecWithWarnings(spec, { phone: '842-1441' });
      expect(new Set(await calls(el))).to.deep.equal(new Set([ARTICLE_CALL]));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(`<${spec.tag}> phone`);
    });

    it('follows page settings added after it rendered, and the article again once they are gone', async () => {
      const el = await renderSpec(spec);
      await withPageSettings('{"phone": "+1 (212) 555-0123"}', async () => {
        await settled(el);
        expect(new Set(await calls(el))).to.deep.equal(new Set(['tel:+12125550123']));
      });
      await settled(el);
      expect(new Set(await calls(el))).to.deep.equal(new Set([ARTICLE_CALL]));
    });
  });
}
