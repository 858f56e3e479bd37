// The morning digest: for each admin and caseworker who wants it, the deadlines overdue and due
// in the next 2 working days (admins: every case; caseworkers: their own, as on Today). Queued
// once a working day by the instance that claims the day's run; the outbox sends it.
import {
  casePath,
  claimScheduledJob,
  listDeadlinesDue,
  notificationRecipients,
  queueNotifications,
  type Db,
  type DueDeadline,
} from '@sen/db';
import type { NotificationPayload } from '@sen/db/schema';
import { addCalendarDays, addWorkingDays, isWorkingDay, type CalendarOverrides } from '@sen/rules';
import { ruleContext } from '../cases/case-detail';
import type { Clock } from '../../lib/clock';

/** The digest is queued from this hour (London time) on each working day. */
export const DIGEST_HOUR = 7;
/** "Due soon" in the digest: up to this many working days ahead. */
export const DIGEST_WORKING_DAYS = 2;
/** How far back an overdue deadline is still listed (as on Today). */
const OVERDUE_DAYS = 365;

const londonHour = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hour: '2-digit',
  hourCycle: 'h23',
});

export type DigestItem = NonNullable<NotificationPayload['due']>[number];

/** Deadlines overdue or due by `DIGEST_WORKING_DAYS` working days after today, as digest lines. */
export function digestItems(
  due: readonly DueDeadline[],
  today: string,
  calendar: CalendarOverrides,
): DigestItem[] {
  const last = addWorkingDays(today, DIGEST_WORKING_DAYS, calendar);
  return due
    .filter((d) => d.deadline.status !== 'done' && d.deadline.status !== 'not_applicable')
    .filter((d) => d.deadline.date <= last)
    .map((d) => ({
      reference: d.reference,
      path: casePath(d.caseId),
      label: d.deadline.label,
      date: d.deadline.date,
      overdue: d.deadline.date < today,
    }));
}

/**
 * Builds and queues today's digest when it is due and this caller wins the day's claim.
 * Returns how many e-mails were queued (null: not due or another instance has it).
 */
export async function queueDigestIfDue(db: Db, clock: Clock): Promise<number | null> {
  const now = clock.now();
  const { today, calendar } = await ruleContext(db, now);
  if (Number(londonHour.format(now)) < DIGEST_HOUR || !isWorkingDay(today, calendar)) return null;
  // One claim per day: of several instances exactly one builds the day's digest. A failed build
  // is tried again six hours later the same day.
  const claimed = await claimScheduledJob(db, `deadline-digest:${today}`, {
    now,
    everyMs: 6 * 60 * 60 * 1000,
  });
  if (!claimed) return null;
  return queueDigest(db, { now, today, calendar });
}

/** Queues the digest for `today` (idempotent: a second call for the same day adds nothing). */
export async function queueDigest(
  db: Db,
  o: { now: Date; today: string; calendar: CalendarOverrides },
): Promise<number> {
  const recipients = await notificationRecipients(db, 'deadline_digest');
  if (!recipients.length) return 0;
  const due = await listDeadlinesDue(db, {
    from: addCalendarDays(o.today, -OVERDUE_DAYS),
    to: addWorkingDays(o.today, DIGEST_WORKING_DAYS, o.calendar),
    today: o.today,
    calendar: o.calendar,
  });
  const rows = recipients.flatMap((r) => {
    const mine = r.role === 'admin' ? due : due.filter((d) => d.assigneeId === r.id);
    const items = digestItems(mine, o.today, o.calendar);
    // Nothing due, nothing sent: an empty digest every morning teaches people to ignore it.
    return items.length
      ? [{ recipientId: r.id, payload: { day: o.today, due: items } satisfies NotificationPayload }]
      : [];
  });
  return queueNotifications(db, {
    kind: 'deadline_digest',
    eventKey: `deadline_digest:${o.today}`,
    now: o.now,
    rows,
  });
}
