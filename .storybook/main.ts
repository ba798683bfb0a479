import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig, type Plugin } from 'vite';

/**
 * Storybook for designers: every element, variant, state and language. `npm run storybook` serves it,
 * `npm run build-storybook` builds it into storybook-static/, and scripts/check-storybook.mjs checks
 * every story of that build headlessly.
 * Needs `npm run build` first: preview.ts reads custom-elements.json, and the embed snippets come from
 * scripts/snippet.mjs, which reads dist/npm.
 */

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * `virtual:embed-snippets`: each element's copy-paste snippet, printed by `npm run snippet -- <tag> --plain`
 * when Storybook starts or builds, so the docs pages never hold a stale copy of it.
 */
function embedSnippets(): Plugin {
  const id = 'virtual:embed-snippets';
  return {
    name: 'cramp-embed-snippets',
    resolveId: { filter: { id: /^virtual:embed-snippets$/ }, handler: () => `\0${id}` },
    load: {
      filter: { id: /^\0virtual:embed-snippets$/ },
      handler() {
        const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8')) as {
          modules: { declarations?: { tagName?: string }[] }[];
        };
        const tags = manifest.modules.flatMap((module) => (module.declarations ?? []).flatMap((d) => (d.tagName ? [d.tagName] : [])));
        const snippets: Record<string, string> = {};
        for (const tag of tags) {
          try {
            snippets[tag] = execFileSync(process.execPath, ['scripts/snippet.mjs', tag, '--plain'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
          } catch (error) {
            this.warn(`no embed snippet for <${tag}>: ${(error as Error).message.split('\n')[0]}`);
          }
        }
        return `export default ${JSON.stringify(snippets)};`;
      },
    },
  };
}

/**
 * package.json's `sideEffects` names only the dist/ files (for npm users' bundlers), so the static build
 * would drop `import '../src/components/call-clinic/call-clinic.js'`, the module that defines the tag.
 * The stories import src/ directly: its modules keep their side effects.
 */
function sourceHasSideEffects(): Plugin {
  const src = `${root}src/`;
  return {
    name: 'cramp-src-side-effects',
    transform: {
      filter: { id: new RegExp(`^${src.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) },
      handler: (code) => ({ code, map: null, moduleSideEffects: true }),
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.stories.ts'],
  // The built bundles, for the toolbar's "Build: Built bundle" (stories/support/built-bundle.ts).
  staticDirs: [{ from: '../dist', to: '/dist' }],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  async viteFinal(viteConfig, { configType }) {
    return mergeConfig(viteConfig, {
      // `build-storybook --quiet` in CI: warnings and errors only.
      // Storybook's own chunks exceed Vite's size hint, and Rolldown's timing report is about Storybook's plugins.
      ...(configType === 'PRODUCTION'
        ? { logLevel: 'warn', build: { chunkSizeWarningLimit: 2000, rolldownOptions: { checks: { bundlerTimings: false } } } }
        : {}),
      plugins: [embedSnippets(), sourceHasSideEffects()],
      // Every Lit entry point the elements import, pre-bundled together: otherwise `storybook dev`
      // discovers some of them later and loads a second copy of Lit ("Multiple versions of Lit loaded").
      optimizeDeps: {
        include: [
          'lit',
          'lit/decorators.js',
          'lit/directive-helpers.js',
          'lit/directive.js',
          'lit/static-html.js',
          'lit/directives/if-defined.js',
          'lit/directives/style-map.js',
          '@lit/localize',
        ],
      },
      // The elements are written for TypeScript's experimental decorators with
      // useDefineForClassFields: false (tsconfig.json). Vite 8 compiles TypeScript with Oxc: say so here
      // rather than rely on tsconfig lookup, or class fields would shadow the @property() accessors and
      // attribute changes would not re-render.
      oxc: {
        decorator: { legacy: true },
        assumptions: { setPublicClassFields: true },
        typescript: { removeClassFieldsWithoutInitializer: true },
      },
    });
  },
};

export default config;
