import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, generateSampleCases, type TestDb } from '../testing/index';
import { listCases, TOTAL_CAP } from './cases';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await generateSampleCases(t.db, { cases: TOTAL_CAP + 50 });
}, 120_000);
afterAll(() => t.close());

describe('listCases at scale', () => {
  it('caps the total and says so', async () => {
    const all = await listCases(t.db, { withTotal: true, limit: 5 });
    expect(all).toMatchObject({ total: TOTAL_CAP, totalCapped: true });
    const open = await listCases(t.db, { open: true, withTotal: true });
    expect(open.totalCapped).toBe(false);
    expect(open.total).toBeLessThan(TOTAL_CAP);
  });

  it('pages by creation date without repeats or gaps', async () => {
    const from = new Date('2026-06-01T00:00:00Z');
    const { total } = await listCases(t.db, { createdFrom: from, withTotal: true });
    const seen = new Set<string>();
    let cursor: string | undefined;
    let previous = Infinity;
    do {
      const page = await listCases(t.db, { createdFrom: from, sort: 'created', limit: 37, cursor });
      for (const item of page.items) {
        expect(seen.has(item.id)).toBe(false);
        expect(item.createdAt.getTime()).toBeLessThanOrEqual(previous);
        previous = item.createdAt.getTime();
        seen.add(item.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.size).toBe(total);
    expect(total).toBeGreaterThan(100);
  });
});
