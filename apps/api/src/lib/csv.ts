// The one CSV writer (audit log, service report, case export): RFC 4180 by csv-stringify
// (comma-separated, CRLF line ends, fields with a comma, quote or line break wrapped in double
// quotes and quotes doubled), and safe to open in a spreadsheet: a text cell a spreadsheet would
// run as a formula gets an apostrophe in front (OWASP "CSV injection").
import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | Date | null | undefined;

// A cell starting with one of these is read as a formula by Excel, LibreOffice or Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;
// ...except a signed number, which is just a number: "-5" stays "-5", not "'-5".
const SIGNED_NUMBER = /^[+-]\d+(\.\d+)?$/;

/** The text of a cell a spreadsheet would run as a formula, defused with a leading apostrophe. */
export function defuseFormula(text: string): string {
  return FORMULA_START.test(text) && !SIGNED_NUMBER.test(text) ? `'${text}` : text;
}

export interface CsvOptions {
  /** Quote every cell, empty ones too (the audit log, whose readers expect it). */
  quoteEveryCell?: boolean;
}

/** Rows of cells as CSV text, ending with a line break. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  return stringify(rows as CsvCell[][], {
    record_delimiter: 'windows',
    // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone LF or CR,
    // which a spreadsheet still reads as a new row.
    quoted_match: /[\r\n]/,
    quoted: options.quoteEveryCell ?? false,
    quoted_empty: options.quoteEveryCell ?? false,
    cast: {
      string: defuseFormula,
      number: (n) => (Number.isFinite(n) ? String(n) : ''),
      boolean: (b) => String(b),
      date: (d) => d.toISOString(),
    },
  });
}

/** One cell as it appears in `toCsv`'s output (for tests and single values). */
export function csvCell(value: CsvCell, options: CsvOptions = {}): string {
  return toCsv([[value]], options).slice(0, -2);
}
