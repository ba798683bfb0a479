import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { onPageSettingsChange, pageSettings } from './clinic/page-settings.js';
import { warn } from './internal/warn.js';
import { withShortIds } from './internal/short-ids.js';
// A static map, not a template-literal import(): rollup turns each entry into a chunk next to the bundle.
const loaders = {
    es: () => import('./generated/locales/es.js'),
};
const { getLocale, setLocale } = configureLocalization({
    sourceLocale,
    targetLocales,
    loadLocale: (locale) => loaders[locale]().then(withShortIds),
});
/** Maps any language tag (`es`, `es-MX`, `ES`, `fr`, ``) to a locale the widgets have. */
export function localeFor(languageTag) {
    const primary = String(languageTag ?? '').trim().toLowerCase().split(/[-_]/)[0];
    return targetLocales.includes(primary ?? '') ? primary : sourceLocale;
}
/** The widgets' language: forced by the page settings (when not empty), else the page's `<html lang>`. */
export function pageLocale() {
    return localeFor(pageSettings().locale?.trim() || document.documentElement.lang);
}
/** Switches every element to the page's language; called on load and whenever `<html lang>` changes. */
export function followPageLanguage() {
    const locale = pageLocale();
    // No early return on `locale === getLocale()`: while another language is still loading, the active
    // one is unchanged, and a quick es -> en switch must cancel the pending es. setLocale() itself does
    // nothing when the locale is already the one loading or active.
    setLocale(locale).catch(() => warn(`could not load the "${locale}" strings; showing English.`));
}
if (typeof document !== 'undefined') {
    followPageLanguage();
    // Language-switcher plugins change <html lang> after load.
    new MutationObserver(followPageLanguage).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    onPageSettingsChange(followPageLanguage);
}
export { getLocale };
