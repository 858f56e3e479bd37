import type { Settings } from '@sen/db';
import type { OfficeClosure } from '@sen/db/schema';
import { addCalendarDays, formatDate, isWorkingDay } from '@sen/rules';

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

function london(now: Date) {
  const parts = Object.fromEntries(londonParts.formatToParts(now).map((p) => [p.type, p.value]));
  return {
    day: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday ?? ''),
    hhmm: `${parts.hour}:${parts.minute}`,
    date: `${parts.year}-${parts.month}-${parts.day}`,
  };
}

type HoursSettings = Pick<Settings, 'officeHours' | 'bankHolidayOverrides'> &
  Partial<Pick<Settings, 'officeClosures' | 'officeHoursText'>>;

/** The closure (Christmas, a training day) covering a London date, if any. */
export function closureOn(s: HoursSettings, date: string): OfficeClosure | undefined {
  return (s.officeClosures ?? []).find((c) => c.from <= date && date <= c.to);
}

/**
 * Whether the office is open at `now`, in Europe/London time: closed on bank holidays and during
 * the admin's closures.
 */
export function officeHoursNow(s: HoursSettings, now: Date): boolean {
  const { day, hhmm, date } = london(now);
  if (closureOn(s, date)) return false;
  // Weekends are governed by the opening days alone; bank holidays close the office.
  if (day >= 1 && day <= 5 && !isWorkingDay(date, s.bankHolidayOverrides)) return false;
  return s.officeHours.some((h) => h.day === day && h.open <= hhmm && hhmm < h.close);
}

const noon = (iso: string) => new Date(`${iso}T12:00:00Z`);
/** "Monday 4 January 2027", as GOV.UK writes dates (and as the rules explain deadlines). */
const say = formatDate;
const addDays = addCalendarDays;

/** The first day after `iso` with opening hours that is not a bank holiday or a closure. */
function reopeningAfter(s: HoursSettings, iso: string): string | undefined {
  for (let n = 1; n <= 60; n++) {
    const date = addDays(iso, n);
    const day = noon(date).getUTCDay();
    if (closureOn(s, date) || !s.officeHours.some((h) => h.day === day)) continue;
    if (day >= 1 && day <= 5 && !isWorkingDay(date, s.bankHolidayOverrides)) continue;
    return date;
  }
  return undefined;
}

/** How far ahead families are told about a coming closure. */
const WARN_DAYS = 14;

/**
 * The opening-times wording families see, with the closure they need to know about: the one in
 * force now ("Closed for Christmas until …; we reopen on …"), or one starting within two weeks.
 */
export function officeHoursText(s: HoursSettings, now: Date): string {
  const base = (s.officeHoursText ?? '').trim();
  const { date } = london(now);
  const current = closureOn(s, date);
  if (current) {
    const reopen = reopeningAfter(s, current.to);
    const closed =
      `We are closed (${current.label}) until ${say(current.to)}` +
      (reopen ? `, and reopen on ${say(reopen)}.` : '.');
    return base ? `${closed} Usual opening times: ${base}` : closed;
  }
  const horizon = addDays(date, WARN_DAYS);
  const soon = (s.officeClosures ?? [])
    .filter((c) => c.from > date && c.from <= horizon)
    .sort((a, b) => a.from.localeCompare(b.from))[0];
  if (!soon) return base;
  const when =
    soon.from === soon.to ? `on ${say(soon.from)}` : `from ${say(soon.from)} to ${say(soon.to)}`;
  const notice = `We will be closed ${when} (${soon.label}).`;
  return base ? `${base}. ${notice}`.replace(/\.\. /, '. ') : notice;
}
