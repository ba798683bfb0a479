import { quote, warn } from '../internal/warn.js';
const MAX_URL_LENGTH = 2048;
const SCHEME = /^([a-z][a-z\d+.-]*):/i;
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
    let parsed;
    try {
        parsed = new URL(cleaned, 'https://relative.invalid/');
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
