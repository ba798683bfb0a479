type VersionedElement = CustomElementConstructor & {
    version?: string;
};
/**
 * Registers a custom element without ever throwing. The same library is often on a page twice (a
 * plugin plus a pasted tag, the module and the classic bundle): the first definition wins, the same
 * version stays silent, and another version is reported once per page, naming both versions. A tag
 * taken by another script's element is reported once per tag.
 */
export declare function defineElement(tag: string, element: VersionedElement): void;
export {};
