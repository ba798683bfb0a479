// The WordPress plugin in a real WordPress: WordPress Playground (PHP compiled to WebAssembly, SQLite)
// from the npm registry, offline. For each version: boot once with the built zip installed and
// activated, then run every check against it in headless Chromium. Ends with one bare line
// "N passed, N failed" (counted by .ci/run) and exits 1 on any failure.
//
//   node tests/wordpress/e2e.mjs                  WordPress 6.5 (PHP 8.3) and 6.2 (PHP 7.4)
//   WP_VERSIONS=6.5 node tests/wordpress/e2e.mjs  one version
//   WP_E2E_SCREENSHOTS=docs node …                also write docs/wordpress-*.png (6.5)
//
// Run `npm run build` first: the suite installs dist/wordpress/cramp-widgets.zip.
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILDS = join(ROOT, 'node_modules/@wp-playground/wordpress-builds/src/wordpress');
const ZIP = join(ROOT, 'dist/wordpress/cramp-widgets.zip');
const CLI = join(ROOT, 'node_modules/@wp-playground/cli/wp-playground.js');
const VERSIONS = (process.env.WP_VERSIONS ?? '6.5,6.2').split(',').map((v) => v.trim());
const PHP_FOR = { '6.2': '7.4', '6.3': '8.0', '6.4': '8.2', '6.5': '8.3' };
const SCREENSHOTS = process.env.WP_E2E_SCREENSHOTS;

/** The settings an administrator saves; the name tries to break out of the settings' script block. */
const SETTINGS = {
  name: 'Test Clinic </script><script>window.__crampPwned=1</script><!--',
  phone: '314-555-0142',
  website: 'https://clinic.example/',
  booking_url: 'https://clinic.example/book?from=widget&x=1',
  hours: 'Mo-Su 00:00-24:00',
  timezone: 'America/Chicago',
};
const TAGS = ['call-clinic', 'cramp-causes', 'vein-cta', 'clinic-services', 'cramp-article', 'cramp-check'];
const PHP_PROBLEM = /<b>(?:Notice|Warning|Deprecated|Fatal error|Parse error)<\/b>:|^(?:PHP )?(?:Notice|Warning|Deprecated|Fatal error):/m;

let passed = 0;
let failed = 0;
async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    passed++;
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    failed++;
    console.log(`  ✗ ${name}\n      ${String(error?.stack ?? error).split('\n').slice(0, 4).join('\n      ')}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// --- A loopback server for the WordPress zips and the plugin zip (the CLI only installs from a URL) ----
const files = createServer((request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const file = path === '/plugin/cramp-widgets.zip' ? ZIP : path.startsWith('/wordpress/') ? join(BUILDS, path.slice('/wordpress/'.length)) : null;
  if (!file || (file !== ZIP && !file.startsWith(`${BUILDS}/`)) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, { 'content-type': 'application/zip', 'content-length': statSync(file).size });
  createReadStream(file).pipe(response);
});
await new Promise((resolve) => files.listen(0, '127.0.0.1', resolve));
const filesUrl = `http://127.0.0.1:${files.address().port}`;

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/** A mu-plugin for the Spanish check: the site's locale from an option an administrator sets over REST
 * (WordPress does not save WPLANG without a language pack, and there is no download here). */
const LOCALE_MU_PLUGIN = `<?php
add_filter( 'locale', function ( $locale ) {
	$forced = get_option( 'cramp_e2e_locale' );
	return $forced ? $forced : $locale;
} );
add_action( 'init', function () {
	register_setting( 'general', 'cramp_e2e_locale', array( 'type' => 'string', 'show_in_rest' => true, 'default' => '' ) );
} );
`;

async function boot(version, logDir) {
  const port = await freePort();
  // No --blueprint: with one, the CLI fetches from the internet even for an empty blueprint. The
  // plugin is uploaded through Plugins → Add New instead (as a site owner does), the test's mu-plugin
  // is mounted, and the author is created over REST.
  const muPlugins = join(logDir, 'mu-plugins');
  mkdirSync(muPlugins);
  writeFileSync(join(muPlugins, 'cramp-e2e-locale.php'), LOCALE_MU_PLUGIN);
  const args = [
    CLI,
    'server',
    `--wp=${filesUrl}/wordpress/wp-${version}.zip`,
    `--php=${PHP_FOR[version] ?? '8.3'}`,
    `--port=${port}`,
    '--workers=1',
    `--mount=${logDir}:/wordpress/wp-content/e2e-log`,
    `--mount=${muPlugins}:/wordpress/wp-content/mu-plugins`,
    '--define-bool',
    'WP_DEBUG',
    'true',
    '--define',
    'WP_DEBUG_LOG',
    '/wordpress/wp-content/e2e-log/debug.log',
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const started = Date.now();
  while (!/Ready! WordPress is running/.test(output)) {
    if (child.exitCode !== null) throw new Error(`Playground exited:\n${output}`);
    if (Date.now() - started > 240_000) {
      child.kill();
      throw new Error(`Playground did not start in 4 minutes:\n${output}`);
    }
    await sleep(250);
  }
  const url = `http://127.0.0.1:${port}`;
  // The first PHP requests are slow (cold opcode caches in one worker): warm up before the browser.
  for (const path of ['/', '/wp-login.php']) await fetch(`${url}${path}`, { redirect: 'manual' }).then((r) => r.arrayBuffer());
  return { child, url, seconds: (Date.now() - started) / 1000, output: () => output };
}

async function login(browser, base, user, password) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(`${base}/wp-login.php`, { waitUntil: 'domcontentloaded' });
  await page.type('#user_login', user);
  await page.type('#user_pass', password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 120_000 }), page.click('#wp-submit')]);
  assert(!page.url().includes('wp-login.php'), `${user} could not log in`);
  return page;
}

/** A call to the REST API from a logged-in page, with the cookie and the REST nonce. */
async function rest(page, base, method, path, body) {
  return page.evaluate(
    async (base, method, path, body) => {
      const nonce = await (await fetch(`${base}/wp-admin/admin-ajax.php?action=rest-nonce`)).text();
      const response = await fetch(`${base}/index.php?rest_route=${encodeURIComponent(path)}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-wp-nonce': nonce },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: response.status, json: await response.json() };
    },
    base,
    method,
    path,
    body,
  );
}

/** Opens a published page as a visitor and gathers what the checks need. */
async function visit(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  const consoleErrors = [];
  const requests = [];
  page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  const response = await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  const html = await response.text();
  await page.waitForFunction((tags) => tags.every((t) => !document.querySelector(t) || document.querySelector(t).shadowRoot), { timeout: 30_000 }, TAGS);
  await sleep(500);
  return { page, context, html, consoleErrors: consoleErrors.filter((e) => !/favicon/.test(e)), requests };
}

async function frontEndChecks(browser, site, label, url, { version, locale = 'en' }) {
  const { page, context, html, consoleErrors, requests } = await visit(browser, url);
  try {
    await check(`${label}: every widget is on the page and upgraded`, async () => {
      const found = await page.evaluate((tags) => tags.map((t) => [t, document.querySelectorAll(t).length, !!document.querySelector(t)?.shadowRoot, !!customElements.get(t)]), TAGS);
      for (const [tag, count, upgraded, defined] of found) assert(count >= 1 && upgraded && defined, `<${tag}>: ${count} found, upgraded ${upgraded}, defined ${defined}`);
    });
    await check(`${label}: the configured phone, booking URL and hours are shown`, async () => {
      const seen = await page.evaluate(() => {
        const call = document.querySelector('call-clinic');
        const tel = call.shadowRoot.querySelector('a[href^="tel:"]');
        const hours = call.shadowRoot.querySelector('[part~="hours"]');
        const cta = document.querySelector('vein-cta');
        const book = cta.shadowRoot.querySelector('[part~="book"]');
        return { tel: tel?.getAttribute('href'), text: tel?.textContent, hours: hours?.textContent?.trim(), book: book?.getAttribute('href') };
      });
      assert(seen.tel === 'tel:+13145550142', `call link ${seen.tel}`);
      assert(seen.text.includes('314-555-0142'), `call text ${seen.text}`);
      assert(seen.book === SETTINGS.booking_url, `booking link ${seen.book}`);
      assert(seen.hours && seen.hours.length > 3, `hours message ${JSON.stringify(seen.hours)}`);
    });
    await check(`${label}: the server wrote the fallback with the configured details`, async () => {
      const lightDom = html.slice(html.indexOf('<call-clinic'), html.indexOf('</call-clinic>'));
      assert(lightDom.includes('href="tel:+13145550142"'), `call-clinic's fallback: ${lightDom.slice(0, 300)}`);
      assert(html.includes('href="https://clinic.example/book?from=widget&amp;x=1"'), 'vein-cta fallback has no booking link');
      const word = locale === 'es' ? 'Llame al 314-555-0142' : 'Call 314-555-0142';
      assert(html.includes(word), `no "${word}" in the fallback`);
    });
    await check(`${label}: the bundle loads once, from the plugin's folder, ${version >= '6.5' ? 'as a script module' : 'as the classic bundle'}`, async () => {
      const bundles = requests.filter((r) => /\/cramp-widgets\/assets\/cramp-widgets(\.iife)?\.js/.test(r));
      assert(bundles.length === 1, `bundle requests: ${bundles.join(', ')}`);
      const scripts = await page.evaluate(() => [...document.querySelectorAll('script[src*="cramp-widgets"]')].map((s) => `${s.type || 'classic'} ${s.src}`));
      assert(scripts.length === 1, `script tags: ${scripts.join(', ')}`);
      assert(version >= '6.5' ? scripts[0].startsWith('module ') : !scripts[0].startsWith('module '), `script: ${scripts[0]}`);
      assert(scripts[0].includes('?ver='), `no ?ver= on ${scripts[0]}`);
      const chunks = requests.filter((r) => r.includes('cramp-widgets-es.js'));
      if (locale === 'es' && version >= '6.5') assert(chunks.length === 1 && chunks[0].includes('/cramp-widgets/assets/'), `Spanish chunk requests: ${chunks.join(', ')}`);
      else assert(chunks.length === 0, `Spanish chunk requests: ${chunks.join(', ')}`);
      const foreign = requests.filter((r) => !r.startsWith(site) && !r.startsWith('data:'));
      assert(foreign.length === 0, `requests to other hosts: ${foreign.join(', ')}`);
    });
    await check(`${label}: no console errors and no PHP notices`, async () => {
      assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join(' | ')}`);
      assert(!PHP_PROBLEM.test(html), `PHP message in the page: ${html.match(PHP_PROBLEM)?.[0]}`);
    });
    await check(`${label}: the settings JSON stays inside its script block`, async () => {
      const state = await page.evaluate(() => {
        const blocks = [...document.querySelectorAll('script[type="application/json"][data-cramp-settings]')];
        return { count: blocks.length, pwned: window.__crampPwned, settings: blocks[0] && JSON.parse(blocks[0].textContent) };
      });
      assert(state.count === 1, `${state.count} settings blocks`);
      assert(state.pwned === undefined, 'the name broke out of the settings block and ran');
      assert(state.settings.name === SETTINGS.name, `name read back as ${state.settings.name}`);
      assert(state.settings.phone === SETTINGS.phone && state.settings.bookingUrl === SETTINGS.booking_url, JSON.stringify(state.settings));
      assert(!/<\/script|<!--/i.test(html.slice(html.indexOf('data-cramp-settings'), html.indexOf('data-cramp-settings') + 600).split('</script>')[0]), 'raw </script> or <!-- in the block');
    });
    if (locale === 'es') {
      await check(`${label}: Spanish widgets (html lang and widget text)`, async () => {
        const seen = await page.evaluate(() => ({
          lang: document.documentElement.lang,
          call: document.querySelector('call-clinic').shadowRoot.querySelector('a[href^="tel:"]').textContent,
          cta: document.querySelector('vein-cta').shadowRoot.textContent,
        }));
        assert(seen.lang.startsWith('es'), `<html lang="${seen.lang}">`);
        assert(/Llame al 314-555-0142/.test(seen.call), `call link says ${seen.call}`);
        assert(!/Request a vein evaluation/.test(seen.cta), 'vein-cta is still in English');
      });
    }
  } finally {
    await context.close();
  }
}

async function settingsChecks(admin, site) {
  const screen = `${site}/wp-admin/options-general.php?page=cramp-widgets`;
  const fill = async (values) => {
    await admin.goto(screen, { waitUntil: 'domcontentloaded' });
    for (const [key, value] of Object.entries(values)) {
      await admin.$eval(`#cramp-widgets-${key}`, (input, value) => (input.value = value), value);
    }
    await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 120_000 }), admin.click('#submit')]);
  };
  const values = () => admin.evaluate(() => Object.fromEntries([...document.querySelectorAll('[id^="cramp-widgets-"]')].filter((i) => 'value' in i).map((i) => [i.id.replace('cramp-widgets-', ''), i.value])));
  await check('settings: an administrator saves valid values through the form', async () => {
    await fill(SETTINGS);
    const notices = await admin.$$eval('.notice, .updated, .error', (n) => n.map((e) => e.textContent.trim()));
    assert(notices.some((t) => /Settings saved/.test(t)), `notices: ${notices.join(' | ')}`);
    const saved = await values();
    for (const [key, value] of Object.entries(SETTINGS)) assert(saved[key] === value, `${key} saved as ${JSON.stringify(saved[key])}`);
  });
  await check('settings: invalid values are refused with a notice and the previous values kept', async () => {
    await fill({ phone: '1-800-CALL-NOW', booking_url: 'javascript:alert(document.cookie)', hours: 'weekdays 9 to 5', timezone: 'Mars/Olympus' });
    const errors = await admin.$$eval('.notice-error, .error', (n) => n.map((e) => e.textContent.trim()));
    assert(errors.length >= 4, `error notices: ${errors.join(' | ')}`);
    assert(errors.some((t) => /phone/i.test(t)) && errors.some((t) => /booking/i.test(t)), errors.join(' | '));
    const saved = await values();
    for (const key of ['phone', 'booking_url', 'hours', 'timezone']) assert(saved[key] === SETTINGS[key], `${key} became ${JSON.stringify(saved[key])}`);
    assert(!(await admin.evaluate(() => window.__crampPwned)), 'a refused value ran as script in the notice');
  });
  if (SCREENSHOTS) await admin.screenshot({ path: join(ROOT, SCREENSHOTS, 'wordpress-settings.png'), fullPage: true });
}

const blockPost = TAGS.map((tag) => `<!-- wp:cramp-widgets/${tag} ${tag === 'call-clinic' ? '{"variant":"bar","showWebsite":true} ' : tag === 'cramp-causes' ? '{"layout":"cards"} ' : ''}/-->`).join('\n\n');
const shortcodePost = [
  '[call_clinic variant="bar" unknown="ignored"]',
  '[cramp_causes layout="cards" causes="veins, nerves"]',
  '[vein_cta variant="banner" heading-level="3"]',
  '[clinic_services heading_level="3"]',
  '[cramp_article hide="related"]',
  '[cramp_check mode="form"]',
].join('\n\n');

async function authorChecks(browser, site, version) {
  const author = await login(browser, site, 'author', 'author-password');
  const posts = {};
  await check('author: creates a post of blocks and a post of shortcodes through the REST API', async () => {
    for (const [kind, content] of [['blocks', blockPost], ['shortcodes', shortcodePost]]) {
      const { status, json } = await rest(author, site, 'POST', '/wp/v2/posts', { title: `Leg cramps (${kind})`, content, status: 'publish' });
      assert(status === 201, `HTTP ${status}: ${JSON.stringify(json).slice(0, 300)}`);
      posts[kind] = json;
    }
    const saved = await rest(author, site, 'GET', `/wp/v2/posts/${posts.blocks.id}?context=edit`);
    assert(saved.json.content.raw === blockPost, 'the saved post is not just the block comments');
  });
  for (const kind of ['blocks', 'shortcodes']) {
    if (posts[kind]) await frontEndChecks(browser, site, `${version} ${kind}`, posts[kind].link, { version });
  }
  await check(`${version} shortcodes: attributes reach the elements, unknown ones are ignored`, async () => {
    const { page, context } = await visit(browser, posts.shortcodes.link);
    try {
      const attrs = await page.evaluate(() => ({
        call: [...document.querySelector('call-clinic').attributes].map((a) => `${a.name}=${a.value}`).join(' '),
        causes: document.querySelector('cramp-causes').getAttribute('causes'),
        level: document.querySelector('vein-cta').getAttribute('heading-level'),
        services: document.querySelector('clinic-services').getAttribute('heading-level'),
        mode: document.querySelector('cramp-check').getAttribute('mode'),
      }));
      assert(attrs.call === 'variant=bar', `call-clinic attributes: ${attrs.call}`);
      assert(attrs.causes === 'veins, nerves' && attrs.level === '3' && attrs.services === '3' && attrs.mode === 'form', JSON.stringify(attrs));
    } finally {
      await context.close();
    }
  });
  return { author, posts };
}

async function editorChecks(author, browser, site, version) {
  await check(`${version} editor: an author inserts a block from the inserter, changes a sidebar control and saves`, async () => {
    await author.goto(`${site}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await author.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId(), { timeout: 120_000 });
    await author.evaluate(() => {
      window.wp.data.dispatch('core/preferences')?.set?.('core/edit-post', 'welcomeGuide', false);
      window.wp.data.dispatch('core/edit-post')?.toggleFeature && window.wp.data.select('core/edit-post').isFeatureActive?.('welcomeGuide') && window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
    });
    await sleep(500);
    await author.keyboard.press('Escape');
    const inserterButton = await author.waitForSelector('button.edit-post-header-toolbar__inserter-toggle, button.editor-document-tools__inserter-toggle, button[aria-label="Toggle block inserter"], button[aria-label="Block Inserter"]', { timeout: 60_000 });
    await inserterButton.click();
    const search = await author.waitForSelector('.block-editor-inserter__search input, input[type="search"][placeholder*="Search"]', { timeout: 30_000 });
    await search.type('Call the clinic');
    const item = await author.waitForSelector('.block-editor-block-types-list__item', { timeout: 30_000 });
    const itemText = await item.evaluate((e) => e.textContent);
    assert(/Call the clinic/.test(itemText), `first inserter result: ${itemText}`);
    await item.click();
    const selected = await author.waitForFunction(() => window.wp.data.select('core/block-editor').getSelectedBlock()?.name, { timeout: 30_000 });
    assert((await selected.jsonValue()) === 'cramp-widgets/call-clinic', 'the inserted block is not selected');
    // The block's sidebar: make sure it is open on the Block tab, then choose the "bar" style.
    await author.evaluate(() => window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block'));
    const styleSelect = await author.waitForFunction(
      () => [...document.querySelectorAll('.block-editor-block-inspector select, .interface-complementary-area select')].find((s) => s.closest('.components-base-control')?.textContent?.includes('Style')),
      { timeout: 30_000 },
    );
    await styleSelect.select('bar');
    const variant = await author.evaluate(() => window.wp.data.select('core/block-editor').getSelectedBlock()?.attributes?.variant);
    assert(variant === 'bar', `variant attribute after the sidebar change: ${variant}`);
    // The live widget in the canvas (the editor's iframe when there is one).
    const live = await author.waitForFunction(
      () => {
        const frame = document.querySelector('iframe[name="editor-canvas"]');
        const doc = frame ? frame.contentDocument : document;
        const el = doc?.querySelector('.wp-block-cramp-widgets-call-clinic call-clinic, [data-type="cramp-widgets/call-clinic"] call-clinic');
        return el && el.shadowRoot && el.getAttribute('variant') === 'bar' && el.shadowRoot.querySelector('a[href^="tel:"]')?.getAttribute('href');
      },
      { timeout: 60_000 },
    );
    assert((await live.jsonValue()) === 'tel:+13145550142', 'the live widget in the canvas does not call the configured number');
    if (SCREENSHOTS) {
      await author.evaluate(() => window.wp.data.dispatch('core/editor').editPost({ title: 'Night-time leg cramps' }));
      await sleep(1500);
      await author.screenshot({ path: join(ROOT, SCREENSHOTS, 'wordpress-editor.png') });
    }
    await author.evaluate(async () => {
      window.wp.data.dispatch('core/editor').editPost({ title: 'Inserted in the editor', status: 'publish' });
      await window.wp.data.dispatch('core/editor').savePost();
    });
    await author.waitForFunction(() => !window.wp.data.select('core/editor').isSavingPost() && window.wp.data.select('core/editor').getCurrentPost().status === 'publish', { timeout: 60_000 });
    const link = await author.evaluate(() => window.wp.data.select('core/editor').getCurrentPost().link);
    const saved = await author.evaluate(() => window.wp.data.select('core/editor').getEditedPostContent());
    assert(/^<!-- wp:cramp-widgets\/call-clinic \{"variant":"bar"\} \/-->$/.test(saved.trim()), `saved content: ${saved}`);
    const { page, context, consoleErrors } = await visit(browser, link);
    try {
      const front = await page.evaluate(() => {
        const el = document.querySelector('call-clinic');
        return el && { variant: el.getAttribute('variant'), tel: el.shadowRoot?.querySelector('a[href^="tel:"]')?.getAttribute('href') };
      });
      assert(front && front.variant === 'bar' && front.tel === 'tel:+13145550142', `front end: ${JSON.stringify(front)}`);
      assert(consoleErrors.length === 0, consoleErrors.join(' | '));
    } finally {
      await context.close();
    }
  });
}

async function spanishChecks(admin, browser, site, version, posts) {
  const { status } = await rest(admin, site, 'POST', '/wp/v2/settings', { cramp_e2e_locale: 'es_ES' });
  await check(`${version}: the site language switches to Spanish`, async () => assert(status === 200, `HTTP ${status}`));
  try {
    if (posts.blocks) await frontEndChecks(browser, site, `${version} Spanish site`, posts.blocks.link, { version, locale: 'es' });
  } finally {
    await rest(admin, site, 'POST', '/wp/v2/settings', { cramp_e2e_locale: '' });
  }
}

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
});
const suiteStarted = Date.now();
try {
  for (const version of VERSIONS) {
    const logDir = mkdtempSync(join(tmpdir(), `cramp-wp-${version}-`));
    console.log(`WordPress ${version} (PHP ${PHP_FOR[version] ?? '8.3'}):`);
    let site;
    try {
      site = await boot(version, logDir);
    } catch (error) {
      failed++;
      console.log(`  ✗ WordPress ${version} did not start: ${error.message.slice(0, 2000)}`);
      continue;
    }
    console.log(`  booted in ${site.seconds.toFixed(0)} s at ${site.url}`);
    try {
      let admin;
      await check(`${version}: the administrator logs in`, async () => {
        admin = await login(browser, site.url, 'admin', 'password');
      });
      if (!admin) continue;
      await check(`${version}: an administrator uploads the built zip (Plugins → Add New → Upload) and activates it`, async () => {
        await admin.goto(`${site.url}/wp-admin/plugin-install.php?tab=upload`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
        const input = await admin.waitForSelector('input#pluginzip', { timeout: 30_000 });
        await input.uploadFile(ZIP);
        await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 180_000 }), admin.click('#install-plugin-submit')]);
        const activate = await admin.waitForSelector('a[href*="action=activate"][href*="cramp-widgets"]', { timeout: 60_000 });
        await Promise.all([admin.waitForNavigation({ waitUntil: 'domcontentloaded', timeout: 120_000 }), activate.click()]);
        let { status, json } = await rest(admin, site.url, 'POST', '/wp/v2/users', { username: 'author', password: 'author-password', email: 'author@example.com', roles: ['author'] });
        assert(status === 201, `creating the author: HTTP ${status} ${JSON.stringify(json).slice(0, 200)}`);

        ({ json } = await rest(admin, site.url, 'GET', '/wp/v2/plugins'));
        const plugin = json.find?.((p) => p.plugin === 'cramp-widgets/cramp-widgets');
        assert(plugin?.status === 'active', `plugins: ${JSON.stringify(json).slice(0, 300)}`);
        assert(plugin.requires_wp === '6.2' && plugin.requires_php === '7.4', JSON.stringify(plugin));
      });
      await settingsChecks(admin, site.url);
      const { author, posts } = await authorChecks(browser, site.url, version);
      await editorChecks(author, browser, site.url, version);
      await spanishChecks(admin, browser, site.url, version, posts);
      await check(`${version}: no PHP notices, warnings or errors from the plugin in debug.log`, async () => {
        const logFile = join(logDir, 'debug.log');
        const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
        const ours = log.split('\n').filter((line) => /cramp-widgets/.test(line));
        assert(ours.length === 0, ours.slice(0, 5).join('\n'));
      });
    } finally {
      site.child.kill('SIGTERM');
      await sleep(500);
      rmSync(logDir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
  files.close();
}
console.log(`WordPress suite: ${VERSIONS.join(', ')} in ${((Date.now() - suiteStarted) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
