// custom-elements.json is read by Storybook, the README reference and editors; it comes from the JSDoc in src/.
export default {
  globs: ['src/components/**/*.component.ts', 'src/internal/cramp-element.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
