import { describe, expect, it } from 'vitest';
import { parseQuestionSet, scoreAnswer, summarise } from './eval-score';

const q = {
  id: 'd01',
  q: 'What is the phone number?',
  must: [['020 7946 0000', '020-7946-0000']],
  must_not: ['legal advice'],
  cite: ['Call us on 020 7946 0000'],
};

describe('eval scoring (same rules as shared/eval/score.mjs)', () => {
  it('passes an answer that has each must group and a matching citation', () => {
    const r = scoreAnswer(q, {
      answer: 'You can call 020 7946 0000.',
      citations: [{ title: 'Contact', quote: 'call us on 020 7946 0000, Monday to Friday' }],
    });
    expect(r.reasons).toEqual([]);
    expect(r.passed).toBe(true);
  });

  it('lists every reason an answer fails', () => {
    const r = scoreAnswer(q, {
      answer: 'This is legal advice.',
      citations: [{ title: 'Other', quote: 'nothing here' }],
    });
    expect(r.passed).toBe(false);
    expect(r.reasons).toHaveLength(3);
    expect(scoreAnswer(q, null).reasons).toEqual(['no answer']);
  });

  it('reads JSONL, reporting bad lines by number', () => {
    const { questions, errors } = parseQuestionSet(
      `{"id":"a","q":"One?"}\n\n{"id":2,"q":"Two?","type":"deadline"}\nnot json\n{"id":"x"}\n`,
    );
    expect(questions.map((x) => x.id)).toEqual(['a', '2']);
    expect(errors).toHaveLength(2);
    expect(errors[0]).toMatch(/^Line 4/);
  });

  it('summarises the pass rate by type', () => {
    const ok = scoreAnswer({ id: '1', q: 'a' }, { answer: 'x', citations: [] });
    const bad = scoreAnswer({ id: '2', q: 'b', type: 'crisis' }, null);
    expect(summarise([ok, bad])).toEqual({
      passed: 1,
      total: 2,
      rate: 0.5,
      byType: [
        { type: 'answer', passed: 1, total: 1 },
        { type: 'crisis', passed: 0, total: 1 },
      ],
    });
  });
});
