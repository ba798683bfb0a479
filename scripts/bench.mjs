// `npm run bench` (not part of `npm test`): what the widgets cost a visitor. Prints a markdown report
// and writes bench/results.json. Four parts:
//   1. bytes: raw (unminified), minified, gzip -9 and brotli -11 of each built file, and what each
//      element costs alone (its own rollup bundle, in memory, with the plugins of rollup.config.mjs);
//   2. load and render in headless Chromium, throttled like a mid-range phone (puppeteer's "Slow 4G"
//      network, CPU 4x slower), variants alternated ABCDE ABCDE ... so drift hits every variant alike:
//      a) the article as static HTML, b) <cramp-article> from the ES bundle, c) from the classic bundle,
//      d) a peer: the same page with the three causes and the call button built with Shoelace,
//      e) the recommended snippet (fallback content + the ES bundle);
//      f) the same snippet loading only its element's file (dist/elements/cramp-article.js);
//      g) a call-button page: the static article with the <call-clinic> snippet (ES bundle) at the top;
//      h) the same loading only dist/elements/call-clinic.js;
//   3. scaling: N <call-clinic> / <cramp-causes> on one page, time to define and render;
//   4. Lighthouse (mobile preset) on the demo page: the four category scores and CLS.
// Everything is served from a node http server on 127.0.0.1 (gzip or brotli, as a CDN would); nothing
// leaves the machine. Options: --runs N (default 15), --variants abcde, --scale-runs N (default 5), --skip-bytes,
// --skip-load, --skip-scaling, --skip-lighthouse, --out FILE (default bench/results.json), --dist DIR
// (serve the bundles from another build, to compare; bytes are always those of dist/).
import { execFileSync, execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg } from 'node:os';
import { extname, join, normalize, resolve as resolvePath } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const ROOT = resolvePath(import.meta.dirname, '..');
process.chdir(ROOT);

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const RUNS = Number(option('--runs', 15));
const ONLY = option('--variants', 'abcdefgh'); // e.g. --variants bc
const SCALE_RUNS = Number(option('--scale-runs', 5));
const OUT = option('--out', 'bench/results.json');
// Serve /dist/ from another folder, e.g. a build of another commit, to compare two builds' load times.
const DIST = resolvePath(option('--dist', 'dist'));
const skip = (part) => args.includes(`--skip-${part}`);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// Chromium 156 preloads its own omnibox pages in every new window, during the measured load: that slowed
// the static page by about 300 ms and flattered every ratio. The last flag switches it off.
const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
// puppeteer's PredefinedNetworkConditions['Slow 4G'] (= Lighthouse's mobile throttling, as DevTools applies it):
// 562.5 ms request latency, 1.44 Mbit/s down, 675 kbit/s up. CPU: 4x slower, Lighthouse's mid-range phone.
const NETWORK = { offline: false, latency: 562.5, downloadThroughput: 180000, uploadThroughput: 84375 };
const CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const sizes = (code) => {
  const buf = Buffer.from(code);
  return { min: buf.length, gzip: gzip(buf), brotli: brotli(buf) };
};
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (pos - lo);
}
const stats = (xs) => ({ median: median(xs), q1: quantile(xs, 0.25), q3: quantile(xs, 0.75), min: quantile(xs, 0), max: quantile(xs, 1), n: xs.length });
const round = (x, digits = 0) => (x == null ? null : Number(x.toFixed(digits)));
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

const report = [];
const say = (text = '') => {
  report.push(text);
  console.log(text);
};

if (!existsSync('dist/cramp-widgets.js') || !existsSync('dist/npm/index.js')) {
  console.log('No build found: running `npm run build` first.');
  execSync('npm run build --silent', { stdio: 'inherit' });
}

const results = {
  date: new Date().toISOString(),
  machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model, loadAverageAtStart: loadavg().map((x) => round(x, 2)), node: process.version },
  chromium: null,
  conditions: { network: NETWORK, networkPreset: "puppeteer 'Slow 4G'", cpuSlowdown: CPU_SLOWDOWN, viewport: VIEWPORT, runs: RUNS },
};

// ---------------------------------------------------------------------------------------------------
// 1. Bytes
// ---------------------------------------------------------------------------------------------------

const TAGS = ['call-clinic', 'cramp-causes', 'vein-cta', 'clinic-services', 'cramp-article', 'cramp-check'];

async function bytes() {
  const { rollup } = await import('rollup');
  const { plugins, onwarn } = await import('../rollup.config.mjs');
  let cache;
  // Same plugins as the shipped bundles; the rollup cache makes every build after the first quick.
  async function build(input, { minify = true, format = 'es', virtual } = {}) {
    const extra = virtual
      ? [{ name: 'bench-entry', resolveId: (id) => (id === input ? id : null), load: (id) => (id === input ? virtual : null) }]
      : [];
    const bundle = await rollup({ input, plugins: [...extra, ...plugins({ minify })], onwarn, cache });
    cache = bundle.cache;
    const { output } = await bundle.generate(
      format === 'iife' ? { format, name: 'CrampWidgets', inlineDynamicImports: true } : { format, chunkFileNames: 'chunk-[name].js' },
    );
    await bundle.close();
    return output.filter((o) => o.type === 'chunk');
  }

  // Raw = the same bundle before minification (HTML/CSS minifier and terser off).
  const rawEs = await build('src/index.ts', { minify: false });
  const rawIife = await build('src/index.ts', { minify: false, format: 'iife' });
  const raw = {
    'cramp-widgets.js': rawEs.find((c) => c.isEntry).code.length,
    'cramp-widgets-es.js': rawEs.find((c) => !c.isEntry && c.name === 'es')?.code.length,
    'cramp-widgets.iife.js': rawIife[0].code.length,
  };
  const files = ['cramp-widgets.js', 'cramp-widgets-es.js', 'cramp-widgets.iife.js'].map((name) => ({
    file: `dist/${name}`,
    raw: raw[name] ?? null,
    ...sizes(readFileSync(`dist/${name}`)),
  }));

  // What each element costs alone: its own entry bundled with Lit, @lit/localize and the shared base
  // (English; its Spanish strings are the lazy chunk), and that minus the baseline every element shares.
  const baselineEntry = `export { CrampElement } from ${JSON.stringify(join(ROOT, 'src/element/cramp-element.ts'))};`;
  const baseline = sizes((await build('\0bench-baseline', { virtual: baselineEntry })).find((c) => c.isEntry).code);
  const elements = [];
  for (const tag of TAGS) {
    const s = sizes((await build(`src/components/${tag}/${tag}.ts`)).find((c) => c.isEntry).code);
    const source = readFileSync(`src/components/${tag}/${tag}.component.ts`, 'utf8');
    const nests = [...source.matchAll(/^import '\.\.\/([a-z-]+)\/\1\.js';/gm)].map((m) => m[1]);
    elements.push({ element: tag, nests, ...s, overBaseline: { min: s.min - baseline.min, gzip: s.gzip - baseline.gzip, brotli: s.brotli - baseline.brotli } });
  }
  return { files, baseline, elements };
}

function printBytes(b) {
  say('### Bytes');
  say();
  say(
    table(
      ['file', 'raw', 'minified', 'gzip', 'brotli'],
      b.files.map((f) => [f.file, f.raw ? kb(f.raw) : '-', kb(f.min), `**${kb(f.gzip)}**`, kb(f.brotli)]),
    ),
  );
  say();
  say('Each element alone (its own ES bundle with Lit, @lit/localize and the shared base; English):');
  say();
  say(
    table(
      ['entry', 'minified', 'gzip', 'brotli', 'gzip over baseline'],
      [
        ['baseline: Lit + @lit/localize + shared base (CrampElement, clinic details, settings)', kb(b.baseline.min), kb(b.baseline.gzip), kb(b.baseline.brotli), '-'],
        ...b.elements.map((e) => [`\`<${e.element}>\``, kb(e.min), kb(e.gzip), kb(e.brotli), `+${kb(e.overBaseline.gzip)}`]),
      ],
    ),
  );
  say();
  const nests = b.elements
    .filter((e) => e.nests.length)
    .map((e) => `\`<${e.element}>\` nests ${e.nests.map((t) => `\`<${t}>\``).join(', ')}`);
  say(`An element's bundle includes the elements it renders inside itself: ${nests.join('; ')}.`);
  say();
}

// ---------------------------------------------------------------------------------------------------
// Pages and server
// ---------------------------------------------------------------------------------------------------

const PAGE_CSS = 'body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1b2a30}main{max-width:40em;margin:0 auto;padding:1em}';
const shell = (title, body, head = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${title}</title>
<style>${PAGE_CSS}</style>
${head}</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

async function writePages() {
  const snippet = execFileSync('node', ['scripts/snippet.mjs', 'cramp-article', '--src', '/dist/'], { encoding: 'utf8' }).trim();
  const callSnippet = execFileSync('node', ['scripts/snippet.mjs', 'call-clinic', '--src', '/dist/'], { encoding: 'utf8' }).trim();
  // The snippet's fallback content, i.e. the whole article as plain HTML.
  const staticArticle = snippet.replace(/^[\s\S]*?<cramp-article>\n/, '').replace(/\n<\/cramp-article>[\s\S]*$/, '');
  const { ARTICLE_CLINIC } = await import('../dist/npm/clinic/clinic-details.js');
  const { toTelHref } = await import('../dist/npm/clinic/phone.js');
  const article = await import('../dist/npm/content/article.js');
  const esc = (t) => String(t).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const list = (items) => `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
  const paragraphs = (items) => items.map((p) => `<p>${esc(p)}</p>`).join('\n');
  const tel = toTelHref(ARTICLE_CLINIC.phone);

  // d) The same article; the three causes an accordion of <sl-details>, the call an <sl-button>, loaded
  // the way Shoelace documents its CDN build: the light theme and one module per component used.
  const causes = article
    .causes()
    .map(
      (c) =>
        `<sl-details summary="${esc(c.title)}">\n${paragraphs(c.what)}\n<p><strong>${esc('Signs')}</strong></p>\n${list(c.signs)}\n<p><strong>${esc('How we address it')}</strong></p>\n${list(c.care)}\n</sl-details>`,
    )
    .join('\n');
  const callButton = `<sl-button variant="primary" href="${tel}">Call ${esc(ARTICLE_CLINIC.phone.display)}</sl-button>`;
  const shoelaceArticle = staticArticle
    .replace(/<h3>Electrolyte imbalance<\/h3>[\s\S]*?(?=<h3>When to get)/, `${causes}\n`)
    .replace(/<p><a href="tel:[^"]*">Call [^<]*<\/a> /, `<p>${callButton} `);
  if (!shoelaceArticle.includes('<sl-details') || !shoelaceArticle.includes('<sl-button')) throw new Error('bench: could not build the Shoelace page from the snippet');
  const shoelaceHead = [
    '<link rel="stylesheet" href="/shoelace/themes/light.css">',
    '<script type="module" data-shoelace="/shoelace/" src="/shoelace/components/details/details.js"></script>',
    '<script type="module" src="/shoelace/components/button/button.js"></script>',
  ].join('\n');

  const pages = {
    'a-static.html': shell('a) static HTML', `<div class="cramp-widget">\n${staticArticle}\n</div>`),
    'b-es-bundle.html': shell('b) ES bundle', '<cramp-article></cramp-article>\n<script type="module" src="/dist/cramp-widgets.js"></script>'),
    'c-classic-bundle.html': shell('c) classic bundle', '<cramp-article></cramp-article>\n<script src="/dist/cramp-widgets.iife.js"></script>'),
    'd-shoelace.html': shell('d) Shoelace peer', `<div>\n${shoelaceArticle}\n</div>`, `${shoelaceHead}\n`),
    'e-snippet.html': shell('e) recommended snippet', snippet),
    'f-snippet-element.html': shell('f) snippet, element file', snippet.replace('/dist/cramp-widgets.js', '/dist/elements/cramp-article.js')),
    'g-call-button.html': shell('g) call button, ES bundle', `${callSnippet}\n<div class="cramp-widget">\n${staticArticle}\n</div>`),
    'h-call-button-element.html': shell(
      'h) call button, element file',
      `${callSnippet.replace('/dist/cramp-widgets.js', '/dist/elements/call-clinic.js')}\n<div class="cramp-widget">\n${staticArticle}\n</div>`,
    ),
  };
  if (!pages['f-snippet-element.html'].includes('/dist/elements/') || !pages['h-call-button-element.html'].includes('/dist/elements/')) {
    throw new Error('bench: the snippets no longer load /dist/cramp-widgets.js');
  }
  mkdirSync('bench/pages', { recursive: true });
  for (const [name, html] of Object.entries(pages)) writeFileSync(`bench/pages/${name}`, html);
  return Object.keys(pages);
}

// Scaling pages are made on request: /scale?tag=call-clinic&n=100.
function scalePage(tag, n) {
  const elements = Array.from({ length: n }, () => `<${tag}></${tag}>`).join('\n');
  const script = `<script type="module">
const t0 = performance.now();
await import('/dist/cramp-widgets.js');
const defined = performance.now();
// Every element, including those nested in shadow roots, has rendered (Lit's updateComplete).
const all = () => { const out = []; const walk = (root) => { for (const el of root.querySelectorAll('*')) { if (el.localName.includes('-')) { out.push(el); if (el.shadowRoot) walk(el.shadowRoot); } } }; walk(document); return out; };
for (let seen = -1, els = all(); els.length !== seen; seen = els.length, els = all()) await Promise.all(els.map((el) => el.updateComplete));
document.body.offsetHeight; // style and layout of what was rendered
const rendered = performance.now();
window.__scale = { define: defined - t0, total: rendered - t0, elements: all().length };
</script>`;
  return shell(`${n} x ${tag}`, elements, `<link rel="modulepreload" href="/dist/cramp-widgets.js">\n${script}\n`);
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json' };

function startServer() {
  const mounts = [
    ['/shoelace/', join(ROOT, 'node_modules/@shoelace-style/shoelace/cdn/')],
    ['/dist/', DIST + '/'],
    ['/', ROOT + '/'],
  ];
  const compressed = new Map();
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') return res.writeHead(204).end();
    let body;
    let type = 'text/html; charset=utf-8';
    if (url.pathname === '/scale') {
      body = Buffer.from(scalePage(url.searchParams.get('tag'), Number(url.searchParams.get('n'))));
    } else {
      const [prefix, dir] = mounts.find(([p]) => url.pathname.startsWith(p));
      const path = normalize(join(dir, decodeURIComponent(url.pathname.slice(prefix.length))));
      if (!path.startsWith(dir) || path.includes('node_modules/.') || !existsSync(path) || !extname(path)) return res.writeHead(404).end();
      type = TYPES[extname(path)] ?? 'application/octet-stream';
      body = readFileSync(path);
    }
    // Compressed like any CDN or web server would: brotli when asked for, else gzip.
    const accept = String(req.headers['accept-encoding'] ?? '');
    const encoding = /\bbr\b/.test(accept) ? 'br' : /\bgzip\b/.test(accept) ? 'gzip' : null;
    const headers = { 'content-type': type, 'cache-control': 'no-store' };
    if (encoding) {
      const key = `${encoding}:${url.pathname}${url.search}:${body.length}`;
      if (!compressed.has(key)) compressed.set(key, encoding === 'br' ? brotliCompressSync(body) : gzipSync(body));
      body = compressed.get(key);
      headers['content-encoding'] = encoding;
    }
    headers['content-length'] = body.length;
    res.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ---------------------------------------------------------------------------------------------------
// 2. Load and render
// ---------------------------------------------------------------------------------------------------

// Injected before any page script: paint, LCP, long-task and layout-shift observers, and a check on
// every animation frame for "every custom element defined and rendered", nested ones included.
const PROBE = `(() => {
  const b = (window.__bench = { fcp: null, lcp: null, longtasks: [], shifts: [], ready: null });
  const observe = (type, fn) => { try { new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {} };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { b.lcp = e.startTime; });
  observe('longtask', (e) => b.longtasks.push([e.startTime, e.duration]));
  observe('layout-shift', (e) => { if (!e.hadRecentInput) b.shifts.push([e.startTime, e.value]); });
  const rendered = (el) =>
    customElements.get(el.localName) !== undefined && el.shadowRoot !== null &&
    (el.hasUpdated === undefined || (el.hasUpdated && !el.isUpdatePending)) &&
    // Shoelace's <sl-icon> fetches its SVG after its first render.
    (el.localName !== 'sl-icon' || el.shadowRoot.querySelector('svg') !== null);
  const pending = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (!el.localName.includes('-')) continue;
      if (!rendered(el) || pending(el.shadowRoot)) return true;
    }
    return false;
  };
  const check = () => {
    if (document.readyState !== 'loading' && !pending(document)) b.ready = performance.now();
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;

const VARIANTS = [
  { id: 'a', page: 'a-static.html', label: 'a) static HTML (no JavaScript)' },
  { id: 'b', page: 'b-es-bundle.html', label: 'b) `<cramp-article>`, ES bundle' },
  { id: 'c', page: 'c-classic-bundle.html', label: 'c) `<cramp-article>`, classic bundle' },
  { id: 'd', page: 'd-shoelace.html', label: 'd) peer: Shoelace accordion + button' },
  { id: 'e', page: 'e-snippet.html', label: 'e) recommended snippet (fallback + ES bundle)' },
  { id: 'f', page: 'f-snippet-element.html', label: 'f) the snippet with dist/elements/cramp-article.js' },
  { id: 'g', page: 'g-call-button.html', label: 'g) call-button page: static article + `<call-clinic>` snippet, ES bundle' },
  { id: 'h', page: 'h-call-button-element.html', label: 'h) call-button page with dist/elements/call-clinic.js' },
];

// CLS as Chrome reports it: the largest session window of shifts (gaps < 1 s, windows <= 5 s).
function cls(shifts) {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const [t, v] of shifts) {
    if (t - last > 1000 || t - first > 5000) {
      first = t;
      sum = 0;
    }
    sum += v;
    last = t;
    best = Math.max(best, sum);
  }
  return best;
}

// TBT as Lighthouse counts it: of every task after FCP, the part over 50 ms.
function tbt(longtasks, fcp) {
  let total = 0;
  for (const [start, duration] of longtasks) {
    const clipped = start + duration - Math.max(start, fcp ?? 0);
    if (clipped > 50) total += clipped - 50;
  }
  return total;
}

async function measure(browser, url, { network = true, waitFor = 'window.__bench && window.__bench.ready !== null' } = {}) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setViewport(VIEWPORT);
    const cdp = await page.createCDPSession();
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Performance.enable');
    if (network) await cdp.send('Network.emulateNetworkConditions', NETWORK);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    let transferred = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', (e) => {
      transferred += e.encodedDataLength;
      requests += 1;
    });
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(waitFor, { timeout: 120_000, polling: 50 });
    // Let late shifts, long tasks and paints arrive.
    await new Promise((r) => setTimeout(r, 300));
    const b = await page.evaluate(() => ({ ...window.__bench, scale: window.__scale, errors: window.__errors }));
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heap = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? null;
    return { ready: b.ready, fcp: b.fcp, lcp: b.lcp, tbt: tbt(b.longtasks, b.fcp), cls: cls(b.shifts), transferred, requests, heap, scale: b.scale };
  } finally {
    await context.close();
  }
}

const METRICS = [
  ['ready', 'all widgets rendered', (x) => `${round(x)} ms`],
  ['fcp', 'FCP', (x) => `${round(x)} ms`],
  ['lcp', 'LCP', (x) => `${round(x)} ms`],
  ['tbt', 'TBT', (x) => `${round(x)} ms`],
  ['cls', 'CLS', (x) => x.toFixed(3)],
  ['transferred', 'transferred', (x) => kb(x)],
  ['heap', 'JS heap', (x) => `${(x / 1048576).toFixed(2)} MB`],
];

async function load(browser, origin) {
  const variants = VARIANTS.filter((v) => ONLY.includes(v.id));
  const runs = Object.fromEntries(variants.map((v) => [v.id, []]));
  // One warm-up pass (not counted), then ABCDE ABCDE ...
  for (const v of variants) await measure(browser, `${origin}/bench/pages/${v.page}`);
  for (let i = 0; i < RUNS; i++) {
    for (const v of variants) runs[v.id].push(await measure(browser, `${origin}/bench/pages/${v.page}`));
    process.stdout.write(`\rload and render: run ${i + 1}/${RUNS}`);
  }
  process.stdout.write('\n');
  const out = {};
  for (const v of variants) {
    out[v.id] = { label: v.label, page: `bench/pages/${v.page}`, requests: median(runs[v.id].map((r) => r.requests)) };
    for (const [key] of METRICS) out[v.id][key] = stats(runs[v.id].map((r) => r[key]));
  }
  const ratio = (x, y) => Object.fromEntries(METRICS.map(([key]) => [key, out[y]?.[key].median ? round(out[x][key].median / out[y][key].median, 2) : null]));
  const ratios = {};
  for (const [x, y] of [['b', 'a'], ['c', 'a'], ['e', 'a'], ['f', 'a'], ['g', 'a'], ['h', 'a'], ['b', 'd'], ['e', 'd'], ['f', 'e'], ['h', 'g']]) {
    if (out[x] && out[y]) ratios[`${x}/${y}`] = ratio(x, y);
  }
  return { variants: out, ratios };
}

function printLoad(l) {
  say(`### Load and render (median [IQR] of ${RUNS} runs; Slow 4G, CPU 4x, mobile viewport)`);
  say();
  const cell = (s, fmt) => (s.median == null ? '-' : `${fmt(s.median)} [${fmt(s.q1)}–${fmt(s.q3)}]`);
  say(
    table(
      ['variant', ...METRICS.map(([, label]) => label), 'requests'],
      Object.keys(l.variants).map((id) => [l.variants[id].label, ...METRICS.map(([key, , fmt]) => cell(l.variants[id][key], fmt)), l.variants[id].requests]),
    ),
  );
  say();
  say(
    table(
      ['ratio (medians)', ...METRICS.map(([, label]) => label)],
      Object.entries(l.ratios).map(([name, r]) => [name, ...METRICS.map(([key]) => (r[key] == null ? '-' : `${r[key]}×`))]),
    ),
  );
  say();
}

// ---------------------------------------------------------------------------------------------------
// 3. Scaling
// ---------------------------------------------------------------------------------------------------

const SCALES = [
  ['call-clinic', [0, 1, 10, 100, 1000]],
  ['cramp-causes', [0, 1, 10, 100]],
];

// The bundle is preloaded and the network not throttled: what is timed is the bundle's evaluation, the
// definitions, the upgrades and the first render of every element, then style and layout (CPU 4x).
async function scaling(browser, origin) {
  const samples = {};
  const run = (tag, n) => measure(browser, `${origin}/scale?tag=${tag}&n=${n}`, { network: false, waitFor: 'window.__scale !== undefined' });
  for (const [tag, ns] of SCALES) for (const n of ns) await run(tag, n); // warm-up, not counted
  for (let i = 0; i < SCALE_RUNS; i++) {
    for (const [tag, ns] of SCALES) {
      for (const n of ns) ((samples[tag] ??= {})[n] ??= []).push((await run(tag, n)).scale);
    }
    process.stdout.write(`\rscaling: run ${i + 1}/${SCALE_RUNS}`);
  }
  process.stdout.write('\n');
  const out = {};
  for (const [tag, ns] of SCALES) {
    const total = (n) => median(samples[tag][n].map((s) => s.total));
    const points = ns.map((n, i) => ({
      n,
      define: round(median(samples[tag][n].map((s) => s.define)), 1),
      total: round(total(n), 1),
      totalRange: [round(quantile(samples[tag][n].map((s) => s.total), 0), 1), round(quantile(samples[tag][n].map((s) => s.total), 1), 1)],
      elementsInTree: samples[tag][n][0].elements,
      // Everything over the page without elements, shared out; and what each added element cost from the previous N.
      perElement: n ? round((total(n) - total(0)) / n, 3) : null,
      marginalPerElement: i > 0 && n ? round((total(n) - total(ns[i - 1])) / (n - ns[i - 1]), 3) : null,
    }));
    // Linear when an element costs about the same in the largest step as in the one before it.
    const [prev, last] = points.slice(-2);
    out[tag] = { points, growth: round(last.marginalPerElement / prev.marginalPerElement, 2) };
  }
  return out;
}

function printScaling(s) {
  say(`### Scaling (median of ${SCALE_RUNS} runs; CPU 4x, bundle preloaded, no network throttling)`);
  say();
  say('From importing the bundle to every element (nested ones included) defined, rendered and laid out. "Per element" shares out everything over the page with no element; "marginal" is what each element added since the previous N.');
  say();
  const rows = [];
  for (const [tag, { points }] of Object.entries(s)) {
    for (const p of points) {
      rows.push([`\`<${tag}>\``, p.n, `${p.define} ms`, `${p.total} ms (${p.totalRange[0]}–${p.totalRange[1]})`, p.perElement == null ? '-' : `${p.perElement} ms`, p.marginalPerElement == null ? '-' : `${p.marginalPerElement} ms`]);
    }
  }
  say(table(['element', 'N', 'bundle run, elements defined', 'all rendered and laid out (min–max)', 'per element', 'marginal per element'], rows));
  say();
  for (const [tag, { points, growth }] of Object.entries(s)) {
    const [prev, last] = points.slice(-2);
    const verdict = growth < 1.3 ? 'linear' : growth < 2 ? 'somewhat worse than linear' : 'worse than linear';
    say(`- \`<${tag}>\`: each element added from N=${prev.n} to N=${last.n} costs ${last.marginalPerElement} ms, against ${prev.marginalPerElement} ms in the step before (×${growth}): ${verdict}.`);
  }
  say();
}

// ---------------------------------------------------------------------------------------------------
// 4. Lighthouse
// ---------------------------------------------------------------------------------------------------

async function runLighthouse(browser, origin) {
  const { default: lighthouse } = await import('lighthouse');
  const port = Number(new URL(browser.wsEndpoint()).port);
  const url = `${origin}/demo/index.html`;
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  const lhr = result.lhr;
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const audit = (id) => lhr.audits[id]?.numericValue;
  return {
    url: '/demo/index.html',
    version: lhr.lighthouseVersion,
    formFactor: lhr.configSettings.formFactor,
    throttling: lhr.configSettings.throttlingMethod,
    scores: { performance: score('performance'), accessibility: score('accessibility'), 'best-practices': score('best-practices'), seo: score('seo') },
    cls: audit('cumulative-layout-shift'),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    warnings: lhr.runWarnings,
    failedAudits: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'notApplicable' && a.scoreDisplayMode !== 'manual')
      .map((a) => a.id),
  };
}

function printLighthouse(l) {
  say(`### Lighthouse ${l.version} on demo/index.html (${l.formFactor}, ${l.throttling} throttling)`);
  say();
  say(
    table(
      ['performance', 'accessibility', 'best practices', 'SEO', 'CLS', 'FCP', 'LCP', 'TBT'],
      [[l.scores.performance, l.scores.accessibility, l.scores['best-practices'], l.scores.seo, l.cls.toFixed(3), `${round(l.fcp)} ms`, `${round(l.lcp)} ms`, `${round(l.tbt)} ms`]],
    ),
  );
  if (l.failedAudits.length) say(`\nAudits under 90: ${l.failedAudits.join(', ')}.`);
  say();
}

// ---------------------------------------------------------------------------------------------------

const started = Date.now();
say(`## cramp-widgets benchmark (${results.date.slice(0, 10)}, ${results.machine.cpus} cores, load average ${results.machine.loadAverageAtStart[0]} at start)`);
say();

if (!skip('bytes')) {
  results.bytes = await bytes();
  printBytes(results.bytes);
}

if (!skip('load') || !skip('scaling') || !skip('lighthouse')) {
  const pages = await writePages();
  const server = await startServer();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_FLAGS });
  try {
    results.chromium = await browser.version();
    results.pages = pages;
    if (!skip('load')) {
      results.load = await load(browser, origin);
      printLoad(results.load);
    }
    if (!skip('scaling')) {
      results.scaling = await scaling(browser, origin);
      printScaling(results.scaling);
    }
    if (!skip('lighthouse')) {
      results.lighthouse = await runLighthouse(browser, origin);
      printLighthouse(results.lighthouse);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

results.machine.loadAverageAtEnd = loadavg().map((x) => round(x, 2));
results.seconds = Math.round((Date.now() - started) / 1000);
say(`${results.chromium ?? ''} · load average ${results.machine.loadAverageAtStart[0]} → ${results.machine.loadAverageAtEnd[0]} · ${results.seconds} s. Reproduce: \`npm run build && npm run bench\`.`);
mkdirSync('bench', { recursive: true });
writeFileSync(OUT, `${JSON.stringify({ ...results, report: report.join('\n') }, null, 2)}\n`);
console.log(`\nWrote ${OUT}`);
