import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/clinic-services/clinic-services.js';
import { attr, clinicArgTypes, headingLevelArgType, themeArgType, type ClinicArgs, type ThemeArg } from './support/clinic.js';
import { elementDocs } from './support/docs.js';

interface ClinicServicesArgs extends ClinicArgs {
  'heading-level'?: number;
  causes?: string;
  theme?: ThemeArg;
}

const clinicServices = (args: ClinicServicesArgs): TemplateResult => html`<clinic-services
  heading-level=${attr(args['heading-level'])}
  causes=${attr(args.causes)}
  theme=${attr(args.theme)}
  clinic-name=${attr(args['clinic-name'])}
  phone=${attr(args.phone)}
  website=${attr(args.website)}
  booking-url=${attr(args['booking-url'])}
  hours=${attr(args.hours)}
  timezone=${attr(args.timezone)}
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
    theme: themeArgType,
    ...clinicArgTypes,
  },
  parameters: { docs: { description: { component: elementDocs('clinic-services') } } },
} satisfies Meta<ClinicServicesArgs>;

export default meta;
type Story = StoryObj<ClinicServicesArgs>;

export const AllServices: Story = {};

/** Only the services for vein disease and nerve causes, under an h3. */
export const SomeCauses: Story = { args: { causes: 'veins, nerves', 'heading-level': 3 } };

export const Dark: Story = { args: { theme: 'dark' }, globals: { theme: 'dark' } };

export const NarrowColumn: Story = {
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #8a8a8a">${clinicServices(args)}</div>`,
};

export const Spanish: Story = {
  globals: { locale: 'es' },
  parameters: { docs: { story: { inline: false, height: '720px' } } },
};
