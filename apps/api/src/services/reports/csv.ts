// CSV as RFC 4180 says (comma-separated, CRLF line ends, fields with a comma, quote or line
// break wrapped in double quotes and quotes doubled), and safe to open in a spreadsheet: a text
// cell starting with = + - @ (or a tab or carriage return) is prefixed with an apostrophe so it
// is never run as a formula (OWASP "CSV injection").
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  let text =
    typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
