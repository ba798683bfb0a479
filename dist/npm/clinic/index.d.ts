export { ARTICLE_CLINIC, resolveClinic, type ClinicDetails, type ClinicOverrides } from './clinic-details.js';
export { parsePhone, toTelHref, phoneFromTelHref, type PhoneNumber } from './phone.js';
export { toSafeUrl, displayHost } from './safe-url.js';
export { parseOpeningHours, hoursStatus, weekMinuteAt, type OpeningHours, type HoursStatus } from './opening-hours.js';
export { pageSettings, readPageSettings, refreshPageSettings, type PageSettings } from './page-settings.js';
