/**
 * cramp-widgets: every element, defined. The bundles are built from this file; npm users can import
 * it, or one element (`cramp-widgets/call-clinic.js`) to define only that one.
 */
export * from './components/call-clinic/call-clinic.js';
export * from './clinic/index.js';
export { localeFor, getLocale } from './localization.js';
export { VERSION } from './internal/version.js';
export type { CrampActionDetail } from './internal/events.js';
