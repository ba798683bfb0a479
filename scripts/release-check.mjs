// `npm run release:check`: a dry run of a release. Builds, packs the package as `npm publish` would,
// and tries the tarball the two ways users take it, in scratch folders outside the repository:
//   1. a plain HTML site that hosts the tarball's dist/ folder (the module bundle on a Spanish page,
//      the classic bundle on an English one), opened in headless Chromium;
//   2. a Vite app that installs the tarball and imports one element (`cramp-widgets/call-clinic.js`):
//      it must build with one copy of Lit and render.
// Then checks that `npm version` keeps package.json, VERSION in src/ and the bundles' banner in step
// (in a scratch clone), and prints what would be published. `--skip-build` reuses a build that
// `check:build` has just verified (npm test does this).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevServer } from '@web/dev-server';
import puppeteer from 'puppeteer-core';

const repo = fileURLToPath(new URL('..', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'cramp-release-'));
const run = (command, args, cwd = repo) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const results = [];
const check = (name, ok, detail = '') => {
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'}  ${name}${detail ? `: ${detail}` : ''}`);
};

async function main() {
  if (!process.argv.includes('--skip-build')) run('npm', ['run', 'build', '--silent']);

  // --- What would be published --------------------------------------------------------------------
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch]));
  const tarball = join(scratch, packed.filename);
  console.log(`Would publish ${packed.name}@${packed.version}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KB packed, ${(packed.unpackedSize / 1024).toFixed(1)} KB unpacked (${packed.filename}, sha512 ${packed.integrity.slice(7, 23)}…)`);
  const groups = new Map();
  for (const { path } of packed.files) {
    const group = path.startsWith('dist/npm/') ? 'dist/npm/ (npm modules and types)' : path.startsWith('dist/snippets/') ? 'dist/snippets/' : path;
    groups.set(group, (groups.get(group) ?? 0) + 1);
  }
  for (const [group, count] of groups) console.log(`  ${group}${count > 1 ? ` (${count} files)` : ''}`);

  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await plainSite(tarball, browser);
    await viteApp(tarball, browser);
  } finally {
    await browser.close();
  }
  versionInStep();
}

/** Opens `url`, waits for `<call-clinic>` to render and returns what the page showed and fetched. */
async function visit(browser, url) {
  const page = await browser.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  // Failed requests are reported by URL below (the console only says "Failed to load resource").
  page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    // Chromium asks for /favicon.ico by itself.
    if (response.status() >= 400 && path !== '/favicon.ico') errors.push(`${response.status()} ${path}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  const label = await page
    .waitForFunction(() => document.querySelector('call-clinic')?.shadowRoot?.querySelector('[part~="label"]')?.textContent, { timeout: 15000 })
    .then((handle) => handle.jsonValue())
    .catch(() => '(did not render)');
  await page.close();
  return { label, errors, requests };
}

async function serve(rootDir) {
  return startDevServer({
    config: { rootDir, port: 0, hostname: '127.0.0.1', nodeResolve: false, open: false, watch: false },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
}

async function plainSite(tarball, browser) {
  const site = join(scratch, 'site');
  mkdirSync(site);
  run('tar', ['xzf', tarball, '-C', site, '--strip-components=1', 'package/dist']);
  const page = (lang, script) =>
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>release check</title>${script}</head>` +
    '<body><call-clinic><a href="tel:+13148421441">Call 314-842-1441</a></call-clinic><cramp-causes></cramp-causes></body></html>';
  writeFileSync(join(site, 'module-es.html'), page('es', '<script type="module" src="dist/cramp-widgets.js?ver=1"></script>'));
  writeFileSync(join(site, 'classic-en.html'), page('en', '<script src="dist/cramp-widgets.iife.js"></script>'));
  const server = await serve(site);
  try {
    const origin = `http://127.0.0.1:${server.server.address().port}`;
    const spanish = await visit(browser, `${origin}/module-es.html`);
    const library = spanish.requests.filter((path) => path.startsWith('/dist/'));
    check('plain HTML, module bundle, Spanish page', /^Llame al/.test(spanish.label) && spanish.errors.length === 0 && new Set(library).size === library.length, `"${spanish.label}", requests ${library.join(' ')}`);
    const english = await visit(browser, `${origin}/classic-en.html`);
    check('plain HTML, classic bundle, English page', english.label === 'Call 314-842-1441' && english.errors.length === 0, `"${english.label}"`);
  } finally {
    await server.stop();
  }
}

async function viteApp(tarball, browser) {
  const app = join(scratch, 'app');
  mkdirSync(join(app, 'src'), { recursive: true });
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'release-check-app', private: true, type: 'module' }));
  writeFileSync(join(app, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>app</title><script type="module" src="/src/main.js"></script></head><body><call-clinic></call-clinic></body></html>');
  writeFileSync(join(app, 'src/main.js'), "import 'cramp-widgets/call-clinic.js';\nimport { html, render } from 'lit';\nrender(html`<p>The app's own Lit</p>`, document.body.appendChild(document.createElement('div')));\n");
  // The tarball and the app's own Lit, installed from the registry (or npm's cache) as a user would.
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball, 'lit@3'], app);
  const lits = run('npm', ['ls', 'lit-html', '--all', '--parseable'], app).trim().split('\n').filter(Boolean);
  const { build } = await import(resolve(repo, 'node_modules/vite/dist/node/index.js'));
  await build({ root: app, logLevel: 'silent', build: { outDir: join(app, 'dist') } });
  const assets = readdirSync(join(app, 'dist/assets')).filter((name) => name.endsWith('.js'));
  const code = assets.map((name) => readFileSync(join(app, 'dist/assets', name), 'utf8')).join('\n');
  const litCopies = code.match(/litHtmlVersions/g)?.length ?? 0;
  const server = await serve(join(app, 'dist'));
  try {
    const shown = await visit(browser, `http://127.0.0.1:${server.server.address().port}/`);
    check(
      'Vite app importing cramp-widgets/call-clinic.js',
      lits.length === 1 && litCopies === 1 && shown.label === 'Call 314-842-1441' && shown.errors.length === 0,
      `${lits.length} lit-html installed, ${litCopies} in the build, "${shown.label}"${shown.errors.length ? `, errors: ${shown.errors.join('; ')}` : ''}`,
    );
  } finally {
    await server.stop();
  }
}

/** `npm version` in a scratch clone: package.json, src/internal/version.ts and the banner agree. */
function versionInStep() {
  const clone = join(scratch, 'clone');
  run('git', ['clone', '--quiet', '--no-hardlinks', repo, clone]);
  symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'), 'dir');
  run('npm', ['version', 'preminor', '--preid', 'check', '--no-git-tag-version'], clone);
  const version = JSON.parse(readFileSync(join(clone, 'package.json'), 'utf8')).version;
  const source = readFileSync(join(clone, 'src/internal/version.ts'), 'utf8');
  const banner = readFileSync(join(clone, 'dist/cramp-widgets.js'), 'utf8').split('\n')[0];
  const changelog = readFileSync(join(clone, 'CHANGELOG.md'), 'utf8');
  check(
    `npm version ${version}: package.json, VERSION, banner and CHANGELOG in step`,
    source.includes(`'${version}'`) && banner.startsWith(`/*! cramp-widgets ${version} `) && changelog.includes(`## [${version}] - `),
    banner.slice(0, 40),
  );
}

try {
  await main();
} catch (error) {
  check('release check ran to the end', false, error.stack ?? String(error));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const failed = results.filter((result) => !result.ok).length;
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
