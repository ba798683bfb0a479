/**
 * The event a widget dispatches from its `connectedCallback`, a CustomEvent whose `detail` is a
 * `ContextReceiver`: the nearest enclosing widget stops it, calls the receiver with its context, and
 * calls it again on each of its renders. Composed, so it leaves the container's shadow root; the
 * server-side renderer's DOM shim propagates it too, so pre-rendered snippets nest the same way. A
 * function, not a class check: two copies of the library on one page (a per-element file and the
 * whole bundle) still nest.
 */
export const CONTEXT_REQUEST = 'cramp-context-request';
