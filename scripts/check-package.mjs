// What `npm publish` would ship, checked: the file list (only what users need, nothing that points
// nowhere), the package linted by the ecosystem's own tools (publint for package.json and exports,
// @arethetypeswrong/cli for the types of every entry point), and the packed size. Part of `npm test`;
// `--quiet` prints only the summary line (for `npm run build`).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const quiet = process.argv.includes('--quiet');
const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const files = pack.files.map((file) => file.path).sort();

// Every file must match one of these; each REQUIRED file must be there.
const ALLOWED = [
  /^(package\.json|README\.md|LICENSE|CHANGELOG\.md|custom-elements\.json)$/,
  /^dist\/[\w-]+(\.iife)?\.(js|d\.ts)$/, // the bundles, their chunks and their types
  /^dist\/(integrity\.json|THIRD-PARTY-NOTICES\.txt)$/,
  /^dist\/npm\/[\w/-]+(\.[a-z]+)?\.(js|d\.ts)$/, // the npm modules (x.js, x.component.js, x.styles.js) and their types
  /^dist\/elements\/[\w-]+\.js$/, // one bundle per element, where built
  /^dist\/snippets\/[\w./-]+\.(html|md)$/, // ready-made snippets
  /^docs\/[\w-]+\.md$/, // the guides the README links to (relative links, so they resolve in the package too)
];
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  ...readmeDocLinks(),
  'dist/cramp-widgets.js',
  'dist/cramp-widgets.d.ts',
  'dist/cramp-widgets-es.js',
  'dist/cramp-widgets.iife.js',
  'dist/integrity.json',
  'dist/THIRD-PARTY-NOTICES.txt',
  'dist/npm/index.js',
  'dist/npm/index.d.ts',
];

/** The guides README.md links to (`](docs/x.md`): each must be in the package for its link to work there. */
function readmeDocLinks() {
  return [...new Set([...readFileSync('README.md', 'utf8').matchAll(/\]\((docs\/[\w-]+\.md)(#[^)]*)?\)/g)].map((match) => match[1]))];
}

const problems = [
  ...files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file))).map((file) => `not for users: ${file}`),
  ...REQUIRED.filter((file) => !files.includes(file)).map((file) => `missing: ${file}`),
];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const summary = `Package ${pack.name}@${pack.version}: ${files.length} files, ${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked.`;
if (quiet) {
  console.log(summary);
} else {
  const { messages, pkg } = await publint({ pkgDir: '.', level: 'suggestion', strict: true, pack: 'npm' });
  problems.push(...messages.map((message) => `publint (${message.type}): ${formatMessage(message, pkg)}`));
  try {
    execFileSync('npx', ['attw', '--pack', '.', '--profile', 'esm-only', '--format', 'ascii'], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    problems.push(`@arethetypeswrong/cli found problems:\n${error.stdout}`);
  }
  console.log(summary);
  console.log('publint: suggestions, warnings and errors checked; @arethetypeswrong/cli: every entry point (ESM only, by design).');
}
if (problems.length > 0) {
  console.error(`The package is not ready to publish:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
