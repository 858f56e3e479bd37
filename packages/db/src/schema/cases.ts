import type { AgreementKind, CaseState, OtherPartyKind, Track } from '@sen/rules';
import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, instant, updatedAt } from './columns';
import { localAuthorities } from './local-authorities';
import { users } from './users';

export const CONTACT_CHANNELS = [
  'phone',
  'email',
  'web_form',
  'widget_callback',
  'letter',
  'in_person',
  'referral',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACTED_BY = ['parent_carer', 'young_person', 'professional', 'other'] as const;
export type ContactedBy = (typeof CONTACTED_BY)[number];

export const CASE_OUTCOMES = [
  'agreement',
  'partial_agreement',
  'no_agreement',
  'declined',
  'withdrawn',
  'certificate_only',
  'no_further_action',
] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/**
 * One case. Track and state are text validated against `@sen/rules` in the query functions, so a
 * new state needs no enum migration. Deadlines are not stored: `@sen/rules` computes them from
 * the date facts below on every read.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    reference: text('reference').notNull(),
    track: text('track').$type<Track>().notNull(),
    state: text('state').$type<CaseState>().notNull(),
    localAuthorityId: uuid('local_authority_id').references(() => localAuthorities.id, {
      onDelete: 'set null',
    }),
    assigneeId: uuid('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    contactedBy: text('contacted_by').$type<ContactedBy>(),
    contactChannel: text('contact_channel').$type<ContactChannel>(),
    // Case facts (mirror CaseFacts in @sen/rules).
    decisionDate: date('decision_date', { mode: 'string' }),
    firstContactDate: date('first_contact_date', { mode: 'string' }),
    declinedDate: date('declined_date', { mode: 'string' }),
    mediationRequestedDate: date('mediation_requested_date', { mode: 'string' }),
    laNotifiedDate: date('la_notified_date', { mode: 'string' }),
    laCannotArrangeDate: date('la_cannot_arrange_date', { mode: 'string' }),
    mediationDate: date('mediation_date', { mode: 'string' }),
    mediationEndedDate: date('mediation_ended_date', { mode: 'string' }),
    agreementDate: date('agreement_date', { mode: 'string' }),
    certificateIssuedDate: date('certificate_issued_date', { mode: 'string' }),
    appealMatters: text('appeal_matters')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    healthIssues: boolean('health_issues').notNull().default(false),
    socialCareIssues: boolean('social_care_issues').notNull().default(false),
    educationIssues: boolean('education_issues').notNull().default(true),
    disabilityDiscrimination: boolean('disability_discrimination').notNull().default(false),
    agreementKind: text('agreement_kind').$type<AgreementKind>(),
    outcome: text('outcome').$type<CaseOutcome>(),
    /** Who the disagreement is with (OTHER_PARTY_KINDS in @sen/rules) and its name. */
    otherPartyKind: text('other_party_kind').$type<OtherPartyKind>(),
    otherPartyName: text('other_party_name'),
    /** Set when the case reaches closed/withdrawn: the clock for the retention purge. */
    concludedAt: instant('concluded_at'),
    /** Optimistic concurrency: each update bumps it; a stale form cannot overwrite newer facts. */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('cases_reference_idx').on(t.reference),
    // Substring search on the reference ("0042" finds MED-2026-0042).
    index('cases_reference_trgm_idx').using('gin', t.reference.op('gin_trgm_ops')),
    // The console lists newest activity first, optionally filtered by one of these. NULLS FIRST
    // matches what `order by … desc` means, so the index also serves the sort.
    index('cases_updated_idx').on(t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('cases_created_idx').on(t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('cases_state_updated_idx').on(
      t.state,
      t.updatedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('cases_track_updated_idx').on(
      t.track,
      t.updatedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('cases_la_updated_idx').on(
      t.localAuthorityId,
      t.updatedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    index('cases_assignee_updated_idx').on(
      t.assigneeId,
      t.updatedAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    // Candidate selection for deadlines due in a window: one range per date fact, OR-ed, so every
    // fact needs its own index for PostgreSQL to combine them (BitmapOr) instead of filtering
    // every open case; partial, as only open cases have deadlines (small, cheap to maintain).
    ...(
      [
        ['cases_open_decision_date_idx', t.decisionDate],
        ['cases_open_declined_date_idx', t.declinedDate],
        ['cases_open_la_notified_date_idx', t.laNotifiedDate],
        ['cases_open_la_cannot_arrange_date_idx', t.laCannotArrangeDate],
        ['cases_open_mediation_date_idx', t.mediationDate],
        ['cases_open_mediation_ended_date_idx', t.mediationEndedDate],
        ['cases_open_certificate_issued_date_idx', t.certificateIssuedDate],
        ['cases_open_agreement_date_idx', t.agreementDate],
      ] as const
    ).map(([name, column]) =>
      index(name)
        .on(column)
        .where(sql`${t.state} not in ('closed', 'withdrawn')`),
    ),
    // The retention purge.
    index('cases_concluded_idx').on(t.concludedAt),
    // Open cases are a small share of all cases: deadlines and the dashboard start from these.
    index('cases_open_updated_idx')
      .on(t.updatedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.state} not in ('closed', 'withdrawn')`),
  ],
);

/** One row per year; `INSERT … ON CONFLICT DO UPDATE … RETURNING` hands out numbers atomically. */
export const caseReferenceCounters = pgTable('case_reference_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});
