/**
 * The classic-script bundle (dist/cramp-widgets.iife.js): the same library as the module bundle, with
 * no exports (a classic script has nowhere to put them; `window.CrampWidgets` is its API).
 */
import './bundle.js';
