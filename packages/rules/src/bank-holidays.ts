// England and Wales bank holidays, computed by rule for any year, plus the published one-off
// changes. Computing them keeps the package small (no holidays library in the widget) and
// correct for years no table has reached yet. Admin overrides are applied in calendar.ts.
import { fromParts, weekday } from './dates';

export interface Holiday {
  /** Day number (days since 1970-01-01). */
  day: number;
  name: string;
}

/** Easter Sunday (Gregorian), by the anonymous "Meeus/Jones/Butcher" computus. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return fromParts(year, month, day);
}

function firstMonday(year: number, month: number): number {
  const first = fromParts(year, month, 1);
  return first + ((8 - weekday(first)) % 7);
}

function lastMonday(year: number, month: number): number {
  const last = fromParts(year, month + 1, 0);
  return last - ((weekday(last) + 6) % 7);
}

interface OneOffChange {
  remove: string[];
  add: { date: string; name: string }[];
}

/**
 * Published one-off changes to England and Wales bank holidays (proclamations), by year.
 * Source: gov.uk/bank-holidays and the proclamations in The Gazette.
 */
export const ONE_OFF_CHANGES: Readonly<Record<number, OneOffChange>> = {
  1981: { remove: [], add: [{ date: '1981-07-29', name: 'Royal wedding' }] },
  1995: {
    remove: ['1995-05-01'],
    add: [{ date: '1995-05-08', name: 'Early May bank holiday (VE Day)' }],
  },
  1999: { remove: [], add: [{ date: '1999-12-31', name: 'Millennium celebrations' }] },
  2002: {
    remove: ['2002-05-27'],
    add: [
      { date: '2002-06-03', name: 'Golden Jubilee bank holiday' },
      { date: '2002-06-04', name: 'Spring bank holiday' },
    ],
  },
  2011: { remove: [], add: [{ date: '2011-04-29', name: 'Royal wedding' }] },
  2012: {
    remove: ['2012-05-28'],
    add: [
      { date: '2012-06-04', name: 'Spring bank holiday' },
      { date: '2012-06-05', name: 'Queen’s Diamond Jubilee' },
    ],
  },
  2020: {
    remove: ['2020-05-04'],
    add: [{ date: '2020-05-08', name: 'Early May bank holiday (VE Day)' }],
  },
  2022: {
    remove: ['2022-05-30'],
    add: [
      { date: '2022-06-02', name: 'Spring bank holiday' },
      { date: '2022-06-03', name: 'Platinum Jubilee bank holiday' },
      { date: '2022-09-19', name: 'Bank holiday for the State Funeral of Queen Elizabeth II' },
    ],
  },
  2023: {
    remove: [],
    add: [{ date: '2023-05-08', name: 'Bank holiday for the coronation of King Charles III' }],
  },
};

function ruleHolidays(year: number): Holiday[] {
  const list: Holiday[] = [];
  const newYear = fromParts(year, 1, 1);
  const nyShift = weekday(newYear) === 6 ? 2 : weekday(newYear) === 0 ? 1 : 0;
  list.push({
    day: newYear + nyShift,
    name: nyShift ? 'New Year’s Day (substitute day)' : 'New Year’s Day',
  });

  const easter = easterSunday(year);
  list.push({ day: easter - 2, name: 'Good Friday' });
  list.push({ day: easter + 1, name: 'Easter Monday' });
  list.push({ day: firstMonday(year, 5), name: 'Early May bank holiday' });
  list.push({ day: lastMonday(year, 5), name: 'Spring bank holiday' });
  list.push({ day: lastMonday(year, 8), name: 'Summer bank holiday' });

  const christmas = fromParts(year, 12, 25);
  switch (weekday(christmas)) {
    case 5: // Friday: Boxing Day falls on Saturday, substitute Monday 28th
      list.push({ day: christmas, name: 'Christmas Day' });
      list.push({ day: christmas + 3, name: 'Boxing Day (substitute day)' });
      break;
    case 6: // Saturday: both move to Monday 27th and Tuesday 28th
      list.push({ day: christmas + 2, name: 'Christmas Day (substitute day)' });
      list.push({ day: christmas + 3, name: 'Boxing Day (substitute day)' });
      break;
    case 0: // Sunday: Boxing Day on Monday 26th, Christmas substitute on Tuesday 27th
      list.push({ day: christmas + 1, name: 'Boxing Day' });
      list.push({ day: christmas + 2, name: 'Christmas Day (substitute day)' });
      break;
    default:
      list.push({ day: christmas, name: 'Christmas Day' });
      list.push({ day: christmas + 1, name: 'Boxing Day' });
  }
  return list;
}

const cache = new Map<number, ReadonlyMap<number, string>>();

/** Bank holidays in England and Wales for one year, keyed by day number, with their names. */
export function bankHolidayMap(year: number): ReadonlyMap<number, string> {
  const cached = cache.get(year);
  if (cached) return cached;
  const map = new Map<number, string>();
  for (const h of ruleHolidays(year)) map.set(h.day, h.name);
  const change = ONE_OFF_CHANGES[year];
  if (change) {
    for (const iso of change.remove) map.delete(isoToDay(iso));
    for (const { date, name } of change.add) map.set(isoToDay(date), name);
  }
  const sorted = new Map([...map.entries()].sort((a, b) => a[0] - b[0]));
  cache.set(year, sorted);
  return sorted;
}

function isoToDay(iso: string): number {
  return fromParts(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}
