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
export declare const SETTINGS_SELECTOR = "script[type=\"application/json\"][data-cramp-settings]";
/** Reads every settings block in the document; later blocks win key by key. */
export declare function readPageSettings(root?: ParentNode): PageSettings;
/** The page's settings, read once and cached. */
export declare function pageSettings(): PageSettings;
/**
 * Reads the settings again and tells every element when they changed. Called by the library when the
 * document finishes parsing; call it yourself after adding or changing a settings block by script.
 */
export declare function refreshPageSettings(): void;
/** Subscribes to settings changes; returns the unsubscribe function. */
export declare function onPageSettingsChange(listener: () => void): () => void;
