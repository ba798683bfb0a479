/**
 * Case 6, privacy: after rendering and using every element (accordion buttons, the self-check
 * answered to its result, call, booking and website links clicked, the floating button dismissed,
 * the language switched to Spanish), the page made no request other than the library's own files
 * (Resource Timing entries of the page: /dist/, the page's own fixture scripts and the test server's
 * injected script), no script call
 * that sends or stores anything (privacy-spy.js), no cookie and nothing in Web Storage.
 */
import { expect } from '@open-wc/testing';
import { closeHostPages, deepElements, openHostPage, settle, until, useEveryWidget, type HostWindow } from './hostile-page.js';

interface SpyWindow extends HostWindow {
  __privacyCalls: string[];
  dataLayer?: unknown[];
}

/**
 * Not the library's doing: the page's own fixture scripts, and the script the test server injects
 * into every HTML page it serves (/__web-dev-server__web-socket.js).
 */
const PAGE_FILES = ['/tests/fixtures/bundles/record.js', '/tests/fixtures/hostile/privacy-spy.js', '/__web-dev-server__web-socket.js'];

function clearStorage(): void {
  // The fixture pages share this origin with the test runner page.
  localStorage.clear();
  sessionStorage.clear();
  for (const cookie of document.cookie.split(';')) {
    const name = cookie.split('=')[0]!.trim();
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

describe('privacy: no requests, no cookies, no storage', () => {
  beforeEach(clearStorage);
  afterEach(closeHostPages);

  for (const bundle of ['module', 'classic']) {
    it(`${bundle} bundle: every element rendered and used, in English and Spanish`, async function () {
      this.timeout(30000);
      expect(document.cookie, 'no cookie before the page loads').to.equal('');
      const { win: hostWin, doc } = await openHostPage(`privacy-${bundle}.html`);
      const win = hostWin as SpyWindow;

      const used = await useEveryWidget(doc);
      expect(used.expanded, 'accordion items opened').to.equal(6);
      expect(used.results, 'self-check results').to.equal(1);
      expect(used.calls, 'calls clicked').to.be.at.least(8);
      expect(used.links, 'booking and website links clicked').to.be.at.least(4);
      // The self-check's "read more on this page" buttons, and the floating button's close button.
      for (const button of deepElements(doc).filter((element) => element.matches('[part~="open-cause"], [part~="dismiss"]'))) {
        (button as HTMLElement).click();
        await settle(doc);
      }
      expect(doc.getElementById('floating')!.shadowRoot!.querySelector('[part~="call"]'), 'floating button dismissed').to.equal(null);

      doc.documentElement.lang = 'es-US';
      const causes = doc.getElementById('causes')!;
      await until(() => causes.shadowRoot!.querySelector('[lang]')?.getAttribute('lang') === 'es', 'Spanish');
      await settle(doc);
      await useEveryWidget(doc);
      await new Promise((resolve) => setTimeout(resolve, 200));

      const requests = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name));
      const foreign = requests.filter((url) => url.origin !== win.location.origin || !(url.pathname.startsWith('/dist/') || PAGE_FILES.includes(url.pathname)));
      console.log(`${bundle}: ${requests.length} requests: ${requests.map((url) => url.pathname + url.search).join(', ')}`);
      expect(foreign.map(String)).to.deep.equal([]);
      const library = requests.filter((url) => url.pathname.startsWith('/dist/')).map((url) => url.pathname);
      expect(library).to.deep.equal(bundle === 'module' ? ['/dist/cramp-widgets.js', '/dist/cramp-widgets-es.js'] : ['/dist/cramp-widgets.iife.js']);
      expect(win.__privacyCalls, 'fetch, XHR, beacons, sockets, storage or cookie writes').to.deep.equal([]);
      expect(doc.cookie).to.equal('');
      expect(win.localStorage.length).to.equal(0);
      expect(win.sessionStorage.length).to.equal(0);
      // Opted-in analytics stay in the page: dataLayer entries name the widget, never the visitor.
      expect(win.dataLayer!.length).to.be.greaterThan(10);
      expect(win.__errors).to.deep.equal([]);
    });
  }
});
