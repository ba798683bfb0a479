import { expect } from '@open-wc/testing';
import { CAUSE_IDS, type CauseId } from '../src/content/article.js';
import {
  ANSWER_IDS,
  ANSWER_WEIGHTS,
  EVALUATION_CRITERIA,
  questionOf,
  selfCheckQuestions,
  type AnswerId,
  type EvaluationCriterionId,
} from '../src/content/self-check.js';
import { evidenceFor, isAnswerId, scoreAnswers } from '../src/content/self-check-scoring.js';

/** Every combination of the given choices: one value of each list (`null` = that question left empty). */
function combinations<T>(lists: T[][]): T[][] {
  return lists.reduce<T[][]>((all, list) => all.flatMap((combo) => list.map((value) => [...combo, value])), [[]]);
}

describe('self-check scoring', () => {
  describe('the tables', () => {
    it('asks every answer of the weight table, each once, and nothing else', () => {
      const asked = selfCheckQuestions().flatMap((question) => question.options.map((option) => option.id));
      expect(new Set(asked).size, 'answer ids are unique').to.equal(asked.length);
      expect([...asked].sort()).to.deep.equal([...ANSWER_IDS].sort());
    });

    it('keeps each answer under its question, the table in question order, and about 8 questions', () => {
      const questions = selfCheckQuestions();
      expect(questions.length).to.be.within(6, 10);
      for (const question of questions) {
        expect(question.options.length, question.id).to.be.at.least(2);
        for (const option of question.options) expect(questionOf(option.id)).to.equal(question.id);
      }
      expect(ANSWER_IDS).to.deep.equal(questions.flatMap((question) => question.options.map((option) => option.id)));
    });

    it('uses only known causes and positive weights, and every cause can be reached', () => {
      const reached = new Set<string>();
      for (const [answer, weights] of Object.entries(ANSWER_WEIGHTS)) {
        for (const [cause, weight] of Object.entries(weights)) {
          expect(CAUSE_IDS as readonly string[], answer).to.include(cause);
          expect(weight, answer).to.be.greaterThan(0);
          reached.add(cause);
        }
      }
      expect([...reached].sort()).to.deep.equal([...CAUSE_IDS].sort());
    });

    it('names only asked answers in the evaluation criteria', () => {
      for (const answers of Object.values(EVALUATION_CRITERIA)) {
        for (const answer of answers) expect(isAnswerId(answer), answer).to.equal(true);
      }
    });
  });

  it('gives a neutral result for no answers at all', () => {
    expect(scoreAnswers([])).to.deep.equal({
      causes: [],
      scores: { electrolytes: 0, veins: 0, nerves: 0 },
      criteriaMet: [],
      evaluationAdvised: false,
      answered: false,
    });
  });

  it('ignores unknown answers and counts a repeated answer once', () => {
    expect(scoreAnswers(['legs.sparkly', 'constructor', '__proto__']).answered).to.equal(false);
    expect(scoreAnswers(['legs.swelling', 'legs.swelling']).scores.veins).to.equal(2);
  });

  it('reports answered without a cause when the answers only concern the evaluation', () => {
    const result = scoreAnswers(['frequency.weekly', 'impact.mobility', 'nerves.numbness']);
    expect(result.causes).to.deep.equal([]);
    expect(result.answered).to.equal(true);
    expect(result.evaluationAdvised).to.equal(true);
    expect(result.criteriaMet).to.deep.equal(['frequent', 'sleep-or-mobility', 'swelling-numbness-or-veins']);
  });

  it('orders all three causes by score when every box is ticked', () => {
    const result = scoreAnswers(ANSWER_IDS);
    // nerves: 7 signs x 2; veins: 4 signs x 2 + over 40; electrolytes: 3 signs x 2.
    expect(result.scores).to.deep.equal({ electrolytes: 6, veins: 9, nerves: 14 });
    expect(result.causes).to.deep.equal(['nerves', 'veins', 'electrolytes']);
  });

  it('keeps the article order for equal scores', () => {
    expect(scoreAnswers(['movement.weak-glutes', 'legs.aching', 'energy.brain-fog']).causes).to.deep.equal(['electrolytes', 'veins', 'nerves']);
    expect(scoreAnswers(['nerves.twitching', 'legs.aching']).causes).to.deep.equal(['veins', 'nerves']);
  });

  it('lists the evidence for a cause in question order', () => {
    const answers = ['age.over-40', 'energy.fatigue', 'vein-changes.yes', 'legs.heaviness', 'frequency.most-nights'];
    expect(evidenceFor(answers, 'veins')).to.deep.equal(['legs.heaviness', 'vein-changes.yes', 'age.over-40']);
    expect(evidenceFor(answers, 'electrolytes')).to.deep.equal(['energy.fatigue']);
    expect(evidenceFor(answers, 'nerves')).to.deep.equal([]);
  });

  /*
   * Every combination of the answers that decide the result: how often, sleep or mobility, one vein
   * sign (or the vein-change answer), age, one electrolyte sign, one nerve or musculoskeletal sign,
   * numbness. The expected result is written out from the article here, not read from the table.
   */
  describe('every combination of the key answers', () => {
    const frequency: (AnswerId | null)[] = [null, 'frequency.now-and-then', 'frequency.weekly', 'frequency.most-nights'];
    const impact: (AnswerId | null)[] = [null, 'impact.sleep', 'impact.mobility'];
    const veinSign: (AnswerId | null)[] = [null, 'legs.heaviness', 'legs.swelling', 'vein-changes.yes', 'vein-changes.no'];
    const age: (AnswerId | null)[] = [null, 'age.over-40', 'age.40-or-under'];
    const electrolyteSign: (AnswerId | null)[] = [null, 'energy.poor-sleep'];
    const nerveSign: (AnswerId | null)[] = [null, 'nerves.sciatica', 'movement.tight-achilles'];
    const numbness: (AnswerId | null)[] = [null, 'nerves.numbness'];
    const all = combinations([frequency, impact, veinSign, age, electrolyteSign, nerveSign, numbness]);

    it(`scores all ${all.length} of them as the article says`, () => {
      expect(all.length).to.equal(4 * 3 * 5 * 3 * 2 * 3 * 2);
      for (const combo of all) {
        const [freq, imp, vein, ageAnswer, electrolyte, nerve, numb] = combo;
        const answers = combo.filter((answer): answer is AnswerId => answer !== null);
        const label = answers.join(' + ') || '(no answers)';

        const veinsScore = (vein && vein !== 'vein-changes.no' ? 2 : 0) + (ageAnswer === 'age.over-40' ? 1 : 0);
        const scores: Record<CauseId, number> = { electrolytes: electrolyte ? 2 : 0, veins: veinsScore, nerves: nerve ? 2 : 0 };
        const expectedCauses = (['electrolytes', 'veins', 'nerves'] as CauseId[])
          .filter((cause) => scores[cause] > 0)
          .sort((a, b) => scores[b] - scores[a]);
        const frequent = freq === 'frequency.weekly' || freq === 'frequency.most-nights';
        const criteria: EvaluationCriterionId[] = [];
        if (frequent) criteria.push('frequent');
        if (imp) criteria.push('sleep-or-mobility');
        if (vein === 'legs.swelling' || vein === 'vein-changes.yes' || numb) criteria.push('swelling-numbness-or-veins');

        const result = scoreAnswers(answers);
        expect(result.causes, label).to.deep.equal(expectedCauses);
        expect(result.scores, label).to.deep.equal(scores);
        expect(result.criteriaMet, label).to.deep.equal(criteria);
        // The article: frequent cramps call for a full evaluation; the other criteria come after "especially if".
        expect(result.evaluationAdvised, label).to.equal(frequent);
        expect(result.answered, label).to.equal(answers.length > 0);
      }
    });
  });

  it('adds every checkbox of a question', () => {
    expect(scoreAnswers(['legs.heaviness', 'legs.swelling', 'legs.aching']).scores.veins).to.equal(6);
    expect(scoreAnswers(['energy.fatigue', 'energy.brain-fog']).scores.electrolytes).to.equal(4);
  });
});
