/**
 * Keeps the floating call bar from hiding what the visitor is working with (WCAG 2.2, 2.4.11 Focus
 * Not Obscured), the two ways WCAG's own techniques describe:
 *
 * 1. The page's `scroll-padding-bottom` reserves the bar's height (technique C43), so anchor jumps,
 *    find-in-page and the browser's scroll-into-view on focus stop above the bar.
 * 2. When a focused link or control of the page still ends up under the bar (focus moved without
 *    scrolling, or the page scrolled while it had focus), the page scrolls it clear; when the page
 *    cannot scroll any further (its last link), the bar steps aside until focus moves on.
 *
 * The page's own `scroll-padding-bottom` is kept (the larger value wins) and restored on `detach()`.
 */
export declare class FloatingRoom {
    readonly host: HTMLElement;
    readonly bar: HTMLElement;
    private readonly onYield;
    private frame;
    private resizeObserver?;
    private yielding;
    /**
     * @param host The element the bar belongs to: focus inside it is never "behind" it.
     * @param bar The fixed-position bar.
     * @param onYield Called with `true` when the bar must step aside, `false` when it may come back.
     */
    constructor(host: HTMLElement, bar: HTMLElement, onYield: (yielding: boolean) => void);
    attach(): void;
    detach(): void;
    /** Checks once per frame, after the browser has done its own scrolling for the new focus. */
    private readonly schedule;
    private check;
    private covers;
    private setYielding;
}
