/**
 * `new Intl.DateTimeFormat(locale, options)`, built once per locale and options and then reused:
 * building one costs 20-30 times more than formatting with it (0.3 ms or more on a desktop core, 4x that
 * on a phone), and every element resolves its clinic's timezone and hours on each render. Throws as the
 * constructor does.
 */
export declare function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat;
