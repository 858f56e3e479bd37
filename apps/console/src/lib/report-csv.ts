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
