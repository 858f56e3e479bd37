// The facts of a case, shared by the database (one column per field), the API and the console.
// Deadlines are computed from these facts on every read, never stored.
import type { IsoDate } from './dates';

/** The two statutory tracks: mediation (CFA ss.52-55) and disagreement resolution (CFA s.57). */
export const TRACKS = ['mediation', 'disagreement_resolution'] as const;
export type Track = (typeof TRACKS)[number];

/**
 * Every state a case can be in, on either track. Which states a track uses, and the moves
 * between them, are in `lifecycle.ts`.
 */
export const STATES = [
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
] as const;
export type CaseState = (typeof STATES)[number];

/** Decisions that can be appealed to the SEND Tribunal (CFA s.51(2)). */
export const APPEAL_MATTERS = [
  'refusal_to_assess',
  'no_plan_after_assessment',
  'plan_needs_b',
  'plan_provision_f',
  'plan_placement_i',
  'no_placement_named',
  'refusal_to_reassess',
  'refusal_to_amend',
  'cease_plan',
] as const;
export type AppealMatter = (typeof APPEAL_MATTERS)[number];

/** Appeal matters about the school or institution only: no certificate needed (CFA s.55(3)). */
export const PLACEMENT_ONLY_MATTERS: readonly AppealMatter[] = [
  'plan_placement_i',
  'no_placement_named',
];

/**
 * What a mediation agreement was about, which sets the time the body has to act on it
 * (Regs 42 and 44 for appealable matters, Regs 42(3) for the rest).
 */
export const AGREEMENT_KINDS = [
  'assess',
  'make_plan',
  'amend_plan',
  'school_name_or_type_only',
  'reconsider',
  'keep_plan',
  'non_appealable',
  'other_timescale_agreed',
] as const;
export type AgreementKind = (typeof AGREEMENT_KINDS)[number];

export interface CaseFacts {
  track: Track;
  state: CaseState;
  /** Date on the local authority's decision letter (not the day it arrived). */
  decisionDate: IsoDate | null;
  /** First contact with the mediation adviser. */
  firstContactDate: IsoDate | null;
  /** The person told the adviser they do not want mediation (starts R4). */
  declinedDate: IsoDate | null;
  /** The person told the adviser they want mediation. */
  mediationRequestedDate: IsoDate | null;
  /** The LA (or, for health only, the ICB) was told the person wants mediation: starts R5 and R7. */
  laNotifiedDate: IsoDate | null;
  mediationDate: IsoDate | null;
  /** Starts R11 (certificate within 3 working days). */
  mediationEndedDate: IsoDate | null;
  certificateIssuedDate: IsoDate | null;
  /** Starts R15, R16 and R17. */
  agreementDate: IsoDate | null;
  /** The adviser was told the LA cannot arrange mediation within 30 days: starts R12. */
  laCannotArrangeDate: IsoDate | null;
  /** Values from APPEAL_MATTERS. */
  appealMatters: string[];
  healthIssues: boolean;
  socialCareIssues: boolean;
  educationIssues: boolean;
  disabilityDiscrimination: boolean;
  /** Values from AGREEMENT_KINDS; null until known. */
  agreementKind: AgreementKind | null;
}

/** A CaseFacts with every date empty: a starting point for new cases and tests. */
export function emptyCaseFacts(track: Track = 'mediation'): CaseFacts {
  return {
    track,
    state: 'enquiry',
    decisionDate: null,
    firstContactDate: null,
    declinedDate: null,
    mediationRequestedDate: null,
    laNotifiedDate: null,
    mediationDate: null,
    mediationEndedDate: null,
    certificateIssuedDate: null,
    agreementDate: null,
    laCannotArrangeDate: null,
    appealMatters: [],
    healthIssues: false,
    socialCareIssues: false,
    educationIssues: true,
    disabilityDiscrimination: false,
    agreementKind: null,
  };
}

/** The date fields of CaseFacts, in the order a case usually meets them. */
export const CASE_DATE_FIELDS = [
  'decisionDate',
  'firstContactDate',
  'declinedDate',
  'mediationRequestedDate',
  'laNotifiedDate',
  'laCannotArrangeDate',
  'mediationDate',
  'mediationEndedDate',
  'agreementDate',
  'certificateIssuedDate',
] as const satisfies readonly (keyof CaseFacts)[];
export type CaseDateField = (typeof CASE_DATE_FIELDS)[number];
