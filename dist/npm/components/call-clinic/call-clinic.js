import { CallClinic } from './call-clinic.component.js';
export * from './call-clinic.component.js';
CallClinic.define('call-clinic');
