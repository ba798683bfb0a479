/**
 * The one way elements report something: a bubbling, composed CustomEvent that crosses shadow roots,
 * and, when the site owner opted in, the same facts pushed to Google Tag Manager's `dataLayer`.
 */
export function emit(from, name, detail, pushToDataLayer = false) {
    from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    if (pushToDataLayer) {
        window.dataLayer = Array.isArray(window.dataLayer) ? window.dataLayer : [];
        window.dataLayer.push({ event: name, ...detail });
    }
}
