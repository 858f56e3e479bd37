// Day / month / year entry (the GOV.UK pattern: three labelled boxes, works with any keyboard
// and screen reader, unlike native date pickers). Pure: `today` is passed in.

export type DatePart = 'day' | 'month' | 'year';

export type DateProblem =
  | { code: 'dateMissing'; parts: DatePart[] }
  | { code: 'dateMissingPart'; part: DatePart; parts: DatePart[] }
  | { code: 'dateNotReal'; parts: DatePart[] }
  | { code: 'dateYearFourDigits'; parts: DatePart[] }
  | { code: 'dateTooFarBack'; parts: DatePart[] }
  | { code: 'dateFuture'; parts: DatePart[] };

export type DateEntryResult = { ok: true; iso: string } | { ok: false; problem: DateProblem };

export interface DateEntry {
  day: string;
  month: string;
  year: string;
}

const MONTHS =
  'january february march april may june july august september october november december'.split(
    ' ',
  );
/** The Children and Families Act 2014 came into force in September 2014. */
const EARLIEST_YEAR = 2014;

/** Month as 1-12 from "3", "03", "March", "mar" or "Sept.", else NaN. */
export function parseMonth(input: string): number {
  const t = input.trim().toLowerCase().replace(/\.$/, '');
  if (/^\d{1,2}$/.test(t)) return Number(t);
  const i = t.length >= 3 ? MONTHS.findIndex((name) => name.startsWith(t)) : -1;
  return i >= 0 ? i + 1 : NaN;
}

export function parseDateEntry(
  entry: DateEntry,
  options: { today: string; allowFuture?: boolean },
): DateEntryResult {
  const day = entry.day.trim();
  const month = entry.month.trim();
  const year = entry.year.trim();
  const missing = (['day', 'month', 'year'] as const).filter((p) => !{ day, month, year }[p]);
  if (missing.length === 3)
    return { ok: false, problem: { code: 'dateMissing', parts: ['day', 'month', 'year'] } };
  if (missing.length)
    return { ok: false, problem: { code: 'dateMissingPart', part: missing[0]!, parts: missing } };

  const d = /^\d{1,2}$/.test(day) ? Number(day) : NaN;
  const m = parseMonth(month);
  if (!/^\d+$/.test(year)) return { ok: false, problem: { code: 'dateNotReal', parts: ['year'] } };
  if (year.length !== 4)
    return { ok: false, problem: { code: 'dateYearFourDigits', parts: ['year'] } };
  const y = Number(year);
  const badParts: DatePart[] = [];
  if (!(m >= 1 && m <= 12)) badParts.push('month');
  const lastDay = m >= 1 && m <= 12 ? new Date(Date.UTC(y, m, 0)).getUTCDate() : 31;
  if (!(d >= 1 && d <= lastDay)) badParts.unshift('day');
  if (badParts.length) return { ok: false, problem: { code: 'dateNotReal', parts: badParts } };

  const iso = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (y < EARLIEST_YEAR) return { ok: false, problem: { code: 'dateTooFarBack', parts: ['year'] } };
  if (!options.allowFuture && iso > options.today) {
    return { ok: false, problem: { code: 'dateFuture', parts: ['day', 'month', 'year'] } };
  }
  return { ok: true, iso };
}

/** Today's date in England (the law's calendar), as ISO. */
export function todayInEngland(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}
