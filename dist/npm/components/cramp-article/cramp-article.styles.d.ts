export declare const crampArticleStyles: import("lit").CSSResult;
