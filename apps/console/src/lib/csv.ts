// CSV for reports and exports, written by csv-stringify (RFC 4180 quoting), plus a guard
// against formula injection: spreadsheet programs run a cell starting with = + - @ tab or CR as a
// formula, so such text gets a leading apostrophe. Plain numbers ("-5", "+44") are left alone:
// they cannot run anything, and an apostrophe would turn them into text.
import { stringify, type Options } from 'csv-stringify/browser/esm/sync';

export type CsvValue = string | number | boolean | Date | null | undefined;

export interface CsvColumn<Row> {
  header: string;
  value: (row: Row) => CsvValue;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?$/i;

/** Text as it is safe to hand a spreadsheet: a formula-like start is quoted with an apostrophe. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

const OPTIONS: Options = {
  record_delimiter: '\r\n',
  // csv-stringify quotes a cell holding the record delimiter (CRLF); a lone LF or CR must be
  // quoted too, or spreadsheets split the row there.
  quoted_match: /[\r\n]/,
  cast: {
    string: guardFormula,
    number: (n) => String(n),
    boolean: (b) => String(b),
    date: (d) => d.toISOString(),
  },
};

/** One cell, quoted as it would be in a file. */
export function csvCell(value: CsvValue): string {
  return stringify([[value]], { ...OPTIONS, eof: false });
}

export function toCsv<Row>(rows: readonly Row[], columns: readonly CsvColumn<Row>[]): string {
  const records: CsvValue[][] = [columns.map((c) => c.header)];
  for (const row of rows) records.push(columns.map((c) => c.value(row)));
  return stringify(records, OPTIONS);
}

/** Makes a safe file name from a title and a date range, e.g. `cases-by-la_2026-01-01_2026-03-31.csv`. */
export function csvFileName(title: string, ...parts: string[]): string {
  const slug = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return [slug(title), ...parts.map(slug)].filter(Boolean).join('_') + '.csv';
}
