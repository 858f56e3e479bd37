import { describe, expect, it } from 'vitest';
import { createBatcher } from './batch';

describe('createBatcher', () => {
  it('sends calls made together as one group, results in order', async () => {
    const groups: number[][] = [];
    const double = createBatcher(async (items: number[]) => {
      groups.push(items);
      return items.map((n) => n * 2);
    });
    expect(await Promise.all([1, 2, 3].map(double))).toEqual([2, 4, 6]);
    expect(await double(5)).toBe(10);
    expect(groups).toEqual([[1, 2, 3], [5]]);
  });

  it('holds calls while the store is busy and caps a group', async () => {
    const groups: number[][] = [];
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const echo = createBatcher(
      async (items: number[]) => {
        groups.push(items);
        if (groups.length === 1) await gate;
        return items;
      },
      { maxItems: 2, maxInFlight: 1 },
    );
    const first = echo(1);
    await new Promise((r) => setImmediate(r));
    const rest = [2, 3, 4].map(echo);
    await new Promise((r) => setImmediate(r));
    expect(groups).toEqual([[1]]);
    release();
    expect(await Promise.all([first, ...rest])).toEqual([1, 2, 3, 4]);
    expect(groups).toEqual([[1], [2, 3], [4]]);
  });

  it('fails every call of a failed group, and carries on', async () => {
    const flaky = createBatcher(async (items: number[]) => {
      if (items.includes(0)) throw new Error('store down');
      return items;
    });
    const results = await Promise.allSettled([flaky(0), flaky(1)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await flaky(2)).toBe(2);
  });
});
