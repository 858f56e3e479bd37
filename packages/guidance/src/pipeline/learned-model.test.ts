import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { learnedModel } from './learned-model';

describe('a learned model committed under data/', () => {
  const gateShape = z.object({ features: z.array(z.string()) });

  it('is read from its file when it fits its schema and this code', () => {
    expect(learnedModel('answer-gate.json', gateShape).get()?.features.length).toBeGreaterThan(0);
  });

  it('is null when the file is missing, fails its schema, or reads what this code does not compute', () => {
    expect(learnedModel('no-such-model.json', gateShape).get()).toBeNull();
    expect(learnedModel('answer-gate.json', z.object({ nope: z.string() })).get()).toBeNull();
    expect(learnedModel('answer-gate.json', gateShape, () => false).get()).toBeNull();
  });

  it('is replaced for the process by use, and read again after use(undefined)', () => {
    const model = learnedModel('answer-gate.json', gateShape);
    model.use({ features: ['taught'] });
    expect(model.get()).toEqual({ features: ['taught'] });
    model.use(null);
    expect(model.get()).toBeNull();
    model.use(undefined);
    expect(model.get()?.features).not.toEqual(['taught']);
  });
});
