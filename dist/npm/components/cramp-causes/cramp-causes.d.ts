import { CrampCauses } from './cramp-causes.component.js';
export * from './cramp-causes.component.js';
declare global {
    interface HTMLElementTagNameMap {
        'cramp-causes': CrampCauses;
    }
}
