export declare function warn(message: string): void;
/** Shortens untrusted input for a warning message (a 10 KB attribute must not become a 10 KB warning). */
export declare function quote(value: unknown): string;
/** Forgets which warnings were shown, so tests can see each one again. Internal. */
export declare function forgetWarnings(): void;
