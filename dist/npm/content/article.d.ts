/**
 * The article's words, and only the article's: "Top 3 causes of night-time leg cramps" by
 * Sheen Vein & Cosmetics. Every string a widget shows about the topic comes from here; elements
 * decide only how to present it. These are functions, not constants, because `msg()` must run at
 * render time to follow a change of language.
 *
 * Clinic name, phone and website are configuration (src/clinic/), not content.
 */
/** The ids a site owner uses in `causes="…"` and `open="…"`, in the article's order. */
export declare const CAUSE_IDS: readonly ["electrolytes", "veins", "nerves"];
export type CauseId = (typeof CAUSE_IDS)[number];
export interface Cause {
    id: CauseId;
    /** Short name of the cause. */
    title: string;
    /** What it is, as the article explains it. */
    what: string[];
    /** Signs that point to it. */
    signs: string[];
    /** How the clinic addresses it. */
    care: string[];
    /** Which call to action ends the cause: the vein evaluation or the call. */
    action: 'vein-evaluation' | 'call';
}
export declare const articleTitle: () => string;
/**
 * The article's opening: the patients' question, then what nocturnal leg cramps are. `clinic` and
 * `city` are configuration (the article's: Sheen Vein & Cosmetics, St. Louis).
 */
export declare const intro: (clinic: string, city: string) => string[];
export declare const causes: () => Cause[];
/**
 * What the clinic does for the nutritional side, in the article's own words: it names no service
 * for it, only "Whether the cause is circulatory, neurological, or nutritional, we can help uncover
 * the reason".
 */
export declare const nutritionalCare: () => string;
/**
 * The one safety line the widgets add wherever they ask people with swelling to get evaluated (the
 * self-check, the article's evaluation criteria, the vein call to action).
 */
export declare const emergencyLine: () => string;
/** "When to get evaluated": the article's criteria for a full evaluation. */
export declare const evaluationHeading: () => string;
export declare const evaluationLead: () => string;
export declare const evaluationCriteria: () => string[];
export declare const evaluationConclusion: () => string;
/**
 * The services the article names, grouped by the cause each serves. Electrolytes have none: the
 * article names no service for them (see `nutritionalCare`).
 */
export interface Service {
    id: string;
    name: string;
    cause: CauseId;
}
export declare const servicesHeading: () => string;
export declare const servicesLead: () => string;
export declare const services: () => Service[];
/** The article's vein message, for the vein-evaluation call to action. */
export declare const veinMessage: () => {
    headline: string;
    body: string[];
    /** The one sentence the short presentations (a banner, a sidebar) keep: the second of `body`. */
    summary: string;
    book: string;
};
/** The article's closing message. */
export declare const closing: () => string[];
/** The article's calls to action. `callLabel` is the call link's text, "Call 314-842-1441". */
export declare const callLabel: (number: string) => string;
export declare const callToSchedule: () => string;
export declare const visitToLearnMore: () => string;
export declare const visitSite: (host: string) => string;
/** The one note the widgets add to the article, wherever they give health information. */
export declare const educationalNote: () => string;
/**
 * The article's related reads; shown only when their URLs are configured (the article gives none).
 * The titles stay in English, the language of the pages they name (`RELATED_TITLES_LANG`), in every
 * locale: a translated title would promise a page in the reader's language.
 */
export declare const RELATED_IDS: readonly ["stress", "vein-disease", "red-light-pemf"];
export type RelatedId = (typeof RELATED_IDS)[number];
export declare const RELATED_TITLES_LANG = "en";
export declare const relatedReads: () => Record<RelatedId, {
    lead: string;
    title: string;
}>;
/** The sentence that introduces the three causes. */
export declare const causesLead: () => string;
