import { bigserial, index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { instant } from './columns';
import { users } from './users';

export const CASE_EVENT_KINDS = [
  'created',
  'transition',
  'facts_updated',
  'assigned',
  'person_added',
  'person_updated',
  'person_removed',
  'note_added',
  'certificate_issued',
  'certificate_reissued',
  'callback_linked',
  'other_party_set',
  'contact_added',
  'contact_updated',
  'contact_removed',
  'meeting_saved',
  'document_added',
  'document_removed',
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

/** The case timeline staff read. `detail` holds field names and values of facts, not free text. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: instant('at').notNull(),
    kind: text('kind').$type<CaseEventKind>().notNull(),
    fromState: text('from_state'),
    toState: text('to_state'),
    actorId: uuid('actor_id').references(() => users.id, { onDelete: 'set null' }),
    detail: jsonb('detail').$type<Record<string, unknown>>().notNull().default({}),
    /** Insertion order: events written in one transaction share `at` and must keep their order. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
  },
  (t) => [index('case_events_case_at_idx').on(t.caseId, t.at, t.seq)],
);
