// @ts-check
/**
 * Test-runner plugins of the visual regression tests (tests/visual/*.test.ts).
 *
 * Screenshots are compared by @web/test-runner-visual-regression (pixelmatch) against PNG baselines
 * committed under tests/visual/baselines/<engine>/. A test names its screenshot `SOURCE|STATE`:
 *   - SOURCE is where the elements came from: `dist-es` (dist/cramp-widgets.js), `dist-iife`
 *     (dist/cramp-widgets.iife.js), `src` (the TypeScript sources) or `canary` (a deliberately broken
 *     rendering that must fail);
 *   - STATE is the state's path, e.g. `en/dark-320/causes-accordion-open`.
 * Every source is compared with the same baseline, so a bundle that draws differently from the
 * sources fails. Only `dist-es` (the bundle sites load) writes baselines in update mode
 * (`npm run test:visual:update`, i.e. VISUAL_UPDATE=1); the other sources are compared in normal runs.
 * A failed comparison writes the new screenshot and a diff image (changed pixels in red) to
 * tests/visual/failed/<engine>/<source>/STATE.png and STATE-diff.png (gitignored).
 */
import { mkdir, writeFile, readFile, access } from 'node:fs/promises';
import path from 'node:path';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';

/** The source whose screenshots become the baselines. */
export const REFERENCE_SOURCE = 'dist-es';

export const VISUAL_UPDATE = process.env.VISUAL_UPDATE === '1';

/** @param {string} name `SOURCE|STATE` */
function split(name) {
  const bar = name.indexOf('|');
  if (bar < 0) throw new Error(`visual-diff name "${name}" must be SOURCE|STATE`);
  return { source: name.slice(0, bar), state: name.slice(bar + 1) };
}

/** `Chromium` -> `chromium` */
const engine = (/** @type {string} */ browser) => browser.toLowerCase();

/** Baseline paths of non-reference sources carry `#SOURCE`: read from the shared file, never written. */
const sharedPath = (/** @type {string} */ filePath) => filePath.replace(/#[\w-]+(?=\.png$)/, '');

/**
 * Changed pixels a comparison tolerates, per engine. Chromium and Firefox render the same pixels on
 * every run here: 0. WebKitGTK moves the antialiasing of a small icon by a fraction of a pixel from
 * one run to the next (1-3 pixels of the floating bar's close icon were seen); a missing icon stroke
 * changes far more (the canaries in canary.visual.test.ts check that it still fails in WebKit).
 */
export const TOLERATED_PIXELS = { chromium: 0, firefox: 0, webkit: 8 };

/** @param {number} failureThreshold */
function comparison(failureThreshold) {
  return visualRegressionPlugin({
    update: VISUAL_UPDATE,
    baseDir: 'tests/visual',
    // pixelmatch's per-pixel color distance (0..1; 0.1 is its default): it ignores the off-by-one
    // color differences of text antialiasing, not a stroke that is missing or moved.
    diffOptions: { threshold: 0.1, includeAA: false },
    failureThresholdType: 'pixel',
    failureThreshold,
    getBaselineName: ({ browser, name }) => {
      const { source, state } = split(name);
      const base = path.join('baselines', engine(browser), state);
      return source === REFERENCE_SOURCE ? base : `${base}#${source}`;
    },
    getDiffName: ({ browser, name }) => {
      const { source, state } = split(name);
      return path.join('failed', engine(browser), source, `${state}-diff`);
    },
    getFailedName: ({ browser, name }) => {
      const { source, state } = split(name);
      return path.join('failed', engine(browser), source, state);
    },
    getBaseline: async ({ filePath }) => {
      const file = sharedPath(filePath);
      try {
        await access(file);
      } catch {
        return undefined;
      }
      return readFile(file);
    },
    saveBaseline: async ({ filePath, content }) => {
      if (sharedPath(filePath) !== filePath) return; // only the reference source writes baselines
      await mkdir(path.dirname(filePath), { recursive: true });
      await writeFile(filePath, content);
    },
  });
}

export function visualPlugins() {
  /** @type {Record<string, ReturnType<typeof visualRegressionPlugin>>} */
  const byEngine = {};
  for (const [name, pixels] of Object.entries(TOLERATED_PIXELS)) byEngine[name] = comparison(pixels);
  return [
    {
      name: 'visual-regression',
      /** `visual-diff` (from visualDiff() in the browser), handled with the engine's tolerance. */
      executeCommand(/** @type {any} */ args) {
        if (args.command !== 'visual-diff') return undefined;
        const plugin = byEngine[engine(args.session.browser.name)] ?? byEngine.chromium;
        return /** @type {any} */ (plugin).executeCommand(args);
      },
    },
    {
      name: 'visual-commands',
      /**
       * `visual-mode`: { update } so canary tests know whether comparisons run.
       * `visual-viewport`: resizes the page (puppeteer: setViewport; WebKit: the window through WebDriver).
       * @param {{ command: string, payload: any, session: any }} args
       */
      async executeCommand({ command, payload, session }) {
        if (command === 'visual-mode') return { update: VISUAL_UPDATE };
        if (command !== 'visual-viewport') return undefined;
        const { width, height } = payload;
        const browser = session.browser;
        if (browser.type === 'puppeteer') {
          await browser.getPage(session.id).setViewport({ width, height });
          return true;
        }
        if (typeof browser.setViewport === 'function') {
          await browser.setViewport({ width, height });
          return true;
        }
        throw new Error(`visual-viewport: ${browser.name} cannot be resized`);
      },
    },
  ];
}
