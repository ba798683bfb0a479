import { ClinicServices } from './clinic-services.component.js';
export * from './clinic-services.component.js';
declare global {
    interface HTMLElementTagNameMap {
        'clinic-services': ClinicServices;
    }
}
