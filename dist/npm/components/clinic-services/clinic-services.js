import { ClinicServices } from './clinic-services.component.js';
export * from './clinic-services.component.js';
ClinicServices.define('clinic-services');
