// CI check: a fresh build must reproduce exactly what is committed (dist/, custom-elements.json, the
// generated locale modules, the XLIFF files, and the generated blocks of README.md and docs/: the
// release snippets, the integrity hashes and the element reference), so site owners who use the
// files straight from the repository get what the source says.
import { execSync } from 'node:child_process';

execSync('npm run build --silent', { stdio: 'inherit' });
const paths = ['dist', 'custom-elements.json', 'src/generated', 'xliff', 'README.md', 'docs'];
const changed = execSync(`git status --porcelain --untracked-files=all -- ${paths.join(' ')}`, { encoding: 'utf8' }).trim();
if (changed) {
  console.error('The committed build is out of date. Run `npm run build` and commit the result. Differences:');
  console.error(changed);
  console.error(execSync(`git diff --stat -- ${paths.join(' ')}`, { encoding: 'utf8' }));
  process.exit(1);
}
console.log('Build check: dist/, custom-elements.json, generated locales and the generated parts of README.md and docs/ match a fresh build.');
