/**
 * The site-owner guides of docs/embedding.md, tried on local pages that imitate each case
 * (tests/fixtures/hostile/guides/): what a visitor gets from each guide's exact snippet.
 */
import { expect } from '@open-wc/testing';
import { closeHostPages, hasRendered, libraryWarnings, openHostPage, settle, until, type HostPage } from './hostile-page.js';

const guide = (name: string, options: Parameters<typeof openHostPage>[1] = {}) => openHostPage(`guides/${name}.html`, options);

/** Widgets on the page that rendered, and fallback children of rendered widgets that are still shown. */
function state({ doc }: HostPage, tags = ['call-clinic', 'cramp-causes', 'vein-cta']) {
  const widgets = [...doc.querySelectorAll(tags.join(', '))];
  return {
    widgets: widgets.length,
    rendered: widgets.filter(hasRendered).length,
    fallbackShown: widgets.filter(hasRendered).flatMap((widget) => [...widget.children].filter((child) => child.getClientRects().length > 0)).length,
  };
}

/** Visible fallback links: [text, href] of every link laid out on the page. */
function visibleLinks({ doc }: HostPage): [string, string][] {
  return [...doc.querySelectorAll('a')].filter((a) => a.getClientRects().length > 0).map((a) => [a.textContent!.trim(), a.getAttribute('href')!]);
}

describe('the guides, tried on imitation pages', () => {
  afterEach(closeHostPages);

  it('plain HTML: the snippets render, fallback hidden, no warning', async () => {
    const page = await guide('plain', { waitFor: ['call-clinic', 'vein-cta'] });
    expect(state(page)).to.deep.equal({ widgets: 2, rendered: 2, fallbackShown: 0 });
    expect(page.win.__errors).to.deep.equal([]);
    expect(libraryWarnings(page.win)).to.deep.equal([]);
  });

  it('WordPress, Custom HTML blocks: render inside the 650px content column', async () => {
    const page = await guide('wordpress-block', { width: 1280, waitFor: ['call-clinic', 'vein-cta'] });
    expect(state(page)).to.deep.equal({ widgets: 2, rendered: 2, fallbackShown: 0 });
    for (const widget of page.doc.querySelectorAll('call-clinic, vein-cta')) expect(widget.getBoundingClientRect().width).to.be.at.most(650);
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('WordPress, author without unfiltered_html: no widget, the fallback links work', async () => {
    const page = await guide('wordpress-author', { waitFor: [] });
    expect(page.doc.querySelectorAll('call-clinic, vein-cta, script[src*="cramp-widgets"]')).to.have.length(0);
    const links = visibleLinks(page);
    expect(links.filter(([, href]) => href === 'tel:+13148421441').map(([text]) => text)).to.deep.equal(['Call 314-842-1441', 'Call 314-842-1441']);
    expect(links.some(([text]) => text === 'Request a vein evaluation')).to.equal(true);
  });

  it('WordPress, classic editor (wpautop): the div-wrapped snippets render, no widget inside a <p>', async () => {
    const page = await guide('wordpress-classic', { waitFor: ['call-clinic', 'cramp-causes'] });
    await settle(page.doc);
    expect(state(page)).to.deep.equal({ widgets: 2, rendered: 2, fallbackShown: 0 });
    expect([...page.doc.querySelectorAll('call-clinic, cramp-causes')].map((widget) => widget.parentElement!.localName)).to.deep.equal(['div', 'div']);
    expect(page.win.__errors).to.deep.equal([]);
    expect(libraryWarnings(page.win)).to.deep.equal([]);
  });

  it('WordPress with "delay JavaScript": the fallback meanwhile, widgets at the first interaction; an excluded script renders at once', async () => {
    const delayed = await guide('wp-rocket-delayed', { waitFor: [] });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(state(delayed)).to.deep.equal({ widgets: 2, rendered: 0, fallbackShown: 0 });
    expect(visibleLinks(delayed).filter(([, href]) => href === 'tel:+13148421441')).to.have.length(2);
    delayed.win.dispatchEvent(new (delayed.win as unknown as typeof globalThis).KeyboardEvent('keydown', { key: 'Tab' }));
    await until(() => !!delayed.win.customElements.get('vein-cta'), 'the delayed script');
    await settle(delayed.doc);
    expect(state(delayed)).to.deep.equal({ widgets: 2, rendered: 2, fallbackShown: 0 });
    closeHostPages();

    const excluded = await guide('wp-rocket-excluded', { waitFor: ['call-clinic', 'vein-cta'] });
    expect(state(excluded)).to.deep.equal({ widgets: 2, rendered: 2, fallbackShown: 0 });
  });

  it('Squarespace: tags in Code Blocks, the classic script in the footer Code Injection', async () => {
    const page = await guide('squarespace', { waitFor: ['call-clinic', 'vein-cta'] });
    expect(state(page)).to.deep.equal({ widgets: 2, rendered: 2, fallbackShown: 0 });
    expect(page.win.__errors).to.deep.equal([]);
  });

  it('Google Tag Manager: the classic script inserted by a Custom HTML tag', async () => {
    const page = await guide('gtm', { waitFor: ['call-clinic', 'vein-cta'] });
    expect(state(page)).to.deep.equal({ widgets: 2, rendered: 2, fallbackShown: 0 });
    expect(page.win.__errors).to.deep.equal([]);
    expect(libraryWarnings(page.win)).to.deep.equal([]);
  });
});
