import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument, parseDocuments } from '../ingest/parse-document';
import { createGuidanceIndex } from '../search/guidance-index';
import { semanticSettings } from '../semantic/settings';
import { composeFromGuidance } from './compose';
import { overrideModel, rankerModel, useOverrideModel, useRankerModel } from './ranker';
import { FEATURES } from './sentence-features';
import { topicsFileSchema } from './topics';

const page = `# Meetings

Your meeting can take place over a secure video link, or at one of our centres if you prefer.
Sessions normally run for around two hours with a break.

# Money

Families are never charged anything by us.`;

const index = createGuidanceIndex([
  ...parseDocument({ id: 'p', title: 'Practicalities', format: 'markdown', body: page }),
]);

/** The second service's pages (test/services/second), indexed. */
function secondService() {
  return createGuidanceIndex(
    parseDocuments(
      ['about-mediation.html', 'contact-and-practicalities.txt', 'disagreement-resolution.md'].map(
        (f) => ({
          id: f,
          title: f,
          format: f.endsWith('.html') ? 'html' : f.endsWith('.md') ? 'markdown' : 'text',
          body: readFileSync(
            new URL(`../../test/services/second/pages/${f}`, import.meta.url),
            'utf8',
          ),
        }),
      ),
    ),
  );
}

afterEach(() => {
  useRankerModel(undefined as never);
  semanticSettings.ranker = true;
});

describe('data/ranker.json', () => {
  it('was trained on the features this code computes (retrain with scripts/train-ranker.ts)', () => {
    useRankerModel(undefined as never);
    const model = rankerModel();
    // It may read fewer features than the code computes: one added since it was trained.
    expect(model?.features.every((f) => (FEATURES as readonly string[]).includes(f))).toBe(true);
    expect(model?.features.length).toBeGreaterThan(20);
    expect(model?.weights).toHaveLength(model!.features.length);
    expect(model?.scale.every((s) => s > 0)).toBe(true);
  });

  it('is ignored, not misread, when its features differ from the code', () => {
    const model = rankerModel()!;
    useRankerModel({ ...model, features: ['something', 'else'] });
    // A model for other features would score garbage: the rules alone answer then.
    semanticSettings.ranker = false;
    const ruleOnly = composeFromGuidance('how many hours does it go on for?', index)?.body;
    semanticSettings.ranker = true;
    useRankerModel(null);
    expect(composeFromGuidance('how many hours does it go on for?', index)?.body).toBe(ruleOnly);
  });
});

describe('the ranker where the rules find nothing', () => {
  const second = secondService();

  it('answers a question whose words the rules cannot match ("shut" for "Friday: 9am to 4pm")', () => {
    useRankerModel(undefined as never);
    semanticSettings.ranker = false;
    expect(composeFromGuidance('what time do you shut on a friday', second)).toBeUndefined();
    semanticSettings.ranker = true;
    expect(composeFromGuidance('what time do you shut on a friday', second)?.body).toMatch(
      /Friday: 9am to 4pm/,
    );
  });

  it('leaves what the rules answer as they answer it', () => {
    useRankerModel(undefined as never);
    const q = 'How long does the mediation meeting itself take?';
    const withRanker = composeFromGuidance(q, second)?.body;
    semanticSettings.ranker = false;
    expect(composeFromGuidance(q, second)?.body).toBe(withRanker);
  });

  it('still declines a question the page does not answer', () => {
    useRankerModel(undefined as never);
    expect(
      composeFromGuidance('is there parking for a minibus at the centre?', index),
    ).toBeUndefined();
  });
});

describe('the override ranker where the rules choose', () => {
  const second = secondService();
  const q = 'are you part of the council? I dont trust anything connected to them tbh';

  const realWordRank = semanticSettings.realWordRank;
  afterEach(() => {
    useOverrideModel(undefined as never);
    semanticSettings.overrideMargin = 0.1;
    semanticSettings.realWordRank = realWordRank;
  });

  it('was trained on the features this code computes (scripts/train-ranker.ts --override)', () => {
    useOverrideModel(undefined as never);
    const model = overrideModel();
    expect(model?.features).toEqual([...FEATURES]);
    expect(model?.weights).toHaveLength(FEATURES.length);
  });

  it('prefers the sentence that answers to the one the rules chose by a shared word', () => {
    // With every word read as a possible typo, "connected" is read as "contacted" and the rules
    // choose the contact details.
    semanticSettings.realWordRank = 0;
    semanticSettings.overrideMargin = 1;
    const rules = composeFromGuidance(q, second)?.body;
    expect(rules).not.toMatch(/independent organisation/);
    semanticSettings.overrideMargin = 0.1;
    expect(composeFromGuidance(q, second)?.body).toMatch(/we are an independent organisation/);
  });

  it('changes nothing without its model, and declines nothing the rules answer', () => {
    useOverrideModel(null);
    const rules = composeFromGuidance(q, second)?.body;
    useOverrideModel(undefined as never);
    expect(rules).toBeDefined();
    expect(composeFromGuidance(q, second)).toBeDefined();
  });
});

describe('data/topics.json', () => {
  const data = topicsFileSchema.parse(
    JSON.parse(readFileSync(new URL('../../data/topics.json', import.meta.url), 'utf8')),
  );

  it('is valid against the schema, with unique ids and several phrasings per topic', () => {
    const ids = data.topics.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of data.topics) {
      expect(t.questions.length, t.id).toBeGreaterThanOrEqual(3);
      expect(t.answers.length, t.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('has no answer cue that matches an empty string (it would match every sentence)', () => {
    for (const t of data.topics)
      for (const a of t.answers) expect(new RegExp(`^(?:${a})$`, 'i').test(''), a).toBe(false);
  });
});
