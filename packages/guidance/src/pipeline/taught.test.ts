import { describe, expect, it } from 'vitest';
import { answerOnce } from '../answer';
import { parseDocuments } from '../ingest/parse-document';
import { createGuidanceIndex } from '../search/guidance-index';
import { SAMPLE_DOCS, SAMPLE_SERVICE } from '../testing/sample-guidance';
import {
  answerFromTaught,
  matchTaught,
  questionSimilarity,
  TAUGHT_THRESHOLD,
  type TaughtExample,
} from './taught';
import { TAUGHT_CASES } from './taught-cases';

const index = createGuidanceIndex(parseDocuments(SAMPLE_DOCS));
const passageWith = (words: string) => index.passages.find((p) => p.text.includes(words))!;
const free = passageWith('free and impartial');

describe('taught questions', () => {
  it.each(TAUGHT_CASES)('a rephrasing of "$taught" matches it; another question does not', (c) => {
    const examples: TaughtExample[] = [{ question: c.taught, passageId: free.id }];
    for (const p of c.paraphrases) {
      expect(questionSimilarity(c.taught, p, index), p).toBeGreaterThanOrEqual(TAUGHT_THRESHOLD);
      expect(matchTaught(p, examples, index)?.example, p).toBe(examples[0]);
    }
    for (const n of c.unrelated) {
      expect(questionSimilarity(c.taught, n, index), n).toBeLessThan(TAUGHT_THRESHOLD);
      expect(answerFromTaught(n, examples, index), n).toBeUndefined();
    }
  });

  it('picks the closest of several taught questions', () => {
    const examples = TAUGHT_CASES.map((c, i) => ({
      question: c.taught,
      passageId: index.passages[i]!.id,
    }));
    TAUGHT_CASES.forEach((c, i) => {
      for (const p of c.paraphrases)
        expect(matchTaught(p, examples, index)?.example, p).toBe(examples[i]);
    });
  });

  it("answers with the passage's exact words, and staff's short answer first", () => {
    const examples = [
      {
        question: 'Will the council pay for my travel to the mediation?',
        passageId: free.id,
        answer: 'Travel is not paid for, but mediation itself costs you nothing.',
      },
    ];
    const a = answerFromTaught('who pays for my travel to get to mediation', examples, index)!;
    expect(a.kind).toBe('answer');
    expect(a.answered).toBe(true);
    expect(a.text.startsWith('Travel is not paid for')).toBe(true);
    expect(a.text).toContain(free.text);
    expect(a.citations).toEqual([expect.objectContaining({ quote: free.text })]);
    const plain = answerFromTaught(
      'who pays for my travel to get to mediation',
      [{ question: examples[0]!.question, passageId: free.id }],
      index,
    )!;
    expect(plain.text).toBe(free.text);
  });

  it('ignores an example whose passage is no longer published', () => {
    expect(
      answerFromTaught(
        'Can the mediation meeting be held at our house?',
        [{ question: 'Can the mediation meeting be held at our house?', passageId: 'gone#1' }],
        index,
      ),
    ).toBeUndefined();
  });

  it('is used by the answer pipeline before retrieval, and only when taught', async () => {
    const question = 'Is it possible to have the mediation at my house?';
    const ctx = { index, service: SAMPLE_SERVICE, today: '2026-03-02' };
    const before = await answerOnce(question, ctx);
    expect(before.citations.map((c) => c.quote)).not.toContain(free.text);
    const taught = await answerOnce(question, {
      ...ctx,
      taught: [{ question: 'Can the mediation meeting be held at our house?', passageId: free.id }],
    });
    expect(taught.answered).toBe(true);
    expect(taught.citations.map((c) => c.quote)).toEqual([free.text]);
    // Safety comes first: a crisis message is never answered from a taught question.
    const crisis = await answerOnce('I want to end it all, can we meet at my house?', {
      ...ctx,
      taught: [{ question: 'Can we meet at my house?', passageId: free.id }],
    });
    expect(crisis.kind).toBe('crisis');
  });

  it('does not join two words through a third that each is only near in meaning', () => {
    // "hold" and "except" are each near "cannot" (0.55, 0.5) and not near each other: through
    // it they once made "Do the mediators hold a licence?" read as "a certificate without
    // mediation", and a sentence about that was shown as the answer.
    const concepts: Record<string, [string, [string, number][]][]> = {
      'mediators hold': [
        ['mediator', [['mediator', 1]]],
        ['hold', [['cannot', 0.55]]],
      ],
      'mediators except': [
        ['mediator', [['mediator', 1]]],
        ['except', [['cannot', 0.5]]],
      ],
      'mediators cannot': [
        ['mediator', [['mediator', 1]]],
        ['cannot', [['cannot', 1]]],
      ],
    };
    const fake = {
      concepts: (text: string) =>
        concepts[text]!.map(([word, terms]) => ({ word, idf: 1, terms: new Map(terms) })),
    } as unknown as Parameters<typeof questionSimilarity>[2];
    // Half the question in common: the other word meets at 0.55 × 0.5, not at 0.5.
    expect(questionSimilarity('mediators hold', 'mediators except', fake)).toBeCloseTo(
      (1 + 0.275) / 2,
      5,
    );
    // A word against itself keeps its link's full strength.
    expect(questionSimilarity('mediators hold', 'mediators cannot', fake)).toBeCloseTo(
      (1 + 0.55) / 2,
      5,
    );
  });
});
