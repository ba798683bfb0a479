/**
 * The release as site owners link it: from a public npm CDN's layout (a version in the path), with a
 * query string, from another origin (CORS), with the published integrity hash. Everything renders,
 * in Spanish too, and each file of the library is fetched once. The test server imitates the CDN
 * (web-test-runner.config.mjs, `npmCdnLayout`); 127.0.0.1 is another origin than the test page's.
 */
import { expect } from '@open-wc/testing';
import { closeHostPages, hasRendered, libraryWarnings, openHostPage, until } from './hostile-page.js';

const version = (await (await fetch('/package.json')).json()).version as string;
const integrity = (await (await fetch('/dist/integrity.json')).json()) as Record<string, string>;
const otherOrigin = `${location.protocol}//127.0.0.1:${location.port}`;

function libraryRequests(win: Window): string[] {
  return win.performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('/npm/cramp-widgets@'));
}

describe('the release from a CDN-like URL', () => {
  afterEach(closeHostPages);

  for (const [type, file] of [['module', 'cramp-widgets.js'], ['classic', 'cramp-widgets.iife.js']] as const) {
    it(`${type}: ${otherOrigin}/npm/cramp-widgets@${version}/dist/${file}?v=… with integrity renders in Spanish, each file loaded once`, async function () {
      this.timeout(20000);
      const src = `${otherOrigin}/npm/cramp-widgets@${version}/dist/${file}?v=${version}`;
      const { win, doc } = await openHostPage(`/tests/fixtures/release/cdn.html?${new URLSearchParams({ type, src, integrity: integrity[file]! })}`, {
        waitFor: ['call-clinic', 'cramp-causes', 'vein-cta'],
      });
      await until(() => doc.getElementById('call')!.shadowRoot?.textContent?.includes('Llame') ?? false, 'Spanish');
      expect(['call', 'causes', 'cta'].filter((id) => !hasRendered(doc.getElementById(id)!))).to.deep.equal([]);
      expect(win.__errors).to.deep.equal([]);
      expect(libraryWarnings(win)).to.deep.equal([]);
      const requests = libraryRequests(win);
      const perFile = new Map<string, number>();
      for (const url of requests) {
        const name = new URL(url).pathname.split('/').pop()!;
        perFile.set(name, (perFile.get(name) ?? 0) + 1);
      }
      expect([...perFile.values()].every((count) => count === 1), JSON.stringify([...perFile])).to.equal(true);
      expect([...perFile.keys()].sort()).to.deep.equal(type === 'module' ? ['cramp-widgets-es.js', 'cramp-widgets.js'] : ['cramp-widgets.iife.js']);
    });
  }
});
