export declare const veinCtaStyles: import("lit").CSSResult;
