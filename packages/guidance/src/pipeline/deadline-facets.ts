// What a worked-out deadline turned on, beyond its time limit: the Christmas or August move, a
// month with no such day, the later of two dates, a weekend that does or does not move the day,
// the event the count starts from. `@sen/rules` knows which of these applied to this family's
// dates (its steps and warnings say so); the service's pages usually say each of them in a
// sentence of their own ("If the last day falls between 25 December and 1 January …"). Quoting
// that sentence under the date answers what the family is really unsure of, in the service's
// words, where quoting the time limit alone repeats what they already know.
import {
  addCalendarMonths,
  isWorkingDay,
  type CalendarOverrides,
  type DeadlineResult,
} from '@sen/rules';
import {
  facetSearch,
  MISSED_WINDOW_SEARCH,
  type Calculation,
  type StatedSearch,
} from '../conversation/words';
import type { StateDate } from '../conversation/state';

export const DEADLINE_FACETS = [
  'window_missed',
  'letter_date',
  'month_end',
  'later_of_two',
  'christmas',
  'august',
  'next_working_day',
  'not_moved',
  'closed_contact',
  'meeting_ended',
  'declined',
  'cannot_arrange',
  'christmas_eve',
  'calendar_days',
  'health_only',
  'no_extension',
  'placement_only',
  'agreed_health',
  'agreed_placement',
  'agreed_plan',
  'agreed_new_plan',
  'agreed_assess',
] as const;
export type DeadlineFacet = (typeof DEADLINE_FACETS)[number];

export interface FacetInput {
  calc: Calculation;
  result: DeadlineResult;
  /** The dates the calculation used, in their roles. */
  used: readonly StateDate[];
  /** Every date the family gave (a day the letter arrived counts though the letter's date is used). */
  dates: readonly StateDate[];
  /** A certificate's count started when the mediation ended (not when the family declined). */
  ended?: boolean;
  /** …or when the council said it cannot hold the mediation within its 30 days (R12). */
  cannotArrange?: boolean;
  healthOnly?: boolean;
  placementOnly?: boolean;
  /** Today, for a last day to contact the adviser that has gone by (R3). */
  today?: string;
  /** What a mediation agreement was about (deadline.ts AgreedKind). */
  agreed?: string;
  /** The family says the service will be shut on a day that matters ("you're shut that day"). */
  closedNamed?: boolean;
  /** The last day to contact the adviser, when an appeal's reply says it (no certificate yet). */
  adviserDay?: string;
  /** The working calendar the dates were worked out with. */
  calendar?: CalendarOverrides;
}

/** The agreement's kind, as the facet naming the service's sentence for it. */
const AGREED: Record<string, DeadlineFacet> = {
  non_appealable: 'agreed_health',
  school_name_or_type_only: 'agreed_placement',
  amend_plan: 'agreed_plan',
  make_plan: 'agreed_new_plan',
  assess: 'agreed_assess',
};

const dayOf = (iso: string) => Number(iso.slice(8, 10));
const monthDay = (iso: string) => iso.slice(5);

/** A 24 December falls after `from` and on or before `to`. */
function spansChristmasEve(from: string, to: string): boolean {
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) {
    const eve = `${y}-12-24`;
    if (eve > from && eve <= to) return true;
  }
  return false;
}

/** The facets that applied to this calculation, the most telling first. */
export function facetsOf(input: FacetInput): DeadlineFacet[] {
  const { calc, result, used, dates } = input;
  const keys = new Set((result.stepTemplates ?? []).map((t) => t.key as string));
  const facets: DeadlineFacet[] = [];
  const start = used[0]?.date;
  // The adviser's 2 months are over: what the service says follows comes first.
  // So are they when the appeal's last day, counted from the letter alone, has gone by: no
  // certificate can come now, but the Tribunal can still be asked to allow the appeal (R3).
  const past = !!input.today && result.date < input.today;
  if (
    past &&
    (calc === 'adviser' || (calc === 'appeal' && !used.some((d) => d.role === 'certificate')))
  )
    facets.push('window_missed');
  if (calc === 'appeal' || calc === 'adviser') {
    if (input.placementOnly && calc === 'appeal') facets.push('placement_only');
    if (keys.has('r13.christmas')) facets.push('christmas');
    if (keys.has('r13.august')) facets.push('august');
    if (keys.has('r13.laterCounts') || keys.has('r13.laterCountsNotShorter'))
      facets.push('later_of_two');
    const letter = used.find((d) => d.role === 'decision' || d.role === 'unknown')?.date;
    // 30 December + 2 months: there is no 30 February, so the month's last day.
    if (letter && dayOf(addCalendarMonths(letter, 2)) < dayOf(letter)) facets.push('month_end');
    if (keys.has('r13.notWorkingDay')) facets.push('next_working_day');
    if (dates.some((d) => d.role === 'received')) facets.push('letter_date');
  }
  const notWorkingDay = result.warnings.some((w) => w.code === 'not_working_day');
  // The last day to contact the adviser on a day the office is shut: what counts as contact then
  // (a voicemail, a text, an e-mail) is the service's own practice, which its pages say.
  if (calc === 'adviser' && (notWorkingDay || input.closedNamed)) facets.push('closed_contact');
  // An appeal's reply names the adviser's last day too ("… the last day to do that is Saturday
  // 12 December"): on a day the office is shut, what counts as contact then matters as much, and
  // comes before what moved the appeal's own day.
  const adviserShut =
    !!input.adviserDay && (!isWorkingDay(input.adviserDay, input.calendar) || !!input.closedNamed);
  if (calc === 'appeal' && adviserShut) facets.unshift('closed_contact');
  if (notWorkingDay) facets.push('not_moved');
  if (calc === 'certificate')
    facets.push(
      input.cannotArrange ? 'cannot_arrange' : input.ended ? 'meeting_ended' : 'declined',
    );
  if ((calc === 'certificate' || calc === 'notice') && start) {
    // Counted in working days across Christmas: Christmas Eve and the days between the holidays
    // are working days, which families often doubt.
    const [from, to] = start < result.date ? [start, result.date] : [result.date, start];
    if (spansChristmasEve(from, to)) facets.push('christmas_eve');
  }
  if (calc === 'arrange' && input.healthOnly) facets.push('health_only');
  const agreedFacet = calc === 'agreement' && input.agreed ? AGREED[input.agreed] : undefined;
  if (agreedFacet) facets.push(agreedFacet);
  if (calc === 'arrange' || calc === 'agreement') facets.push('calendar_days');
  if (calc === 'discrimination') {
    const md = monthDay(result.date);
    if (md.startsWith('08') || md >= '12-18' || md <= '01-08') facets.push('no_extension');
  }
  return facets;
}

/**
 * Each facet's search (data/conversation.json deadlineFacets; a missed window's is the one the
 * chat uses when a family says so, missedWindowSearch): every facet must have one.
 */
export function searchOf(facet: DeadlineFacet): StatedSearch {
  const found = facet === 'window_missed' ? MISSED_WINDOW_SEARCH : facetSearch(facet);
  if (!found) throw new Error(`conversation.json: deadlineFacets has no "${facet}"`);
  return found;
}
for (const f of DEADLINE_FACETS) searchOf(f);
