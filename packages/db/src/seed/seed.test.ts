import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guidanceRevision, listPublishedGuidance } from '../queries/guidance';
import {
  deleteGuidanceFile,
  getGuidanceFileBySlug,
  listGuidanceFiles,
} from '../queries/guidance-files';
import { listLocalAuthorities } from '../queries/local-authorities';
import { getSiteByKey } from '../queries/partner-sites';
import { getSettings } from '../queries/settings';
import { createTestDb, type TestDb } from '../testing/index';
import { SAMPLE_NOTICE_SLUG } from './sample-notice';
import { DEMO_SITE_KEY, seedSampleData } from './seed';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());
const now = new Date('2026-03-02T10:00:00Z');

describe('seedSampleData', () => {
  it('is idempotent, keeps staff edits, and follows the configured demo origins', async () => {
    const first = await seedSampleData(t.db, { now, demoOrigins: ['http://localhost:5174'] });
    expect(first).toEqual({
      settings: true,
      localAuthorities: 33,
      guidance: true,
      notice: true,
      demoSite: true,
    });
    const revision = await guidanceRevision(t.db);
    const second = await seedSampleData(t.db, { now, demoOrigins: ['http://127.0.0.1:5174'] });
    expect(second).toEqual({
      settings: false,
      localAuthorities: 0,
      guidance: false,
      notice: false,
      demoSite: false,
    });
    expect(await guidanceRevision(t.db)).toBe(revision);
    expect((await listLocalAuthorities(t.db)).map((l) => l.name)).toContain('Tower Hamlets');
    expect((await getSiteByKey(t.db, DEMO_SITE_KEY))?.allowedOrigins).toEqual([
      'http://127.0.0.1:5174',
    ]);
    expect((await getSettings(t.db)).phone).toBe('020 7359 3635');
    const [published] = await listPublishedGuidance(t.db);
    expect(published?.version.format).toBe('markdown');
    expect(published?.sections).toEqual([]);
  });

  it('publishes the sample Regulation 32 notice as a PDF once; a notice staff remove stays removed', async () => {
    const file = await getGuidanceFileBySlug(t.db, SAMPLE_NOTICE_SLUG);
    expect(file).toMatchObject({
      title: 'Regulation 32 mediation notice (sample)',
      contentType: 'application/pdf',
      published: true,
    });
    expect(file?.description).toContain('the mediation notice');
    expect(file?.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect((await listGuidanceFiles(t.db, { publishedOnly: true })).map((f) => f.slug)).toContain(
      SAMPLE_NOTICE_SLUG,
    );
    await deleteGuidanceFile(t.db, file!.id, { now, actorKind: 'system' });
    const again = await seedSampleData(t.db, { now, demoOrigins: ['http://127.0.0.1:5174'] });
    expect(again.notice).toBe(false);
    expect(await getGuidanceFileBySlug(t.db, SAMPLE_NOTICE_SLUG)).toBeUndefined();
  });

  it.each(['./sample-guidance.md', './sample-regulation-32-notice.txt'])(
    'writes %s in its own words (no sentence copied from the real page)',
    (path) => {
      const ours = readFileSync(new URL(path, import.meta.url), 'utf8');
      let theirs = '';
      try {
        theirs = readFileSync(
          '/work/shared/guidance/kids-london-sen-mediation-local-offer.txt',
          'utf8',
        );
      } catch {
        return; // The reference page is only present on the build machine.
      }
      const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();
      const theirText = norm(theirs);
      const sentences = norm(ours.replace(/[#*]/g, ''))
        .split(/(?<=[.?!])\s/)
        .filter((s) => s.split(' ').length >= 8);
      expect(sentences.filter((s) => theirText.includes(s))).toEqual([]);
    },
  );
});
