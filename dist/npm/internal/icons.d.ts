/** Inline icons: no icon font, no image request. Decorative, so hidden from assistive technology. */
export declare const phoneIcon: import("lit-html").TemplateResult<2>;
export declare const closeIcon: import("lit-html").TemplateResult<2>;
/** Opens and closes a disclosure; the element turns it with CSS. */
export declare const chevronIcon: import("lit-html").TemplateResult<2>;
/** The vein evaluation (<vein-cta>): a lower leg with a vein down the calf. Line-drawn like the cause icons. */
export declare const veinEvaluationIcon: import("lit-html").TemplateResult<2>;
/** A warning triangle, for the self-check's emergency line. */
export declare const alertIcon: import("lit-html").TemplateResult<2>;
/** A tick in a circle: an evaluation criterion the answers meet. */
export declare const checkCircleIcon: import("lit-html").TemplateResult<2>;
/** An empty circle: an evaluation criterion the answers do not meet. */
export declare const emptyCircleIcon: import("lit-html").TemplateResult<2>;
/** Forward and back arrows for step-by-step navigation; mirrored in right-to-left text by the element. */
export declare const arrowForwardIcon: import("lit-html").TemplateResult<2>;
export declare const arrowBackIcon: import("lit-html").TemplateResult<2>;
/** A circular arrow: start over. */
export declare const restartIcon: import("lit-html").TemplateResult<2>;
