import { literal } from 'lit/static-html.js';
import { quote, warn } from './warn.js';
/** The heading levels an element may take so it fits the page's outline; `h1` belongs to the page. */
export const HEADING_LEVELS = [2, 3, 4, 5, 6];
const TAGS = {
    2: literal `h2`,
    3: literal `h3`,
    4: literal `h4`,
    5: literal `h5`,
    6: literal `h6`,
};
/**
 * Reads a `heading-level` attribute (`2`-`6`, or `h2`-`h6`): anything else warns once and gives
 * `fallback`. Absent or empty means `fallback` without a warning.
 */
export function headingLevel(value, source, fallback = 2) {
    if (value == null)
        return fallback;
    const text = String(value).trim().toLowerCase().replace(/^h/, '');
    if (text === '')
        return fallback;
    const level = Number(text);
    if (HEADING_LEVELS.includes(level))
        return level;
    warn(`${source}: ${quote(value)} is not a heading level from 2 to 6; using ${fallback}.`);
    return fallback;
}
/** The level below `level`, for sub-headings; stays at 6, the deepest HTML has. */
export function subHeadingLevel(level) {
    return Math.min(level + 1, 6);
}
/** The heading element for `level`, for templates written with `html` from `lit/static-html.js`. */
export function headingTag(level) {
    return TAGS[level];
}
