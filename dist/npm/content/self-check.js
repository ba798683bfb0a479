import { msg } from '@lit/localize';
import { emergencyLine } from './article.js';
/**
 * Answer -> cause weights, in question order: THE scoring table. Change a weight here and the result
 * follows; nothing else decides which causes an answer points to.
 *
 * 2 = a sign the article ties to the cause; 1 = context the article mentions with the cause.
 * `{}` = the answer counts only for the evaluation criteria (below), not for a cause.
 */
export const ANSWER_WEIGHTS = {
    // "How often": the article ties frequency to the evaluation, not to one cause, and gives no number
    // for "frequent": the options name none either.
    'frequency.now-and-then': {},
    'frequency.often': {},
    'frequency.most-nights': {},
    // "Disrupt your sleep, limit your mobility": evaluation criteria, not signs of one cause.
    'impact.sleep': {},
    'impact.mobility': {},
    // "Cramps often accompanied by heaviness, swelling, or aching in the legs, especially at the end of
    // the day": chronic venous insufficiency or vein disease.
    'legs.heaviness': { veins: 2 },
    'legs.swelling': { veins: 2 },
    'legs.aching': { veins: 2 },
    // "Visible vein changes": the article's vein cause (and an evaluation criterion).
    'vein-changes.yes': { veins: 2 },
    'vein-changes.no': {},
    'vein-changes.not-sure': {},
    // "Vein disease is one of the most underdiagnosed causes ... particularly in people over 40": context
    // that strengthens vein signs, never a sign itself (see `SUPPORTING_ANSWERS`).
    'age.over-40': { veins: 1 },
    'age.40-or-under': {},
    // "Patients who experience leg cramps also report fatigue, brain fog, or poor sleep: all signs that
    // mineral levels are off": electrolyte imbalance. Poor sleep counts only with fatigue or brain fog
    // (see `SUPPORTING_ANSWERS`): on its own it may be the cramps themselves waking the visitor.
    'energy.fatigue': { electrolytes: 2 },
    'energy.brain-fog': { electrolytes: 2 },
    'energy.poor-sleep': { electrolytes: 2 },
    // "Nerve impingement from lumbar disc degeneration or sciatica can lead to abnormal nerve firing,
    // which may trigger cramps, twitching, or burning sensations": nerve causes.
    'nerves.back-or-hips': { nerves: 2 },
    'nerves.sciatica': { nerves: 2 },
    'nerves.twitching': { nerves: 2 },
    'nerves.burning': { nerves: 2 },
    // The article names numbness only among the reasons for a full evaluation, not with a cause.
    'nerves.numbness': {},
    // "A tight Achilles tendon, imbalanced gait, or weak glutes can place excess strain on the calf and
    // foot muscles during sleep": musculoskeletal causes (the article's third cause).
    'movement.tight-achilles': { nerves: 2 },
    'movement.imbalanced-gait': { nerves: 2 },
    'movement.weak-glutes': { nerves: 2 },
};
export const ANSWER_IDS = Object.keys(ANSWER_WEIGHTS);
/**
 * Answers whose weight counts only when another answer already points to the same cause: they
 * strengthen a cause, they never create it.
 *
 * - Over 40: the article says vein disease is underdiagnosed "particularly in people over 40", which
 *   is about who has it, not a sign of it.
 * - Poor sleep: the article pairs it with fatigue and brain fog; alone it is most often the cramps
 *   themselves breaking the sleep (the impact question), which says nothing about minerals.
 */
export const SUPPORTING_ANSWERS = ['age.over-40', 'energy.poor-sleep'];
/**
 * The article's criteria for a full evaluation, each with the answers that meet it: "If you're
 * experiencing frequent leg cramps at night (especially if they disrupt your sleep, limit your
 * mobility, or are accompanied by swelling, numbness, or visible vein changes) it's time for a full
 * evaluation."
 */
export const EVALUATION_CRITERIA = {
    frequent: ['frequency.often', 'frequency.most-nights'],
    'sleep-or-mobility': ['impact.sleep', 'impact.mobility'],
    'swelling-numbness-or-veins': ['legs.swelling', 'nerves.numbness', 'vein-changes.yes'],
};
export const EVALUATION_CRITERION_IDS = Object.keys(EVALUATION_CRITERIA);
/**
 * The criteria that must all be met for the result to advise a full evaluation. In the article's
 * sentence frequent cramps are the condition; the others come after "especially if", so they make it
 * more pressing and are shown, but are not required.
 */
export const EVALUATION_REQUIRES = ['frequent'];
/**
 * The criteria any one of which makes the result advise talking with a clinician, whatever the
 * frequency: frequent cramps, and the signs the article lists among the reasons for an evaluation
 * (swelling, numbness, visible vein changes). A result without them must not read as an all-clear
 * either; it only does not add this advice.
 */
export const CLINICIAN_ADVISED_BY = ['frequent', 'swelling-numbness-or-veins'];
/** The question an answer belongs to: `legs.swelling` -> `legs`. */
export function questionOf(answer) {
    return answer.slice(0, answer.indexOf('.'));
}
export const selfCheckTitle = () => msg('What may be causing my night cramps?');
const chooseAll = () => msg('Choose all that apply.');
/** The questions, in the order they are asked. Every answer id here is a key of `ANSWER_WEIGHTS`. */
export const selfCheckQuestions = () => [
    {
        id: 'frequency',
        kind: 'single',
        text: msg('How often do you get leg cramps at night?'),
        options: [
            { id: 'frequency.now-and-then', label: msg('Now and then') },
            { id: 'frequency.often', label: msg('Often') },
            { id: 'frequency.most-nights', label: msg('Most nights') },
        ],
    },
    {
        id: 'impact',
        kind: 'multiple',
        text: msg('Do the cramps disrupt your sleep or limit your mobility?'),
        hint: chooseAll(),
        options: [
            { id: 'impact.sleep', label: msg('They disrupt my sleep') },
            { id: 'impact.mobility', label: msg('They limit my mobility') },
        ],
    },
    {
        id: 'legs',
        kind: 'multiple',
        text: msg('Do your legs feel heavy, swollen, or achy, especially at the end of the day?'),
        hint: chooseAll(),
        options: [
            { id: 'legs.heaviness', label: msg('Heaviness') },
            { id: 'legs.swelling', label: msg('Swelling') },
            { id: 'legs.aching', label: msg('Aching') },
        ],
    },
    {
        id: 'vein-changes',
        kind: 'single',
        text: msg('Have you noticed visible changes in the veins of your legs?'),
        options: [
            { id: 'vein-changes.yes', label: msg('Yes'), evidence: msg('Visible vein changes') },
            { id: 'vein-changes.no', label: msg('No') },
            { id: 'vein-changes.not-sure', label: msg('Not sure') },
        ],
    },
    {
        id: 'age',
        kind: 'single',
        text: msg('Are you over 40?'),
        options: [
            { id: 'age.over-40', label: msg('Yes'), evidence: msg('Over 40') },
            { id: 'age.40-or-under', label: msg('No') },
        ],
    },
    {
        id: 'energy',
        kind: 'multiple',
        text: msg('Apart from the cramps, do you often have any of these?'),
        hint: chooseAll(),
        options: [
            { id: 'energy.fatigue', label: msg('Fatigue') },
            { id: 'energy.brain-fog', label: msg('Brain fog') },
            { id: 'energy.poor-sleep', label: msg('Poor sleep') },
        ],
    },
    {
        id: 'nerves',
        kind: 'multiple',
        text: msg('Do you have any of these?'),
        hint: chooseAll(),
        options: [
            { id: 'nerves.back-or-hips', label: msg('Back or hip problems, such as lumbar disc degeneration'), evidence: msg('Back or hip problems') },
            { id: 'nerves.sciatica', label: msg('Sciatica') },
            { id: 'nerves.twitching', label: msg('Twitching in the legs'), evidence: msg('Twitching') },
            { id: 'nerves.burning', label: msg('Burning sensations') },
            { id: 'nerves.numbness', label: msg('Numbness') },
        ],
    },
    {
        id: 'movement',
        kind: 'multiple',
        text: msg('Have you noticed, or been told about, any of these?'),
        hint: chooseAll(),
        options: [
            { id: 'movement.tight-achilles', label: msg('A tight Achilles tendon'), evidence: msg('Tight Achilles tendon') },
            { id: 'movement.imbalanced-gait', label: msg('An imbalanced gait'), evidence: msg('Imbalanced gait') },
            { id: 'movement.weak-glutes', label: msg('Weak glutes') },
        ],
    },
];
/** Why an answer points to each cause: the article's reasoning in one or two sentences. */
export const causeReasons = () => ({
    electrolytes: msg('Low levels of magnesium, potassium, calcium, or sodium affect how muscles contract and relax. Fatigue, brain fog, or poor sleep alongside leg cramps can be signs that mineral levels are off.'),
    veins: msg('Heaviness, swelling, or aching in the legs, especially at the end of the day, can come with chronic venous insufficiency. In this condition, leg veins struggle to return blood to the heart. Vein disease is one of the most underdiagnosed causes of nighttime leg cramps, particularly in people over 40.'),
    nerves: msg('Nerve irritation from lumbar disc degeneration or sciatica can trigger cramps, twitching, or burning. A tight Achilles tendon, imbalanced gait, or weak glutes can strain the calf and foot muscles during sleep.'),
});
/** The article's evaluation criteria as a checklist, in the order of `EVALUATION_CRITERIA`. */
export const evaluationCriterionLabels = () => ({
    frequent: msg('Frequent cramps at night'),
    'sleep-or-mobility': msg('They disrupt your sleep or limit your mobility'),
    'swelling-numbness-or-veins': msg('Swelling, numbness, or visible vein changes'),
});
/** The one line the self-check adds to the article: what it is not for. */
export const emergencyNote = () => `${emergencyLine()} ${msg('This self-check is not for them.')}`;
/** The result's first sentence: what the causes below are, or why there are none. */
export const resultLead = (result) => {
    if (!result.answered)
        return msg('You did not answer any question, so this self-check cannot point to a possible cause.');
    if (result.causes.length === 0) {
        return msg('Your answers do not point to one of the article’s three causes in particular. A clinician can help find the reason for your cramps.');
    }
    return msg('Your answers point to the following as possible causes to discuss with a clinician. This is not a diagnosis.');
};
/** How the causes shown compare, when there is more than one: equal scores are said to be equally likely. */
export const resultOrderNote = (result) => {
    const shown = result.causes.length;
    if (shown < 2)
        return undefined;
    if (result.leading.length === 1)
        return msg('Your answers point most to the first.');
    if (result.leading.length === shown)
        return msg('From your answers, they are equally likely.');
    return msg('From your answers, the first two are equally likely, the third less so.');
};
/** What the result says about the article's criteria for a full evaluation: one or two sentences. */
export const evaluationVerdict = (result) => {
    if (result.evaluationAdvised)
        return [msg('Your answers meet the article’s criteria: it is time for a full evaluation.')];
    if (result.clinicianAdvised) {
        return [
            msg('You report swelling, numbness, or visible vein changes. The article lists them among the reasons for a full evaluation.'),
            msg('Talk with a clinician about them, however often your cramps come.'),
        ];
    }
    return [
        msg('Your answers do not show frequent cramps, the article’s main reason for a full evaluation.'),
        msg('If they become frequent, or whenever your symptoms worry you, talk with a clinician.'),
    ];
};
/** The line above the checklist of the article's criteria. */
export const evaluationChecklistLead = () => msg('The article advises a full evaluation for frequent cramps at night, especially with the other signs below.');
/** The line beside the call to action at the end of the result. */
export const resultCallText = (result) => result.answered ? msg('Talk your result through with the clinic and find the root cause.') : msg('The clinic can help find out what is behind your night cramps.');
/** Every sentence the result says about the causes and the evaluation, in the order shown (for reviews and tests). */
export const resultStatements = (result) => {
    const order = resultOrderNote(result);
    return [resultLead(result), ...(order ? [order] : []), ...(result.answered ? evaluationVerdict(result) : [])];
};
