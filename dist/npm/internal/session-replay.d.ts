/** Marks an element (and so, for these tools, everything inside it) as masked from session replays. */
export declare function maskFromSessionReplay(element: Element): void;
