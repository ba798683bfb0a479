/**
 * The locale code that templates in this source code are written in.
 */
export declare const sourceLocale = "en";
/**
 * The other locale codes that this application is localized into. Sorted
 * lexicographically.
 */
export declare const targetLocales: readonly ["es"];
/**
 * All valid project locale codes. Sorted lexicographically.
 */
export declare const allLocales: readonly ["en", "es"];
