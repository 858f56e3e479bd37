// Turning a case as the API sends it into the CaseFacts @sen/rules works on, and the form values
// a lifecycle step needs.
import {
  CASE_DATE_FIELDS,
  type CaseDateField,
  type CaseFacts,
  type CaseState,
  type Track,
} from '@sen/rules';

export type CaseLike = { track: Track; state: CaseState; appealMatters: string[] } & {
  [K in CaseDateField]: string | null;
} & Pick<
    CaseFacts,
    | 'healthIssues'
    | 'socialCareIssues'
    | 'educationIssues'
    | 'disabilityDiscrimination'
    | 'agreementKind'
  >;

export function factsOf(c: CaseLike): CaseFacts {
  const facts = {
    track: c.track,
    state: c.state,
    appealMatters: [...c.appealMatters],
    healthIssues: c.healthIssues,
    socialCareIssues: c.socialCareIssues,
    educationIssues: c.educationIssues,
    disabilityDiscrimination: c.disabilityDiscrimination,
    agreementKind: c.agreementKind,
  } as CaseFacts;
  for (const f of CASE_DATE_FIELDS) facts[f] = c[f] ? String(c[f]).slice(0, 10) : null;
  return facts;
}

/** Short labels for date inputs (FACT_LABELS in @sen/rules are written for sentences). */
export const DATE_FIELD_LABELS: Record<CaseDateField, string> = {
  decisionDate: 'Date on the decision letter',
  firstContactDate: 'First contact with us',
  declinedDate: 'Date they said they do not want mediation',
  mediationRequestedDate: 'Date they asked for mediation',
  laNotifiedDate: 'Date the council (or health body) was told',
  laCannotArrangeDate: 'Date we were told it cannot be arranged in 30 days',
  mediationDate: 'Mediation date',
  mediationEndedDate: 'Date the mediation ended',
  agreementDate: 'Date of the agreement',
  certificateIssuedDate: 'Date the certificate was issued',
};

/**
 * The facts a step needs, pre-filled from the case (a date it already has) or today, ready to be
 * sent with the move. Returns the values and which are still empty.
 */
export function stepDefaults(
  facts: CaseFacts,
  needs: readonly string[],
  today: string,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const n of needs) {
    if (n === 'agreementKind') out[n] = facts.agreementKind ?? '';
    else
      out[n] = (facts[n as CaseDateField] as string | null) ?? (n === 'mediationDate' ? '' : today);
  }
  return out;
}
