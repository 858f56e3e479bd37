import { z } from 'zod';
import { semanticSettings } from '../semantic/settings';
import { learnedModel } from './learned-model';
import { FEATURES, featureVector, type Scored } from './sentence-features';

// The answer gate: how likely the sentence the rules (and the override ranker) chose is the one
// that answers. A logistic model over the chosen sentence's features and how sure the override
// ranker was of it, trained by scripts/train-gate.ts on the read sets' questions where the rules
// choose: right (the sentence the set cites), wrong (another sentence) and questions the pages
// do not answer. Below `semanticSettings.answerGate` the engine says the pages do not answer,
// because a wrong answer under a real quote is worse than "I don't know". Its weights are data
// (data/answer-gate.json), never edited by hand.

/** What the gate reads beyond the sentence's own features: the override ranker's certainty. */
export const GATE_EXTRAS = ['chosenShare', 'shareGap', 'eligibleLog'] as const;
export const GATE_FEATURES = [...FEATURES, ...GATE_EXTRAS];

/** The sentence the rules chose, as the override ranker may have changed it. */
export interface RulesChoice {
  chosen: Scored;
  /** How sure the override ranker was (absent when it is off: then the gate is too). */
  certainty?: Certainty;
}

export interface Certainty {
  /** The chosen sentence's share of the ranker's probability. */
  chosenShare: number;
  /** The best sentence's share minus the second best's. */
  shareGap: number;
  /** How many sentences it chose among. */
  eligible: number;
}

const gateSchema = z.object({
  features: z.array(z.string()),
  mean: z.array(z.number()),
  scale: z.array(z.number()),
  weights: z.array(z.number()),
  bias: z.number(),
  trainedOn: z.array(z.string()),
});
export type GateModel = z.infer<typeof gateSchema>;

// A gate trained on other features than this code computes is not read.
const gate = learnedModel(
  'answer-gate.json',
  gateSchema,
  (m) => m.features.join() === GATE_FEATURES.join(),
);

/** The committed gate (data/answer-gate.json), or null. */
export const gateModel = (): GateModel | null => gate.get();

/** Replaces the gate for this process (training and tests). */
export const useGateModel = (model: GateModel | null): void => gate.use(model);

export function gateInput(chosen: Scored, c: Certainty): number[] {
  return [...featureVector(chosen), c.chosenShare, c.shareGap, Math.log(1 + c.eligible)];
}

/** The probability that the chosen sentence answers (0..1). */
export function answerChance(model: GateModel, chosen: Scored, certainty: Certainty): number {
  const x = gateInput(chosen, certainty);
  let z = model.bias;
  for (let i = 0; i < x.length; i++)
    z += model.weights[i]! * ((x[i]! - model.mean[i]!) / model.scale[i]!);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The choice reads like the wrong sentences of the labelled sets (its chance below
 * `semanticSettings.answerGate`): not to be shown. Never unsure without the gate's model or the
 * override ranker's certainty.
 */
export function unsure(choice: RulesChoice): boolean {
  const model = choice.certainty ? gateModel() : null;
  return (
    !!model &&
    !!choice.certainty &&
    answerChance(model, choice.chosen, choice.certainty) < semanticSettings.answerGate
  );
}
