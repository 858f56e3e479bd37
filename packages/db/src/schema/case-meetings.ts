import { sql } from 'drizzle-orm';
import { pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { createdAt, updatedAt } from './columns';

/**
 * The mediation or disagreement resolution meeting of a case (one per case). Its date is the
 * case's `mediation_date`, the fact the deadlines run from, so the two can never disagree;
 * this row holds the rest. Times are HH:MM in England's local time.
 */
export const caseMeetings = pgTable('case_meetings', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id, { onDelete: 'cascade' }),
  startTime: text('start_time').notNull(),
  endTime: text('end_time'),
  venue: text('venue'),
  onlineUrl: text('online_url'),
  /** Who is expected, as staff write them ("Parent", "SENCO", "Council officer"). */
  attendees: text('attendees')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  /** Who supports the family at the meeting (e.g. an IASS adviser), if anyone. */
  supporter: text('supporter'),
  /** The interpreter's language (and name), if one is needed. */
  interpreter: text('interpreter'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});
