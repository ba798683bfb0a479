// `npm run check:engines` (part of `npm test`): the Node.js versions the README and
// docs/development.md promise for development (package.json `devEngines.runtime.version`) are
// accepted by every package the lockfile installs, so `npm ci` prints no EBADENGINE warning on the
// oldest promised version of each line.
// Optional platform binaries are skipped (npm skips them too on a platform they do not fit).
import { readFileSync } from 'node:fs';
import semver from 'semver';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const promised = pkg.devEngines?.runtime?.version;
if (!promised) {
  console.error('check:engines: package.json has no devEngines.runtime.version.');
  process.exit(1);
}
// The oldest version of each line the range accepts: ">=20.20.2 <21 || >=22.23.4 <23" -> 20.20.2, 22.23.4.
const oldest = new semver.Range(promised).set.map((comparators) => semver.minVersion(comparators.map(String).join(' ')).version);
// Known exceptions, each tried on the oldest promised version: WordPress Playground (@wp-playground/*,
// @php-wasm/*, used only by `npm run test:wordpress`) declares node >=24.18 but boots and serves
// WordPress 6.2 and 6.5 on Node 20.20.2 (the WordPress suite runs on it in CI). docs/development.md says so.
const TRIED_ELSEWHERE = /(^|\/)node_modules\/@(wp-playground|php-wasm)\//;
const problems = [];
const exceptions = new Set();
for (const [path, info] of Object.entries(lock.packages)) {
  const wanted = info.engines?.node;
  if (!path || !wanted || info.optional) continue;
  if (TRIED_ELSEWHERE.test(path)) {
    exceptions.add(path.replace(/^.*node_modules\/(@[^/]+)\/.*$/, '$1/*'));
    continue;
  }
  for (const version of oldest) {
    if (!semver.satisfies(version, wanted)) problems.push(`${path.replace(/^.*node_modules\//, '')}@${info.version} wants node ${wanted}, not ${version}`);
  }
}
// The README's set-up and the development guide both name the oldest promised version.
for (const doc of ['README.md', 'docs/development.md']) {
  if (!readFileSync(doc, 'utf8').includes(`Node.js ${oldest[0]}`)) problems.push(`${doc} does not say "Node.js ${oldest[0]}" (the oldest promised version)`);
}
if (problems.length > 0) {
  console.error(`check:engines: devEngines promises node ${promised}, but:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
const tried = exceptions.size > 0 ? `; ${[...exceptions].join(', ')} declare a newer node but were tried on it` : '';
console.log(`check:engines: every package accepts node ${oldest.join(', ')} (devEngines ${promised})${tried}.`);
