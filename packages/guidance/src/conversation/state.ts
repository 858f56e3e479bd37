// What a family has told the chat so far, kept with the conversation (the API stores it with each
// answer, so any instance can answer the next message). Plain JSON: it goes to and from the
// database as it is, and a state this version cannot read is treated as a new conversation.
import { z } from 'zod';
import { findDates } from '../pipeline/dates';
import { CALCULATIONS } from './words';

const ROLE = z.enum([
  'decision',
  'received',
  'certificate',
  'adviser',
  'mediation',
  'told',
  'act',
  'last_day',
  'unknown',
]);
const ISO = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const ConversationStateSchema = z.object({
  v: z.literal(1),
  /** Dates the family gave, each with what it is; the latest of a role replaces an earlier one. */
  dates: z
    .array(
      z.object({
        role: ROLE,
        date: ISO,
        text: z.string().max(80),
        relative: z.enum(['exact', 'about']).optional(),
        yearInferred: z.boolean().optional(),
      }),
    )
    .max(8),
  /** The situation read from the story (data/situations.json). */
  situation: z.string().max(40).optional(),
  /** Answers to @sen/rules' route questions, from the story and from quick replies. */
  route: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
  placementOnly: z.boolean().optional(),
  healthOnly: z.boolean().optional(),
  age: z.number().int().min(0).max(120).optional(),
  /** The last thing asked and answered: a follow-up is read with it. */
  topic: z
    .object({
      text: z.string().max(1000),
      calc: z.enum(CALCULATIONS).optional(),
      route: z.boolean().optional(),
    })
    .optional(),
  /** What the chat asked the family last, so a short reply ("the letter date") is read as the answer. */
  pending: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('route'), question: z.string() }),
      z.object({ kind: z.literal('date_role'), date: ISO, text: z.string().max(80) }),
      z.object({ kind: z.literal('date'), calc: z.enum(CALCULATIONS) }),
    ])
    .optional(),
});
export type ConversationState = z.infer<typeof ConversationStateSchema>;
export type StateDate = ConversationState['dates'][number];

export const emptyState = (): ConversationState => ({ v: 1, dates: [] });

/** The stored state, or a new one when it is missing or from another version. */
export function readState(value: unknown): ConversationState {
  const parsed = ConversationStateSchema.safeParse(value);
  return parsed.success ? parsed.data : emptyState();
}

/** Adds dates: a known role replaces the earlier date of that role (a correction). */
export function withDates(dates: StateDate[], added: StateDate[]): StateDate[] {
  const out = [...dates];
  for (const d of added) {
    const same = out.findIndex((o) => o.role === d.role && d.role !== 'unknown');
    if (same >= 0) out.splice(same, 1);
    out.push(d);
  }
  return out.slice(-8);
}

/**
 * "the 12th of November, not the 4th", "the 12th rather than the 4th": the date after "not" is
 * the one being corrected, not a new one.
 */
const NEGATED = /\b(?:not|n't|rather than|instead of)\s+(?:on\s+)?(?:the\s+)?$/i;

/** The dates a message gives, each in its role, as the state keeps them. */
export function findStateDates(message: string, today: string): StateDate[] {
  return findDates(message, today)
    .filter((d) => !NEGATED.test(message.slice(Math.max(0, d.index - 16), d.index)))
    .map((d) => ({
      role: d.role,
      date: d.date,
      text: d.text.trim(),
      ...(d.relative ? { relative: d.relative } : {}),
      ...(d.yearInferred ? { yearInferred: true } : {}),
    }));
}
