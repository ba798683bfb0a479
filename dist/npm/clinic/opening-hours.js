import { dateTimeFormat } from '../internal/date-format.js';
import { quote, warn } from '../internal/warn.js';
/** Minutes in a week; weekly times below count minutes from Monday 00:00 in the clinic's timezone. */
const WEEK = 7 * 24 * 60;
const DAY_CODES = ['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'];
const MAX_INPUT_LENGTH = 300;
const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const TIME = '\\d{1,2}:\\d{2}';
const RANGE = `${TIME}\\s*-\\s*${TIME}`;
const RULE = new RegExp(`(${DAY}(?:\\s*[-,]\\s*${DAY})*)?\\s*(${RANGE}(?:\\s*,\\s*${RANGE})*)`, 'g');
function parseTime(text) {
    const [h, m] = text.split(':').map(Number);
    if (h > 24 || m > 59 || (h === 24 && m !== 0))
        return null;
    return h * 60 + m;
}
function parseDays(spec) {
    if (!spec)
        return [0, 1, 2, 3, 4, 5, 6];
    const days = new Set();
    for (const part of spec.split(',')) {
        const [from, to] = part.split('-').map((d) => DAY_CODES.indexOf(d.trim()));
        if (from === undefined || from < 0)
            return null;
        if (to === undefined) {
            days.add(from);
            continue;
        }
        if (to < 0)
            return null;
        // Ranges may wrap the week: "Fr-Mo" is Friday to Monday.
        for (let d = from;; d = (d + 1) % 7) {
            days.add(d);
            if (d === to)
                break;
        }
    }
    return [...days];
}
/**
 * Parses opening hours in schema.org `openingHours` text form: `Mo-Fr 08:00-17:00`,
 * `Mo,We 09:00-12:00,13:00-17:00; Sa 09:00-12:00`. Rules are separated by `;` or `,`; a rule without
 * days applies to every day; an end before its start runs past midnight (`Fr 22:00-02:00`).
 * Returns `null` (invalid) when any part of the text cannot be read: half-understood hours would show
 * a visitor a wrong "open" or "closed".
 */
export function parseOpeningHours(input) {
    if (input == null)
        return null;
    const text = String(input).trim();
    if (text === '' || text.length > MAX_INPUT_LENGTH)
        return null;
    const periods = [];
    for (const match of text.matchAll(RULE)) {
        const days = parseDays(match[1]?.replace(/\s+/g, ''));
        if (!days)
            return null;
        for (const range of match[2].split(',')) {
            const [startText, endText] = range.split('-').map((t) => t.trim());
            const start = parseTime(startText);
            const end = parseTime(endText);
            if (start === null || end === null || start === end)
                return null;
            for (const day of days) {
                const base = day * 24 * 60;
                periods.push({ start: base + start, end: base + (end > start ? end : end + 24 * 60) });
            }
        }
    }
    // Everything that is not a rule must be a separator; otherwise part of the text was not understood.
    const leftover = text.replace(RULE, '').replace(/[\s,;]/g, '');
    if (periods.length === 0 || leftover !== '')
        return null;
    return periods.sort((a, b) => a.start - b.start);
}
export function parseOpeningHoursOrWarn(input, source) {
    if (input == null || String(input).trim() === '')
        return null;
    const hours = parseOpeningHours(input);
    if (!hours) {
        warn(`${source}: ${quote(input)} is not in schema.org openingHours form (e.g. "Mo-Fr 08:00-17:00"); hours are not shown.`);
    }
    return hours;
}
/** True when `timeZone` is an IANA name this browser knows. */
export function isValidTimeZone(timeZone) {
    try {
        dateTimeFormat('en-US', { timeZone });
        return true;
    }
    catch {
        return false;
    }
}
/** Clinic-local minutes from Monday 00:00 for an instant; DST is handled by Intl. */
export function weekMinuteAt(instant, timeZone) {
    const parts = dateTimeFormat('en-US', {
        timeZone,
        weekday: 'short',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
    }).formatToParts(instant);
    const get = (type) => parts.find((p) => p.type === type)?.value ?? '';
    const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday'));
    return day * 24 * 60 + (Number(get('hour')) % 24) * 60 + Number(get('minute'));
}
/** Whether the clinic is open at `instant` and, if not, when it opens next (clinic-local day and minute). */
export function hoursStatus(hours, instant, timeZone) {
    const now = weekMinuteAt(instant, timeZone);
    for (const { start, end } of hours) {
        // A period that runs past Sunday midnight also covers the start of the week.
        if ((now >= start && now < end) || (now + WEEK >= start && now + WEEK < end)) {
            const close = end % WEEK;
            return { open: true, closesDay: Math.floor(close / 1440), closesMinute: close % 1440 };
        }
    }
    let best = Infinity;
    for (const { start } of hours) {
        const wait = (start - now + WEEK) % WEEK;
        if (wait > 0 && wait < best)
            best = wait;
    }
    const opens = (now + best) % WEEK;
    const opensDay = Math.floor(opens / 1440);
    // Day boundaries crossed until opening: 0 today, 1 tomorrow, 7 the same weekday next week.
    const opensInDays = Math.floor(((now % 1440) + best) / 1440);
    return { open: false, opensDay, opensMinute: opens % 1440, opensInDays };
}
