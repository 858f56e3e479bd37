import type { Settings } from '@sen/db';
import { isWorkingDay } from '@sen/rules';

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  weekday: 'short',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Whether the office is open at `now`, in Europe/London time, closed on bank holidays. */
export function officeHoursNow(
  s: Pick<Settings, 'officeHours' | 'bankHolidayOverrides'>,
  now: Date,
): boolean {
  const parts = Object.fromEntries(londonParts.formatToParts(now).map((p) => [p.type, p.value]));
  const day = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? '');
  const hhmm = `${parts.hour}:${parts.minute}`;
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  // Weekends are governed by the opening days alone; bank holidays close the office.
  if (day >= 1 && day <= 5 && !isWorkingDay(date, s.bankHolidayOverrides)) return false;
  return s.officeHours.some((h) => h.day === day && h.open <= hhmm && hhmm < h.close);
}
