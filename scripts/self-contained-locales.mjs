// Rollup plugin for the two bundles: makes each generated locale module import nothing, so the
// Spanish chunk (dist/cramp-widgets-es.js) does not import the entry back.
//
// lit-localize writes `import {str} from '@lit/localize';` at the top of every locale module. Bundled,
// that became `import {s} from "./cramp-widgets.js"`: a URL fixed at build time. WordPress loads the
// entry as `cramp-widgets.js?ver=6.5`, so the browser fetched and ran the entry a second time under
// the bare name; optimisers and CDNs rename the entry, so the import was a 404 and the page stayed
// English (issue 11). A chunk that imports nothing works under any name, next to any entry, which
// loads it with a relative import() resolved against the entry's own URL.
//
// `str` is @lit/localize's tiny tag (node_modules/@lit/localize/internal/str-tag.js): it only records
// the strings and values, and the runtime recognises the result by its `strTag` key. It is written
// here instead. Any other import (a message with HTML would import `html` from lit) stops the build,
// so the chunk never silently depends on the entry's URL again.
const STR_IMPORT = /^\s*import\s*\{\s*str\s*\}\s*from\s*['"]@lit\/localize['"];?\s*$/m;
const STR_TAG = 'const str = (strings, ...values) => ({ strTag: true, strings, values });';

export function selfContainedLocales() {
  return {
    name: 'self-contained-locales',
    transform(code, id) {
      if (!/[\\/]src[\\/]generated[\\/]locales[\\/][^\\/]+\.ts$/.test(id)) return null;
      const out = code.replace(STR_IMPORT, STR_TAG);
      const other = /^\s*import\b.*$/m.exec(out);
      if (other) this.error(`self-contained-locales: ${id} imports "${other[0].trim()}"; a locale chunk must import nothing (see this plugin).`);
      return { code: out, map: null };
    },
  };
}
