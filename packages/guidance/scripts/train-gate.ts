// Trains the answer gate (src/pipeline/answer-gate.ts) and writes data/answer-gate.json. For each
// question of the training sets where the hand-set rules choose a sentence, the sentence the
// engine would show (the rules' choice as the override ranker may change it) is labelled right
// when it holds one of the set's `cite` phrases, and wrong otherwise; a question the pages do not
// answer (type decline / out_of_scope) is always wrong to answer. A logistic regression over the
// sentence's features and the override ranker's certainty learns how likely a choice is right.
// Wrong answers to answerable questions count `--wrong-weight` (default 0.5) as much as the
// others: declining them costs nothing, but they are also where a right answer is nearest.
// Usage (from packages/guidance): npx tsx scripts/train-gate.ts [--check] [--wrong-weight N]
//   [--without SET]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { focusOf, rulesChoice } from '../src/pipeline/compose';
import { useAnswerWords } from '../src/pipeline/answer-words';
import {
  GATE_FEATURES,
  gateInput,
  useGateModel,
  type GateModel,
} from '../src/pipeline/answer-gate';
import {
  EXTENDED_SETS,
  adamStep,
  answerWordsWithout,
  arg,
  citedBy,
  indexOf,
  isDecline,
  pkg,
  questionsOf,
  withoutArg,
  leaveOwnPrecedentsOut,
} from './training-sets';

const TRAIN = withoutArg(EXTENDED_SETS);
const WRONG_WEIGHT = Number(arg('--wrong-weight') ?? 0.5);
const L2 = 0.01;
useGateModel(null);

interface Example {
  x: number[];
  label: 'right' | 'wrong' | 'decline';
}
const examples: Example[] = [];
for (const set of TRAIN) {
  const index = await indexOf(set);
  // The answer words each service's questions are scored with were learned without them.
  useAnswerWords(await answerWordsWithout(set, TRAIN));
  leaveOwnPrecedentsOut(set);
  for (const q of questionsOf(set)) {
    if (q.history) continue;
    const decline = isDecline(q);
    if (!decline && ((q.type ?? 'answer') !== 'answer' || !q.cite)) continue;
    const ruled = rulesChoice(focusOf(q.q), index);
    if (!ruled?.choice.certainty) continue;
    const { chosen, certainty } = ruled.choice;
    examples.push({
      x: gateInput(chosen, certainty),
      label: decline ? 'decline' : citedBy(q)(chosen.unit.text) ? 'right' : 'wrong',
    });
  }
}

const n = GATE_FEATURES.length;
const mean = GATE_FEATURES.map(
  (_, i) => examples.reduce((s, e) => s + e.x[i]!, 0) / examples.length,
);
const scale = GATE_FEATURES.map(
  (_, i) =>
    Math.sqrt(examples.reduce((s, e) => s + (e.x[i]! - mean[i]!) ** 2, 0) / examples.length) || 1,
);
// weights then bias, fitted together by Adam on the weighted log loss.
const params = new Array(n + 1).fill(0);
const state = { m: new Array(n + 1).fill(0), v: new Array(n + 1).fill(0) };
const chance = (x: number[]) => {
  let z = params[n]!;
  for (let i = 0; i < n; i++) z += params[i]! * ((x[i]! - mean[i]!) / scale[i]!);
  return 1 / (1 + Math.exp(-z));
};
for (let t = 1; t <= 500; t++) {
  const grad = new Array(n + 1).fill(0);
  let total = 0;
  for (const e of examples) {
    const w = e.label === 'wrong' ? WRONG_WEIGHT : 1;
    total += w;
    const d = w * (chance(e.x) - (e.label === 'right' ? 1 : 0));
    for (let i = 0; i < n; i++) grad[i] += d * ((e.x[i]! - mean[i]!) / scale[i]!);
    grad[n] += d;
  }
  for (let k = 0; k <= n; k++) grad[k] = grad[k] / total + (k < n ? L2 * params[k]! : 0);
  adamStep(params, grad, state, t, 0.05);
}

// What it declines of what it was trained on, at a few thresholds.
for (const threshold of [0.15, 0.2, 0.25, 0.3]) {
  const declined = { right: 0, wrong: 0, decline: 0 };
  const of = { right: 0, wrong: 0, decline: 0 };
  for (const e of examples) {
    of[e.label]++;
    if (chance(e.x) < threshold) declined[e.label]++;
  }
  console.error(
    `below ${threshold}: declines ${declined.right}/${of.right} right, ${declined.wrong}/${of.wrong} wrong, ${declined.decline}/${of.decline} the pages do not answer`,
  );
}
const round = (x: number) => Math.round(x * 1e5) / 1e5;
const model: GateModel = {
  features: [...GATE_FEATURES],
  mean: mean.map(round),
  scale: scale.map(round),
  weights: params.slice(0, n).map(round),
  bias: round(params[n]!),
  trainedOn: TRAIN.map((t) => t.file),
};
if (!process.argv.includes('--check'))
  writeFileSync(join(pkg, 'data', 'answer-gate.json'), `${JSON.stringify(model, null, 1)}\n`);
console.error(GATE_FEATURES.map((f, i) => `${f} ${model.weights[i]}`).join('\n'));
