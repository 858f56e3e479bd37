import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answer, answerOnce } from './answer';
import { parseDocument } from './ingest/parse-document';
import { loadLanguageDetection } from './pipeline/language';
import { createGuidanceIndex } from './search/guidance-index';
import { SAMPLE_SERVICE } from './testing/sample-guidance';
import type { AnswerEvent } from './types';

const WORDS = [
  'mediation',
  'appeal',
  'council',
  'school',
  'free',
  'plan',
  'EHC',
  'tribunal',
  'certificate',
  'parent',
  'child',
  'voluntary',
  'health',
  '25',
  'months',
  'private',
];
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 3, maxLength: 12 })
  .map((w) => `${w.join(' ')}.`);
const block = fc.oneof(
  sentence,
  sentence.map((s) => `## ${s.slice(0, -1)}`),
  fc
    .array(sentence, { minLength: 1, maxLength: 3 })
    .map((items) => items.map((i) => `- ${i}`).join('\n')),
);
const page = fc.array(block, { minLength: 1, maxLength: 12 }).map((b) => b.join('\n\n'));
const question = fc.oneof(
  fc
    .array(fc.constantFrom(...WORDS, 'what', 'is', 'do', 'I', 'need'), {
      minLength: 1,
      maxLength: 10,
    })
    .map((w) => `${w.join(' ')}?`),
  fc.string({ maxLength: 80 }),
);

describe('answer properties', () => {
  // The language model loads on the first answer (a fifth to half a second); load it first so
  // the property's time limit measures answers.
  beforeAll(() => loadLanguageDetection());

  it('quotes only exact passage text, and streams exactly the answer text', async () => {
    await fc.assert(
      fc.asyncProperty(page, question, async (body, q) => {
        const passages = parseDocument({ id: 'p', title: 'P', format: 'markdown', body });
        const ctx = {
          index: createGuidanceIndex(passages),
          service: SAMPLE_SERVICE,
          today: '2025-06-10',
        };
        const result = await answerOnce(q, ctx);
        if (result.kind === 'answer') {
          for (const c of result.citations)
            expect(passages.some((p) => p.text.includes(c.quote))).toBe(true);
          expect(result.citations.length).toBeGreaterThan(0);
        }
        const events: AnswerEvent[] = [];
        for await (const e of answer(q, ctx)) events.push(e);
        const streamed = events.flatMap((e) => (e.type === 'delta' ? [e.text] : [])).join('');
        expect(streamed).toBe(result.text);
      }),
      { numRuns: 150 },
    );
    // 150 random pages, each indexed and answered: seconds on a busy 2-core machine.
  }, 30_000);
});
