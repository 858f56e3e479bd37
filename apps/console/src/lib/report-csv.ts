// The reports page's tables as CSV: one file per table, or every table in one file.
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

export function allTablesCsv(
  tables: readonly ReportTable[],
  period: { from: string; to: string },
): string {
  const rows: { section: string; label: string; value: number | string }[] = [];
  for (const t of tables) for (const r of t.rows) rows.push({ section: t.title, ...r });
  return (
    `Period,${period.from},${period.to}\r\n` +
    toCsv(rows, [
      { header: 'Section', value: (r) => r.section },
      { header: 'Item', value: (r) => r.label },
      { header: 'Value', value: (r) => r.value },
    ])
  );
}

/** "87.5%" or "–" when nothing was due. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? '–' : `${((100 * part) / whole).toFixed(1)}%`;
}
