// The reports page's figures for a period, for the whole service or one council: @sen/db's
// aggregates plus the timeliness measures, a table of both per council (councils commission and
// monitor the service by exactly these), and the same figures as one CSV file.
import { listLocalAuthorities, serviceReport, type CountBy, type Db } from '@sen/db';
import { STATE_LABELS, type CalendarOverrides, type CaseState } from '@sen/rules';
import { toCsv, type CsvCell } from '../../lib/csv';
import { reportPeriod } from './period';
import { timeliness } from './timeliness';

export interface ReportRange {
  from: string;
  to: string;
  /** One council's cases only. */
  localAuthorityId?: string;
}

const pct = (part: number, whole: number) =>
  whole === 0 ? null : Math.round((1000 * part) / whole) / 10;

/** One row per council: its case counts and the two statutory timeliness figures. */
export interface CouncilFigures {
  localAuthorityId: string | null;
  name: string | null;
  opened: number;
  concluded: number;
  openNow: number;
  certificatesIssued: number;
  certificatesWithinThreeWorkingDays: number;
  percentCertificatesWithinThreeWorkingDays: number | null;
  mediationsHeld: number;
  mediationsWithinThirtyDays: number;
  percentMediationsWithinThirtyDays: number | null;
}

export async function buildServiceReport(db: Db, range: ReportRange, calendar: CalendarOverrides) {
  const period = reportPeriod(range.from, range.to);
  const scope = range.localAuthorityId ? { localAuthorityId: range.localAuthorityId } : {};
  const [base, timely, councils] = await Promise.all([
    serviceReport(db, period, scope),
    timeliness(
      db,
      { fromDate: range.from, toDate: range.to, since: period.from, ...scope },
      calendar,
    ),
    listLocalAuthorities(db),
  ]);
  const names = new Map(councils.map((c) => [c.id, c.name]));
  const rows = new Map<string | null, CouncilFigures>();
  const rowFor = (id: string | null) => {
    let row = rows.get(id);
    if (!row) {
      row = {
        localAuthorityId: id,
        name: id ? (names.get(id) ?? null) : null,
        opened: 0,
        concluded: 0,
        openNow: 0,
        certificatesIssued: 0,
        certificatesWithinThreeWorkingDays: 0,
        percentCertificatesWithinThreeWorkingDays: null,
        mediationsHeld: 0,
        mediationsWithinThirtyDays: 0,
        percentMediationsWithinThirtyDays: null,
      };
      rows.set(id, row);
    }
    return row;
  };
  for (const c of base.byLocalAuthority) {
    Object.assign(rowFor(c.localAuthorityId), {
      opened: c.opened,
      concluded: c.concluded,
      openNow: c.openNow,
    });
  }
  for (const t of timely.byLocalAuthority) {
    const row = rowFor(t.localAuthorityId);
    row.certificatesIssued = t.certificates.issued;
    row.certificatesWithinThreeWorkingDays = t.certificates.withinThreeWorkingDays;
    row.mediationsHeld = t.mediations.held;
    row.mediationsWithinThirtyDays = t.mediations.withinThirtyDays;
  }
  for (const row of rows.values()) {
    row.percentCertificatesWithinThreeWorkingDays = pct(
      row.certificatesWithinThreeWorkingDays,
      row.certificatesIssued,
    );
    row.percentMediationsWithinThirtyDays = pct(row.mediationsWithinThirtyDays, row.mediationsHeld);
  }
  // Named councils A to Z, then cases with no council recorded.
  const byCouncil = [...rows.values()].sort((a, b) =>
    a.name === null ? 1 : b.name === null ? -1 : a.name.localeCompare(b.name, 'en-GB'),
  );
  const { byLocalAuthority: _counts, ...figures } = base;
  return {
    ...figures,
    range,
    /** The council the report is limited to, if any. */
    localAuthority: range.localAuthorityId
      ? { id: range.localAuthorityId, name: names.get(range.localAuthorityId) ?? null }
      : null,
    byCouncil,
    certificates: {
      ...timely.certificates,
      percentWithinThreeWorkingDays: pct(
        timely.certificates.withinThreeWorkingDays,
        timely.certificates.issued,
      ),
    },
    mediations: {
      ...timely.mediations,
      percentWithinThirtyDays: pct(timely.mediations.withinThirtyDays, timely.mediations.held),
    },
    /** Chat figures are not recorded per council: with a council chosen they are left out. */
    /** Chat questions answered from the guidance vs handed over to staff (callback requests). */
    chat: range.localAuthorityId
      ? null
      : {
          questions: base.questions,
          answered: base.answered,
          handedOver: base.callbacks,
          unanswered: Math.max(0, base.questions - base.answered),
        },
  };
}
export type ServiceReportAnswer = Awaited<ReturnType<typeof buildServiceReport>>;

const LABELS: Record<string, string> = {
  mediation: 'Mediation',
  disagreement_resolution: 'Disagreement resolution',
};

function section(title: string, rows: CountBy[], label: (r: CountBy) => string): CsvCell[][] {
  return rows.map((r) => [title, label(r), r.count]);
}

export function serviceReportCsv(r: ServiceReportAnswer): { filename: string; csv: string } {
  const none = (s: string | null | undefined, fallback: string) => s ?? fallback;
  const rows: CsvCell[][] = [
    ['Section', 'Item', 'Value'],
    ['Period', 'From', r.range.from],
    ['Period', 'To', r.range.to],
    ['Period', 'Local authority', r.localAuthority ? (r.localAuthority.name ?? '') : 'All'],
    ['Cases', 'Opened', r.casesOpened],
    ['Cases', 'Concluded', r.casesConcluded],
    ...section('Cases opened by local authority', r.openedByLocalAuthority, (x) =>
      none(x.label, 'Not known'),
    ),
    ...section('Cases opened by track', r.openedByTrack, (x) =>
      x.key ? (LABELS[x.key] ?? x.key) : 'Not known',
    ),
    ...section('Cases concluded by outcome', r.concludedByOutcome, (x) =>
      none(x.key, 'Not recorded'),
    ),
    ...section('Cases opened by channel', r.openedByChannel, (x) => none(x.key, 'Not recorded')),
    ...section('Open cases now by state', r.openByState, (x) =>
      x.key ? (STATE_LABELS[x.key as CaseState] ?? x.key) : '',
    ),
    ...section('Certificates by type', r.certificatesByType, (x) => none(x.key, '')),
    ['Timeliness', 'Certificates issued', r.certificates.issued],
    ['Timeliness', 'Certificates within 3 working days', r.certificates.withinThreeWorkingDays],
    [
      'Timeliness',
      'Certificates within 3 working days (%)',
      r.certificates.percentWithinThreeWorkingDays,
    ],
    ['Timeliness', 'Mediations held', r.mediations.held],
    ['Timeliness', 'Mediations held within 30 days', r.mediations.withinThirtyDays],
    ['Timeliness', 'Mediations held within 30 days (%)', r.mediations.percentWithinThirtyDays],
    ...(r.chat
      ? [
          ['Chat', 'Conversations', r.conversations],
          ['Chat', 'Questions asked', r.chat.questions],
          ['Chat', 'Answered from the guidance', r.chat.answered],
          ['Chat', 'Handed over (callback requests)', r.chat.handedOver],
          ['Chat', 'Rated helpful', r.feedbackUp],
          ['Chat', 'Rated unhelpful', r.feedbackDown],
        ]
      : [['Cases', 'Callback requests', r.callbacks]]),
    ...r.byCouncil.flatMap((c): CsvCell[][] => {
      const title = `By local authority: ${c.name ?? 'Not known'}`;
      return [
        [title, 'Cases opened', c.opened],
        [title, 'Cases concluded', c.concluded],
        [title, 'Open now', c.openNow],
        [title, 'Certificates issued', c.certificatesIssued],
        [title, 'Certificates within 3 working days', c.certificatesWithinThreeWorkingDays],
        [
          title,
          'Certificates within 3 working days (%)',
          c.percentCertificatesWithinThreeWorkingDays,
        ],
        [title, 'Mediations held', c.mediationsHeld],
        [title, 'Mediations held within 30 days', c.mediationsWithinThirtyDays],
        [title, 'Mediations held within 30 days (%)', c.percentMediationsWithinThirtyDays],
      ];
    }),
  ];
  const scope = r.localAuthority ? `-${slug(r.localAuthority.name ?? 'council')}` : '';
  return {
    filename: `service-report${scope}-${r.range.from}-to-${r.range.to}.csv`,
    csv: toCsv(rows),
  };
}

/** A council's name as a file-name part: letters, digits and hyphens. */
function slug(name: string): string {
  return (
    name
      .normalize('NFKD')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 60) || 'council'
  );
}
