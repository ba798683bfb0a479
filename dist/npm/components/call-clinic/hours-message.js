import { msg, str } from '@lit/localize';
import { dateTimeFormat } from '../../internal/date-format.js';
// 1 January 2024 was a Monday: day 0 of the clinic's week.
const MONDAY = Date.UTC(2024, 0, 1);
// The clinic's visitors read US conventions in either language: "5:00 PM", "5:00 p.m.".
const intlLocale = (locale) => `${locale}-US`;
/** "8:00 AM", "8:00 a. m.": never split across lines, so every space in it is a no-break space. */
function clockTime(minuteOfDay, locale) {
    return dateTimeFormat(intlLocale(locale), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' })
        .format(MONDAY + minuteOfDay * 60_000)
        .replace(/\s/g, '\u00a0');
}
function weekday(day, locale) {
    return dateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' }).format(MONDAY + day * 86_400_000);
}
/**
 * "at 5:00 PM", in the active language. One o'clock has its own message (the same in English) so a
 * language whose "at" agrees with the hour can say it: Spanish "a las 5:00 p.m." but "a la 1:00 p.m.".
 */
function atTime(minuteOfDay, locale) {
    const time = clockTime(minuteOfDay, locale);
    return Math.floor(minuteOfDay / 60) % 12 === 1 ? msg(str `at ${time}`, { id: 'hours.atOne' }) : msg(str `at ${time}`, { id: 'hours.at' });
}
/** "Open now, closes at 5:00 PM" / "Closed now, opens Monday at 8:00 AM", in the active language. */
export function hoursMessage(status, locale) {
    if (status.open) {
        const at = atTime(status.closesMinute, locale);
        return msg(str `Open now, closes ${at}`, { id: 'hours.open' });
    }
    const at = atTime(status.opensMinute, locale);
    if (status.opensInDays === 0)
        return msg(str `Closed now, opens today ${at}`, { id: 'hours.opensToday' });
    if (status.opensInDays === 1)
        return msg(str `Closed now, opens tomorrow ${at}`, { id: 'hours.opensTomorrow' });
    const day = weekday(status.opensDay, locale);
    return msg(str `Closed now, opens ${day} ${at}`, { id: 'hours.opensOn' });
}
