import { VeinCta } from './vein-cta.component.js';
export * from './vein-cta.component.js';
declare global {
    interface HTMLElementTagNameMap {
        'vein-cta': VeinCta;
    }
}
