import { and, eq, gt, lte, ne } from 'drizzle-orm';
import type { Db } from '../client';
import { sessions, users } from '../schema/index';
import type { StaffUser } from './users';

export type SessionRecord = typeof sessions.$inferSelect;

export interface CreateSessionInput {
  /** A hash of the cookie token (the token itself is never stored). */
  id: string;
  userId: string;
  csrfToken: string;
  expiresAt: Date;
  now: Date;
}

export async function createSession(db: Db, input: CreateSessionInput): Promise<SessionRecord> {
  const [row] = await db
    .insert(sessions)
    .values({
      id: input.id,
      userId: input.userId,
      csrfToken: input.csrfToken,
      expiresAt: input.expiresAt,
      createdAt: input.now,
      lastSeenAt: input.now,
    })
    .returning();
  return row!;
}

/** A live session and its enabled user; expired sessions and disabled users give undefined. */
export async function getSessionWithUser(
  db: Db,
  id: string,
  now: Date,
): Promise<{ session: SessionRecord; user: StaffUser } | undefined> {
  const [row] = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), eq(users.disabled, false)));
  if (!row) return undefined;
  const { passwordHash: _p, totpSecret: _t, ...user } = row.user;
  return { session: row.session, user };
}

/** Sliding expiry: called on use, at most every few minutes by the API. */
export async function touchSession(
  db: Db,
  id: string,
  input: { now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .update(sessions)
    .set({ lastSeenAt: input.now, expiresAt: input.expiresAt })
    .where(eq(sessions.id, id));
}

export async function markSessionSecondFactor(db: Db, id: string, now: Date): Promise<void> {
  await db.update(sessions).set({ secondFactorAt: now }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

/** Signs a user out everywhere (password change, disable), optionally keeping one session. */
export async function deleteUserSessions(
  db: Db,
  userId: string,
  options: { exceptId?: string } = {},
): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(
      and(
        eq(sessions.userId, userId),
        options.exceptId ? ne(sessions.id, options.exceptId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  return rows.length;
}

export async function purgeExpiredSessions(db: Db, now: Date): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(lte(sessions.expiresAt, now))
    .returning({ id: sessions.id });
  return rows.length;
}
