// Part of `npm run lint`: `php -l` (Debian's php-cli) on every PHP file of the WordPress plugin and its tests.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const files = walk('wordpress').filter((path) => path.endsWith('.php'));
let bad = 0;
for (const file of files) {
  try {
    execFileSync('php', ['-l', file], { stdio: 'pipe' });
  } catch (error) {
    bad++;
    console.error(String(error.stdout || error.message).trim());
  }
}
if (bad) process.exit(1);
console.log(`php -l: ${files.length} PHP files, no syntax errors.`);
