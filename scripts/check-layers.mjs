// `npm run lint` (part of `npm test`): every import in src/ points down the layers, never back up.
//
//   internal/, generated/   depend on nothing of the library (warn-once, attribute readers, safe define, styles, icons)
//   clinic/, content/       the clinic's details and the article's text; may import internal/
//   localization.ts         the page's language; may import the above
//   element/                the base class every widget extends, its context and events; may import the above
//   components/<tag>/       one folder per element; may import all of the above and each other (a container renders others)
//   index.ts, bundle*.ts    the entry points
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const RANK = { internal: 0, generated: 0, clinic: 1, content: 1, 'localization.ts': 2, element: 3, components: 4 };
const layerOf = (file) => {
  const top = relative('src', file).split(/[\\/]/)[0].replace(/\.js$/, '.ts');
  return top in RANK ? top : 'entry';
};
const rank = (layer) => RANK[layer] ?? 5;

const problems = [];
for (const name of readdirSync('src', { recursive: true })) {
  const file = join('src', String(name));
  if (!file.endsWith('.ts')) continue;
  const from = layerOf(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s+'(\.[^']+)'/g)) {
    const target = normalize(join(dirname(file), spec));
    const to = layerOf(target);
    const peers = from === to || (from === 'components' && to === 'components');
    if (!peers && rank(to) >= rank(from)) problems.push(`${file} imports ${spec} (${from} may not import ${to})`);
  }
}
if (problems.length > 0) {
  console.error(`Imports that point up the layers (see scripts/check-layers.mjs):\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
