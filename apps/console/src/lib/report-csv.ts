// The reports page's tables as CSV, one file per table (the API's reports.csv has them all).
import { toCsv } from './csv';

export interface ReportTable {
  title: string;
  columns: [string, string];
  rows: { label: string; value: number | string }[];
}

export function tableCsv(t: ReportTable): string {
  return toCsv(t.rows, [
    { header: t.columns[0], value: (r) => r.label },
    { header: t.columns[1], value: (r) => r.value },
  ]);
}

/** "87.5%" or "–" when nothing was due. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}

/** One council's row of the "Figures by local authority" table (as reports.service gives it). */
export interface CouncilRow {
  name: string | null;
  opened: number;
  concluded: number;
  openNow: number;
  certificatesIssued: number;
  certificatesWithinThreeWorkingDays: number;
  mediationsHeld: number;
  mediationsWithinThirtyDays: number;
}

/** The columns of the per-council table, shared by the table on screen and its CSV. */
export const COUNCIL_COLUMNS: readonly {
  header: string;
  value: (r: CouncilRow) => string | number;
}[] = [
  { header: 'Local authority', value: (r) => r.name ?? 'Not known' },
  { header: 'Cases opened', value: (r) => r.opened },
  { header: 'Cases concluded', value: (r) => r.concluded },
  { header: 'Open now', value: (r) => r.openNow },
  { header: 'Certificates issued', value: (r) => r.certificatesIssued },
  {
    header: 'Certificates within 3 working days',
    value: (r) => r.certificatesWithinThreeWorkingDays,
  },
  {
    header: 'Certificates within 3 working days (%)',
    value: (r) => percent(r.certificatesWithinThreeWorkingDays, r.certificatesIssued),
  },
  { header: 'Mediations held', value: (r) => r.mediationsHeld },
  { header: 'Mediations held within 30 days', value: (r) => r.mediationsWithinThirtyDays },
  {
    header: 'Mediations held within 30 days (%)',
    value: (r) => percent(r.mediationsWithinThirtyDays, r.mediationsHeld),
  },
];

export function councilCsv(rows: readonly CouncilRow[]): string {
  return toCsv(rows, COUNCIL_COLUMNS);
}

/**
 * Bars for a chart of one timeliness share per council (councils with nothing due are left out:
 * a bar of 0 would read as "none on time"), rounded to whole per cent.
 */
export function councilShareBars(
  rows: readonly CouncilRow[],
  part: (r: CouncilRow) => number,
  whole: (r: CouncilRow) => number,
): { label: string; value: number }[] {
  return rows
    .filter((r) => whole(r) > 0)
    .map((r) => ({
      label: r.name ?? 'Not known',
      value: Math.round((100 * part(r)) / whole(r)),
    }));
}
