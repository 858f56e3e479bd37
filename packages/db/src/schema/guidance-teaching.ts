import { index, pgTable, text, uuid } from 'drizzle-orm/pg-core';
import { createdAt, instant } from './columns';
import { messages } from './conversations';
import { users } from './users';

/**
 * A question staff taught the chat from the review queue: families who ask it again, in their
 * own words, are answered with the passage it is linked to. Staff may edit the family's wording
 * before teaching (names and details out), so `question` is staff-approved text. Undone, not
 * deleted: the audit log and the console can still say what was taught and when.
 */
export const guidanceExamples = pgTable(
  'guidance_examples',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    question: text('question').notNull(),
    /** The engine's passage id (`slug#order`) when it was taught. */
    passageId: text('passage_id').notNull(),
    /**
     * The passage's exact text when it was taught: a republished page can renumber its
     * passages, and the example follows its text, not its position (or lapses when it is gone).
     */
    passageText: text('passage_text').notNull(),
    /** A short answer staff wrote; always shown with the passage's quote. */
    answer: text('answer'),
    /** The family's question it was taught from; kept only while the conversation is. */
    messageId: uuid('message_id').references(() => messages.id, { onDelete: 'set null' }),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    undoneAt: instant('undone_at'),
    undoneById: uuid('undone_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('guidance_examples_created_idx').on(t.createdAt),
    index('guidance_examples_message_idx').on(t.messageId),
  ],
);

/**
 * Words that mean the same in this field, added by staff ("EHCP", "education health and care
 * plan", "the plan"), on top of the engine's own vocabulary, without a release.
 */
export const vocabularyTerms = pgTable(
  'vocabulary_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    words: text('words').array().notNull(),
    note: text('note'),
    createdById: uuid('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    removedAt: instant('removed_at'),
    removedById: uuid('removed_by_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('vocabulary_terms_created_idx').on(t.createdAt)],
);
