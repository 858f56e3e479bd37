import { pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { updatedAt } from './columns';
import { users } from './users';

/**
 * A correction staff made to one of the widget's texts in one language, served to families in
 * place of the catalogue's text (apps/widget/src/strings) without a release. Deleting the row
 * brings the catalogue's text back; every change is in the audit log.
 */
export const textOverrides = pgTable(
  'text_overrides',
  {
    // A surrogate key: backups read every table by one key column.
    id: uuid('id').primaryKey().defaultRandom(),
    /** A language code of the widget's catalogues (`en`, `pl`, `ur` …). */
    language: text('language').notNull(),
    /** The catalogue key (`welcome`, `r13.byFivePm` …). */
    key: text('key').notNull(),
    text: text('text').notNull(),
    updatedById: uuid('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('text_overrides_language_key_idx').on(t.language, t.key)],
);
