import { sourceLocale, targetLocales } from './generated/locale-codes.js';
export type Locale = typeof sourceLocale | (typeof targetLocales)[number];
declare const getLocale: (() => string) & {
    _LIT_LOCALIZE_GET_LOCALE_?: never;
};
/** Maps any language tag (`es`, `es-MX`, `ES`, `fr`, ``) to a locale the widgets have. */
export declare function localeFor(languageTag: string | null | undefined): Locale;
/** The widgets' language: forced by the page settings (when not empty), else the page's `<html lang>`. */
export declare function pageLocale(): Locale;
/** Switches every element to the page's language; called on load and whenever `<html lang>` changes. */
export declare function followPageLanguage(): void;
export { getLocale };
