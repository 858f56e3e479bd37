// The life of a case on each track as data: states, the moves between them, the facts each move
// needs and the deadlines each state starts. The API checks moves with canTransition; the
// console draws its buttons from transitionsFrom. One definition for both.
import type { CaseDateField, CaseFacts, CaseState, Track } from './case-facts';
import { TRACKS } from './case-facts';
import { AGREEMENT_KINDS, type AgreementKind } from './case-facts';
import { parseIsoDate } from './dates';
import { RulesInputError } from './errors';

/** Deadlines computeCaseDeadlines can return, by key. */
export const DEADLINE_KEYS = [
  'adviser_contact',
  'certificate_after_decline',
  'health_body_notice',
  'mediation_by',
  'mediation_notice',
  'certificate_la_cannot_arrange',
  'certificate_after_mediation',
  'appeal',
  'agreement_action',
  'icb_tells_la',
] as const;
export type DeadlineKey = (typeof DEADLINE_KEYS)[number];

type FactName = CaseDateField | 'agreementKind';

export interface Transition {
  from: CaseState;
  to: CaseState;
  /** Button text for staff, e.g. "Record that mediation took place". */
  action: string;
  /** Facts that must be filled in before the move. */
  needs: FactName[];
}

const ANY_OPEN_TO_WITHDRAWN = 'Record that the family withdrew';

function t(from: CaseState, to: CaseState, action: string, needs: FactName[] = []): Transition {
  return { from, to, action, needs };
}

const MEDIATION: Transition[] = [
  t('enquiry', 'information_given', 'Record that information about mediation was given', [
    'decisionDate',
    'firstContactDate',
  ]),
  t('enquiry', 'closed', 'Close the enquiry'),
  t('information_given', 'mediation_declined', 'Record that mediation was declined', [
    'declinedDate',
  ]),
  t('information_given', 'mediation_requested', 'Record that mediation was requested', [
    'mediationRequestedDate',
  ]),
  t('mediation_declined', 'certificate_issued', 'Record the certificate', [
    'certificateIssuedDate',
  ]),
  t('mediation_declined', 'mediation_requested', 'Record that the family now wants mediation', [
    'mediationRequestedDate',
  ]),
  t('mediation_requested', 'mediation_arranged', 'Record the mediation date', [
    'laNotifiedDate',
    'mediationDate',
  ]),
  t(
    'mediation_requested',
    'la_cannot_arrange',
    'Record that the mediation cannot take place within 30 days',
    ['laNotifiedDate', 'laCannotArrangeDate'],
  ),
  t('la_cannot_arrange', 'certificate_issued', 'Record the certificate', ['certificateIssuedDate']),
  t('mediation_arranged', 'mediation_held', 'Record that mediation took place', [
    'mediationEndedDate',
  ]),
  t(
    'mediation_arranged',
    'la_cannot_arrange',
    'Record that the mediation cannot take place within 30 days',
    ['laCannotArrangeDate'],
  ),
  t('mediation_held', 'agreement', 'Record an agreement', ['agreementDate', 'agreementKind']),
  t('mediation_held', 'partial_agreement', 'Record a partial agreement', [
    'agreementDate',
    'agreementKind',
  ]),
  t('mediation_held', 'no_agreement', 'Record that no agreement was reached'),
  t('agreement', 'certificate_issued', 'Record the certificate', ['certificateIssuedDate']),
  t('partial_agreement', 'certificate_issued', 'Record the certificate', ['certificateIssuedDate']),
  t('no_agreement', 'certificate_issued', 'Record the certificate', ['certificateIssuedDate']),
  t('certificate_issued', 'follow_up', 'Follow up the agreement', ['agreementDate']),
  t('certificate_issued', 'closed', 'Close the case'),
  t('follow_up', 'closed', 'Close the case'),
];

const DISAGREEMENT_RESOLUTION: Transition[] = [
  t('enquiry', 'information_given', 'Record that information was given', ['firstContactDate']),
  t('enquiry', 'closed', 'Close the enquiry'),
  t('information_given', 'mediation_requested', 'Record that a meeting was requested', [
    'mediationRequestedDate',
  ]),
  t('information_given', 'closed', 'Close the case'),
  t('mediation_requested', 'mediation_arranged', 'Record the meeting date', ['mediationDate']),
  t('mediation_requested', 'closed', 'Close: the other side did not agree to take part'),
  t('mediation_arranged', 'mediation_held', 'Record that the meeting took place', [
    'mediationEndedDate',
  ]),
  t('mediation_held', 'agreement', 'Record an agreement', ['agreementDate']),
  t('mediation_held', 'partial_agreement', 'Record a partial agreement', ['agreementDate']),
  t('mediation_held', 'no_agreement', 'Record that no agreement was reached'),
  t('agreement', 'follow_up', 'Follow up the agreement'),
  t('partial_agreement', 'follow_up', 'Follow up the agreement'),
  t('agreement', 'closed', 'Close the case'),
  t('partial_agreement', 'closed', 'Close the case'),
  t('no_agreement', 'closed', 'Close the case'),
  t('follow_up', 'closed', 'Close the case'),
];

/** Final states: nothing leaves them. */
export const FINAL_STATES: readonly CaseState[] = ['closed', 'withdrawn'];

function withWithdrawal(list: Transition[]): Transition[] {
  const open = [...new Set(list.map((x) => x.from))];
  return [...list, ...open.map((from) => t(from, 'withdrawn', ANY_OPEN_TO_WITHDRAWN))];
}

/** Every allowed move, by track. */
export const TRANSITIONS: Readonly<Record<Track, readonly Transition[]>> = {
  mediation: withWithdrawal(MEDIATION),
  disagreement_resolution: withWithdrawal(DISAGREEMENT_RESOLUTION),
};

/** The states each track uses, in the usual order. */
export const TRACK_STATES: Readonly<Record<Track, readonly CaseState[]>> = {
  mediation: [
    'enquiry',
    'information_given',
    'mediation_declined',
    'mediation_requested',
    'la_cannot_arrange',
    'mediation_arranged',
    'mediation_held',
    'agreement',
    'partial_agreement',
    'no_agreement',
    'certificate_issued',
    'follow_up',
    'closed',
    'withdrawn',
  ],
  disagreement_resolution: [
    'enquiry',
    'information_given',
    'mediation_requested',
    'mediation_arranged',
    'mediation_held',
    'agreement',
    'partial_agreement',
    'no_agreement',
    'follow_up',
    'closed',
    'withdrawn',
  ],
};

const LABELS: Record<CaseState, string> = {
  enquiry: 'Enquiry',
  information_given: 'Information given',
  mediation_declined: 'Mediation declined: certificate due',
  mediation_requested: 'Mediation requested',
  la_cannot_arrange: 'Cannot be arranged within 30 days: certificate due',
  mediation_arranged: 'Mediation arranged',
  mediation_held: 'Mediation held',
  agreement: 'Agreement reached',
  partial_agreement: 'Partial agreement',
  no_agreement: 'No agreement',
  certificate_issued: 'Certificate issued',
  follow_up: 'Following up the agreement',
  closed: 'Closed',
  withdrawn: 'Withdrawn',
};

const DR_LABELS: Partial<Record<CaseState, string>> = {
  mediation_requested: 'Disagreement resolution requested',
  mediation_arranged: 'Meeting arranged',
  mediation_held: 'Meeting held',
};

/** Labels for every state, as the mediation track words them. */
export const STATE_LABELS: Readonly<Record<CaseState, string>> = LABELS;

/** The label of a state on a track ("Meeting arranged" on disagreement resolution). */
export function stateLabel(track: Track, state: CaseState): string {
  return (track === 'disagreement_resolution' ? DR_LABELS[state] : undefined) ?? LABELS[state];
}

/** Plain-English names of the facts, for "still needed" messages. */
export const FACT_LABELS: Readonly<Record<FactName, string>> = {
  decisionDate: 'the date on the decision letter',
  firstContactDate: 'the date of first contact',
  declinedDate: 'the date the family said they do not want mediation',
  mediationRequestedDate: 'the date the family asked for mediation',
  laNotifiedDate: 'the date the council (or health body) was told',
  laCannotArrangeDate: 'the date the adviser was told it cannot be arranged within 30 days',
  mediationDate: 'the mediation date',
  mediationEndedDate: 'the date the mediation ended',
  agreementDate: 'the date of the agreement',
  certificateIssuedDate: 'the date the certificate was issued',
  agreementKind: 'what the agreement is about',
};

/**
 * Deadlines that entering each state starts on the mediation track (computeCaseDeadlines returns
 * them once the facts they run from are filled in). Disagreement resolution has no statutory
 * deadlines of its own.
 */
export const DEADLINES_STARTED_BY: Readonly<Record<CaseState, readonly DeadlineKey[]>> = {
  enquiry: [],
  information_given: ['adviser_contact', 'appeal'],
  mediation_declined: ['certificate_after_decline'],
  // R5 and R7 really start on laNotifiedDate, usually recorded while mediation is requested.
  mediation_requested: ['health_body_notice', 'mediation_by'],
  la_cannot_arrange: ['certificate_la_cannot_arrange'],
  mediation_arranged: ['mediation_notice'],
  mediation_held: ['certificate_after_mediation'],
  agreement: ['agreement_action', 'icb_tells_la'],
  partial_agreement: ['agreement_action', 'icb_tells_la'],
  no_agreement: [],
  certificate_issued: ['appeal'],
  follow_up: [],
  closed: [],
  withdrawn: [],
};

function checkTrack(track: unknown): asserts track is Track {
  if (!TRACKS.includes(track as Track)) {
    throw new RulesInputError('track', `track must be one of: ${TRACKS.join(', ')}.`);
  }
}

/** The moves allowed from a state on a track (empty for closed and withdrawn). */
export function transitionsFrom(track: Track, state: CaseState): Transition[] {
  checkTrack(track);
  return TRANSITIONS[track].filter((x) => x.from === state);
}

export interface TransitionCheck {
  ok: boolean;
  /** Names of facts (CaseFacts fields) still to fill in. */
  missing: string[];
  /** Plain English: why not, or what the move does. */
  reason: string;
}

/** Whether a case can move to `to` with the facts it has, and what is missing if not. */
export function canTransition(facts: CaseFacts, to: CaseState): TransitionCheck {
  checkTrack(facts.track);
  const move = TRANSITIONS[facts.track].find((x) => x.from === facts.state && x.to === to);
  if (!move) {
    return {
      ok: false,
      missing: [],
      reason: `A case that is "${stateLabel(facts.track, facts.state)}" cannot move to "${stateLabel(facts.track, to)}".`,
    };
  }
  const missing = move.needs.filter((name) => {
    const value = facts[name];
    return value === null || value === undefined || value === '';
  });
  if (missing.length > 0) {
    return {
      ok: false,
      missing,
      reason: `Fill in first: ${missing.map((m) => FACT_LABELS[m]).join('; ')}.`,
    };
  }
  for (const name of move.needs) {
    const bad =
      name === 'agreementKind'
        ? AGREEMENT_KINDS.includes(facts.agreementKind as AgreementKind)
          ? null
          : `${FACT_LABELS.agreementKind} must be one of: ${AGREEMENT_KINDS.join(', ')}.`
        : dateProblem(facts[name], name);
    if (bad !== null) return { ok: false, missing: [], reason: bad };
  }
  return { ok: true, missing: [], reason: move.action };
}

function dateProblem(value: unknown, field: string): string | null {
  try {
    parseIsoDate(value, field);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
