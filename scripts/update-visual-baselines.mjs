// Rewrites the visual regression baselines (tests/visual/baselines/<engine>/) from the ES bundle:
//   npm run test:visual:update                        every engine (Chromium, Firefox, WebKit)
//   BROWSERS=chromium npm run test:visual:update      one engine; the others' baselines are kept
// Each engine's old baselines are removed first, so states that no longer exist leave no stale file,
// and tests/visual/failed/ is emptied. Run `npm run build` first: the baselines come from dist/.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const engines = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
  .split(',')
  .map((name) => name.trim().toLowerCase())
  .filter(Boolean);
for (const engine of engines) {
  if (!/^[a-z]+$/.test(engine)) throw new Error(`BROWSERS: bad engine name "${engine}"`);
  rmSync(new URL(`../tests/visual/baselines/${engine}`, import.meta.url), { recursive: true, force: true });
}
rmSync(new URL('../tests/visual/failed', import.meta.url), { recursive: true, force: true });
const run = spawnSync(
  'npx',
  ['web-test-runner', '--config', 'web-test-runner.config.mjs', '--files', 'tests/visual/*.visual.test.ts'],
  { stdio: 'inherit', env: { ...process.env, BROWSERS: engines.join(','), VISUAL_UPDATE: '1' } },
);
process.exit(run.status ?? 1);
