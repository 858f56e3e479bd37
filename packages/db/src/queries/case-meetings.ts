// The meeting of a case (mediation or disagreement resolution). Its date is the case's
// mediationDate, so saving a meeting writes both in one transaction, with a timeline event and
// an audit row. The lifecycle check (@sen/rules canArrangeMeeting) is the caller's `guard`,
// run under the row lock against the case as it is then.
import type { Track } from '@sen/rules';
import { and, asc, eq, gte, isNotNull, notInArray } from 'drizzle-orm';
import type { Db } from '../client';
import { DbInputError } from '../errors';
import { caseMeetings, cases } from '../schema/index';
import { audit, type Actor } from './audit';
import { addCaseEvent } from './case-events';
import { type CaseRecord } from './case-facts';
import { isIsoDate } from '@sen/rules';
import { lockCaseFor, type CaseGuard } from './case-parties';

export type CaseMeeting = typeof caseMeetings.$inferSelect;

export interface MeetingInput {
  date: string;
  startTime: string;
  endTime?: string | null;
  venue?: string | null;
  onlineUrl?: string | null;
  attendees?: string[];
  supporter?: string | null;
  interpreter?: string | null;
}

export async function getMeeting(db: Db, caseId: string): Promise<CaseMeeting | null> {
  const [row] = await db.select().from(caseMeetings).where(eq(caseMeetings.caseId, caseId));
  return row ?? null;
}

const MEETING_FIELDS = [
  'date',
  'startTime',
  'endTime',
  'venue',
  'onlineUrl',
  'attendees',
  'supporter',
  'interpreter',
] as const;

/** Arranges the meeting, or changes it; the case's mediationDate follows its date. */
export async function saveMeeting(
  db: Db,
  caseId: string,
  input: MeetingInput & { expectedVersion?: number },
  actor: Actor,
  guard?: CaseGuard,
): Promise<{ case: CaseRecord; meeting: CaseMeeting }> {
  if (!isIsoDate(input.date)) {
    throw new DbInputError('invalid', `Meeting not saved: "${input.date}" is not a date`);
  }
  const values = {
    startTime: input.startTime,
    endTime: input.endTime ?? null,
    venue: input.venue?.trim() || null,
    onlineUrl: input.onlineUrl?.trim() || null,
    attendees: (input.attendees ?? []).map((a) => a.trim()).filter(Boolean),
    supporter: input.supporter?.trim() || null,
    interpreter: input.interpreter?.trim() || null,
  };
  return db.transaction(async (tx) => {
    const before = await lockCaseFor(tx, caseId, guard);
    if (input.expectedVersion !== undefined && before.version !== input.expectedVersion) {
      throw new DbInputError(
        'stale',
        'Someone else changed this case since you opened it. Reload to see their changes.',
      );
    }
    const old = await getMeeting(tx, caseId);
    const changed = MEETING_FIELDS.filter((f) =>
      f === 'date'
        ? before.mediationDate !== input.date
        : JSON.stringify(old?.[f] ?? null) !== JSON.stringify(values[f]),
    );
    const [meeting] = await tx
      .insert(caseMeetings)
      .values({ caseId, ...values, createdAt: actor.now, updatedAt: actor.now })
      .onConflictDoUpdate({ target: caseMeetings.caseId, set: { ...values, updatedAt: actor.now } })
      .returning();
    const [row] = await tx
      .update(cases)
      .set({ mediationDate: input.date, version: before.version + 1, updatedAt: actor.now })
      .where(eq(cases.id, caseId))
      .returning();
    await addCaseEvent(tx, caseId, 'meeting_saved', actor, {
      detail: {
        fields: changed,
        ...(before.mediationDate !== input.date
          ? { changes: { mediationDate: { from: before.mediationDate, to: input.date } } }
          : {}),
      },
    });
    await audit(tx, actor, old ? 'case.meeting_update' : 'case.meeting_create', 'case', caseId, {
      fields: changed.join(','),
    });
    return { case: row!, meeting: meeting! };
  });
}

/** What a calendar may show of a meeting: the case reference, the time and the place. */
export interface CalendarMeeting {
  caseId: string;
  reference: string;
  track: Track;
  date: string;
  startTime: string;
  endTime: string | null;
  venue: string | null;
  onlineUrl: string | null;
  updatedAt: Date;
}

const calendarColumns = {
  caseId: cases.id,
  reference: cases.reference,
  track: cases.track,
  date: cases.mediationDate,
  startTime: caseMeetings.startTime,
  endTime: caseMeetings.endTime,
  venue: caseMeetings.venue,
  onlineUrl: caseMeetings.onlineUrl,
  updatedAt: caseMeetings.updatedAt,
};

/** One case's meeting for a calendar file, or null when none is arranged. */
export async function getCalendarMeeting(db: Db, caseId: string): Promise<CalendarMeeting | null> {
  const [row] = await db
    .select(calendarColumns)
    .from(caseMeetings)
    .innerJoin(cases, eq(cases.id, caseMeetings.caseId))
    .where(and(eq(cases.id, caseId), isNotNull(cases.mediationDate)));
  return (row as CalendarMeeting | undefined) ?? null;
}

/**
 * Meetings of open cases assigned to `assigneeId`, from `fromDate` on (a feed need not carry
 * years of history), earliest first; at most `limit`.
 */
export async function listCalendarMeetings(
  db: Db,
  filter: { assigneeId: string; fromDate: string; limit?: number },
): Promise<CalendarMeeting[]> {
  const rows = await db
    .select(calendarColumns)
    .from(caseMeetings)
    .innerJoin(cases, eq(cases.id, caseMeetings.caseId))
    .where(
      and(
        eq(cases.assigneeId, filter.assigneeId),
        notInArray(cases.state, ['closed', 'withdrawn']),
        gte(cases.mediationDate, filter.fromDate),
      ),
    )
    .orderBy(asc(cases.mediationDate), asc(caseMeetings.startTime), asc(cases.id))
    .limit(filter.limit ?? 500);
  return rows as CalendarMeeting[];
}
