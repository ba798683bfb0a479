/**
 * cramp-widgets: every element, defined. The bundles are built from this file; npm users can import
 * it, or one element (`cramp-widgets/call-clinic.js`) to define only that one.
 */
export * from './components/call-clinic/call-clinic.js';
export * from './components/cramp-causes/cramp-causes.js';
export * from './components/vein-cta/vein-cta.js';
export * from './components/clinic-services/clinic-services.js';
export * from './components/cramp-article/cramp-article.js';
export * from './components/cramp-check/cramp-check.js';
export * from './clinic/index.js';
export { CAUSE_IDS, type CauseId } from './content/article.js';
export { localeFor, getLocale } from './localization.js';
export { VERSION } from './internal/version.js';
export type { CrampActionDetail } from './element/events.js';
