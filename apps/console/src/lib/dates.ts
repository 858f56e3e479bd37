// Dates as staff read them (en-GB). "Today in England" and the strict ISO-date check are
// @sen/rules' (`todayInEngland(now)`, `isIsoDate`), shared with the API.
import { isIsoDate } from '@sen/rules';

const LONDON = 'Europe/London';

/** `2026-03-05` → `Thu 5 Mar 2026`. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const day = iso.slice(0, 10);
  if (!isIsoDate(day)) return iso;
  // Built from parts: engines differ on the comma after the weekday.
  const parts = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(`${day}T00:00:00Z`));
  const part = (t: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === t)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

export function formatDateTime(value: Date | string | null | undefined): string {
  if (!value) return '';
  const d = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return String(value);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: LONDON,
  }).format(d);
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) /
      86_400_000,
  );
}

/** "overdue by 3 days", "due today", "in 4 days". */
export function relativeDue(date: string, today: string): string {
  const n = daysBetween(today, date);
  if (n === 0) return 'due today';
  if (n < 0) return `overdue by ${-n} day${n === -1 ? '' : 's'}`;
  return `in ${n} day${n === 1 ? '' : 's'}`;
}

export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso.slice(0, 10)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
