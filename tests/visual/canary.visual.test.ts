/**
 * Canaries: the visual comparison is tight enough to catch the defects it exists for. Each test renders
 * a baseline's state, proves the untouched rendering matches, then breaks an icon the way issue 11's
 * defect 1 did and asserts that the comparison FAILS. (Their diff images land in
 * tests/visual/failed/<engine>/canary/, which is expected after a green run.)
 */
import { expect } from '@open-wc/testing';
import { STATES, combosFor, compare, engine, preparePage, render, settle, updating } from './scenarios.js';

/** The first combination the ES bundle's baselines have in this engine. */
const COMBO = combosFor('dist-es', engine)[0]!;
/** `<clinic-services>`: the three cause icons, photographed in every engine and combination. */
const SERVICES = STATES.find((state) => state.name === 'clinic-services')!;

/** The `<svg>` of one cause's icon in the `<clinic-services>` of the stage. */
function causeIcon(stage: HTMLElement, cause: string): SVGSVGElement {
  const root = stage.querySelector('clinic-services')!.shadowRoot!;
  const icon = root.querySelector<SVGSVGElement>(`[data-cause="${cause}"] [part~="icon"] svg`);
  if (!icon) throw new Error(`no icon for ${cause}`);
  return icon;
}

async function expectDiffToFail(target: HTMLElement, what: string): Promise<string> {
  // WebKit photographs what it last painted: let the change reach the screen first.
  await settle(target);
  let error: Error | undefined;
  try {
    await compare(target, 'canary', SERVICES.name, COMBO);
  } catch (e) {
    error = e as Error;
  }
  expect(error, `${what}: the comparison must fail`).to.be.instanceOf(Error);
  expect(error!.message).to.match(/Visual diff failed\. New screenshot is \d+ pixels different/);
  console.log(`canary (${engine}): ${what}: ${error!.message.split('\n')[0]}`);
  return error!.message;
}

describe('visual canaries: a missing icon stroke fails the comparison', function () {
  this.timeout(60000);
  before(async function () {
    if (await updating()) {
      // Baselines are being written, so nothing is compared and a broken rendering would pass.
      this.skip();
    }
    preparePage();
    await import('../../src/index.js');
    await customElements.whenDefined('clinic-services');
  });

  it('the untouched rendering matches its baseline (the control)', async () => {
    const stage = await render(SERVICES, COMBO);
    await compare(stage, 'canary', SERVICES.name, COMBO);
  });

  it('one path removed from the electrolytes icon (the "+" in the drop) fails', async () => {
    const stage = await render(SERVICES, COMBO);
    const paths = causeIcon(stage, 'electrolytes').querySelectorAll('path');
    expect(paths.length).to.equal(2);
    paths[1]!.remove();
    await expectDiffToFail(stage, 'the drop without its "+"');
  });

  it('the nerves icon as the pre-fix minifier wrote it (<rect> without "/>", so the shapes nest) fails', async () => {
    const stage = await render(SERVICES, COMBO);
    const icon = causeIcon(stage, 'nerves');
    const group = icon.querySelector('g')!;
    // What the HTML minifier made of the svg template: start tags without "/>" or end tags. The HTML
    // parser nests each shape inside the previous one, and only the first draws.
    group.innerHTML = group.innerHTML.replace(/<\/(path|rect)>/g, '');
    expect(group.children.length, 'the shapes nest').to.equal(1);
    await expectDiffToFail(stage, 'the nerves icon with nested shapes');
  });
});
