// Subresource Integrity for every file a page can load from a <script> tag or an import: writes
// dist/integrity.json ({ "cramp-widgets.js": "sha384-…", … }) and the ready-to-paste snippets between
// `<!-- integrity:start -->` and `<!-- integrity:end -->` in docs/embedding.md. Run by `npm run build`
// after the bundles; `check:build` then fails if either is stale.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

/** The files served to browsers: dist/**.js except the npm modules (dist/npm), which bundlers read. */
function browserFiles(dir = 'dist', prefix = '') {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = `${prefix}${entry.name}`;
      if (entry.isDirectory()) return path === 'npm' ? [] : browserFiles(`${dir}/${entry.name}`, `${path}/`);
      return path.endsWith('.js') ? [path] : [];
    })
    .sort();
}

export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const hashes = Object.fromEntries(browserFiles().map((file) => [file, sri(readFileSync(`dist/${file}`))]));
writeFileSync('dist/integrity.json', `${JSON.stringify(hashes, null, 2)}\n`);

const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const base = 'https://YOUR-SITE/path/to/dist/';
const snippet = [
  `Hashes of version ${version} (from \`dist/integrity.json\`; they change with every release):`,
  '',
  '```html',
  '<!-- Module bundle. The import map lets the browser check the Spanish file it loads later, too. -->',
  '<script type="importmap">',
  JSON.stringify({ integrity: { [`${base}cramp-widgets-es.js`]: hashes['cramp-widgets-es.js'] } }, null, 2),
  '</script>',
  `<script type="module" src="${base}cramp-widgets.js" integrity="${hashes['cramp-widgets.js']}" crossorigin="anonymous"></script>`,
  '',
  '<!-- Or the classic bundle (both languages inside, one file). -->',
  `<script src="${base}cramp-widgets.iife.js" integrity="${hashes['cramp-widgets.iife.js']}" crossorigin="anonymous"></script>`,
  '```',
].join('\n');

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in a file. */
function writeBlock(path, name, text) {
  const content = readFileSync(path, 'utf8');
  const block = new RegExp(`<!-- ${name}:start -->[\\s\\S]*?<!-- ${name}:end -->`);
  if (!block.test(content)) throw new Error(`${path} has no <!-- ${name}:start --> … <!-- ${name}:end --> block`);
  writeFileSync(path, content.replace(block, () => `<!-- ${name}:start -->\n${text}\n<!-- ${name}:end -->`));
}

writeBlock('docs/embedding.md', 'integrity', snippet);

// The README's snippets: the versioned folder form public npm CDNs serve (and self-hosted copies keep).
const release = `https://cdn.jsdelivr.net/npm/cramp-widgets@${version}/dist/`;
const tag = (file, type) =>
  `<script${type}src="${release}${file}"\n  integrity="${hashes[file]}" crossorigin="anonymous"></script>`;
writeBlock('README.md', 'release-snippet', [
  '```html',
  tag('cramp-widgets.js', ' type="module" '),
  '<call-clinic><a href="tel:+13148421441">Call 314-842-1441</a></call-clinic>',
  '```',
].join('\n'));
writeBlock('README.md', 'release-snippet-classic', ['```html', tag('cramp-widgets.iife.js', ' '), '```'].join('\n'));
