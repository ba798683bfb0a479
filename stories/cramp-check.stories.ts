import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/cramp-causes/cramp-causes.js';
import '../src/components/cramp-check/cramp-check.js';
import { CHECK_MODES, type CheckMode } from '../src/components/cramp-check/cramp-check.component.js';
import type { AnswerId } from '../src/content/self-check.js';
import { attr, crampElementArgTypes, crampElementAttributes, headingLevelArgType, type CrampElementArgs } from './support/clinic.js';
import { narrowColumn, ownFrame, textColumn } from './support/layout.js';

interface CrampCheckArgs extends CrampElementArgs {
  mode: CheckMode;
  'heading-level'?: number;
}

const crampCheck = (args: CrampCheckArgs): TemplateResult => html`<cramp-check
  mode=${attr(args.mode)}
  heading-level=${attr(args['heading-level'])}
  ${crampElementAttributes(args)}
>
  <p>
    <a href="https://www.sheenveinandcosmetics.com/">What may be causing my night cramps? Read the article</a>, or
    <a href="tel:+13148421441">Call 314-842-1441</a>.
  </p>
</cramp-check>`;

async function shownCheck(canvasElement: HTMLElement) {
  const check = canvasElement.querySelector('cramp-check')!;
  await check.updateComplete;
  return { check, root: check.shadowRoot! };
}

/** Clicks Next `steps` times, as a visitor would. */
async function goForward(canvasElement: HTMLElement, steps: number): Promise<void> {
  const { check, root } = await shownCheck(canvasElement);
  for (let step = 0; step < steps; step++) {
    root.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await check.updateComplete;
  }
}

/** Answers as a visitor would (in either mode: what is shown, then Next), until the result shows. */
async function answer(canvasElement: HTMLElement, answers: readonly AnswerId[]): Promise<void> {
  const { check, root } = await shownCheck(canvasElement);
  for (let page = 0; page < 20 && !root.querySelector('[part~="result"]'); page++) {
    for (const input of root.querySelectorAll<HTMLInputElement>('input')) {
      if ((answers as readonly string[]).includes(input.value) && !input.checked) input.click();
    }
    await check.updateComplete;
    root.querySelector<HTMLButtonElement>('[part~="next"]')!.click();
    await check.updateComplete;
  }
}

/** A result story plays its answers; on the docs page it gets its own frame, where the play function runs. */
const result = (answers: readonly AnswerId[], height: string): Partial<Story> => ({
  play: ({ canvasElement }) => answer(canvasElement, answers),
  parameters: ownFrame(height),
});

const meta = {
  title: 'Elements/cramp-check',
  component: 'cramp-check',
  render: (args) => textColumn(crampCheck(args)),
  args: { mode: 'steps' },
  argTypes: {
    mode: { control: 'inline-radio', options: [...CHECK_MODES] },
    'heading-level': headingLevelArgType,
    ...crampElementArgTypes,
  },
} satisfies Meta<CrampCheckArgs>;

export default meta;
type Story = StoryObj<CrampCheckArgs>;

export const StepsFirstQuestion: Story = {};

/** The third question (checkboxes), after Next twice. */
export const StepsThirdQuestion: Story = {
  play: ({ canvasElement }) => goForward(canvasElement, 2),
  parameters: ownFrame('640px'),
};

export const StepsLastQuestion: Story = {
  play: ({ canvasElement }) => goForward(canvasElement, 7),
  parameters: ownFrame('640px'),
};

/** Every question on one page. */
export const Form: Story = { args: { mode: 'form' } };

/** Frequent cramps with swelling and visible veins, over 40: veins, evaluation advised, with the compact <vein-cta>. */
export const ResultVeinsEvaluationAdvised: Story = result([
  'frequency.most-nights',
  'impact.sleep',
  'legs.heaviness',
  'legs.swelling',
  'vein-changes.yes',
  'age.over-40',
], '1280px');

/** Answers pointing to all three causes, the strongest first. */
export const ResultSeveralCauses: Story = result([
  'frequency.often',
  'legs.aching',
  'energy.fatigue',
  'energy.poor-sleep',
  'nerves.sciatica',
  'nerves.twitching',
  'movement.tight-achilles',
], '1680px');

/** Only nerve and musculoskeletal signs, cramps now and then: no evaluation advised. */
export const ResultNervesOnly: Story = result(['frequency.now-and-then', 'nerves.back-or-hips', 'movement.weak-glutes'], '1180px');

/** Answered, but nothing that points to one of the causes. */
export const ResultNoCause: Story = result(['frequency.now-and-then', 'vein-changes.no', 'age.40-or-under'], '960px');

/** "See my result" without answering anything. */
export const ResultNothingAnswered: Story = { args: { mode: 'form' }, ...result([], '640px') };

/** With a <cramp-causes> on the same page, each cause in the result offers "Read more on this page". */
export const ResultWithCausesOnPage: Story = {
  ...result(['legs.swelling', 'energy.brain-fog'], '1940px'),
  render: (args) => html`<div style="max-width: 720px; display: grid; gap: 2rem">
    ${crampCheck(args)}
    <cramp-causes heading-level="2" ${crampElementAttributes(args)}></cramp-causes>
  </div>`,
};

export const DarkSteps: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

export const DarkResult: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  ...result(['frequency.often', 'legs.swelling', 'vein-changes.yes', 'energy.fatigue'], '1560px'),
};

export const NarrowColumn: Story = {
  args: { mode: 'form' },
  render: (args) => narrowColumn(crampCheck(args)),
};

export const NarrowColumnResult: Story = {
  ...result(['frequency.most-nights', 'legs.swelling', 'nerves.numbness', 'energy.brain-fog'], '2240px'),
  render: (args) => narrowColumn(crampCheck(args)),
};

export const Spanish: Story = {
  globals: { locale: 'es' },
  parameters: ownFrame('640px'),
};

export const SpanishResult: Story = {
  globals: { locale: 'es' },
  ...result(['frequency.often', 'legs.aching', 'vein-changes.yes', 'nerves.burning'], '1720px'),
};
