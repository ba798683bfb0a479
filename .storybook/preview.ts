import { setCustomElementsManifest, type Decorator, type Loader, type Preview } from '@storybook/web-components-vite';
import type { ArgTypesEnhancer } from 'storybook/internal/types';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
import customElements from '../custom-elements.json';
import { getLocale } from '../src/localization.js';
import { BRAND_THEMES, DARK_PAGE, type ThemeName } from '../stories/support/themes.js';
import { withBuild } from '../stories/support/built-bundle.js';
import { elementDocsPage } from '../stories/support/docs-page.js';
import { elementDocs } from '../stories/support/docs.js';

/**
 * The docs tables read custom-elements.json (descriptions, defaults, events, parts, CSS custom
 * properties), with two adjustments for Storybook, which keys every row by its name alone:
 * - each attribute is shown once, under "attributes" (the manifest also lists every class member,
 *   private ones included, which would repeat each attribute as a property and add internals);
 * - parts are named `::part(x)`, as CSS writes them, or a part called `label`, `website` or `hours`
 *   would replace the attribute of the same name.
 */
interface Member {
  kind?: string;
  privacy?: string;
  static?: boolean;
  name: string;
}
interface Declaration {
  members?: Member[];
  attributes?: { fieldName?: string }[];
  cssParts?: { name: string }[];
}
function storybookManifest(manifest: typeof customElements): typeof customElements {
  const copy = structuredClone(manifest) as { modules: { declarations?: Declaration[] }[] };
  for (const module of copy.modules) {
    for (const declaration of module.declarations ?? []) {
      const attributeFields = new Set((declaration.attributes ?? []).map((attribute) => attribute.fieldName));
      declaration.members = (declaration.members ?? []).filter(
        (member) => member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public' && !attributeFields.has(member.name),
      );
      for (const part of declaration.cssParts ?? []) part.name = `::part(${part.name})`;
    }
  }
  return copy as typeof customElements;
}
setCustomElementsManifest(storybookManifest(customElements));

/**
 * Controls: parts and events are documentation only; CSS custom properties get a control whose value
 * `withTheme` sets on the wrapper around the story (a color picker when the default is a color).
 */
const documentationOnly: ArgTypesEnhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => {
      const category = argType.table?.category;
      if (category === 'css shadow parts' || category === 'events') return [name, { ...argType, control: false }];
      if (category === 'css custom properties') {
        const color = /#[0-9a-f]{3,8}\b|color|background/i.test(argType.description ?? '');
        return [name, { ...argType, control: { type: color ? 'color' : 'text' } }];
      }
      return [name, argType];
    }),
  );

// Page CSS the decorators rely on: a neutral system font (the elements inherit the page's) and the dark page.
const pageStyles = document.createElement('style');
pageStyles.textContent = `
  .cramp-theme { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; line-height: 1.5; }
  .cramp-theme[data-theme='dark'] { background: ${DARK_PAGE.background}; color: ${DARK_PAGE.color}; color-scheme: dark; padding: 1rem; }
  body.sb-show-main:has(.cramp-theme[data-theme='dark']) { background: ${DARK_PAGE.background}; }
`;
document.head.append(pageStyles);

/**
 * Language: the widgets follow <html lang> and re-render when it changes. Set it before the story
 * renders and wait until @lit/localize has loaded the strings, so a Spanish story is Spanish from its
 * first frame (and the headless check sees the final text).
 */
const withLanguage: Loader = async (context) => {
  // <html lang> is one per document: on a docs page, where stories share it, the toolbar decides
  // (stories fixed to Spanish render in their own frame there).
  const { globals, viewMode, userGlobals } = context as typeof context & { userGlobals?: typeof context.globals };
  const lang = ((viewMode === 'docs' ? userGlobals : globals) ?? globals).locale === 'es' ? 'es' : 'en';
  const ready = new Promise<void>((resolve) => {
    const timer = setTimeout(done, 5000);
    function done(): void {
      clearTimeout(timer);
      window.removeEventListener('lit-localize-status', onStatus);
      resolve();
    }
    function onStatus(event: Event): void {
      if ((event as CustomEvent<{ status: string }>).detail.status !== 'loading') done();
    }
    window.addEventListener('lit-localize-status', onStatus);
    if (document.documentElement.lang === lang && getLocale() === lang) done();
  });
  document.documentElement.lang = lang;
  await ready;
};

/**
 * Theme: `dark` sets `theme="dark"` on the elements that have the attribute (through the story's args,
 * so the controls show it) on a dark page; the brands set documented custom properties on a wrapper.
 */
const withTheme: Decorator = (story, context) => {
  const theme = (context.globals.theme ?? 'default') as ThemeName;
  const dark = theme === 'dark';
  const args = dark && 'theme' in context.argTypes ? { ...context.args, theme: 'dark' } : context.args;
  const brand = theme === 'plum' || theme === 'forest' ? BRAND_THEMES[theme].properties : {};
  const fromControls = Object.fromEntries(
    Object.entries(context.args).filter((entry): entry is [string, string] => entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== ''),
  );
  return html`<div class="cramp-theme" data-theme=${theme} style=${styleMap({ ...brand, ...fromControls })}>${story({ args })}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the widgets: sets <html lang>, which every element follows',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'es', title: 'Español', right: 'es' },
        ],
        dynamicTitle: true,
      },
    },
    build: {
      description:
        "What renders the stories: the sources (src/), the built bundle a site loads (dist/cramp-widgets.js) or the story's element file (dist/elements/<tag>.js); run `npm run build` first",
      toolbar: {
        title: 'Build',
        icon: 'box',
        items: [
          { value: 'source', title: 'Source (src/)' },
          { value: 'bundle', title: 'Built bundle (dist/)' },
          { value: 'element', title: 'Element file (dist/elements/)' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Color scheme, or a brand set through the documented --cramp-* custom properties',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: [
          { value: 'default', title: 'Default' },
          { value: 'dark', title: 'Dark' },
          { value: 'plum', title: BRAND_THEMES.plum.title },
          { value: 'forest', title: BRAND_THEMES.forest.title },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'default', build: 'source' },
  loaders: [withLanguage],
  argTypesEnhancers: [documentationOnly],
  // The last decorator is the outermost: withBuild moves the themed story into the bundle's frame.
  decorators: [withTheme, withActions, withBuild(() => pageStyles.textContent ?? '')],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    actions: { handles: ['cramp-call', 'cramp-link', 'cramp-toggle', 'cramp-check-result'] },
    // A story with an axe violation ends with status "error" (and fails scripts/check-storybook.mjs).
    a11y: { test: 'error' },
    docs: {
      toc: true,
      // Each docs page opens on the live preview and its controls; the description and the embed snippet follow.
      page: elementDocsPage,
      // The element's description from custom-elements.json, followed by its embed snippet (stories/support/docs.ts).
      // A JSDoc comment on a story file's meta would be shown instead: the element's JSDoc is the one place for it.
      extractComponentDescription: (component: unknown) => (typeof component === 'string' ? elementDocs(component) : ''),
      // "Show code" shows the story's markup, not the theme decorator's wrapper around it.
      source: { transform: (code: string) => code.replace(/^\s*<div class="cramp-theme"[^>]*>([\s\S]*)<\/div>\s*$/, '$1').trim() },
    },
  },
};

export default preview;
