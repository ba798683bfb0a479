// The WordPress plugin in a real WordPress: WordPress Playground (PHP compiled to WebAssembly, SQLite)
// from the npm registry, offline. For each version: boot once with the built zip installed and
// activated, then run every check against it in headless Chromium. Ends with one bare line
// "N passed, N failed" (counted by .ci/run) and exits 1 on any failure.
//
//   node tests/wordpress/e2e.mjs                  WordPress 6.5 (PHP 8.3) and 6.2 (PHP 7.4)
//   WP_VERSIONS=6.5 node tests/wordpress/e2e.mjs  one version
//   WP_E2E_SCREENSHOTS=docs node …                also write docs/wordpress-*.png (6.5; the settings screen,
//                                                the editor when it runs, a call-button post at 320 px with and without JS)
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
// No internet here: WordPress's calls home (update checks, the dashboard's browser check) fail at once
// instead of waiting for their timeouts.
add_filter( 'pre_http_request', function ( $response, $args, $url ) {
	$host = wp_parse_url( $url, PHP_URL_HOST );
	return in_array( $host, array( '127.0.0.1', 'localhost' ), true ) ? $response : new WP_Error( 'http_request_failed', 'No network in the test site.' );
}, 10, 3 );
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
    '--verbosity=debug',
    `--mount=${logDir}:/wordpress/wp-content/e2e-log`,
    `--mount=${muPlugins}:/wordpress/wp-content/mu-plugins`,
    '--define-bool',
    'WP_DEBUG',
    'true',
    // Admin styles and scripts as separate static files (served from the site's folder, see serveStatic)
    // rather than through load-styles.php / load-scripts.php.
    '--define-bool',
    'CONCATENATE_SCRIPTS',
    'false',
    '--define-bool',
    'DISABLE_WP_CRON',
    'true',
    '--define-bool',
    'AUTOMATIC_UPDATER_DISABLED',
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
  // The site's files live in a host folder; the browser gets static files from there (see serveStatic).
  const root = /Native temp dir for VFS root: (\S+)/.exec(output)?.[1];
  return { child, url, root: root && join(root, 'wordpress'), seconds: (Date.now() - started) / 1000, output: () => output };
}

/** A logged-in user over plain HTTP: the same forms and nonces a browser would send, without the
 * admin screens' hundred stylesheets and scripts (each one is a slow request to PHP-wasm). */
class Session {
  constructor(base) {
    this.base = base;
    this.cookies = new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
  }
  async request(path, { method = 'GET', body, headers = {} } = {}) {
    let url = path.startsWith('http') ? path : `${this.base}${path}`;
    for (let hops = 0; hops < 5; hops++) {
      const response = await fetch(url, {
        method,
        body,
        redirect: 'manual',
        headers: { ...headers, cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
        signal: AbortSignal.timeout(300_000),
      });
      for (const cookie of response.headers.getSetCookie()) {
        const [pair] = cookie.split(';');
        const [name, ...value] = pair.split('=');
        if (/expires=Thu, 01 Jan 1970|max-age=0/i.test(cookie) || value.join('=') === 'deleted') this.cookies.delete(name.trim());
        else this.cookies.set(name.trim(), value.join('='));
      }
      const location = response.headers.get('location');
      if (!location || response.status < 300 || response.status >= 400) return { status: response.status, url, text: await response.text() };
      await response.arrayBuffer();
      url = new URL(location, url).href;
      method = 'GET';
      body = undefined;
    }
    throw new Error(`too many redirects from ${path}`);
  }
  async login(user, password) {
    const form = new URLSearchParams({ log: user, pwd: password, 'wp-submit': 'Log In', testcookie: '1', redirect_to: `${this.base}/wp-admin/profile.php` });
    const result = await this.request('/wp-login.php', { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    assert(result.url.includes('/wp-admin/'), `${user} could not log in (ended at ${result.url})`);
    return this;
  }
  async rest(method, path, body) {
    if (!this.nonce) this.nonce = (await this.request('/wp-admin/admin-ajax.php?action=rest-nonce')).text.trim();
    const [route, query] = path.split('?');
    const result = await this.request(`/index.php?rest_route=${encodeURIComponent(route)}${query ? `&${query}` : ''}`, {
      method,
      body: body ? JSON.stringify(body) : undefined,
      headers: { 'content-type': 'application/json', 'x-wp-nonce': this.nonce },
    });
    return { status: result.status, json: JSON.parse(result.text) };
  }
  /** The hidden fields of the first form holding `selector`-like field names, as a browser would submit them. */
  static formFields(html) {
    const fields = new URLSearchParams();
    for (const [, tag] of html.matchAll(/<input\b([^>]*)>/g)) {
      const attribute = (attr) => new RegExp(`\\b${attr}=(["'])(.*?)\\1`).exec(tag)?.[2];
      const name = attribute('name');
      const type = attribute('type') ?? 'text';
      if (!name || type === 'submit' || (type === 'checkbox' && !/\bchecked\b/.test(tag))) continue;
      fields.set(name, decodeEntities(attribute('value') ?? ''));
    }
    return fields;
  }
  /** Puppeteer cookies for a page of this site. */
  browserCookies() {
    return [...this.cookies].map(([name, value]) => ({ name, value, url: this.base }));
  }
}
const decodeEntities = (text) =>
  text.replace(/&(#x?[0-9a-f]+|amp|lt|gt|quot|#039);/gi, (all, code) => {
    const named = { amp: '&', lt: '<', gt: '>', quot: '"' };
    if (named[code.toLowerCase()]) return named[code.toLowerCase()];
    return String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
  });

/** Core files missing from Playground's builds, listed once at the end. */
const coreMissing = new Set();
const CONTENT_TYPES = { css: 'text/css', js: 'text/javascript', png: 'image/png', svg: 'image/svg+xml', gif: 'image/gif', woff2: 'font/woff2', woff: 'font/woff', ttf: 'font/ttf', jpg: 'image/jpeg', json: 'application/json' };
let siteRoot;
/** PHP-wasm serves every static file through its one worker, seconds each: the admin screens load a
 * hundred. The browser gets WordPress's static files straight from the site's folder instead (the same
 * bytes); pages and REST calls still go to WordPress. */
async function serveStatic(page, site) {
  if (!siteRoot) return;
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    const url = new URL(request.url());
    const ext = /\.([a-z0-9]+)$/.exec(url.pathname)?.[1];
    const file = join(siteRoot, decodeURIComponent(url.pathname));
    if (request.url().startsWith(site) && CONTENT_TYPES[ext] && file.startsWith(siteRoot) && existsSync(file) && statSync(file).isFile()) {
      request.respond({ status: 200, contentType: CONTENT_TYPES[ext], body: readFileSync(file) });
    } else {
      request.continue();
    }
  });
}

/** Opens a published page as a visitor and gathers what the checks need. */
async function visit(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(180_000);
  const consoleErrors = [];
  const requests = [];
  // Failed loads are reported with their URL (the console's "Failed to load resource" line has none).
  page.on('console', (m) => m.type() === 'error' && !/^Failed to load resource/.test(m.text()) && consoleErrors.push(m.text()));
  // Playground's WordPress builds leave out some of core's static files (it fetches them from its own
  // site on the web, which is not reachable here): those 404s are not the plugin's. Any failed load of
  // the plugin's files or of the page itself fails the check.
  page.on('response', (r) => {
    if (r.status() < 400 || /\/favicon\.ico$/.test(r.url())) return;
    if (/\/wp-content\/plugins\/cramp-widgets\//.test(r.url()) || r.url() === url) consoleErrors.push(`HTTP ${r.status()} ${r.url()}`);
    else coreMissing.add(new URL(r.url()).pathname);
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await serveStatic(page, new URL(url).origin);
  const response = await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
  const html = await response.text();
  await page.waitForFunction((tags) => tags.every((t) => !document.querySelector(t) || document.querySelector(t).shadowRoot), { timeout: 30_000 }, TAGS);
  await sleep(500);
  return { page, context, html, consoleErrors: consoleErrors.filter((e) => !/favicon/.test(e)), requests };
}

async function frontEndChecks(browser, site, label, url, { version, locale = 'en' }) {
  let visited;
  await check(`${label}: the published page opens`, async () => {
    visited = await visit(browser, url);
  });
  if (!visited) return;
  const { page, context, html, consoleErrors, requests } = visited;
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

async function settingsChecks(admin, browser, author) {
  const screen = '/wp-admin/options-general.php?page=cramp-widgets';
  /** Submits the settings form as shown, with `values` typed into its fields. */
  const submit = async (values) => {
    const page = await admin.request(screen);
    assert(page.status === 200 && /name=['"]option_page['"] value=['"]cramp-widgets['"]/.test(page.text), `settings screen: HTTP ${page.status}`);
    const fields = Session.formFields(page.text.slice(page.text.indexOf('<form action'), page.text.indexOf('</form>')));
    fields.set('cramp_widgets[language]', '');
    for (const [key, value] of Object.entries(values)) fields.set(`cramp_widgets[${key}]`, value);
    return admin.request('/wp-admin/options.php', { method: 'POST', body: fields, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  };
  const saved = (html) => Object.fromEntries([...html.matchAll(/id="cramp-widgets-(\w+)" name="cramp_widgets\[\w+\]" value="([^"]*)"/g)].map(([, key, value]) => [key, decodeEntities(value)]));
  await check('settings: an administrator saves valid values through the settings form (nonce included)', async () => {
    const result = await submit(SETTINGS);
    assert(/Settings saved/.test(result.text), `no "Settings saved" notice (HTTP ${result.status} at ${result.url})`);
    const values = saved(result.text);
    for (const [key, value] of Object.entries(SETTINGS)) assert(values[key] === value, `${key} saved as ${JSON.stringify(values[key])}`);
  });
  await check('settings: invalid values are refused with a notice and the previous values kept', async () => {
    const result = await submit({ phone: '1-800-CALL-NOW', booking_url: 'javascript:alert(document.cookie)', hours: 'weekdays 9 to 5', timezone: 'Mars/Olympus' });
    const errors = [...result.text.matchAll(/id=['"]setting-error-invalid-(\w+)['"]/g)].map(([, key]) => key);
    assert(['phone', 'booking_url', 'hours', 'timezone'].every((key) => errors.includes(key)), `error notices for: ${errors.join(', ')}`);
    assert(!result.text.includes('javascript:alert(document.cookie)</'), 'the refused value is printed unescaped');
    const values = saved(result.text);
    for (const key of ['phone', 'booking_url', 'hours', 'timezone']) assert(values[key] === SETTINGS[key], `${key} became ${JSON.stringify(values[key])}`);
  });
  await check('settings: the form is refused without its nonce, and to a user without manage_options', async () => {
    const noNonce = await admin.request('/wp-admin/options.php', {
      method: 'POST',
      body: new URLSearchParams({ option_page: 'cramp-widgets', action: 'update', 'cramp_widgets[phone]': '636-555-0100' }),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert(noNonce.status === 403 || /link you followed has expired|not allowed/i.test(noNonce.text), `without a nonce: HTTP ${noNonce.status}`);
    if (author) {
      const forbidden = await author.request(screen);
      assert(forbidden.status === 403 && !forbidden.text.includes('cramp_widgets['), `the author sees the settings screen: HTTP ${forbidden.status}`);
    }
    const values = saved((await admin.request(screen)).text);
    assert(values.phone === SETTINGS.phone, `phone became ${values.phone}`);
  });
  if (SCREENSHOTS) {
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    page.setDefaultTimeout(300_000);
    await page.setViewport({ width: 1100, height: 900 });
    await page.setCookie(...admin.browserCookies());
    await serveStatic(page, admin.base);
    await page.goto(`${admin.base}${screen}`, { waitUntil: 'load' }).catch((error) => console.log(`  (settings screenshot: ${error.message})`));
    await page.screenshot({ path: join(ROOT, SCREENSHOTS, 'wordpress-settings.png'), fullPage: true }).catch((error) => console.log(`  (settings screenshot: ${error.message})`));
    await context.close();
  }
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

async function authorChecks(author, browser, version) {
  const posts = {};
  await check(`${version} author: creates a post of blocks and a post of shortcodes through the REST API`, async () => {
    for (const [kind, content] of [['blocks', blockPost], ['shortcodes', shortcodePost]]) {
      const { status, json } = await author.rest('POST', '/wp/v2/posts', { title: `Leg cramps (${kind})`, content, status: 'publish' });
      assert(status === 201, `HTTP ${status}: ${JSON.stringify(json).slice(0, 300)}`);
      posts[kind] = json;
    }
    const saved = await author.rest('GET', `/wp/v2/posts/${posts.blocks.id}?context=edit`);
    assert(saved.json.content.raw === blockPost, 'the saved post is not just the block comments');
  });
  for (const kind of ['blocks', 'shortcodes']) {
    if (posts[kind]) await frontEndChecks(browser, author.base, `${version} ${kind}`, posts[kind].link, { version });
  }
  await check(`${version} a post with only a call button: pre-rendered with the settings, loads ${version >= '6.5' ? "only that element's file" : 'the classic bundle'}, dials the configured number`, async () => {
    const { status, json } = await author.rest('POST', '/wp/v2/posts', { title: 'Call us', content: '<!-- wp:cramp-widgets/call-clinic /-->', status: 'publish' });
    assert(status === 201, `HTTP ${status}`);
    const { page, context, html, consoleErrors, requests } = await visit(browser, json.link);
    try {
      // At its defaults the block comes pre-rendered, with the configured details filled in, escaped.
      const element = html.slice(html.indexOf('<call-clinic>'), html.indexOf('</call-clinic>'));
      const shadow = element.slice(element.indexOf('<template shadowrootmode="open">'), element.indexOf('</template>'));
      assert(shadow.length > 1000, `no pre-rendered shadow tree in ${element.slice(0, 200)}`);
      assert(shadow.includes('href="tel:+13145550142"') && shadow.includes('314-555-0142'), 'the pre-rendered call link has not the configured number');
      assert(shadow.includes('Test Clinic &lt;/script&gt;&lt;script&gt;') && !/<\/script|<!--/i.test(shadow), 'the clinic name is not escaped in the pre-rendered tree');
      assert(!/\{\{\w+\}\}/.test(element), 'a template token was left in the page');
      const ours = requests.filter((r) => /\/cramp-widgets\/assets\/.*\.js/.test(r)).map((r) => new URL(r).pathname.replace(/^.*\/assets\//, ''));
      const expected = version >= '6.5' ? ['elements/call-clinic.js'] : ['cramp-widgets.iife.js'];
      assert(JSON.stringify(ours) === JSON.stringify(expected), `script requests: ${ours.join(', ')}`);
      const tel = await page.evaluate(() => document.querySelector('call-clinic')?.shadowRoot?.querySelector('a[href^="tel:"]')?.getAttribute('href'));
      assert(tel === 'tel:+13145550142', `call link ${tel}`);
      assert(consoleErrors.length === 0, consoleErrors.join('; '));
      if (SCREENSHOTS && version >= '6.5') {
        // The published post on a phone, and the same with JavaScript off: only the pre-rendered tree.
        await page.setViewport({ width: 320, height: 640 });
        await page.screenshot({ path: join(ROOT, SCREENSHOTS, 'wordpress-call-button-320.png') });
        await page.setJavaScriptEnabled(false);
        await page.goto(json.link, { waitUntil: 'load' });
        await page.screenshot({ path: join(ROOT, SCREENSHOTS, 'wordpress-call-button-320-no-js.png') });
      }
    } finally {
      await context.close();
    }
  });
  if (posts.shortcodes) {
    await check(`${version} shortcodes: attributes reach the elements, unknown ones are ignored`, async () => {
      const html = (await new Session(author.base).request(posts.shortcodes.link)).text;
      const open = (tag) => html.match(new RegExp(`<${tag}\\b[^>]*>`))?.[0];
      assert(open('call-clinic') === '<call-clinic variant="bar">', open('call-clinic'));
      assert(open('cramp-causes') === '<cramp-causes layout="cards" causes="veins, nerves">', open('cramp-causes'));
      assert(open('vein-cta') === '<vein-cta variant="banner" heading-level="3">', open('vein-cta'));
      assert(open('clinic-services') === '<clinic-services heading-level="3">', open('clinic-services'));
      assert(open('cramp-check') === '<cramp-check mode="form">', open('cramp-check'));
    });
  }
  return posts;
}

async function editorChecks(session, browser, site, version) {
  await check(`${version} editor: an author inserts a block from the inserter, changes a sidebar control and saves`, async () => {
    const context = await browser.createBrowserContext();
    const author = await context.newPage();
    author.setDefaultTimeout(300_000);
    await author.setViewport({ width: 1280, height: 900 });
    await context.setCookie?.(...session.browserCookies());
    if (!context.setCookie) await author.setCookie(...session.browserCookies());
    await serveStatic(author, site);
    // When the editor does not open in time, the error names the requests still waiting.
    const pending = new Map();
    author.on('request', (r) => pending.set(r, Date.now()));
    author.on('requestfinished', (r) => pending.delete(r));
    author.on('requestfailed', (r) => pending.delete(r));
    const problems = [];
    author.on('pageerror', (e) => problems.push(String(e).slice(0, 200)));
    author.on('console', (m) => m.type() === 'error' && problems.push(m.text().slice(0, 200)));
    author.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()} ${r.url()}`));
    try {
      await author.goto(`${site}/wp-admin/post-new.php`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    } catch (error) {
      const waiting = [...pending].map(([r, t]) => `${r.method()} ${r.url()} (${Math.round((Date.now() - t) / 1000)} s)`);
      throw new Error(`${error.message}; still waiting for: ${waiting.join(', ') || 'nothing'}`);
    }
    await author
      .waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId(), { timeout: 120_000 })
      .catch((error) => {
        throw new Error(`${error.message}; the page said: ${problems.join(' | ') || 'nothing'}`);
      });
    await author.evaluate(() => {
      window.wp.data.dispatch('core/preferences')?.set?.('core/edit-post', 'welcomeGuide', false);
      // WordPress 6.2 keeps the welcome guide as an edit-post feature.
      if (window.wp.data.select('core/edit-post').isFeatureActive?.('welcomeGuide')) window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
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
    await context.close();
    const visitor = await visit(browser, link);
    const { page, consoleErrors } = visitor;
    try {
      const front = await page.evaluate(() => {
        const el = document.querySelector('call-clinic');
        return el && { variant: el.getAttribute('variant'), tel: el.shadowRoot?.querySelector('a[href^="tel:"]')?.getAttribute('href') };
      });
      assert(front && front.variant === 'bar' && front.tel === 'tel:+13145550142', `front end: ${JSON.stringify(front)}`);
      assert(consoleErrors.length === 0, consoleErrors.join(' | '));
    } finally {
      await visitor.context.close();
    }
  });
}

async function spanishChecks(admin, browser, version, posts) {
  const { status } = await admin.rest('POST', '/wp/v2/settings', { cramp_e2e_locale: 'es_ES' });
  await check(`${version}: the site language switches to Spanish`, async () => assert(status === 200, `HTTP ${status}`));
  try {
    if (posts.blocks) await frontEndChecks(browser, admin.base, `${version} Spanish site`, posts.blocks.link, { version, locale: 'es' });
  } finally {
    await admin.rest('POST', '/wp/v2/settings', { cramp_e2e_locale: '' });
  }
}

async function installPlugin(admin, version) {
  await check(`${version}: an administrator uploads the built zip (Plugins → Add New → Upload) and activates it`, async () => {
    const form = await admin.request('/wp-admin/plugin-install.php?tab=upload');
    const nonce = /name="_wpnonce" value="([^"]+)"/.exec(form.text)?.[1];
    assert(nonce, `no upload form (HTTP ${form.status})`);
    const body = new FormData();
    body.set('_wpnonce', nonce);
    body.set('_wp_http_referer', '/wp-admin/plugin-install.php?tab=upload');
    body.set('pluginzip', new Blob([readFileSync(ZIP)], { type: 'application/zip' }), 'cramp-widgets.zip');
    body.set('install-plugin-submit', 'Install Now');
    const installed = await admin.request('/wp-admin/update.php?action=upload-plugin', { method: 'POST', body });
    const activate = /href="([^"]*action=activate[^"]*cramp-widgets[^"]*)"/.exec(installed.text)?.[1];
    assert(activate, `no activation link after the upload: ${installed.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(-600)}`);
    await admin.request(new URL(decodeEntities(activate), `${admin.base}/wp-admin/`).href);
    const { json } = await admin.rest('GET', '/wp/v2/plugins');
    const plugin = json.find?.((p) => p.plugin === 'cramp-widgets/cramp-widgets');
    assert(plugin?.status === 'active', `plugins: ${JSON.stringify(json).slice(0, 300)}`);
    assert(plugin.requires_wp === '6.2' && plugin.requires_php === '7.4', JSON.stringify(plugin));
  });
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
    siteRoot = site.root;
    try {
      let admin;
      await check(`${version}: the administrator logs in`, async () => {
        admin = await new Session(site.url).login('admin', 'password');
      });
      if (!admin) continue;
      await installPlugin(admin, version);
      let author;
      await check(`${version}: an author account is created and logs in`, async () => {
        const { status, json } = await admin.rest('POST', '/wp/v2/users', { username: 'author', password: 'author-password', email: 'author@example.com', roles: ['author'] });
        assert(status === 201, `HTTP ${status} ${JSON.stringify(json).slice(0, 200)}`);
        author = await new Session(site.url).login('author', 'author-password');
      });
      await settingsChecks(admin, browser, author);
      const posts = author ? await authorChecks(author, browser, version) : {};
      await spanishChecks(admin, browser, version, posts);
      // Not run by default, with this reason: Playground's WordPress builds (the only WordPress that
      // runs offline here) leave out the block editor's scripts (wp-includes/js/dist/*.min.js: data,
      // blocks, components…; Playground fetches them from the web), so post-new.php never finishes
      // loading without internet access. WP_E2E_EDITOR=1 runs the check where they can be fetched.
      if (author && process.env.WP_E2E_EDITOR === '1') await editorChecks(author, browser, site.url, version);
      else console.log(`  - ${version} editor: not run (Playground's offline builds have no block editor scripts; WP_E2E_EDITOR=1 runs it)`);
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
if (coreMissing.size) console.log(`Not in Playground's WordPress builds (404, not counted): ${[...coreMissing].sort().join(', ')}`);
console.log(`WordPress suite: ${VERSIONS.join(', ')} in ${((Date.now() - suiteStarted) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
