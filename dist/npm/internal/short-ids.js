const HASH_ID = /^[sh][0-9a-f]{16}$/;
/**
 * The bundles store a locale module's hash-keyed strings under the first `idLength` characters of
 * their id (`s010d9`, not `s010d9d667bd05cbd`: random hex does not compress), and export `idLength`
 * (see scripts/short-message-ids.mjs). This finds a full id by that prefix, which the build made
 * unique among every message of the project. Modules without `idLength` (dist/npm, tests) are
 * returned as they are.
 */
export function withShortIds(module) {
    const { templates, idLength } = module;
    if (!templates || typeof idLength !== 'number')
        return module;
    const lookup = new Proxy(templates, {
        get: (target, id) => (typeof id !== 'string' || id in target || !HASH_ID.test(id) ? Reflect.get(target, id) : target[id.slice(0, idLength)]),
    });
    return { ...module, templates: lookup };
}
