// @ts-check
/**
 * WebKit launcher for @web/test-runner: WebKitGTK's MiniBrowser driven through
 * WebKitWebDriver (WebDriver classic) with @web/test-runner-webdriver.
 *
 * webdriverio cannot start WebKitWebDriver itself ("Unknown browser name"),
 * and MiniBrowser has no headless mode, so this launcher:
 *   1. starts its own Xvfb (only when DISPLAY is not set), letting Xvfb pick a
 *      free display number via `-displayfd`;
 *   2. starts WebKitWebDriver on a free loopback port;
 *   3. connects webdriverio to it (a single session, tests run one at a time);
 *   4. on stop() ends the session, then kills WebKitWebDriver and Xvfb by PID
 *      (each was spawned as the leader of its own process group, so the group
 *      is killed, which also takes down a MiniBrowser left behind).
 * An 'exit' handler kills whatever is still running if the process ends early.
 */
import { spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const DEFAULT_BINARY = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DEFAULT_DRIVER = '/usr/bin/WebKitWebDriver';
const DEFAULT_XVFB = '/usr/bin/Xvfb';

/** @returns {Promise<number>} a TCP port that was free on 127.0.0.1 a moment ago */
function getFreePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** @param {number} ms */
const sleep = ms => new Promise(r => setTimeout(r, ms));

/**
 * Resolves once something accepts TCP connections on 127.0.0.1:port.
 * @param {number} port
 * @param {import('node:child_process').ChildProcess} child
 * @param {number} timeoutMs
 */
async function waitForPort(port, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`WebKitWebDriver exited early (code ${child.exitCode}, signal ${child.signalCode})`);
    }
    const ok = await new Promise(resolve => {
      const socket = connect({ port, host: '127.0.0.1' });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    await sleep(50);
  }
  throw new Error(`WebKitWebDriver did not listen on 127.0.0.1:${port} within ${timeoutMs} ms`);
}

/**
 * Kills a process group we created (negative PID) and waits for the leader to go.
 * @param {import('node:child_process').ChildProcess | undefined} child
 */
async function killGroup(child) {
  if (!child || child.pid === undefined) return;
  const pid = child.pid;
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const signal = (/** @type {NodeJS.Signals} */ sig) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // group already gone
    }
  };
  if (!gone()) {
    const exited = new Promise(resolve => child.once('exit', resolve));
    signal('SIGTERM');
    const timedOut = await Promise.race([exited.then(() => false), sleep(3000).then(() => true)]);
    if (timedOut) signal('SIGKILL');
  }
  // Stragglers in the same group (e.g. MiniBrowser helpers) get a final SIGKILL.
  signal('SIGKILL');
}

/** Synchronous best-effort kill for process 'exit'. */
function killGroupSync(/** @type {import('node:child_process').ChildProcess | undefined} */ child) {
  if (!child || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // already gone
  }
}

export class WebKitGtkLauncher extends WebdriverLauncher {
  /**
   * @param {{
   *   binary?: string,
   *   driver?: string,
   *   xvfb?: string,
   *   args?: string[],
   *   startTimeout?: number,
   *   viewport?: { width: number, height: number } | null,
   * }} [opts] `viewport` defaults to 800x600, the page size the Chromium and
   *   Firefox launchers use; `null` keeps MiniBrowser's own window size.
   */
  constructor(opts = {}) {
    const binary = opts.binary ?? DEFAULT_BINARY;
    /** @type {ConstructorParameters<typeof WebdriverLauncher>[0]} */
    const wdOptions = {
      // hostname/port are filled in by initialize() once the driver runs.
      hostname: '127.0.0.1',
      port: 0,
      path: '/',
      logLevel: 'error',
      capabilities: /** @type {any} */ ({
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary, args: ['--automation', ...(opts.args ?? [])] },
        // WebKitWebDriver rejects the webSocketUrl capability webdriverio adds for BiDi.
        'wdio:enforceWebDriverClassic': true,
      }),
    };
    super(wdOptions);
    this.wdOptions = wdOptions;
    this.driverPath = opts.driver ?? DEFAULT_DRIVER;
    this.xvfbPath = opts.xvfb ?? DEFAULT_XVFB;
    this.startTimeout = opts.startTimeout ?? 20000;
    this.viewport = opts.viewport === undefined ? { width: 800, height: 600 } : opts.viewport;
    /** WebDriver classic drives one top-level page: run test files one by one. */
    this.concurrency = 1;
    /** @type {import('node:child_process').ChildProcess | undefined} */
    this.xvfb = undefined;
    /** @type {import('node:child_process').ChildProcess | undefined} */
    this.driverProcess = undefined;
    // WebdriverLauncher creates its webdriverio session in createDriverManager()
    // (private in its typings, hence the wrapping instead of an override);
    // size the window right after that, before the first test file loads.
    const createDriverManager = /** @type {any} */ (this).createDriverManager;
    /** @type {any} */ (this).createDriverManager = async () => {
      const manager = await createDriverManager.call(this);
      await this.sizeWindow(/** @type {any} */ (this).driver);
      return manager;
    };
    this.onExit = () => {
      killGroupSync(this.driverProcess);
      killGroupSync(this.xvfb);
    };
  }

  /** @param {any} config */
  async initialize(config) {
    // WebdriverLauncher picks its one-session manager when the *global*
    // concurrency is 1; the IFrameManager is used otherwise. Give it a copy of
    // the config that says 1, so each test file gets the whole top-level page.
    await super.initialize({ ...config, concurrency: 1 });
    this.name = 'WebKit';
    process.once('exit', this.onExit);
    try {
      const display = process.env.DISPLAY || (await this.startXvfb());
      await this.startDriver(display);
    } catch (error) {
      await this.killProcesses();
      throw error;
    }
  }

  /**
   * Sizes MiniBrowser's window so the page viewport (innerWidth x innerHeight)
   * matches `this.viewport`. The webdriver launcher has no setViewport
   * command, so this is the size tests get.
   * @param {any} driver a webdriverio browser
   */
  async sizeWindow(driver) {
    if (!this.viewport || !driver) return;
    const { width, height } = this.viewport;
    try {
      await driver.setWindowRect(0, 0, width, height);
      const [innerW, innerH] = await driver.execute('return [window.innerWidth, window.innerHeight]');
      if (innerW !== width || innerH !== height) {
        // add the window decorations (MiniBrowser's toolbar) to the outer size
        await driver.setWindowRect(0, 0, width + (width - innerW), height + (height - innerH));
      }
    } catch (error) {
      console.warn(`[webkit-launcher] could not set the window size: ${/** @type {Error} */ (error).message}`);
    }
  }

  /**
   * Resizes the page viewport during a run (the webdriver launcher has no `setViewport`): used by the
   * visual tests' `visual-viewport` command (tests/visual/visual-plugins.mjs).
   * @param {{ width: number, height: number }} viewport
   */
  async setViewport(viewport) {
    this.viewport = viewport;
    await this.sizeWindow(/** @type {any} */ (this).driver);
  }

  /** @returns {Promise<string>} the DISPLAY value of a fresh Xvfb */
  startXvfb() {
    return new Promise((resolve, reject) => {
      // fd 3 of the child is a pipe: Xvfb writes the display number there when ready.
      const child = spawn(
        this.xvfbPath,
        ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
        { stdio: ['ignore', 'ignore', 'pipe', 'pipe'], detached: true },
      );
      this.xvfb = child;
      let out = '';
      let err = '';
      const timer = setTimeout(
        () => reject(new Error(`Xvfb did not start within ${this.startTimeout} ms: ${err}`)),
        this.startTimeout,
      );
      child.stderr?.on('data', d => {
        err = (err + d).slice(-2000);
      });
      child.once('error', e => {
        clearTimeout(timer);
        reject(e);
      });
      child.once('exit', code => {
        clearTimeout(timer);
        reject(new Error(`Xvfb exited with code ${code}: ${err}`));
      });
      const fd3 = /** @type {import('node:stream').Readable} */ (child.stdio[3]);
      fd3.on('data', d => {
        out += d;
        if (out.includes('\n')) {
          clearTimeout(timer);
          child.stderr?.resume();
          resolve(`:${out.trim()}`);
        }
      });
      child.unref();
    });
  }

  /** @param {string} display */
  async startDriver(display) {
    const port = await getFreePort();
    const child = spawn(this.driverPath, [`--port=${port}`, '--host=127.0.0.1'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: true,
      env: { ...process.env, DISPLAY: display },
    });
    this.driverProcess = child;
    let err = '';
    child.stderr?.on('data', d => {
      err = (err + d).slice(-4000);
    });
    await new Promise((resolve, reject) => {
      child.once('spawn', resolve);
      child.once('error', reject);
    });
    child.unref();
    try {
      await waitForPort(port, child, this.startTimeout);
    } catch (e) {
      throw new Error(`${/** @type {Error} */ (e).message}\n${err}`);
    }
    this.wdOptions.port = port;
  }

  async killProcesses() {
    await killGroup(this.driverProcess);
    await killGroup(this.xvfb);
    this.driverProcess = undefined;
    this.xvfb = undefined;
    process.removeListener('exit', this.onExit);
  }

  async stop() {
    try {
      // Ends the WebDriver session, which closes MiniBrowser. Bounded, so a
      // wedged browser cannot keep the run from exiting.
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      await Promise.race([super.stop(), new Promise(r => (timer = setTimeout(r, 10000)))]);
      clearTimeout(timer);
    } finally {
      await this.killProcesses();
    }
  }
}

/** @param {ConstructorParameters<typeof WebKitGtkLauncher>[0]} [opts] */
export function webkitLauncher(opts) {
  return new WebKitGtkLauncher(opts);
}
