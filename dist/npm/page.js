/**
 * What a page that loads a bundle from a `<script>` tag gets besides the elements (the two bundles,
 * src/bundle.ts, and the per-element files, dist/elements/): the repair of page elements that shadow
 * the globals Lit reads, and `window.CrampWidgets`. npm users import src/index.ts's modules instead,
 * with their own Lit, and get neither.
 */
// First, before any module of Lit runs: repair page elements that shadow the globals Lit reads.
import './internal/lit-globals.js';
import { refreshPageSettings } from './clinic/page-settings.js';
import { VERSION } from './internal/version.js';
// One frozen namespace per page: the first copy of the library to load provides it.
if (typeof window !== 'undefined' && !Object.prototype.hasOwnProperty.call(window, 'CrampWidgets')) {
    Object.defineProperty(window, 'CrampWidgets', {
        value: Object.freeze({ version: VERSION, refreshPageSettings }),
        enumerable: true,
    });
}
