/** The library's version, compared when two copies meet on one page. Kept equal to package.json by a test. */
export const VERSION = '0.1.0';
