import { CAUSE_IDS } from './article.js';
import { ANSWER_IDS, ANSWER_WEIGHTS, EVALUATION_CRITERIA, EVALUATION_CRITERION_IDS, EVALUATION_REQUIRES, } from './self-check.js';
export function isAnswerId(value) {
    return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ANSWER_WEIGHTS, value);
}
/** The known answer ids among `answers`, in question order; unknown strings are ignored. */
function known(answers) {
    const given = new Set(answers);
    return ANSWER_IDS.filter((id) => given.has(id));
}
function weight(answer, cause) {
    return ANSWER_WEIGHTS[answer][cause] ?? 0;
}
export function scoreAnswers(answers) {
    const given = known(answers);
    const scores = Object.fromEntries(CAUSE_IDS.map((cause) => [cause, 0]));
    for (const answer of given) {
        for (const cause of CAUSE_IDS)
            scores[cause] += weight(answer, cause);
    }
    // Array.prototype.sort is stable: equal scores keep CAUSE_IDS' (the article's) order.
    const causes = CAUSE_IDS.filter((cause) => scores[cause] > 0).sort((a, b) => scores[b] - scores[a]);
    const criteriaMet = EVALUATION_CRITERION_IDS.filter((criterion) => EVALUATION_CRITERIA[criterion].some((answer) => given.includes(answer)));
    return {
        causes,
        scores,
        criteriaMet,
        evaluationAdvised: EVALUATION_REQUIRES.every((criterion) => criteriaMet.includes(criterion)),
        answered: given.length > 0,
    };
}
/** The answers among `answers` that point to `cause`, in question order: what the result shows as the reason. */
export function evidenceFor(answers, cause) {
    return known(answers).filter((answer) => weight(answer, cause) > 0);
}
