/** What every widget event carries: which element did it and where it sends the visitor. Never data about the visitor. */
export interface CrampActionDetail {
  /** The element's tag name, e.g. `call-clinic`. */
  element: string;
  /** The element's variant or layout. */
  variant: string;
  /** `call`, `website` or `booking`. */
  action: 'call' | 'website' | 'booking';
  /** The link followed: `tel:+13148421441`, or the website or booking URL. */
  href: string;
}

declare global {
  interface Window {
    dataLayer?: unknown[];
  }
}

/**
 * The one way elements report something: a bubbling, composed CustomEvent that crosses shadow roots,
 * and, when the site owner opted in, the same facts pushed to Google Tag Manager's `dataLayer`.
 */
export function emit<T extends object>(from: HTMLElement, name: string, detail: T, pushToDataLayer = false): void {
  from.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }));
  if (pushToDataLayer) {
    window.dataLayer = Array.isArray(window.dataLayer) ? window.dataLayer : [];
    window.dataLayer.push({ event: name, ...detail });
  }
}
