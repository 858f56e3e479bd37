import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeRow, readTopicModelFile, topicModelSource, topicProbabilities } from './topic-model';
import { semanticSettings } from '../semantic/settings';
import { outsideChance, outsideQuestionsSchema, topicsFileSchema, topicsOf } from './topics';

const topicsFile = topicsFileSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/topics.json', import.meta.url), 'utf8')),
);

describe('data/topic-model.json', () => {
  it('is trained on the data as it is now (else run: npx tsx scripts/train-topics.ts)', () => {
    const file = readTopicModelFile();
    expect(file.source, 'data/topics.json or data/vocabulary.json changed: retrain').toBe(
      topicModelSource(),
    );
    expect(file.topics).toEqual([...topicsFile.topics.map((t) => t.id), 'none']);
  });

  it('is trained on questions outside every topic, many areas in families’ words', () => {
    const rows = outsideQuestionsSchema.parse(
      readFileSync(new URL('../../data/outside-questions.jsonl', import.meta.url), 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l) as unknown),
    );
    expect(rows.length).toBeGreaterThanOrEqual(300);
    expect(new Set(rows.map((r) => r.area)).size).toBeGreaterThanOrEqual(50);
    expect(new Set(rows.map((r) => r.q.toLowerCase())).size).toBe(rows.length);
  });

  it('tells a question on no topic from one on a topic, on questions written blind', () => {
    // The 60 "none" rows of test/topic-model/blind-questions.jsonl were written for no topic by
    // someone who never saw data/outside-questions.jsonl. At the gate compose.ts uses (0.6):
    // 35 of 60 outside, and 16 of 336 on a topic taken for outside, when it was introduced.
    const rows = readFileSync(
      new URL('../../test/topic-model/blind-questions.jsonl', import.meta.url),
      'utf8',
    )
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { q: string; topic: string });
    const gate = semanticSettings.outsideGate;
    const outside = (r: { q: string }) => outsideChance(r.q) >= gate;
    const none = rows.filter((r) => r.topic === 'none');
    const onTopic = rows.filter((r) => r.topic !== 'none');
    expect(none.filter(outside).length / none.length).toBeGreaterThanOrEqual(0.55);
    expect(onTopic.filter(outside).length / onTopic.length).toBeLessThanOrEqual(0.06);
  });

  it('puts the right topic first for most questions written blind, in families’ words', () => {
    // test/topic-model/blind-questions.jsonl: 4 questions a topic (and 60 on none), written by someone
    // who saw only two phrasings of each topic. 230 of 336 when the model was introduced; the
    // nearest single phrasing it replaced managed 153. The first topic other than "none" (as
    // topics.ts reads them; 226 since the model learned "none" too).
    const rows = readFileSync(
      new URL('../../test/topic-model/blind-questions.jsonl', import.meta.url),
      'utf8',
    )
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { q: string; topic: string })
      .filter((r) => r.topic !== 'none');
    const first = (q: string) => topicProbabilities(q).find((t) => t.id !== 'none')!.id;
    const right = rows.filter((r) => first(r.q) === r.topic).length;
    expect(right / rows.length).toBeGreaterThanOrEqual(0.64);
  });
});

describe('data/sentence-topic-model.json', () => {
  it('is trained on the data as it is now (else run: npx tsx scripts/train-topics.ts --sentences)', () => {
    const file = readTopicModelFile('sentence');
    expect(file.source, 'data/topic-sentences.jsonl, topics.json or vocabulary.json changed').toBe(
      topicModelSource('sentence'),
    );
    expect(file.topics).toEqual([...topicsFile.topics.map((t) => t.id), 'none']);
  });

  it('is trained on sentences for every topic, and on sentences that answer none', () => {
    const rows = readFileSync(new URL('../../data/topic-sentences.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as { topic: string; text: string });
    const count = new Map<string, number>();
    for (const r of rows) {
      expect(typeof r.text).toBe('string');
      count.set(r.topic, (count.get(r.topic) ?? 0) + 1);
    }
    for (const t of topicsFile.topics) expect(count.get(t.id), t.id).toBeGreaterThanOrEqual(10);
    expect(count.get('none')).toBeGreaterThanOrEqual(200);
    expect(
      [...count.keys()].every((k) => k === 'none' || topicsFile.topics.some((t) => t.id === k)),
    ).toBe(true);
  });

  it('reads which topic a page’s sentence answers, in words no answer phrase lists', () => {
    const top = (text: string) => topicProbabilities(text, 'sentence')[0]!.id;
    expect(top('Families are never charged a penny for any of this.')).toBe('cost');
    expect(top('A typical meeting takes most of a morning, with breaks.')).toBe('meeting-length');
    expect(top('Unit 4, Mill Lane, Riverton RV1 2AB')).toBe('none');
  });
});

describe('topicProbabilities', () => {
  it('gives every topic a probability, adding up to 1, most likely first', () => {
    const p = topicProbabilities('how much does it cost?');
    expect(p).toHaveLength(topicsFile.topics.length + 1);
    expect(p.reduce((s, t) => s + t.probability, 0)).toBeCloseTo(1, 6);
    for (let i = 1; i < p.length; i++)
      expect(p[i]!.probability).toBeLessThanOrEqual(p[i - 1]!.probability);
    expect(p[0]!.id).toBe('cost');
  });

  it('reads words the pages may not use, by what they tell apart', () => {
    expect(topicProbabilities('is there a signer for my deaf husband')[0]!.id).toBe('deaf-access');
    expect(topicProbabilities('can we do it from home on the laptop')[0]!.id).toBe(
      'online-or-in-person',
    );
  });

  it('reads a story by its clause that asks, not by one shared word', () => {
    // The nearest phrasing read this story as "what is mediation?" at 1.0: its clause that asks
    // shares only "mediation" with it.
    const story =
      'my husband is Deaf and uses BSL. last meeting with school i ended up signing for him, he missed half of it. will it be the same at mediation?';
    expect(topicsOf(story, 1)[0]?.id).not.toBe('what-is-mediation');
  });
});

describe('encodeRow', () => {
  it('keeps each weight to within 1/254 of the row’s largest', () => {
    const row = [0.5, -1.27, 0, 0.001, 1.1];
    const { scale, weights } = encodeRow(row);
    const bytes = new Int8Array(Buffer.from(weights, 'base64'));
    row.forEach((w, i) =>
      expect(Math.abs(bytes[i]! * scale - w)).toBeLessThanOrEqual(1.27 / 254 + 1e-9),
    );
  });
});
