import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { createdAt, updatedAt } from './columns';
import { users } from './users';

export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('case_notes_case_idx').on(t.caseId, t.createdAt),
    // The case list's search reads notes too ("tribunal hearing" finds the case it is noted on).
    index('case_notes_body_trgm_idx').using('gin', t.body.op('gin_trgm_ops')),
  ],
);
