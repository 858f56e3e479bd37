// Finds the dates a family writes ("3rd March", "03/03/2025", "15 Jan", "yesterday", "last
// Tuesday", "six weeks ago") and what each one is (the decision letter, the certificate, the
// mediation), from the words around it.

import { addCalendarDays, addCalendarMonths } from '@sen/rules';
import { z } from 'zod';
import data from '../../data/dates.json';
import { phrases, type PhraseMatcher } from '../conversation/phrases';

/**
 * What a date is: the decision letter's date, the day it arrived, the certificate's date, the day
 * the family contacted the mediation adviser, the mediation meeting, the day the council was told
 * they want mediation, or what a disability discrimination claim is about.
 */
export type DateRole =
  | 'decision'
  | 'received'
  | 'certificate'
  | 'adviser'
  | 'mediation'
  | 'told'
  | 'act'
  /** A last day the family already has ("my deadline lands on 12 August"). */
  | 'last_day'
  | 'unknown';

export interface FoundDate {
  /** ISO date. */
  date: string;
  /** The words as written. */
  text: string;
  index: number;
  role: DateRole;
  /** True when the year was not written and was inferred from today. */
  yearInferred: boolean;
  /**
   * Worked out from today: 'exact' for "yesterday", "last Tuesday", "3 days ago"; 'about' for
   * "six weeks ago", "last month", where the family's own count is only roughly the date.
   */
  relative?: 'exact' | 'about';
}

export const DatesFile = z.object({
  $comment: z.string().optional(),
  months: z.record(
    z.enum(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12']),
    z.array(z.string().min(3)),
  ),
  ordinals: z.record(z.string().min(2), z.number().int().min(1).max(31)),
  between: z.array(z.string().min(1)),
  /** Words for today and yesterday ("this morning", "last night", "wczoraj"): said exactly. */
  days: z.object({
    today: z.array(z.string().min(2)),
    yesterday: z.array(z.string().min(2)),
    tomorrow: z.array(z.string().min(2)),
  }),
  /** Days named instead of dated ("Christmas Eve"), by month-day. */
  named: z.record(z.string().regex(/^\d{2}-\d{2}$/), z.array(z.string().min(3))),
  /** Names that are a date only after a weekday ("the Wednesday before Christmas"). */
  namedWithWeekday: z.record(z.string().regex(/^\d{2}-\d{2}$/), z.array(z.string().min(3))),
  roles: z.object({
    certificate: z.array(z.string().min(2)),
    adviser: z.array(z.string().min(2)),
    mediation: z.array(z.string().min(2)),
    decision: z.array(z.string().min(2)),
    told: z.array(z.string().min(2)),
    received: z.array(z.string().min(2)),
    act: z.array(z.string().min(2)),
    last_day: z.array(z.string().min(2)),
  }),
  /** Words that say a bare weekday is past or to come ("told us on Monday", "is Thursday"). */
  weekdayTense: z.object({
    past: z.array(z.string().min(2)),
    future: z.array(z.string().min(2)),
  }),
  /** Words that put a letter named by its month still to come ("due in January"). */
  letterToCome: z.array(z.string().min(2)),
});
const words = DatesFile.parse(data);

const MONTHS = new Map<string, number>(
  Object.entries(words.months).flatMap(([n, names]) => names.map((m) => [m, Number(n)] as const)),
);
const ORDINALS = new Map(Object.entries(words.ordinals));
const alternatives = (list: Iterable<string>) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[ -]/g, '[ -]'))
    .join('|');
// Letters of any language, so "września" and "eylül" end where they should.
const B = String.raw`(?<![\p{L}\p{N}])`;
const E = String.raw`(?![\p{L}\p{N}])`;
const MONTH = `(${alternatives(MONTHS.keys())})\\.?`;
const DAY = `(\\d{1,2}|${alternatives(ORDINALS.keys())})(?:st|nd|rd|th|\\.|º|°)?`;
const YEAR = "(?:,?\\s*(\\d{4}|'\\d{2}))?";
const BETWEEN = `(?:(?:${alternatives(words.between)})\\s+)?`;

const PATTERNS: {
  re: RegExp;
  parts: (m: RegExpExecArray) => [string | undefined, string | undefined, string | undefined];
}[] = [
  // 2025-03-03
  { re: /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g, parts: (m) => [m[3], m[2], m[1]] },
  // 3 March 2025, 3rd of March, 15 Jan, the fourteenth of October, 30 de septiembre, 30 września
  {
    re: new RegExp(`${B}${DAY}\\s*${BETWEEN}${MONTH}${YEAR}${E}`, 'giu'),
    parts: (m) => [m[1], m[2], m[3]],
  },
  // March 3rd, 2025; October the 14th
  {
    re: new RegExp(`${B}${MONTH}\\s+(?:the\\s+)?${DAY}${YEAR}${E}`, 'giu'),
    parts: (m) => [m[2], m[1], m[3]],
  },
  // 2026年12月9日, 12月9号, 12월 9일 (Chinese, Japanese, Korean: year, month, day)
  {
    re: /(?:(\d{4})\s*[年년]\s*)?(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号號일]/gu,
    parts: (m) => [m[3], m[2], m[1]],
  },
  // 03/03/2025, 3.3.25, 3-3-2025, 3/3 (UK order: day first)
  { re: /\b(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}|\d{2}))?\b/g, parts: (m) => [m[1], m[2], m[3]] },
];

const ROLE_WORDS: [DateRole, PhraseMatcher][] = (
  [
    'certificate',
    'adviser',
    'mediation',
    'decision',
    'told',
    'received',
    'act',
    'last_day',
  ] as const
).map((role) => [role, phrases(words.roles[role])]);

const WEEKDAYS_RE = 'sunday|monday|tuesday|wednesday|thursday|friday|saturday';
const TODAY = phrases(words.days.today);
const NAMED = [
  ...Object.entries(words.named).map(([monthDay, names]) => ({ monthDay, names, weekday: '?' })),
  ...Object.entries(words.namedWithWeekday).map(([monthDay, names]) => ({
    monthDay,
    names,
    weekday: '',
  })),
].map(({ monthDay, names, weekday }) => ({
  monthDay,
  re: new RegExp(
    `${B}(?:(${WEEKDAYS_RE})\\s+(before|after)\\s+)${weekday}(?:the\\s+)?(${alternatives(names)})${E}`,
    'giu',
  ),
}));
const YESTERDAY = phrases(words.days.yesterday);
const TOMORROW = phrases(words.days.tomorrow);

export function findDates(message: string, today: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  const overlaps = (a: number, b: number) => taken.some(([s, e]) => a < e && b > s);
  for (const { re, parts } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(message)) !== null) {
      if (overlaps(m.index, m.index + m[0].length)) continue;
      const [d, mo, y] = parts(m);
      const iso = toIso(d, mo, y, today);
      if (!iso) continue;
      taken.push([m.index, m.index + m[0].length]);
      found.push({
        date: iso.date,
        text: m[0].replace(/\.$/, ''),
        index: m.index,
        role: 'unknown',
        yearInferred: iso.inferred,
      });
    }
  }
  // Days said alone ("the 15th"), to be read against a date with its month said before them.
  const dayOnly = new Map<FoundDate, { day: number; ahead: boolean }>();
  for (const { day, ahead, ...r } of dayOnlyDates(message, today)) {
    if (overlaps(r.index, r.index + r.text.length)) continue;
    taken.push([r.index, r.index + r.text.length]);
    const f: FoundDate = { ...r, role: 'unknown', yearInferred: false };
    dayOnly.set(f, { day, ahead });
    found.push(f);
  }
  for (const r of relativeDates(message, today)) {
    if (overlaps(r.index, r.index + r.text.length)) continue;
    taken.push([r.index, r.index + r.text.length]);
    found.push({ ...r, role: 'unknown', yearInferred: false });
  }
  for (const r of namedDays(message, today)) {
    if (overlaps(r.index, r.index + r.text.length)) continue;
    taken.push([r.index, r.index + r.text.length]);
    found.push({ ...r, role: 'unknown', yearInferred: true });
  }
  found.sort((a, b) => a.index - b.index);
  const roleWords = found.map((f) => roleOf(message, f));
  found.forEach((f, i) => {
    const { role, at } = roleWords[i]!;
    // "the mediation next Wednesday, they let me know yesterday": "the mediation" says what the
    // nearer date is; the other is left for its own words, or unknown.
    const nearer = roleWords.some(
      (r, k) =>
        k !== i &&
        at !== undefined &&
        r.at === at &&
        r.role === role &&
        Math.abs(found[k]!.index - at) < Math.abs(f.index - at),
    );
    f.role = nearer ? 'unknown' : role;
  });
  // "if the last day falls on boxing day or new year's eve": dates listed as alternatives, with
  // nothing but "or" (or a comma) between them, are the same kind of date.
  found.forEach((f, i) => {
    const before = found[i - 1];
    if (f.role !== 'unknown' || !before || before.role === 'unknown') return;
    const between = message.slice(before.index + before.text.length, f.index);
    if (/^\s*(?:,|or|,\s*or|\/)\s*(?:like\s+|even\s+|maybe\s+)?$/i.test(between))
      f.role = before.role;
  });
  for (const f of found) {
    // A letter's date or the day it came is in the past: "dated 3 March", written in December
    // without a year, is last March, not the nearer March to come.
    // Unless the family says it is still to come: "the letter will be dated 30th December".
    if (f.yearInferred && PAST_ROLES.has(f.role) && f.date > today && !saidAhead(message, f))
      f.date = yearsOn(f.date, -1) ?? f.date;
    // A last day the family is asking about is still to come: "my deadline lands on 12 August",
    // written in December, is next August.
    if (f.yearInferred && f.role === 'last_day' && f.date < today)
      f.date = yearsOn(f.date, 1) ?? f.date;
    // "If I then get the certificate on Friday 9 July": the weekday says which year, when the
    // year inferred disagrees with it and the next or the last agrees (and the role allows it:
    // a letter's date stays in the past, a last day ahead).
    if (f.yearInferred) f.date = agreeingWithWeekday(message, f, today) ?? f.date;
  }
  // "dated 2nd May but we only got it on the 15th": a day said alone after a date with its month
  // is the first such day on or after that date (15 May), not this month's, when that day has
  // come. (After the years are settled: "2nd May" written in December is last May.)
  for (const [f, { day, ahead }] of dayOnly) {
    const anchor = ahead
      ? undefined
      : found.filter((d) => d.index < f.index && !dayOnly.has(d) && !d.relative).pop();
    const anchored = anchor && onOrAfter(anchor.date, day);
    if (anchored && anchored <= today) f.date = anchored;
  }
  return found;
}

/** The date a year on or back whose weekday is the one written just before it, if any. */
function agreeingWithWeekday(message: string, f: FoundDate, today: string): string | undefined {
  const m = WEEKDAY_BEFORE.exec(message.slice(Math.max(0, f.index - 14), f.index));
  if (!m) return undefined;
  const named = WEEKDAYS.indexOf(m[1]!.toLowerCase());
  const weekday = (d: string) => new Date(`${d}T00:00:00Z`).getUTCDay();
  if (weekday(f.date) === named) return undefined;
  const allowed = (d: string) =>
    PAST_ROLES.has(f.role) ? d <= today : f.role === 'last_day' ? d >= today : true;
  return [yearsOn(f.date, 1), yearsOn(f.date, -1)].find(
    (d): d is string => !!d && weekday(d) === named && allowed(d),
  );
}

/**
 * The letter is still to be written: "the letter will be dated 30th December", "it's going to be
 * sent on the 4th" (not "they won't amend the plan, dated 3 March", whose "won't" is the decision).
 */
function saidAhead(message: string, date: FoundDate): boolean {
  return /(?:\bwill|\w'll|\bgoing to|\bgonna|\bshall)\s+(?:\w+\s+)?be\s+(?:dated|sent|issued|written|posted|out)\b[^.;!?,]*$/i.test(
    message.slice(0, date.index),
  );
}

/** The same day `years` years on (or back), unless there is none (29 February). */
function yearsOn(date: string, years: number): string | undefined {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return valid(y + years, m, d) ? iso(y + years, m, d) : undefined;
}

/** Roles of events that have happened by the time a family writes about them. */
const PAST_ROLES = new Set<DateRole>(['decision', 'received']);

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A weekday written just before a date: "Friday 9 July", "Friday, the 9th of July". */
const WEEKDAY_BEFORE = new RegExp(`\\b(${WEEKDAYS.join('|')}),?\\s+(?:the\\s+)?$`, 'i');

/** Days from today to the next `weekday` (0 when today is one); undefined for a bad date. */
function daysAhead(today: string, weekday: string): number | undefined {
  const now = new Date(`${today}T00:00:00Z`).getUTCDay();
  if (Number.isNaN(now)) return undefined;
  return (WEEKDAYS.indexOf(weekday.toLowerCase()) - now + 7) % 7;
}

/** The shift back to the latest such weekday before today, from `daysAhead` (a week on its day). */
const daysBack = (ahead: number) => (ahead === 0 ? -7 : ahead - 7);

const tenseWords = (list: string[]) =>
  list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]?")).join('|');
/** A weekday after a word of tense, up to three words between ("told us on Monday"). */
const BARE_WEEKDAY = new RegExp(
  `\\b((?:${tenseWords(words.weekdayTense.past)}|${tenseWords(words.weekdayTense.future)}))\\s+(?:(?!(?:last|this|next|coming|past|${WEEKDAYS.join('|')})\\b)[\\w'’]+\\s+){0,3}?(?:on\\s+)?(?:the\\s+)?(${WEEKDAYS.join('|')})\\b(?!\\s+(?:to|-|–|of|last|next|the\\b|\\d)|\\s+(?:and|or)\\s+(?:on\\s+)?(?:${WEEKDAYS.join('|')}))`,
  'gi',
);
const PAST_TENSE = new RegExp(`^(?:${tenseWords(words.weekdayTense.past)})$`, 'i');
const COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  'a couple of': 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const COUNT = `(\\d{1,3}|a couple of|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/**
 * Dates said from today: "today", "yesterday", "last Tuesday" (the latest one before today;
 * not "on Tuesday", which may be next Tuesday), "3 days ago" (exact); "six weeks ago", "a month ago", "last week", "last month"
 * (about: the family's own reckoning, so the answer says to check the date on the letter).
 */
function relativeDates(
  message: string,
  today: string,
): { date: string; text: string; index: number; relative: 'exact' | 'about' }[] {
  const out: { date: string; text: string; index: number; relative: 'exact' | 'about' }[] = [];
  const add = (
    m: { 0: string; index?: number },
    date: string | undefined,
    relative: 'exact' | 'about',
  ) => {
    if (date && date <= today) out.push({ date, text: m[0], index: m.index!, relative });
  };
  const addAhead = (m: { 0: string; index?: number }, date: string | undefined) => {
    if (date) out.push({ date, text: m[0], index: m.index!, relative: 'exact' });
  };
  for (const m of TODAY.find(message)) add({ ...m, 0: m.text }, today, 'exact');
  for (const m of YESTERDAY.find(message)) add({ ...m, 0: m.text }, shift(today, -1), 'exact');
  // "The mediation is tomorrow", "they're telling the health board tomorrow".
  for (const m of TOMORROW.find(message)) addAhead({ ...m, 0: m.text }, shift(today, 1));
  const weekday = new RegExp(`\\b(?:last|this past)\\s+(${WEEKDAYS.join('|')})\\b`, 'gi');
  for (const m of message.matchAll(weekday)) {
    const days = daysAhead(today, m[1]!);
    if (days !== undefined) add(m, shift(today, daysBack(days)), 'exact');
  }
  // "this Thursday", "next Wednesday", "this coming Monday": the next one (today for "this"
  // on that day). "Next Wednesday" may mean the week after to some; the answer says which
  // date it took, as for "last Tuesday".
  const ahead = new RegExp(
    `\\b(this|next|this coming|coming)\\s+(${WEEKDAYS.join('|')})\\b(?!\\s+(?:of\\s+)?(?:last|next)\\s+week)`,
    'gi',
  );
  for (const m of message.matchAll(ahead)) {
    const days = daysAhead(today, m[2]!);
    if (days === undefined) continue;
    addAhead(m, shift(today, days === 0 && m[1]!.toLowerCase() !== 'this' ? 7 : days));
  }
  // "they told us on Monday" (the latest Monday before today), "the mediation is Thursday" (the
  // next one): by the word before it; a weekday with neither ("open Monday to Friday") is no date.
  for (const m of message.matchAll(BARE_WEEKDAY)) {
    const target = m[2]!;
    const days = daysAhead(today, target);
    if (days === undefined) continue;
    // The date is the weekday itself ("on Monday"), not the words of tense before it.
    const lower = m[0].toLowerCase();
    let at = lower.lastIndexOf(target.toLowerCase());
    if (lower.slice(0, at).endsWith('on ')) at -= 3;
    const weekday = { 0: m[0].slice(at), index: m.index! + at };
    if (PAST_TENSE.test(m[1]!)) add(weekday, shift(today, daysBack(days)), 'exact');
    else addAhead(weekday, shift(today, days === 0 ? 7 : days));
  }
  // "the Tuesday of last week", "Tuesday last week", "last week on Tuesday": that day of the
  // calendar week (Monday to Sunday) before this one.
  const lastWeek = new RegExp(
    `\\b(?:(?:the\\s+)?(${WEEKDAYS.join('|')})\\s+(?:of\\s+)?last\\s+week|last\\s+week\\s+on\\s+(?:the\\s+)?(${WEEKDAYS.join('|')}))\\b`,
    'gi',
  );
  for (const m of message.matchAll(lastWeek)) {
    const target = WEEKDAYS.indexOf((m[1] ?? m[2])!.toLowerCase());
    const now = new Date(`${today}T00:00:00Z`).getUTCDay();
    if (Number.isNaN(now)) continue;
    const mondayThisWeek = -((now + 6) % 7);
    add(m, shift(today, mondayThisWeek - 7 + ((target + 6) % 7)), 'exact');
  }
  const ago = new RegExp(`\\b${COUNT}\\s+(day|week|month)s?\\s+ago\\b`, 'gi');
  for (const m of message.matchAll(ago)) {
    const n = /^\d/.test(m[1]!) ? Number(m[1]) : COUNTS[m[1]!.toLowerCase()]!;
    const unit = m[2]!.toLowerCase();
    const date = unit === 'month' ? months(today, -n) : shift(today, unit === 'week' ? -7 * n : -n);
    add(m, date, unit === 'day' ? 'exact' : 'about');
  }
  // "the 3rd of last month", "25th of this month"
  for (const m of message.matchAll(
    /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+of\s+(last|this)\s+month\b/gi,
  )) {
    const month = m[2]!.toLowerCase() === 'last' ? months(today, -1) : today;
    if (!month) continue;
    const date = `${month.slice(0, 8)}${m[1]!.padStart(2, '0')}`;
    if (valid(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(m[1])))
      add(m, date, 'exact');
  }
  for (const m of message.matchAll(/\blast (week|month)\b(?<!of last month)/gi)) {
    add(m, m[1]!.toLowerCase() === 'week' ? shift(today, -7) : months(today, -1), 'about');
  }
  return out;
}

/**
 * "Christmas Eve", "the Wednesday before Christmas": in the year that puts the named day nearest
 * today, before or after it. Such a day may be ahead ("the call is booked for the Wednesday
 * before Christmas"), so it is said exactly and the answer says which date it took.
 */
function namedDays(message: string, today: string) {
  const out: { date: string; text: string; index: number; relative: 'exact' }[] = [];
  const year = Number(today.slice(0, 4));
  const t = Date.parse(`${today}T00:00:00Z`);
  if (Number.isNaN(t)) return out;
  for (const { monthDay, re } of NAMED) {
    for (const m of message.matchAll(re)) {
      const day = [year - 1, year, year + 1]
        .map((y) => `${y}-${monthDay}`)
        .reduce((a, b) =>
          Math.abs(Date.parse(`${a}T00:00:00Z`) - t) <= Math.abs(Date.parse(`${b}T00:00:00Z`) - t)
            ? a
            : b,
        );
      let date: string | undefined = day;
      if (m[1]) {
        const target = WEEKDAYS.indexOf(m[1].toLowerCase());
        const on = new Date(`${day}T00:00:00Z`).getUTCDay();
        const step =
          m[2]!.toLowerCase() === 'before'
            ? -(((on - target + 6) % 7) + 1)
            : ((target - on + 6) % 7) + 1;
        date = shiftFrom(day, step);
      }
      if (date) out.push({ date, text: m[0], index: m.index, relative: 'exact' });
    }
  }
  // "Christmas Eve" before "Christmas": the longer name is the one meant.
  return out.sort((a, b) => b.text.length - a.text.length);
}

/**
 * A date said by a day's name ("Christmas Eve", "Wigilia"), not by its number: when a message
 * gives such a day and a numbered date, both of unknown role, the named day is more often what
 * it asks about ("do Christmas Eve and the days after count?") than the day something happened.
 */
export function isNamedDay(text: string): boolean {
  return !/\d/.test(text) && NAMED.some(({ re }) => new RegExp(re.source, re.flags).test(text));
}

/** A word of the future right before a day said alone: "the mediation is on the 10th". */
const FUTURE_BEFORE = new RegExp(`\\b(?:${tenseWords(words.weekdayTense.future)})\\s+$`, 'i');

/**
 * "the 30th", "on Monday the 30th": a day of the month said alone, taken as the latest such day
 * up to today (the weekday, when given, must agree), or the next one from today after a word of
 * the future ("our mediation is on the 10th"). Said exactly, so the answer says which date it
 * took.
 */
function dayOnlyDates(message: string, today: string) {
  const out: {
    date: string;
    text: string;
    index: number;
    relative: 'exact';
    day: number;
    ahead: boolean;
  }[] = [];
  const re = new RegExp(
    `\\b(?:(${WEEKDAYS.join('|')})\\s+)?the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${alternatives(MONTHS.keys())}|last|this|next)\\b)`,
    'gi',
  );
  for (const m of message.matchAll(re)) {
    const day = Number(m[2]);
    if (day < 1 || day > 31) continue;
    const ahead = FUTURE_BEFORE.test(message.slice(Math.max(0, m.index - 40), m.index));
    for (let step = 0; step < 3; step++) {
      const month = months(today, ahead ? step : -step);
      if (!month) break;
      const y = Number(month.slice(0, 4));
      const mo = Number(month.slice(5, 7));
      if (!valid(y, mo, day)) continue;
      const date = iso(y, mo, day);
      if (ahead ? date < today : date > today) continue;
      const weekday = m[1] ? WEEKDAYS.indexOf(m[1].toLowerCase()) : -1;
      if (weekday >= 0 && new Date(`${date}T00:00:00Z`).getUTCDay() !== weekday) break;
      out.push({ date, text: m[0], index: m.index, relative: 'exact', day, ahead });
      break;
    }
  }
  return out;
}

/** "dated", "date on": the date printed on something. */
const DATED_WORDS = /\bdated\b|\bdate on\b/gi;

/** A last day's words, then what it is for: "last day to ring the", "deadline for getting hold of the". */
const LAST_DAY_FOR = /^[\p{L}' -]{0,20}?\b(?:to|for)\s+(?:[\p{L}']+\s+){0,4}$/iu;

/** The first day numbered `day` on or after `from` (within two months), as an ISO date. */
function onOrAfter(from: string, day: number): string | undefined {
  for (let step = 0; step < 3; step++) {
    const month = months(from, step);
    if (!month) return undefined;
    const y = Number(month.slice(0, 4));
    const mo = Number(month.slice(5, 7));
    if (valid(y, mo, day) && iso(y, mo, day) >= from) return iso(y, mo, day);
  }
  return undefined;
}

/** Nothing but space, or a word like "of" / "de", between a thing and what it is of. */
const NEXT_TO = new RegExp(`^\\s*${BETWEEN}$`, 'i');
/** A linking word between them ("certificado de mediación"), not only space ("certificate mediation"). */
const OF_BETWEEN = new RegExp(`^\\s+(?:${alternatives(words.between)})\\s+$`, 'i');

/**
 * What a date is: the role word closest to it within its clause (words before the date count
 * more), and where that word is (two dates cannot both take their role from one word: the nearer
 * one does).
 */
function roleOf(message: string, date: FoundDate): { role: DateRole; at?: number } {
  // An aside in brackets before the date, with no number in it ("my certificate (from the
  // adviser) is dated …", "the mediation (finally!) was on …"), is read through: the clause
  // it interrupts goes on after it.
  const before = message
    .slice(0, date.index)
    .replace(/\([^()\d]*\)/g, (aside) => ' '.repeat(aside.length));
  const clauseStart = Math.max(
    0,
    ...[...before.matchAll(/[.;!?]\s|[()]|\b(and|but|while|whereas)\b/gi)].map(
      (m) => m.index! + m[0].length,
    ),
  );
  const dateEnd = date.index + date.text.length;
  const after = message.slice(dateEnd);
  // A bracket ends the clause too: "dated 21 October (came the 28th)" are two clauses.
  const stop = after.search(/[.;:!?](\s|$)|[,()]|\b(and|but)\b/i);
  let clauseEnd = dateEnd + (stop < 0 ? after.length : stop);
  // A date set before its clause ("On Tuesday 22 December, I'll tell the adviser …", "Tomorrow
  // (Friday 4 December) I'll tell the adviser …", "Le mardi 22 décembre, je vais dire au
  // conseiller …") is cut from it only by a comma or a bracket: when nothing but the date and
  // its little words ("on", "le", "tomorrow") stand before that, the clause goes on past it.
  const fronted = /^[\s\p{L},]{0,14}$/u.test(message.slice(clauseStart, date.index));
  if (fronted && stop >= 0 && /^[\s,()]/.test(after.slice(stop))) {
    const rest = after.slice(stop).replace(/^[\s,()]+/, '');
    const skipped = after.length - stop - rest.length;
    const next = rest.search(/[.;:!?](\s|$)|[()]|\b(and|but)\b/i);
    clauseEnd = dateEnd + stop + skipped + (next < 0 ? rest.length : next);
  }
  const nearest = new Map<DateRole, number>();
  const wordAt = new Map<DateRole, number>();
  // "the mediation certificate", "el certificado de mediación", "the mediation adviser", "asesor
  // de mediación": a word naming what a certificate or an adviser is of describes that thing,
  // not an event of its own.
  const spansOf = (r: DateRole) =>
    ROLE_WORDS.filter(([role]) => role === r).flatMap(([, words]) =>
      words.find(message).map((m) => ({ start: m.index, end: m.index + m.text.length })),
    );
  const qualified = { certificate: spansOf('certificate'), adviser: spansOf('adviser') };
  const datedBefore = /\bdated\s*(?:on\s+)?(?:the\s+)?$/i.test(
    message.slice(clauseStart, date.index),
  );
  // Any other word beside a certificate names it; only a mediation's names an adviser.
  const beside = (spans: { start: number; end: number }[], start: number, end: number) =>
    spans.some(
      (t) =>
        (t.start >= end && NEXT_TO.test(message.slice(end, t.start))) ||
        (t.end <= start && OF_BETWEEN.test(message.slice(t.end, start))),
    );
  const describes = (role: DateRole, start: number, end: number) =>
    (role !== 'certificate' && beside(qualified.certificate, start, end)) ||
    (role === 'mediation' && beside(qualified.adviser, start, end));
  for (const [role, words] of ROLE_WORDS) {
    for (const m of words.find(message)) {
      const start = m.index;
      const end = m.index + m.text.length;
      if (start < clauseStart || end > clauseEnd) continue;
      if (describes(role, start, end)) continue;
      // "The letter … was dated 1/10 and the certificate 13/11": "dated" looks back to what
      // was dated, so the words after the date are another thing's.
      if (datedBefore && start >= date.index) continue;
      // "a certificate from the adviser", "a letter from the council": who made it is not what
      // the date is.
      if (
        /\b(from|by)\s+(the\s+|my\s+|our\s+|a\s+)?(\w+\s+)?$/i.test(
          message.slice(Math.max(0, start - 30), start),
        )
      )
        continue;
      const distance =
        end <= date.index ? date.index - end : (start - (date.index + date.text.length)) * 1.5;
      if (distance >= 0 && distance < (nearest.get(role) ?? Infinity)) {
        nearest.set(role, distance);
        wordAt.set(role, start);
      }
    }
  }
  // "That was on the 25th": the sentence before says what "that" was, by its first event.
  if (!nearest.size && clauseStart > 0) {
    const clause = message.slice(clauseStart, date.index);
    if (/^\s*(that|this|it|which)\b/i.test(clause)) {
      const before = message.slice(0, clauseStart).replace(/[.;!?]\s*$/, '');
      const previous = before.slice(Math.max(0, before.search(/[^.;!?]*$/)));
      let first: { role: DateRole; index: number } | undefined;
      for (const [role, words] of ROLE_WORDS) {
        const hit = words.find(previous)[0];
        if (hit && role !== 'received' && (!first || hit.index < first.index))
          first = { role, index: hit.index };
      }
      if (first) return { role: first.role };
    }
  }
  // A date written as "dated 1 July" is printed on a letter, never a last day.
  if (/\bdated\s*$|\bdate on\b[^.;!?]*$/i.test(message.slice(clauseStart, date.index)))
    nearest.delete('last_day');
  let best: DateRole = 'unknown';
  for (const [role, distance] of nearest) {
    if (role !== 'received' && distance < (nearest.get(best) ?? Infinity)) best = role;
  }
  // "my last day to ring the adviser is 24 December": the adviser named after the last day says
  // what it is the last day for; the date is the last day, not the day the adviser was reached.
  const lastAt = wordAt.get('last_day');
  const bestAt = wordAt.get(best);
  if (
    best === 'adviser' &&
    lastAt !== undefined &&
    bestAt !== undefined &&
    lastAt < bestAt &&
    bestAt < date.index &&
    LAST_DAY_FOR.test(message.slice(lastAt, bestAt))
  )
    best = 'last_day';
  // "The letter came on 10 March" is the day it arrived; "dated 5 March" is its date. A
  // certificate or a mediation that "came" keeps its own role.
  const clause = message.slice(clauseStart, clauseEnd);
  // "Dated" in the clause says the date is printed on something, unless the word for its coming
  // stands between it and the date: "letter dated 30 October, got it on the 3rd".
  const datedAt = [...message.slice(clauseStart, date.index).matchAll(DATED_WORDS)]
    .map((m) => clauseStart + m.index)
    .pop();
  const receivedAt = wordAt.get('received');
  const cameAfterDated =
    datedAt !== undefined &&
    receivedAt !== undefined &&
    receivedAt > datedAt &&
    receivedAt < date.index;
  const dated = clause.search(DATED_WORDS) >= 0 && !cameAfterDated;
  if (nearest.has('received') && (best === 'decision' || best === 'unknown') && !dated)
    return { role: 'received', ...(receivedAt !== undefined ? { at: receivedAt } : {}) };
  // "Dated" says it is the date printed on something: the certificate or letter the clause
  // names, or, when it names none, the decision letter (what families most often quote).
  if (best === 'unknown' && dated) return { role: 'decision' };
  return { role: best, ...(wordAt.has(best) ? { at: wordAt.get(best)! } : {}) };
}

function toIso(
  d?: string,
  mo?: string,
  y?: string,
  today?: string,
): { date: string; inferred: boolean } | undefined {
  const day = /^\d+$/.test(d ?? '')
    ? Number(d)
    : ORDINALS.get((d ?? '').toLowerCase().replace(/[\s-]+/, d?.includes('-') ? '-' : ' '));
  const month =
    mo && /^\d+$/.test(mo) ? Number(mo) : MONTHS.get((mo ?? '').toLowerCase().replace('.', ''));
  if (!day || !month || month < 1 || month > 12) return undefined;
  let year: number;
  let inferred = false;
  if (y) {
    const digits = y.replace("'", '');
    year = digits.length === 2 ? 2000 + Number(digits) : Number(digits);
  } else {
    // No year: take the one that puts the date nearest today.
    const t = Date.parse(`${today}T00:00:00Z`);
    const thisYear = Number((today ?? '').slice(0, 4));
    const candidates = [thisYear - 1, thisYear, thisYear + 1].filter((yy) => valid(yy, month, day));
    if (!candidates.length || Number.isNaN(t)) return undefined;
    year = candidates.reduce((a, b) =>
      Math.abs(ms(a, month, day) - t) <= Math.abs(ms(b, month, day) - t) ? a : b,
    );
    inferred = true;
  }
  if (year < 1990 || year > 2199 || !valid(year, month, day)) return undefined;
  return { date: iso(year, month, day), inferred };
}

const ms = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const valid = (y: number, m: number, d: number) =>
  d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

function months(today: string, n: number): string | undefined {
  try {
    return addCalendarMonths(today, n);
  } catch {
    return undefined;
  }
}

function shiftFrom(date: string, days: number): string | undefined {
  return shift(date, days);
}

function shift(today: string, days: number): string | undefined {
  try {
    return addCalendarDays(today, days);
  } catch {
    return undefined; // a malformed "today" from the caller: no relative dates
  }
}

// "The letter was dated back in September", "we got the final plan in january": a decision's
// month with no day. Short English month names ("mar", "may") are left out: they are words too.
const LETTER_MONTH = new RegExp(
  `\\b(?:letter|dated|decision|plan)\\b[^.?!]{0,40}?${B}(?:in|back in|from|of|dated|since)\\s+${MONTH}${E}(?!\\s*\\d)`,
  'iu',
);

const LETTER_TO_COME = phrases(words.letterToCome);

/**
 * The last day of the month a decision letter is said to be from, when the message gives its
 * month but no day (the month's latest date this side of today); undefined otherwise. The
 * latest day is the one to reason from: a time limit gone by from it is gone whatever the day.
 */
export function letterMonthEnd(message: string, today: string): string | undefined {
  // A malformed "today" from the caller: no month to place (as relativeDates reads none).
  if (!/^\d{4}-(?:0[1-9]|1[0-2])-\d{2}$/.test(today)) return undefined;
  const m = LETTER_MONTH.exec(message);
  // A letter still to come ("the decision is due in January", "will be sent in March").
  if (!m || LETTER_TO_COME.test(m[0])) return undefined;
  const name = m[1]?.toLowerCase();
  const month = name && name.length > 3 ? MONTHS.get(name) : undefined;
  if (!month) return undefined;
  const [y, mo] = today.split('-').map(Number) as [number, number];
  const year = month <= mo ? y : y - 1;
  const last = new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
  return last <= today ? last : undefined;
}
