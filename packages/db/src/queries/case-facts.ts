import {
  AGREEMENT_KINDS,
  APPEAL_MATTERS,
  CASE_DATE_FIELDS,
  isIsoDate,
  STATES,
  TRACKS,
  type CaseFacts,
} from '@sen/rules';
import { DbInputError } from '../errors';
import type { cases } from '../schema/index';

export type CaseRecord = typeof cases.$inferSelect;

/** The facts @sen/rules needs, read from a case row. */
export function caseFactsOf(row: CaseRecord): CaseFacts {
  return {
    track: row.track,
    state: row.state,
    decisionDate: row.decisionDate,
    firstContactDate: row.firstContactDate,
    declinedDate: row.declinedDate,
    mediationRequestedDate: row.mediationRequestedDate,
    laNotifiedDate: row.laNotifiedDate,
    mediationDate: row.mediationDate,
    mediationEndedDate: row.mediationEndedDate,
    certificateIssuedDate: row.certificateIssuedDate,
    agreementDate: row.agreementDate,
    laCannotArrangeDate: row.laCannotArrangeDate,
    appealMatters: row.appealMatters,
    healthIssues: row.healthIssues,
    socialCareIssues: row.socialCareIssues,
    educationIssues: row.educationIssues,
    disabilityDiscrimination: row.disabilityDiscrimination,
    agreementKind: row.agreementKind,
  };
}

export const CLOSED_STATES = [
  'closed',
  'withdrawn',
] as const satisfies readonly CaseFacts['state'][];

/** Checks a partial set of facts against the lists in @sen/rules; throws a readable error. */
export function validateFacts(patch: Partial<CaseFacts>): void {
  const problems: string[] = [];
  if (patch.track !== undefined && !(TRACKS as readonly string[]).includes(patch.track)) {
    problems.push(`unknown track "${patch.track}"`);
  }
  if (patch.state !== undefined && !(STATES as readonly string[]).includes(patch.state)) {
    problems.push(`unknown state "${patch.state}"`);
  }
  for (const field of CASE_DATE_FIELDS) {
    const value = patch[field];
    if (value !== undefined && value !== null && !isIsoDate(value)) {
      problems.push(`${field} "${value}" is not a date (YYYY-MM-DD)`);
    }
  }
  for (const matter of patch.appealMatters ?? []) {
    if (!(APPEAL_MATTERS as readonly string[]).includes(matter)) {
      problems.push(`unknown appeal matter "${matter}"`);
    }
  }
  if (
    patch.agreementKind !== undefined &&
    patch.agreementKind !== null &&
    !(AGREEMENT_KINDS as readonly string[]).includes(patch.agreementKind)
  ) {
    problems.push(`unknown agreement kind "${patch.agreementKind}"`);
  }
  if (problems.length) throw new DbInputError('invalid', `Case not saved: ${problems.join('; ')}`);
}
