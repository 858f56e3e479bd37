import { boolean, index, integer, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './bytea';
import { createdAt } from './columns';
import { users } from './users';

/**
 * Files the service publishes for families to download (its Regulation 32 mediation notice, a
 * leaflet, a form). The bytes live in the row: these are a handful of small documents, and keeping
 * them in the database means backups, restores and every instance see the same files.
 */
export const guidanceFiles = pgTable(
  'guidance_files',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The public address is `/files/<slug>`: no personal data, stable across re-uploads. */
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    fileName: text('file_name').notNull(),
    /** Sniffed from the bytes at upload, never taken from the uploader. */
    contentType: text('content_type').notNull(),
    bytes: bytea('bytes').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    published: boolean('published').notNull().default(true),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('guidance_files_slug_idx').on(t.slug),
    index('guidance_files_created_idx').on(t.createdAt),
  ],
);
