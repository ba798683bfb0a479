// Builds the two bundles a site owner loads from a <script> tag, with Lit inside:
//   dist/cramp-widgets.js       one ES module; the Spanish strings are a chunk loaded next to it when needed
//   dist/cramp-widgets.iife.js  one classic script with both languages, no chunks
// npm users get unbundled modules from `tsc` (dist/npm), so their bundler keeps a single Lit.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';

const plugins = () => [
  // Lit's "production" export condition is the default; no dev-mode warnings in the bundles.
  resolve(),
  typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, rootDir: undefined, noEmitOnError: true }),
  minifyHTML(),
  terser({ ecma: 2021, module: true, format: { comments: false } }),
];

const onwarn = (warning, defaultHandler) => {
  // Lit's compiled output uses `this` at module scope in a harmless way.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  // Templates with a static tag name (`<${h}>` for heading-level, lit/static-html) cannot be parsed by
  // the HTML minifier; it leaves them as written, which is correct, only a few bytes larger.
  if (warning.plugin === 'minify-html-literals' && warning.message.includes('@TEMPLATE_EXPRESSION')) return;
  defaultHandler(warning);
  throw new Error(`rollup warning treated as an error: ${warning.message}`);
};

export default [
  {
    input: 'src/index.ts',
    // Lets the locale chunk import Lit and @lit/localize from the entry itself instead of a third file.
    preserveEntrySignatures: 'allow-extension',
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
