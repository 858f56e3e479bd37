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
  (t) => [index('case_notes_case_idx').on(t.caseId, t.createdAt)],
);
