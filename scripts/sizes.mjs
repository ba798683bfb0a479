// Prints the size of each built bundle (raw, minified as shipped, gzip -9, brotli -11) and, with
// --check, fails when a bundle is over its byte budget. Bytes, not times: this never flakes.
import { readFileSync, readdirSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// Ceilings that stop regressions. Issue #8's targets are 16 KB (ES bundle), 4 KB (Spanish chunk) and
// 20 KB (classic bundle); until that work lands these sit just above the measured sizes.
const BUDGETS_GZIP = {
  'cramp-widgets.js': 29 * 1024,
  'cramp-widgets-es.js': 8 * 1024,
  'cramp-widgets.iife.js': 36 * 1024,
};

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = readdirSync('dist')
  .filter((name) => name.endsWith('.js'))
  .sort()
  .map((name) => {
    const bytes = readFileSync(`dist/${name}`);
    return {
      name,
      min: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      budget: BUDGETS_GZIP[name],
    };
  });

console.log('| file | min | gzip | brotli | gzip budget |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  console.log(`| ${r.name} | ${kb(r.min)} (${r.min} B) | ${kb(r.gzip)} (${r.gzip} B) | ${kb(r.brotli)} (${r.brotli} B) | ${r.budget ? kb(r.budget) : '-'} |`);
}

if (process.argv.includes('--check')) {
  const over = rows.filter((r) => r.budget && r.gzip > r.budget);
  const missing = Object.keys(BUDGETS_GZIP).filter((name) => !rows.some((r) => r.name === name));
  for (const r of over) console.error(`Over budget: ${r.name} is ${r.gzip} B gzip, budget ${r.budget} B.`);
  for (const name of missing) console.error(`Missing bundle: dist/${name}`);
  if (over.length || missing.length) process.exit(1);
  console.log('Byte budgets: all bundles within budget.');
}
