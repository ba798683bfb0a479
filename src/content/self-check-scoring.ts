import { CAUSE_IDS, type CauseId } from './article.js';
import {
  ANSWER_IDS,
  ANSWER_WEIGHTS,
  CLINICIAN_ADVISED_BY,
  EVALUATION_CRITERIA,
  EVALUATION_CRITERION_IDS,
  EVALUATION_REQUIRES,
  SUPPORTING_ANSWERS,
  type AnswerId,
  type CauseWeights,
  type EvaluationCriterionId,
} from './self-check.js';

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

export function isAnswerId(value: unknown): value is AnswerId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ANSWER_WEIGHTS, value);
}

/** The known answer ids among `answers`, in question order; unknown strings are ignored. */
function known(answers: Iterable<string>): AnswerId[] {
  const given = new Set(answers);
  return ANSWER_IDS.filter((id) => given.has(id));
}

function weight(answer: AnswerId, cause: CauseId): number {
  return (ANSWER_WEIGHTS[answer] as CauseWeights)[cause] ?? 0;
}

/** The given answers that count for `cause`: its signs, and its supporting answers only when a sign is there. */
function counting(given: readonly AnswerId[], cause: CauseId): AnswerId[] {
  const pointing = given.filter((answer) => weight(answer, cause) > 0);
  const hasSign = pointing.some((answer) => !SUPPORTING_ANSWERS.includes(answer));
  return hasSign ? pointing : [];
}

export function scoreAnswers(answers: Iterable<string>): SelfCheckResult {
  const given = known(answers);
  const scores = Object.fromEntries(
    CAUSE_IDS.map((cause) => [cause, counting(given, cause).reduce((sum, answer) => sum + weight(answer, cause), 0)]),
  ) as Record<CauseId, number>;
  // Array.prototype.sort is stable: equal scores keep CAUSE_IDS' (the article's) order.
  const causes = CAUSE_IDS.filter((cause) => scores[cause] > 0).sort((a, b) => scores[b] - scores[a]);
  const top = causes.length > 0 ? scores[causes[0]!] : 0;
  const criteriaMet = EVALUATION_CRITERION_IDS.filter((criterion) =>
    (EVALUATION_CRITERIA[criterion] as readonly AnswerId[]).some((answer) => given.includes(answer)),
  );
  return {
    causes,
    leading: causes.filter((cause) => scores[cause] === top),
    scores,
    criteriaMet,
    evaluationAdvised: EVALUATION_REQUIRES.every((criterion) => criteriaMet.includes(criterion)),
    clinicianAdvised: CLINICIAN_ADVISED_BY.some((criterion) => criteriaMet.includes(criterion)),
    answered: given.length > 0,
  };
}

/** The answers among `answers` that count for `cause`, in question order: what the result shows as the reason. */
export function evidenceFor(answers: Iterable<string>, cause: CauseId): AnswerId[] {
  return counting(known(answers), cause);
}
