/**
 * The states the visual regression tests photograph, and the page they are photographed in.
 *
 * Each state is rendered in a combination of language (en, es), theme (light, dark) and viewport
 * width (320, 1280), then compared with tests/visual/baselines/<engine>/<lang>/<theme>-<width>/<state>.png
 * (see visual-plugins.mjs). Rendering is made deterministic: DejaVu Sans (the only fonts installed,
 * from Debian's fonts-dejavu-core), transitions and animations off and the caret hidden in every
 * shadow root, no hover or focus, and a fixed clock (`new Date()` answers FIXED_NOW) with opening
 * hours from a page settings block, so the opening-hours message is the same on every run.
 */
import * as visualRegression from '@web/test-runner-visual-regression';
import { executeServerCommand } from '@web/test-runner-commands';

// The package's index.d.ts re-exports './browser/commands.mjs', whose types (commands.d.ts) TypeScript
// does not find under that name: the one function, typed here.
const { visualDiff } = visualRegression as unknown as { visualDiff(element: Node, name: string): Promise<void> };

export type Lang = 'en' | 'es';
export type Theme = 'light' | 'dark';
export type Width = 320 | 1280;
export interface Combo {
  lang: Lang;
  theme: Theme;
  width: Width;
}

export interface State {
  name: string;
  /** Markup of the state; THEME is replaced by ` theme="dark"` in the dark combinations, else by nothing. */
  html: string;
  /** Photograph the whole viewport instead of the stage (for the floating bar, which is position: fixed). */
  viewport?: boolean;
  /** What a visitor does before the photograph (open a cause, answer the self-check). */
  act?: (stage: HTMLElement) => Promise<void>;
  /**
   * A tall state (a whole article, every cause open): photographed in PAIRWISE_COMBOS only, which keeps
   * the baselines small (such a screenshot is 100-300 KB) and still pairs each language, theme and width.
   */
  tall?: boolean;
}

/** Wednesday 7 January 2026, 10:00 in St. Louis (America/Chicago): the clinic's configured hours say open. */
export const FIXED_NOW = '2026-01-07T16:00:00.000Z';
/** Saturday 10 January 2026, 10:00 in St. Louis: closed, opens Monday. */
const SATURDAY = '2026-01-10T16:00:00.000Z';
/** Test configuration, not article content: the article gives no hours (see docs/embedding.md). */
const SETTINGS = { hours: 'Mo-Fr 08:00-17:00', timezone: 'America/Chicago' };

/** Answers whose result shows met criteria and an unmet one (as in tests/bundles-icons.test.ts). */
const ANSWERS = ['frequency.most-nights', 'legs.heaviness', 'legs.swelling', 'age.over-40'];

const VIEWPORT_HEIGHT = 640;

type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };

function shadow(stage: HTMLElement, selector: string): ShadowRoot {
  const el = stage.querySelector(selector);
  if (!el?.shadowRoot) throw new Error(`${selector} did not render`);
  return el.shadowRoot;
}

async function showCheckResult(stage: HTMLElement): Promise<void> {
  const root = shadow(stage, 'cramp-check');
  for (const answer of ANSWERS) root.querySelector<HTMLInputElement>(`input[value="${answer}"]`)!.click();
  await settle(stage);
  root.querySelector<HTMLButtonElement>('[part="next"]')!.click();
  await settle(stage);
  if (!root.querySelector('[part="result"]')) throw new Error('the self-check shows no result');
}

const PAGE_TEXT =
  '<h1>Why do I keep getting leg cramps at night?</h1>' +
  '<p>A page of a clinic site on a phone, with the floating call button over it. The text under the bar ' +
  'and the link at the end of this paragraph stay readable: <a href="#top">a link of the page</a>.</p>';

/** Every element's main states: each variant, closed and open, the self-check's first question and a result. */
export const STATES: State[] = [
  { name: 'call-button', html: '<call-clinic variant="button"THEME></call-clinic>' },
  { name: 'call-button-closed', html: `<call-clinic variant="button" now="${SATURDAY}"THEME></call-clinic>` },
  {
    name: 'call-link',
    html: '<p>Questions about your legs? <call-clinic variant="link"THEME></call-clinic> and ask our team.</p>',
  },
  { name: 'call-bar', html: '<call-clinic variant="bar" show-website THEME></call-clinic>' },
  {
    name: 'call-floating',
    html: `${PAGE_TEXT}<call-clinic variant="floating" show-website THEME></call-clinic>`,
    viewport: true,
  },
  { name: 'vein-cta-card', html: '<vein-cta variant="card"THEME></vein-cta>' },
  { name: 'vein-cta-banner', html: '<vein-cta variant="banner"THEME></vein-cta>' },
  { name: 'vein-cta-compact', html: '<vein-cta variant="compact"THEME></vein-cta>' },
  { name: 'causes-accordion-closed', html: '<cramp-causes THEME></cramp-causes>' },
  { name: 'causes-accordion-open', html: '<cramp-causes open="all"THEME></cramp-causes>', tall: true },
  { name: 'causes-cards', html: '<cramp-causes layout="cards"THEME></cramp-causes>', tall: true },
  { name: 'causes-list', html: '<cramp-causes layout="list"THEME></cramp-causes>', tall: true },
  { name: 'clinic-services', html: '<clinic-services THEME></clinic-services>' },
  // The article's nested causes open and close as <cramp-causes> does (causes-accordion-open above).
  { name: 'article', html: '<cramp-article THEME></cramp-article>', tall: true },
  { name: 'check-first-question', html: '<cramp-check THEME></cramp-check>' },
  { name: 'check-form', html: '<cramp-check mode="form"THEME></cramp-check>', tall: true },
  { name: 'check-result', html: '<cramp-check mode="form"THEME></cramp-check>', act: showCheckResult, tall: true },
];

export const ALL_COMBOS: Combo[] = (['en', 'es'] as const).flatMap((lang) =>
  (['light', 'dark'] as const).flatMap((theme) => ([320, 1280] as const).map((width) => ({ lang, theme, width }))),
);
/** Four combinations in which every pair of language, theme and width occurs once (a Latin square). */
export const PAIRWISE_COMBOS: Combo[] = [
  { lang: 'en', theme: 'light', width: 320 },
  { lang: 'en', theme: 'dark', width: 1280 },
  { lang: 'es', theme: 'light', width: 1280 },
  { lang: 'es', theme: 'dark', width: 320 },
];
/**
 * The smaller set (Firefox, WebKit, the classic bundle, the sources): both languages and both widths,
 * light only (the dark palette is plain CSS colors, the same in every engine), within PAIRWISE_COMBOS.
 */
export const SMALL_COMBOS: Combo[] = [PAIRWISE_COMBOS[0]!, PAIRWISE_COMBOS[2]!];

const sameCombo = (a: Combo, b: Combo) => a.lang === b.lang && a.theme === b.theme && a.width === b.width;

export const comboPath = ({ lang, theme, width }: Combo) => `${lang}/${theme}-${width}`;

// ---------------------------------------------------------------------------------------------------
// Deterministic page

const FREEZE_CSS = `*, *::before, *::after {
  transition: none !important;
  animation: none !important;
  caret-color: transparent !important;
  scroll-behavior: auto !important;
}`;
let freezeSheet: CSSStyleSheet | undefined;

/** Adds the freeze rules to every shadow root under `root` (document styles do not reach inside). */
function freeze(root: ParentNode): void {
  freezeSheet ??= (() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(FREEZE_CSS);
    return sheet;
  })();
  for (const el of root.querySelectorAll('*')) {
    const shadowRoot = el.shadowRoot;
    if (!shadowRoot) continue;
    if (!shadowRoot.adoptedStyleSheets.includes(freezeSheet)) {
      shadowRoot.adoptedStyleSheets = [...shadowRoot.adoptedStyleSheets, freezeSheet];
    }
    freeze(shadowRoot);
  }
}

/** Every custom element under `root`, shadow roots included. */
function customElementsIn(root: ParentNode): Updatable[] {
  const found: Updatable[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.includes('-')) found.push(el as Updatable);
    if (el.shadowRoot) found.push(...customElementsIn(el.shadowRoot));
  }
  return found;
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));

/** Waits until every element (nested ones too) has rendered, fonts are loaded and nothing moves. */
export async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 5; round++) {
    const pending = customElementsIn(root).map((el) => el.updateComplete);
    const results = await Promise.all(pending);
    freeze(root);
    if (results.every((done) => done !== false)) break;
  }
  await document.fonts.ready;
  for (const animation of document.getAnimations()) animation.finish();
  await frame();
  await frame();
  // WebKitWebDriver photographs what the compositor last presented, which lags the page by a moment
  // (without this wait, some screenshots came out black).
  if (engine === 'webkit') await new Promise((resolve) => setTimeout(resolve, WEBKIT_PAINT_DELAY));
}

const WEBKIT_PAINT_DELAY = 500;

/** Fixes the clock the widgets read (`new Date()` with no argument); every other use of Date is untouched. */
function fixClock(): void {
  const RealDate = Date;
  const fixed = RealDate.parse(FIXED_NOW);
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(fixed);
      else super(...(args as [string]));
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
}

let stage: HTMLElement;

/** Prepares the test page before the library loads: settings block, fonts, colors, clock. */
export function preparePage(): void {
  fixClock();
  const settings = document.createElement('script');
  settings.type = 'application/json';
  settings.dataset.crampSettings = '';
  settings.textContent = JSON.stringify(SETTINGS);
  document.head.append(settings);
  const style = document.createElement('style');
  style.textContent = `
    html, body { margin: 0; padding: 0; }
    body { font: 16px/1.5 'DejaVu Sans', sans-serif; color: #1a1a1a; background: #ffffff; }
    body.dark { color: #f1f1f1; background: #121212; }
    body.dark a { color: #9cd3ff; }
    #stage { padding: 16px; }
    #stage h1 { font-size: 24px; margin: 0 0 12px; }
    ${FREEZE_CSS}
  `;
  document.head.append(style);
  stage = document.createElement('div');
  stage.id = 'stage';
  document.body.append(stage);
  // The mocha reporter's own elements are in the page: keep them out of the photographs.
  document.body.style.overflow = 'hidden';
}

let currentLang: Lang = 'en';
let currentWidth = 0;
let currentHeight = 0;

/** Switches `<html lang>` and waits for lit-localize to have loaded and applied that language. */
async function setLang(lang: Lang): Promise<void> {
  if (lang === currentLang) return;
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the "${lang}" strings did not load`)), 10000);
    window.addEventListener('lit-localize-status', function onStatus(event) {
      const detail = (event as CustomEvent<{ status: string; readyLocale?: string }>).detail;
      if (detail.status === 'ready' && detail.readyLocale === lang) {
        clearTimeout(timer);
        window.removeEventListener('lit-localize-status', onStatus);
        resolve();
      }
    });
  });
  document.documentElement.lang = lang;
  await ready;
  currentLang = lang;
}

async function setViewport(width: Width, height: number): Promise<void> {
  if (width === currentWidth && height === currentHeight) return;
  await executeServerCommand('visual-viewport', { width, height });
  // Wait until the page has the new size (WebKit resizes the window asynchronously).
  const done = () => window.innerWidth === width && window.innerHeight === height;
  for (let i = 0; i < 50 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
  if (!done()) throw new Error(`the viewport is ${window.innerWidth}x${window.innerHeight}, not ${width}x${height}`);
  currentWidth = width;
  currentHeight = height;
}

/** Renders a state in a combination and returns what to photograph. */
export async function render(state: State, combo: Combo): Promise<HTMLElement> {
  await setLang(combo.lang);
  await setViewport(combo.width, VIEWPORT_HEIGHT);
  document.body.classList.toggle('dark', combo.theme === 'dark');
  (document.activeElement as HTMLElement | null)?.blur?.();
  window.scrollTo(0, 0);
  stage.innerHTML = state.html.replace(/THEME/g, combo.theme === 'dark' ? ' theme="dark"' : '');
  // WebKit photographs the whole viewport for every state: its element screenshots of short elements
  // came out black here (those of a viewport-sized element, like the floating bar's page, did not).
  stage.style.minHeight = state.viewport || engine === 'webkit' ? `${VIEWPORT_HEIGHT}px` : '';
  stage.style.boxSizing = 'border-box';
  await settle(stage);
  if (state.act) {
    await state.act(stage);
    (document.activeElement as HTMLElement | null)?.blur?.();
    await settle(stage);
  }
  return stage;
}

export type Source = 'dist-es' | 'dist-iife' | 'src';

/** Compares the current rendering of `target` with the state's baseline. */
export function compare(target: HTMLElement, source: Source | 'canary', state: string, combo: Combo): Promise<void> {
  return visualDiff(target, `${source}|${comboPath(combo)}/${state}`);
}

/** Whether this run writes baselines (`npm run test:visual:update`) instead of comparing. */
export async function updating(): Promise<boolean> {
  const mode = await executeServerCommand<{ update: boolean }, undefined>('visual-mode');
  return mode?.update === true;
}

/** The engine running the tests. */
export const engine: 'chromium' | 'firefox' | 'webkit' = navigator.userAgent.includes('Firefox/')
  ? 'firefox'
  : navigator.userAgent.includes('Chrome/')
    ? 'chromium'
    : 'webkit';

/**
 * The combinations a source is photographed in, per engine:
 * - Chromium: every combination from the ES bundle (these write the baselines); one combination each
 *   from the classic bundle and the sources, which must draw the same pixels as the ES bundle.
 * - Firefox: the ES bundle in SMALL_COMBOS.
 * - WebKit: the ES bundle at 1280 px in Spanish, the states that fit in its 640 px high viewport (not
 *   the tall ones, see visualSuite). WebKitGTK's MiniBrowser cannot make its window narrower than
 *   about 447 px (its toolbar's minimum width), so it has no 320 px combination; and its screenshots
 *   are the slowest (about 2 s each on a busy 2-core machine), so it has one combination.
 */
export function combosFor(source: Source, browser: typeof engine): Combo[] {
  if (browser === 'chromium') {
    if (source === 'dist-es') return ALL_COMBOS;
    return source === 'dist-iife' ? [PAIRWISE_COMBOS[0]!] : [PAIRWISE_COMBOS[3]!];
  }
  if (source !== 'dist-es') return [];
  return browser === 'webkit' ? [PAIRWISE_COMBOS[2]!] : SMALL_COMBOS;
}

/** Defines the suite for one source (see combosFor). */
export function visualSuite(
  source: Source,
  load: () => Promise<void>,
  only: { lang?: Lang; theme?: Theme } = {},
): void {
  const combos = combosFor(source, engine).filter(
    (combo) => (!only.lang || combo.lang === only.lang) && (!only.theme || combo.theme === only.theme),
  );
  const part = [only.lang, only.theme].filter(Boolean).join(' ');
  describe(`visual: ${source} ${part} (${engine})`, function () {
    // A tall screenshot and its comparison take a few seconds on a busy 2-core machine (WebKit most).
    this.timeout(60000);
    if (combos.length === 0) {
      it(`${source} ${part}: no combination in this engine (see combosFor)`, () => {});
      return;
    }
    before(async () => {
      preparePage();
      await load();
      await customElements.whenDefined('cramp-check');
    });
    after(async () => {
      stage.innerHTML = '';
      await setLang('en');
    });
    for (const combo of combos) {
      for (const state of STATES) {
        if (state.tall && !PAIRWISE_COMBOS.some((c) => sameCombo(c, combo))) continue;
        // WebKitWebDriver's element screenshots are clipped to the viewport (Chromium and Firefox
        // photograph beyond it), and a window taller than the 640 px page paints black where it
        // passes the screen: WebKit photographs the states that fit in 1280x640.
        if (state.tall && engine === 'webkit') continue;
        it(`${comboPath(combo)}/${state.name}`, async () => {
          const target = await render(state, combo);
          await compare(target, source, state.name, combo);
        });
      }
    }
  });
}

const ES_ENTRY: string = '/dist/cramp-widgets.js';

/** Loads the ES module bundle as a site does (a module script of dist/cramp-widgets.js). */
export async function loadEsBundle(): Promise<void> {
  await import(/* @vite-ignore */ ES_ENTRY);
}
