// Part of `npm run check:package`: what a site's bundler does with the npm modules. It code-splits
// dist/npm the way Rollup, webpack or Vite do for an app that imports a few elements on different
// pages, honouring package.json's `sideEffects` (Rollup's node-resolve reads it as the others do), and
// checks that every entry still registers its element and the elements it renders inside itself. A
// `sideEffects` list that marks a registering module side-effect-free drops that registration
// silently: the nested <call-clinic> of a <vein-cta> would stay an unknown element.
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';

const NESTS = {
  'call-clinic': [],
  'cramp-causes': ['call-clinic'],
  'vein-cta': ['call-clinic'],
  'clinic-services': [],
  'cramp-article': ['cramp-causes', 'clinic-services', 'vein-cta', 'call-clinic'],
  'cramp-check': ['vein-cta', 'call-clinic'],
};

const bundle = await rollup({
  input: Object.fromEntries(Object.keys(NESTS).map((tag) => [tag, `dist/npm/components/${tag}/${tag}.js`])),
  plugins: [resolve()],
  onwarn: () => {},
});
const { output } = await bundle.generate({ format: 'es' });
await bundle.close();
const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));

/** The code an entry runs: its chunk and every chunk it imports, transitively. */
function codeOf(fileName, seen = new Set()) {
  if (seen.has(fileName)) return '';
  seen.add(fileName);
  const chunk = chunks.get(fileName);
  return chunk.code + chunk.imports.map((name) => codeOf(name, seen)).join('\n');
}

const problems = [];
for (const [tag, nested] of Object.entries(NESTS)) {
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry && chunk.name === tag);
  const code = codeOf(entry.fileName);
  for (const needed of [tag, ...nested]) {
    if (!new RegExp(`\\.define\\(['"]${needed}['"]\\)`).test(code)) problems.push(`the ${tag} entry does not register <${needed}>`);
  }
}
if (problems.length > 0) {
  console.error(`Code-split build of dist/npm (package.json sideEffects):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`Code-split build of dist/npm: ${Object.keys(NESTS).length} entries, ${chunks.size} chunks, every element and its nested ones registered.`);
