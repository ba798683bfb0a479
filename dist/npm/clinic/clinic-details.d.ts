import { type OpeningHours } from './opening-hours.js';
import { type PageSettings } from './page-settings.js';
import { type PhoneNumber } from './phone.js';
/** Everything the widgets say about the clinic, validated and ready to render. */
export interface ClinicDetails {
    name: string;
    phone: PhoneNumber;
    website: string;
    /** Where "book an evaluation" goes: the booking URL when configured, else the website. */
    bookingUrl: string;
    /** True when `bookingUrl` is a real booking page rather than the website. */
    hasBookingUrl: boolean;
    city: string;
    /** `null` when no hours are configured: the article gives none. */
    hours: OpeningHours | null;
    timeZone: string;
    /** Push widget events to `window.dataLayer` (the site owner's opt-in). */
    dataLayer: boolean;
    /** Also push the self-check's inferred causes and advice (a second, explicit opt-in). */
    dataLayerHealthData: boolean;
}
/** Per-element overrides, as strings straight from attributes. */
export type ClinicOverrides = Partial<Record<'name' | 'phone' | 'website' | 'bookingUrl' | 'hours' | 'timezone', string | null>>;
/** The clinic as the article names it. Booking URL and hours are not in the article: no defaults. */
export declare const ARTICLE_CLINIC: {
    readonly name: "Sheen Vein & Cosmetics";
    readonly phone: PhoneNumber;
    readonly website: "https://www.sheenveinandcosmetics.com/";
    readonly city: "St. Louis";
    readonly timeZone: "America/Chicago";
};
/**
 * Resolves the clinic for one element. Configuration beats content: each detail comes from the first
 * valid source of the element's attribute, the page-wide settings, (for the phone) the `tel:` link of
 * the element's fallback content, and the article. Invalid values are reported once in the console
 * and skipped. A fallback link that calls another number than the configured one is reported too:
 * visitors without JavaScript would see that other number.
 */
export declare function resolveClinic(given?: ClinicOverrides, fallbackPhone?: PhoneNumber | null, pageGiven?: PageSettings, tag?: string): ClinicDetails;
