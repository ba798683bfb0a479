/** The library's version, compared when two copies meet on one page. Written by `npm version` (scripts/version.mjs) from package.json; a test checks the two agree. */
export declare const VERSION = "0.2.0";
