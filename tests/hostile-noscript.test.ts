/**
 * Case 8, script blocked or scripting disabled: the README's recommended snippets
 * (`npm run snippet -- <tag>`, fallback content inside each tag) on a page whose script files are
 * missing (no-script-blocked.html), and on a page with the real bundles in an iframe sandboxed without
 * `allow-scripts` (no-script-disabled.html, as with JavaScript turned off). The fallback content is
 * visible and readable (text with a size), and the call links are `<a href="tel:+13148421441">`.
 */
import { expect } from '@open-wc/testing';
import { closeHostPages, libraryTags, openHostPage, type HostPage } from './hostile-page.js';

/** The snippets whose fallback content carries a call link (the others are the article's text). */
const WITH_CALL = ['call-clinic', 'vein-cta', 'cramp-check', 'cramp-article'];

function fallbackProblems({ win, doc }: HostPage, tags: string[]): string[] {
  const problems: string[] = [];
  for (const tag of tags) {
    const widgets = doc.querySelectorAll(tag);
    if (widgets.length === 0) problems.push(`<${tag}>: no snippet on the page`);
    for (const widget of widgets) {
      if (widget.shadowRoot) problems.push(`<${tag}>: rendered, so the script ran`);
      if (win.customElements.get(tag)) problems.push(`<${tag}>: defined`);
      const rect = widget.getBoundingClientRect();
      if (rect.width === 0 || rect.height === 0) problems.push(`<${tag}>: ${rect.width}x${rect.height}`);
      // Every piece of fallback text is laid out, visible and of a readable size.
      const texts = [...widget.querySelectorAll('a, p, h2, h3, li')];
      if (texts.length === 0) problems.push(`<${tag}>: no fallback text`);
      for (const text of texts) {
        const style = win.getComputedStyle(text);
        const box = text.getBoundingClientRect();
        const label = `<${tag}> <${text.localName}> "${text.textContent!.trim().slice(0, 30)}"`;
        if (text.textContent!.trim() === '') problems.push(`${label}: empty`);
        if (box.width === 0 || box.height === 0) problems.push(`${label}: ${box.width}x${box.height}`);
        if (style.visibility !== 'visible' || style.opacity !== '1' || style.display === 'none') problems.push(`${label}: hidden`);
        if (parseFloat(style.fontSize) < 12) problems.push(`${label}: font-size ${style.fontSize}`);
      }
      const calls = [...widget.querySelectorAll('a[href^="tel:"]')];
      if (WITH_CALL.includes(tag)) {
        if (calls.length === 0) problems.push(`<${tag}>: no call link`);
        for (const call of calls) {
          if (call.getAttribute('href') !== 'tel:+13148421441') problems.push(`<${tag}>: call link ${call.getAttribute('href')}`);
          if (!/314-842-1441/.test(call.textContent!)) problems.push(`<${tag}>: call link text "${call.textContent}"`);
        }
      }
    }
  }
  return problems;
}

describe('script blocked, scripting disabled: the snippets\' fallback content', () => {
  afterEach(closeHostPages);

  for (const width of [320, 1024]) {
    it(`script files missing (404), ${width}px: readable fallback, call links that dial`, async () => {
      const tags = await libraryTags();
      const page = await openHostPage('no-script-blocked.html', { width, waitFor: [] });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(fallbackProblems(page, tags)).to.deep.equal([]);
      expect(page.doc.querySelectorAll('call-clinic')).to.have.length(2); // module and classic snippets
      expect(page.doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
    });

    it(`scripting disabled (sandboxed iframe), ${width}px: readable fallback, call links that dial`, async () => {
      const tags = await libraryTags();
      const page = await openHostPage('no-script-disabled.html', { width, waitFor: [], sandbox: 'allow-same-origin' });
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((page.win as unknown as Record<string, unknown>).__warnings, 'no script ran in the page').to.equal(undefined);
      expect(fallbackProblems(page, tags)).to.deep.equal([]);
      expect(page.doc.documentElement.scrollWidth, 'no sideways scrolling').to.be.at.most(width);
    });
  }
});
