// Trains the answer ranker (src/pipeline/ranker.ts) from labelled question sets and writes
// data/ranker.json. For each question, the candidate sentences the engine scores are labelled by
// the set's `cite` phrases (a sentence containing one answers it); a question the pages do not
// answer (type decline / out_of_scope) has no right sentence, so "none" is its answer. The model
// is a softmax over the candidates and "none" (a listwise choice, so it learns to pick AND to
// decline), fitted by gradient descent with L2. It is used only where the hand-set rules choose
// no sentence, so it is trained on exactly those questions.
// The held-out sets are never read (scripts/training-sets.ts): they measure what the ranker learned.
// With --override it trains the override ranker instead (data/override-ranker.json): on the
// questions where the rules do choose a sentence, a softmax over the candidates alone (the rules'
// choice is one of its features), to learn where that choice is wrong. It reads more sets.
// Usage (from packages/guidance): npx tsx scripts/train-ranker.ts [--check] [--verbose]
//   [--without SET] [--sample DIR] [--decline-weight N] [--override]
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { focusOf, scoreCandidates } from '../src/pipeline/compose';
import { FEATURES, featureVector } from '../src/pipeline/sentence-features';
import { useOverrideModel, useRankerModel, linear, type RankerModel } from '../src/pipeline/ranker';
import { useGateModel } from '../src/pipeline/answer-gate';
import { useAnswerWords } from '../src/pipeline/answer-words';
import {
  BASE_SETS,
  adamStep,
  answerWordsWithout,
  EXTENDED_SETS,
  arg,
  citedBy,
  indexOf,
  isDecline,
  pkg,
  questionsOf,
  withoutArg,
  leaveOwnPrecedentsOut,
} from './training-sets';

const OVERRIDE = process.argv.includes('--override');
const TRAIN = withoutArg(OVERRIDE ? EXTENDED_SETS : BASE_SETS);
/** How much a question the pages do not answer counts against one they do (measured: 2 declined every training question but answered 1 in 9 fewer). */
const DECLINE_WEIGHT = Number(arg('--decline-weight') ?? 1);
const L2 = 0.01;

interface Example {
  set: string;
  id: string;
  x: number[][];
  texts: string[];
  q: string;
  gold: boolean[];
  decline: boolean;
}

useRankerModel(null);
useOverrideModel(null);
// The gate decides after the rankers; they learn the choice without it.
useGateModel(null);

const examples: Example[] = [];
for (const set of TRAIN) {
  const index = await indexOf(set);
  // The answer words each service's questions are scored with were learned without them.
  useAnswerWords(await answerWordsWithout(set, TRAIN));
  leaveOwnPrecedentsOut(set);
  for (const q of questionsOf(set)) {
    if (q.history) continue;
    const decline = isDecline(q);
    if (OVERRIDE && decline) continue; // it only swaps one shown sentence for another
    if (!decline && ((q.type ?? 'answer') !== 'answer' || !q.cite)) continue;
    const found = scoreCandidates(focusOf(q.q), index);
    if (!found) continue;
    // The ranker answers only where the hand-set rules choose nothing (compose.ts): it learns
    // from those questions.
    if (found.scored.some((s) => s.features.legacyBest === 1) !== OVERRIDE) continue;
    const cited = citedBy(q);
    const gold = found.scored.map((s) => cited(s.unit.text));
    if (!decline && !gold.some(Boolean)) continue; // the right sentence is not a candidate
    examples.push({
      set: set.file,
      id: q.id,
      q: q.q,
      x: found.scored.map((s) => featureVector(s)),
      texts: found.scored.map((s) => s.unit.text),
      gold,
      decline,
    });
  }
}

const n = FEATURES.length;
const all = examples.flatMap((e) => e.x);
const mean = FEATURES.map((_, i) => all.reduce((s, x) => s + x[i]!, 0) / all.length);
const scale = FEATURES.map(
  (_, i) => Math.sqrt(all.reduce((s, x) => s + (x[i]! - mean[i]!) ** 2, 0) / all.length) || 1,
);
const model: RankerModel = {
  features: [...FEATURES],
  mean,
  scale,
  weights: new Array(n).fill(0),
  none: 0,
  trainedOn: TRAIN.map((t) => t.file),
};

// Adam on the listwise loss.
const state = { m: new Array(n + 1).fill(0), v: new Array(n + 1).fill(0) };
const lr = 0.05;
for (let epoch = 1; epoch <= 400; epoch++) {
  const grad = new Array(n + 1).fill(0);
  let loss = 0;
  for (const e of examples) {
    const w = e.decline ? DECLINE_WEIGHT : 1;
    const z = e.x.map((x) => linear(model, x));
    const max = Math.max(model.none, ...z);
    const ez = z.map((s) => Math.exp(s - max));
    const enone = OVERRIDE ? 0 : Math.exp(model.none - max);
    const Z = enone + ez.reduce((a, b) => a + b, 0);
    const target = e.decline ? enone : ez.reduce((a, b, i) => a + (e.gold[i] ? b : 0), 0);
    loss -= w * Math.log(target / Z);
    // d(-log target/Z)/dz_i = p_i - [i in target] * ez_i/target
    e.x.forEach((x, i) => {
      const p = ez[i]! / Z - (!e.decline && e.gold[i] ? ez[i]! / target : 0);
      for (let k = 0; k < n; k++) grad[k] += w * p * ((x[k]! - mean[k]!) / scale[k]!);
    });
    if (!OVERRIDE) grad[n] += w * (enone / Z - (e.decline ? 1 : 0));
  }
  for (let k = 0; k < n; k++) grad[k] = grad[k] / examples.length + L2 * model.weights[k]!;
  grad[n] /= examples.length;
  const params = [...model.weights, model.none];
  adamStep(params, grad, state, epoch, lr);
  model.weights = params.slice(0, n);
  model.none = params[n]!;
  if (epoch % 100 === 0)
    console.error(`epoch ${epoch}: loss ${(loss / examples.length).toFixed(4)}`);
}

// How it does on what it was trained on: right sentence first and above "none"; declines below.
let right = 0;
let answerable = 0;
let declined = 0;
let declines = 0;
for (const e of examples) {
  const z = e.x.map((x) => linear(model, x));
  const best = z.indexOf(Math.max(...z));
  if (e.decline) {
    declines++;
    if (z[best]! <= model.none) declined++;
  } else {
    answerable++;
    if ((OVERRIDE || z[best]! > model.none) && e.gold[best]) right++;
    else if (process.argv.includes('--verbose')) {
      const g = z
        .map((s, i) => ({ s, i }))
        .filter((o) => e.gold[o.i])
        .sort((a, b) => b.s - a.s)[0]!;
      const rank = z.filter((s) => s > g.s).length;
      console.error(
        `MISS ${e.id} ${e.q.slice(0, 70)}\n   top ${(z[best]! - model.none).toFixed(2)}: ${e.texts[best]!.slice(0, 80)}\n   gold#${rank} ${(g.s - model.none).toFixed(2)}: ${e.texts[g.i]!.slice(0, 80)}`,
      );
    }
  }
}
console.error(
  `trained on ${examples.length} questions: right sentence shown ${right}/${answerable}; declined ${declined}/${declines}`,
);
const round = (x: number) => Math.round(x * 1e5) / 1e5;
const out = {
  ...model,
  mean: model.mean.map(round),
  scale: model.scale.map(round),
  weights: model.weights.map(round),
  none: round(model.none),
};
if (!process.argv.includes('--check'))
  writeFileSync(
    join(pkg, 'data', OVERRIDE ? 'override-ranker.json' : 'ranker.json'),
    `${JSON.stringify(out, null, 1)}\n`,
  );
console.error(FEATURES.map((f, i) => `${f} ${out.weights[i]}`).join('\n'));
