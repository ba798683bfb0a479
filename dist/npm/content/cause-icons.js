import { svg } from 'lit';
/*
 * One line icon per cause of night-time leg cramps. Drawn with strokes: the group's own `fill="none"`
 * wins over the `.icon` class's inherited fill, so no extra CSS is needed.
 */
const lineIcon = (paths) => svg `<svg class="icon icon--cause" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><g fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round">${paths}</g></svg>`;
/** Electrolytes: a drop of water with a mineral sparkle. */
export const electrolytesIcon = lineIcon(svg `<path d="M12 2.8C9 6.6 6 10.2 6 14a6 6 0 0 0 12 0c0-3.8-3-7.4-6-11.2z"/><path d="M12 11v6M9 14h6"/>`);
/** Veins: a lower leg with a vein down the calf. */
export const veinsIcon = lineIcon(svg `<path d="M7.5 2c0 3.5-1.5 5.5-1.5 9s2 5 2 8v1a2 2 0 0 0 2 2h8.5a1 1 0 0 0 .5-1.9l-4-2.2a2 2 0 0 1-1-1.8V2"/><path d="M10.5 4.5c-1 2 1 3.5 0 6s1 3.5.5 6"/><path d="M10.6 10.5c.9.3 1.6.9 2 1.6"/>`);
/** Nerves: vertebrae with a nerve leaving the spine and branching. */
export const nervesIcon = lineIcon(svg `<rect x="4" y="2.5" width="7" height="4.5" rx="1.5"/><rect x="4" y="9.75" width="7" height="4.5" rx="1.5"/><rect x="4" y="17" width="7" height="4.5" rx="1.5"/><path d="M11 12c3 0 4 1.8 5.5 4.5s2.5 4 4 4"/><path d="M16.5 16.5c1-1.2 2.5-1.8 4-1.8"/>`);
/** The icon of each cause, by the cause's id. */
export const causeIcons = {
    electrolytes: electrolytesIcon,
    veins: veinsIcon,
    nerves: nervesIcon,
};
