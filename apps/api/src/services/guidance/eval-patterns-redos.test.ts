// Staff patterns are run by a linear-time engine: a pattern that makes a backtracking engine run
// for ever (issue 15: `(.|.)*\x01` froze the whole process, families' chats included) is checked
// quickly, and the server keeps answering /health while an evaluation with it runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuestionSet, scoreAnswer } from './eval-score';
import { publishPage, SAMPLE_PAGE } from '../../testing/fixtures';
import {
  callTrpc,
  createStaff,
  createTestApp,
  ORIGIN,
  sessionCookie,
  type TestApp,
} from '../../testing/harness';

const HOSTILE = ['(.|.)*\\x01', '(a|a)*\\x01', '(\\w+\\s?)*\\x01', '(.*a){20}\\x01'];

describe('patterns that backtrack exponentially in a JavaScript RegExp', () => {
  it.each(HOSTILE)('%s is checked against a long answer in well under 100 ms', async (pattern) => {
    const [q] = parseQuestionSet(JSON.stringify({ id: 'p', q: 'q', must: [[pattern]] }));
    for (const text of ['a'.repeat(8_000), 'ab '.repeat(2_700)]) {
      const started = performance.now();
      const scored = await scoreAnswer(q!, { text, citations: [] });
      expect(performance.now() - started).toBeLessThan(100);
      expect(scored.pass).toBe(false);
    }
  });

  it('refuses a short pattern that expands into a huge one', () => {
    expect(() => parseQuestionSet('{"id":"p","q":"q","must":[["(.*a){999}\\\\x01"]]}')).toThrow(
      /too complex to check quickly/,
    );
  });

  it('still matches what ordinary patterns match (case-insensitive, multi-line must_not)', async () => {
    const [q] = parseQuestionSet(
      JSON.stringify({ id: 'p', q: 'q', must: [['free\\s+meeting']], must_not: ['^costs'] }),
    );
    expect((await scoreAnswer(q!, { text: 'A FREE  meeting.', citations: [] })).pass).toBe(true);
    expect((await scoreAnswer(q!, { text: 'A free meeting.\ncosts £5', citations: [] })).pass).toBe(
      false,
    );
  });
});

describe('an evaluation run with a hostile pattern, over HTTP', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await publishPage(t.db, t.clock.now(), 'mediation', 'Mediation', SAMPLE_PAGE);
    await t.deps.guidance.refresh();
  });
  afterAll(() => t?.close());

  // Retried because the bound is wall-clock time, which a machine busy with other test files
  // can stretch; the defect it guards against (a backtracking engine) never answers at all.
  it('a viewer runs it; /health answers within 100 ms throughout', { retry: 2 }, async () => {
    const cookie = await sessionCookie(t, (await createStaff(t, 'viewer')).id);
    // A warm process (the first request of any kind compiles its code paths); then the run.
    await t.app.request(`${ORIGIN}/health`);
    const plain = JSON.stringify({ id: 'w', q: 'What is mediation?', must: [['mediation']] });
    expect((await callTrpc(t, 'guidance.runEvaluation', { jsonl: plain }, { cookie })).status).toBe(
      200,
    );
    const jsonl = ['What is mediation?', 'Is mediation free?', 'Who comes to mediation?']
      .map((q, i) => JSON.stringify({ id: `q${i}`, q, must: [HOSTILE], must_not: HOSTILE }))
      .join('\n');
    let done = false;
    const run = callTrpc(t, 'guidance.runEvaluation', { jsonl }, { cookie }).finally(() => {
      done = true;
    });
    const waits: number[] = [];
    while (!done) {
      const started = performance.now();
      const health = await t.app.request(`${ORIGIN}/health`);
      waits.push(performance.now() - started);
      expect(health.status).toBe(200);
      await new Promise((r) => setTimeout(r, 5));
    }
    const res = await run;
    expect(res.status, res.raw).toBe(200);
    expect((res.data as { total: number }).total).toBe(3);
    expect(waits.length).toBeGreaterThan(0);
    expect(Math.max(...waits)).toBeLessThan(100);
  });
});
