// Staff e-mail notifications as an outbox (see schema/notifications.ts): events queue rows in
// their own transaction, any instance sends them, and the claim below makes sure one does.
import { and, asc, count, eq, inArray, lt, notInArray, sql } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import {
  callbackRequests,
  NOTIFICATION_KINDS,
  notificationOptOuts,
  notificationOutbox,
  users,
  type NotificationKind,
  type NotificationPayload,
  type StaffRole,
} from '../schema/index';
import { audit, type Actor } from './audit';

export type NotificationRow = typeof notificationOutbox.$inferSelect;

/** Who gets the e-mails sent to the whole team (new callbacks, the digest) unless they opt out. */
export const NOTIFIED_ROLES: readonly StaffRole[] = ['admin', 'caseworker'];
/**
 * Who may be told of a case assigned to them: everyone who can be assigned one. A mediator
 * handles the cases assigned to them, so they are told too.
 */
const ASSIGNABLE_ROLES: readonly StaffRole[] = ['admin', 'caseworker', 'mediator'];

/** The console path of a case (no personal data: the id is opaque). */
export const casePath = (caseId: string) => `/console/cases/${caseId}`;

/** Active staff in `roles` who have not turned `kind` off. */
export async function notificationRecipients(
  db: Db,
  kind: NotificationKind,
  roles: readonly StaffRole[] = NOTIFIED_ROLES,
  only?: string,
): Promise<{ id: string; role: StaffRole }[]> {
  return db
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(
      and(
        eq(users.disabled, false),
        inArray(users.role, [...roles]),
        only ? eq(users.id, only) : undefined,
        notInArray(
          users.id,
          db
            .select({ id: notificationOptOuts.userId })
            .from(notificationOptOuts)
            .where(eq(notificationOptOuts.kind, kind)),
        ),
      ),
    )
    .orderBy(asc(users.id));
}

interface QueueInput {
  kind: NotificationKind;
  eventKey: string;
  caseId?: string | null;
  now: Date;
  /** One payload for every recipient, or one per recipient (the digest). */
  rows: { recipientId: string; payload: NotificationPayload }[];
}

/**
 * Queues one e-mail per recipient. A repeated event (another instance, a retry) adds nothing:
 * `(event_key, recipient_id)` is unique. Returns how many rows were new.
 */
export async function queueNotifications(db: Db, input: QueueInput): Promise<number> {
  if (!input.rows.length) return 0;
  const rows = await db
    .insert(notificationOutbox)
    .values(
      input.rows.map((r) => ({
        kind: input.kind,
        eventKey: input.eventKey,
        recipientId: r.recipientId,
        caseId: input.caseId ?? null,
        payload: r.payload,
        nextAttemptAt: input.now,
        createdAt: input.now,
      })),
    )
    .onConflictDoNothing({ target: [notificationOutbox.eventKey, notificationOutbox.recipientId] })
    .returning({ id: notificationOutbox.id });
  return rows.length;
}

/** A family asked for a call back: every admin and caseworker who wants to know. */
export async function queueCallbackNotification(
  db: Db,
  input: { callbackId: string; caseId: string; reference: string; now: Date },
): Promise<number> {
  const recipients = await notificationRecipients(db, 'callback_new');
  const payload: NotificationPayload = { reference: input.reference, path: casePath(input.caseId) };
  return queueNotifications(db, {
    kind: 'callback_new',
    eventKey: `callback_new:${input.callbackId}`,
    caseId: input.caseId,
    now: input.now,
    rows: recipients.map((r) => ({ recipientId: r.id, payload })),
  });
}

/**
 * A case was assigned to someone. Not when they assigned it to themself: they know. `eventId`
 * (the timeline event) keys it, so assigning the same person again later tells them again.
 */
export async function queueAssignmentNotification(
  db: Db,
  input: {
    caseId: string;
    reference: string;
    assigneeId: string;
    actorId?: string | null;
    eventId: string;
    now: Date;
  },
): Promise<number> {
  if (input.assigneeId === input.actorId) return 0;
  const recipients = await notificationRecipients(
    db,
    'case_assigned',
    ASSIGNABLE_ROLES,
    input.assigneeId,
  );
  const payload: NotificationPayload = { reference: input.reference, path: casePath(input.caseId) };
  return queueNotifications(db, {
    kind: 'case_assigned',
    eventKey: `case_assigned:${input.eventId}`,
    caseId: input.caseId,
    now: input.now,
    rows: recipients.map((r) => ({ recipientId: r.id, payload })),
  });
}

export interface ClaimedNotification extends NotificationRow {
  recipientEmail: string;
  recipientDisabled: boolean;
  /** The recipient turned this kind off after it was queued. */
  optedOut: boolean;
}

/**
 * Claims up to `limit` notifications that are due, for this caller alone: rows another sender
 * holds are skipped (`FOR UPDATE SKIP LOCKED`), and a claimed row is marked `sending` with a
 * lease, so a sender that dies mid-send gives it back when the lease lapses instead of losing it.
 */
export async function claimNotifications(
  db: Db,
  options: { now: Date; limit?: number; leaseMs?: number },
): Promise<ClaimedNotification[]> {
  const lease = new Date(options.now.getTime() + (options.leaseMs ?? 120_000));
  const due = db
    .select({ id: notificationOutbox.id })
    .from(notificationOutbox)
    .where(
      and(
        inArray(notificationOutbox.status, ['pending', 'sending']),
        sql`${notificationOutbox.nextAttemptAt} <= ${options.now}`,
      ),
    )
    .orderBy(asc(notificationOutbox.nextAttemptAt))
    .limit(options.limit ?? 20)
    .for('update', { skipLocked: true });
  const claimed = await db
    .update(notificationOutbox)
    .set({
      status: 'sending',
      attempts: sql`${notificationOutbox.attempts} + 1`,
      nextAttemptAt: lease,
    })
    .where(inArray(notificationOutbox.id, due))
    .returning();
  if (!claimed.length) return [];
  const ids = claimed.map((c) => c.id);
  const who = await db
    .select({
      id: notificationOutbox.id,
      email: users.email,
      disabled: users.disabled,
      optedOut: sql<boolean>`exists (select 1 from ${notificationOptOuts}
        where ${notificationOptOuts.userId} = ${users.id}
          and ${notificationOptOuts.kind} = ${notificationOutbox.kind})`,
    })
    .from(notificationOutbox)
    .innerJoin(users, eq(users.id, notificationOutbox.recipientId))
    .where(inArray(notificationOutbox.id, ids));
  const byId = new Map(who.map((w) => [w.id, w]));
  return claimed
    .filter((c) => byId.has(c.id))
    .map((c) => {
      const w = byId.get(c.id)!;
      return {
        ...c,
        recipientEmail: w.email,
        recipientDisabled: w.disabled,
        optedOut: Boolean(w.optedOut),
      };
    });
}

export async function markNotificationSent(db: Db, id: string, now: Date): Promise<void> {
  await db
    .update(notificationOutbox)
    .set({ status: 'sent', sentAt: now, lastError: null })
    .where(eq(notificationOutbox.id, id));
}

/** Not sent and not to be: the recipient opted out or was disabled after it was queued. */
export async function markNotificationSkipped(db: Db, id: string, reason: string): Promise<void> {
  await db
    .update(notificationOutbox)
    .set({ status: 'skipped', lastError: reason.slice(0, 300) })
    .where(eq(notificationOutbox.id, id));
}

/** A failed send: tried again at `retryAt`, or given up (`failed`) when it is null. */
export async function markNotificationFailed(
  db: Db,
  id: string,
  options: { error: string; retryAt: Date | null },
): Promise<void> {
  await db
    .update(notificationOutbox)
    .set(
      options.retryAt
        ? {
            status: 'pending',
            nextAttemptAt: options.retryAt,
            lastError: options.error.slice(0, 300),
          }
        : { status: 'failed', lastError: options.error.slice(0, 300) },
    )
    .where(eq(notificationOutbox.id, id));
}

/**
 * Forgets notifications queued before `before`, whatever became of them (they hold case
 * references; one still pending by then was never going to be sent: senders skip stale rows).
 */
export async function purgeOldNotifications(db: Db, before: Date): Promise<number> {
  const rows = await db
    .delete(notificationOutbox)
    .where(lt(notificationOutbox.createdAt, before))
    .returning({ id: notificationOutbox.id });
  return rows.length;
}

/** Whether anything has been queued for this event (the digest asks before computing it). */
export async function notificationEventQueued(db: Db, eventKey: string): Promise<boolean> {
  const [row] = await db
    .select({ id: notificationOutbox.id })
    .from(notificationOutbox)
    .where(eq(notificationOutbox.eventKey, eventKey))
    .limit(1);
  return !!row;
}

/** The kinds this person has turned off. */
export async function listNotificationOptOuts(db: Db, userId: string): Promise<NotificationKind[]> {
  const rows = await db
    .select({ kind: notificationOptOuts.kind })
    .from(notificationOptOuts)
    .where(eq(notificationOptOuts.userId, userId));
  return rows.map((r) => r.kind).filter((k) => NOTIFICATION_KINDS.includes(k));
}

/** Turns one kind of e-mail on or off for this person (audited). */
export async function setNotificationEnabled(
  db: Db,
  userId: string,
  kind: NotificationKind,
  enabled: boolean,
  actor: Actor,
): Promise<void> {
  if (!NOTIFICATION_KINDS.includes(kind)) {
    throw new DbInputError('invalid', `Unknown kind of notification "${kind}"`);
  }
  if (enabled) {
    await db
      .delete(notificationOptOuts)
      .where(and(eq(notificationOptOuts.userId, userId), eq(notificationOptOuts.kind, kind)));
  } else {
    await db
      .insert(notificationOptOuts)
      .values({ userId, kind, createdAt: actor.now })
      .onConflictDoNothing();
  }
  await audit(db, actor, 'notification.preference', 'user', userId, { kind, enabled });
}

/** New callback requests nobody has picked up: the console's badge. */
export async function countNewCallbacks(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(callbackRequests)
    .where(eq(callbackRequests.status, 'new'));
  return row?.n ?? 0;
}
