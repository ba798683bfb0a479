/**
 * Case 4, strict Content-Security-Policy: pages under tests/fixtures/hostile/csp/ are served with
 * `default-src 'self'; script-src 'self'; style-src 'self'` (a middleware in
 * web-test-runner.config.mjs). With the module and with the classic bundle, every element renders
 * and works, in Spanish too, with zero `securitypolicyviolation` events. A control at the end
 * proves the policy is in force: an image from a data: URL must be reported.
 */
import { expect } from '@open-wc/testing';
import { closeHostPages, hasRendered, libraryTags, openHostPage, settle, until, useEveryWidget, type HostWindow } from './hostile-page.js';

interface CspWindow extends HostWindow {
  __violations: string[];
}

const IDS = ['call', 'floating', 'causes', 'cta', 'services', 'check', 'article'];

describe('strict Content-Security-Policy', () => {
  afterEach(closeHostPages);

  for (const bundle of ['module', 'classic']) {
    it(`${bundle} bundle: renders, works and switches to Spanish with zero violations`, async function () {
      this.timeout(30000);
      const page = await openHostPage(`csp/${bundle}.html`);
      const win = page.win as CspWindow;
      const { doc } = page;
      expect(IDS.filter((id) => !hasRendered(doc.getElementById(id)!))).to.deep.equal([]);
      // Styles came through (constructed style sheets are not inline styles): the call button is a button.
      const call = doc.getElementById('call')!.shadowRoot!.querySelector('[part~="call"]')!;
      expect(win.getComputedStyle(call).minHeight).to.equal('44px');
      expect(win.getComputedStyle(call).backgroundColor).to.equal('rgb(11, 90, 112)');

      // The self-check's progress bar shows step 1 of N from the first render (an inline style
      // attribute would be blocked here; a CSSOM property is not).
      const progress = doc.getElementById('check')!.shadowRoot!.querySelector('[part~="progress"] > *')!;
      const bar = doc.getElementById('check')!.shadowRoot!.querySelector('[part~="progress"]')!;
      const total = Number(/(\d+)\D*$/.exec(doc.getElementById('check')!.shadowRoot!.querySelector('.question__number')!.textContent!)![1]);
      const progressOnStep1 = progress.getBoundingClientRect().width / bar.getBoundingClientRect().width;

      const used = await useEveryWidget(doc);
      expect(used.expanded).to.equal(6);
      expect(used.results).to.equal(1);

      doc.documentElement.lang = 'es';
      const check = doc.getElementById('check')!;
      await until(() => check.shadowRoot!.querySelector('[lang]')?.getAttribute('lang') === 'es', 'Spanish');
      await settle(doc);
      for (const tag of await libraryTags()) {
        const widget = doc.querySelector(tag)!;
        expect(widget.shadowRoot!.querySelector('[lang]')!.getAttribute('lang'), tag).to.equal('es');
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(win.__errors).to.deep.equal([]);
      expect(win.__violations).to.deep.equal([]);
      expect(progressOnStep1, 'progress on step 1').to.be.closeTo(1 / total, 0.02);

      // Control: the policy is in force on this page.
      const image = doc.createElement('img');
      image.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
      doc.body.append(image);
      await until(() => win.__violations.length > 0, 'the control violation');
      expect(win.__violations).to.have.length(1);
    });
  }
});
