// Gathers what a certificate prints from the case: who it is for and the child (the case's
// people), the council and its decision date, the mediation adviser (who issued it, else the
// case's assignee), the first certificate a reissue replaces, and the appeal deadline from
// @sen/rules. Kept apart from the router so the PDF's content is tested without tRPC.
import {
  getCertificate,
  getLocalAuthority,
  getSettings,
  getUser,
  listPeople,
  type CaseRecord,
  type Certificate,
  type Db,
} from '@sen/db';
import type { CalendarOverrides } from '@sen/rules';
import { appealDeadlineAfter, CERTIFICATE_BASES, certificateNeedFor } from './certificate-basis';
import type { CertificatePdfInput } from './certificate-pdf';

/** The day the certificate's event happened: the basis's start fact (mediation: its day). */
function eventDate(row: CaseRecord, cert: Certificate): string | null {
  if (cert.type === 'after_mediation') return row.mediationDate ?? row.mediationEndedDate;
  return row[CERTIFICATE_BASES[cert.type].startField];
}

export async function certificateDocument(
  db: Db,
  row: CaseRecord,
  cert: Certificate,
  opts: { calendar: CalendarOverrides; now: Date },
): Promise<CertificatePdfInput> {
  const [people, settings, council, first] = await Promise.all([
    listPeople(db, row.id),
    getSettings(db),
    row.localAuthorityId ? getLocalAuthority(db, row.localAuthorityId) : undefined,
    cert.reissueOfId ? getCertificate(db, cert.reissueOfId) : undefined,
  ]);
  const adviserId = cert.issuedById ?? row.assigneeId;
  const adviser = adviserId ? await getUser(db, adviserId) : undefined;
  // The certificate goes to the parent or the young person who came to us; the child is
  // recorded as its own person.
  const recipient =
    people.find((p) => p.role === row.contactedBy) ??
    people.find((p) => p.role === 'parent_carer' || p.role === 'young_person') ??
    null;
  const child = people.find((p) => p.role === 'child') ?? null;
  const role =
    recipient?.role === 'young_person' || (!recipient && row.contactedBy === 'young_person')
      ? 'young_person'
      : 'parent_carer';
  // A reissue keeps the first certificate's date: the appeal runs from it.
  const certificateDate = first?.issuedOn ?? cert.issuedOn;
  const need = certificateNeedFor(row);
  return {
    basis: CERTIFICATE_BASES[cert.type],
    reference: row.reference,
    recipient: { name: recipient?.fullName ?? null, role },
    childName: child?.fullName ?? (role === 'young_person' ? (recipient?.fullName ?? null) : null),
    council: { name: council?.name ?? null, decisionDate: row.decisionDate },
    eventDate: eventDate(row, cert),
    adviserName: adviser?.name ?? null,
    issuedOn: cert.issuedOn,
    reissue: first
      ? { firstIssuedOn: first.issuedOn, reason: cert.reissueReason ?? 'not recorded' }
      : null,
    appeal: appealDeadlineAfter(row, certificateDate, opts.calendar),
    notNeededNote: need.appealable && !need.needed ? need.explanation : null,
    service: {
      name: settings.serviceName,
      phone: settings.phone,
      email: settings.email,
      address: settings.address,
    },
    now: opts.now,
  };
}
