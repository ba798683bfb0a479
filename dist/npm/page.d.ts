/**
 * What a page that loads a bundle from a `<script>` tag gets besides the elements (the two bundles,
 * src/bundle.ts, and the per-element files, dist/elements/): the repair of page elements that shadow
 * the globals Lit reads, and `window.CrampWidgets`. npm users import src/index.ts's modules instead,
 * with their own Lit, and get neither.
 */
import './internal/lit-globals.js';
/** What `window.CrampWidgets` offers a page's own scripts (a tag manager adding settings later). */
export interface CrampWidgetsGlobal {
    readonly version: string;
    /** Reads the page's `data-cramp-settings` blocks again and updates every widget. */
    readonly refreshPageSettings: () => void;
}
declare global {
    interface Window {
        CrampWidgets?: CrampWidgetsGlobal;
    }
}
