/**
 * The event a widget dispatches from its `connectedCallback`: the nearest enclosing widget answers it
 * (and stops it) by handing over its context. Composed, so it leaves the container's shadow root; the
 * server-side renderer's DOM shim propagates it too, so pre-rendered snippets nest the same way.
 */
export const CONTEXT_REQUEST = 'cramp-context-request';
