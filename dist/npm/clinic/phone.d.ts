/** A validated phone number: `e164` for `tel:` links, `display` for people to read. */
export interface PhoneNumber {
    e164: string;
    display: string;
}
/**
 * Parses a phone number as a site owner would type it. North American numbers need all ten digits
 * (a 7-digit local number cannot be dialled from a visitor's mobile in another area code); other
 * countries must start with `+` and an assigned country calling code. Letters (vanity numbers) are not accepted.
 * Returns `null` for anything else.
 */
export declare function parsePhone(input: string | null | undefined): PhoneNumber | null;
/** `tel:` URL for a validated number, e.g. `tel:+13148421441`. */
export declare function toTelHref(phone: PhoneNumber): string;
/** Reads the number out of a fallback link's `tel:` href, e.g. `tel:+1-314-842-1441`. */
export declare function phoneFromTelHref(href: string | null | undefined): PhoneNumber | null;
/** Parses with a warning: the caller falls back to the next source when this returns `null`. */
export declare function parsePhoneOrWarn(input: string | null | undefined, source: string): PhoneNumber | null;
