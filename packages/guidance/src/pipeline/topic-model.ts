import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { relatedTerms, SAME_WEIGHT } from '../search/synonyms';
import { sentenceVector } from '../semantic/sentence-vector';
import { analyze } from '../text/analyze';
import { askingPart } from '../text/asking-part';

// Which of the topics families ask a mediation service (data/topics.json) a message is about: a
// multinomial logistic regression over the message's words and its meaning as a whole, trained
// on the topics' phrasings by scripts/train-topics.ts (data/topic-model.json, never edited by
// hand). It replaced the nearest single phrasing, which a story's one shared word could match
// perfectly ("… will it be the same at mediation?" met "what is mediation?" at 1.0). A model
// weighs every word by how well it tells topics apart, so "mediation", on every topic, counts
// for nothing and "signer" or "wages" for much. On 336 questions written blind for the topics
// (README), the right topic came first for 68 % against 46 % for the nearest phrasing.

/** How the message's words are weighed; fixed when the model is trained, read back from it. */
const featureSettingsSchema = z.object({
  /** The meaning of the message as a whole (its sentence vectors), against one word's 1. */
  meaning: z.number().min(0),
  /** A listed relative of a word ("same" groups of data/vocabulary.json), against the word's 1. */
  relatives: z.number().min(0).max(1),
  /** A word outside the clause that asks, in a message that has one: the story around it. */
  story: z.number().min(0).max(1),
});
export type FeatureSettings = z.infer<typeof featureSettingsSchema>;

const modelSchema = z.object({
  /** sha256 of the data files the model is trained on (a test checks it). */
  source: z.string(),
  settings: featureSettingsSchema,
  topics: z.array(z.string()).min(2),
  bias: z.array(z.number()),
  /** Per word: its weight for each topic, int8 in base64, times `scale`. */
  words: z.record(z.string(), z.object({ scale: z.number(), weights: z.string() })),
  /** Per dimension of the sentence vector, the same. */
  meaning: z.array(z.object({ scale: z.number(), weights: z.string() })),
});
export type TopicModelFile = z.infer<typeof modelSchema>;

/** The two models: which topic a family's message asks about, and which a page's sentence answers. */
export type TopicModelKind = 'question' | 'sentence';

const MODEL_URL: Record<TopicModelKind, URL> = {
  question: new URL('../../data/topic-model.json', import.meta.url),
  sentence: new URL('../../data/sentence-topic-model.json', import.meta.url),
};
const SOURCES: Record<TopicModelKind, URL[]> = {
  question: [
    '../../data/topics.json',
    '../../data/vocabulary.json',
    '../../data/outside-questions.jsonl',
  ].map((p) => new URL(p, import.meta.url)),
  sentence: [
    '../../data/topics.json',
    '../../data/vocabulary.json',
    '../../data/topic-sentences.jsonl',
  ].map((p) => new URL(p, import.meta.url)),
};

/** The fingerprint of what a model is trained from: retrain when it changes. */
export function topicModelSource(kind: TopicModelKind = 'question'): string {
  const hash = createHash('sha256');
  for (const url of SOURCES[kind]) hash.update(readFileSync(url));
  return hash.digest('hex');
}

/** A weight row per topic for each word, each dimension of the meaning, and the bias. */
export interface TopicWeights {
  words: Map<string, Float64Array>;
  meaning: Float64Array[];
  bias: Float64Array;
}

interface TopicModel extends TopicWeights {
  settings: FeatureSettings;
  topics: string[];
}

const loaded: Partial<Record<TopicModelKind, TopicModel | null>> = {};

/**
 * A committed model, or null when its file cannot be read: then no message is on a topic (and no
 * sentence answers one) and the rest of the pipeline answers as it would without topics, instead
 * of every answer failing (as with the ranker). The tests check the committed files.
 */
function model(kind: TopicModelKind): TopicModel | null {
  if (loaded[kind] === undefined)
    try {
      loaded[kind] = decode(readTopicModelFile(kind));
    } catch {
      loaded[kind] = null;
    }
  return loaded[kind]!;
}

/** A committed model file, parsed (for the training script's check and the tests). */
export function readTopicModelFile(kind: TopicModelKind = 'question'): TopicModelFile {
  return modelSchema.parse(JSON.parse(readFileSync(MODEL_URL[kind], 'utf8')));
}

/** Where a model is written (the training script). */
export function topicModelUrl(kind: TopicModelKind): URL {
  return MODEL_URL[kind];
}

function decode(file: TopicModelFile): TopicModel {
  const row = ({ scale, weights }: { scale: number; weights: string }) => {
    const buffer = Buffer.from(weights, 'base64');
    const bytes = new Int8Array(buffer.buffer, buffer.byteOffset, buffer.length);
    if (bytes.length !== file.topics.length)
      throw new Error('topic-model.json: a row is the wrong length.');
    return Float64Array.from(bytes, (b) => b * scale);
  };
  return {
    settings: file.settings,
    topics: file.topics,
    bias: Float64Array.from(file.bias),
    words: new Map(Object.entries(file.words).map(([w, r]) => [w, row(r)])),
    meaning: file.meaning.map(row),
  };
}

/** One weight row as stored: int8 in base64 with its scale (lossless to 1/127 of its largest). */
export function encodeRow(weights: ArrayLike<number>): { scale: number; weights: string } {
  let max = 0;
  for (let i = 0; i < weights.length; i++) max = Math.max(max, Math.abs(weights[i]!));
  const scale = max / 127 || 1;
  const bytes = Int8Array.from({ length: weights.length }, (_, i) =>
    Math.round(weights[i]! / scale),
  );
  return {
    scale: Number(scale.toPrecision(6)),
    weights: Buffer.from(bytes.buffer).toString('base64'),
  };
}

/** A message as the model reads it: its words and its meaning as a whole. */
export interface MessageFeatures {
  /** Each word 0..1 before the whole is scaled to length 1. */
  words: Map<string, number>;
  meaning: Float64Array;
}

/**
 * The words of the clause that asks count fully, the story around it `story`; a word's listed
 * "same" relatives count `relatives` of it ("quid" also reads as "cost"). The meaning is the
 * sentence vectors of the clause that asks and of the whole message, half each.
 */
export function messageFeatures(text: string, settings: FeatureSettings): MessageFeatures {
  const asking = askingPart(text, undefined);
  const words = new Map<string, number>();
  const asked = new Set(analyze(asking));
  const add = (k: string, v: number) => words.set(k, Math.max(words.get(k) ?? 0, v));
  for (const word of analyze(text)) {
    const weight = asking !== text && !asked.has(word) ? settings.story : 1;
    add(word, weight);
    if (settings.relatives > 0)
      for (const [relative, strength] of relatedTerms(word))
        if (strength >= SAME_WEIGHT) add(relative, weight * settings.relatives);
  }
  let length = 0;
  for (const v of words.values()) length += v * v;
  length = Math.sqrt(length) || 1;
  for (const [k, v] of words) words.set(k, v / length);
  const askingVector = sentenceVector(asking);
  const whole = sentenceVector(text);
  const meaning = Float64Array.from(
    askingVector,
    (a, d) => settings.meaning * 0.5 * (a + whole[d]!),
  );
  return { words, meaning };
}

/** Each topic's score (before the softmax): the bias plus each feature times its weights. */
export function topicScores(weights: TopicWeights, features: MessageFeatures): Float64Array {
  const z = Float64Array.from(weights.bias);
  for (const [word, x] of features.words) {
    const row = weights.words.get(word);
    if (row) for (let c = 0; c < z.length; c++) z[c]! += row[c]! * x;
  }
  for (let d = 0; d < features.meaning.length; d++) {
    const x = features.meaning[d]!;
    const row = weights.meaning[d]!;
    for (let c = 0; c < z.length; c++) z[c]! += row[c]! * x;
  }
  return z;
}

/** Each topic's probability for a message (they add up to 1), most likely first; none without a model. */
export function topicProbabilities(
  text: string,
  kind: TopicModelKind = 'question',
): { id: string; probability: number }[] {
  const m = model(kind);
  if (!m) return [];
  const p = softmax(topicScores(m, messageFeatures(text, m.settings)));
  return m.topics
    .map((id, c) => ({ id, probability: p[c]! }))
    .sort((a, b) => b.probability - a.probability);
}

export function softmax(z: Float64Array): Float64Array {
  let max = -Infinity;
  for (const x of z) max = Math.max(max, x);
  const out = z.map((x) => Math.exp(x - max));
  const sum = out.reduce((s, x) => s + x, 0);
  return out.map((x) => x / sum);
}
