import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/components/call-clinic/call-clinic.js';
import { CALL_VARIANTS, FLOATING_POSITIONS, type CallVariant, type FloatingPosition } from '../src/components/call-clinic/call-clinic.component.js';
import {
  LONG_CLINIC_NAME,
  MONDAY_10AM_CHICAGO,
  MONDAY_7AM_CHICAGO,
  SATURDAY_NOON_CHICAGO,
  WEEKDAY_HOURS,
  attr,
  clinicArgTypes,
  themeArgType,
  type ClinicArgs,
  type ThemeArg,
} from './support/clinic.js';
import { elementDocs } from './support/docs.js';

interface CallClinicArgs extends ClinicArgs {
  variant: CallVariant;
  position: FloatingPosition;
  'mobile-only': boolean;
  'show-website': boolean;
  label?: string;
  now?: string;
  theme?: ThemeArg;
}

const callClinic = (args: CallClinicArgs): TemplateResult => html`<call-clinic
  variant=${attr(args.variant)}
  position=${attr(args.position)}
  ?mobile-only=${args['mobile-only']}
  ?show-website=${args['show-website']}
  label=${attr(args.label)}
  now=${attr(args.now)}
  theme=${attr(args.theme)}
  clinic-name=${attr(args['clinic-name'])}
  phone=${attr(args.phone)}
  website=${attr(args.website)}
  booking-url=${attr(args['booking-url'])}
  hours=${attr(args.hours)}
  timezone=${attr(args.timezone)}
  ><a href="tel:+13148421441">Call 314-842-1441</a></call-clinic
>`;

/** A fixed-position story gets its own frame on the docs page, or every one would float over the docs. */
const ownFrame = { docs: { story: { inline: false, height: '180px' } } };

const meta = {
  title: 'Elements/call-clinic',
  component: 'call-clinic',
  render: callClinic,
  args: { variant: 'button', position: 'right', 'mobile-only': false, 'show-website': false },
  argTypes: {
    variant: { control: 'inline-radio', options: [...CALL_VARIANTS] },
    position: { control: 'inline-radio', options: [...FLOATING_POSITIONS], if: { arg: 'variant', eq: 'floating' } },
    'mobile-only': { control: 'boolean' },
    'show-website': { control: 'boolean' },
    label: { control: 'text' },
    now: { control: 'text' },
    theme: themeArgType,
    ...clinicArgTypes,
  },
  parameters: { docs: { description: { component: elementDocs('call-clinic') } } },
} satisfies Meta<CallClinicArgs>;

export default meta;
type Story = StoryObj<CallClinicArgs>;

export const Button: Story = {};

export const Link: Story = {
  args: { variant: 'link' },
  render: (args) => html`<p>Questions about your legs? ${callClinic(args)} and ask our team.</p>`,
};

export const Bar: Story = { args: { variant: 'bar' } };

export const FloatingRight: Story = { args: { variant: 'floating', position: 'right' }, parameters: ownFrame };

export const FloatingLeft: Story = { args: { variant: 'floating', position: 'left' }, parameters: ownFrame };

export const FloatingCenter: Story = { args: { variant: 'floating', position: 'center' }, parameters: ownFrame };

/** Hidden on screens 48em (768px) and wider: pick a phone in the viewport toolbar to see it. */
export const FloatingMobileOnly: Story = {
  args: { variant: 'floating', 'mobile-only': true, hours: WEEKDAY_HOURS, now: MONDAY_10AM_CHICAGO },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: ownFrame,
  render: (args) => html`<p>On a phone the call button floats at the bottom; on wider screens it is hidden.</p>
    ${callClinic(args)}`,
};

/** Monday 10:00 in Chicago (the `now` attribute fixes the clock). */
export const OpenNow: Story = { args: { hours: WEEKDAY_HOURS, now: MONDAY_10AM_CHICAGO } };

/** Monday 07:00 in Chicago: closed, opens later today; the website is offered beside the call. */
export const ClosedOpensToday: Story = { args: { hours: WEEKDAY_HOURS, now: MONDAY_7AM_CHICAGO } };

/** Saturday noon in Chicago: closed until Monday. */
export const ClosedWeekend: Story = { args: { hours: WEEKDAY_HOURS, now: SATURDAY_NOON_CHICAGO } };

/** Closed, with a booking page: "Request an appointment online" instead of the website. */
export const ClosedWithBookingPage: Story = {
  args: { hours: WEEKDAY_HOURS, now: SATURDAY_NOON_CHICAGO, 'booking-url': 'https://www.sheenveinandcosmetics.com/contact/' },
};

export const FloatingWithHours: Story = {
  args: { variant: 'floating', hours: WEEKDAY_HOURS, now: SATURDAY_NOON_CHICAGO },
  parameters: { docs: { story: { inline: false, height: '220px' } } },
};

export const WithWebsiteLink: Story = { args: { 'show-website': true } };

export const CustomLabel: Story = { args: { label: 'Talk to a vein specialist' } };

/** The longest clinic name accepted, another number, a long label, closed hours: in a 320px column. */
export const LongNameNarrowColumn: Story = {
  args: {
    'clinic-name': LONG_CLINIC_NAME,
    phone: '(636) 555-0142',
    label: 'Call our vein and vascular specialists today to book your consultation',
    'show-website': true,
    hours: WEEKDAY_HOURS,
    now: SATURDAY_NOON_CHICAGO,
  },
  render: (args) => html`<div style="width: 320px; outline: 1px dashed #8a8a8a">${callClinic(args)}</div>`,
};

/** Button, link, bar and floating button in the dark scheme, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark', hours: WEEKDAY_HOURS, now: SATURDAY_NOON_CHICAGO },
  globals: { theme: 'dark' },
  parameters: { docs: { story: { inline: false, height: '420px' } } },
  render: (args) => html`<div style="display: grid; gap: 1rem">
    ${callClinic(args)}
    <p>Questions about your legs? ${callClinic({ ...args, variant: 'link', hours: undefined })} and ask our team.</p>
    ${callClinic({ ...args, variant: 'bar', hours: undefined })} ${callClinic({ ...args, variant: 'floating' })}
  </div>`,
};

export const Spanish: Story = {
  args: { hours: WEEKDAY_HOURS, now: SATURDAY_NOON_CHICAGO, 'show-website': true },
  globals: { locale: 'es' },
  parameters: { docs: { story: { inline: false, height: '160px' } } },
};
