/**
 * The bundles store a locale module's hash-keyed strings under the first `idLength` characters of
 * their id (`s010d9`, not `s010d9d667bd05cbd`: random hex does not compress), and export `idLength`
 * (see scripts/short-message-ids.mjs). This finds a full id by that prefix, which the build made
 * unique among every message of the project. Modules without `idLength` (dist/npm, tests) are
 * returned as they are.
 */
export declare function withShortIds(module: Record<string, unknown>): Record<string, unknown>;
