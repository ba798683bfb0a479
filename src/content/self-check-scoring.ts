import { CAUSE_IDS, type CauseId } from './article.js';
import {
  ANSWER_IDS,
  ANSWER_WEIGHTS,
  EVALUATION_CRITERIA,
  EVALUATION_CRITERION_IDS,
  EVALUATION_REQUIRES,
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
  /** Each cause's score: the sum of the weights of the answers given. */
  scores: Record<CauseId, number>;
  /** The article's evaluation criteria the answers meet, in the table's order. */
  criteriaMet: EvaluationCriterionId[];
  /** Whether the answers meet the article's criteria for a full evaluation (see `EVALUATION_REQUIRES`). */
  evaluationAdvised: boolean;
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

export function scoreAnswers(answers: Iterable<string>): SelfCheckResult {
  const given = known(answers);
  const scores = Object.fromEntries(CAUSE_IDS.map((cause) => [cause, 0])) as Record<CauseId, number>;
  for (const answer of given) {
    for (const cause of CAUSE_IDS) scores[cause] += weight(answer, cause);
  }
  // Array.prototype.sort is stable: equal scores keep CAUSE_IDS' (the article's) order.
  const causes = CAUSE_IDS.filter((cause) => scores[cause] > 0).sort((a, b) => scores[b] - scores[a]);
  const criteriaMet = EVALUATION_CRITERION_IDS.filter((criterion) =>
    (EVALUATION_CRITERIA[criterion] as readonly AnswerId[]).some((answer) => given.includes(answer)),
  );
  return {
    causes,
    scores,
    criteriaMet,
    evaluationAdvised: EVALUATION_REQUIRES.every((criterion) => criteriaMet.includes(criterion)),
    answered: given.length > 0,
  };
}

/** The answers among `answers` that point to `cause`, in question order: what the result shows as the reason. */
export function evidenceFor(answers: Iterable<string>, cause: CauseId): AnswerId[] {
  return known(answers).filter((answer) => weight(answer, cause) > 0);
}
