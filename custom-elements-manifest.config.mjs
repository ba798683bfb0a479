// custom-elements.json is read by Storybook, the element reference in docs/elements.md and editors; it comes from the JSDoc in src/.
export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/cramp-element.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
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
