import { CAUSE_IDS } from './article.js';
import { ANSWER_IDS, ANSWER_WEIGHTS, CLINICIAN_ADVISED_BY, EVALUATION_CRITERIA, EVALUATION_CRITERION_IDS, EVALUATION_REQUIRES, SUPPORTING_ANSWERS, } from './self-check.js';
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
/** The given answers that count for `cause`: its signs, and its supporting answers only when a sign is there. */
function counting(given, cause) {
    const pointing = given.filter((answer) => weight(answer, cause) > 0);
    const hasSign = pointing.some((answer) => !SUPPORTING_ANSWERS.includes(answer));
    return hasSign ? pointing : [];
}
export function scoreAnswers(answers) {
    const given = known(answers);
    const scores = Object.fromEntries(CAUSE_IDS.map((cause) => [cause, counting(given, cause).reduce((sum, answer) => sum + weight(answer, cause), 0)]));
    // Array.prototype.sort is stable: equal scores keep CAUSE_IDS' (the article's) order.
    const causes = CAUSE_IDS.filter((cause) => scores[cause] > 0).sort((a, b) => scores[b] - scores[a]);
    const top = causes.length > 0 ? scores[causes[0]] : 0;
    const criteriaMet = EVALUATION_CRITERION_IDS.filter((criterion) => EVALUATION_CRITERIA[criterion].some((answer) => given.includes(answer)));
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
export function evidenceFor(answers, cause) {
    return counting(known(answers), cause);
}
