import snippets from 'virtual:embed-snippets';
import manifest from '../../custom-elements.json';

interface Declaration {
  tagName?: string;
  description?: string;
}

function declarationOf(tag: string): Declaration | undefined {
  for (const module of manifest.modules as { declarations?: Declaration[] }[]) {
    const found = module.declarations?.find((declaration) => declaration.tagName === tag);
    if (found) return found;
  }
  return undefined;
}

/**
 * The docs-page text of an element: its JSDoc description (from custom-elements.json, the one place
 * it is written) followed by the copy-paste embed snippet that `npm run snippet -- <tag>` prints.
 * .storybook/preview.ts gives it to every docs page as `docs.extractComponentDescription`, which
 * replaces the framework's manifest-only one, so both are put here.
 */
export function elementDocs(tag: string): string {
  const description = declarationOf(tag)?.description ?? '';
  const snippet = snippets[tag];
  const embed = snippet
    ? [
        '## Embed it',
        'Paste this into any page (in WordPress: a Custom HTML block). Replace `https://YOUR-SITE/path/to/dist/` with',
        'where `dist/` is hosted. The content inside the tag is the fallback: readable before and without',
        `JavaScript, and by search engines. \`npm run snippet -- ${tag}\` prints it with the widget`,
        'pre-rendered in front of the fallback (so nothing moves when the script arrives; shown here without it,',
        '`--plain`); `--classic` gives the non-module script for old page builders.',
        '',
        '```html',
        snippet.trimEnd(),
        '```',
      ].join('\n')
    : '';
  return [description, embed].filter(Boolean).join('\n\n');
}
