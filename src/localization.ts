import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';
import { onPageSettingsChange, pageSettings } from './clinic/page-settings.js';
import { warn } from './internal/warn.js';

export type Locale = typeof sourceLocale | (typeof targetLocales)[number];

// A static map, not a template-literal import(): rollup turns each entry into a chunk next to the bundle.
const loaders: Record<(typeof targetLocales)[number], () => Promise<Record<string, unknown>>> = {
  es: () => import('./generated/locales/es.js'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => loaders[locale as (typeof targetLocales)[number]]() as never,
});

/** Maps any language tag (`es`, `es-MX`, `ES`, `fr`, ``) to a locale the widgets have. */
export function localeFor(languageTag: string | null | undefined): Locale {
  const primary = String(languageTag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return (targetLocales as readonly string[]).includes(primary ?? '') ? (primary as Locale) : sourceLocale;
}

/** The widgets' language: forced by the page settings, else the page's `<html lang>`. */
export function pageLocale(): Locale {
  return localeFor(pageSettings().locale ?? document.documentElement.lang);
}

/** Switches every element to the page's language; called on load and whenever `<html lang>` changes. */
export function followPageLanguage(): void {
  const locale = pageLocale();
  if (locale === getLocale()) return;
  setLocale(locale).catch(() => warn(`could not load the "${locale}" strings; showing English.`));
}

if (typeof document !== 'undefined') {
  followPageLanguage();
  // Language-switcher plugins change <html lang> after load.
  new MutationObserver(followPageLanguage).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  onPageSettingsChange(followPageLanguage);
}

export { getLocale };
