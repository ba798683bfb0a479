import { quote, warn } from '../internal/warn.js';

/**
 * Page-wide settings a site owner writes once for every element on the page, as JSON inside
 * `<script type="application/json" data-cramp-settings>…</script>`. A script body is the one place
 * WordPress's text filters leave alone, it needs no JavaScript from the site owner, and it may stand
 * before or after the library's script tag (settings are read again when the document finishes parsing).
 */
export interface PageSettings {
  /** Clinic name shown in buttons and accessible names. */
  name?: string;
  /** Phone number, e.g. `314-842-1441` or `+1 314 842 1441`. */
  phone?: string;
  /** The clinic's website (https, http or relative). */
  website?: string;
  /** Where "book an evaluation" goes; the website when absent. */
  bookingUrl?: string;
  /** City named in the content. */
  city?: string;
  /** Opening hours in schema.org form, e.g. `Mo-Fr 08:00-17:00`. */
  hours?: string;
  /** IANA timezone of the hours, e.g. `America/Chicago`. */
  timezone?: string;
  /** Forces the widgets' language (`en` or `es`) instead of following `<html lang>`. */
  locale?: string;
  /** When true, every widget event is also pushed to `window.dataLayer` (Google Tag Manager). */
  dataLayer?: boolean;
  /**
   * When true (and `dataLayer` is), the self-check's result pushed to `dataLayer` also names the
   * causes it inferred and whether an evaluation is advised: health data about the visitor. Off by
   * default; the result event then only says that a check was completed.
   */
  dataLayerHealthData?: boolean;
}

export const SETTINGS_SELECTOR = 'script[type="application/json"][data-cramp-settings]';

const STRING_KEYS = ['name', 'phone', 'website', 'bookingUrl', 'city', 'hours', 'timezone', 'locale'] as const;
const BOOLEAN_KEYS = ['dataLayer', 'dataLayerHealthData'] as const;
const MAX_SETTINGS_LENGTH = 20_000;

let current: PageSettings | undefined;
let currentJson = '';
const listeners = new Set<() => void>();

/**
 * Settings objects have no prototype: if another script has polluted `Object.prototype` (say with a
 * `bookingUrl`), a missing setting must read as missing, not as the polluter's phishing link.
 */
function emptySettings(): PageSettings {
  return Object.create(null) as PageSettings;
}

function readBlock(text: string): PageSettings {
  if (text.length > MAX_SETTINGS_LENGTH) {
    warn(`page settings: the settings block is longer than ${MAX_SETTINGS_LENGTH} characters and was ignored.`);
    return emptySettings();
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    warn('page settings: the data-cramp-settings block is not valid JSON and was ignored (check quotes and commas).');
    return emptySettings();
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    warn('page settings: the data-cramp-settings block must be a JSON object like {"phone": "314-842-1441"}.');
    return emptySettings();
  }
  const settings = emptySettings();
  for (const [key, value] of Object.entries(parsed)) {
    if ((STRING_KEYS as readonly string[]).includes(key)) {
      if (typeof value === 'string') settings[key as (typeof STRING_KEYS)[number]] = value;
      else warn(`page settings: "${key}" must be a string; ${quote(JSON.stringify(value))} was ignored.`);
    } else if ((BOOLEAN_KEYS as readonly string[]).includes(key)) {
      if (typeof value === 'boolean') settings[key as (typeof BOOLEAN_KEYS)[number]] = value;
      else warn(`page settings: "${key}" must be true or false.`);
    } else {
      warn(`page settings: unknown setting ${quote(key)} was ignored.`);
    }
  }
  return settings;
}

/** Reads every settings block in the document; later blocks win key by key. */
export function readPageSettings(root: ParentNode = document): PageSettings {
  const merged = emptySettings();
  for (const script of root.querySelectorAll(SETTINGS_SELECTOR)) {
    Object.assign(merged, readBlock(script.textContent ?? ''));
  }
  return merged;
}

/** The page's settings, read once and cached. */
export function pageSettings(): PageSettings {
  if (!current) {
    current = typeof document === 'undefined' ? emptySettings() : readPageSettings();
    currentJson = JSON.stringify(current);
  }
  return current;
}

/**
 * Reads the settings again and tells every element when they changed. Called by the library when the
 * document finishes parsing; call it yourself after adding or changing a settings block by script.
 */
export function refreshPageSettings(): void {
  const next = readPageSettings();
  const json = JSON.stringify(next);
  current = next;
  if (json === currentJson) return;
  currentJson = json;
  for (const listener of listeners) listener();
}

/** Subscribes to settings changes; returns the unsubscribe function. */
export function onPageSettingsChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

if (typeof document !== 'undefined' && document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', refreshPageSettings, { once: true });
}
