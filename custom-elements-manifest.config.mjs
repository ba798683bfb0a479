// custom-elements.json is read by Storybook, the element reference in docs/elements.md and editors; it comes from
// the JSDoc in src/, and the CSS custom properties from their one list, src/internal/css-properties.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const { properties } = JSON.parse(readFileSync('src/internal/css-properties.json', 'utf8'));

/** Every `var(--cramp-…, fallback)` in the style sheets: the defaults the list must repeat. */
function defaultsInStyles() {
  const found = new Map();
  const files = readdirSync('src', { recursive: true }).filter((file) => String(file).endsWith('.styles.ts'));
  for (const file of files) {
    const text = readFileSync(join('src', String(file)), 'utf8');
    for (const [, name, fallback] of text.matchAll(/var\((--cramp-[a-z-]+),\s*([^,)]+)/g)) found.set(name, fallback.trim());
  }
  return found;
}

const inStyles = defaultsInStyles();
for (const { name, default: value } of properties) {
  if (!inStyles.has(name)) throw new Error(`css-properties.json lists ${name}, which no style sheet reads.`);
  if (value !== undefined && inStyles.get(name) !== value) {
    throw new Error(`css-properties.json says ${name} defaults to ${value}; the styles say ${inStyles.get(name)}.`);
  }
}
for (const name of inStyles.keys()) {
  if (!properties.some((property) => property.name === name)) throw new Error(`${name} is read by the styles but missing from css-properties.json.`);
}

export default {
  globs: ['src/components/**/*.component.ts', 'src/element/cramp-element.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      name: 'css-properties',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (!declaration.tagName) continue;
            declaration.cssProperties = properties
              .filter(({ elements }) => !elements || elements.includes(declaration.tagName))
              .map(({ name, description, default: value }) => ({
                name,
                description: value === undefined ? description : `${description} Default \`${value}\`.`,
                ...(value === undefined ? {} : { default: value }),
              }));
          }
        }
      },
    },
    {
      // The analyzer lists modules in the order its file search returns them, which varies from run
      // to run on a busy machine; sorted, the file is the same for every build (npm run check:build).
      name: 'sorted-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
