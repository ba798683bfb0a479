// Prints the self-check's result for a few representative answer sets: the causes, the scores, and
// the sentences the result shows about them. Reads the built npm modules (run `npm run build` first).
// Used to compare the scoring before and after a change:  node scripts/self-check-cases.mjs
import * as scoring from '../dist/npm/content/self-check-scoring.js';
import * as wording from '../dist/npm/content/self-check.js';

export const CASES = {
  'over 40, no vein signs': ['frequency.now-and-then', 'age.over-40', 'vein-changes.no'],
  'poor sleep only from the cramps': ['frequency.most-nights', 'impact.sleep', 'energy.poor-sleep'],
  'a tie (aching + brain fog)': ['legs.aching', 'energy.brain-fog'],
  'infrequent cramps + swelling + numbness': ['frequency.now-and-then', 'legs.swelling', 'nerves.numbness'],
  'frequent cramps + heaviness': ['frequency.most-nights', 'legs.heaviness'],
};

/** The result's sentences: from the content module when it has them, else the component's old logic. */
function statements(result) {
  if (wording.resultStatements) return wording.resultStatements(result);
  const lines = [];
  if (result.causes.length > 1) lines.push('The first is the one most of your answers point to.');
  if (result.answered)
    lines.push(
      result.evaluationAdvised
        ? 'Your answers meet the article’s criteria: it is time for a full evaluation.'
        : 'Your answers do not show frequent cramps, the article’s main reason for a full evaluation.',
    );
  return lines;
}

for (const [name, answers] of Object.entries(CASES)) {
  const result = scoring.scoreAnswers(answers);
  const scores = Object.entries(result.scores).map(([cause, score]) => `${cause} ${score}`).join(', ');
  console.log(`## ${name}\n   answers: ${answers.join(' + ')}`);
  console.log(`   causes: ${result.causes.join(' > ') || '(none)'}   scores: ${scores}   evaluation advised: ${result.evaluationAdvised}`);
  for (const line of statements(result)) console.log(`   says: ${line}`);
}
