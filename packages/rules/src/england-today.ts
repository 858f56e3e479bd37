// "Today" for the law is the calendar date in England, whatever the time zone of the server or the
// family's phone. The caller passes the instant, so this reads no clock and stays testable.
import type { IsoDate } from './dates';

// Building an Intl formatter costs far more than using one: keep a single instance. en-CA formats
// as YYYY-MM-DD.
const englandDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in England at `now`, `YYYY-MM-DD`. */
export function todayInEngland(now: Date): IsoDate {
  return englandDay.format(now);
}
