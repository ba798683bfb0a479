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
/** Every bar on the page and the room it needs, so two bars never undo each other's padding. */
const rooms = new Map();
let pageInlinePadding;
function applyScrollPadding() {
    const root = document.documentElement;
    const needed = Math.max(0, ...rooms.values());
    if (needed === 0) {
        if (pageInlinePadding !== undefined) {
            root.style.scrollPaddingBottom = pageInlinePadding;
            pageInlinePadding = undefined;
        }
        return;
    }
    if (pageInlinePadding === undefined) {
        pageInlinePadding = root.style.scrollPaddingBottom;
        root.style.scrollPaddingBottom = '';
    }
    // What the page's stylesheets ask for (px, or `auto` = 0), so a theme's padding is not lost.
    const pageValue = parseFloat(getComputedStyle(root).scrollPaddingBottom) || 0;
    root.style.scrollPaddingBottom = `${Math.ceil(Math.max(needed, pageValue))}px`;
}
/** The focused element of the page, looking into open shadow roots (a theme's or another widget's). */
function deepActiveElement() {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement)
        active = active.shadowRoot.activeElement;
    return active;
}
export class FloatingRoom {
    /**
     * @param host The element the bar belongs to: focus inside it is never "behind" it.
     * @param bar The fixed-position bar.
     * @param onYield Called with `true` when the bar must step aside, `false` when it may come back.
     */
    constructor(host, bar, onYield) {
        this.host = host;
        this.bar = bar;
        this.onYield = onYield;
        this.frame = 0;
        this.yielding = false;
        /** Checks once per frame, after the browser has done its own scrolling for the new focus. */
        this.schedule = () => {
            cancelAnimationFrame(this.frame);
            this.frame = requestAnimationFrame(() => this.check());
        };
    }
    attach() {
        this.resizeObserver = new ResizeObserver(() => this.schedule());
        this.resizeObserver.observe(this.bar);
        document.addEventListener('focusin', this.schedule, true);
        document.addEventListener('focusout', this.schedule, true);
        window.addEventListener('scroll', this.schedule, { passive: true });
        window.addEventListener('resize', this.schedule, { passive: true });
        this.schedule();
    }
    detach() {
        cancelAnimationFrame(this.frame);
        this.resizeObserver?.disconnect();
        document.removeEventListener('focusin', this.schedule, true);
        document.removeEventListener('focusout', this.schedule, true);
        window.removeEventListener('scroll', this.schedule);
        window.removeEventListener('resize', this.schedule);
        rooms.delete(this);
        applyScrollPadding();
        this.setYielding(false);
    }
    check() {
        const bar = this.bar.getBoundingClientRect();
        // Not shown (mobile-only on a wide screen, printing, display:none from the page): no room needed.
        const shown = this.bar.getClientRects().length > 0 && bar.height > 0;
        const room = shown ? Math.max(0, window.innerHeight - bar.top) : 0;
        if (rooms.get(this) !== room) {
            rooms.set(this, room);
            applyScrollPadding();
        }
        const focused = deepActiveElement();
        if (!shown || !focused || focused === document.body || focused === document.documentElement || this.host.contains(focused) || focused === this.host) {
            this.setYielding(false);
            return;
        }
        if (!this.covers(bar, focused)) {
            this.setYielding(false);
            return;
        }
        // Scroll the focused element clear of the bar when the page can still scroll; otherwise step aside.
        const overlap = focused.getBoundingClientRect().bottom - bar.top + 8;
        const scrollable = document.documentElement.scrollHeight - window.innerHeight - window.scrollY;
        if (overlap > 0 && scrollable >= overlap) {
            window.scrollBy({ top: overlap, behavior: 'instant' });
            this.setYielding(false);
        }
        else {
            this.setYielding(true);
        }
    }
    covers(bar, element) {
        const box = element.getBoundingClientRect();
        if (box.width === 0 && box.height === 0)
            return false;
        return box.bottom > bar.top && box.top < bar.bottom && box.right > bar.left && box.left < bar.right;
    }
    setYielding(yielding) {
        if (yielding === this.yielding)
            return;
        this.yielding = yielding;
        this.onYield(yielding);
    }
}
