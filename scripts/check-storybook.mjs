// Headless smoke check of the static Storybook (`npm run build-storybook` first): serves
// storybook-static/ on a free localhost port, opens every story and every docs page of index.json in
// Chromium, and fails a story or docs page on any of: it did not render (empty #storybook-root, an element not
// upgraded, a render or play error), a console error, a page error, a request that leaves localhost,
// a violation found by Storybook's a11y addon (`a11y.test: 'error'`) or by an independent axe-core
// run on #storybook-root (shadow roots included). Stories shown by the built bundle (the "Build"
// toolbar switch, stories/built-bundle.stories.ts) are checked inside their frame, which must have
// loaded dist/cramp-widgets.js and nothing of src/. Docs pages are checked the same way (all their
// stories rendered, no errors, axe on the whole page). Ends with the line `N passed, N failed`.
//
//   node scripts/check-storybook.mjs [--only <text in the story id>]
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const repo = fileURLToPath(new URL('..', import.meta.url));
const staticDir = resolve(repo, 'storybook-static');
const axePath = resolve(repo, 'node_modules/axe-core/axe.min.js');
const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const STORY_TIMEOUT_MS = 60_000; // generous: other test runs may share the machine
const PARALLEL_PAGES = 2;

const onlyIndex = process.argv.indexOf('--only');
const only = onlyIndex >= 0 ? process.argv[onlyIndex + 1] : undefined;

if (!existsSync(join(staticDir, 'index.json'))) {
  console.error('storybook-static/index.json not found: run `npm run build-storybook` first.');
  process.exit(1);
}

// --- A static file server on 127.0.0.1, on a port the system picks ---------------------------------
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

const server = createServer((request, response) => {
  let file;
  try {
    file = resolve(staticDir, `.${decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)}`);
  } catch {
    response.writeHead(400).end();
    return;
  }
  if (file !== staticDir && !file.startsWith(staticDir + sep)) {
    response.writeHead(403).end();
    return;
  }
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!existsSync(file)) {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    return;
  }
  response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'max-age=600' });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

// --- The stories ------------------------------------------------------------------------------------
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8'));
const entries = Object.values(index.entries);
const stories = entries.filter((entry) => (entry.type === 'story' || entry.type === 'docs') && (!only || entry.id.includes(only)));
const docsCount = stories.filter((entry) => entry.type === 'docs').length;
console.log(`Storybook smoke check: ${stories.length - docsCount} stories and ${docsCount} docs pages, served at ${origin}`);

/**
 * Runs before Storybook's own code in every page: records the channel events that tell how the story
 * ended. `storyFinished` comes after render, play function and the a11y addon's afterEach.
 */
function recordStorybookEvents() {
  const events = (window.__smokeEvents = []);
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      for (const name of ['storyFinished', 'docsRendered', 'storyErrored', 'storyThrewException', 'playFunctionThrewException', 'storyMissing']) {
        value.on(name, (payload) => {
          let detail;
          try {
            detail = JSON.parse(JSON.stringify(payload ?? null));
          } catch {
            detail = String(payload);
          }
          events.push({ name, detail });
        });
      }
    },
  });
}

/**
 * In the page: the root (#storybook-root, or #storybook-docs for a docs page) has content and every
 * custom element in it (and in their shadow roots) is upgraded and rendered. A story shown by the built
 * bundle is checked inside its frame, whose page must run dist/cramp-widgets.js (it sets
 * window.CrampWidgets) and must not have loaded a module of src/.
 */
async function checkRendered(rootSelector) {
  let root = document.querySelector(rootSelector);
  if (!root || (root.children.length === 0 && !root.textContent.trim())) return [`${rootSelector} is empty`];
  const problems = [];
  let registry = customElements;
  const bundleFrame = root.querySelector('iframe[data-build]');
  if (bundleFrame) {
    const expected = bundleFrame.dataset.script;
    const deadline = Date.now() + 30_000;
    while (!bundleFrame.contentWindow?.CrampWidgets && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    const win = bundleFrame.contentWindow;
    if (!win?.CrampWidgets) return [`the built-file frame did not run ${expected}`];
    const scripts = win.performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
    if (!scripts.some((path) => path === expected)) problems.push(`the built-file frame did not load ${expected}`);
    const others = scripts.filter((path) => path.endsWith('.js') && path !== expected && !path.endsWith('/cramp-widgets-es.js'));
    if (others.length > 0) problems.push(`the built-file frame also loaded ${others.join(', ')}`);
    const fromSource = scripts.filter((path) => path.includes('/src/'));
    if (fromSource.length > 0) problems.push(`the built-bundle frame loaded sources: ${fromSource.join(', ')}`);
    root = win.document.body;
    registry = win.customElements;
  }
  const elements = [];
  const collect = (scope) => {
    for (const element of scope.querySelectorAll('*')) {
      if (element.localName.includes('-')) elements.push(element);
      if (element.shadowRoot) collect(element.shadowRoot);
    }
  };
  collect(root);
  for (const element of elements) {
    if (!registry.get(element.localName)) {
      problems.push(`<${element.localName}> is not defined`);
      continue;
    }
    if ('updateComplete' in element) await element.updateComplete;
    if (!element.shadowRoot) problems.push(`<${element.localName}> has no shadow root`);
  }
  if (elements.length === 0) problems.push(`no custom element in ${rootSelector}`);
  return problems;
}

async function runAxe(rootSelector) {
  // Elements inside shadow roots are checked: axe-core descends into open shadow roots by default.
  // Frames are checked on their own (the built bundle's frame below; a docs page's story frames are stories).
  // On a docs page, Storybook's own controls table is left out: its toggles are Storybook's, not ours.
  // A docs page shows one element several times (one per story), so the same named landmark (e.g.
  // <cramp-article>'s "When to get a full evaluation" section) appears more than once there by
  // design: landmark-unique is left to the story checks, where each element is on its own.
  const context = { include: [rootSelector], exclude: [['.docblock-argstable']] };
  const docsPage = rootSelector === '#storybook-docs';
  const result = await window.axe.run(context, {
    resultTypes: ['violations'],
    iframes: false,
    ...(docsPage ? { rules: { 'landmark-unique': { enabled: false } } } : {}),
  });
  return result.violations.map(
    (violation) => `axe ${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}

function isLocal(url) {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost';
}

const isFavicon = (url) => new URL(url).pathname === '/favicon.ico';

async function checkStory(browser, story) {
  const problems = [];
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1024, height: 768 });
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (isLocal(request.url())) {
        request.continue();
      } else {
        problems.push(`request leaving localhost: ${request.url()}`);
        request.abort('blockedbyclient');
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !isFavicon(response.url())) problems.push(`HTTP ${response.status()} for ${response.url()}`);
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const where = message.location()?.url;
      // Chromium asks for /favicon.ico on its own; its 404 is not the story's.
      if (where && isFavicon(where)) return;
      problems.push(`console error: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.evaluateOnNewDocument(recordStorybookEvents);

    const docs = story.type === 'docs';
    const url = `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=${docs ? 'docs' : 'story'}`;
    await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT_MS });
    const done = docs ? 'docsRendered' : 'storyFinished';
    const finished = await page
      .waitForFunction((name) => window.__smokeEvents?.find((event) => event.name === name)?.detail ?? false, { timeout: STORY_TIMEOUT_MS }, done)
      .then((handle) => handle.jsonValue())
      .catch(() => null);
    const events = await page.evaluate(() => window.__smokeEvents ?? []);
    for (const event of events) {
      if (event.name !== 'storyFinished' && event.name !== 'docsRendered') problems.push(`${event.name}: ${JSON.stringify(event.detail).slice(0, 300)}`);
    }
    if (!finished) {
      problems.push(`the ${docs ? 'docs page' : 'story'} did not finish rendering within ${STORY_TIMEOUT_MS / 1000} s`);
    } else if (!docs && finished.status !== 'success') {
      const reports = (finished.reporters ?? []).filter((report) => report.status !== 'passed');
      const details = reports.flatMap((report) =>
        report.type === 'a11y' && report.result?.violations
          ? report.result.violations.map((violation) => `a11y addon: ${violation.id}: ${violation.help}`)
          : [`${report.type} report: ${report.status}`],
      );
      problems.push(`Storybook status "${finished.status}"${details.length ? `: ${details.join('; ')}` : ''}`);
    }

    const rootSelector = docs ? '#storybook-docs' : '#storybook-root';
    problems.push(...(await page.evaluate(checkRendered, rootSelector)));
    await page.addScriptTag({ path: axePath });
    problems.push(...(await page.evaluate(runAxe, rootSelector)));
    // The built bundle's frame (a srcdoc frame: about:srcdoc) gets its own axe run.
    for (const frame of page.frames().filter((frame) => frame.url() === 'about:srcdoc')) {
      await frame.addScriptTag({ path: axePath });
      problems.push(...(await frame.evaluate(runAxe, 'body')).map((problem) => `built bundle: ${problem}`));
    }
  } catch (error) {
    problems.push(`check failed: ${error.message}`);
  } finally {
    await page.close().catch(() => {});
  }
  return problems;
}

// --- Run ---------------------------------------------------------------------------------------------
const started = Date.now();
const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

let passed = 0;
let failed = 0;
try {
  const queue = [...stories];
  const worker = async () => {
    for (let story = queue.shift(); story; story = queue.shift()) {
      const problems = await checkStory(browser, story);
      if (problems.length === 0) {
        passed += 1;
        console.log(`  ok    ${story.id}`);
      } else {
        failed += 1;
        console.log(`  FAIL  ${story.id}\n${[...new Set(problems)].map((problem) => `          ${problem}`).join('\n')}`);
      }
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_PAGES }, worker));
} finally {
  await browser.close();
  server.close();
}

console.log(`Checked ${passed + failed} stories in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
if (stories.length === 0) {
  console.log('No stories found.');
  failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
