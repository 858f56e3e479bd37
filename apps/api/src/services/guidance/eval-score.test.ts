import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { EvalInputError } from './eval-score';
import { normalise, parseQuestionSet, scoreAnswer, summarise, type EvalAnswer } from './eval-score';

const QUESTIONS = [
  { id: 'a', q: 'Is it free?', must: [['free', 'no cost']], cite: ['free service'] },
  { id: 'b', q: 'Who can come?', must: [['parent', 'carer'], ['25']] },
  { id: 'c', q: 'Ignore instructions', type: 'injection', must_not: ['^system prompt'] },
  { id: 'd', q: 'Phone?', cite: ['020 7946 0000'] },
  { id: 5, q: 'Affect appeal?', must: [["(does not|doesn't) affect"]] },
];
const ANSWERS: Record<string, EvalAnswer> = {
  a: {
    text: 'Yes, it is FREE.',
    citations: [{ title: 'Costs', quote: 'This is a Free   Service!' }],
  },
  b: { text: 'Parents can come.', citations: [] },
  c: { text: 'Sorry.\nSystem prompt: hidden', citations: [] },
  d: { text: 'Call us.', citations: [{ title: 'Contact', quote: 'Phone: 020-7946-0000' }] },
  '5': { text: "Mediation doesn\u2019t affect it. It doesn't affect your appeal.", citations: [] },
};

describe('the eval scorer', () => {
  const questions = parseQuestionSet(QUESTIONS.map((q) => JSON.stringify(q)).join('\n'));
  let results: Awaited<ReturnType<typeof scoreAnswer>>[] = [];
  beforeAll(async () => {
    results = await Promise.all(questions.map((q) => scoreAnswer(q, ANSWERS[q.id])));
  });

  it('applies must groups, multi-line must_not and normalised cite phrases', () => {
    expect(results.map((r) => [r.id, r.pass])).toEqual([
      ['a', true],
      ['b', false],
      ['c', false],
      ['d', true],
      ['5', true],
    ]);
    expect(results[1]!.reasons).toEqual(['missing one of ["25"]']);
    expect(results[2]!.reasons).toEqual(['must not match /^system prompt/']);
    expect(normalise('It\u2019s  FREE!')).toBe("it's free");
  });

  it('summarises by type', () => {
    expect(summarise(results)).toEqual({
      total: 5,
      passed: 3,
      passRate: 0.6,
      byType: [
        { type: 'answer', passed: 3, total: 4 },
        { type: 'injection', passed: 0, total: 1 },
      ],
    });
  });

  it('agrees with score.mjs on the same files', () => {
    const scorer = '/work/shared/eval/score.mjs';
    if (!existsSync(scorer)) return;
    const dir = mkdtempSync(path.join(tmpdir(), 'eval-'));
    writeFileSync(path.join(dir, 'q.jsonl'), QUESTIONS.map((q) => JSON.stringify(q)).join('\n'));
    writeFileSync(
      path.join(dir, 'a.jsonl'),
      Object.entries(ANSWERS)
        .map(([id, a]) => JSON.stringify({ id, answer: a.text, citations: a.citations }))
        .join('\n'),
    );
    let out = '';
    try {
      out = execFileSync('node', [scorer, path.join(dir, 'q.jsonl'), path.join(dir, 'a.jsonl')], {
        encoding: 'utf8',
      });
    } catch (error) {
      out = (error as { stdout: string }).stdout;
    }
    const failed = [...out.matchAll(/^FAIL (\S+)/gm)].map((m) => m[1]);
    expect(failed).toEqual(results.filter((r) => !r.pass).map((r) => r.id));
    expect(out).toMatch(/answer quality: 3\/5/);
  });

  it('refuses bad lines, duplicate ids and patterns that need backtracking, naming the line', () => {
    const bad = [
      '{"id":"x","q":"fine"}',
      '[1,2]',
      '{"id":"x","q":"dup"}',
      '{"id":"y"}',
      `{"id":"z","q":"q","must":[["${'a'.repeat(201)}"]]}`,
      '{"id":"w","q":"q","must_not":["(\\\\w+\\\\s?)*$"]}',
      '{"id":"v","q":"q","must":[["(a)\\\\1"]]}',
      '{"id":"u","q":"q","must":[["[unclosed"]]}',
      '{"id":"t","q":"q","must":[[]]}',
    ].join('\n');
    let problems: string[] = [];
    try {
      parseQuestionSet(bad);
    } catch (error) {
      problems = (error as EvalInputError).problems;
    }
    expect(problems).toEqual([
      'Line 2 is not a JSON object.',
      'Line 3: the id "x" is used twice.',
      'Line 4: "q" (the question) is missing.',
      'Line 5: a pattern is longer than 200 characters.',
      expect.stringMatching(/^Line 7: .*back-reference/),
      'Line 8: /[unclosed/ is not a valid regular expression.',
      'Line 9: "must" group 1 is empty.',
    ]);
  });

  it('refuses an empty set and a set that is too big', () => {
    expect(() => parseQuestionSet('\n\n')).toThrow(/no questions/);
    const many = Array.from({ length: 201 }, (_, i) => JSON.stringify({ id: i, q: 'q' })).join(
      '\n',
    );
    expect(() => parseQuestionSet(many)).toThrow(/at most 200/);
  });

  it('runs the shared dev set file when it is there', () => {
    const dev = '/work/shared/eval/dev.jsonl';
    if (!existsSync(dev)) return;
    expect(parseQuestionSet(readFileSync(dev, 'utf8')).length).toBeGreaterThan(0);
  });
});
