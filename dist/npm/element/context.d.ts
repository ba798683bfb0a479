import type { ClinicDetails } from '../clinic/clinic-details.js';
import type { Theme } from '../internal/theme.styles.js';
/**
 * What a widget hands down to the widgets it renders inside itself (`<cramp-article>` to its
 * `<cramp-causes>`, `<vein-cta>` to its `<call-clinic>`…): one object, replaced whenever the container
 * renders. A nested widget shows it instead of resolving its own, so every bad attribute is reported
 * once, under the container's tag, and a number from the container's fallback link reaches every
 * call link inside it. A widget on its own receives nothing and behaves as if never nested.
 */
export interface CrampContext {
    /** The clinic the container resolved (attributes, page settings, fallback link, article), `dataLayer` opt-ins included. */
    readonly clinic: ClinicDetails;
    /** The container's color scheme. Nested widgets take its colors (they inherit its `--_*` values) and paint no panel of their own. */
    readonly theme: Theme;
    /** The language the container renders in. */
    readonly locale: string;
}
/**
 * The event a widget dispatches from its `connectedCallback`, a CustomEvent whose `detail` is a
 * `ContextReceiver`: the nearest enclosing widget stops it, calls the receiver with its context, and
 * calls it again on each of its renders. Composed, so it leaves the container's shadow root; the
 * server-side renderer's DOM shim propagates it too, so pre-rendered snippets nest the same way. A
 * function, not a class check: two copies of the library on one page (a per-element file and the
 * whole bundle) still nest.
 */
export declare const CONTEXT_REQUEST = "cramp-context-request";
/** How a nested widget receives its container's context. */
export type ContextReceiver = (context: CrampContext) => void;
