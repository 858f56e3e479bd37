// A report period typed as calendar dates in England becomes the instants the database compares:
// from midnight in London on the first day up to (not including) midnight after the last.
import { addCalendarDays } from '@sen/rules';

/** The instant of 00:00 in Europe/London on `date` (YYYY-MM-DD). */
export function londonMidnight(date: string): Date {
  const utc = Date.parse(`${date}T00:00:00Z`);
  const hour = Number(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hour: '2-digit',
      hourCycle: 'h23',
    }).format(utc),
  );
  // In summer time, midnight in London is 23:00 UTC the day before.
  return new Date(utc - hour * 3_600_000);
}

export function reportPeriod(from: string, to: string) {
  return { from: londonMidnight(from), to: londonMidnight(addCalendarDays(to, 1)) };
}
