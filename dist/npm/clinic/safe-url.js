import { quote, warn } from '../internal/warn.js';
const MAX_URL_LENGTH = 2048;
const SCHEME = /^([a-z][a-z\d+.-]*):/i;
/** True when the text holds half of a UTF-16 surrogate pair (`String.prototype.isWellFormed` is too recent). */
function hasLoneSurrogate(text) {
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0xd800 && code <= 0xdbff) {
            const next = text.charCodeAt(i + 1);
            if (!(next >= 0xdc00 && next <= 0xdfff))
                return true;
            i++;
        }
        else if (code >= 0xdc00 && code <= 0xdfff) {
            return true;
        }
    }
    return false;
}
/**
 * Returns a URL that is safe to put in an `href`: `https:`, `http:` or relative. Anything else
 * (`javascript:`, `data:`, `vbscript:`, unparsable input) is dropped with a warning and gives
 * `undefined`, so the caller uses its fallback. The check uses the same rules as the browser's URL
 * parser, so tabs, newlines or leading spaces inside `java\tscript:` do not slip through.
 */
export function toSafeUrl(input, source) {
    if (input == null)
        return undefined;
    // The URL parser strips leading/trailing C0 controls and spaces and removes tabs and newlines.
    const cleaned = String(input).replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');
    if (cleaned === '')
        return undefined;
    if (cleaned.length > MAX_URL_LENGTH) {
        warn(`${source}: the URL is longer than ${MAX_URL_LENGTH} characters and was ignored.`);
        return undefined;
    }
    // The article writes the website as `www.…`; a site owner copying that means the site, not a relative path.
    if (/^www\./i.test(cleaned))
        return toSafeUrl(`https://${cleaned}`, source);
    const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
    if (scheme !== undefined && scheme !== 'https' && scheme !== 'http') {
        warn(`${source}: ${quote(input)} was ignored; only https:, http: and relative URLs are allowed.`);
        return undefined;
    }
    // A lone UTF-16 surrogate cannot be encoded into a URL: the browser would keep an href it cannot follow.
    if (hasLoneSurrogate(cleaned)) {
        warn(`${source}: ${quote(input)} contains a broken character and was ignored.`);
        return undefined;
    }
    let parsed;
    try {
        // With a scheme the URL must stand on its own: against a base, `https:evil.example` would be read
        // as a path on the base's host (a dead link here, a link to the host page's own path in the browser).
        parsed = scheme === undefined ? new URL(cleaned, 'https://relative.invalid/') : new URL(cleaned);
    }
    catch {
        warn(`${source}: ${quote(input)} is not a valid URL and was ignored.`);
        return undefined;
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
        warn(`${source}: ${quote(input)} was ignored; only https:, http: and relative URLs are allowed.`);
        return undefined;
    }
    return scheme === undefined ? cleaned : parsed.href;
}
/** A site name for people to read: `https://www.example.com/` -> `www.example.com`. */
export function displayHost(url) {
    try {
        const parsed = new URL(url, 'https://relative.invalid/');
        return parsed.hostname === 'relative.invalid' ? url : parsed.hostname;
    }
    catch {
        return url;
    }
}
