import { nothing, type ElementPart } from 'lit';
import { Directive, directive, PartType, type PartInfo } from 'lit/directive.js';
import type { ArgTypes } from '@storybook/web-components-vite';

/**
 * What the element stories share: the attributes every element inherits from CrampElement (the
 * clinic's details and the color scheme), their controls, one helper that sets them on the element,
 * and fixed instants so opening-hours stories never depend on the real clock. A story file lists
 * only its element's own attributes.
 */

/** `theme` of every element: its color scheme. */
export type ThemeArg = 'light' | 'dark' | 'auto';
export const THEME_OPTIONS: ThemeArg[] = ['light', 'dark', 'auto'];

/**
 * The attributes every element inherits from CrampElement; empty means "the page settings, else the
 * article's" (the clinic) or the light scheme (`theme`). In the order they are set on the element.
 */
export interface CrampElementArgs {
  theme?: ThemeArg;
  'clinic-name'?: string;
  phone?: string;
  website?: string;
  'booking-url'?: string;
  hours?: string;
  timezone?: string;
}

const CRAMP_ELEMENT_ATTRIBUTES = ['theme', 'clinic-name', 'phone', 'website', 'booking-url', 'hours', 'timezone'] as const satisfies readonly (keyof CrampElementArgs)[];

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

/**
 * Sets the inherited attributes that have a value, in CRAMP_ELEMENT_ATTRIBUTES' order, and removes the
 * others: an empty control means no attribute at all, as `attr()` does for one attribute.
 */
class CrampElementAttributes extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('crampElementAttributes() belongs inside the tag: <vein-cta ${crampElementAttributes(args)}>');
  }

  render(_args: CrampElementArgs): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [args]: [CrampElementArgs]): typeof nothing {
    for (const name of CRAMP_ELEMENT_ATTRIBUTES) {
      const value = attr(args[name]);
      if (value === nothing) part.element.removeAttribute(name);
      else if (part.element.getAttribute(name) !== value) part.element.setAttribute(name, value);
    }
    return nothing;
  }
}

/** The inherited attributes of the story's args, written inside the tag: `<vein-cta variant=… ${crampElementAttributes(args)}>`. */
export const crampElementAttributes = directive(CrampElementAttributes);

const text = { control: 'text' } as const;

/** Controls for the inherited attributes; descriptions and defaults come from custom-elements.json. */
export const crampElementArgTypes: Partial<ArgTypes<CrampElementArgs>> = {
  theme: { control: 'inline-radio', options: THEME_OPTIONS },
  'clinic-name': text,
  phone: text,
  website: text,
  'booking-url': text,
  hours: text,
  timezone: text,
};

export const headingLevelArgType = { control: 'select', options: [2, 3, 4, 5, 6] } as const;
