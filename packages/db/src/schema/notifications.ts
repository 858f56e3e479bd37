import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { createdAt, instant } from './columns';
import { users } from './users';

/** What staff are e-mailed about; each can be turned off per person (notification_opt_outs). */
export const NOTIFICATION_KINDS = ['callback_new', 'case_assigned', 'deadline_digest'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_STATUSES = ['pending', 'sending', 'sent', 'failed', 'skipped'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/**
 * What the notification says, with no personal data: a case reference, a deadline, a console
 * path. Names, contact details and what a family wrote never go into an e-mail.
 */
export interface NotificationPayload {
  reference?: string;
  /** Console path of the case, e.g. `/console/cases/<id>` (the sender adds the origin). */
  path?: string;
  /** The case's next deadline, when it has one: `{ label, date }` (ISO date). */
  deadline?: { label: string; date: string } | null;
  /** Digest: deadlines due soon and overdue, by case reference. */
  due?: { reference: string; path: string; label: string; date: string; overdue: boolean }[];
  /** Digest: the London date it is for. */
  day?: string;
}

/**
 * The outbox: one row per e-mail to one member of staff, written in the same transaction as the
 * event (a callback request, an assignment) or by the one instance that claims the morning
 * digest. `(event_key, recipient_id)` is unique, so an event is queued once however many
 * instances see it; senders claim rows with `FOR UPDATE SKIP LOCKED`, so each is sent by one.
 */
export const notificationOutbox = pgTable(
  'notification_outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    kind: text('kind').$type<NotificationKind>().notNull(),
    /** The event, e.g. `callback_new:<callback id>`; with the recipient, unique. */
    eventKey: text('event_key').notNull(),
    recipientId: uuid('recipient_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Erasing a case takes its unsent notifications with it. */
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    payload: jsonb('payload').$type<NotificationPayload>().notNull(),
    status: text('status').$type<NotificationStatus>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** When a pending row may next be tried; for a `sending` row, when its claim lapses. */
    nextAttemptAt: instant('next_attempt_at').notNull().defaultNow(),
    /** The last failure as a short code and message from the mail server, never the e-mail. */
    lastError: text('last_error'),
    sentAt: instant('sent_at'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('notification_outbox_event_recipient_idx').on(t.eventKey, t.recipientId),
    index('notification_outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} in ('pending', 'sending')`),
    index('notification_outbox_case_idx').on(t.caseId),
  ],
);

/** A member of staff who turned off one kind of e-mail (all kinds are on by default). */
export const notificationOptOuts = pgTable(
  'notification_opt_outs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<NotificationKind>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('notification_opt_outs_user_kind_idx').on(t.userId, t.kind)],
);
