// One turn of a conversation: what the family has said before (the state) and this message give
// either a reply the chat can give from the law (a deadline, a route, a question back with
// quick replies) or the question to look up in the guidance, read with the turn before it.
import { addCalendarMonths, QUESTIONS, type CalendarOverrides, type Question } from '@sen/rules';
import { letterMonthEnd } from '../pipeline/dates';
import { asksHowLongItLasts } from '../pipeline/answer-type';
import {
  aboutServicePractice,
  ADVISER_DAY_NOT_MOVED,
  answerDeadline,
  MISSED_ADVISER_WINDOW,
  NOT_ARRANGED_IN_TIME,
  roleFromReply,
  talkItThrough,
} from '../pipeline/deadline';
import type { GuidanceIndex } from '../search/guidance-index';
import { askingPart } from '../text/asking-part';
import { surelyOneOf } from '../pipeline/topics';
import type { Citation } from '../types';
import { routeOption, routeReply } from './route-reply';
import { onlyAboutPlacement, situations } from './situations';
import { findStateDates, withDates, type ConversationState, type StateDate } from './state';
import {
  calculationOf,
  DEADLINE_SEARCH,
  MISSED_WINDOW_SEARCH,
  NOT_ROUTE_TOPICS,
  NOT_ARRANGED_SEARCH,
  talk,
  type Calculation,
} from './words';
import { concernPassage, facetPassages, statedPassage } from './guidance-support';
import type { Composed } from '../pipeline/composed';
import { searchOf } from '../pipeline/deadline-facets';

export interface DialogueContext {
  index: GuidanceIndex;
  today: string;
  calendar?: CalendarOverrides;
  phone: string;
  iassText: string;
  /**
   * The message is in another language, read with the English words the glossary found in it:
   * its clauses cannot be told apart as an English message's can.
   */
  otherLanguage?: boolean;
}

export interface DialogueReply {
  kind: 'deadline' | 'route';
  text: string;
  citations: Citation[];
  answered: boolean;
  quickReplies?: string[];
  /** A time limit said in general (no date given); see DeadlineReply.general. */
  general?: boolean;
}

export type DialogueOutcome =
  | { reply: DialogueReply; state: ConversationState }
  /** Look it up in the guidance: `query` is the message, with the turn before it for a follow-up. */
  | {
      reply?: undefined;
      query: string;
      state: ConversationState;
      offerDate?: boolean;
      /** "What are my options?" with no story yet: if the guidance has no answer, ask the route. */
      routeInstead?: { reply: DialogueReply; state: ConversationState };
    };

export function converse(
  message: string,
  previous: ConversationState,
  ctx: DialogueContext,
): DialogueOutcome {
  const pending = previous.pending;
  const state: ConversationState = { ...previous, dates: [...previous.dates] };
  delete state.pending;
  readFacts(message, state);
  const situation = situations.read(message);
  if (situation) {
    // A new story replaces the route answers of an earlier one.
    if (situation.id !== state.situation) state.route = { ...situation.route };
    else state.route = { ...situation.route, ...state.route };
    state.situation = situation.id;
  }

  const deadline = (known: Parameters<typeof answerDeadline>[4], text = message) => {
    const r = answerDeadline(
      text,
      ctx.today,
      ctx.calendar,
      ctx.phone,
      known,
      (calc) => statedLimit(calc, ctx.index, text),
      (stated) =>
        concernPassage(
          text,
          ctx.index,
          stated,
          ctx.otherLanguage ? {} : { answered: aboutDeadline },
        ),
      (calc, facets, stated) => facetPassages(calc, facets, stated, ctx.index, text),
    );
    if (!r) return undefined;
    state.dates = r.dates ?? state.dates;
    state.topic = { text: message, ...(r.calc ? { calc: r.calc } : {}) };
    if (r.pending) state.pending = r.pending;
    return {
      reply: {
        kind: 'deadline' as const,
        text: r.text,
        citations: r.citations,
        answered: r.answered,
        ...(r.quickReplies ? { quickReplies: r.quickReplies } : {}),
        ...(r.general ? { general: true } : {}),
      },
      state,
    };
  };
  const known = () => ({
    dates: state.dates,
    ...(state.topic?.calc ? { calc: state.topic.calc } : {}),
    ...(state.placementOnly ? { placementOnly: true } : {}),
    ...(state.healthOnly ? { healthOnly: true } : {}),
  });
  // `fallback`: the route kept in case the guidance has no answer for the message; then
  // retrieval has already found nothing for it, so no other concern is looked up.
  const route = (on: ConversationState = state, fallback = false) => {
    const r = routeReply(
      on,
      on.situation ? situations.byId(on.situation) : undefined,
      ctx,
      message,
    );
    on.topic = { text: message, route: true };
    if (r.pending) on.pending = r.pending;
    // What else the family asked, in the service's words, under a route said in full.
    const also =
      r.answered && !fallback
        ? concernPassage(message, ctx.index, r.citations, { ofTime: false })
        : undefined;
    return {
      reply: {
        kind: 'route' as const,
        text: also ? `${r.text}\n\nOur guidance also says: ${also.body}` : r.text,
        citations: [...r.citations, ...(also?.citations ?? [])],
        answered: r.answered,
        ...(r.quickReplies ? { quickReplies: r.quickReplies } : {}),
      },
      state: on,
    };
  };

  // 1. The answer to what we asked last.
  if (pending?.kind === 'route') {
    const value = routeOption(pending.question, message);
    if (value) {
      const q = (QUESTIONS as Record<string, Question>)[pending.question]!;
      state.route = { ...state.route, [pending.question]: q.multiple ? [value] : value };
      return route();
    }
  }
  if (pending?.kind === 'date_role') {
    const role = roleFromReply(message);
    if (role) {
      const date: StateDate = { role, date: pending.date, text: pending.text };
      state.dates = withDates(
        state.dates.filter((d) => !(d.date === pending.date && d.role === 'unknown')),
        [date],
      );
      const calc = previous.topic?.calc;
      const r = deadline({
        ...known(),
        dates: state.dates,
        ...(calc ? { calc } : {}),
        again: true,
      });
      if (r) return r;
    }
  }

  // 2. A correction of a date ("no, the letter was the 13th"): the day in the month we had.
  const corrected = correction(message, state.dates, ctx.today);
  if (corrected) {
    state.dates = withDates(state.dates, [corrected]);
    const r = deadline({
      ...known(),
      dates: state.dates,
      calc: previous.topic?.calc ?? 'appeal',
      again: true,
    });
    if (r) return r;
  }

  // 3. Deadlines, with the dates of earlier turns.
  const knownNow = known();
  // "When must it take place by?" after "we told the council on 1 December we want mediation":
  // the calculation is read from this message with the one before it.
  const withBefore =
    !calculationOf(message) && previous.topic
      ? calculationOf(`${previous.topic.text} ${message}`)
      : undefined;
  if (withBefore) knownNow.calc = withBefore;
  if (pending?.kind === 'date') knownNow.calc = pending.calc;
  const dated = deadline(knownNow);
  if (dated) return dated;
  // A rule said without a date, with an offer to work out the day (RULES_WITHOUT_A_DATE).
  for (const [ruleReplyTo, calc] of RULES_WITHOUT_A_DATE) {
    const reply = ruleReplyTo(message, ctx);
    if (!reply) continue;
    state.topic = { text: message, calc };
    state.pending = { kind: 'date', calc };
    return { reply, state };
  }
  // Dates told without a question ("our mediation is booked for the 15th") are kept for later.
  state.dates = withDates(state.dates, findStateDates(message, ctx.today));

  // 4. Which route fits, from a story (this message's, or the one told before).
  // Asked in the clause that asks: "the letter says I need to talk to an adviser first. How
  // long have I got?" asks for a date, not which route.
  // With a story the law knows, asking whether one of the routes' steps comes first ("do I have
  // to go through the mediation adviser first?", "can I go straight to the tribunal?") is asking
  // which route fits too.
  const askingClause = askingPart(message, undefined);
  const asksRoute =
    talk.has('route_ask', askingClause) ||
    (!!situation &&
      talk.has('route_instrument', askingClause) &&
      talk.has('route_sequence', askingClause));
  const asks = message.includes('?') || talk.has('question', message);
  const followUp = isFollowUp(message);
  // "The council want to stop his plan. Is there a fee?": a question the model surely places on
  // a topic no route answers is that question, whatever the story (the route stays the fallback).
  const elsewhere = asks && asksOtherThanRoute(message);
  if (
    situation &&
    !elsewhere &&
    (situation.always || asksRoute || !asks || followUp || previous.topic?.route)
  )
    return route();
  // A story with a question of its own ("… the letter says I need a certificate. Do I really
  // have to go into London to get it?"): the question is answered from the guidance, and the
  // route only when the guidance has nothing for it.
  let routeInstead: { reply: DialogueReply; state: ConversationState } | undefined;
  if (situation) routeInstead = route(structuredClone(state), true);
  if (asksRoute && state.situation && !situation && !elsewhere) return route();
  // Someone 25 or older asking what we can do: the flow says who can help instead.
  const ageNow = ageOf(message);
  if (ageNow !== undefined && ageNow >= 25 && (asksRoute || asks)) return route();

  // 5. A question for the guidance; a follow-up is read with the turn before it.
  const query =
    followUp && previous.topic && !previous.topic.calc
      ? `${previous.topic.text} ${message}`
      : message;
  state.topic = { text: message };
  // "How long do I have to appeal?" is answered from the guidance, then the chat offers to work
  // out the date itself.
  // "How long is the mediation?" asks how long it lasts, which the pages answer.
  // Not a "how long" about the service's own practice ("who do I complain to and how long till
  // I hear back?"): no date of the law answers that.
  const calc =
    talk.has('asks_when', message) &&
    !asksHowLongItLasts(message) &&
    !aboutServicePractice(message, ctx.today)
      ? (calculationOf(message) ?? withBefore)
      : undefined;
  if (calc) {
    state.topic.calc = calc;
    state.pending = { kind: 'date', calc };
  }
  // Not for a family already on its way to mediation ("if that happens at mediation what do I
  // do?", "our mediation is booked for the 10th"): the question is about that, not a route.
  if (asksRoute && !state.situation && !talk.has('in_mediation', message))
    routeInstead = route(structuredClone(state), true);
  return {
    query,
    state,
    ...(calc ? { offerDate: true } : {}),
    ...(routeInstead ? { routeInstead } : {}),
  };
}

/**
 * A family saying the time to contact the adviser has gone by, about the certificate or an
 * appeal (not a disability discrimination claim, which needs no certificate).
 */
function missedWindow(message: string, ctx: DialogueContext): DialogueReply | undefined {
  // The decision letter's date ("dated 2nd September"), or the last day of its month ("dated
  // back in September"): 2 months from it have gone by.
  const letters = findStateDates(message, ctx.today)
    .filter((d) => d.role === 'decision')
    .map((d) => d.date);
  const monthEnd = letterMonthEnd(message, ctx.today);
  const goneBy = (d: string | undefined) => !!d && addCalendarMonths(d, 2) < ctx.today;
  const monthGone = goneBy(monthEnd);
  const says = talk.has('missed_window', message);
  if (!(monthGone || says) || talk.has('discrimination', message)) return undefined;
  // The family says the adviser was reached (the certificate came, mediation was asked for):
  // "is it too late" then asks about something later (changing their mind, the appeal), not
  // the 2 months to contact the adviser.
  if (talk.has('adviser_reached', message)) return undefined;
  // The letter's date says the 2 months have not gone by ("dated 6th October … can I ring on the
  // Monday after the 2 months are up?"): the day worked out from it answers, not the rule for
  // a missed window.
  if (letters.length && !letters.some(goneBy) && !monthGone) return undefined;
  // The family saying the time has gone, and their letter's date showing it ("dated 2nd
  // September, that's 3 months ago, is that it now?"), needs no word of the adviser or appeal.
  // (A full date is read as past when the year is left out: only with the family's own word
  // that the time has gone is it taken as showing it.)
  const shown = says && (monthGone || goneBy(letters.sort().at(-1)));
  const named = ['adviser', 'certificate', 'appeal', 'contact_verb'].some((c) =>
    talk.has(c, message),
  );
  if (!named && !shown) return undefined;
  // The service's own words for what happens then, or else for the 2 months themselves.
  const stated =
    statedPassage(MISSED_WINDOW_SEARCH, ctx.index, message) ??
    statedLimit('adviser', ctx.index, message);
  return ruleReply(
    MISSED_ADVISER_WINDOW,
    'If you tell me the date on the decision letter, I can check the dates for you.',
    ctx,
    stated,
  );
}

/**
 * A family saying the council has not arranged the mediation, or cannot (R12): the certificate
 * follows, so the appeal is not held up. Not when the mediation is only about health care,
 * which the health body arranges and R12 does not cover.
 */
function notArranged(message: string, ctx: DialogueContext): DialogueReply | undefined {
  if (!talk.has('not_arranged', message) || !talk.has('mediation', message)) return undefined;
  if (talk.has('health_only', message)) return undefined;
  const stated = statedPassage(NOT_ARRANGED_SEARCH, ctx.index, message);
  return ruleReply(
    NOT_ARRANGED_IN_TIME,
    'If you tell me the day the council was told you want mediation, I can work out the 30 days for you.',
    ctx,
    stated,
  );
}

/**
 * A family saying its last day to contact the adviser falls while the service is shut, with no
 * date to work it out from (a date is answered by the deadline itself, with the same sentence
 * under it): the day is not moved (R2), and what counts as contact on a day the office is shut
 * (a voicemail, an e-mail, a form) is the service's own practice, which its pages say.
 */
function closedOnLastDay(message: string, ctx: DialogueContext): DialogueReply | undefined {
  if (!talk.has('service_closed', message)) return undefined;
  // The family speaks of its own last day ("my 2 months", "my deadline to ring the adviser"),
  // not of another time limit the adviser keeps ("does Christmas Eve count for my certificate?").
  const calc = calculationOf(message);
  const lastDay =
    talk.has('two_month_limit', message) ||
    (talk.has('names_deadline', message) &&
      (calc === 'adviser' || (!calc && talk.has('adviser', message))));
  if (!lastDay || findStateDates(message, ctx.today).length) return undefined;
  const stated = statedPassage(searchOf('closed_contact'), ctx.index, message);
  return ruleReply(
    ADVISER_DAY_NOT_MOVED,
    'If you tell me the date on the decision letter, I can work out your last day.',
    ctx,
    stated,
  );
}

/**
 * What the law says when a family tells us how things stand but gives no date, each with the
 * deadline the offer that follows would work out: "I missed the 2 months for the adviser, can I
 * still get a certificate?" (R3); "they still can't find a date for the mediation, what happens
 * now?" (R12, the 30 days); "my 2 months run out over Christmas and you're shut, am I stuffed?"
 * (R2 is not moved, and what counts as contact while the service is shut).
 */
const RULES_WITHOUT_A_DATE: readonly [
  (message: string, ctx: DialogueContext) => DialogueReply | undefined,
  Calculation,
][] = [
  [missedWindow, 'adviser'],
  [notArranged, 'arrange'],
  [closedOnLastDay, 'adviser'],
];

/** A rule said without a date: the rule, the date that would check it, a number, the service's words. */
function ruleReply(
  rule: string,
  offer: string,
  ctx: DialogueContext,
  stated: Composed | undefined,
): DialogueReply {
  return {
    kind: 'deadline',
    text: [
      rule,
      offer,
      talkItThrough(ctx.phone),
      ...(stated ? [`Our guidance says: ${stated.body}`] : []),
    ].join('\n\n'),
    citations: stated?.citations ?? [],
    answered: true,
  };
}

/** A clause a deadline reply answers: one asking when, or naming the time limit or its passing. */
const aboutDeadline = (clause: string) =>
  talk.has('asks_when', clause) ||
  talk.has('names_deadline', clause) ||
  talk.has('missed_window', clause);

/** How sure the question model must be of a topic no route answers. */
const OTHER_TOPIC_SURE = 0.5;

const asksOtherThanRoute = (message: string) =>
  surelyOneOf(message, NOT_ROUTE_TOPICS, OTHER_TOPIC_SURE);

/** Facts a message states about the family, kept for later turns. */
function readFacts(message: string, state: ConversationState) {
  if (talk.has('placement_only', message) || onlyAboutPlacement(message))
    state.placementOnly = true;
  if (talk.has('health_only', message)) state.healthOnly = true;
  const age = ageOf(message);
  if (age !== undefined) state.age = age;
}

// "he's 17", "my daughter is 23", "my son turned 25", "I am 19", "aged 24", "23 years old", "at 23".
const AGE =
  /\b(?:(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|they are|is now|now|aged|age|at|(?:son|daughter|child|grandson|granddaughter|kid|boy|girl|lad|he|she|i|we|they)\s+(?:is|was|'s|turned|turns|just turned|will be))\s+(\d{1,2})\b(?!\s*(?:hours|hrs|days|weeks|months|%|st|nd|rd|th|\/|:|\.\d))|(\d{1,2})\s*(?:years? old|yrs? old|y\/o|yo)\b)/i;

// Past this age the person is a parent or grandparent writing about themselves ("my dad does it
// all by fax, he's 78"), not the young person whose plan it is.
const OLDEST_YOUNG_ADULT = 35;

export function ageOf(message: string): number | undefined {
  const m = AGE.exec(message);
  const n = m ? Number(m[1] ?? m[2]) : NaN;
  return n >= 0 && n <= OLDEST_YOUNG_ADULT ? n : undefined;
}

/** "And what if …", "what about …", "is that free?": read with the turn before it. */
function isFollowUp(message: string): boolean {
  const text = message.replace(/^[^\p{L}\p{N}]+/u, '');
  if (talk.find('follow_up_start', text)[0]?.index === 0) return true;
  return text.split(/\s+/).filter(Boolean).length <= 6 && talk.has('pointing_back', text);
}

// A day on its own ("the 13th", "13th not 3rd") corrects the latest date we hold.
const DAY_ONLY = /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b/i;
const DAY_ONLY_TEXT = /^\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s*$/i;
function correction(message: string, dates: StateDate[], today: string): StateDate | undefined {
  const last = dates[dates.length - 1];
  if (!last || !talk.has('correction', message)) return undefined;
  // "No sorry, the letter was the 12th of November": a date with its role is read as any date
  // is (it replaces the date of that role), not as a new day for the last date we were given.
  const here = findStateDates(message, today);
  if (here.some((d) => d.role !== 'unknown' && !DAY_ONLY_TEXT.test(d.text))) return undefined;
  // "It wasn't the 1st, it was Monday the 23rd of November": the last full date said is the
  // right one, for the date we had.
  const said = here[here.length - 1];
  if (said && !DAY_ONLY_TEXT.test(said.text))
    return said.date <= today ? { role: last.role, date: said.date, text: said.text } : undefined;
  const m = DAY_ONLY.exec(message);
  if (!m) return undefined;
  const day = Number(m[1]);
  const date = `${last.date.slice(0, 8)}${String(day).padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  const valid = !Number.isNaN(parsed.getTime()) && parsed.getUTCDate() === day;
  if (!valid || date > today) return undefined;
  return { role: last.role, date, text: m[0] };
}

/**
 * The service's own sentence stating a deadline's time limit ("contact us within two months of
 * the date on the decision letter"), quoted under the date worked out: only when it names the
 * same period as the rule, so a near miss of retrieval is never shown as the source.
 */
function statedLimit(calc: Calculation, index: GuidanceIndex, message: string) {
  const wanted = DEADLINE_SEARCH[calc];
  return wanted ? statedPassage(wanted, index, message) : undefined;
}
