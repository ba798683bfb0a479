import { CrampCheck } from './cramp-check.component.js';
export * from './cramp-check.component.js';
declare global {
    interface HTMLElementTagNameMap {
        'cramp-check': CrampCheck;
    }
}
