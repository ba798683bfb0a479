import { elementUpdated, expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { captureWarnings, engine, markup, settled } from '../helpers.js';
import type { ElementSpec } from './element-spec.js';
import { renderSpec, renderSpecWithWarnings } from './fixtures.js';

/** The panel's background in each scheme (theme.styles.ts: canvas on the host, surface on a card). */
const BACKGROUND = {
  host: { light: 'rgba(0, 0, 0, 0)', dark: 'rgb(15, 32, 39)' },
  card: { light: 'rgb(255, 255, 255)', dark: 'rgb(22, 48, 58)' },
} as const;
const DARK_TEXT = 'rgb(232, 241, 244)';

/**
 * The `theme` attribute every element shares (CrampElement + theme.styles.ts): light by default,
 * `dark`, `auto` following the visitor's system, any case and spaces written back in canonical
 * form, an unknown value warned about once and shown light. Axe-clean in both schemes.
 */
export function themeSuite(spec: ElementSpec): void {
  const background = BACKGROUND[spec.panel];
  const panelOf = (el: Element) => (spec.panel === 'host' ? el : el.shadowRoot!.querySelector('[part~="base"]')!);
  const backgroundOf = (el: Element) => getComputedStyle(panelOf(el)).backgroundColor;

  describe(`theme (shared by the six elements): <${spec.tag}>`, () => {
    it('paints the dark scheme, with light text, for theme="dark"', async () => {
      const el = await renderSpec(spec, { theme: 'dark' });
      expect(backgroundOf(el)).to.equal(background.dark);
      expect(getComputedStyle(el).color).to.equal(DARK_TEXT);
    });

    it('is light without a theme and with theme="light"', async () => {
      for (const attributes of [{}, { theme: 'light' }] as Record<string, string>[]) {
        const el = await renderSpec(spec, attributes);
        expect(backgroundOf(el), JSON.stringify(attributes)).to.equal(background.light);
      }
    });

    if (spec.panel === 'host') {
      it('keeps the page’s text colour when light', async () => {
        const wrapper = await fixture<HTMLElement>(`<div style="color: rgb(1, 2, 3)">${markup(spec.tag, spec.attributes)}</div>`);
        const el = wrapper.firstElementChild!;
        await settled(el);
        expect(getComputedStyle(el).color).to.equal('rgb(1, 2, 3)');
      });
    }

    it('writes theme=" Dark " back as "dark", without a warning, and paints dark', async () => {
      const { el, warnings } = await renderSpecWithWarnings(spec, { theme: ' Dark ' });
      expect(el.getAttribute('theme')).to.equal('dark');
      expect(backgroundOf(el)).to.equal(background.dark);
      expect(warnings).to.deep.equal([]);
    });

    it('warns once about an unknown theme, keeps it as written and stays light', async () => {
      const { el, warnings } = await renderSpecWithWarnings(spec, { theme: 'neon' });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(`<${spec.tag}> theme`).and.include('neon');
      // Left as written: no `:host([theme=...])` rule matches it.
      expect(el.getAttribute('theme')).to.equal('neon');
      expect(backgroundOf(el)).to.equal(background.light);
    });

    it('goes back to light, with one warning, when a dark theme is changed to an unknown one', async () => {
      const el = await renderSpec(spec, { theme: 'dark' });
      const warnings = await captureWarnings(async () => {
        el.setAttribute('theme', 'sepia');
        await elementUpdated(el);
      });
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include(`<${spec.tag}> theme`);
      expect(backgroundOf(el)).to.equal(background.light);
    });

    it('follows prefers-color-scheme for theme="auto"', async () => {
      const el = await renderSpec(spec, { theme: 'auto' });
      const dark = matchMedia('(prefers-color-scheme: dark)').matches;
      expect(backgroundOf(el)).to.equal(dark ? background.dark : background.light);
      if (engine !== 'chromium') return; // emulateMedia needs the DevTools protocol: Chromium only.
      // Reduced motion too: axe must not read a colour halfway through a transition.
      await emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' });
      try {
        expect(backgroundOf(el)).to.equal(background.dark);
        expect(getComputedStyle(el).color).to.equal(DARK_TEXT);
        await expect(el).to.be.accessible();
      } finally {
        await emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
      }
      expect(backgroundOf(el)).to.equal(background.light);
    });

    for (const theme of ['light', 'dark']) {
      it(`passes axe with theme="${theme}"`, async () => {
        const el = await renderSpec(spec, { theme });
        await expect(el).to.be.accessible();
      });
    }
  });
}
