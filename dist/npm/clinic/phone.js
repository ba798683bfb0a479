import { quote, warn } from '../internal/warn.js';
import { hasCountryCallingCode } from './country-codes.js';
// Longer than any real number with formatting; stops 10 KB attributes before any regex runs on them.
const MAX_INPUT_LENGTH = 40;
/**
 * Parses a phone number as a site owner would type it. North American numbers need all ten digits
 * (a 7-digit local number cannot be dialled from a visitor's mobile in another area code); other
 * countries must start with `+` and an assigned country calling code. Letters (vanity numbers) are not accepted.
 * Returns `null` for anything else.
 */
export function parsePhone(input) {
    if (input == null)
        return null;
    const raw = String(input).trim();
    if (raw === '' || raw.length > MAX_INPUT_LENGTH)
        return null;
    if (!/^\+?[\d\s().\-/]+$/.test(raw))
        return null;
    const digits = raw.replace(/\D/g, '');
    const international = raw.startsWith('+');
    if (!international || digits.startsWith('1')) {
        const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
        // NANP: area code and exchange both start with 2-9, and neither is an N11 service code (211-911).
        if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(national) || /^\d11|^\d{4}11/.test(national))
            return null;
        return {
            e164: `+1${national}`,
            display: `${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`,
        };
    }
    // E.164 allows at most 15 digits; 8 is the shortest in use with a country code.
    if (digits.length < 8 || digits.length > 15 || !hasCountryCallingCode(digits))
        return null;
    return { e164: `+${digits}`, display: raw.replace(/\s+/g, ' ') };
}
/** `tel:` URL for a validated number, e.g. `tel:+13148421441`. */
export function toTelHref(phone) {
    return `tel:${phone.e164}`;
}
/** Reads the number out of a fallback link's `tel:` href, e.g. `tel:+1-314-842-1441`. */
export function phoneFromTelHref(href) {
    if (!href)
        return null;
    const match = /^\s*tel:(.*)$/i.exec(href);
    if (!match)
        return null;
    let number = match[1];
    try {
        number = decodeURIComponent(number);
    }
    catch {
        return null;
    }
    return parsePhone(number.split(';')[0]);
}
/** Parses with a warning: the caller falls back to the next source when this returns `null`. */
export function parsePhoneOrWarn(input, source) {
    if (input == null || String(input).trim() === '')
        return null;
    const phone = parsePhone(input);
    if (!phone) {
        warn(`${source}: ${quote(input)} is not a dialable phone number (use 10 digits, e.g. 314-842-1441, or +country code); using the default.`);
    }
    return phone;
}
