import { type CauseId } from './article.js';
import { type AnswerId, type EvaluationCriterionId } from './self-check.js';
/**
 * The self-check's scoring: pure functions of a set of answer ids, no DOM, no wording. What an answer
 * means is in the tables of `self-check.ts`; this module only adds them up.
 */
export interface SelfCheckResult {
    /** The causes the answers point to (score above 0), highest score first; ties keep the article's order. */
    causes: CauseId[];
    /** The causes sharing the highest score, in the article's order; empty when no cause scores. */
    leading: CauseId[];
    /**
     * Each cause's score: the sum of the weights of the answers given, a supporting answer's (see
     * `SUPPORTING_ANSWERS`) only when another answer points to the same cause.
     */
    scores: Record<CauseId, number>;
    /** The article's evaluation criteria the answers meet, in the table's order. */
    criteriaMet: EvaluationCriterionId[];
    /** Whether the answers meet the article's criteria for a full evaluation (see `EVALUATION_REQUIRES`). */
    evaluationAdvised: boolean;
    /** Whether the answers call for talking with a clinician, whatever the frequency (see `CLINICIAN_ADVISED_BY`). */
    clinicianAdvised: boolean;
    /** Whether any question was answered. */
    answered: boolean;
}
export declare function isAnswerId(value: unknown): value is AnswerId;
export declare function scoreAnswers(answers: Iterable<string>): SelfCheckResult;
/** The answers among `answers` that count for `cause`, in question order: what the result shows as the reason. */
export declare function evidenceFor(answers: Iterable<string>, cause: CauseId): AnswerId[];
