// Staff pick dates ("1 to 31 March"); the database holds instants. A day here is a day in England,
// so "31 March" ends at midnight London time, whether that is GMT or BST.
import { z } from 'zod';
import { londonToUtc } from './london-time';
import { isoDateProblem } from '../services/settings/settings-input';

/** The instant a calendar day starts in Europe/London. */
export function londonStartOfDay(isoDate: string): Date {
  return londonToUtc(isoDate, '00:00');
}

export function nextIsoDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

export const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates must be written YYYY-MM-DD.')
  .refine((d) => isoDateProblem(d) === null, 'That is not a real date.');

/** `from` and `to` are calendar days, both included; either may be left out. */
export const dayRange = {
  from: isoDay.optional(),
  to: isoDay.optional(),
};

export function instantsOf(range: { from?: string | undefined; to?: string | undefined }): {
  from?: Date;
  to?: Date;
} {
  if (range.from && range.to && range.from > range.to) {
    throw new RangeError('The start date is after the end date.');
  }
  return {
    ...(range.from ? { from: londonStartOfDay(range.from) } : {}),
    ...(range.to ? { to: londonStartOfDay(nextIsoDay(range.to)) } : {}),
  };
}
