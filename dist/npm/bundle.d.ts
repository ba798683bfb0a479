/**
 * The entry of the two bundles a page loads from a `<script>` tag (dist/cramp-widgets.js and
 * dist/cramp-widgets.iife.js). npm users import src/index.ts's modules instead, with their own Lit,
 * and get neither of the page-level concerns below.
 */
import './internal/lit-globals.js';
export * from './index.js';
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
