import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/index';
import {
  addGuidanceVersion,
  createGuidanceDocument,
  guidanceRevision,
  listGuidanceDocuments,
  listPublishedGuidance,
  publishGuidanceVersion,
  unpublishGuidanceDocument,
} from './guidance';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
const now = new Date('2026-03-02T10:00:00Z');

const passage = (order: number, text: string) => ({
  id: `doc#${order}`,
  order,
  headingPath: ['About'],
  text,
  kind: 'paragraph' as const,
  url: 'https://example.org/page',
  asOf: '2026-03-01',
});

describe('guidance', () => {
  it('publishes one version per document, retires the old one, and moves the revision', async () => {
    const r0 = await guidanceRevision(t.db);
    const doc = await createGuidanceDocument(t.db, { slug: 'about', title: 'About us' }, { now });
    const v1 = await addGuidanceVersion(
      t.db,
      doc.id,
      {
        sourceUrl: 'https://example.org/page',
        format: 'markdown',
        body: '# About\n\nOne.',
        asOf: '2026-03-01',
      },
      { now },
    );
    expect(await guidanceRevision(t.db)).toBe(r0);
    await publishGuidanceVersion(t.db, v1.id, { sections: [passage(0, 'One.')] }, { now });
    const r1 = await guidanceRevision(t.db);
    expect(r1).toBeGreaterThan(r0);
    const v2 = await addGuidanceVersion(
      t.db,
      doc.id,
      {
        sourceUrl: 'https://example.org/page',
        format: 'markdown',
        body: '# About\n\nTwo. Three.',
        asOf: '2026-03-02',
      },
      { now },
    );
    await publishGuidanceVersion(
      t.db,
      v2.id,
      { sections: [passage(0, 'Two.'), passage(1, 'Three.')] },
      { now },
    );
    const published = await listPublishedGuidance(t.db);
    expect(published).toHaveLength(1);
    expect(published[0]?.version.id).toBe(v2.id);
    expect(published[0]?.sections.map((s) => s.text)).toEqual(['Two.', 'Three.']);
    const [summary] = await listGuidanceDocuments(t.db);
    expect(summary?.versions.map((v) => v.status).sort()).toEqual(['published', 'retired']);
    expect(summary?.versions[0]).not.toHaveProperty('body');

    await unpublishGuidanceDocument(t.db, doc.id, { now });
    expect(await listPublishedGuidance(t.db)).toEqual([]);
    expect(await guidanceRevision(t.db)).toBeGreaterThan(r1);
  });

  it('rejects a version without a date or a source', async () => {
    const doc = await createGuidanceDocument(t.db, { slug: 'other', title: 'Other' }, { now });
    await expect(
      addGuidanceVersion(
        t.db,
        doc.id,
        { sourceUrl: 'nope', format: 'text', body: 'x', asOf: 'soon' },
        { now },
      ),
    ).rejects.toThrow(/not a date.*web address|web address.*not a date|as of/);
  });
});
