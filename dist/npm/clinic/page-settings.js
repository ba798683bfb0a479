import { quote, warn } from '../internal/warn.js';
export const SETTINGS_SELECTOR = 'script[type="application/json"][data-cramp-settings]';
const STRING_KEYS = ['name', 'phone', 'website', 'bookingUrl', 'city', 'hours', 'timezone', 'locale'];
const BOOLEAN_KEYS = ['dataLayer', 'dataLayerHealthData'];
const MAX_SETTINGS_LENGTH = 20_000;
let current;
let currentJson = '';
const listeners = new Set();
/**
 * Settings objects have no prototype: if another script has polluted `Object.prototype` (say with a
 * `bookingUrl`), a missing setting must read as missing, not as the polluter's phishing link.
 */
function emptySettings() {
    return Object.create(null);
}
function readBlock(text) {
    if (text.length > MAX_SETTINGS_LENGTH) {
        warn(`page settings: the settings block is longer than ${MAX_SETTINGS_LENGTH} characters and was ignored.`);
        return emptySettings();
    }
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        warn('page settings: the data-cramp-settings block is not valid JSON and was ignored (check quotes and commas).');
        return emptySettings();
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        warn('page settings: the data-cramp-settings block must be a JSON object like {"phone": "314-842-1441"}.');
        return emptySettings();
    }
    const settings = emptySettings();
    for (const [key, value] of Object.entries(parsed)) {
        if (STRING_KEYS.includes(key)) {
            if (typeof value === 'string')
                settings[key] = value;
            else
                warn(`page settings: "${key}" must be a string; ${quote(JSON.stringify(value))} was ignored.`);
        }
        else if (BOOLEAN_KEYS.includes(key)) {
            if (typeof value === 'boolean')
                settings[key] = value;
            else
                warn(`page settings: "${key}" must be true or false.`);
        }
        else {
            warn(`page settings: unknown setting ${quote(key)} was ignored.`);
        }
    }
    return settings;
}
/** Reads every settings block in the document; later blocks win key by key. */
export function readPageSettings(root = document) {
    const merged = emptySettings();
    for (const script of root.querySelectorAll(SETTINGS_SELECTOR)) {
        Object.assign(merged, readBlock(script.textContent ?? ''));
    }
    return merged;
}
/** The page's settings, read once and cached. */
export function pageSettings() {
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
export function refreshPageSettings() {
    const next = readPageSettings();
    const json = JSON.stringify(next);
    current = next;
    if (json === currentJson)
        return;
    currentJson = json;
    for (const listener of listeners)
        listener();
}
/** Subscribes to settings changes; returns the unsubscribe function. */
export function onPageSettingsChange(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
}
if (typeof document !== 'undefined' && document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', refreshPageSettings, { once: true });
}
