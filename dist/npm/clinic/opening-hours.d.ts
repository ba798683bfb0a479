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
/** True when `timeZone` is an IANA name this browser knows. */
export declare function isValidTimeZone(timeZone: string): boolean;
/** Clinic-local minutes from Monday 00:00 for an instant; DST is handled by Intl. */
export declare function weekMinuteAt(instant: Date, timeZone: string): number;
/** Whether the clinic is open at `instant` and, if not, when it opens next (clinic-local day and minute). */
export declare function hoursStatus(hours: OpeningHours, instant: Date, timeZone: string): HoursStatus;
