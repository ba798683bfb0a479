import { VeinCta } from './vein-cta.component.js';
export * from './vein-cta.component.js';
VeinCta.define('vein-cta');
