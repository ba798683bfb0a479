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
