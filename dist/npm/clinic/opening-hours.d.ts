/** One opening period, in minutes from Monday 00:00 clinic time; `end` may pass the week's end. */
export interface OpeningPeriod {
    start: number;
    end: number;
}
export type OpeningHours = OpeningPeriod[];
/** Where the clinic stands at a given instant, in clinic-local terms (0 = Monday). */
export type HoursStatus = {
    open: true;
    closesDay: number;
    closesMinute: number;
} | {
    open: false;
    opensDay: number;
    opensMinute: number;
    opensInDays: number;
};
/**
 * Parses opening hours in schema.org `openingHours` text form: `Mo-Fr 08:00-17:00`,
 * `Mo,We 09:00-12:00,13:00-17:00; Sa 09:00-12:00`. Rules are separated by `;` or `,`; a rule without
 * days applies to every day; an end before its start runs past midnight (`Fr 22:00-02:00`).
 * Returns `null` (invalid) when any part of the text cannot be read: half-understood hours would show
 * a visitor a wrong "open" or "closed".
 */
export declare function parseOpeningHours(input: string | null | undefined): OpeningHours | null;
export declare function parseOpeningHoursOrWarn(input: string | null | undefined, source: string): OpeningHours | null;
/**
 * `new Intl.DateTimeFormat(locale, options)`, built once per locale and options and then reused:
 * building one costs 20-30 times more than formatting with it (0.3 ms or more on a desktop core, 4x that
 * on a phone), and every element resolves its clinic's timezone and hours on each render. Throws as the
 * constructor does.
 */
export declare function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat;
/** True when `timeZone` is an IANA name this browser knows. */
export declare function isValidTimeZone(timeZone: string): boolean;
/** Clinic-local minutes from Monday 00:00 for an instant; DST is handled by Intl. */
export declare function weekMinuteAt(instant: Date, timeZone: string): number;
/** Whether the clinic is open at `instant` and, if not, when it opens next (clinic-local day and minute). */
export declare function hoursStatus(hours: OpeningHours, instant: Date, timeZone: string): HoursStatus;
