import { svg } from 'lit';
/** Inline icons: no icon font, no image request. Decorative, so hidden from assistive technology. */
export const phoneIcon = svg `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25 11.4 11.4 0 0 0 3.6.57 1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"/></svg>`;
export const closeIcon = svg `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M18.3 5.7a1 1 0 0 0-1.4 0L12 10.6 7.1 5.7a1 1 0 0 0-1.4 1.4l4.9 4.9-4.9 4.9a1 1 0 1 0 1.4 1.4l4.9-4.9 4.9 4.9a1 1 0 0 0 1.4-1.4L13.4 12l4.9-4.9a1 1 0 0 0 0-1.4z"/></svg>`;
/** Opens and closes a disclosure; the element turns it with CSS. */
export const chevronIcon = svg `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M5.3 8.3a1 1 0 0 1 1.4 0L12 13.6l5.3-5.3a1 1 0 1 1 1.4 1.4l-6 6a1 1 0 0 1-1.4 0l-6-6a1 1 0 0 1 0-1.4z"/></svg>`;
/** The vein evaluation (<vein-cta>): a lower leg with a vein down the calf. Line-drawn like the cause icons. */
export const veinEvaluationIcon = svg `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><g fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"><path d="M8.5 2c0 4-1.5 6.3-1.2 9.2.3 2.8 1.9 4.3 1.9 6.8V20a2 2 0 0 0 2 2h7c.9 0 1.2-1.1.5-1.6l-3.8-2.1a1.8 1.8 0 0 1-.9-1.6l.3-5.4c.2-3.5.7-6.3.7-9.3"/><path d="M11.4 4c-1.5 2 1.2 3.6-.2 5.8-1.3 2 1 3.5-.3 6"/></g></svg>`;
/** A warning triangle, for the self-check's emergency line. */
export const alertIcon = svg `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M10.3 3.6a2 2 0 0 1 3.4 0l8.1 14.1A2 2 0 0 1 20.1 20.7H3.9a2 2 0 0 1-1.7-3zM12 8.5a1 1 0 0 0-1 1v4.5a1 1 0 1 0 2 0V9.5a1 1 0 0 0-1-1zm0 8.1a1.2 1.2 0 1 0 0 2.4 1.2 1.2 0 0 0 0-2.4z"/></svg>`;
/** A tick in a circle: an evaluation criterion the answers meet. */
export const checkCircleIcon = svg `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm4.7 7.7-5.5 5.6a1 1 0 0 1-1.4 0l-2.5-2.5a1 1 0 1 1 1.4-1.4l1.8 1.8 4.8-4.9a1 1 0 1 1 1.4 1.4z"/></svg>`;
/** An empty circle: an evaluation criterion the answers do not meet. */
export const emptyCircleIcon = svg `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16z"/></svg>`;
/** Forward and back arrows for step-by-step navigation; mirrored in right-to-left text by the element. */
export const arrowForwardIcon = svg `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M13.3 5.3a1 1 0 0 1 1.4 0l6 6a1 1 0 0 1 0 1.4l-6 6a1 1 0 1 1-1.4-1.4l4.3-4.3H4a1 1 0 1 1 0-2h13.6l-4.3-4.3a1 1 0 0 1 0-1.4z"/></svg>`;
export const arrowBackIcon = svg `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="M10.7 5.3a1 1 0 0 1 0 1.4L6.4 11H20a1 1 0 1 1 0 2H6.4l4.3 4.3a1 1 0 1 1-1.4 1.4l-6-6a1 1 0 0 1 0-1.4l6-6a1 1 0 0 1 1.4 0z"/></svg>`;
/** A circular arrow: start over. */
export const restartIcon = svg `<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M4 12a8 8 0 1 0 2.4-5.7"/><path d="M4 4v4.5h4.5"/></g></svg>`;
