import {
  bigint,
  date,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { createdAt, instant, updatedAt } from './columns';
import { users } from './users';

export const GUIDANCE_FORMATS = ['markdown', 'html', 'text'] as const;
export type GuidanceFormat = (typeof GUIDANCE_FORMATS)[number];
export const GUIDANCE_STATUSES = ['draft', 'published', 'retired'] as const;
export type GuidanceStatus = (typeof GUIDANCE_STATUSES)[number];

export const guidanceDocuments = pgTable(
  'guidance_documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    /** At most one published version per document; null when nothing is published. */
    publishedVersionId: uuid('published_version_id').references(
      (): AnyPgColumn => guidanceVersions.id,
      { onDelete: 'set null' },
    ),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('guidance_documents_slug_idx').on(t.slug)],
);

export const guidanceVersions = pgTable(
  'guidance_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    documentId: uuid('document_id')
      .notNull()
      .references(() => guidanceDocuments.id, { onDelete: 'cascade' }),
    sourceUrl: text('source_url').notNull(),
    format: text('format').$type<GuidanceFormat>().notNull(),
    body: text('body').notNull(),
    status: text('status').$type<GuidanceStatus>().notNull().default('draft'),
    /** The date the content was true on, shown with every answer that cites it. */
    asOf: date('as_of', { mode: 'string' }).notNull(),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    publishedAt: instant('published_at'),
    createdAt: createdAt(),
  },
  (t) => [index('guidance_versions_document_idx').on(t.documentId, t.createdAt)],
);

/**
 * Passages produced by `@sen/guidance` `parseDocument` for a version, stored so every API instance
 * indexes the same text and answers can cite it exactly. Mirrors its `Passage` type.
 */
export const guidanceSections = pgTable(
  'guidance_sections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    versionId: uuid('version_id')
      .notNull()
      .references(() => guidanceVersions.id, { onDelete: 'cascade' }),
    /** Passage `order`: position in the document, from 0. */
    position: integer('position').notNull(),
    /** Passage `id` from the parser (`docId#order`), used in citations. */
    passageId: text('passage_id').notNull(),
    kind: text('kind').$type<'paragraph' | 'item' | 'lines'>().notNull().default('paragraph'),
    /** For a list item: the passage id of the paragraph that introduces its list. */
    leadId: text('lead_id'),
    headingPath: text('heading_path').array().notNull(),
    /** Exact published wording: every quote in an answer is a substring of it. */
    text: text('text').notNull(),
    url: text('url'),
    asOf: date('as_of', { mode: 'string' }),
  },
  (t) => [uniqueIndex('guidance_sections_version_position_idx').on(t.versionId, t.position)],
);

/**
 * One row, bumped on every publish and unpublish, so each API instance can notice a change by
 * polling one cheap read instead of re-reading every passage.
 */
export const guidanceRevisionCounter = pgTable('guidance_revision', {
  id: integer('id').primaryKey().default(1),
  revision: bigint('revision', { mode: 'number' }).notNull().default(0),
  changedAt: instant('changed_at').notNull().defaultNow(),
});
