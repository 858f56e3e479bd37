import { z } from 'zod';
import { learnedModel } from './learned-model';
import { FEATURES, featureVector, type Scored } from './sentence-features';

// The learned ranker: which sentence of the candidates answers the question, and whether any
// does. A linear score over general features of a sentence as an answer (sentence-features.ts),
// trained by scripts/train-ranker.ts as a choice among the candidates and "none of them": a
// sentence is shown only when it scores above `none`. Its weights are data (data/ranker.json),
// regenerated from the labelled question sets, never edited by hand.

const modelSchema = z.object({
  features: z.array(z.string()),
  mean: z.array(z.number()),
  scale: z.array(z.number()),
  weights: z.array(z.number()),
  none: z.number(),
  trainedOn: z.array(z.string()),
});
export type RankerModel = z.infer<typeof modelSchema>;

/**
 * A model may read fewer features than FEATURES (one trained before a feature was added still
 * reads its own), but none this code does not compute.
 */
const readsKnownFeatures = (m: RankerModel) =>
  m.features.every((f) => (FEATURES as readonly string[]).includes(f)) &&
  m.weights.length === m.features.length;

const fallback = learnedModel('ranker.json', modelSchema, readsKnownFeatures);
const override = learnedModel('override-ranker.json', modelSchema, readsKnownFeatures);

/** The ranker that answers where the hand-set rules choose nothing (data/ranker.json). */
export const rankerModel = (): RankerModel | null => fallback.get();

/**
 * The ranker that reads the rules' choice among the other candidates and may prefer another
 * (data/override-ranker.json): trained on the questions where the rules do choose.
 */
export const overrideModel = (): RankerModel | null => override.get();

/** Replaces the model for this process (training and tests). */
export const useRankerModel = (model: RankerModel | null): void => fallback.use(model);

/** Replaces the override model for this process (training and tests). */
export const useOverrideModel = (model: RankerModel | null): void => override.use(model);

/** The sentence's score: above the model's `none` means it answers. */
export function rankScore(model: RankerModel, s: Scored): number {
  return linear(model, featureVector(s, model.features));
}

export function linear(model: RankerModel, x: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < x.length; i++)
    z += model.weights[i]! * ((x[i]! - model.mean[i]!) / model.scale[i]!);
  return z;
}
