// Time to the first sentence a family sees when a model words the answer, against the offline
// answer measured in the same run. The model is an OpenAI-compatible server on loopback that
// streams a grounded three-sentence reply in the structured shape at a provider-like pace
// (FIRST_TOKEN_MS before the first token, then a chunk every CHUNK_MS); each
// sentence is verified as its JSON object closes and sent at once. Goal: the first sentence
// arrives well before the whole reply (streaming pays), within the first-token time plus one
// sentence of tokens.
import {
  answer,
  answerOnce,
  createGuidanceIndex,
  parseDocuments,
  type LlmConfig,
} from '@sen/guidance';
import { sseChunk, startFakeOpenAi, type ChatBody } from '@sen/guidance/testing';

const FIRST_TOKEN_MS = 400;
const CHUNK_MS = 25;
const CHUNK_CHARS = 8; // about two tokens
const RUNS = 15;

const PAGE = `# Mediation

## What happens in mediation

- A mediator meets everyone involved, listens to each side and helps you look for an agreement you can all accept.
- The mediator is neutral: they will not decide who is right or tell you what to do.
- What is said in mediation stays private and cannot be used later at the Tribunal.

## Who runs it

Mediation is run by an independent service that is not part of the council.
`;
const index = createGuidanceIndex(
  parseDocuments([{ id: 'mediation.md', title: 'Mediation', format: 'markdown', body: PAGE }]),
);
const service = {
  name: 'Bench Mediation',
  phone: '01632 960 000',
  crisisMessage: 'If anyone is in immediate danger, call 999.',
};
const QUESTION = 'What happens in a mediation meeting?';

/** The model copies the first three digit-free passages it was shown, one sentence each. */
function groundedReply(body: ChatBody): string {
  const user = body.messages.find((m) => m.role === 'user')?.content ?? '';
  const shown = [...user.matchAll(/\[(\d+)\] \([^)]*\)\n([^\n]+)/g)]
    .map((m) => ({ n: Number(m[1]), text: m[2]! }))
    .filter((p) => !/\d/.test(p.text))
    .slice(0, 3);
  return JSON.stringify({
    no_answer: false,
    sentences: shown.map((p) => ({ text: p.text, cites: [p.n] })),
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const fake = await startFakeOpenAi();
fake.handle((_req, res, body) => {
  const reply = groundedReply(body);
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  void (async () => {
    await sleep(FIRST_TOKEN_MS);
    for (let i = 0; i < reply.length; i += CHUNK_CHARS) {
      res.write(sseChunk(reply.slice(i, i + CHUNK_CHARS)));
      await sleep(CHUNK_MS);
    }
    res.end('data: [DONE]\n\n');
  })();
});

const llm: LlmConfig = {
  apiKey: 'bench',
  baseUrl: fake.baseUrl,
  model: 'bench',
  timeoutMs: 30_000,
  maxTokens: 600,
};
const ctx = { index, service, today: '2026-01-05' };

await answerOnce(QUESTION, ctx); // warm up (first index search, regexes)
const offline: number[] = [];
const first: number[] = [];
const whole: number[] = [];
let source = '';
for (let i = 0; i < RUNS; i++) {
  let t = performance.now();
  await answerOnce(QUESTION, ctx);
  offline.push(performance.now() - t);

  t = performance.now();
  let firstAt = 0;
  for await (const ev of answer(QUESTION, { ...ctx, llm })) {
    if (ev.type === 'delta' && !firstAt) firstAt = performance.now() - t;
    if (ev.type === 'done') source = ev.answer.source;
  }
  first.push(firstAt);
  whole.push(performance.now() - t);
}
await fake.close();

const p = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((q / 100) * s.length))]!;
};
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 0).padStart(7)} ms`;
console.log(
  [
    `model: first token after ${FIRST_TOKEN_MS} ms, then ${CHUNK_CHARS} characters every ${CHUNK_MS} ms; ${RUNS} runs; answers written by: ${source}`,
    `  offline answer (baseline)              p50 ${fmt(p(offline, 50))}  p95 ${fmt(p(offline, 95))}`,
    `  model: first verified sentence shown   p50 ${fmt(p(first, 50))}  p95 ${fmt(p(first, 95))}`,
    `  model: whole answer                    p50 ${fmt(p(whole, 50))}  p95 ${fmt(p(whole, 95))}`,
    `  first sentence at ${((100 * p(first, 50)) / p(whole, 50)).toFixed(0)}% of the whole answer's time; ${(p(first, 50) / p(offline, 50)).toFixed(0)}× the offline answer`,
  ].join('\n'),
);
if (source !== 'llm') {
  console.log('  the model answer was not shown: the figures above are not of a model answer');
  process.exitCode = 1;
}
