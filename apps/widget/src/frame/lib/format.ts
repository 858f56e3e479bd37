/** "Monday 3 May 2027" from "2027-05-03" (the calendar date, whatever the visitor's time zone). */
export function formatDate(iso: string, lang = 'en'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
    .format(date)
    .replace(',', '');
}

/** "3 May 2027" (no weekday), for as-of dates. */
export function formatShortDate(iso: string, lang = 'en'): string {
  return formatDate(iso, lang).replace(/^\S+\s/, '');
}
