// npm's `version` lifecycle script (`npm version minor` etc.): package.json has the new version by
// now. Carries it to the places that repeat it, rebuilds, and stages the result for npm's commit, so
// the version has one source of truth:
//   - src/internal/version.ts (VERSION: compared when two copies of the library meet on a page)
//   - CHANGELOG.md (the [Unreleased] section becomes this version's, dated; an empty one is added)
//   - the bundles' banner, dist/integrity.json and the docs' integrity snippets (by the build)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const versionFile = 'src/internal/version.ts';
writeFileSync(versionFile, readFileSync(versionFile, 'utf8').replace(/export const VERSION = '[^']*';/, `export const VERSION = '${version}';`));

const changelog = readFileSync('CHANGELOG.md', 'utf8');
if (!changelog.includes(`## [${version}] - `)) {
  const today = new Date().toISOString().slice(0, 10);
  writeFileSync('CHANGELOG.md', changelog.replace('## [Unreleased]\n', `## [Unreleased]\n\n## [${version}] - ${today}\n`));
}

execFileSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
execFileSync('git', ['add', 'package.json', 'package-lock.json', versionFile, 'CHANGELOG.md', 'dist', 'docs', 'README.md', 'custom-elements.json'], { stdio: 'inherit' });
