export { ARTICLE_CLINIC, resolveClinic } from './clinic-details.js';
export { parsePhone, toTelHref, phoneFromTelHref } from './phone.js';
export { toSafeUrl, displayHost } from './safe-url.js';
export { parseOpeningHours, hoursStatus, weekMinuteAt } from './opening-hours.js';
export { pageSettings, readPageSettings, refreshPageSettings } from './page-settings.js';
