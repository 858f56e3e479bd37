// Per-user calendar feeds. The caller makes the token and hashes it (the API owns the crypto);
// only the hash is stored, so a database copy cannot open anyone's feed, and replacing the
// hash (rotation) makes the old URL find nothing.
import { eq } from 'drizzle-orm';
import type { Db } from '../client';
import { calendarFeeds, users } from '../schema/index';
import { audit, type Actor } from './audit';

export type CalendarFeed = typeof calendarFeeds.$inferSelect;

export async function getCalendarFeed(db: Db, userId: string): Promise<{ createdAt: Date } | null> {
  const [row] = await db
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.userId, userId));
  return row ?? null;
}

/** Sets the user's feed token hash, replacing any earlier one (the old URL stops working). */
export async function setCalendarFeedToken(
  db: Db,
  userId: string,
  tokenHash: string,
  actor: Actor,
): Promise<{ createdAt: Date }> {
  return db.transaction(async (tx) => {
    const [old] = await tx
      .select({ userId: calendarFeeds.userId })
      .from(calendarFeeds)
      .where(eq(calendarFeeds.userId, userId))
      .for('update');
    const [row] = await tx
      .insert(calendarFeeds)
      .values({ userId, tokenHash, createdAt: actor.now })
      .onConflictDoUpdate({
        target: calendarFeeds.userId,
        set: { tokenHash, createdAt: actor.now },
      })
      .returning({ createdAt: calendarFeeds.createdAt });
    await audit(tx, actor, old ? 'calendar_feed.rotate' : 'calendar_feed.create', 'user', userId);
    return row!;
  });
}

export async function deleteCalendarFeed(db: Db, userId: string, actor: Actor): Promise<boolean> {
  return db.transaction(async (tx) => {
    const gone = await tx
      .delete(calendarFeeds)
      .where(eq(calendarFeeds.userId, userId))
      .returning({ userId: calendarFeeds.userId });
    if (gone.length) await audit(tx, actor, 'calendar_feed.delete', 'user', userId);
    return gone.length > 0;
  });
}

/** The active staff member a feed token hash belongs to, or null (unknown, rotated, disabled). */
export async function findCalendarFeedOwner(
  db: Db,
  tokenHash: string,
): Promise<{ id: string; role: string } | null> {
  const [row] = await db
    .select({ id: users.id, role: users.role, disabled: users.disabled })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.userId))
    .where(eq(calendarFeeds.tokenHash, tokenHash));
  if (!row || row.disabled) return null;
  return { id: row.id, role: row.role };
}
