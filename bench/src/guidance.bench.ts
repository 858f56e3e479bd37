// How fast @sen/guidance answers offline and indexes pages, each against a baseline measured in
// the same run: a bare keyword scan over the same passages (lower-cased word overlap, no index,
// synonyms, safety, intents or sentence choice) for answers, and parsing alone for indexing.
// Goals: offline answer p95 < 20 ms; indexing 1,000 pages < 5 s.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  answerOnce,
  createGuidanceIndex,
  DEFAULT_CRISIS_MESSAGE,
  parseDocuments,
  type GuidanceDocument,
} from '@sen/guidance';

const here = dirname(fileURLToPath(import.meta.url));

/** The shared evaluation folder beside the checkout, or our own sample questions without it. */
function sharedFolder(): string | undefined {
  for (let dir = here; dirname(dir) !== dir; dir = dirname(dir)) {
    if (existsSync(join(dir, 'shared', 'eval', 'dev.jsonl'))) return join(dir, 'shared');
  }
  return undefined;
}

const shared = sharedFolder();
const docs: GuidanceDocument[] = shared
  ? readdirSync(join(shared, 'guidance')).map((file) => ({
      id: file,
      title: file,
      format: file.endsWith('.md') ? 'markdown' : file.endsWith('.html') ? 'html' : 'text',
      body: readFileSync(join(shared, 'guidance', file), 'utf8'),
    }))
  : generatePages(3);
const questions: string[] = shared
  ? readFileSync(join(shared, 'eval', 'dev.jsonl'), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => (JSON.parse(l) as { q: string }).q)
  : [
      'Is mediation free?',
      'Do I need a certificate before I appeal?',
      'What is your phone number?',
    ];
if (!shared) console.log('(no shared/ folder found: using generated pages and sample questions)');

const passages = parseDocuments(docs);
const index = createGuidanceIndex(passages);
const ctx = {
  index,
  service: { crisisMessage: DEFAULT_CRISIS_MESSAGE },
  today: '2025-06-10',
};
const passageWords = passages.map((p) => new Set(p.text.toLowerCase().split(/\W+/)));
function keywordScan(q: string): number {
  const asked = q
    .toLowerCase()
    .split(/\W+/)
    .filter((w) => w.length > 2);
  let best = -1;
  let bestScore = 0;
  passageWords.forEach((words, i) => {
    const score = asked.filter((w) => words.has(w)).length;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function latencies(fn: (q: string) => unknown, rounds: number): Promise<number[]> {
  for (const q of questions) await fn(q); // warm up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of questions) {
      const t0 = performance.now();
      await fn(q);
      times.push(performance.now() - t0);
    }
  }
  return times.sort((a, b) => a - b);
}

// Other work on the machine shows up as tail latency: say how busy it was.
console.log(`machine: ${cpus().length} CPUs, load average ${loadavg()[0]!.toFixed(1)}`);
const rounds = 50;
const base = await latencies(keywordScan, rounds);
const ours = await latencies((q) => answerOnce(q, ctx), rounds);
// The same questions as the third message of a conversation that has a story, a route and
// dates in its state (what the API passes back with every message).
let state: unknown;
for (const earlier of [
  'The council refused to assess my son for an EHC plan, what can I do?',
  'The letter was dated 3 March 2025. When is my deadline?',
])
  state = (await answerOnce(earlier, { ...ctx, state })).state;
const inConversation = await latencies((q) => answerOnce(q, { ...ctx, state }), rounds);
const fmt = (ms: number) => `${ms.toFixed(2).padStart(7)} ms`;
console.log(
  `offline answers over ${questions.length} questions × ${rounds} rounds, ${passages.length} passages`,
);
console.log(
  `  baseline (keyword scan)            p50 ${fmt(percentile(base, 50))}  p95 ${fmt(percentile(base, 95))}`,
);
console.log(
  `  answerOnce (whole pipeline)        p50 ${fmt(percentile(ours, 50))}  p95 ${fmt(percentile(ours, 95))}`,
);
console.log(
  `  answerOnce, 3rd turn of a chat      p50 ${fmt(percentile(inConversation, 50))}  p95 ${fmt(percentile(inConversation, 95))}`,
);
const worst = Math.max(percentile(ours, 95), percentile(inConversation, 95));
console.log(
  `  ratio p95 ${(percentile(ours, 95) / percentile(base, 95)).toFixed(1)}× baseline; goal p95 < 20 ms (with conversation state): ${worst < 20 ? 'met' : 'MISSED'}`,
);

// 1,000 generated pages of the field's vocabulary, with headings, lists and contact lines.
const pages = generatePages(1_000);
let t0 = performance.now();
const parsed = parseDocuments(pages);
const parseMs = performance.now() - t0;
t0 = performance.now();
const big = createGuidanceIndex(parseDocuments(pages));
const indexMs = performance.now() - t0;
console.log(`indexing 1,000 pages (${parsed.length} passages)`);
console.log(`  baseline (parse only)              ${fmt(parseMs)}`);
console.log(`  parse + index                      ${fmt(indexMs)}`);
console.log(
  `  ratio ${(indexMs / parseMs).toFixed(1)}× baseline; goal < 5 s: ${indexMs < 5_000 ? 'met' : 'MISSED'}`,
);

const bigCtx = { ...ctx, index: big };
const onBig = await latencies((q) => answerOnce(q, bigCtx), 5);
console.log(
  `offline answers over the 1,000-page index   p50 ${fmt(percentile(onBig, 50))}  p95 ${fmt(percentile(onBig, 95))}`,
);

/**
 * Pages with the field's words spread through ordinary prose: a vocabulary of a few thousand
 * words with a long tail, as real pages have, so term statistics look like a real corpus.
 */
function generatePages(n: number): GuidanceDocument[] {
  const field =
    'mediation mediator tribunal appeal certificate adviser council school academy college nursery parent carer child young person plan assessment provision health social care disagreement resolution decision letter months weeks working days confidential voluntary free independent impartial support advice information meeting agreement review needs special educational disability discrimination'.split(
      ' ',
    );
  let seed = 42;
  const rand = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const syllables = ['ka', 'lo', 'mi', 'ren', 'tas', 'vo', 'quin', 'der', 'pa', 'sul', 'ne', 'bra'];
  const filler = Array.from({ length: 3_000 }, (_, i) => {
    let w = '';
    for (let k = i + 7; k > 0; k = Math.floor(k / syllables.length))
      w += syllables[k % syllables.length];
    return w;
  });
  // Zipf-like: low ranks are common, the tail is rare.
  const pick = () =>
    rand() < 0.15
      ? field[Math.floor(rand() * field.length)]!
      : filler[Math.floor(filler.length * rand() ** 3)]!;
  const sentence = (k: number) => {
    const s = Array.from({ length: k }, pick).join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
  };
  return Array.from({ length: n }, (_, i) => {
    const sections = Array.from({ length: 5 }, (_, j) =>
      [
        `## ${sentence(4).slice(0, -1)} ${j}`,
        '',
        `${sentence(18)} ${sentence(12)}`,
        '',
        `${sentence(8).slice(0, -1)}:`,
        '',
        ...Array.from({ length: 3 }, () => `- ${sentence(10)}`),
      ].join('\n'),
    );
    return {
      id: `page-${i}`,
      title: `Generated page ${i}`,
      format: 'markdown' as const,
      body: `# Generated page ${i}\n\nTelephone: 01632 960 ${String(i % 1000).padStart(3, '0')}\n\n${sections.join('\n\n')}\n`,
    };
  });
}
