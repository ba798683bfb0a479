import type { CauseId } from '../content/article.js';

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

/** What a disclosure event carries: which element, which of its sections, and whether it is now open. */
export interface CrampToggleDetail {
  /** The element's tag name, e.g. `cramp-causes`. */
  element: string;
  /** The id of the section opened or closed, e.g. `veins`. */
  cause: string;
  /** `true` when the visitor opened it, `false` when they closed it. */
  open: boolean;
}

/** What the self-check's result event carries: the cause ids and the evaluation advice. Never the answers. */
export interface CrampCheckResultDetail {
  /** The element's tag name, `cramp-check`. */
  element: string;
  /** The causes the answers point to, highest score first: `electrolytes`, `veins`, `nerves`. */
  causes: CauseId[];
  /** Whether the answers meet the article's criteria for a full evaluation. */
  evaluationAdvised: boolean;
}

/**
 * Every event the widgets fire, by name: `addEventListener('cramp-call', (event) => event.detail.href)`
 * is typed once the library is imported (see the `HTMLElementEventMap` augmentation below).
 */
export interface CrampEventMap {
  /** A visitor clicked a call link. */
  'cramp-call': CustomEvent<CrampActionDetail>;
  /** A visitor clicked a website, booking or related-read link. */
  'cramp-link': CustomEvent<CrampActionDetail>;
  /** A visitor opened or closed a cause. */
  'cramp-toggle': CustomEvent<CrampToggleDetail>;
  /** A visitor asked for the self-check's result. */
  'cramp-check-result': CustomEvent<CrampCheckResultDetail>;
}

/** The detail of the event `name`. */
export type CrampEventDetail<K extends keyof CrampEventMap> = CrampEventMap[K]['detail'];

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- an augmentation: the map's entries join the DOM's.
  interface HTMLElementEventMap extends CrampEventMap {}
  interface Window {
    dataLayer?: unknown[];
  }
}

/**
 * The one way elements report something: a bubbling, composed CustomEvent that crosses shadow roots,
 * and, when the site owner opted in, a push to Google Tag Manager's `dataLayer`: the same facts, or
 * fewer (`toDataLayer` as an object: what may leave the page, e.g. the self-check's result without
 * the health data inferred from the visitor's answers).
 */
export function emit<K extends keyof CrampEventMap>(from: HTMLElement, name: K, detail: CrampEventDetail<K>, toDataLayer: boolean | object = false): void {
  from.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  if (toDataLayer === false) return;
  // Only the page's own `dataLayer`: one inherited from a polluted Object.prototype is not the site's.
  const own = Object.prototype.hasOwnProperty.call(window, 'dataLayer') && Array.isArray(window.dataLayer);
  if (!own) window.dataLayer = [];
  window.dataLayer!.push({ event: name, ...(toDataLayer === true ? detail : toDataLayer) });
}
