/**
 * Puts a value of the expected kind in front of each clobbered name (an own property of `window` wins
 * over the page's named elements), so Lit, ours or the page's own copy, loads as if the element were
 * not there. Returns the names repaired.
 */
export declare function repairClobberedLitGlobals(win?: Window): string[];
