// Plain calendar dates as whole day numbers (days since 1970-01-01, UTC). Nothing here reads a
// clock or a time zone, so a date is the same on a family's phone and on the server.
import { RulesInputError } from './errors';

/** ISO calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

const MS_PER_DAY = 86_400_000;
const ISO_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Years the rules accept as input: early May bank holiday exists from 1978. */
export const FIRST_YEAR = 1978;
export const LAST_YEAR = 2199;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month (1-12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1]!;
}

export function fromParts(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Day number to year, month and day by integer arithmetic (H. Hinnant's civil_from_days): every
 * deadline formats several dates, and a Date object per call was most of the cost.
 */
export function toParts(dayNumber: number): DateParts {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * True when `value` is a real calendar date written `YYYY-MM-DD` (any year). A check for input
 * guards and filters; `parseIsoDate` is the one that also keeps to the years the rules cover.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const match = ISO_PATTERN.exec(value);
  if (!match) return false;
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(Number(match[1]), month);
}

/**
 * Reads an ISO date a person or another system gave us. Anything that is not a real calendar
 * date in the supported years throws a RulesInputError naming the field.
 */
export function parseIsoDate(value: unknown, field = 'date'): number {
  if (typeof value !== 'string') {
    throw new RulesInputError(field, `${field} is missing: give a date like 2025-03-03.`);
  }
  const match = ISO_PATTERN.exec(value);
  if (!match) {
    throw new RulesInputError(
      field,
      `${field} "${value}" is not a date in the form YYYY-MM-DD, for example 2025-03-03.`,
    );
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new RulesInputError(field, `${field} "${value}" is not a real calendar date.`);
  }
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    throw new RulesInputError(
      field,
      `${field} "${value}" is outside the years these rules cover (${FIRST_YEAR} to ${LAST_YEAR}).`,
    );
  }
  return fromParts(year, month, day);
}

export function formatIsoDate(dayNumber: number): IsoDate {
  const { year, month, day } = toParts(dayNumber);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(dayNumber: number): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber + 4) % 7) + 7) % 7;
}

export function isWeekend(dayNumber: number): boolean {
  const w = weekday(dayNumber);
  return w === 0 || w === 6;
}

/** "Tuesday 6 May 2025": the style every explanation uses. */
export function formatLong(dayNumber: number): string {
  const { year, month, day } = toParts(dayNumber);
  return `${WEEKDAYS[weekday(dayNumber)]} ${day} ${MONTHS[month - 1]} ${year}`;
}

/** Long form of an ISO date, e.g. for messages: "Tuesday 6 May 2025". */
export function formatDate(date: IsoDate): string {
  return formatLong(parseIsoDate(date));
}

/**
 * Calendar months later (or earlier). Where the later month has no such day, its last day is
 * used: 31 December + 2 months is 28 (or 29) February.
 */
export function addMonths(dayNumber: number, months: number): number {
  const { year, month, day } = toParts(dayNumber);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/** Calendar-month arithmetic on ISO dates (month-end rule). */
export function addCalendarMonths(date: IsoDate, months: number): IsoDate {
  return formatIsoDate(addMonths(parseIsoDate(date), months));
}

/** Calendar-day arithmetic on ISO dates. */
export function addCalendarDays(date: IsoDate, days: number): IsoDate {
  return formatIsoDate(parseIsoDate(date) + days);
}

/** Whole calendar days from one ISO date to another (negative when `to` is earlier). */
export function calendarDaysBetween(from: IsoDate, to: IsoDate): number {
  return parseIsoDate(to, 'to') - parseIsoDate(from, 'from');
}

export function monthName(month: number): string {
  return MONTHS[month - 1] as string;
}
