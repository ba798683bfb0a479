// Rollup plugin for the two bundles: shortens the message ids of the generated locale modules.
//
// @lit/localize (runtime mode) keys every translated string by a 17-character hash of its English
// text (`s010d9d667bd05cbd`). The hex digits are random, so gzip cannot shrink them: about 1 KB of
// the Spanish chunk's 4.9 KB. Here each hash key is cut to the shortest prefix (at least 5 characters)
// that is still unique among ALL the project's message ids, the untranslated ones included (the XLIFF
// files list every message, and `npm run build` extracts them before bundling), and the module exports
// that length as `idLength`; src/localization.ts then looks a full id up by its prefix. A new message
// whose prefix would collide simply makes the prefixes longer. Explicit ids (`call.label`) are kept.
// dist/npm and src/generated keep the full ids.
import { readFileSync, readdirSync } from 'node:fs';

const HASH_ID = /^[sh][0-9a-f]{16}$/;
const MIN_LENGTH = 5;

function knownIds(xliffDir, moduleIds) {
  const ids = new Set(moduleIds);
  for (const name of readdirSync(xliffDir).filter((n) => n.endsWith('.xlf'))) {
    for (const [, id] of readFileSync(`${xliffDir}/${name}`, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)) ids.add(id);
  }
  return [...ids].filter((id) => HASH_ID.test(id));
}

export function shortestUniqueLength(ids, min = MIN_LENGTH) {
  for (let length = min; length < 17; length++) {
    if (new Set(ids.map((id) => id.slice(0, length))).size === ids.length) return length;
  }
  return 17;
}

export function shortMessageIds({ xliffDir = 'xliff' } = {}) {
  return {
    name: 'short-message-ids',
    transform(code, id) {
      if (!/[\\/]src[\\/]generated[\\/]locales[\\/][^\\/]+\.ts$/.test(id)) return null;
      const keys = /^(\s*)'([sh][0-9a-f]{16})':/gm;
      const moduleIds = [...code.matchAll(keys)].map((m) => m[2]);
      if (moduleIds.length === 0) this.error(`short-message-ids: no hash ids found in ${id}; has lit-localize's output format changed?`);
      const length = shortestUniqueLength(knownIds(xliffDir, moduleIds));
      const out = code.replace(keys, (_, indent, key) => `${indent}'${key.slice(0, length)}':`);
      return { code: `${out}\nexport const idLength = ${length};\n`, map: null };
    },
  };
}
