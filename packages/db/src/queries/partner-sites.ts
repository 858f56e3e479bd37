import { asc, eq } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError, isUniqueViolation } from '../errors';
import { partnerSites, type SiteTheme } from '../schema/index';
import { audit, type Actor } from './audit';

export type PartnerSite = typeof partnerSites.$inferSelect;

export interface SiteInput {
  key: string;
  name: string;
  allowedOrigins: string[];
  greeting: string;
  theme: SiteTheme;
  enabled?: boolean;
}

const KEY = /^[a-z0-9][a-z0-9-]{1,62}$/;

/** `https://example.org` and `http://localhost:5174` style origins: no path, no trailing slash. */
export function normaliseOrigin(origin: string): string {
  let url: URL;
  try {
    url = new URL(origin.trim());
  } catch {
    throw new DbInputError('invalid', `"${origin}" is not an origin such as https://example.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new DbInputError('invalid', `"${origin}" must start with https:// or http://`);
  }
  if (url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new DbInputError('invalid', `"${origin}" must be an origin only, without a path`);
  }
  return url.origin;
}

function validate(input: Partial<SiteInput>): Partial<SiteInput> {
  if (input.key !== undefined && !KEY.test(input.key)) {
    throw new DbInputError('invalid', 'Site key: 2-63 lower-case letters, digits and hyphens');
  }
  if (input.name !== undefined && !input.name.trim()) {
    throw new DbInputError('invalid', 'Site name is empty');
  }
  if (input.theme !== undefined && !/^#[0-9a-fA-F]{6}$/.test(input.theme.colour)) {
    throw new DbInputError('invalid', 'Theme colour must be #rrggbb');
  }
  return {
    ...input,
    ...(input.allowedOrigins
      ? { allowedOrigins: [...new Set(input.allowedOrigins.map(normaliseOrigin))] }
      : {}),
  };
}

export async function listSites(db: Db): Promise<PartnerSite[]> {
  return db.select().from(partnerSites).orderBy(asc(partnerSites.name));
}

export async function getSite(db: Db, id: string): Promise<PartnerSite | undefined> {
  const [row] = await db.select().from(partnerSites).where(eq(partnerSites.id, id));
  return row;
}

/** The widget's lookup: enabled or not, the caller decides what a disabled site means. */
export async function getSiteByKey(db: Db, key: string): Promise<PartnerSite | undefined> {
  const [row] = await db.select().from(partnerSites).where(eq(partnerSites.key, key));
  return row;
}

export async function createSite(db: Db, input: SiteInput, actor: Actor): Promise<PartnerSite> {
  const values = validate(input) as SiteInput;
  try {
    const [row] = await db
      .insert(partnerSites)
      .values({ ...values, createdAt: actor.now, updatedAt: actor.now })
      .returning();
    await audit(db, actor, 'site.create', 'partner_site', row!.id);
    return row!;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DbInputError('conflict', 'That site key is taken');
    throw error;
  }
}

export async function updateSite(
  db: Db,
  id: string,
  patch: Partial<SiteInput>,
  actor: Actor,
): Promise<PartnerSite> {
  const values = validate(patch);
  try {
    const [row] = await db
      .update(partnerSites)
      .set({ ...values, updatedAt: actor.now })
      .where(eq(partnerSites.id, id))
      .returning();
    if (!row) throw new DbInputError('not_found', 'No such site');
    await audit(db, actor, 'site.update', 'partner_site', id, {
      fields: Object.keys(patch).sort().join(','),
    });
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DbInputError('conflict', 'That site key is taken');
    throw error;
  }
}

export async function deleteSite(db: Db, id: string, actor: Actor): Promise<void> {
  const rows = await db
    .delete(partnerSites)
    .where(eq(partnerSites.id, id))
    .returning({ id: partnerSites.id });
  if (rows.length === 0) throw new DbInputError('not_found', 'No such site');
  await audit(db, actor, 'site.delete', 'partner_site', id);
}
