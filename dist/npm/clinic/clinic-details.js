import { quote, warn } from '../internal/warn.js';
import { isValidTimeZone, parseOpeningHoursOrWarn } from './opening-hours.js';
import { pageSettings } from './page-settings.js';
import { parsePhone, parsePhoneOrWarn } from './phone.js';
import { toSafeUrl } from './safe-url.js';
/** The clinic as the article names it. Booking URL and hours are not in the article: no defaults. */
export const ARTICLE_CLINIC = {
    name: 'Sheen Vein & Cosmetics',
    phone: parsePhone('314-842-1441'),
    website: 'https://www.sheenveinandcosmetics.com/',
    city: 'St. Louis',
    timeZone: 'America/Chicago',
};
const MAX_TEXT_LENGTH = 120;
function text(value, source) {
    if (value == null)
        return undefined;
    const trimmed = String(value).replace(/\s+/g, ' ').trim();
    if (trimmed === '')
        return undefined;
    if (trimmed.length > MAX_TEXT_LENGTH) {
        warn(`${source}: ${quote(value)} is longer than ${MAX_TEXT_LENGTH} characters; using the default.`);
        return undefined;
    }
    return trimmed;
}
function timeZone(value, source) {
    const name = text(value, source);
    if (name === undefined)
        return undefined;
    if (isValidTimeZone(name))
        return name;
    warn(`${source}: ${quote(value)} is not an IANA timezone (e.g. America/Chicago); using the default.`);
    return undefined;
}
/**
 * Resolves the clinic for one element. Configuration beats content: each detail comes from the first
 * valid source of the element's attribute, the page-wide settings, (for the phone) the `tel:` link of
 * the element's fallback content, and the article. Invalid values are reported once in the console
 * and skipped. A fallback link that calls another number than the configured one is reported too:
 * visitors without JavaScript would see that other number.
 */
export function resolveClinic(given = {}, fallbackPhone = null, pageGiven = pageSettings(), tag = 'cramp-widgets') {
    const el = (attribute) => `<${tag}> ${attribute}`;
    // Own properties only, in objects without a prototype (see page-settings.ts on polluted prototypes).
    const overrides = Object.assign(Object.create(null), given);
    const page = Object.assign(Object.create(null), pageGiven);
    const website = toSafeUrl(overrides.website, el('website')) ?? toSafeUrl(page.website, 'page settings "website"') ?? ARTICLE_CLINIC.website;
    const booking = toSafeUrl(overrides.bookingUrl, el('booking-url')) ?? toSafeUrl(page.bookingUrl, 'page settings "bookingUrl"');
    const attributePhone = parsePhoneOrWarn(overrides.phone, el('phone'));
    const configuredPhone = attributePhone ?? parsePhoneOrWarn(page.phone, 'page settings "phone"');
    if (configuredPhone && fallbackPhone && configuredPhone.e164 !== fallbackPhone.e164) {
        warn(`${attributePhone ? el('phone') : 'page settings "phone"'} is ${configuredPhone.display}, but the fallback link inside <${tag}> ` +
            `calls ${fallbackPhone.display}, the number visitors see without JavaScript; use the same number in both.`);
    }
    return {
        name: text(overrides.name, el('clinic-name')) ?? text(page.name, 'page settings "name"') ?? ARTICLE_CLINIC.name,
        phone: configuredPhone ?? fallbackPhone ?? ARTICLE_CLINIC.phone,
        website,
        bookingUrl: booking ?? website,
        hasBookingUrl: booking !== undefined,
        city: text(page.city, 'page settings "city"') ?? ARTICLE_CLINIC.city,
        hours: parseOpeningHoursOrWarn(overrides.hours, el('hours')) ?? parseOpeningHoursOrWarn(page.hours, 'page settings "hours"'),
        timeZone: timeZone(overrides.timezone, el('timezone')) ?? timeZone(page.timezone, 'page settings "timezone"') ?? ARTICLE_CLINIC.timeZone,
        dataLayer: page.dataLayer === true,
        dataLayerHealthData: page.dataLayer === true && page.dataLayerHealthData === true,
    };
}
