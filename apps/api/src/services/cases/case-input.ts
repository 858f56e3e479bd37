// The shapes the case procedures accept, with messages a caseworker can act on. The lists of
// allowed values come from @sen/rules and @sen/db so there is one definition of each.
import {
  CASE_OUTCOMES,
  CONTACT_CHANNELS,
  CONTACTED_BY,
  PERSON_ROLES,
  PREFERRED_CONTACT,
} from '@sen/db/schema';
import {
  AGREEMENT_KINDS,
  APPEAL_MATTERS,
  CASE_DATE_FIELDS,
  FIRST_YEAR,
  LAST_YEAR,
  STATES,
  TRACKS,
  isIsoDate,
} from '@sen/rules';
import { z } from 'zod';
import { cleanText } from '../../lib/text';

/** A real calendar date in the years the rules can compute with (a stored date must never
 * make the case unreadable). */
export const isoDate = z
  .string()
  .trim()
  .refine(isIsoDate, 'Enter a real date as YYYY-MM-DD, for example 2026-03-02.')
  .refine((d) => {
    const year = Number(d.slice(0, 4));
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }, `Enter a date between ${FIRST_YEAR} and ${LAST_YEAR}.`);

/** Form inputs send '' for an empty date: that means "no date". */
const optionalDate = z.preprocess((v) => (v === '' ? null : v), isoDate.nullable().optional());

export const text = (max: number) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().trim().max(max, `Keep this under ${max} characters.`));

export const optionalText = (max: number) =>
  z.preprocess(
    (v) => (typeof v === 'string' && !v.trim() ? null : v),
    text(max).nullable().optional(),
  );

export const uuid = z.uuid('That id is not valid.');

export const trackInput = z.enum(TRACKS, 'Choose mediation or disagreement resolution.');
export const stateInput = z.enum(STATES, 'Unknown case state.');

const dateFacts = Object.fromEntries(CASE_DATE_FIELDS.map((f) => [f, optionalDate])) as Record<
  (typeof CASE_DATE_FIELDS)[number],
  typeof optionalDate
>;

/** Facts and details of a case, every field optional: what `update` and `transition` take. */
export const casePatchInput = z.object({
  ...dateFacts,
  appealMatters: z
    .array(z.enum(APPEAL_MATTERS, 'Unknown decision type.'))
    .max(APPEAL_MATTERS.length)
    .optional(),
  healthIssues: z.boolean().optional(),
  socialCareIssues: z.boolean().optional(),
  educationIssues: z.boolean().optional(),
  disabilityDiscrimination: z.boolean().optional(),
  agreementKind: z.preprocess(
    (v) => (v === '' ? null : v),
    z.enum(AGREEMENT_KINDS, 'Choose what the agreement is about.').nullable().optional(),
  ),
  localAuthorityId: z.preprocess((v) => (v === '' ? null : v), uuid.nullable().optional()),
  contactedBy: z.preprocess(
    (v) => (v === '' ? null : v),
    z.enum(CONTACTED_BY, 'Choose who contacted us.').nullable().optional(),
  ),
  contactChannel: z.preprocess(
    (v) => (v === '' ? null : v),
    z.enum(CONTACT_CHANNELS, 'Choose how they contacted us.').nullable().optional(),
  ),
  outcome: z.preprocess(
    (v) => (v === '' ? null : v),
    z.enum(CASE_OUTCOMES, 'Choose an outcome.').nullable().optional(),
  ),
});
export type CasePatchInput = z.infer<typeof casePatchInput>;

export const personInput = z.object({
  role: z.enum(PERSON_ROLES, 'Choose parent or carer, young person, or child.'),
  fullName: text(200).pipe(z.string().min(1, 'Enter their full name.')),
  dateOfBirth: optionalDate,
  email: z.preprocess(
    (v) => (typeof v === 'string' && !v.trim() ? null : v),
    z
      .string()
      .trim()
      .max(254)
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'Enter an email address like name@example.com.')
      .nullable()
      .optional(),
  ),
  phone: z.preprocess(
    (v) => (typeof v === 'string' && !v.trim() ? null : v),
    z
      .string()
      .trim()
      .max(40, 'That phone number is too long.')
      .regex(/^[+\d][\d\s()-]{5,}$/, 'Enter a phone number using digits, like 020 7946 0000.')
      .nullable()
      .optional(),
  ),
  address: optionalText(500),
  preferredContact: z.enum(PREFERRED_CONTACT).nullable().optional(),
  consentToContact: z.boolean().optional(),
  accessNeeds: optionalText(2_000),
});
export type PersonInputValue = z.infer<typeof personInput>;

export const noteBody = text(20_000).pipe(z.string().min(1, 'The note is empty.'));

/** Phone intake: the person calling, the child, the facts and disputed matters. */
export const createCaseInput = casePatchInput.extend({
  track: trackInput,
  people: z
    .array(personInput)
    .max(10, 'Add at most 10 people here; add more on the case.')
    .default([]),
  /** A first note (what the caller said), stored as a case note. */
  note: optionalText(20_000),
  /** Admin only: who works on it. A caseworker's new case is assigned to themself. */
  assigneeId: uuid.nullable().optional(),
});
export type CreateCaseInput = z.infer<typeof createCaseInput>;
