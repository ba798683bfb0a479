import { type HoursStatus } from '../../clinic/opening-hours.js';
/** "Open now, closes at 5:00 PM" / "Closed now, opens Monday at 8:00 AM", in the active language. */
export declare function hoursMessage(status: HoursStatus, locale: string): string;
