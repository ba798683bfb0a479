import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/cramp-causes/cramp-causes.js';
import { CAUSES_LAYOUTS, type CausesLayout } from '../src/components/cramp-causes/cramp-causes.component.js';
import { LONG_CLINIC_NAME, attr, crampElementArgTypes, crampElementAttributes, headingLevelArgType, type CrampElementArgs } from './support/clinic.js';
import { narrowColumn, ownFrame } from './support/layout.js';

interface CrampCausesArgs extends CrampElementArgs {
  layout: CausesLayout;
  open: string;
  causes?: string;
  'heading-level'?: number;
  'no-actions': boolean;
}

const crampCauses = (args: CrampCausesArgs): TemplateResult => html`<cramp-causes
  layout=${attr(args.layout)}
  open=${attr(args.open)}
  causes=${attr(args.causes)}
  heading-level=${attr(args['heading-level'])}
  ?no-actions=${args['no-actions']}
  ${crampElementAttributes(args)}
>
  <h2>Electrolyte imbalance</h2>
  <p>Low levels of magnesium, potassium, calcium, or sodium affect how muscles contract and relax.</p>
  <h2>Vein disease</h2>
  <p>Heaviness, swelling, or aching in the legs can come with chronic venous insufficiency.</p>
  <h2>Nerve and musculoskeletal causes</h2>
  <p>Nerve irritation from lumbar disc degeneration or sciatica can trigger cramps.</p>
</cramp-causes>`;

const meta = {
  title: 'Elements/cramp-causes',
  component: 'cramp-causes',
  render: crampCauses,
  args: { layout: 'accordion', open: 'none', 'no-actions': false },
  argTypes: {
    layout: { control: 'inline-radio', options: [...CAUSES_LAYOUTS] },
    open: { control: 'select', options: ['none', 'all', 'electrolytes', 'veins', 'nerves', 'veins, nerves'] },
    causes: { control: 'text' },
    'heading-level': headingLevelArgType,
    'no-actions': { control: 'boolean' },
    ...crampElementArgTypes,
  },
} satisfies Meta<CrampCausesArgs>;

export default meta;
type Story = StoryObj<CrampCausesArgs>;

export const Accordion: Story = {};

export const ElectrolytesOpen: Story = { args: { open: 'electrolytes' } };

export const VeinsOpen: Story = { args: { open: 'veins' } };

export const NervesOpen: Story = { args: { open: 'nerves' } };

export const AllOpen: Story = { args: { open: 'all' } };

export const Cards: Story = { args: { layout: 'cards' } };

export const List: Story = { args: { layout: 'list' } };

/** Two causes, in another order, without the calls to action, under an h3. */
export const SomeCausesNoActions: Story = {
  args: { causes: 'veins, nerves', 'no-actions': true, open: 'veins', 'heading-level': 3 },
};

/** Each layout in the dark scheme. */
export const Dark: Story = {
  args: { theme: 'dark', open: 'veins' },
  globals: { theme: 'dark' },
  render: (args) => html`<div style="display: grid; gap: 1.5rem">
    ${crampCauses(args)} ${crampCauses({ ...args, layout: 'cards' })} ${crampCauses({ ...args, layout: 'list', causes: 'electrolytes' })}
  </div>`,
};

export const CardsInNarrowColumn: Story = {
  args: { layout: 'cards', 'clinic-name': LONG_CLINIC_NAME },
  render: (args) => narrowColumn(crampCauses(args)),
};

export const AccordionInNarrowColumn: Story = {
  args: { open: 'all' },
  render: (args) => narrowColumn(crampCauses(args)),
};

export const Spanish: Story = {
  args: { open: 'veins' },
  globals: { locale: 'es' },
  parameters: ownFrame('900px'),
};
