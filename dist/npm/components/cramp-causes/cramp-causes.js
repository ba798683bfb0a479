import { CrampCauses } from './cramp-causes.component.js';
export * from './cramp-causes.component.js';
CrampCauses.define('cramp-causes');
