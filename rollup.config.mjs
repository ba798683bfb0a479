// Builds the two bundles a site owner loads from a <script> tag, with Lit inside (entries src/bundle.ts
// and src/bundle-classic.ts: the library plus its page-level guards and window.CrampWidgets):
//   dist/cramp-widgets.js       one ES module; the Spanish strings are a chunk loaded next to it when needed
//                               (with a relative import(), so whatever the entry's name; the chunk imports nothing)
//   dist/cramp-widgets.iife.js  one classic script with both languages, no chunks
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
    plugins: [...plugins(), bundleTypes('cramp-widgets.iife.d.ts', "// A classic script: no exports; its API is window.CrampWidgets.\nexport type { CrampWidgetsGlobal } from './npm/bundle.js';\n")],
    onwarn,
  },
];
