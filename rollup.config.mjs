// Builds the two bundles a site owner loads from a <script> tag, with Lit inside:
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

// Exported for scripts/bench.mjs, which builds the same way in memory (and unminified, for raw sizes).
export const plugins = ({ minify = true } = {}) => [
  // Lit's "production" export condition is the default; no dev-mode warnings in the bundles.
  resolve(),
  // The Spanish chunk imports nothing, so it works next to an entry of any name or query string.
  selfContainedLocales(),
  // Locale modules keep 5-6 characters of each 17-character hash id (see the plugin).
  ...(minify ? [shortMessageIds()] : []),
  typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: undefined, noEmitOnError: true }),
  ...(minify ? [minifyHTML({ options: { strategy: staticTagStrategy, shouldMinify: onlyHtmlTemplates } }), terser({ ecma: 2021, module: true, format: { comments: false } })] : []),
];

export const onwarn = (warning, defaultHandler) => {
  // Lit's compiled output uses `this` at module scope in a harmless way.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  defaultHandler(warning);
  throw new Error(`rollup warning treated as an error: ${warning.message}`);
};

export default [
  {
    input: 'src/index.ts',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: 'cramp-widgets.js',
      // Stable names (no hash) so a site owner's copied folder keeps working, and builds are deterministic.
      chunkFileNames: 'cramp-widgets-[name].js',
    },
    plugins: plugins(),
    onwarn,
  },
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/cramp-widgets.iife.js',
      format: 'iife',
      name: 'CrampWidgets',
      inlineDynamicImports: true,
    },
    plugins: plugins(),
    onwarn,
  },
];
