import { elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/components/cramp-causes/cramp-causes.js';
import { CrampCauses } from '../src/components/cramp-causes/cramp-causes.component.js';
import type { CallClinic } from '../src/components/call-clinic/call-clinic.component.js';
import { CAUSE_IDS, causes, educationalNote } from '../src/content/article.js';
import type { CrampActionDetail, CrampToggleDetail } from '../src/element/events.js';
import { captureWarnings, clickWithoutNavigating, deepActiveElement, engine, fixtureWithWarnings, isSafeHref, shadowHrefs, telHrefs, withPageSettings } from './helpers.js';
import { clinicSuite } from './shared/clinic.suite.js';
import type { ElementSpec } from './shared/element-spec.js';
import { headingLevelSuite } from './shared/heading-level.suite.js';
import { themeSuite } from './shared/theme.suite.js';

const shadow = (el: CrampCauses) => el.shadowRoot!;
const shownIds = (el: CrampCauses) => [...shadow(el).querySelectorAll<HTMLElement>('[data-cause]')].map((cause) => cause.dataset.cause);
const toggle = (el: CrampCauses, id: string) => shadow(el).querySelector<HTMLButtonElement>(`#toggle-${id}`)!;
const panel = (el: CrampCauses, id: string) => shadow(el).querySelector<HTMLElement>(`[data-cause="${id}"] [part="panel"]`)!;
const isShown = (element: Element) => element.getClientRects().length > 0;
const openIds = (el: CrampCauses) => CAUSE_IDS.filter((id) => isShown(panel(el, id)));
/** What a visitor sees: the rendered text (hidden panels excluded), whitespace collapsed. */
const visibleText = (el: CrampCauses) => shadow(el).querySelector<HTMLElement>('[part="base"]')!.innerText.replace(/\s+/g, ' ');


describe('<cramp-causes>', () => {
  it('renders the three causes once each, in the article order, as a closed accordion', async () => {
    const el = await fixture<CrampCauses>(html`<cramp-causes></cramp-causes>`);
    expect(shownIds(el)).to.deep.equal(['electrolytes', 'veins', 'nerves']);
    expect(shadow(el).querySelectorAll('[part="toggle"]')).to.have.length(3);
    expect(openIds(el)).to.deep.equal([]);
    expect(getComputedStyle(el).display).to.equal('block');
    await expect(el).to.be.accessible();
  });

  it('shows every cause, sign and way the clinic helps, and the educational note', async () => {
    const el = await fixture<CrampCauses>(html`<cramp-causes layout="list"></cramp-causes>`);
    const text = visibleText(el);
    for (const cause of causes()) {
      for (const sentence of [cause.title, ...cause.what, ...cause.signs, ...cause.care]) {
        expect(text, cause.id).to.include(sentence);
        expect(text.split(sentence).length - 1, `"${sentence}" shown once`).to.equal(1);
      }
    }
    expect(text).to.include(educationalNote());
    // The article's facts, named in the issue, whatever the module's wording.
    for (const fact of [
      'magnesium', 'potassium', 'calcium', 'sodium', 'contract and relax', 'fatigue', 'brain fog', 'poor sleep',
      'heaviness', 'swelling', 'aching', 'end of the day', 'pressure buildup', 'underdiagnosed', 'over 40',
      'Vascular ultrasound', 'minimally invasive vein treatments', 'lumbar disc degeneration', 'sciatica',
      'abnormal nerve firing', 'twitching', 'burning', 'Achilles tendon', 'imbalanced gait', 'weak glutes',
      'posture, gait, and functional movement', 'physical therapy or chiropractic care', 'Pulsed electromagnetic field (PEMF) therapy', 'red light therapy',
    ]) {
      expect(text, fact).to.include(fact);
    }
  });

  describe('accordion', () => {
    it('puts a real button with aria-expanded and aria-controls inside each heading', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes></cramp-causes>`);
      for (const { id, title } of causes()) {
        const button = toggle(el, id);
        expect(button.tagName).to.equal('BUTTON');
        expect(button.type).to.equal('button');
        expect(button.parentElement!.tagName).to.equal('H2');
        expect(button.textContent!.trim()).to.equal(title);
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        expect(shadow(el).getElementById(button.getAttribute('aria-controls')!)).to.equal(panel(el, id));
        // Hidden by a class, not the `hidden` attribute, so the print style sheet can show it.
        expect(panel(el, id).hasAttribute('hidden')).to.equal(false);
        expect(panel(el, id).classList.contains('is-collapsed')).to.equal(true);
        expect(button.getBoundingClientRect().height).to.be.at.least(44);
      }
    });

    it('opens and closes a cause on click and reports it with cramp-toggle', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes></cramp-causes>`);
      setTimeout(() => toggle(el, 'veins').click());
      const opened = (await oneEvent(document.body, 'cramp-toggle')) as CustomEvent<CrampToggleDetail>;
      expect(opened.bubbles).to.equal(true);
      expect(opened.composed).to.equal(true);
      expect(opened.detail).to.deep.equal({ element: 'cramp-causes', cause: 'veins', open: true });
      await elementUpdated(el);
      expect(toggle(el, 'veins').getAttribute('aria-expanded')).to.equal('true');
      expect(openIds(el)).to.deep.equal(['veins']);
      await expect(el).to.be.accessible();

      setTimeout(() => toggle(el, 'veins').click());
      const closed = (await oneEvent(el, 'cramp-toggle')) as CustomEvent<CrampToggleDetail>;
      expect(closed.detail).to.deep.equal({ element: 'cramp-causes', cause: 'veins', open: false });
      await elementUpdated(el);
      expect(toggle(el, 'veins').getAttribute('aria-expanded')).to.equal('false');
      expect(openIds(el)).to.deep.equal([]);
    });

    it('pushes cramp-toggle to window.dataLayer when the page settings opt in', async () => {
      window.dataLayer = [];
      try {
        await withPageSettings('{"dataLayer": true}', async () => {
          const el = await fixture<CrampCauses>(html`<cramp-causes></cramp-causes>`);
          toggle(el, 'nerves').click();
          expect(window.dataLayer).to.deep.equal([{ event: 'cramp-toggle', element: 'cramp-causes', cause: 'nerves', open: true }]);
        });
      } finally {
        delete window.dataLayer;
      }
    });

    const openCases: [string, string[]][] = [
      ['none', []],
      ['all', ['electrolytes', 'veins', 'nerves']],
      ['ALL', ['electrolytes', 'veins', 'nerves']],
      ['veins', ['veins']],
      ['nerves, electrolytes', ['electrolytes', 'nerves']],
      ['', []],
    ];
    for (const [open, expected] of openCases) {
      it(`open="${open}" opens ${expected.join(', ') || 'nothing'}`, async () => {
        const el = await fixture<CrampCauses>(html`<cramp-causes open=${open}></cramp-causes>`);
        expect(openIds(el)).to.deep.equal(expected);
        for (const id of CAUSE_IDS) {
          expect(toggle(el, id).getAttribute('aria-expanded')).to.equal(String(expected.includes(id)));
        }
      });
    }

    it('resets the open causes when the open attribute changes', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes open="veins"></cramp-causes>`);
      toggle(el, 'nerves').click();
      await elementUpdated(el);
      expect(openIds(el)).to.deep.equal(['veins', 'nerves']);
      el.setAttribute('open', 'electrolytes');
      await elementUpdated(el);
      expect(openIds(el)).to.deep.equal(['electrolytes']);
    });

    it('warns once about an unknown id in open and opens the known ones', async () => {
      const { el, warnings } = await fixtureWithWarnings<CrampCauses>(html`<cramp-causes open="veins, kidneys"></cramp-causes>`);
      expect(openIds(el)).to.deep.equal(['veins']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<cramp-causes> open').and.include('kidneys');
    });
  });

  describe('keyboard', () => {
    /** Every control of the element, in the order Tab should reach them. */
    function controls(el: CrampCauses): Element[] {
      const found: Element[] = [];
      for (const control of shadow(el).querySelectorAll('button, a[href], call-clinic')) {
        if (!isShown(control)) continue;
        found.push(control.localName === 'call-clinic' ? (control as CallClinic).shadowRoot!.querySelector('a')! : control);
      }
      return found;
    }

    async function fixtureWithStart(open: string) {
      const wrapper = await fixture<HTMLDivElement>(html`<div><button id="start">Before</button><cramp-causes open=${open}></cramp-causes><button id="end">After</button></div>`);
      const el = wrapper.querySelector('cramp-causes')!;
      await elementUpdated(el);
      await Promise.all([...shadow(el).querySelectorAll<CallClinic>('call-clinic')].map((call) => call.updateComplete));
      return { el, start: wrapper.querySelector<HTMLButtonElement>('#start')!, end: wrapper.querySelector<HTMLButtonElement>('#end')! };
    }

    it('puts every control in the tab order, in reading order, with no positive tabindex', async () => {
      const { el } = await fixtureWithStart('all');
      const found = controls(el);
      expect(found.map((control) => control.id || control.getAttribute('part'))).to.deep.equal([
        'toggle-electrolytes', 'call', 'toggle-veins', 'action', 'toggle-nerves', 'call',
      ]);
      for (const control of found) expect((control as HTMLElement).tabIndex, control.outerHTML).to.equal(0);
    });

    it('lets focus reach each toggle and toggles it from the keyboard (focus and click in every engine)', async () => {
      const { el } = await fixtureWithStart('none');
      for (const id of CAUSE_IDS) {
        const button = toggle(el, id);
        button.focus();
        expect(deepActiveElement()).to.equal(button);
        button.click();
        await elementUpdated(el);
        expect(button.getAttribute('aria-expanded')).to.equal('true');
      }
    });

    it('reaches every control with Tab, in order, and shows the focus', async () => {
      const { el, start, end } = await fixtureWithStart('all');
      start.focus();
      const reached: (Element | null)[] = [];
      for (let i = 0; i < controls(el).length + 1; i++) {
        await sendKeys({ press: 'Tab' });
        reached.push(deepActiveElement());
      }
      expect(reached).to.deep.equal([...controls(el), end]);

      const firstToggle = toggle(el, 'electrolytes');
      start.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(firstToggle);
      expect(getComputedStyle(firstToggle).outlineStyle).to.equal('solid');
      expect(parseFloat(getComputedStyle(firstToggle).outlineWidth)).to.be.at.least(2);

      // Back with Shift+Tab. Not in WebKit: @web/test-runner-commands drives it over WebDriver,
      // where sendKeys can only press one key at a time (no held Shift).
      if (engine === 'webkit') return;
      end.focus();
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(deepActiveElement()).to.equal(controls(el).at(-1));
    });

    it('toggles with Enter and Space', async () => {
      const { el, start } = await fixtureWithStart('none');
      start.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(toggle(el, 'electrolytes'));
      await sendKeys({ press: 'Enter' });
      await elementUpdated(el);
      expect(openIds(el)).to.deep.equal(['electrolytes']);
      await sendKeys({ press: ' ' });
      await elementUpdated(el);
      expect(openIds(el)).to.deep.equal([]);
      expect(deepActiveElement(), 'focus stays on the button').to.equal(toggle(el, 'electrolytes'));
    });
  });

  describe('causes', () => {
    it('shows a subset in the chosen order', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes causes="nerves, veins" open="all"></cramp-causes>`);
      expect(shownIds(el)).to.deep.equal(['nerves', 'veins']);
      expect(visibleText(el)).not.to.include(causes()[0]!.title);
    });

    it('shows a cause listed twice once, forgiving case and spaces', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes causes=" Veins,veins  NERVES "></cramp-causes>`);
      expect(shownIds(el)).to.deep.equal(['veins', 'nerves']);
    });

    it('ignores unknown ids with one warning', async () => {
      const { el, warnings } = await fixtureWithWarnings<CrampCauses>(html`<cramp-causes causes="kidneys, veins, liver"></cramp-causes>`);
      expect(shownIds(el)).to.deep.equal(['veins']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('<cramp-causes> causes').and.include('kidneys').and.include('liver');
    });

    it('shows all causes, with a warning, when no id is known', async () => {
      const { el, warnings } = await fixtureWithWarnings<CrampCauses>(html`<cramp-causes causes="kidneys"></cramp-causes>`);
      expect(shownIds(el)).to.deep.equal(['electrolytes', 'veins', 'nerves']);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('kidneys').and.include('showing all');
    });
  });

  describe('layouts', () => {
    it('lays cards out side by side in a wide column and stacks them in a narrow one', async () => {
      const wide = await fixture<CrampCauses>(html`<cramp-causes layout="cards" style="width: 1100px"></cramp-causes>`);
      const tops = [...shadow(wide).querySelectorAll('[part~="cause"]')].map((card) => Math.round(card.getBoundingClientRect().top));
      expect(new Set(tops).size, 'three columns').to.equal(1);
      expect(shadow(wide).querySelectorAll('button')).to.have.length(0);
      expect(openIds(wide)).to.deep.equal(['electrolytes', 'veins', 'nerves']);
      expect(getComputedStyle(shadow(wide).querySelector('[part~="cause"]')!).borderTopLeftRadius).not.to.equal('0px');

      const narrow = await fixture<CrampCauses>(html`<cramp-causes layout="cards" style="width: 280px"></cramp-causes>`);
      const lefts = [...shadow(narrow).querySelectorAll('[part~="cause"]')].map((card) => Math.round(card.getBoundingClientRect().left));
      expect(new Set(lefts).size, 'one column').to.equal(1);
      expect(shadow(narrow).querySelector('[part="base"]')!.scrollWidth).to.be.at.most(280);
    });

    // Issue 11 defect 7: "Call 314-842-1441" / "to schedule your evaluation" sat apart, under a gap.
    it('keeps "Call 314-842-1441 to schedule your evaluation" one sentence in the cards layout', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes layout="cards" style="width: 960px"></cramp-causes>`);
      const call = el.shadowRoot!.querySelector<CallClinic>('[data-cause="nerves"] call-clinic')!;
      await call.updateComplete;
      const sentence = call.parentElement!;
      const words = [...sentence.childNodes].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim())!;
      expect(words.textContent, 'one space after the link, in the text itself').to.equal(' to schedule your evaluation');
      const link = call.shadowRoot!.querySelector('[part="call"]')!.getBoundingClientRect();
      const range = document.createRange();
      range.selectNodeContents(words);
      const firstLine = [...range.getClientRects()].find((rect) => rect.width > 0)!;
      // The words go on after the link on its line, and wrap like text from there.
      expect(firstLine.left, 'the words start right after the link').to.be.within(link.right - 1, link.right + 12);
      expect(firstLine.top, 'on the link\'s line').to.be.below(link.bottom);
      expect(firstLine.bottom).to.be.above(link.top);
    });

    it('shows everything expanded, without buttons, in the list layout', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes layout="list" open="none"></cramp-causes>`);
      expect(shadow(el).querySelectorAll('button')).to.have.length(0);
      expect(openIds(el)).to.deep.equal(['electrolytes', 'veins', 'nerves']);
    });

    it('warns about an unknown layout and shows the accordion', async () => {
      const { el, warnings } = await fixtureWithWarnings<CrampCauses>(html`<cramp-causes layout="carousel"></cramp-causes>`);
      expect(shadow(el).querySelectorAll('[part="toggle"]')).to.have.length(3);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('carousel');
    });

    it('keeps the accordion inside a 280px column', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes open="all" theme="dark" style="width: 280px"></cramp-causes>`);
      for (const cause of shadow(el).querySelectorAll('[part~="cause"]')) {
        expect(cause.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right);
      }
    });
  });

  describe('axe', () => {
    const variants = [
      { layout: 'accordion', open: 'none' },
      { layout: 'accordion', open: 'veins' },
      { layout: 'accordion', open: 'all' },
      { layout: 'cards', open: 'none' },
      { layout: 'list', open: 'none' },
    ];
    for (const theme of ['light', 'dark']) {
      for (const { layout, open } of variants) {
        it(`is accessible: layout=${layout}, open=${open}, theme=${theme}`, async () => {
          const el = await fixture<CrampCauses>(html`<cramp-causes layout=${layout} open=${open} theme=${theme}></cramp-causes>`);
          await Promise.all([...shadow(el).querySelectorAll<CallClinic>('call-clinic')].map((call) => call.updateComplete));
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe('calls to action', () => {
    it('ends the vein cause with the vein evaluation (the website when no booking URL is set)', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes open="veins"></cramp-causes>`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('[data-cause="veins"] a[part="action"]')!;
      expect(link.textContent!.trim()).to.equal('Request a vein evaluation');
      expect(link.getAttribute('href')).to.equal('https://www.sheenveinandcosmetics.com/');
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
      setTimeout(() => clickWithoutNavigating(link));
      const event = (await oneEvent(document.body, 'cramp-link')) as CustomEvent<CrampActionDetail>;
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ element: 'cramp-causes', variant: 'accordion', action: 'website', href: 'https://www.sheenveinandcosmetics.com/' });
    });

    it('sends the vein evaluation to the booking URL when one is set', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes layout="cards" booking-url="https://example.com/book"></cramp-causes>`);
      const link = shadow(el).querySelector<HTMLAnchorElement>('[data-cause="veins"] a[part="action"]')!;
      expect(link.getAttribute('href')).to.equal('https://example.com/book');
      setTimeout(() => clickWithoutNavigating(link));
      const event = (await oneEvent(el, 'cramp-link')) as CustomEvent<CrampActionDetail>;
      expect(event.detail).to.deep.equal({ element: 'cramp-causes', variant: 'cards', action: 'booking', href: 'https://example.com/book' });
    });

    it('ends the other causes with <call-clinic>, given the host clinic details', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes layout="list" phone="(636) 555-0199" clinic-name="West County Office"></cramp-causes>`);
      const calls = [...shadow(el).querySelectorAll<CallClinic>('call-clinic')];
      expect(calls.map((call) => call.closest('[data-cause]')!.getAttribute('data-cause'))).to.deep.equal(['electrolytes', 'nerves']);
      for (const call of calls) {
        await call.updateComplete;
        expect(call.getAttribute('variant')).to.equal('link');
        const link = call.shadowRoot!.querySelector<HTMLAnchorElement>('[part="call"]')!;
        expect(link.getAttribute('href')).to.equal('tel:+16365550199');
        expect(link.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Call 636-555-0199, West County Office');
        expect(link.getBoundingClientRect().height).to.be.at.least(44);
        expect(call.parentElement!.textContent).to.include('to schedule your evaluation');
      }
    });

    it('uses the article number by default and its calls fire cramp-call', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes layout="list"></cramp-causes>`);
      const call = shadow(el).querySelector<CallClinic>('call-clinic')!;
      await call.updateComplete;
      const link = call.shadowRoot!.querySelector<HTMLAnchorElement>('[part="call"]')!;
      expect(link.getAttribute('href')).to.equal('tel:+13148421441');
      setTimeout(() => clickWithoutNavigating(link));
      const event = (await oneEvent(el, 'cramp-call')) as CustomEvent<CrampActionDetail>;
      expect(event.detail).to.deep.equal({ element: 'call-clinic', variant: 'link', action: 'call', href: 'tel:+13148421441' });
    });

    it('hides every call to action with no-actions', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes layout="list" no-actions></cramp-causes>`);
      expect(shadow(el).querySelectorAll('[part="action"]')).to.have.length(0);
      expect(shadowHrefs(el)).to.deep.equal([]);
    });
  });

  describe('print', () => {
    it('has a print rule that shows the collapsed panels', () => {
      const sheets = CrampCauses.elementStyles.map((style) => (style instanceof CSSStyleSheet ? style : style.styleSheet!));
      const printRules = sheets
        .flatMap((sheet) => [...sheet.cssRules])
        .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === 'print')
        .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
      const reveal = printRules.find((rule) => rule.selectorText === '.cause__panel.is-collapsed');
      expect(reveal?.style.display, 'print rule for collapsed panels').to.equal('block');
    });

    it('prints every cause expanded', async () => {
      const el = await fixture<CrampCauses>(html`<cramp-causes open="veins"></cramp-causes>`);
      expect(openIds(el)).to.deep.equal(['veins']);
      if (engine !== 'chromium') return; // emulateMedia needs the DevTools protocol: Chromium only; the rule is checked above in every engine.
      await emulateMedia({ media: 'print' });
      try {
        expect(openIds(el)).to.deep.equal(['electrolytes', 'veins', 'nerves']);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
      expect(openIds(el)).to.deep.equal(['veins']);
    });
  });

  describe('fallback content', () => {
    it('hides the author fallback once rendered and shows each cause once', async () => {
      const el = await fixture<CrampCauses>(
        html`<cramp-causes><h2>Electrolyte imbalance</h2><p>Low magnesium, potassium, calcium or sodium.</p></cramp-causes>`,
      );
      for (const child of el.children) expect(isShown(child), child.outerHTML).to.equal(false);
      expect(shadow(el).querySelector('slot')).to.equal(null);
      expect(shownIds(el)).to.deep.equal(['electrolytes', 'veins', 'nerves']);
    });

  });

  it('never throws and never renders an unsafe href for hostile attribute values', async () => {
    const hostile = ['', '   ', 'x'.repeat(10_240), 'a,'.repeat(2_000), '<script>alert(1)</script>', 'javascript:alert(1)', ' data:text/html,x', '&#106;avascript:alert(1)'];
    const attributes = ['layout', 'open', 'causes', 'heading-level', 'theme', 'phone', 'clinic-name', 'website', 'booking-url', 'hours', 'timezone'];
    const el = await fixture<CrampCauses>(html`<cramp-causes open="all"></cramp-causes>`);
    await captureWarnings(async () => {
      for (const attribute of attributes) {
        for (const value of hostile) {
          el.setAttribute(attribute, value);
          await elementUpdated(el);
          expect(shadow(el).querySelectorAll('[data-cause]').length, `${attribute}=${value.slice(0, 20)}`).to.be.within(1, 3);
          expect(shadow(el).querySelector('script, img')).to.equal(null);
          expect(shadowHrefs(el).filter((href) => !isSafeHref(href))).to.deep.equal([]);
        }
        el.removeAttribute(attribute);
      }
    });
  });
});

const spec = {
  tag: 'cramp-causes',
  // Every panel open, so axe and the colour checks see all of the content.
  attributes: { open: 'all' },
  panel: 'host',
  calls: async (el) => telHrefs(el),
  heading: {
    part: 'heading',
    below: (el, level) => {
      expect(el.shadowRoot!.querySelectorAll('[part="heading"]')).to.have.length(3);
      expect(el.shadowRoot!.querySelectorAll(`h${level} > button[aria-expanded]`)).to.have.length(3);
    },
  },
} satisfies ElementSpec;
themeSuite(spec);
headingLevelSuite(spec);
clinicSuite(spec);
