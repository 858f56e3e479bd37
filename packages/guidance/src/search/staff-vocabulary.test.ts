import { describe, expect, it } from 'vitest';
import { answerOnce } from '../answer';
import { parseDocuments } from '../ingest/parse-document';
import { SAMPLE_DOCS, SAMPLE_SERVICE } from '../testing/sample-guidance';
import { createGuidanceIndex } from './guidance-index';
import { applyVocabulary, vocabularyRewrites, withVocabulary } from './staff-vocabulary';

const index = createGuidanceIndex(parseDocuments(SAMPLE_DOCS));
const statement = { words: ['statement of special educational needs', 'SSEN', 'statement of SEN'] };
const ctx = { service: SAMPLE_SERVICE, today: '2026-03-02' };

describe('staff vocabulary', () => {
  it("reads a family's word as the group's word the guidance uses, whole words only", () => {
    const rewrites = vocabularyRewrites(index, [statement]);
    expect(rewrites.map((r) => r.to)).toEqual(['statement of special educational needs']);
    expect(applyVocabulary('Has an SSEN?', rewrites)).toContain(
      'statement of special educational needs',
    );
    expect(applyVocabulary('the SSENs office, assessment', rewrites)).toBe(
      'the SSENs office, assessment',
    );
  });

  it("lets a question in the family's words find the passage, quoted exactly", async () => {
    const question = 'My daughter has an SSEN, can we use mediation?';
    expect((await answerOnce(question, { ...ctx, index })).answered).toBe(false);
    const taught = await answerOnce(question, {
      ...ctx,
      index: withVocabulary(index, [statement]),
    });
    expect(taught.answered).toBe(true);
    const passage = index.passages.find((p) => p.text.includes('still has a statement'))!;
    // The sentence, with the rest of its short paragraph (settings.ts wholeParagraph).
    expect(taught.citations[0]!.quote).toContain('still has a statement');
    for (const c of taught.citations) expect(passage.text).toContain(c.quote);
  });

  it('changes nothing for a group whose words the guidance never uses', () => {
    const groups = [{ words: ['respite', 'short breaks'] }];
    expect(vocabularyRewrites(index, groups)).toEqual([]);
    expect(withVocabulary(index, groups)).toBe(index);
  });
});
