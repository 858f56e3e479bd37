// Building an Intl formatter costs far more than using one: keep a single instance.
const londonDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar date in England at `now`, `YYYY-MM-DD` (the rules take "today" as an argument). */
export function londonDate(now: Date): string {
  return londonDay.format(now);
}
