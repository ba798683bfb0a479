/**
 * The markers that common session-replay tools document for "do not record this text": Hotjar
 * (`data-hj-suppress`), Microsoft Clarity (`data-clarity-mask`), FullStory (`fs-mask`), LogRocket
 * (`data-private`), Sentry (`sentry-mask`), Datadog (`data-dd-privacy`) and rrweb-based tools such as
 * PostHog (`rr-mask`). The self-check's answers and result are health information about the visitor.
 */
const MASK_CLASSES = ['fs-mask', 'sentry-mask', 'rr-mask'];
const MASK_ATTRIBUTES: [string, string][] = [
  ['data-hj-suppress', ''],
  ['data-clarity-mask', 'true'],
  ['data-private', ''],
  ['data-dd-privacy', 'mask'],
];

/** Marks an element (and so, for these tools, everything inside it) as masked from session replays. */
export function maskFromSessionReplay(element: Element): void {
  element.classList.add(...MASK_CLASSES);
  for (const [name, value] of MASK_ATTRIBUTES) {
    if (!element.hasAttribute(name)) element.setAttribute(name, value);
  }
}
