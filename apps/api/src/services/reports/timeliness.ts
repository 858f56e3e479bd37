// The two statutory timeliness measures for a period, worked out by @sen/rules from each case's
// facts (with the service's bank-holiday overrides):
// - certificates issued in the period within 3 working days of the event that called for them
//   (R4 declined, R11 mediation ended, R12 cannot be arranged);
// - mediations held in the period on or before the R7 date (30 days after the council was told).
// @sen/db has no per-case query for this, so candidates are the cases changed since the period
// began (recording a certificate or a held mediation always touches the case), read one by one.
// Councils commission and monitor the service by these two figures, so they are also counted per
// council (the local authority on the case).
import { getCase, listCases, listCertificates, type CaseRecord, type Db } from '@sen/db';
import { mediationArrangeBy, type CalendarOverrides } from '@sen/rules';
import { certificateDue } from '../certificates/certificate-basis';

export interface TimelinessCounts {
  certificates: {
    issued: number;
    withinThreeWorkingDays: number;
    /** Issued, but the date it ran from is not recorded, so it cannot be judged. */
    unknown: number;
  };
  mediations: {
    held: number;
    withinThirtyDays: number;
    unknown: number;
  };
}

export interface Timeliness extends TimelinessCounts {
  /** The same counts per council; `localAuthorityId` null for cases with none recorded. */
  byLocalAuthority: (TimelinessCounts & { localAuthorityId: string | null })[];
}

const CONCURRENCY = 8;

const emptyCounts = (): TimelinessCounts => ({
  certificates: { issued: 0, withinThreeWorkingDays: 0, unknown: 0 },
  mediations: { held: 0, withinThirtyDays: 0, unknown: 0 },
});

async function candidateCases(
  db: Db,
  since: Date,
  localAuthorityId: string | undefined,
): Promise<CaseRecord[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await listCases(db, {
      updatedFrom: since,
      limit: 200,
      cursor,
      ...(localAuthorityId ? { localAuthorityId } : {}),
    });
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  const rows: CaseRecord[] = [];
  for (let i = 0; i < ids.length; i += CONCURRENCY) {
    const batch = await Promise.all(ids.slice(i, i + CONCURRENCY).map((id) => getCase(db, id)));
    for (const row of batch) if (row) rows.push(row);
  }
  return rows;
}

export async function timeliness(
  db: Db,
  period: { fromDate: string; toDate: string; since: Date; localAuthorityId?: string },
  calendar: CalendarOverrides,
): Promise<Timeliness> {
  const out: Timeliness = { ...emptyCounts(), byLocalAuthority: [] };
  const perCouncil = new Map<string | null, TimelinessCounts>();
  const inPeriod = (d: string | null) => !!d && d >= period.fromDate && d <= period.toDate;
  const rows = await candidateCases(db, period.since, period.localAuthorityId);
  for (const row of rows) {
    const council = row.localAuthorityId ?? null;
    const counts = [out, perCouncil.get(council) ?? emptyCounts()];
    const add = (f: (c: TimelinessCounts) => void) => counts.forEach(f);
    let touched = false;
    if (row.certificateIssuedDate) {
      for (const cert of await listCertificates(db, row.id)) {
        if (!inPeriod(cert.issuedOn)) continue;
        touched = true;
        add((c) => (c.certificates.issued += 1));
        const due = certificateDue(row, cert.type, calendar);
        if (!due) add((c) => (c.certificates.unknown += 1));
        else if (cert.issuedOn <= due.date)
          add((c) => (c.certificates.withinThreeWorkingDays += 1));
      }
    }
    if (inPeriod(row.mediationEndedDate)) {
      touched = true;
      add((c) => (c.mediations.held += 1));
      const held = row.mediationDate ?? row.mediationEndedDate!;
      if (!row.laNotifiedDate) add((c) => (c.mediations.unknown += 1));
      else {
        const by = mediationArrangeBy({
          from: row.laNotifiedDate,
          healthOnly: row.healthIssues && !row.educationIssues && !row.socialCareIssues,
          calendar,
        });
        if (held <= by.date) add((c) => (c.mediations.withinThirtyDays += 1));
      }
    }
    if (touched) perCouncil.set(council, counts[1]!);
  }
  out.byLocalAuthority = [...perCouncil].map(([localAuthorityId, c]) => ({
    localAuthorityId,
    ...c,
  }));
  return out;
}
