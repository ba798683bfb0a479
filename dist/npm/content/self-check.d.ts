import { type CauseId } from './article.js';
import type { SelfCheckResult } from './self-check-scoring.js';
/**
 * The self-check ("what may be causing my night cramps?"), built only from what the article says
 * points to each cause. Two parts:
 *
 * - the TABLES below (which answer points to which cause, and which answers meet the article's
 *   criteria for a full evaluation): plain data, read by the pure scoring in `self-check-scoring.ts`;
 * - the WORDING (questions, answers, reasons, and every sentence the result says about a cause or
 *   the evaluation): functions, because `msg()` must run at render time to follow a change of
 *   language. Every health statement of the self-check is in this file; the element only lays it out.
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
    readonly 'frequency.often': {};
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
 * Answers whose weight counts only when another answer already points to the same cause: they
 * strengthen a cause, they never create it.
 *
 * - Over 40: the article says vein disease is underdiagnosed "particularly in people over 40", which
 *   is about who has it, not a sign of it.
 * - Poor sleep: the article pairs it with fatigue and brain fog; alone it is most often the cramps
 *   themselves breaking the sleep (the impact question), which says nothing about minerals.
 */
export declare const SUPPORTING_ANSWERS: readonly AnswerId[];
/**
 * The article's criteria for a full evaluation, each with the answers that meet it: "If you're
 * experiencing frequent leg cramps at night (especially if they disrupt your sleep, limit your
 * mobility, or are accompanied by swelling, numbness, or visible vein changes) it's time for a full
 * evaluation."
 */
export declare const EVALUATION_CRITERIA: {
    readonly frequent: readonly ["frequency.often", "frequency.most-nights"];
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
/**
 * The criteria any one of which makes the result advise talking with a clinician, whatever the
 * frequency: frequent cramps, and the signs the article lists among the reasons for an evaluation
 * (swelling, numbness, visible vein changes). A result without them must not read as an all-clear
 * either; it only does not add this advice.
 */
export declare const CLINICIAN_ADVISED_BY: readonly EvaluationCriterionId[];
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
/** The result's first sentence: what the causes below are, or why there are none. */
export declare const resultLead: (result: SelfCheckResult) => string;
/** How the causes shown compare, when there is more than one: equal scores are said to be equally likely. */
export declare const resultOrderNote: (result: SelfCheckResult) => string | undefined;
/** What the result says about the article's criteria for a full evaluation: one or two sentences. */
export declare const evaluationVerdict: (result: SelfCheckResult) => string[];
/** The line above the checklist of the article's criteria. */
export declare const evaluationChecklistLead: () => string;
/** The line beside the call to action at the end of the result. */
export declare const resultCallText: (result: SelfCheckResult) => string;
/** Every sentence the result says about the causes and the evaluation, in the order shown (for reviews and tests). */
export declare const resultStatements: (result: SelfCheckResult) => string[];
