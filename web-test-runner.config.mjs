// @ts-check
/**
 * @web/test-runner config: runs tests/**\/*.test.ts in Chromium, Firefox and
 * WebKit (WebKitGTK MiniBrowser) in one run.
 *
 *   npx web-test-runner                        all three engines
 *   BROWSERS=chromium,firefox npx web-test-runner   a subset (chromium, firefox, webkit)
 *   npx web-test-runner --coverage             + coverage (Chromium only; 90 % lines)
 *
 * Browsers come from Debian packages (chromium, firefox-esr, webkit2gtk-driver,
 * xvfb); nothing is downloaded.
 */
import { readFile } from 'node:fs/promises';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webkitLauncher } from './tests/launchers/webkit-launcher.mjs';
import { visualPlugins } from './tests/visual/visual-plugins.mjs';

/** Content-Security-Policy headers of the Trusted Types pages (see the `trustedTypes` middleware). */
const TRUSTED_TYPES_POLICIES = {
  allowed: "require-trusted-types-for 'script'; trusted-types lit-html cramp-widgets",
  'site-only': "require-trusted-types-for 'script'; trusted-types lit-html",
  none: "require-trusted-types-for 'script'; trusted-types 'none'",
};

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** @type {Record<string, () => import('@web/test-runner').BrowserLauncher>} */
const launchers = {
  chromium: () =>
    // Passing puppeteer-core as `puppeteer` makes the launcher call itself
    // "Chromium" (it says "Chrome" otherwise); it is the same puppeteer-core.
    chromeLauncher({
      puppeteer: /** @type {any} */ (puppeteerCore),
      launchOptions: {
        executablePath: CHROMIUM_PATH,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    }),
  firefox: () =>
    // puppeteer-core drives Firefox over WebDriver BiDi (no CDP: no emulateMedia,
    // no a11ySnapshot, no coverage).
    chromeLauncher({
      puppeteer: /** @type {any} */ (puppeteerCore),
      launchOptions: /** @type {any} */ ({
        browser: 'firefox',
        executablePath: FIREFOX_PATH,
        headless: true,
      }),
    }),
  webkit: () => webkitLauncher({ binary: process.env.MINIBROWSER_PATH }),
};

const requested = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map(name => name.trim().toLowerCase())
  .filter(Boolean);
const unknown = requested.filter(name => !(name in launchers));
if (unknown.length > 0 || requested.length === 0) {
  throw new Error(
    `BROWSERS=${process.env.BROWSERS}: unknown browser(s) ${unknown.join(', ')}; ` +
      `use a comma-separated list of ${Object.keys(launchers).join(', ')}`,
  );
}

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  browsers: [...new Set(requested)].map(name => launchers[name]()),
  browserStartTimeout: 60000,
  testsStartTimeout: 60000,
  testsFinishTimeout: 120000,
  // Strict CSP for tests/hostile-csp.test.ts: pages under /tests/fixtures/hostile/csp/ are served
  // with the header a locked-down site sends.
  middleware: [
    function strictCsp(context, next) {
      if (context.path.startsWith('/tests/fixtures/hostile/csp/')) {
        context.set('Content-Security-Policy', "default-src 'self'; script-src 'self'; style-src 'self'");
      }
      return next();
    },
    // An optimiser's or CDN's copy of the ES bundle for tests/bundles-localization.test.ts: the entry
    // renamed in another folder, the Spanish chunk next to it under its own name. Any other file
    // asked for in that folder (such as `./cramp-widgets.js`) is a 404, as it would be there.
    function renamedBundle(context, next) {
      const renamed = {
        '/tests/fixtures/bundles/optimized/wpo-3f2a9c.min.js': '/dist/cramp-widgets.js',
        '/tests/fixtures/bundles/optimized/cramp-widgets-es.js': '/dist/cramp-widgets-es.js',
        // Copied without its neighbour: the renamed entry alone, no Spanish chunk in its folder.
        '/tests/fixtures/bundles/alone/wpo-3f2a9c.min.js': '/dist/cramp-widgets.js',
      }[context.path];
      if (renamed) context.url = renamed;
      return next();
    },
    // A "combine JavaScript" optimiser's output for tests/bundles-localization.test.ts: the site's own
    // script and one of the bundles concatenated into one file that the page loads as a classic script.
    async function combinedScripts(context, next) {
      const bundle = {
        '/tests/fixtures/bundles/combined/site-classic.min.js': 'dist/cramp-widgets.iife.js',
        '/tests/fixtures/bundles/combined/site-module.min.js': 'dist/cramp-widgets.js',
      }[context.path];
      if (!bundle) return next();
      context.type = 'application/javascript';
      context.body = `window.__siteScriptRan = true;\n${await readFile(bundle, 'utf8')}`;
    },
    // tests/hostile-trust.test.ts: pages named tests/fixtures/hostile/trust/tt-<policy>--*.html are
    // served with the Trusted Types policy of that name.
    function trustedTypes(context, next) {
      const policy = /^\/tests\/fixtures\/hostile\/trust\/tt-([a-z-]+?)--/.exec(context.path)?.[1];
      if (policy) context.set('Content-Security-Policy', TRUSTED_TYPES_POLICIES[policy]);
      return next();
    },
    // tests/release-layout.test.ts: /npm/cramp-widgets@VERSION/dist/… serves dist/… the way public npm
    // CDNs do (a version in the path, any query string, CORS for every origin).
    async function npmCdnLayout(context, next) {
      const match = /^\/npm\/cramp-widgets@[\w.-]+\/dist\/([\w.-]+\.js)$/.exec(context.path);
      if (!match) return next();
      context.set('Access-Control-Allow-Origin', '*');
      context.type = 'text/javascript';
      context.body = await readFile(new URL(`./dist/${match[1]}`, import.meta.url));
    },
    // tests/hostile-trust.test.ts: /served/tamper=FILE/dist/… serves dist/… as is, except FILE, which
    // gets one extra byte: a copy of a release that is not the published one.
    async function tamperedCopies(context, next) {
      const match = /^\/served\/tamper=([^/]*)\/dist\/([\w./-]+\.js)$/.exec(context.path);
      if (!match || match[2].includes('..')) return next();
      const bytes = await readFile(new URL(`./dist/${match[2]}`, import.meta.url));
      context.type = 'text/javascript';
      context.body = match[2] === match[1] ? Buffer.concat([bytes, Buffer.from('\n')]) : bytes;
    },
  ],
  plugins: [
    // The tsconfig carries experimentalDecorators/useDefineForClassFields:false;
    // without it esbuild compiles decorators as standard ones.
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
    // tests/visual/*.visual.test.ts: screenshots compared with tests/visual/baselines/ (VISUAL_UPDATE=1 rewrites them).
    ...visualPlugins(),
  ],
  testFramework: {
    config: {
      // axe checks can take longer than mocha's 2 s default under load.
      timeout: 10000,
    },
  },
  // Used with --coverage. Coverage is collected by Chromium only (V8); files
  // never imported by a test do not appear in the report.
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['**/node_modules/**', 'tests/**', 'dist/**'],
    threshold: { statements: 0, branches: 0, functions: 0, lines: 90 },
    reportDir: 'coverage',
    reporters: ['lcov', 'text-summary'],
  },
};
