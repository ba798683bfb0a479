// A classic script: no exports; its API is window.CrampWidgets.
export type { CrampWidgetsGlobal } from './npm/bundle.js';
