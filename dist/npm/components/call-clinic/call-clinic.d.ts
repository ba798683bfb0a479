import { CallClinic } from './call-clinic.component.js';
export * from './call-clinic.component.js';
declare global {
    interface HTMLElementTagNameMap {
        'call-clinic': CallClinic;
    }
}
