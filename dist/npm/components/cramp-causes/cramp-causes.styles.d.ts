export declare const crampCausesStyles: import("lit").CSSResult;
