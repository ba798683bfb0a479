import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/cramp-check/cramp-check.js';
import '../src/components/cramp-causes/cramp-causes.js';
import type { CrampCheck } from '../src/components/cramp-check/cramp-check.component.js';
import { ANSWER_IDS, type AnswerId } from '../src/content/self-check.js';
import type { CrampCheckResultDetail } from '../src/element/events.js';
import { fixtureWithWarnings, settled, telHrefs, withPageSettings } from './helpers.js';
import { clinicSuite } from './shared/clinic.suite.js';
import type { ElementSpec } from './shared/element-spec.js';
import { headingLevelSuite } from './shared/heading-level.suite.js';
import { themeSuite } from './shared/theme.suite.js';

/** The answers of a typical visitor whose signs point to the veins: frequent, sleep, heavy swollen legs, over 40. */
const VEIN_ANSWERS: AnswerId[] = ['frequency.most-nights', 'impact.sleep', 'legs.heaviness', 'legs.swelling', 'vein-changes.yes', 'age.over-40'];
/** Occasional cramps with tiredness, brain fog and sciatica. */
const MIXED_ANSWERS: AnswerId[] = ['frequency.now-and-then', 'energy.fatigue', 'energy.brain-fog', 'nerves.sciatica'];

const QUESTIONS = 8;

/**
 * The space bar, by its key value. Firefox over WebDriver BiDi rejects the name "Space" ("Unknown key");
 * `' '` is understood by puppeteer (Chromium, Firefox) and by WebDriver classic (WebKit) alike.
 */
const SPACE = ' ';

function root(el: CrampCheck): ShadowRoot {
  return el.shadowRoot!;
}

function $<T extends Element = HTMLElement>(el: CrampCheck, selector: string): T {
  const found = root(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
}

function text(node: Element | null): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function input(el: CrampCheck, answer: AnswerId): HTMLInputElement {
  return $<HTMLInputElement>(el, `input[value="${answer}"]`);
}

/** The id of what has focus inside the element's shadow root. */
function focused(el: CrampCheck): string | undefined {
  return (root(el).activeElement as HTMLElement | null)?.id || (root(el).activeElement as HTMLElement | null)?.getAttribute('part') || undefined;
}

async function click(el: CrampCheck, selector: string): Promise<void> {
  $(el, selector).click();
  await el.updateComplete;
}

/** Answers the questions on screen that are among `answers` (as a visitor clicking them), then goes on. */
async function answerStep(el: CrampCheck, answers: readonly AnswerId[]): Promise<void> {
  for (const answer of answers) {
    const box = root(el).querySelector<HTMLInputElement>(`input[value="${answer}"]`);
    if (box && !box.checked) box.click();
  }
  await el.updateComplete;
}

/** Walks every step with `answers` and opens the result. */
async function walkThrough(el: CrampCheck, answers: readonly AnswerId[]): Promise<void> {
  for (let step = 0; step < QUESTIONS; step++) {
    await answerStep(el, answers);
    await click(el, '[part="next"]');
  }
  expect(root(el).querySelector('[part="result"]'), 'result shown').to.not.equal(null);
}

function resultCauses(el: CrampCheck): string[] {
  return [...root(el).querySelectorAll<HTMLElement>('.causes > [data-cause]')].map((item) => item.dataset.cause!);
}

async function isAccessible(el: Element, label: string): Promise<void> {
  try {
    await expect(el).to.be.accessible();
  } catch (error) {
    throw new Error(`${label}: ${(error as Error).message}`);
  }
}

describe('<cramp-check>', () => {
  afterEach(() => {
    for (const element of document.querySelectorAll('cramp-check')) element.remove();
  });

  describe('step by step (default)', () => {
    it('shows the first question as a fieldset with its legend, progress, native radios and Next only', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      expect(getComputedStyle(el).display).to.equal('block');
      expect(el.getAttribute('mode')).to.equal('steps');
      const fieldsets = root(el).querySelectorAll('fieldset');
      expect(fieldsets).to.have.length(1);
      const legend = fieldsets[0]!.querySelector('legend')!;
      // A separator between the number and the question, for screen readers (visually hidden).
      expect(text(legend)).to.equal('Question 1 of 8: How often do you get leg cramps at night?');
      expect(legend.querySelector('h3')!.id).to.equal('question-frequency');
      expect([...fieldsets[0]!.querySelectorAll('input')].map((box) => box.type)).to.deep.equal(['radio', 'radio', 'radio']);
      expect(root(el).querySelector('[part="back"]')).to.equal(null);
      expect(text($(el, '[part="next"]'))).to.equal('Next');
      expect(text($(el, '[part="heading"]'))).to.equal('What may be causing my night cramps?');
      expect($(el, '[part="base"]').getAttribute('lang')).to.equal('en');
      await isAccessible(el, 'first step');
    });

    it('passes axe at every step and on the result', async function () {
      this.timeout(60000);
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      for (let step = 1; step <= QUESTIONS; step++) {
        expect(text($(el, '.question__number'))).to.equal(`Question ${step} of 8`);
        await answerStep(el, VEIN_ANSWERS);
        await isAccessible(el, `step ${step}`);
        await click(el, '[part="next"]');
      }
      await isAccessible(el, 'result');
    });

    it('passes axe at every step and on the result in the dark theme', async function () {
      this.timeout(60000);
      const el = await fixture<CrampCheck>(html`<cramp-check theme="dark"></cramp-check>`);
      expect(getComputedStyle($(el, '[part="base"]')).backgroundColor).to.equal('rgb(22, 48, 58)');
      for (let step = 1; step <= QUESTIONS; step++) {
        await answerStep(el, VEIN_ANSWERS);
        await isAccessible(el, `dark step ${step}`);
        await click(el, '[part="next"]');
      }
      // The nested <vein-cta> is drawn in this element's dark colors (it inherits them: see src/element/context.ts).
      const nested = root(el).querySelector('vein-cta')!;
      expect(nested.hasAttribute('nested')).to.equal(true);
      expect(getComputedStyle(nested.shadowRoot!.querySelector('[part="base"]')!).backgroundColor).to.equal('rgb(22, 48, 58)');
      await isAccessible(el, 'dark result');
    });

    it('moves focus to the new question heading on Next and Back, and to the result heading', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      expect(focused(el), 'no focus is taken on load').to.equal(undefined);
      await click(el, '[part="next"]');
      expect(focused(el)).to.equal('question-impact');
      expect($(el, '#question-impact').getAttribute('tabindex')).to.equal('-1');
      await click(el, '[part="back"]');
      expect(focused(el)).to.equal('question-frequency');
      for (let step = 0; step < QUESTIONS; step++) await click(el, '[part="next"]');
      expect(focused(el)).to.equal('result-heading');
      expect($(el, '#result-heading').tagName).to.equal('H3');
      expect($(el, '#result-heading').getAttribute('tabindex')).to.equal('-1');
    });

    it('keeps the answers when going back, and a radio button replaces the other answer of its question', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      input(el, 'frequency.often').click();
      input(el, 'frequency.most-nights').click();
      await click(el, '[part="next"]');
      await answerStep(el, ['impact.sleep', 'impact.mobility']);
      input(el, 'impact.mobility').click(); // unticked again
      await click(el, '[part="back"]');
      expect(input(el, 'frequency.most-nights').checked).to.equal(true);
      expect(input(el, 'frequency.often').checked).to.equal(false);
      await click(el, '[part="next"]');
      expect(input(el, 'impact.sleep').checked).to.equal(true);
      expect(input(el, 'impact.mobility').checked).to.equal(false);
    });

    it('says "See my result" on the last question', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      for (let step = 1; step < QUESTIONS; step++) await click(el, '[part="next"]');
      expect(text($(el, '[part="next"]'))).to.equal('See my result');
      expect(text($(el, '[part="back"]'))).to.equal('Back');
    });
  });

  describe('keyboard', () => {
    /*
     * sendKeys drives real key presses: Chromium and Firefox through puppeteer, WebKit through
     * WebDriver classic (WebKitWebDriver), which supports "press" and "type". The same walkthrough
     * runs in all three engines.
     */
    it('walks through with Tab, Space, arrow keys and Enter, and starts over', async function () {
      this.timeout(30000);
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><cramp-check></cramp-check></div>`);
      const el = wrapper.querySelector('cramp-check')!;
      await el.updateComplete;
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();

      // Question 1: Tab reaches the radio group; Space picks the first answer, ArrowDown the next.
      await sendKeys({ press: 'Tab' });
      expect((root(el).activeElement as HTMLInputElement).value).to.equal('frequency.now-and-then');
      await sendKeys({ press: SPACE });
      expect(input(el, 'frequency.now-and-then').checked).to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input(el, 'frequency.often').checked).to.equal(true);
      expect(input(el, 'frequency.now-and-then').checked).to.equal(false);
      // Next with Enter.
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement!.getAttribute('part')).to.equal('next');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal('question-impact');

      // Question 2: checkboxes with Space, then Tab past Back to Next, activated with Space.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: SPACE });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(input(el, 'impact.sleep').checked).to.equal(true);
      expect(input(el, 'impact.mobility').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement!.getAttribute('part')).to.equal('back');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement!.getAttribute('part')).to.equal('next');
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(focused(el)).to.equal('question-legs');

      // Question 3: swelling (the second box), then Next.
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: SPACE });
      await el.updateComplete;
      expect(input(el, 'legs.swelling').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement!.getAttribute('part')).to.equal('next');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;

      // Questions 4 to 8 skipped with Next: every answer is optional.
      for (let step = 4; step <= QUESTIONS; step++) {
        $(el, '[part="next"]').focus();
        await sendKeys({ press: 'Enter' });
        await el.updateComplete;
      }
      expect(focused(el)).to.equal('result-heading');
      expect(resultCauses(el)).to.deep.equal(['veins']);

      // Start over with Enter: the answers are gone and focus is on the first question.
      $(el, '[part="restart"]').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(focused(el)).to.equal('question-frequency');
      expect(ANSWER_IDS.filter((answer) => root(el).querySelector<HTMLInputElement>(`input[value="${answer}"]`)?.checked)).to.deep.equal([]);
      await isAccessible(el, 'after starting over');
    });

    it('gives every answer and button a target of at least 44x44 px', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check style="width: 320px"></cramp-check>`);
      await click(el, '[part="next"]');
      for (const target of root(el).querySelectorAll<HTMLElement>('[part="option"], [part="back"], [part="next"]')) {
        const box = target.getBoundingClientRect();
        expect(box.height, text(target)).to.be.at.least(44);
        expect(box.width, text(target)).to.be.at.least(44);
      }
    });
  });

  describe('all questions on one page (mode="form")', () => {
    it('shows the 8 questions as fieldsets and one "See my result" button, and passes axe', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check mode="form"></cramp-check>`);
      expect(root(el).querySelectorAll('fieldset')).to.have.length(QUESTIONS);
      expect(root(el).querySelectorAll('fieldset legend h3')).to.have.length(QUESTIONS);
      expect(root(el).querySelector('[part="back"]')).to.equal(null);
      expect(root(el).querySelector('[part="progress"]')).to.equal(null);
      expect(text($(el, '[part="next"]'))).to.equal('See my result');
      await isAccessible(el, 'form');
    });

    it('gives the result of the answers and passes axe, also in the dark theme', async function () {
      this.timeout(30000);
      for (const theme of ['light', 'dark']) {
        const el = await fixture<CrampCheck>(html`<cramp-check mode="form" theme=${theme}></cramp-check>`);
        await answerStep(el, MIXED_ANSWERS);
        await isAccessible(el, `${theme} form with answers`);
        await click(el, '[part="next"]');
        expect(focused(el)).to.equal('result-heading');
        expect(resultCauses(el)).to.deep.equal(['electrolytes', 'nerves']);
        await isAccessible(el, `${theme} form result`);
        el.remove();
      }
    });

    it('goes back to the whole form with the answers kept', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check mode="form"></cramp-check>`);
      await answerStep(el, MIXED_ANSWERS);
      await click(el, '[part="next"]');
      await click(el, '[part="back"]');
      expect(root(el).querySelectorAll('fieldset')).to.have.length(QUESTIONS);
      expect(focused(el)).to.equal('question-frequency');
      expect(MIXED_ANSWERS.every((answer) => input(el, answer).checked)).to.equal(true);
    });
  });

  describe('the result', () => {
    it('points to the veins for heavy, swollen legs over 40, advises an evaluation and offers <vein-cta> and the call', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      await walkThrough(el, VEIN_ANSWERS);
      expect(resultCauses(el)).to.deep.equal(['veins']);
      const cause = $(el, '[part~="cause-veins"]');
      expect(text(cause.querySelector('h4'))).to.equal('Chronic venous insufficiency (vein disease)');
      expect([...cause.querySelectorAll('.chip')].map(text)).to.deep.equal(['Heaviness', 'Swelling', 'Visible vein changes', 'Over 40']);
      expect(text(cause.querySelector('.cause__reason'))).to.include('particularly in people over 40');
      expect(text($(el, '.result__lead'))).to.equal(
        'Your answers point to the following as possible causes to discuss with a clinician. This is not a diagnosis.',
      );
      expect(text($(el, '.verdict'))).to.equal('Your answers meet the article’s criteria: it is time for a full evaluation.');
      expect(root(el).querySelectorAll('.criterion--met')).to.have.length(3);
      const veinCta = root(el).querySelector('vein-cta')!;
      expect(veinCta.getAttribute('variant')).to.equal('compact');
      expect(veinCta.getAttribute('heading-level')).to.equal('4');
      expect(root(el).querySelector('call-clinic')).to.not.equal(null);
      expect(text($(el, '[part="note"]'))).to.include('not a diagnosis');
    });

    it('orders electrolytes before nerves for tiredness, brain fog and sciatica, without advising an evaluation', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      await walkThrough(el, MIXED_ANSWERS);
      expect(resultCauses(el)).to.deep.equal(['electrolytes', 'nerves']);
      // Fatigue + brain fog (4) against sciatica (2): a real lead.
      expect(text($(el, '.result__order'))).to.equal('Your answers point most to the first.');
      expect([...$(el, '[part~="cause-electrolytes"]').querySelectorAll('.chip')].map(text)).to.deep.equal(['Fatigue', 'Brain fog']);
      expect(text($(el, '.verdict'))).to.include('do not show frequent cramps');
      expect(root(el).querySelectorAll('.criterion--met')).to.have.length(0);
      expect(root(el).querySelector('vein-cta'), 'no vein call to action without the veins').to.equal(null);
      expect(root(el).querySelector('call-clinic')).to.not.equal(null);
    });

    it('gives a neutral result without any answer: no cause, no criteria, the call', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      await walkThrough(el, []);
      expect(resultCauses(el)).to.deep.equal([]);
      expect(text($(el, '.result__lead'))).to.equal('You did not answer any question, so this self-check cannot point to a possible cause.');
      expect(root(el).querySelector('[part="evaluation"]')).to.equal(null);
      expect(root(el).querySelector('vein-cta')).to.equal(null);
      expect(root(el).querySelector('call-clinic')).to.not.equal(null);
      await isAccessible(el, 'neutral result');
    });

    it('advises an evaluation for frequent cramps even when the answers point to no cause', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      await walkThrough(el, ['frequency.often', 'impact.mobility', 'nerves.numbness']);
      expect(resultCauses(el)).to.deep.equal([]);
      expect(text($(el, '.result__lead'))).to.include('do not point to one of the article’s three causes');
      expect(text($(el, '.verdict'))).to.include('it is time for a full evaluation');
    });

    it('never tells the visitor they have a condition', async () => {
      for (const answers of [VEIN_ANSWERS, MIXED_ANSWERS, ANSWER_IDS, []]) {
        const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
        await walkThrough(el, answers);
        const result = text($(el, '[part="result"]'));
        expect(result).to.not.match(/\byou (have|suffer from|are suffering)\b/i);
        expect(result).to.not.match(/\bdiagnosis is\b/i);
        el.remove();
      }
    });

    it('shows the emergency line with 911 on every step and on the result', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      for (let step = 0; step <= QUESTIONS; step++) {
        const line = text($(el, '[part="emergency"]'));
        expect(line).to.include('Sudden pain and swelling in one leg, chest pain, or shortness of breath');
        expect(line).to.include('call 911');
        if (step < QUESTIONS) await click(el, '[part="next"]');
      }
    });

    // Issue 15: these results said more than the article.
    it('says equal scores are equally likely', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      await walkThrough(el, ['legs.aching', 'energy.brain-fog']);
      expect(resultCauses(el)).to.deep.equal(['electrolytes', 'veins']);
      expect(text($(el, '.result__order'))).to.equal('From your answers, they are equally likely.');
    });

    it('does not point to veins for age alone', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      await walkThrough(el, ['frequency.now-and-then', 'vein-changes.no', 'age.over-40']);
      expect(resultCauses(el)).to.deep.equal([]);
      expect(root(el).querySelector('vein-cta'), 'no vein evaluation offer').to.equal(null);
    });

    it('advises a clinician, with the emergency line, for infrequent cramps with swelling and numbness', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      await walkThrough(el, ['frequency.now-and-then', 'legs.swelling', 'nerves.numbness']);
      const evaluation = $(el, '[part="evaluation"]');
      expect(text(evaluation)).not.to.include('do not show frequent cramps');
      expect(text(evaluation)).to.include('Talk with a clinician about them, however often your cramps come.');
      expect(text(evaluation.querySelector('[part="emergency"]')!)).to.include('call 911');
      // The nested vein card does not repeat it.
      const card = root(el).querySelector('vein-cta')!;
      expect(card.shadowRoot!.querySelector('[part="emergency"]')!.getClientRects().length).to.equal(0);
      await isAccessible(el, 'result with signs');
    });

    it('starts over from the result with no answers', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      await walkThrough(el, VEIN_ANSWERS);
      await click(el, '[part="restart"]');
      expect(focused(el)).to.equal('question-frequency');
      await walkThrough(el, []);
      expect(resultCauses(el)).to.deep.equal([]);
    });

    it('goes back to the last question with "Change my answers"', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      await walkThrough(el, VEIN_ANSWERS);
      await click(el, '[part="back"]');
      expect(focused(el)).to.equal('question-movement');
      await click(el, '[part="back"]');
      await click(el, '[part="back"]');
      await click(el, '[part="back"]');
      expect(input(el, 'age.over-40').checked).to.equal(true);
    });

    it('hides the navigation buttons when printed', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      const sheets = [...root(el).adoptedStyleSheets, ...[...root(el).querySelectorAll('style')].map((style) => style.sheet!)];
      const printRules = sheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
        .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
      const hidden = printRules.filter((rule) => rule.style.display === 'none').map((rule) => rule.selectorText);
      expect(hidden.join(', ')).to.include('.nav');
      expect(hidden.join(', ')).to.include('.open-cause');
    });
  });

  describe('opening a cause in <cramp-causes>', () => {
    it('offers a button per cause shown by a <cramp-causes> on the page, which opens and shows that cause', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <cramp-check></cramp-check>
        <cramp-causes></cramp-causes>
      </div>`);
      const el = wrapper.querySelector('cramp-check')!;
      const causesElement = wrapper.querySelector('cramp-causes')!;
      await walkThrough(el, [...VEIN_ANSWERS, 'energy.fatigue']);
      const buttons = root(el).querySelectorAll<HTMLButtonElement>('[part="open-cause"]');
      expect(buttons).to.have.length(2);
      expect(text(buttons[0]!)).to.equal('Read more on this page: Chronic venous insufficiency (vein disease)');
      await isAccessible(el, 'result with open-cause buttons');

      const toggle = () => causesElement.shadowRoot!.querySelector<HTMLButtonElement>('[part~="cause-veins"] [part~="toggle"]')!;
      expect(toggle().getAttribute('aria-expanded')).to.equal('false');
      buttons[0]!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await causesElement.updateComplete;
      // Through its public reveal(): the author's `open` attribute is left as written.
      expect(causesElement.hasAttribute('open')).to.equal(false);
      expect(toggle().getAttribute('aria-expanded')).to.equal('true');
      expect(causesElement.shadowRoot!.activeElement).to.equal(toggle());

      // The visitor closes it there, then asks again: it opens again.
      toggle().click();
      await causesElement.updateComplete;
      expect(toggle().getAttribute('aria-expanded')).to.equal('false');
      buttons[0]!.click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      await causesElement.updateComplete;
      expect(toggle().getAttribute('aria-expanded')).to.equal('true');
    });

    it('offers no button without a <cramp-causes>, or for a cause it does not show', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <cramp-check></cramp-check>
        <cramp-causes causes="nerves"></cramp-causes>
      </div>`);
      const el = wrapper.querySelector('cramp-check')!;
      await walkThrough(el, [...VEIN_ANSWERS, 'nerves.sciatica']);
      expect([...root(el).querySelectorAll('[part="open-cause"]')].map((button) => button.closest<HTMLElement>('[data-cause]')!.dataset.cause)).to.deep.equal(['nerves']);

      wrapper.querySelector('cramp-causes')!.remove();
      await click(el, '[part="back"]');
      await click(el, '[part="next"]');
      expect(root(el).querySelectorAll('[part="open-cause"]')).to.have.length(0);
    });
  });

  describe('privacy', () => {
    it('reports the result with cause ids and the evaluation advice only, never answers', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
      for (let step = 0; step < QUESTIONS - 1; step++) {
        await answerStep(el, VEIN_ANSWERS);
        await click(el, '[part="next"]');
      }
      setTimeout(() => $(el, '[part="next"]').click());
      const event = (await oneEvent(document.body, 'cramp-check-result')) as CustomEvent<CrampCheckResultDetail>;
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ element: 'cramp-check', causes: ['veins'], evaluationAdvised: true });
      const serialized = JSON.stringify(event.detail);
      for (const answer of ANSWER_IDS) expect(serialized).to.not.include(answer);
      expect(serialized).to.not.match(/heav|swell|40|frequen|sleep/i);
    });

    async function dataLayerAfterResult(settingsJson: string): Promise<unknown[]> {
      window.dataLayer = [];
      try {
        return await withPageSettings(settingsJson, async () => {
          const el = await fixture<CrampCheck>(html`<cramp-check></cramp-check>`);
          await walkThrough(el, MIXED_ANSWERS);
          return window.dataLayer!;
        });
      } finally {
        delete window.dataLayer;
      }
    }

    it('with the dataLayer opt-in, pushes only that a check was completed: no cause, no advice', async () => {
      expect(await dataLayerAfterResult('{"dataLayer": true}')).to.deep.equal([{ event: 'cramp-check-result', element: 'cramp-check' }]);
    });

    it('adds the causes and the advice only with the second opt-in, "dataLayerHealthData"', async () => {
      expect(await dataLayerAfterResult('{"dataLayer": true, "dataLayerHealthData": true}')).to.deep.equal([
        { event: 'cramp-check-result', element: 'cramp-check', causes: ['electrolytes', 'nerves'], evaluationAdvised: false },
      ]);
      // Health data alone, without the dataLayer opt-in, pushes nothing.
      expect(await dataLayerAfterResult('{"dataLayerHealthData": true}')).to.deep.equal([]);
    });

    it('writes no cookie and nothing to localStorage or sessionStorage, and sends nothing', async () => {
      const cookiesBefore = document.cookie;
      const localBefore = localStorage.length;
      const sessionBefore = sessionStorage.length;
      const calls: string[] = [];
      const originals = {
        setItem: Storage.prototype.setItem,
        fetch: window.fetch,
        open: XMLHttpRequest.prototype.open,
        beacon: navigator.sendBeacon,
      };
      Storage.prototype.setItem = function (key: string, value: string) {
        calls.push(`storage ${key}`);
        return originals.setItem.call(this, key, value);
      };
      window.fetch = (...args: Parameters<typeof fetch>) => {
        calls.push(`fetch ${String(args[0])}`);
        return originals.fetch(...args);
      };
      XMLHttpRequest.prototype.open = function (this: XMLHttpRequest, ...args: unknown[]) {
        calls.push(`xhr ${String(args[1])}`);
        return (originals.open as (...a: unknown[]) => void).apply(this, args);
      } as typeof XMLHttpRequest.prototype.open;
      navigator.sendBeacon = (url: string | URL) => {
        calls.push(`beacon ${String(url)}`);
        return true;
      };
      try {
        for (const mode of ['steps', 'form']) {
          const el = await fixture<CrampCheck>(html`<cramp-check mode=${mode}></cramp-check>`);
          if (mode === 'form') {
            await answerStep(el, [...VEIN_ANSWERS, ...MIXED_ANSWERS]);
            await click(el, '[part="next"]');
          } else {
            await walkThrough(el, [...VEIN_ANSWERS, ...MIXED_ANSWERS]);
          }
          await click(el, '[part="back"]');
          await click(el, '[part="next"]');
          await click(el, '[part="restart"]');
          el.remove();
        }
      } finally {
        Storage.prototype.setItem = originals.setItem;
        window.fetch = originals.fetch;
        XMLHttpRequest.prototype.open = originals.open;
        navigator.sendBeacon = originals.beacon;
      }
      expect(calls).to.deep.equal([]);
      expect(document.cookie).to.equal(cookiesBefore);
      expect(localStorage.length).to.equal(localBefore);
      expect(sessionStorage.length).to.equal(sessionBefore);
    });
  });

  describe('attributes and fallback content', () => {
    it('follows heading-level: title, then questions and result one below, causes two below', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check heading-level="3"></cramp-check>`);
      expect($(el, '[part="heading"]').tagName).to.equal('H3');
      expect($(el, '#question-frequency').tagName).to.equal('H4');
      await walkThrough(el, VEIN_ANSWERS);
      expect($(el, '#result-heading').tagName).to.equal('H4');
      expect($(el, '.cause__title').tagName).to.equal('H5');
      expect($(el, '#evaluation-heading').tagName).to.equal('H5');
      expect(root(el).querySelector('vein-cta')!.getAttribute('heading-level')).to.equal('5');
    });

    it('warns about an unknown mode and theme, writes the mode back in canonical form, and keeps the light look', async () => {
      const { el, warnings } = await fixtureWithWarnings<CrampCheck>(html`<cramp-check mode="wizard" theme="neon"></cramp-check>`);
      expect(el.getAttribute('mode')).to.equal('steps');
      // An unknown theme stays as written; no dark rule matches it, so the element keeps the light look.
      expect(el.getAttribute('theme')).to.equal('neon');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(warnings.some((line) => line.includes('<cramp-check> mode'))).to.equal(true);
      expect(warnings.some((line) => line.includes('<cramp-check> theme'))).to.equal(true);
      el.setAttribute('mode', ' FORM ');
      await elementUpdated(el);
      expect(el.getAttribute('mode')).to.equal('form');
      expect(root(el).querySelectorAll('fieldset')).to.have.length(QUESTIONS);
    });

    it('fits 320 px without horizontal scrolling, on a step and on the result', async () => {
      const el = await fixture<CrampCheck>(html`<cramp-check style="width: 320px"></cramp-check>`);
      const base = $(el, '[part="base"]');
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      await walkThrough(el, ANSWER_IDS);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
      expect(el.getBoundingClientRect().width).to.equal(320);
    });
  });
});

const spec = {
  tag: 'cramp-check',
  panel: 'card',
  // The call is on the result: walk there without answers the first time.
  calls: async (el) => {
    const check = el as CrampCheck;
    if (!root(check).querySelector('[part="result"]')) await walkThrough(check, []);
    await settled(check);
    return telHrefs(check);
  },
  heading: {
    part: 'heading',
    below: (el, level) => {
      expect($(el as CrampCheck, '#question-frequency').localName, 'the questions one level below').to.equal(`h${Math.min(level + 1, 6)}`);
    },
  },
} satisfies ElementSpec;
themeSuite(spec);
headingLevelSuite(spec);
clinicSuite(spec);
