import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/clinic-services/clinic-services.js';
import { attr, crampElementArgTypes, crampElementAttributes, headingLevelArgType, type CrampElementArgs } from './support/clinic.js';
import { narrowColumn, ownFrame } from './support/layout.js';

interface ClinicServicesArgs extends CrampElementArgs {
  'heading-level'?: number;
  causes?: string;
}

const clinicServices = (args: ClinicServicesArgs): TemplateResult => html`<clinic-services
  heading-level=${attr(args['heading-level'])}
  causes=${attr(args.causes)}
  ${crampElementAttributes(args)}
>
  <h2>How we help</h2>
  <ul>
    <li>Vascular ultrasound to evaluate venous insufficiency</li>
    <li>Minimally invasive vein treatments</li>
    <li>Posture, gait, and functional movement assessment</li>
  </ul>
</clinic-services>`;

const meta = {
  title: 'Elements/clinic-services',
  component: 'clinic-services',
  render: clinicServices,
  argTypes: {
    'heading-level': headingLevelArgType,
    causes: { control: 'text' },
    ...crampElementArgTypes,
  },
} satisfies Meta<ClinicServicesArgs>;

export default meta;
type Story = StoryObj<ClinicServicesArgs>;

export const AllServices: Story = {};

/** Only the services for vein disease and nerve causes, under an h3. */
export const SomeCauses: Story = { args: { causes: 'veins, nerves', 'heading-level': 3 } };

export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

export const NarrowColumn: Story = {
  render: (args) => narrowColumn(clinicServices(args)),
};

export const Spanish: Story = {
  globals: { locale: 'es' },
  parameters: ownFrame('720px'),
};
