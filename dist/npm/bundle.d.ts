/**
 * The entry of the two bundles a page loads from a `<script>` tag (dist/cramp-widgets.js and
 * dist/cramp-widgets.iife.js): every element, and the page-level concerns of src/page.ts (imported
 * first, so its guard runs before any module of Lit).
 */
import './page.js';
export type { CrampWidgetsGlobal } from './page.js';
export * from './index.js';
