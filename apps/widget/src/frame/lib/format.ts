// Dates in the chosen language's own way of writing them (Intl), English as the British write it.

function parts(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

function format(iso: string, lang: string, weekday: boolean): string {
  const date = parts(iso);
  if (!date) return iso;
  const text = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, {
    ...(weekday ? { weekday: 'long' } : {}),
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    // The calendar date, whatever the visitor's time zone.
    timeZone: 'UTC',
  }).format(date);
  // "Monday 3 May 2027", as the rules and the service's letters write it (Intl adds a comma).
  return lang === 'en' ? text.replace(',', '') : text;
}

/** "Monday 3 May 2027" from "2027-05-03", in `lang`. */
export function formatDate(iso: string, lang = 'en'): string {
  return format(iso, lang, true);
}

/** "3 May 2027" (no weekday), for as-of dates. */
export function formatShortDate(iso: string, lang = 'en'): string {
  return format(iso, lang, false);
}
