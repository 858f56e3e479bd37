import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../ingest/parse-document';
import { createGuidanceIndex } from '../search/guidance-index';
import { SAMPLE_DOCS } from '../testing/sample-guidance';
import { groupSimilarQuestions } from './question-groups';
import { TAUGHT_CASES } from './taught-cases';

const index = createGuidanceIndex(parseDocuments(SAMPLE_DOCS));

describe('recurring questions', () => {
  it('groups rephrasings of one question, most asked first', () => {
    const [house, london] = TAUGHT_CASES;
    const questions = [
      london!.paraphrases[0]!,
      house!.taught,
      house!.paraphrases[0]!,
      'Where is your office?',
      house!.paraphrases[1]!,
      london!.taught,
      'WHERE is your office',
    ];
    expect(groupSimilarQuestions(questions, index)).toEqual([
      [1, 2, 4],
      [0, 5],
      [3, 6],
    ]);
  });

  it('keeps unrelated questions apart', () => {
    const questions = TAUGHT_CASES[0]!.unrelated;
    expect(groupSimilarQuestions(questions, index)).toEqual(questions.map((_, i) => [i]));
  });
});
