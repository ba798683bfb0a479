import type { CauseId } from './article.js';
/**
 * The self-check ("what may be causing my night cramps?"), built only from what the article says
 * points to each cause. Two parts:
 *
 * - the TABLES below (which answer points to which cause, and which answers meet the article's
 *   criteria for a full evaluation): plain data, read by the pure scoring in `self-check-scoring.ts`;
 * - the WORDING (questions, answers, reasons): functions, because `msg()` must run at render time
 *   to follow a change of language.
 *
 * An answer id is `<question>.<answer>`, e.g. `legs.swelling`.
 */
/** How much an answer points to each cause; a cause an answer does not name gets 0. */
export type CauseWeights = Partial<Record<CauseId, number>>;
/**
 * Answer -> cause weights, in question order: THE scoring table. Change a weight here and the result
 * follows; nothing else decides which causes an answer points to.
 *
 * 2 = a sign the article ties to the cause; 1 = context the article mentions with the cause.
 * `{}` = the answer counts only for the evaluation criteria (below), not for a cause.
 */
export declare const ANSWER_WEIGHTS: {
    readonly 'frequency.now-and-then': {};
    readonly 'frequency.weekly': {};
    readonly 'frequency.most-nights': {};
    readonly 'impact.sleep': {};
    readonly 'impact.mobility': {};
    readonly 'legs.heaviness': {
        readonly veins: 2;
    };
    readonly 'legs.swelling': {
        readonly veins: 2;
    };
    readonly 'legs.aching': {
        readonly veins: 2;
    };
    readonly 'vein-changes.yes': {
        readonly veins: 2;
    };
    readonly 'vein-changes.no': {};
    readonly 'vein-changes.not-sure': {};
    readonly 'age.over-40': {
        readonly veins: 1;
    };
    readonly 'age.40-or-under': {};
    readonly 'energy.fatigue': {
        readonly electrolytes: 2;
    };
    readonly 'energy.brain-fog': {
        readonly electrolytes: 2;
    };
    readonly 'energy.poor-sleep': {
        readonly electrolytes: 2;
    };
    readonly 'nerves.back-or-hips': {
        readonly nerves: 2;
    };
    readonly 'nerves.sciatica': {
        readonly nerves: 2;
    };
    readonly 'nerves.twitching': {
        readonly nerves: 2;
    };
    readonly 'nerves.burning': {
        readonly nerves: 2;
    };
    readonly 'nerves.numbness': {};
    readonly 'movement.tight-achilles': {
        readonly nerves: 2;
    };
    readonly 'movement.imbalanced-gait': {
        readonly nerves: 2;
    };
    readonly 'movement.weak-glutes': {
        readonly nerves: 2;
    };
};
export type AnswerId = keyof typeof ANSWER_WEIGHTS;
export declare const ANSWER_IDS: AnswerId[];
/**
 * The article's criteria for a full evaluation, each with the answers that meet it: "If you're
 * experiencing frequent leg cramps at night (especially if they disrupt your sleep, limit your
 * mobility, or are accompanied by swelling, numbness, or visible vein changes) it's time for a full
 * evaluation."
 */
export declare const EVALUATION_CRITERIA: {
    readonly frequent: readonly ["frequency.weekly", "frequency.most-nights"];
    readonly 'sleep-or-mobility': readonly ["impact.sleep", "impact.mobility"];
    readonly 'swelling-numbness-or-veins': readonly ["legs.swelling", "nerves.numbness", "vein-changes.yes"];
};
export type EvaluationCriterionId = keyof typeof EVALUATION_CRITERIA;
export declare const EVALUATION_CRITERION_IDS: EvaluationCriterionId[];
/**
 * The criteria that must all be met for the result to advise a full evaluation. In the article's
 * sentence frequent cramps are the condition; the others come after "especially if", so they make it
 * more pressing and are shown, but are not required.
 */
export declare const EVALUATION_REQUIRES: readonly EvaluationCriterionId[];
/** The question an answer belongs to: `legs.swelling` -> `legs`. */
export declare function questionOf(answer: AnswerId): string;
export interface SelfCheckOption {
    id: AnswerId;
    /** The answer as the visitor chooses it. */
    label: string;
    /** How the answer reads in the result, beside the cause it points to ("Over 40"). Default: `label`. */
    evidence?: string;
}
export interface SelfCheckQuestion {
    /** The part of the answer ids before the dot. */
    id: string;
    /** `single`: radio buttons, one answer; `multiple`: checkboxes, any number. Every question is optional. */
    kind: 'single' | 'multiple';
    /** The question, the legend of its fieldset. */
    text: string;
    /** A short line under the question. */
    hint?: string;
    options: SelfCheckOption[];
}
export declare const selfCheckTitle: () => string;
/** The questions, in the order they are asked. Every answer id here is a key of `ANSWER_WEIGHTS`. */
export declare const selfCheckQuestions: () => SelfCheckQuestion[];
/** Why an answer points to each cause: the article's reasoning in one or two sentences. */
export declare const causeReasons: () => Record<CauseId, string>;
/** The article's evaluation criteria as a checklist, in the order of `EVALUATION_CRITERIA`. */
export declare const evaluationCriterionLabels: () => Record<EvaluationCriterionId, string>;
/** The one line the self-check adds to the article: what it is not for. */
export declare const emergencyNote: () => string;
