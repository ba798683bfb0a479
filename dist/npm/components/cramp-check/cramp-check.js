import { CrampCheck } from './cramp-check.component.js';
export * from './cramp-check.component.js';
CrampCheck.define('cramp-check');
