/**
 * Case 2, double loading, for every element (tests/bundles.test.ts covers <call-clinic> alone): the
 * library loaded four times (module and classic bundle, each twice), a plugin's copy in <head> plus
 * a pasted classic tag at the end of the body, and an older copy that defined <call-clinic> first.
 * No exception, at most one warning (the version clash), and every element renders and works.
 */
import { expect } from '@open-wc/testing';
import { closeHostPages, hasRendered, libraryTags, libraryWarnings, openHostPage, useEveryWidget } from './hostile-page.js';

const IDS = ['call', 'causes', 'cta', 'services', 'check', 'article'];

describe('double loading: every element', () => {
  afterEach(closeHostPages);

  for (const page of ['double-all', 'double-late']) {
    it(`${page}: no error, no warning, every element renders and works`, async function () {
      this.timeout(30000);
      const { win, doc } = await openHostPage(`${page}.html`);
      expect(win.__errors).to.deep.equal([]);
      expect(libraryWarnings(win)).to.deep.equal([]);
      // One definition per tag, from one copy: every element's class carries the same version.
      const versions = new Set((await libraryTags()).map((tag) => (win.customElements.get(tag) as unknown as { version?: string }).version));
      expect([...versions]).to.have.length(1);
      expect(IDS.filter((id) => !hasRendered(doc.getElementById(id)!))).to.deep.equal([]);
      // Each element rendered once: one base part in each shadow root, not one per copy.
      expect(IDS.map((id) => doc.getElementById(id)!.shadowRoot!.querySelectorAll('[part~="base"]').length)).to.deep.equal(IDS.map(() => 1));

      const used = await useEveryWidget(doc);
      expect(used.toggled, 'accordion buttons (3 in <cramp-causes>, 3 in the article)').to.equal(6);
      expect(used.expanded).to.equal(6);
      expect(used.toggles).to.equal(6);
      expect(used.results, 'self-check results').to.equal(1);
      expect(used.calls, 'call clicks reported').to.be.at.least(5);
      expect(win.__errors).to.deep.equal([]);
      expect(libraryWarnings(win)).to.deep.equal([]);
    });
  }

  it('an older copy defined <call-clinic> first: one warning naming both versions, every element works', async function () {

    this.timeout(30000);
    const { win, doc } = await openHostPage('double-older.html');
    expect(win.__errors).to.deep.equal([]);
    const warnings = libraryWarnings(win);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('0.0.9');
    expect(IDS.filter((id) => !hasRendered(doc.getElementById(id)!))).to.deep.equal([]);
    const used = await useEveryWidget(doc);
    expect(used.expanded).to.equal(6);
    expect(used.results).to.equal(1);
    expect(win.__errors).to.deep.equal([]);
    expect(libraryWarnings(win)).to.have.length(1);
  });
});
