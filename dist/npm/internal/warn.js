/**
 * The one way the library reports bad configuration: a prefixed console warning, never an exception.
 * Identical messages are reported once per page so a list of 500 elements does not flood the console.
 */
const reported = new Set();
export function warn(message) {
    if (reported.has(message))
        return;
    reported.add(message);
    console.warn(`[cramp-widgets] ${message}`);
}
/** Shortens untrusted input for a warning message (a 10 KB attribute must not become a 10 KB warning). */
export function quote(value) {
    const text = String(value);
    return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
/** Forgets which warnings were shown, so tests can see each one again. Internal. */
export function forgetWarnings() {
    reported.clear();
}
