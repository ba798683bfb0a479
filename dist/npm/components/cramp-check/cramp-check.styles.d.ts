export declare const crampCheckStyles: import("lit").CSSResult;
