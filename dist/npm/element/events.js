/**
 * The one way elements report something: a bubbling, composed CustomEvent that crosses shadow roots,
 * and, when the site owner opted in, a push to Google Tag Manager's `dataLayer`: the same facts, or
 * fewer (`toDataLayer` as an object: what may leave the page, e.g. the self-check's result without
 * the health data inferred from the visitor's answers).
 */
export function emit(from, name, detail, toDataLayer = false) {
    from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    if (toDataLayer === false)
        return;
    // Only the page's own `dataLayer`: one inherited from a polluted Object.prototype is not the site's.
    const own = Object.prototype.hasOwnProperty.call(window, 'dataLayer') && Array.isArray(window.dataLayer);
    if (!own)
        window.dataLayer = [];
    window.dataLayer.push({ event: name, ...(toDataLayer === true ? detail : toDataLayer) });
}
