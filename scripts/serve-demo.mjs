// `npm start`: builds when the bundles are missing or older than the sources, then serves the demo
// page on localhost the way a site owner's page loads the library (the built bundle, no build step).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const bundle = 'dist/cramp-widgets.js';
if (!existsSync(bundle) || statSync(bundle).mtimeMs < newestMtime('src')) {
  console.log('Building the bundles...');
  execSync('npm run build --silent', { stdio: 'inherit' });
}

function freePort(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(freePort(port + 1)))
      .once('listening', () => probe.close(() => resolve(port)))
      .listen(port, '127.0.0.1');
  });
}

const port = await freePort(Number(process.env.PORT ?? 8765));
await startDevServer({
  config: { rootDir: '.', port, hostname: 'localhost', nodeResolve: false, open: false, watch: false },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
console.log(`Demo: http://localhost:${port}/demo/`);
