import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/vein-cta/vein-cta.js';
import { VEIN_CTA_VARIANTS, type VeinCtaVariant } from '../src/components/vein-cta/vein-cta.component.js';
import { LONG_CLINIC_NAME, attr, crampElementArgTypes, crampElementAttributes, headingLevelArgType, type CrampElementArgs } from './support/clinic.js';
import { narrowColumn, ownFrame } from './support/layout.js';

interface VeinCtaArgs extends CrampElementArgs {
  variant: VeinCtaVariant;
  headline?: string;
  'button-text'?: string;
  'heading-level'?: number;
}

const veinCta = (args: VeinCtaArgs): TemplateResult => html`<vein-cta
  variant=${attr(args.variant)}
  headline=${attr(args.headline)}
  button-text=${attr(args['button-text'])}
  heading-level=${attr(args['heading-level'])}
  ${crampElementAttributes(args)}
>
  <h2>Heavy, swollen, or aching legs with your cramps?</h2>
  <p>Vein disease is one of the most underdiagnosed causes of nighttime leg cramps, particularly in people over 40.</p>
  <p><a href="https://www.sheenveinandcosmetics.com/">Request a vein evaluation</a> | <a href="tel:+13148421441">Call 314-842-1441</a></p>
</vein-cta>`;

const meta = {
  title: 'Elements/vein-cta',
  component: 'vein-cta',
  render: veinCta,
  args: { variant: 'card' },
  argTypes: {
    variant: { control: 'inline-radio', options: [...VEIN_CTA_VARIANTS] },
    headline: { control: 'text' },
    'button-text': { control: 'text' },
    'heading-level': headingLevelArgType,
    ...crampElementArgTypes,
  },
} satisfies Meta<VeinCtaArgs>;

export default meta;
type Story = StoryObj<VeinCtaArgs>;

export const Card: Story = {};

export const Banner: Story = { args: { variant: 'banner' } };

/** A sidebar box: set in a 300px column, as in a blog's sidebar. */
export const Compact: Story = {
  args: { variant: 'compact' },
  render: (args) => html`<aside aria-label="Sidebar" style="max-width: 300px">${veinCta(args)}</aside>`,
};

/** With a booking page, the primary action goes there instead of the website. */
export const WithBookingPage: Story = {
  args: { 'booking-url': 'https://www.sheenveinandcosmetics.com/contact/' },
};

export const CustomWording: Story = {
  args: { headline: 'Legs heavy and aching by evening?', 'button-text': 'Book my vein check', 'heading-level': 3 },
};

/** Each variant in the dark scheme (the toolbar's Dark theme does the same for any story). */
export const Dark: Story = {
  args: { theme: 'dark' },
  globals: { theme: 'dark' },
  render: (args) => html`<div style="display: grid; gap: 1.5rem">
    ${veinCta({ ...args, variant: 'card' })} ${veinCta({ ...args, variant: 'banner' })}
    <div style="max-width: 300px">${veinCta({ ...args, variant: 'compact' })}</div>
  </div>`,
};

/** The layout follows the width it is given: a banner in a 320px column stacks like a card. */
export const BannerInNarrowColumn: Story = {
  args: { variant: 'banner', 'clinic-name': LONG_CLINIC_NAME },
  render: (args) => narrowColumn(veinCta(args)),
};

export const LongWordingNarrowColumn: Story = {
  args: {
    'clinic-name': LONG_CLINIC_NAME,
    headline: 'Heaviness, swelling, aching, restless legs, visible veins or night cramps that keep coming back after forty?',
    'button-text': 'Request a comprehensive venous ultrasound evaluation with our specialists',
  },
  render: (args) => narrowColumn(veinCta(args)),
};

export const Spanish: Story = {
  globals: { locale: 'es' },
  parameters: ownFrame('640px'),
};
