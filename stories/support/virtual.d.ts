/** Provided by the `embed-snippets` Vite plugin in .storybook/main.ts: tag -> `npm run snippet -- <tag>` output. */
declare module 'virtual:embed-snippets' {
  const snippets: Record<string, string>;
  export default snippets;
}
