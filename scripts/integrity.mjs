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

const docsPath = 'docs/embedding.md';
const docs = readFileSync(docsPath, 'utf8');
const block = /<!-- integrity:start -->[\s\S]*?<!-- integrity:end -->/;
if (!block.test(docs)) throw new Error(`${docsPath} has no <!-- integrity:start --> … <!-- integrity:end --> block`);
writeFileSync(docsPath, docs.replace(block, `<!-- integrity:start -->\n${snippet}\n<!-- integrity:end -->`));
