import { readFileSync } from 'node:fs';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { audit } from '../queries/audit';
import { getGuidanceDocumentBySlug } from '../queries/guidance';
import { createGuidanceFile, getGuidanceFileBySlug } from '../queries/guidance-files';
import { DEFAULT_SETTINGS } from '../queries/settings';
import {
  auditLog,
  guidanceDocuments,
  guidanceRevisionCounter,
  guidanceVersions,
  localAuthorities,
  partnerSites,
  settings,
} from '../schema/index';
import { normaliseOrigin } from '../queries/partner-sites';
import { LONDON_LOCAL_AUTHORITIES, SAMPLE_IASS } from './london-boroughs';
import { SAMPLE_NOTICE_SLUG, sampleNoticePdf } from './sample-notice';

export const SAMPLE_GUIDANCE_SLUG = 'about-the-service';
export const SAMPLE_GUIDANCE_URL = 'https://example.org/sen-mediation';
export const DEMO_SITE_KEY = 'demo';

export interface SeedOptions {
  now: Date;
  /** Origins allowed to embed the widget from the demo partner site (from the API's config). */
  demoOrigins: string[];
}

export interface SeedResult {
  settings: boolean;
  localAuthorities: number;
  guidance: boolean;
  /** The sample Regulation 32 mediation notice was published as a file. */
  notice: boolean;
  demoSite: boolean;
}

/**
 * Sample data for a new installation: settings, the London local authorities (IASS details left
 * for staff to fill in), one guidance page written for this project, the sample Regulation 32
 * mediation notice as a published PDF (added once: a notice staff removed stays removed), and a
 * demo partner site.
 * Idempotent: only adds what is missing, never overwrites staff edits, except the demo site's
 * allowed origins, which follow the API's configuration.
 *
 * The guidance version is stored as published without passages: the API parses it with
 * `@sen/guidance` at start-up (see README, "Guidance passages").
 */
export async function seedSampleData(db: Db, options: SeedOptions): Promise<SeedResult> {
  const { now } = options;
  return db.transaction(async (tx) => {
    const settingsRows = await tx
      .insert(settings)
      .values({
        id: 1,
        ...DEFAULT_SETTINGS,
        serviceName: 'London SEN Mediation (sample)',
        phone: '020 7359 3635',
        address: "7-9 Elliot's Place, London N1 8HX",
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: settings.id });

    const laRows = await tx
      .insert(localAuthorities)
      .values(
        LONDON_LOCAL_AUTHORITIES.map((name) => ({
          name,
          ...SAMPLE_IASS[name],
          createdAt: now,
          updatedAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: localAuthorities.id });

    let guidance = false;
    if (!(await getGuidanceDocumentBySlug(tx, SAMPLE_GUIDANCE_SLUG))) {
      const body = readFileSync(new URL('./sample-guidance.md', import.meta.url), 'utf8');
      const [doc] = await tx
        .insert(guidanceDocuments)
        .values({
          slug: SAMPLE_GUIDANCE_SLUG,
          title: 'SEN mediation and disagreement resolution: a quick guide',
          createdAt: now,
          updatedAt: now,
        })
        .returning();
      const [version] = await tx
        .insert(guidanceVersions)
        .values({
          documentId: doc!.id,
          sourceUrl: SAMPLE_GUIDANCE_URL,
          format: 'markdown',
          body,
          status: 'published',
          asOf: now.toISOString().slice(0, 10),
          publishedAt: now,
          createdAt: now,
        })
        .returning();
      await tx
        .update(guidanceDocuments)
        .set({ publishedVersionId: version!.id })
        .where(eq(guidanceDocuments.id, doc!.id));
      await tx
        .insert(guidanceRevisionCounter)
        .values({ id: 1, revision: 1, changedAt: now })
        .onConflictDoUpdate({
          target: guidanceRevisionCounter.id,
          set: { revision: sql`${guidanceRevisionCounter.revision} + 1`, changedAt: now },
        });
      guidance = true;
    }

    // Once per installation, remembered in the audit log, so deleting it is respected.
    const [noticeSeeded] = await tx
      .select({ id: auditLog.id })
      .from(auditLog)
      .where(sql`${auditLog.action} = 'seed.apply' and ${auditLog.detail} ->> 'notice' = 'true'`)
      .limit(1);
    let notice = false;
    if (!noticeSeeded && !(await getGuidanceFileBySlug(tx, SAMPLE_NOTICE_SLUG))) {
      const [current] = await tx.select({ name: settings.serviceName }).from(settings);
      await createGuidanceFile(
        tx,
        await sampleNoticePdf(current?.name ?? 'London SEN Mediation (sample)', now),
        { now, actorKind: 'system' },
      );
      notice = true;
    }

    const origins = [...new Set(options.demoOrigins.map(normaliseOrigin))];
    const [existingSite] = await tx
      .select()
      .from(partnerSites)
      .where(eq(partnerSites.key, DEMO_SITE_KEY));
    if (!existingSite) {
      await tx.insert(partnerSites).values({
        key: DEMO_SITE_KEY,
        name: 'Demo partner page',
        allowedOrigins: origins,
        greeting:
          'Hello. I can answer questions about SEN mediation and help you work out your deadlines.',
        theme: { colour: '#1d70b8' },
        enabled: true,
        createdAt: now,
        updatedAt: now,
      });
    } else if (origins.join(' ') !== existingSite.allowedOrigins.join(' ')) {
      await tx
        .update(partnerSites)
        .set({ allowedOrigins: origins, updatedAt: now })
        .where(eq(partnerSites.id, existingSite.id));
    }
    const result = {
      settings: settingsRows.length > 0,
      localAuthorities: laRows.length,
      guidance,
      notice,
      demoSite: !existingSite,
    };
    if (
      result.settings ||
      result.localAuthorities ||
      result.guidance ||
      result.notice ||
      result.demoSite
    ) {
      await audit(tx, { now, actorKind: 'system' }, 'seed.apply', null, null, {
        localAuthorities: result.localAuthorities,
        guidance: result.guidance,
        notice: result.notice,
        demoSite: result.demoSite,
      });
    }
    return result;
  });
}
