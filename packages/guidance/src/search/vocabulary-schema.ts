import { z } from 'zod';

// The shape of data/vocabulary.json, and of the terms staff add at run time. The phrase syntax
// is described in data/vocabulary.json's "$comment" and in the package README.

/** A phrase: words separated by spaces; `a|b` alternatives, `word?` optional, `word!` exact, slots. */
const phrase = z
  .string()
  .trim()
  .min(1)
  .max(400)
  .refine((p) => /^[a-z0-9 '|?!{}*.-]+$/.test(p), 'lower-case words, | ? ! and {slots} only')
  .refine(
    (p) => (p.match(/\{[^}]*\}/g) ?? []).every((s) => SLOT_NAMES.includes(s)),
    'unknown slot (use {n}, {who}, {my}, {*} or {end})',
  );

export const SLOT_NAMES = ['{n}', '{who}', '{my}', '{*}', '{end}'];

/**
 * One term of the field, or a staff-added one: `phrases` (the ways pages and families write
 * it) are folded to `term` wherever they occur, in the pages and in questions alike; `related`
 * words name a neighbouring idea and count for less when matching.
 */
export const vocabularyEntrySchema = z.object({
  /** The token(s) the phrases become, as the pages' own word: "ehcp", "confidential". */
  term: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .regex(/^[a-z0-9 {}]+$/i, 'letters, digits and spaces'),
  /** What staff see in the console ("EHC plan (education, health and care plan)"). */
  label: z.string().max(200).optional(),
  phrases: z.array(phrase).min(1).max(200),
  /** Words of a neighbouring idea ("tribunal" for "appeal"), matched with less weight. */
  related: z.array(z.string().trim().min(1).max(60)).max(50).optional(),
  /** The phrase does not count when the rest of its sentence has one of these words. */
  unless: z
    .array(z.string().regex(/^[a-z]+$/))
    .max(10)
    .optional(),
});

export type VocabularyEntry = z.infer<typeof vocabularyEntrySchema>;

const group = z.array(z.string().trim().min(1)).min(2);

export const vocabularySchema = z.object({
  $comment: z.string().optional(),
  /** The field's own terms: EHC plan, SENDIASS, LA, tribunal … */
  terms: z.array(vocabularyEntrySchema).min(1),
  /** Everyday ways of asking what the pages answer, folded to the page's word. */
  frames: z.array(vocabularyEntrySchema),
  /** Words for one idea (pay / free / fee). */
  same: z.array(group),
  /** Words for a neighbouring idea (son / young person). */
  near: z.array(group),
  /** Words that make a question one about this field (for "out of scope"). */
  domain: z.array(z.string().min(1)).min(1),
  /** Words that may match but never make a passage relevant alone ("help", "must"). */
  light: z.array(z.string().min(1)),
  /** Words left out of matching. */
  stop: z.array(z.string().min(1)).min(50),
  /** Phone spellings → the word ("wat" → "what"). */
  textSpeak: z.record(z.string().min(1), z.string().min(1)),
});

export type Vocabulary = z.infer<typeof vocabularySchema>;
