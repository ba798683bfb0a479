import { quote, warn } from './warn.js';
/**
 * Reads an enumerated attribute (`variant`, `layout`, `position`…): case and spaces are forgiven,
 * unknown values warn once and give the first allowed value, the default.
 */
export function oneOf(value, allowed, source) {
    if (value == null)
        return allowed[0];
    const normalized = value.trim().toLowerCase();
    if (allowed.includes(normalized))
        return normalized;
    if (normalized !== '')
        warn(`${source}: ${quote(value)} is not one of ${allowed.join(', ')}; using "${allowed[0]}".`);
    return allowed[0];
}
function parseIds(value, allowed) {
    const ids = new Set();
    const unknown = new Set();
    for (const word of String(value ?? '').toLowerCase().split(/[\s,]+/)) {
        if (word === '')
            continue;
        if (allowed.includes(word))
            ids.add(word);
        else
            unknown.add(word);
    }
    return { ids: [...ids], unknown: [...unknown] };
}
function warnUnknown(unknown, allowed, source, outcome) {
    const verb = unknown.length === 1 ? 'is' : 'are';
    warn(`${source}: ${quote(unknown.join(', '))} ${verb} not one of ${allowed.join(', ')}; ${outcome}.`);
}
/**
 * Reads a list of ids (`open="veins nerves"`): commas or spaces separate, case and spaces are
 * forgiven, duplicates count once, unknown ids warn once and are skipped. The author's order is kept.
 */
export function idList(value, allowed, source) {
    const { ids, unknown } = parseIds(value, allowed);
    if (unknown.length > 0)
        warnUnknown(unknown, allowed, source, 'ignored');
    return ids;
}
/**
 * Reads a list of ids that picks and orders a subset (`causes="veins, nerves"`), as `idList` does.
 * Absent or empty gives every allowed id; so does a list without one known id (one warning says so),
 * since showing nothing would lose the content.
 */
export function subsetOf(value, allowed, source) {
    const { ids, unknown } = parseIds(value, allowed);
    if (unknown.length > 0)
        warnUnknown(unknown, allowed, source, ids.length > 0 ? 'ignored' : 'showing all');
    return ids.length > 0 ? ids : [...allowed];
}
