// Builds what a site owner loads from a <script> tag, with Lit inside (each with the page-level guards
// and window.CrampWidgets of src/page.ts):
//   dist/cramp-widgets.js       every element, one ES module; the Spanish strings are a chunk loaded next
//                               to it when needed (with a relative import(), so whatever the entry's name;
//                               the chunk imports nothing)
//   dist/cramp-widgets.iife.js  every element, one classic script with both languages, no chunks
//   dist/elements/<tag>.js      one element (and the elements it renders inside itself), one ES module
//                               with its own Lit, for a page that uses only that: no shared chunk, so no
//                               request waits for another; the Spanish chunk beside them as above
// npm users get unbundled modules from `tsc` (dist/npm), so their bundler keeps a single Lit.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { onlyHtmlTemplates, staticTagStrategy } from './scripts/minify-html-strategy.mjs';
import { shortMessageIds } from './scripts/short-message-ids.mjs';
import { selfContainedLocales } from './scripts/self-contained-locales.mjs';
import { banner, keepBanner, thirdPartyNotices } from './scripts/rollup-licenses.mjs';
import { trustedTypesPolicy } from './scripts/rollup-trusted-types.mjs';

// Exported for scripts/bench.mjs, which builds the same way in memory (and unminified, for raw sizes).
export const plugins = ({ minify = true } = {}) => [
  // Lit's "production" export condition is the default; no dev-mode warnings in the bundles.
  resolve(),
  // The Spanish chunk imports nothing, so it works next to an entry of any name or query string.
  selfContainedLocales(),
  trustedTypesPolicy(),
  // Locale modules keep 5-6 characters of each 17-character hash id (see the plugin).
  ...(minify ? [shortMessageIds()] : []),
  typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: undefined, noEmitOnError: true }),
  ...(minify ? [minifyHTML({ options: { strategy: staticTagStrategy, shouldMinify: onlyHtmlTemplates } }), terser({ ecma: 2021, module: true, format: { comments: keepBanner } })] : []),
];

export const onwarn = (warning, defaultHandler) => {
  // Lit's compiled output uses `this` at module scope in a harmless way.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  defaultHandler(warning);
  throw new Error(`rollup warning treated as an error: ${warning.message}`);
};

/**
 * Types for the bundles when a bundler imports them (`cramp-widgets/bundle.js`): the same API as the
 * npm modules, whose declarations tsc writes to dist/npm.
 */
const bundleTypes = (fileName, source) => ({
  name: 'cramp-bundle-types',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName, source });
  },
});

// Lit's `svg` and `css` templates are pure: icons and styles no element uses drop out.
const treeshake = { manualPureFunctions: ['svg', 'css', 'unsafeCSS'] };

/** The elements that get a file of their own in dist/elements/. */
export const ELEMENTS = ['call-clinic', 'cramp-causes', 'vein-cta', 'clinic-services', 'cramp-article', 'cramp-check'];

/** A virtual entry: the page-level concerns first, then one element's module. */
const elementEntry = (tag) => ({
  name: 'cramp-element-entry',
  resolveId: (id) => (id === `cramp-element:${tag}` ? `\0cramp-element:${tag}` : null),
  load: (id) =>
    id === `\0cramp-element:${tag}`
      ? `import ${JSON.stringify(new URL('./src/page.ts', import.meta.url).pathname)};\n` +
        `export * from ${JSON.stringify(new URL(`./src/components/${tag}/${tag}.ts`, import.meta.url).pathname)};\n`
      : null,
});

export default [
  {
    input: 'src/bundle.ts',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'cramp-widgets.js',
      // Stable names (no hash) so a site owner's copied folder keeps working, and builds are deterministic.
      chunkFileNames: 'cramp-widgets-[name].js',
      banner,
    },
    treeshake,
    plugins: [...plugins(), thirdPartyNotices(), bundleTypes('cramp-widgets.d.ts', "export * from './npm/bundle.js';\n")],
    onwarn,
  },
  {
    input: 'src/bundle-classic.ts',
    output: {
      file: 'dist/cramp-widgets.iife.js',
      format: 'iife',
      inlineDynamicImports: true,
      banner,
    },
    treeshake,
    plugins: [...plugins(), bundleTypes('cramp-widgets.iife.d.ts', "// A classic script: no exports; its API is window.CrampWidgets.\nexport type { CrampWidgetsGlobal } from './npm/bundle.js';\n")],
    onwarn,
  },
  ...ELEMENTS.map((tag) => ({
    input: `cramp-element:${tag}`,
    output: {
      dir: 'dist/elements',
      format: 'es',
      entryFileNames: `${tag}.js`,
      chunkFileNames: 'cramp-widgets-[name].js',
      banner,
    },
    treeshake,
    plugins: [elementEntry(tag), ...plugins()],
    onwarn,
  })),
];
