import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError, isUniqueViolation } from '../errors';
import { localAuthorities } from '../schema/index';
import { audit, type Actor } from './audit';

export type LocalAuthority = typeof localAuthorities.$inferSelect;

export interface LocalAuthorityInput {
  name: string;
  iassName?: string | null;
  iassPhone?: string | null;
  iassUrl?: string | null;
  iassEmail?: string | null;
}

function validate(input: Partial<LocalAuthorityInput>): void {
  if (input.name !== undefined && !input.name.trim()) {
    throw new DbInputError('invalid', 'Local authority name is empty');
  }
  if (input.iassUrl) {
    try {
      const url = new URL(input.iassUrl);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('scheme');
    } catch {
      throw new DbInputError('invalid', 'IASS web address must start with https://');
    }
  }
}

export async function listLocalAuthorities(db: Db): Promise<LocalAuthority[]> {
  return db.select().from(localAuthorities).orderBy(asc(localAuthorities.name));
}

export async function getLocalAuthority(db: Db, id: string): Promise<LocalAuthority | undefined> {
  const [row] = await db.select().from(localAuthorities).where(eq(localAuthorities.id, id));
  return row;
}

/** Case-insensitive exact match, for the widget's free-text local authority field. */
export async function findLocalAuthorityByName(
  db: Db,
  name: string,
): Promise<LocalAuthority | undefined> {
  const [row] = await db
    .select()
    .from(localAuthorities)
    .where(sql`lower(${localAuthorities.name}) = lower(${name.trim()})`);
  return row;
}

export async function createLocalAuthority(
  db: Db,
  input: LocalAuthorityInput,
  actor: Actor,
): Promise<LocalAuthority> {
  validate(input);
  try {
    const [row] = await db
      .insert(localAuthorities)
      .values({ ...input, name: input.name.trim(), createdAt: actor.now, updatedAt: actor.now })
      .returning();
    await audit(db, actor, 'local_authority.create', 'local_authority', row!.id);
    return row!;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DbInputError('conflict', 'That local authority exists');
    throw error;
  }
}

export async function updateLocalAuthority(
  db: Db,
  id: string,
  patch: Partial<LocalAuthorityInput>,
  actor: Actor,
): Promise<LocalAuthority> {
  validate(patch);
  try {
    const [row] = await db
      .update(localAuthorities)
      .set({ ...patch, ...(patch.name ? { name: patch.name.trim() } : {}), updatedAt: actor.now })
      .where(eq(localAuthorities.id, id))
      .returning();
    if (!row) throw new DbInputError('not_found', 'No such local authority');
    await audit(db, actor, 'local_authority.update', 'local_authority', id, {
      fields: Object.keys(patch).sort().join(','),
    });
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new DbInputError('conflict', 'That local authority exists');
    throw error;
  }
}
