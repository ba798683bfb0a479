import { nothing } from 'lit';
import type { ArgTypes } from '@storybook/web-components-vite';

/**
 * What the stories share: the clinic attributes every element has (from CrampElement), their
 * controls, and fixed instants so opening-hours stories never depend on the real clock.
 */

/** The clinic attributes every element accepts; empty means "the page settings, else the article's". */
export interface ClinicArgs {
  'clinic-name'?: string;
  phone?: string;
  website?: string;
  'booking-url'?: string;
  hours?: string;
  timezone?: string;
}

/** `color scheme` of the elements that have one. */
export type ThemeArg = 'light' | 'dark' | 'auto';
export const THEME_OPTIONS: ThemeArg[] = ['light', 'dark', 'auto'];

/** The clinic's hours in the stories that show them (schema.org form, as in docs/configuration.md). */
export const WEEKDAY_HOURS = 'Mo-Fr 08:00-17:00';
/** Monday 30 November 2026, 10:00 in Chicago: open. */
export const MONDAY_10AM_CHICAGO = '2026-11-30T16:00:00Z';
/** Monday 30 November 2026, 07:00 in Chicago: closed, opens later today. */
export const MONDAY_7AM_CHICAGO = '2026-11-30T13:00:00Z';
/** Saturday 5 December 2026, noon in Chicago: closed until Monday. */
export const SATURDAY_NOON_CHICAGO = '2026-12-05T18:00:00Z';

/** 120 characters: the longest name the elements accept (a longer one falls back to the default, with a warning). */
export const LONG_CLINIC_NAME =
  'Sheen Vein & Cosmetics — Comprehensive Vascular, Venous Insufficiency and Aesthetic Medicine Center of Greater St. Louis';

/** An attribute value, or no attribute at all when the control is empty. */
export function attr<T extends string | number>(value: T | undefined | null): T | typeof nothing {
  return value === undefined || value === null || value === '' ? nothing : value;
}

const text = { control: 'text' } as const;

/** Controls for the clinic attributes; descriptions and defaults come from custom-elements.json. */
export const clinicArgTypes: Partial<ArgTypes<ClinicArgs>> = {
  'clinic-name': text,
  phone: text,
  website: text,
  'booking-url': text,
  hours: text,
  timezone: text,
};

export const themeArgType = { control: 'inline-radio', options: THEME_OPTIONS } as const;
export const headingLevelArgType = { control: 'select', options: [2, 3, 4, 5, 6] } as const;
