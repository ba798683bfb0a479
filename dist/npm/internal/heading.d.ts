import { type StaticValue } from 'lit/static-html.js';
/** The heading levels an element may take so it fits the page's outline; `h1` belongs to the page. */
export declare const HEADING_LEVELS: readonly [2, 3, 4, 5, 6];
export type HeadingLevel = (typeof HEADING_LEVELS)[number];
/**
 * Reads a `heading-level` attribute (`2`-`6`, or `h2`-`h6`): anything else warns once and gives
 * `fallback`. Absent or empty means `fallback` without a warning.
 */
export declare function headingLevel(value: unknown, source: string, fallback?: HeadingLevel): HeadingLevel;
/** The level below `level`, for sub-headings; stays at 6, the deepest HTML has. */
export declare function subHeadingLevel(level: HeadingLevel): HeadingLevel;
/** The heading element for `level`, for templates written with `html` from `lit/static-html.js`. */
export declare function headingTag(level: HeadingLevel): StaticValue;
