import { quote, warn } from './warn.js';

/**
 * Reads an enumerated attribute (`variant`, `layout`, `position`…): case and spaces are forgiven,
 * unknown values warn once and give the first allowed value, the default.
 */
export function oneOf<T extends string>(value: string | null | undefined, allowed: readonly T[], source: string): T {
  if (value == null) return allowed[0]!;
  const normalized = value.trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
  if (normalized !== '') warn(`${source}: ${quote(value)} is not one of ${allowed.join(', ')}; using "${allowed[0]}".`);
  return allowed[0]!;
}

/**
 * Reads a list of ids (`open="veins nerves"`): commas or spaces separate, case and spaces are
 * forgiven, duplicates count once, unknown ids warn once and are skipped. The author's order is kept.
 */
export function idList<T extends string>(value: string | null | undefined, allowed: readonly T[], source: string): T[] {
  const ids = new Set<T>();
  const unknown = new Set<string>();
  for (const word of String(value ?? '').toLowerCase().split(/[\s,]+/)) {
    if (word === '') continue;
    if ((allowed as readonly string[]).includes(word)) ids.add(word as T);
    else unknown.add(word);
  }
  if (unknown.size > 0) {
    const verb = unknown.size === 1 ? 'is' : 'are';
    warn(`${source}: ${quote([...unknown].join(', '))} ${verb} not one of ${allowed.join(', ')}; ignored.`);
  }
  return [...ids];
}

/**
 * Reads a list of ids that picks and orders a subset (`causes="veins, nerves"`), as `idList` does.
 * Absent or empty gives every allowed id; a list without one known id warns and gives them all too.
 */
export function subsetOf<T extends string>(value: string | null | undefined, allowed: readonly T[], source: string): T[] {
  if (String(value ?? '').trim() === '') return [...allowed];
  const ids = idList(value, allowed, source);
  if (ids.length > 0) return ids;
  warn(`${source}: no known id in ${quote(value)}; showing all.`);
  return [...allowed];
}
