// Which mediation certificate a case can be given, the rule behind it and its statutory basis.
// The type follows from where the case is in the lifecycle (@sen/rules), not from a choice.
import type { CaseRecord } from '@sen/db';
import type { CertificateType } from '@sen/db/schema';
import {
  appealDeadline,
  certificateDueDate,
  certificateNeeded,
  PLACEMENT_ONLY_MATTERS,
  type CalendarOverrides,
  type CaseDateField,
  type CaseState,
  type CertificateReason,
  type DeadlineResult,
  type Track,
} from '@sen/rules';

export interface CertificateBasis {
  type: CertificateType;
  rule: 'R4' | 'R11' | 'R12';
  reason: CertificateReason;
  /** The fact the 3 working days run from. */
  startField: CaseDateField;
  title: string;
  /** Whether the family took part in mediation, in a few words for the certificate's heading. */
  mediation: string;
  /**
   * What happened, in words the family and the Tribunal read on the certificate. It follows the
   * names printed above it, so it says "named above".
   */
  statement: string;
  /** Where the duty to issue it comes from. */
  basis: string;
}

export const CERTIFICATE_BASES: Record<CertificateType, CertificateBasis> = {
  declined_mediation: {
    type: 'declined_mediation',
    rule: 'R4',
    reason: 'declined',
    startField: 'declinedDate',
    title: 'Mediation certificate: mediation not wanted',
    mediation: 'Did not take part: mediation was declined',
    statement:
      'The mediation adviser gave the person named above information about mediation. They then told the adviser that they do not want to take part in mediation.',
    basis:
      'Children and Families Act 2014, section 55; Special Educational Needs and Disability Regulations 2014, regulation 34(1).',
  },
  after_mediation: {
    type: 'after_mediation',
    rule: 'R11',
    reason: 'mediation_ended',
    startField: 'mediationEndedDate',
    title: 'Mediation certificate: mediation has taken place',
    mediation: 'Took part in mediation',
    statement:
      'Mediation has taken place between the person named above and the council named above.',
    basis:
      'Children and Families Act 2014, section 55; Special Educational Needs and Disability Regulations 2014, regulation 39(1).',
  },
  la_cannot_arrange: {
    type: 'la_cannot_arrange',
    rule: 'R12',
    reason: 'la_cannot_arrange',
    startField: 'laCannotArrangeDate',
    title: 'Mediation certificate: mediation could not be arranged within 30 days',
    mediation: 'Wanted mediation, but it could not be arranged within 30 days',
    statement:
      'The person named above asked for mediation, and it could not take place within 30 days. The law treats them as having taken part in mediation.',
    basis:
      'Children and Families Act 2014, section 55; Special Educational Needs and Disability Regulations 2014, regulation 39(2) and (3).',
  },
};

/** The certificate a case in `state` can be given now, or null (disagreement resolution: none). */
export function certificateTypeFor(track: Track, state: CaseState): CertificateType | null {
  if (track !== 'mediation') return null;
  switch (state) {
    case 'mediation_declined':
      return 'declined_mediation';
    case 'la_cannot_arrange':
      return 'la_cannot_arrange';
    case 'mediation_held':
    case 'agreement':
    case 'partial_agreement':
    case 'no_agreement':
      return 'after_mediation';
    default:
      return null;
  }
}

/** The 3-working-day due date of this certificate for the case, when its start fact is known. */
export function certificateDue(
  row: CaseRecord,
  type: CertificateType,
  calendar: CalendarOverrides,
  today?: string,
): DeadlineResult | null {
  const basis = CERTIFICATE_BASES[type];
  const from = row[basis.startField];
  if (!from) return null;
  return certificateDueDate({ from, reason: basis.reason, calendar, ...(today ? { today } : {}) });
}

/** R13 for a certificate issued on `issuedOn`, or null when the case has no decision date. */
export function appealDeadlineAfter(
  row: CaseRecord,
  issuedOn: string,
  calendar: CalendarOverrides,
): DeadlineResult | null {
  if (!row.decisionDate) return null;
  const matters = row.appealMatters;
  const placementOnly =
    matters.length > 0 &&
    matters.every((m) => (PLACEMENT_ONLY_MATTERS as readonly string[]).includes(m));
  return appealDeadline({
    decisionDate: row.decisionDate,
    certificateDate: issuedOn,
    placementOnly,
    calendar,
  });
}

/** R1 for the case's disputed matters. */
export function certificateNeedFor(row: CaseRecord) {
  return certificateNeeded({
    appealMatters: row.appealMatters,
    disabilityDiscrimination: row.disabilityDiscrimination,
  });
}
