/**
 * Case 5, bad input. Every attribute of every element (read from custom-elements.json) set to
 * hostile values: empty, whitespace, 10 KB, HTML and script tags, javascript:/data:/vbscript: URLs
 * (mixed case, leading spaces and controls, a tab inside), invalid phone numbers, unknown enum
 * values. Then the same written in HTML source with entities (bad-input-source.html), and malformed
 * page-wide settings blocks (settings-*.html).
 * Expected: no exception; one console warning for an invalid value, none for an empty one; a safe
 * fallback; no unsafe href in any shadow root (nested ones included); injected markup shown as text,
 * never as elements, and never run.
 */
import { expect } from '@open-wc/testing';
import { isSafeHref } from './helpers.js';
import {
  closeHostPages,
  deepElements,
  hasRendered,
  isWidget,
  libraryWarnings,
  manifestElements,
  openHostPage,
  settle,
  shadowElements,
  shadowText,
  unsafeHrefs,
  browserSafeHref,
  type HostPage,
  type HostWindow,
} from './hostile-page.js';

interface PwnWindow extends HostWindow {
  __pwned?: unknown;
}

/**
 * The hostile values, by name. Each payload is numbered: the library reports an identical message
 * once per page, and values that differ only in case or spaces would otherwise share one.
 */
const VALUES: Record<string, string> = {
  empty: '',
  whitespace: ' \t\n  ',
  '10 KB': 'x'.repeat(10 * 1024),
  html: '<b class="cramp-injected">bold</b><img src="x" class="cramp-injected" onerror="window.__pwned=1">',
  script: '<script class="cramp-injected">window.__pwned=2</script>',
  'attribute break-out': '"><svg class="cramp-injected" onload="window.__pwned=3">',
  javascript: 'javascript:window.__pwned=4',
  'javascript, mixed case': 'JaVaScRiPt:window.__pwned=5',
  'javascript, leading spaces': '   javascript:window.__pwned=6',
  'javascript, tab inside': 'java\tscript:window.__pwned=7',
  'javascript, leading control': '\u0001javascript:window.__pwned=8',
  'javascript, literal entity': '&#106;avascript:window.__pwned=9',
  data: 'data:text/html,<script>window.__pwned=10</script>',
  'data, upper case': 'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+',
  vbscript: 'vbscript:msgbox(11)',
  'vbscript, mixed case and space': ' VbScript:msgbox(12)',
  'phone with letters': '1-800-FLOWERS',
  'phone, 7 digits': '842-1441',
  'phone, zeros': '000-000-0000',
  'phone, too long': '+1234567890123456789',
  'unknown enum value': 'sideways',
  'negative number': '-1',
};

type Kind = 'url' | 'phone' | 'enum' | 'ids' | 'heading' | 'hours' | 'timezone' | 'name' | 'text' | 'boolean' | 'instant';

const KINDS: Record<string, Kind> = {
  website: 'url',
  'booking-url': 'url',
  'related-stress-url': 'url',
  'related-vein-disease-url': 'url',
  'related-red-light-pemf-url': 'url',
  phone: 'phone',
  variant: 'enum',
  position: 'enum',
  layout: 'enum',
  theme: 'enum',
  mode: 'enum',
  'causes-layout': 'enum',
  open: 'ids',
  causes: 'ids',
  hide: 'ids',
  'heading-level': 'heading',
  hours: 'hours',
  timezone: 'timezone',
  'clinic-name': 'name',
  label: 'text',
  headline: 'text',
  'button-text': 'text',
  'mobile-only': 'boolean',
  'show-website': 'boolean',
  'no-actions': 'boolean',
  now: 'instant',
};

/** Values that are not an unsafe URL once the URL parser has read them (a relative path). */
const RELATIVE = new Set(['10 KB', 'html', 'script', 'attribute break-out', 'javascript, literal entity', 'phone with letters', 'phone, 7 digits', 'phone, zeros', 'phone, too long', 'unknown enum value', 'negative number']);

/** How many warnings a value must cause: 1 (invalid), 0 (empty, or valid for this kind) or `any` (either). */
function expectedWarnings(kind: Kind, name: string): 0 | 1 | 'any' {
  if (name === 'empty' || name === 'whitespace') return kind === 'phone' ? 'any' : 0;
  switch (kind) {
    case 'url':
      return name === '10 KB' ? 1 : RELATIVE.has(name) ? 'any' : 1;
    case 'phone':
    case 'enum':
    case 'ids':
    case 'heading':
    case 'hours':
    case 'timezone':
      return 1;
    case 'name':
      return name === '10 KB' ? 1 : 0;
    case 'text':
      return name === '10 KB' ? 'any' : 0;
    case 'boolean':
      return 0;
    case 'instant':
      // `now` is read only when opening hours are shown.
      return 'any';
  }
}

/** Injected elements, or evidence that injected code ran, anywhere on the page (shadow roots included). */
function injections(page: HostPage): string[] {
  const found = deepElements(page.doc)
    .filter((element) => element.classList.contains('cramp-injected'))
    .map((element) => `<${element.localName} class="cramp-injected">`);
  for (const widget of deepElements(page.doc).filter(isWidget)) {
    for (const element of shadowElements(widget)) {
      if (['script', 'img', 'iframe', 'object', 'embed', 'b', 'i'].includes(element.localName)) found.push(`<${element.localName}> in <${widget.localName}>`);
      for (const attribute of element.getAttributeNames()) if (/^on/i.test(attribute)) found.push(`${attribute} on <${element.localName}>`);
    }
  }
  if ((page.win as PwnWindow).__pwned !== undefined) found.push(`injected code ran: __pwned=${String((page.win as PwnWindow).__pwned)}`);
  return found;
}

/** Waits for a widget and every widget it renders inside itself (microtasks only: fast). */
async function updated(widget: HTMLElement & { updateComplete?: Promise<unknown> }): Promise<void> {
  let count = -1;
  for (let round = 0; round < 10; round++) {
    const widgets = [widget, ...shadowElements(widget).filter(isWidget)];
    await Promise.all(widgets.map((each) => each.updateComplete));
    if (widgets.length === count) return;
    count = widgets.length;
  }
}

/** helpers.ts's check, and the browser's own URL parser (which also strips leading control characters). */
const safe = (href: string) => isSafeHref(href) && browserSafeHref(href);

const short = (value: string) => JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value);

describe('bad input', () => {
  afterEach(closeHostPages);

  it('custom-elements.json lists the attributes this suite knows how to judge', async () => {
    const unknown = [...(await manifestElements()).values()].flat().filter((attribute) => !(attribute in KINDS));
    expect(unknown, 'add new attributes to KINDS').to.deep.equal([]);
  });

  for (const tag of ['call-clinic', 'cramp-causes', 'vein-cta', 'clinic-services', 'cramp-article', 'cramp-check']) {
    it(`<${tag}>: every attribute, every hostile value`, async function () {
      this.timeout(120000);
      const attributes = (await manifestElements()).get(tag);
      if (!attributes) throw new Error(`<${tag}> is not in custom-elements.json`);
      const page = await openHostPage('bad-input.html');
      const stage = page.doc.getElementById('stage')!;
      const problems: string[] = [];
      let cases = 0;
      for (const attribute of attributes) {
        const kind = KINDS[attribute]!;
        for (const [name, value] of Object.entries(VALUES)) {
          cases++;
          const label = `${attribute}=${short(value)} (${name})`;
          const before = libraryWarnings(page.win).length;
          const errorsBefore = page.win.__errors.length;
          const widget = page.doc.createElement(tag) as HTMLElement & { updateComplete?: Promise<unknown> };
          widget.setAttribute(attribute, value);
          stage.append(widget);
          await updated(widget);
          const warnings = libraryWarnings(page.win).slice(before);
          const expected = expectedWarnings(kind, name);
          if (page.win.__errors.length > errorsBefore) problems.push(`${label}: error ${page.win.__errors.slice(errorsBefore).join(' | ')}`);
          if (!hasRendered(widget)) problems.push(`${label}: nothing rendered`);
          if (expected !== 'any' && warnings.length !== expected) problems.push(`${label}: ${warnings.length} warnings, expected ${expected} ${JSON.stringify(warnings)}`);
          if (expected === 'any' && warnings.length > 1) problems.push(`${label}: ${warnings.length} warnings for one value ${JSON.stringify(warnings)}`);
          if (warnings.some((warning) => warning.length > 400)) problems.push(`${label}: a warning of ${Math.max(...warnings.map((w) => w.length))} characters`);
          // The safe fallback for a bad phone number is the article's number, on every call link.
          if (kind === 'phone') {
            const tels = shadowElements(widget).map((element) => element.getAttribute('href')).filter((href) => href?.startsWith('tel:'));
            if (tels.some((href) => href !== 'tel:+13148421441')) problems.push(`${label}: call links ${tels.join(', ')}`);
          }
          // Text attributes show the markup as text.
          if (kind === 'text' && (name === 'html' || name === 'script') && !shadowText(widget).includes(value)) {
            problems.push(`${label}: the markup is not shown as text`);
          }
          problems.push(...unsafeHrefs(page.doc, safe).map((href) => `${label}: unsafe ${href}`));
          problems.push(...injections(page).map((injection) => `${label}: ${injection}`));
          widget.remove();
        }
      }
      console.log(`<${tag}>: ${attributes.length} attributes x ${Object.keys(VALUES).length} values = ${cases} cases, ${libraryWarnings(page.win).length} warnings`);
      expect(cases).to.equal(attributes.length * Object.keys(VALUES).length);
      expect(problems).to.deep.equal([]);
    });
  }

  it('unsafe URLs written in the HTML source (entities, mixed case, controls): dropped with a warning, never linked', async () => {
    const page = await openHostPage('bad-input-source.html');
    const { doc, win } = page;
    expect(win.__errors).to.deep.equal([]);
    const warnings = libraryWarnings(win);
    const missing: string[] = [];
    for (const element of doc.querySelectorAll('[data-bad]')) {
      for (const attribute of element.getAttribute('data-bad')!.split(' ')) {
        const value = element.getAttribute(attribute)!;
        if (isSafeHref(value) && browserSafeHref(value)) missing.push(`#${element.id} ${attribute}: the fixture value ${short(value)} is not unsafe`);
        if (!warnings.some((warning) => warning.includes(`<${element.localName}> ${attribute}`) && warning.includes(short(value).slice(1, 12)))) {
          missing.push(`#${element.id} ${attribute}=${short(value)}: no warning`);
        }
      }
    }
    expect(missing).to.deep.equal([]);
    expect(unsafeHrefs(doc, safe)).to.deep.equal([]);
    expect(injections(page)).to.deep.equal([]);
    // Safe fallbacks: the article's website, and the article's number for a junk tel: fallback.
    const website = (id: string) => doc.getElementById(id)!.shadowRoot!.querySelector('[part~="website"]')?.getAttribute('href');
    for (const id of ['s1', 's2', 's3', 's4', 's5', 's6', 's7', 's8', 's10']) expect(website(id), id).to.equal('https://www.sheenveinandcosmetics.com/');
    expect(website('s9'), 'closed: the website instead of the unsafe booking URL').to.equal('https://www.sheenveinandcosmetics.com/');
    for (const id of ['s16', 's17']) {
      expect(doc.getElementById(id)!.shadowRoot!.querySelector('[part~="call"]')!.getAttribute('href'), id).to.equal('tel:+13148421441');
    }
    // Markup in text attributes is text.
    expect(doc.getElementById('s12')!.shadowRoot!.querySelector('[part~="headline"]')!.textContent).to.equal('<img src=x onerror=window.__pwned=12 class=cramp-injected>');
    expect(doc.getElementById('s12')!.shadowRoot!.querySelector('[part~="book"]')!.textContent).to.equal('<script class=cramp-injected>window.__pwned=12</script>');
    expect(doc.getElementById('s18')!.shadowRoot!.querySelector('[part~="label"]')!.textContent).to.equal('<script class=cramp-injected>window.__pwned=18</script>');
    // The double-encoded value is a relative path, linked as such.
    expect(doc.getElementById('s19')!.shadowRoot!.querySelector('[part~="book"]')!.getAttribute('href')).to.equal('&#106;avascript:window.__pwned=19');
  });

  const SETTINGS: Record<string, { warnings: string[]; phone: string }> = {
    'broken-json': { warnings: ['not valid JSON'], phone: 'tel:+13148421441' },
    'not-object': { warnings: ['must be a JSON object'], phone: 'tel:+13148421441' },
    'wrong-types': {
      warnings: ['"phone" must be a string', '"website" must be a string', '"name" must be a string', '"dataLayer" must be true or false', '"hours" must be a string', '"locale" must be a string', 'unknown setting "surprise"'],
      phone: 'tel:+13148421441',
    },
    'unsafe-values': {
      warnings: ['page settings "website"', 'page settings "bookingUrl"', 'page settings "phone"', 'page settings "hours"', 'page settings "timezone"'],
      phone: 'tel:+13148421441',
    },
    empty: { warnings: [], phone: 'tel:+13148421441' },
    huge: { warnings: ['longer than'], phone: 'tel:+13148421441' },
    'two-blocks': { warnings: ['not valid JSON'], phone: 'tel:+16365550100' },
  };

  for (const [name, expected] of Object.entries(SETTINGS)) {
    it(`malformed page settings (${name}): warnings, defaults, every element renders`, async () => {
      const page = await openHostPage(`settings-${name}.html`);
      await settle(page.doc);
      expect(page.win.__errors).to.deep.equal([]);
      const warnings = libraryWarnings(page.win);
      for (const text of expected.warnings) expect(warnings.filter((warning) => warning.includes(text)), text).to.have.length(1);
      if (name !== 'empty') expect(warnings.length, JSON.stringify(warnings)).to.be.at.most(expected.warnings.length + 1);
      for (const widget of page.doc.body.querySelectorAll('[id]')) expect(hasRendered(widget), widget.id).to.equal(true);
      const call = page.doc.getElementById('call')!.shadowRoot!;
      expect(call.querySelector('[part~="call"]')!.getAttribute('href')).to.equal(expected.phone);
      expect(call.querySelector('[part~="website"]')!.getAttribute('href')).to.equal('https://www.sheenveinandcosmetics.com/');
      expect(unsafeHrefs(page.doc, safe)).to.deep.equal([]);
      expect(injections(page)).to.deep.equal([]);
      if (name === 'unsafe-values') {
        // The clinic name is shown as text: its markup is visible, not parsed.
        expect(shadowText(page.doc.getElementById('call')!)).to.include('<b class="cramp-injected">Evil</b>');
      }
    });
  }
});
