import { describe, expect, it } from 'vitest';
import { readVectors, wordVectors } from './embeddings';
import { pageWords, rarity } from './neighbours';

describe('word vectors (data/embeddings.*)', () => {
  it('load in well under a second, once', () => {
    const started = performance.now();
    const v = wordVectors();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(wordVectors()).toBe(v);
    expect(v.size).toBeGreaterThan(30000);
    expect(v.dimensions).toBe(100);
  });

  it('put words of one meaning nearer than unrelated ones', () => {
    const v = wordVectors();
    const sim = (a: string, b: string) => v.similarity(v.indexOf(a), v.indexOf(b));
    expect(sim('stop', 'cease')).toBeGreaterThan(0.45);
    expect(sim('organise', 'arrange')).toBeGreaterThan(0.45);
    expect(sim('stop', 'cease')).toBeGreaterThan(sim('stop', 'certificate') + 0.3);
    expect(sim('lawyer', 'solicitor')).toBeGreaterThan(sim('lawyer', 'nursery'));
    expect(v.indexOf('notaword')).toBe(-1);
  });

  it('match a page word by meaning only above the threshold, never a very common word', () => {
    const page = pageWords(
      new Map([
        ['cease', 'ceas'],
        ['arrange', 'arrang'],
        ['only', 'only'],
        ['certificate', 'certificat'],
      ]),
    );
    expect(page.nearest('halt', 0.4, 3).map(([t]) => t)).toContain('ceas');
    expect(page.nearest('organise', 0.45, 3).map(([t]) => t)).toContain('arrang');
    expect(page.nearest('merely', 0.3, 3).map(([t]) => t)).not.toContain('only');
  });

  it('rank rare words above common ones', () => {
    expect(rarity('the')).toBeLessThan(rarity('mediation'));
    expect(rarity('zzzzqx')).toBe(1);
  });

  it('reject a file that is not theirs', () => {
    expect(() => readVectors(new Uint8Array(32), '')).toThrow(/header/);
    const header = new Uint8Array(16);
    header.set(new TextEncoder().encode('SENEMB1\n'));
    new DataView(header.buffer).setUint32(8, 2, true);
    new DataView(header.buffer).setUint32(12, 100, true);
    expect(() => readVectors(header, 'a\nb\n')).toThrow(/truncated/);
  });
});
