/**
 * Reads an enumerated attribute (`variant`, `layout`, `position`…): case and spaces are forgiven,
 * unknown values warn once and give the first allowed value, the default.
 */
export declare function oneOf<T extends string>(value: string | null | undefined, allowed: readonly T[], source: string): T;
/**
 * Reads a list of ids (`open="veins nerves"`): commas or spaces separate, case and spaces are
 * forgiven, duplicates count once, unknown ids warn once and are skipped. The author's order is kept.
 */
export declare function idList<T extends string>(value: string | null | undefined, allowed: readonly T[], source: string): T[];
/**
 * Reads a list of ids that picks and orders a subset (`causes="veins, nerves"`), as `idList` does.
 * Absent or empty gives every allowed id; so does a list without one known id (one warning says so),
 * since showing nothing would lose the content.
 */
export declare function subsetOf<T extends string>(value: string | null | undefined, allowed: readonly T[], source: string): T[];
