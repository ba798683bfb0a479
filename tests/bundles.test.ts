/**
 * The built bundles, loaded the way a CMS page loads them: static HTML pages under
 * tests/fixtures/bundles/ with <script> tags pointing at dist/. Run `npm run build` first
 * (`npm test` does, through check:build).
 */
import { expect } from '@open-wc/testing';

/** The version the bundles were built as (package.json is the one source of truth). */
const version = (await (await fetch('/package.json')).json()).version as string;

interface FixtureWindow extends Window {
  __warnings: string[];
  __errors: string[];
}

async function openPage(name: string, width = 800): Promise<{ win: FixtureWindow; doc: Document; frame: HTMLIFrameElement }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '600px';
  frame.src = `/tests/fixtures/bundles/${name}.html`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as FixtureWindow;
  await win.customElements.whenDefined('call-clinic');
  // Let every element render (Lit renders in a microtask after upgrade).
  await new Promise((resolve) => setTimeout(resolve, 50));
  return { win, doc: frame.contentDocument!, frame };
}

function callHref(doc: Document, id: string): string | null | undefined {
  return doc.getElementById(id)?.shadowRoot?.querySelector('[part="call"]')?.getAttribute('href');
}

function libraryWarnings(win: FixtureWindow): string[] {
  return win.__warnings.filter((w) => w.startsWith('[cramp-widgets]'));
}

describe('built bundles in a plain HTML page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  for (const page of ['module', 'classic']) {
    it(`${page}: renders <call-clinic> that dials tel:+13148421441, with no warning or error`, async () => {
      const { win, doc } = await openPage(page);
      expect(callHref(doc, 'plain')).to.equal('tel:+13148421441');
      expect(doc.getElementById('plain')!.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Call 314-842-1441');
      expect(callHref(doc, 'with-fallback'), 'the fallback number is used').to.equal('tel:+16365550100');
      const fallback = doc.querySelector('#with-fallback > a')!;
      expect(fallback.getClientRects().length, 'fallback hidden after upgrade').to.equal(0);
      expect(win.__errors).to.deep.equal([]);
      expect(libraryWarnings(win)).to.deep.equal([]);
    });
  }

  // Issue 11 defect 7: the minified templates dropped the space ("…1441to schedule" when copied).
  for (const page of ['module', 'classic']) {
    it(`${page}: the causes' call sentence reads "Call 314-842-1441 to schedule your evaluation", with its space`, async () => {
      const { win, doc } = await openPage(page, 1000);
      const causes = doc.createElement('cramp-causes') as HTMLElement & { updateComplete: Promise<unknown> };
      causes.setAttribute('layout', 'cards');
      doc.body.append(causes);
      await win.customElements.whenDefined('cramp-causes');
      await causes.updateComplete;
      const call = causes.shadowRoot!.querySelector('[data-cause="nerves"] call-clinic') as HTMLElement & { updateComplete: Promise<unknown> };
      await call.updateComplete;
      // What a reader gets: the link's label, then the sentence's own text (not Lit's marker comments).
      const read = [...call.parentElement!.childNodes]
        .filter((node) => node.nodeType !== Node.COMMENT_NODE)
        .map((node) => (node === call ? call.shadowRoot!.querySelector('[part="label"]')!.textContent : node.textContent))
        .join('');
      expect(read.replace(/\s+/g, ' ').trim()).to.equal('Call 314-842-1441 to schedule your evaluation');
    });
  }

  for (const page of ['module-twice', 'classic-twice', 'both']) {
    it(`${page}: loading the library twice throws nothing, warns nothing (same version), and works`, async () => {
      const { win, doc } = await openPage(page);
      expect(win.__errors).to.deep.equal([]);
      expect(libraryWarnings(win)).to.deep.equal([]);
      expect(callHref(doc, 'plain')).to.equal('tel:+13148421441');
      expect(doc.getElementById('plain')!.shadowRoot!.querySelectorAll('[part="call"]')).to.have.length(1);
    });
  }

  it('older copy first: the first definition wins, one warning names both versions', async () => {
    const { win, doc } = await openPage('older-first');
    expect(win.__errors).to.deep.equal([]);
    const warnings = libraryWarnings(win);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('0.0.9').and.include(version);
    expect(callHref(doc, 'plain')).to.equal('tel:+13148421441');
  });

  it('classic WordPress content: element inside <p> with <br />, settings block after the script', async () => {
    const { win, doc } = await openPage('wordpress-classic');
    expect(win.__errors).to.deep.equal([]);
    const plain = doc.getElementById('plain')!;
    expect(plain.parentElement!.tagName).to.equal('P');
    expect(callHref(doc, 'plain')).to.equal('tel:+13148421441');
    expect(plain.shadowRoot!.querySelector('[part="call"]')!.textContent).to.include('Settings After Elements');
    expect(callHref(doc, 'with-fallback')).to.equal('tel:+16365550100');
  });

  it('mobile-only shows the element on a 320px screen and hides it at 1024px', async () => {
    const narrow = await openPage('module', 320);
    expect(narrow.win.getComputedStyle(narrow.doc.getElementById('mobile')!).display).to.equal('block');
    const wide = await openPage('module', 1024);
    expect(wide.win.getComputedStyle(wide.doc.getElementById('mobile')!).display).to.equal('none');
  });

  it('the ES bundle loads its Spanish strings as a chunk next to itself', async () => {
    const { win, doc } = await openPage('module');
    doc.documentElement.lang = 'es-MX';
    const plain = doc.getElementById('plain')!;
    await new Promise<void>((resolve) => {
      const check = () => (plain.shadowRoot!.querySelector('[lang]')?.getAttribute('lang') === 'es' ? resolve() : setTimeout(check, 20));
      check();
    });
    const chunk = win.performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('cramp-widgets-es'));
    expect(chunk).to.have.length(1);
    expect(new URL(chunk[0]!).pathname).to.equal('/dist/cramp-widgets-es.js');
  });

  for (const page of ['module', 'classic', 'both']) {
    it(`${page}: window.CrampWidgets is one frozen namespace; refreshPageSettings() applies settings a tag manager adds later`, async () => {
      const { win, doc } = await openPage(page);
      const pkg = await (await fetch('/package.json')).json();
      const api = (win as unknown as { CrampWidgets: { version: string; refreshPageSettings: () => void } }).CrampWidgets;
      expect(Object.keys(api).sort()).to.deep.equal(['refreshPageSettings', 'version']);
      expect(api.version).to.equal(pkg.version);
      expect(Object.isFrozen(api)).to.equal(true);
      expect(() => {
        (win as unknown as { CrampWidgets: unknown }).CrampWidgets = {};
      }).to.throw(); // test code is strict: writing the read-only global throws here, and is ignored in sloppy page scripts
      expect((win as unknown as { CrampWidgets: unknown }).CrampWidgets).to.equal(api);

      const block = doc.createElement('script');
      block.type = 'application/json';
      block.dataset.crampSettings = '';
      block.textContent = '{"phone": "636-555-0142"}';
      doc.head.append(block);
      api.refreshPageSettings();
      await (doc.getElementById('plain') as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(callHref(doc, 'plain')).to.equal('tel:+16365550142');
      expect(win.__errors).to.deep.equal([]);
    });
  }

  it('every bundle file starts with the licence banner; THIRD-PARTY-NOTICES.txt holds the full licences', async () => {
    const pkg = await (await fetch('/package.json')).json();
    const notices = await (await fetch('/dist/THIRD-PARTY-NOTICES.txt')).text();
    for (const file of ['cramp-widgets.js', 'cramp-widgets-es.js', 'cramp-widgets.iife.js']) {
      const firstLine = (await (await fetch(`/dist/${file}`)).text()).split('\n')[0]!;
      expect(firstLine, file).to.match(new RegExp(`^/\\*! cramp-widgets ${pkg.version.replace(/\./g, '\\.')} \\| MIT License \\| article text \\(c\\) Sheen Vein & Cosmetics`));
      if (file !== 'cramp-widgets-es.js') {
        for (const name of ['lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize']) expect(firstLine, `${file} names ${name}`).to.include(`${name} `);
        expect(firstLine).to.include('BSD-3-Clause').and.include('THIRD-PARTY-NOTICES.txt');
      }
    }
    // The full BSD-3-Clause text of Lit, as Lit ships it (copyright, conditions and disclaimer).
    for (const name of ['lit-html', 'lit-element', '@lit/reactive-element', '@lit/localize']) {
      const license = (await (await fetch(`/node_modules/${name}/LICENSE`)).text()).trim();
      expect(notices, name).to.include(license);
    }
    expect(notices).to.include('Redistributions in binary form must reproduce the above copyright');
  });
});
