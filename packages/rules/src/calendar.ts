// Working days for the SEND Tribunal and the mediation regulations: Monday to Friday, not
// Christmas Day, Good Friday or an England and Wales bank holiday (Tribunal Rules r.1(3)).
import { bankHolidayMap } from './bank-holidays';
import { RulesInputError } from './errors';
import { type Template, english, tpl } from './texts';
import {
  type IsoDate,
  FIRST_YEAR,
  LAST_YEAR,
  formatIsoDate,
  formatLong,
  isWeekend,
  parseIsoDate,
  toParts,
  weekday,
} from './dates';

/**
 * Admin changes to the bank holiday list, passed in as data so a new one-off holiday needs no
 * code change. `add`: extra non-working days. `remove`: bank holidays that no longer apply.
 * Weekends, Christmas Day and Good Friday are never working days, whatever the overrides say.
 */
export interface CalendarOverrides {
  add?: readonly IsoDate[];
  remove?: readonly IsoDate[];
}

/** A calendar ready to answer questions about day numbers. */
export interface WorkingCalendar {
  isWorkingDay(day: number): boolean;
  /** Why a day is not a working day ("a Saturday", "Good Friday"), or null if it is one. */
  nonWorkingReason(day: number): string | null;
  /** The same reason as a template, for front ends that show it in another language. */
  nonWorkingReasonTemplate(day: number): Template | null;
}

// Keyed by content, not by object, so a caller that edits its overrides in place still gets the
// right calendar. Bounded: overrides change rarely, so a handful of entries is plenty.
const cache = new Map<string, WorkingCalendar>();
const CACHE_LIMIT = 32;

function readList(value: unknown, field: string): Set<number> {
  if (value === undefined) return new Set();
  if (!Array.isArray(value)) {
    throw new RulesInputError(field, `${field} must be a list of dates like 2025-12-29.`);
  }
  return new Set(value.map((v, i) => parseIsoDate(v, `${field}[${i}]`)));
}

/** Builds (and remembers) the working calendar for a set of overrides. */
export function workingCalendar(overrides?: CalendarOverrides): WorkingCalendar {
  if (typeof overrides !== 'object' || overrides === null) {
    if (overrides === undefined) return (plain ??= build(new Set(), new Set()));
    throw new RulesInputError(
      'calendar',
      'calendar must be an object like { add: [], remove: [] }.',
    );
  }
  const resolved = (overrides as { [RESOLVED]?: WorkingCalendar })[RESOLVED];
  if (resolved) return resolved;
  // Fast path: the same lists as a calendar built before (compared by content) were valid then.
  const raw = rawKey(overrides);
  const seen = raw === null ? undefined : byRaw.get(raw);
  if (seen) return seen;
  const cal = cached(
    readList(overrides.add, 'calendar.add'),
    readList(overrides.remove, 'calendar.remove'),
  );
  if (raw !== null) {
    if (byRaw.size >= CACHE_LIMIT) byRaw.clear();
    byRaw.set(raw, cal);
  }
  return cal;
}

const RESOLVED = Symbol('working calendar');

/**
 * The overrides, checked once and carrying their calendar: for a caller that runs many rules
 * with the same overrides in one go (a case's deadlines), so each rule skips reading them again.
 */
export function withResolvedCalendar(
  overrides: CalendarOverrides | undefined,
): CalendarOverrides | undefined {
  if (overrides === undefined) return undefined;
  const cal = workingCalendar(overrides);
  return { add: overrides.add, remove: overrides.remove, [RESOLVED]: cal } as CalendarOverrides;
}

// The calendar without overrides, which most calls use.
let plain: WorkingCalendar | undefined;
const byRaw = new Map<string, WorkingCalendar>();

/** The overrides as given, when both lists are lists of strings; null otherwise. */
function rawKey(overrides: CalendarOverrides): string | null {
  const { add = [], remove = [] } = overrides;
  if (!Array.isArray(add) || !Array.isArray(remove)) return null;
  if (!add.every((d) => typeof d === 'string') || !remove.every((d) => typeof d === 'string')) {
    return null;
  }
  return JSON.stringify([add, remove]);
}

function cached(added: Set<number>, removed: Set<number>): WorkingCalendar {
  const key = `${[...added].sort().join(',')}|${[...removed].sort().join(',')}`;
  let cal = cache.get(key);
  if (!cal) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cal = build(added, removed);
    cache.set(key, cal);
  }
  return cal;
}

function build(added: Set<number>, removed: Set<number>): WorkingCalendar {
  // Each day's answer never changes for one calendar; deadline arithmetic asks about the same
  // few hundred days over and over, so remember them (bounded by the years the rules cover).
  const known = new Map<number, { template: Template; text: string } | null>();
  const reason = (day: number): { template: Template; text: string } | null => {
    let found = known.get(day);
    if (found === undefined) {
      const template = reasonFor(day);
      found = template && { template, text: english(template) };
      known.set(day, found);
    }
    return found;
  };
  const reasonFor = (day: number): Template | null => {
    const { month, day: dom, year } = toParts(day);
    if (month === 12 && dom === 25) return tpl('reason.christmasDay');
    const name = bankHolidayMap(year).get(day);
    if (name === 'Good Friday') return tpl('reason.goodFriday');
    if (isWeekend(day)) return tpl(weekday(day) === 6 ? 'reason.saturday' : 'reason.sunday');
    if (added.has(day)) return tpl('reason.addedHoliday');
    if (name !== undefined && !removed.has(day)) return tpl('reason.bankHoliday', { name });
    return null;
  };
  return {
    nonWorkingReason: (day) => reason(day)?.text ?? null,
    nonWorkingReasonTemplate: (day) => reason(day)?.template ?? null,
    isWorkingDay: (day) => reason(day) === null,
  };
}

/** True on Monday to Friday unless it is Christmas Day, Good Friday or a bank holiday. */
export function isWorkingDay(date: IsoDate, calendar?: CalendarOverrides): boolean {
  return workingCalendar(calendar).isWorkingDay(parseIsoDate(date));
}

/** Why a date is not a working day, in plain English, or null when it is one. */
export function nonWorkingReason(date: IsoDate, calendar?: CalendarOverrides): string | null {
  return workingCalendar(calendar).nonWorkingReason(parseIsoDate(date));
}

export function stepWorkingDays(day: number, n: number, cal: WorkingCalendar): number {
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let current = day;
  while (left > 0) {
    current += step;
    if (cal.isWorkingDay(current)) left -= 1;
  }
  return current;
}

/**
 * The date n working days after `date` (before it when n is negative). Day 0 is `date` itself,
 * which need not be a working day: 3 working days from a Saturday is the Wednesday.
 */
export function addWorkingDays(date: IsoDate, n: number, calendar?: CalendarOverrides): IsoDate {
  if (!Number.isInteger(n) || Math.abs(n) > 10_000) {
    throw new RulesInputError('n', 'The number of working days must be a whole number.');
  }
  return formatIsoDate(stepWorkingDays(parseIsoDate(date), n, workingCalendar(calendar)));
}

/** The first working day on or after a day number. */
export function onOrNextWorkingDay(day: number, cal: WorkingCalendar): number {
  let current = day;
  while (!cal.isWorkingDay(current)) current += 1;
  return current;
}

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: IsoDate, calendar?: CalendarOverrides): IsoDate {
  return formatIsoDate(stepWorkingDays(parseIsoDate(date), 1, workingCalendar(calendar)));
}

export interface BankHoliday {
  date: IsoDate;
  name: string;
  /** "Monday 4 May 2026". */
  label: string;
}

/**
 * England and Wales bank holidays in a year, after the service's overrides (added days
 * included, removed days left out).
 */
export function bankHolidays(year: number, calendar?: CalendarOverrides): BankHoliday[] {
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RulesInputError(
      'year',
      `The year must be a whole number from ${FIRST_YEAR} to ${LAST_YEAR}.`,
    );
  }
  const cal = workingCalendar(calendar);
  const holidays = bankHolidayMap(year);
  const result: BankHoliday[] = [];
  const days = new Set([...holidays.keys(), ...readList(calendar?.add, 'calendar.add')]);
  for (const day of days) {
    if (toParts(day).year !== year) continue;
    const reason = cal.nonWorkingReason(day);
    // A removed bank holiday is a working day again; an added day on a weekend is no holiday.
    if (reason === null || (!holidays.has(day) && !reason.startsWith('a bank holiday added'))) {
      continue;
    }
    result.push({
      date: formatIsoDate(day),
      name: holidays.get(day) ?? 'Bank holiday added by the service',
      label: formatLong(day),
    });
  }
  return result.sort((a, b) => a.date.localeCompare(b.date));
}
