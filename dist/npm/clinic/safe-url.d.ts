/**
 * Returns a URL that is safe to put in an `href`: `https:`, `http:` or relative. Anything else
 * (`javascript:`, `data:`, `vbscript:`, unparsable input) is dropped with a warning and gives
 * `undefined`, so the caller uses its fallback. The check uses the same rules as the browser's URL
 * parser, so tabs, newlines or leading spaces inside `java\tscript:` do not slip through.
 */
export declare function toSafeUrl(input: string | null | undefined, source: string): string | undefined;
/** A site name for people to read: `https://www.example.com/` -> `www.example.com`. */
export declare function displayHost(url: string): string;
