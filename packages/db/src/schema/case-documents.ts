import { index, integer, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './bytea';
import { casePeople } from './case-people';
import { cases } from './cases';
import { createdAt } from './columns';
import { users } from './users';

/**
 * Documents attached to a case (a council's decision letter, an EHC plan, a signed agreement).
 * The bytes live in the row, as published files do: backups, restores, erasure and every
 * instance then agree on what exists. Erasing the case removes them (cascade); a document
 * about one person (`person_id`) goes when that person is erased.
 */
export const caseDocuments = pgTable(
  'case_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    /** The person the document is about, when it is about one (erased with them). */
    personId: uuid('person_id').references(() => casePeople.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    fileName: text('file_name').notNull(),
    /** Sniffed from the bytes at upload, never taken from the uploader. */
    contentType: text('content_type').notNull(),
    bytes: bytea('bytes').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    uploadedById: uuid('uploaded_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    index('case_documents_case_idx').on(t.caseId, t.createdAt),
    index('case_documents_person_idx').on(t.personId),
  ],
);
