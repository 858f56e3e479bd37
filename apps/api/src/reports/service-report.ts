// The reports page's figures for a period: @sen/db's aggregates plus the timeliness measures,
// and the same figures as one CSV file.
import { serviceReport, type CountBy, type Db } from '@sen/db';
import { STATE_LABELS, type CalendarOverrides, type CaseState } from '@sen/rules';
import { toCsv, type CsvCell } from './csv';
import { reportPeriod } from './period';
import { timeliness } from './timeliness';

export async function buildServiceReport(
  db: Db,
  range: { from: string; to: string },
  calendar: CalendarOverrides,
) {
  const period = reportPeriod(range.from, range.to);
  const [base, timely] = await Promise.all([
    serviceReport(db, period),
    timeliness(db, { fromDate: range.from, toDate: range.to, since: period.from }, calendar),
  ]);
  const pct = (part: number, whole: number) =>
    whole === 0 ? null : Math.round((1000 * part) / whole) / 10;
  return {
    ...base,
    range,
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
    /** Chat questions answered from the guidance vs handed over to staff (callback requests). */
    chat: {
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
    ['Chat', 'Conversations', r.conversations],
    ['Chat', 'Questions asked', r.chat.questions],
    ['Chat', 'Answered from the guidance', r.chat.answered],
    ['Chat', 'Handed over (callback requests)', r.chat.handedOver],
    ['Chat', 'Rated helpful', r.feedbackUp],
    ['Chat', 'Rated unhelpful', r.feedbackDown],
  ];
  return { filename: `service-report-${r.range.from}-to-${r.range.to}.csv`, csv: toCsv(rows) };
}
