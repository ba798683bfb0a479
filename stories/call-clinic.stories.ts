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
  crampElementArgTypes,
  crampElementAttributes,
  type CrampElementArgs,
} from './support/clinic.js';
import { narrowColumn, ownFrame } from './support/layout.js';

interface CallClinicArgs extends CrampElementArgs {
  variant: CallVariant;
  position: FloatingPosition;
  'mobile-only': boolean;
  'show-website': boolean;
  label?: string;
  now?: string;
}

const callClinic = (args: CallClinicArgs): TemplateResult => html`<call-clinic
  variant=${attr(args.variant)}
  position=${attr(args.position)}
  ?mobile-only=${args['mobile-only']}
  ?show-website=${args['show-website']}
  label=${attr(args.label)}
  now=${attr(args.now)}
  ${crampElementAttributes(args)}
  ><a href="tel:+13148421441">Call 314-842-1441</a></call-clinic
>`;

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
    ...crampElementArgTypes,
  },
} satisfies Meta<CallClinicArgs>;

export default meta;
type Story = StoryObj<CallClinicArgs>;

export const Button: Story = {};

export const Link: Story = {
  args: { variant: 'link' },
  render: (args) => html`<p>Questions about your legs? ${callClinic(args)} and ask our team.</p>`,
};

export const Bar: Story = { args: { variant: 'bar' } };

export const FloatingRight: Story = { args: { variant: 'floating', position: 'right' }, parameters: ownFrame('180px') };

export const FloatingLeft: Story = { args: { variant: 'floating', position: 'left' }, parameters: ownFrame('180px') };

export const FloatingCenter: Story = { args: { variant: 'floating', position: 'center' }, parameters: ownFrame('180px') };

/** Hidden on screens 48em (768px) and wider: pick a phone in the viewport toolbar to see it. */
export const FloatingMobileOnly: Story = {
  args: { variant: 'floating', 'mobile-only': true, hours: WEEKDAY_HOURS, now: MONDAY_10AM_CHICAGO },
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  parameters: ownFrame('180px'),
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
  parameters: ownFrame('220px'),
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
  render: (args) => narrowColumn(callClinic(args)),
};

/** Button, link, bar and floating button in the dark scheme, on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark', hours: WEEKDAY_HOURS, now: SATURDAY_NOON_CHICAGO },
  globals: { theme: 'dark' },
  parameters: ownFrame('420px'),
  render: (args) => html`<div style="display: grid; gap: 1rem">
    ${callClinic(args)}
    <p>Questions about your legs? ${callClinic({ ...args, variant: 'link', hours: undefined })} and ask our team.</p>
    ${callClinic({ ...args, variant: 'bar', hours: undefined })} ${callClinic({ ...args, variant: 'floating' })}
  </div>`,
};

export const Spanish: Story = {
  args: { hours: WEEKDAY_HOURS, now: SATURDAY_NOON_CHICAGO, 'show-website': true },
  globals: { locale: 'es' },
  parameters: ownFrame('160px'),
};
