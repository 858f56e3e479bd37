// Deadline questions answered by @sen/rules from the dates a family gives, each date in its role
// (the decision letter, the day it arrived, the certificate, the call to the adviser, the
// mediation, the day the council was told). A date whose role is unclear is used only in a
// sentence that says so ("If 3 March is the date on the decision letter, …"), with quick replies
// to say what it is: a premise the family did not state is never stated as fact.
import {
  addCalendarMonths,
  adviserContactDeadline,
  agreementDeadlines,
  appealDeadline,
  adviserLastDayStays,
  appealLastDayMoves,
  calendarDaysBetween,
  certificateDueDate,
  certificateWindow,
  type AgreementDeadline,
  type CalendarOverrides,
  type DeadlineResult,
  disabilityClaimDeadline,
  formatDate,
  mediationArrangeBy,
  mediationNoticeBy,
  SOURCES,
  type SourceId,
} from '@sen/rules';
import type { Citation } from '../types';
import { findDates, isNamedDay, type DateRole } from './dates';
import { asksOpeningHoursOnly } from './contact';
import { onlyAboutPlacement, situations } from '../conversation/situations';
import { asksHowLongItLasts } from './answer-type';
import { subQuestions } from './questions';
import { askingPart } from '../text/asking-part';
import { splitSentences } from '../text/sentences';
import {
  calculationsOf,
  DATE_ROLE_LABELS,
  namedOnlyInPassing,
  PRACTICAL_TOPICS,
  talk,
  type Calculation,
} from '../conversation/words';
import { surelyOneOf } from './topics';
import { facetsOf, type DeadlineFacet } from './deadline-facets';
import {
  findStateDates,
  withDates,
  type ConversationState,
  type StateDate,
} from '../conversation/state';

export type { Calculation };

export interface DeadlineReply {
  text: string;
  citations: Citation[];
  answered: boolean;
  /** The calculation answered or asked about: a follow-up continues it. */
  calc?: Calculation;
  /** Every date the answer knows, in its role (kept with the conversation). */
  dates?: StateDate[];
  /** The time limit said in general, no date given: retrieval may have the service's own words. */
  general?: boolean;
  /** When the answer needs something from the family: the choices to offer and what was asked. */
  quickReplies?: string[];
  pending?: ConversationState['pending'];
}

/** What earlier messages of the conversation told us. */
export interface KnownFacts {
  dates: StateDate[];
  /** The calculation the conversation is about (a follow-up such as "the letter was dated 3 March"). */
  calc?: Calculation;
  placementOnly?: boolean;
  healthOnly?: boolean;
  /** Work the calculation out again from the known dates (after a correction), reading no new ones. */
  again?: boolean;
}

/** R12 in plain words: mediation the council cannot arrange within 30 days. */
export const NOT_ARRANGED_IN_TIME =
  'If the council cannot arrange the mediation within the 30 days, it must tell the mediation adviser, who must then issue a mediation certificate within 3 working days. You count as having taken part in mediation, so you can go on to appeal.';

/** R6 and R7 when the disagreement is only about health care. */
const HEALTH_ONLY_ARRANGED =
  'When the disagreement is only about health care, the integrated care board (the NHS body for your area) arranges the mediation, and the 30 days count from when it is told.';

/** R14 and R1 for a disability discrimination claim. */
const DISCRIMINATION_LIMIT =
  'A disability discrimination claim must be made within 6 months of what happened, and the Christmas and August extensions do not apply to it.';
const NO_CERTIFICATE_FOR_CLAIM =
  'A disability discrimination claim does not need a mediation certificate.';

/** R3, for a family past the 2 months from the decision letter without having called an adviser. */
export const MISSED_ADVISER_WINDOW =
  'If a mediation adviser was not contacted within 2 months of the date on the decision letter, the adviser cannot issue a mediation certificate. You can still ask the SEND Tribunal for permission to appeal without one. An appeal only about the school or college named does not need a certificate.';

/** R2 said without a date, to a family whose last day falls while an office is shut. */
export const ADVISER_DAY_NOT_MOVED =
  'Your last day to contact a mediation adviser is 2 months after the date on the decision letter. It is not moved when it falls on a weekend, a bank holiday or a day an office is closed, so contact the adviser on or before that day, in a way that counts on the day.';

export const talkItThrough = (phone: string) =>
  `Please call us on ${phone} or your local information, advice and support service (IASS) to talk about what you can still do.`;

const LABEL_ROLES = Object.entries(DATE_ROLE_LABELS) as [
  Exclude<DateRole, 'act' | 'last_day' | 'unknown'>,
  string,
][];

/**
 * The day the council said it cannot hold the mediation in time, when the sentence that says so
 * gives one ("the council rang on Monday to say they can't fit the mediation in"): a date read
 * there as the mediation's or as the council being told is that day, unless the sentence is
 * about asking for mediation ("we asked for mediation on 2 November and they still can't find a
 * date"); a letter's or a certificate's date is not.
 */
function cannotArrangeDay(message: string, today: string): StateDate | undefined {
  const sentence = message.split(/(?<=[.!?;])\s+/).find((s) => talk.has('la_cannot_arrange', s));
  if (!sentence || talk.has('asked_for_mediation', sentence)) return undefined;
  const found = findDates(sentence, today).filter((d) =>
    ['unknown', 'mediation', 'told'].includes(d.role),
  );
  const day = found[found.length - 1];
  return day && { ...day, role: 'unknown' };
}

/** R12, said when the family has not said when the council told them it cannot hold the mediation. */
const CANNOT_ARRANGE =
  'If the council cannot hold the mediation within its 30 days, it must tell the mediation adviser, who must then issue a mediation certificate within 3 working days. You count as having taken part in mediation, so you can go on to appeal.';

/**
 * A message about the law's time limits names one of its steps, whose dates the law counts from,
 * or a time limit itself (data/conversation.json concepts).
 */
const ABOUT_TIME_LIMITS = [
  'appeal',
  'adviser',
  'certificate',
  'mediation',
  'notice',
  'discrimination',
  'names_deadline',
];

const ROLE_NAMES: Partial<Record<DateRole, string>> = {
  decision: 'the date on the decision letter',
  received: 'the day the letter arrived',
  certificate: 'the date on the mediation certificate',
  adviser: 'the day you contacted the mediation adviser',
  mediation: 'the day of the mediation',
  told: 'the day the council was told you want mediation',
};

// The law each time limit said in general rests on.
const LIMIT_SOURCES: Record<Calculation, SourceId[]> = {
  appeal: ['tribunal-r20', 'regs-33'],
  adviser: ['regs-33', 'regs-34'],
  certificate: ['regs-34', 'regs-39'],
  arrange: ['regs-35', 'regs-39'],
  notice: ['regs-37'],
  discrimination: ['equality-act-sch17'],
  agreement: ['regs-42', 'regs-44'],
};

// R15-R16 in words: which limit applies depends on what was agreed.
const AGREED_TRIBUNAL_LIMITS =
  'The council must do what was agreed within the time limits that would apply if the SEND Tribunal had ordered it: for example 5 weeks to amend sections B or F of the plan, 2 weeks to change only the school or college named, and for a new plan a draft within 5 weeks and the final plan within 11 weeks.';
const AGREED_HEALTH =
  'Anything agreed about health or social care (which cannot be appealed) must be done within 2 weeks of the agreement.';
const AGREED_IN_WRITING = 'A different timescale can be agreed in writing.';
type AgreedKind =
  'non_appealable' | 'school_name_or_type_only' | 'amend_plan' | 'make_plan' | 'assess';
const HEALTH_TELLS_COUNCIL =
  'When only the health body is involved, it must tell the council what was agreed within 1 week.';
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** The steps before an agreement's last, by their time limits: "Before that, the council sends you a draft plan within 5 weeks …". */
function stepsBefore(steps: readonly AgreementDeadline[], agreed: string): string {
  const before = steps
    .slice(0, -1)
    .map(
      (s) =>
        `${lowerFirst(s.label)} within ${calendarDaysBetween(agreed, s.date) / 7} weeks of the agreement`,
    );
  return `Before that, ${before.join('; ')}.`;
}

/** What a mediation agreement was about, from the family's words (R15-R16). */
function agreedKind(
  text: string,
  healthOnly = false,
  placementOnly = false,
): AgreedKind | undefined {
  if (healthOnly || talk.has('health_or_social', text)) return 'non_appealable';
  if (placementOnly || talk.has('school_named', text)) return 'school_name_or_type_only';
  if (talk.has('amend_bf', text)) return 'amend_plan';
  if (talk.has('agree_make_plan', text)) return 'make_plan';
  if (talk.has('agree_assess', text)) return 'assess';
  return undefined;
}
const AGREED_FIRST: Record<AgreedKind, string> = {
  non_appealable: AGREED_HEALTH,
  school_name_or_type_only:
    'If what was agreed is only a change to the school or college named in the plan (or its type), the council has 2 weeks from the agreement to make it.',
  amend_plan:
    'If what was agreed changes sections B or F of the plan (the needs or the support), the council has 5 weeks from the agreement to send you the amended plan.',
  make_plan:
    'If the council agreed to make an EHC plan, it must send you a draft plan within 5 weeks of the agreement and the final plan within 11 weeks.',
  assess:
    'If the council agreed to carry out an EHC needs assessment, it must tell you within 2 weeks that it will assess, then within 10 weeks if it will not make a plan, or send you the final plan within 14 weeks.',
};
const AGREED_BY: Record<Exclude<AgreedKind, 'make_plan' | 'assess'>, string> = {
  non_appealable: 'what was agreed about health or social care must be done',
  school_name_or_type_only: 'the council must change the school or college named in the plan',
  amend_plan: 'the council must send you the amended plan',
};
/**
 * The time limits after a mediation agreement: the one for what the story says was agreed, or
 * all of them when it does not say. Only that one when it does: the others' periods ("2 weeks",
 * "14 weeks") read as the answer to a family who asked about another kind of agreement.
 */
function agreedLimits(kind: AgreedKind | undefined): string {
  if (kind) return `${AGREED_FIRST[kind]} ${AGREED_IN_WRITING}`;
  return `${AGREED_TRIBUNAL_LIMITS} ${AGREED_HEALTH} ${AGREED_IN_WRITING}`;
}

/**
 * The clause that asks wants a time limit ("how long have I got", "what's the deadline"), and
 * the message asks one question: with no date given, the law's time limit answers it.
 */
function asksForLimit(message: string): boolean {
  return (
    talk.has('asks_limit', askingPart(message, undefined)) &&
    !asksHowLongItLasts(message) &&
    subQuestions(message).length < 2
  );
}

/**
 * The certificate or the adviser named, when the family's facts leave only the appeal to work
 * out: an appeal only about the school needs no certificate (R1), so "do I need a certificate
 * for that, and what's the deadline?" with the letter's date asks the appeal's; and with the
 * certificate's date given, the adviser was reached and the certificate came ("my certificate is
 * dated 29 October, the letter 9 October: have I missed it?").
 */
function appealLeft(
  chosen: Calculation | undefined,
  dates: readonly StateDate[],
  placementOnly: boolean,
): boolean {
  const has = (role: DateRole) => dates.some((d) => d.role === role);
  return (
    (placementOnly && chosen === 'certificate' && has('decision')) ||
    ((chosen === 'adviser' || chosen === 'certificate') && has('certificate'))
  );
}

/** Dates that say the adviser was reached, or may have been: a certificate's count starts there. */
const CONTACT_ROLES = new Set<DateRole>(['adviser', 'mediation', 'told', 'unknown', 'certificate']);

/**
 * "When do I get the certificate?" with only the decision letter's date, whose 2 months to
 * contact an adviser are over: no contact is dated, and a contact now would be too late (R3), so
 * the adviser's window answers, with what can still be done, not a request for the call's date.
 */
function adviserWindowLeft(
  chosen: Calculation | undefined,
  dates: readonly StateDate[],
  today: string,
  calendar: CalendarOverrides | undefined,
): boolean {
  if (chosen !== 'certificate') return false;
  if (dates.some((d) => CONTACT_ROLES.has(d.role))) return false;
  const letter = [...dates].reverse().find((d) => d.role === 'decision');
  if (!letter) return false;
  const window = adviserContactDeadline({
    decisionDate: letter.date,
    today,
    ...(calendar ? { calendar } : {}),
  });
  return window.date < today;
}

/**
 * A sentence says the disagreement or the agreement is only about health care, in words apart:
 * "the only thing we're arguing about is the physio in section G", "the only thing agreed was
 * the health bit" (and names no part of the plan that is not health).
 */
function onlyHealth(message: string): boolean {
  return splitSentences(message).some(
    ({ text }) =>
      talk.has('only', text) && talk.has('health_part', text) && !talk.has('not_health', text),
  );
}

/**
 * Answers "when is the last day to …" from `@sen/rules`. Returns undefined when the message is
 * not such a question (nor a date for the one the conversation is on), so retrieval can answer.
 */
export function answerDeadline(
  message: string,
  today: string,
  calendar: CalendarOverrides | undefined,
  phone: string,
  known: KnownFacts = { dates: [] },
  /** The service's own sentence stating a deadline's time limit, quoted under the date. */
  statedLimit?: (calc: Calculation) => { body: string; citations: Citation[] } | undefined,
  /**
   * The service's passage for what else the family asked about the time limit ("it came late in
   * the post", "over Christmas"), other than the stated limit's: quoted under it.
   */
  concern?: (stated: Citation[]) => { body: string; citations: Citation[] } | undefined,
  /**
   * The service's sentences for what the worked-out date turned on (deadline-facets.ts), and the
   * sentence stating the limit for this family's case when it should replace `stated`.
   */
  facetsSaid?: (
    calc: Calculation,
    facets: DeadlineFacet[],
    stated: { body: string; citations: Citation[] } | undefined,
  ) => {
    stated?: { body: string; citations: Citation[] };
    facets: { body: string; citations: Citation[] }[];
  },
): DeadlineReply | undefined {
  // "How long do you keep my notes?", "how long have I got to claim my bus fares back?": the
  // service's own practice, for retrieval; a follow-up on a deadline already under way is not.
  if (!known.again && !known.calc && aboutServicePractice(message, today)) return undefined;
  const here = known.again ? [] : findStateDates(message, today);
  const named = calculationsOf(message);
  // "It came on the 9th, so I reckon I can ring up to 9 December, yes?": a last day the family
  // puts forward and asks about is a question about the deadline, though no word asks when.
  const checksLastDay =
    here.some((d) => d.role === 'last_day') &&
    (message.includes('?') ||
      talk.has('asks_if_true', message) ||
      /(?:^|[^\p{L}])(?:yes|yeah|right)[^\p{L}\p{N}]*$/iu.test(message));
  const asks = (talk.has('asks_when', message) || checksLastDay) && !asksHowLongItLasts(message);
  if (!known.again) {
    if (!here.length && !(asks && (known.calc || (named.length && known.dates.length)))) {
      // "How long have I got to appeal?" with no date yet: the time limit from the law, then an
      // offer to work the date out (askFor below), when the clause that asks wants a time limit
      // ("can I still appeal afterwards?" does not) and asks nothing else.
      if (!named.length || !asksForLimit(message)) return undefined;
    }
    if (here.length && !asks && !known.calc) return undefined;
  }

  const dates = withDates(known.dates, here);
  // Several deadlines named and the question not saying which: the one the dates given complete.
  // A date of something that happened ("excluded yesterday") starts a disability discrimination
  // claim's 6 months only when the story is about discrimination: an exclusion review, a
  // complaint or anything else has time limits these rules do not hold.
  const discrimination =
    known.calc === 'discrimination' ||
    named.includes('discrimination') ||
    situations.read(message)?.id === 'discrimination';
  // The last date whose role gives a calculation: "dated 5th October … today's Thursday 3rd
  // December, how long have I got?" counts from the letter, not from the day it is asked.
  const byDates =
    fromRoles(dates, today, discrimination) ??
    (talk.has('missed_window', message)
      ? undefined
      : fromRoles(
          dates.filter((d) => d.role !== 'unknown'),
          today,
          discrimination,
        ));
  const chosen =
    (byDates && (named.includes(byDates) || eventBeatsPassing(byDates, message))
      ? byDates
      : named[0]) ??
    known.calc ??
    byDates;
  // A discrimination story asking about the certificate, the appeal or the adviser: the claim
  // has its own time limit and needs no certificate (R1, R14), so that is what answers it.
  const placementOnly =
    known.placementOnly || talk.has('placement_only', message) || onlyAboutPlacement(message);
  // "The council say they can't fit the mediation in within the 30 days": the certificate is
  // due instead (R12), whether the family asks about the certificate or the mediation's date.
  const cannotArrange = talk.has('la_cannot_arrange', message) && !talk.has('declined', message);
  const picked =
    discrimination && (!chosen || ['certificate', 'appeal', 'adviser'].includes(chosen))
      ? 'discrimination'
      : appealLeft(chosen, dates, placementOnly)
        ? 'appeal'
        : adviserWindowLeft(chosen, dates, today, calendar)
          ? 'adviser'
          : chosen;
  const calc = cannotArrange && picked === 'arrange' ? 'certificate' : picked;
  if (!calc) {
    // "Dated 2nd September, that's 3 months ago, is that it now?": no date to work out; the family
    // says the time has gone by, which the missed-window reply answers (R3).
    if (!here.length || talk.has('missed_window', message)) return undefined;
    const date = here[here.length - 1]!;
    // Not a letter's, a certificate's or a meeting's date: nothing here to work out from it.
    if (date.role === 'act') return undefined;
    // A day in a message about something else ("rang you Friday and got the answerphone, how
    // long till someone rings back?", "complained last Monday"): the pages answer it; which
    // of the law's dates it is is asked only of a message about the law's steps.
    if (!ABOUT_TIME_LIMITS.some((c) => talk.has(c, message))) return undefined;
    return {
      text: `Which date is ${date.text}: the date on the decision letter, the day the letter arrived, the date on the mediation certificate, or something else? Let me know (choose below) and I can work out the deadline that goes with it. You can also call us on ${phone}.`,
      citations: [],
      answered: false,
      dates,
      quickReplies: LABEL_ROLES.map(([, label]) => label),
      pending: { kind: 'date_role', date: date.date, text: date.text },
    };
  }
  const healthOnly = known.healthOnly || talk.has('health_only', message) || onlyHealth(message);
  const options = { today, ...(calendar ? { calendar } : {}) };
  const lastWhere = (test: (d: StateDate) => boolean) => [...dates].reverse().find(test);
  // Of the dates whose role is unknown, a numbered one before a day said by its name.
  const latest = (...roles: DateRole[]) =>
    roles
      .map((r) =>
        r === 'unknown'
          ? (lastWhere((d) => d.role === r && !isNamedDay(d.text)) ??
            lastWhere((d) => d.role === r))
          : lastWhere((d) => d.role === r),
      )
      .find(Boolean);

  // The service's own sentences under the answer: the one stating the limit (or, for this
  // family's case, the facet's that states it), those for what the date turned on, and what else
  // the family asked, none repeating another.
  const guidanceSays = (facets: DeadlineFacet[]) => {
    const limit = statedLimit?.(calc);
    const said = facets.length ? facetsSaid?.(calc, facets, limit) : undefined;
    const stated = said?.stated ?? limit;
    const facetQuotes = said?.facets ?? [];
    const quoted = [...(stated?.citations ?? []), ...facetQuotes.flatMap((f) => f.citations)];
    const also = concern?.(quoted);
    return { stated, facetQuotes, also, citations: [...quoted, ...(also?.citations ?? [])] };
  };
  // A time limit said from the law (no date worked out) cites the law, as a worked-out date does.
  const lawCited = (why: string): Citation => ({
    title: LIMIT_SOURCES[calc].map((id) => SOURCES[id].cite).join('; '),
    quote: why,
  });

  // Asking for the date, the time limit is still said with the service's own sentence for it.
  const askFor = (role: DateRole, why: string): DeadlineReply => {
    // No date to work from, but the case is known: the certificate after declining mediation,
    // the mediation about health alone.
    // Or the appeal's last day asked about in a time of year that moves it ("if it lands in the
    // summer holidays do I lose it?"): what the service says about that move.
    const facets: DeadlineFacet[] =
      calc === 'certificate' && talk.has('declined', message)
        ? ['declined']
        : calc === 'arrange' && healthOnly
          ? ['health_only']
          : calc === 'appeal'
            ? [
                ...(talk.has('names_august', message) ? (['august'] as const) : []),
                ...(talk.has('names_christmas', message) ? (['christmas'] as const) : []),
              ]
            : [];
    const { stated, facetQuotes, also, citations } = guidanceSays(facets);
    const says = [stated, ...facetQuotes, also]
      .map((p, i) => (p ? `\n\nOur guidance ${i ? 'also says' : 'says'}: ${p.body}` : ''))
      .join('');
    // No date given at all: the time limit answers the question; the date is an offer.
    const general = !dates.length;
    return {
      ...(general ? { general } : {}),
      text: general
        ? `${why}${says}\n\nIf you tell me ${ROLE_NAMES[role]}, I can work out the exact date for you. You can also call us on ${phone}.`
        : `${why} What is ${ROLE_NAMES[role]}? You can also call us on ${phone}.${says}`,
      citations: [...citations, ...(general ? [lawCited(why)] : [])],
      answered: general,
      calc,
      dates,
      pending: { kind: 'date', calc },
    };
  };

  // The rule for the family's case, with the service's sentence for it, when no date of the
  // family's is the one it counts from.
  const ruleAlone = (why: string, facet: DeadlineFacet): DeadlineReply => {
    const { stated, facetQuotes, also, citations } = guidanceSays([facet]);
    const says = [stated, ...facetQuotes, also].filter((p) => !!p);
    return {
      text: [
        why,
        ...says.map((p, i) => `Our guidance ${i ? 'also says' : 'says'}: ${p.body}`),
        `You can also call us on ${phone}.`,
      ].join('\n\n'),
      citations: [...citations, lawCited(why)],
      answered: true,
      calc,
      dates,
    };
  };

  let result: DeadlineResult;
  let lead: string;
  // The answer already says what a last day now past means (the family acted after it, R3; or
  // the notice they were given, compared with it), so not "that date has passed".
  let pastSaid = false;
  const used: StateDate[] = [];
  // The adviser's last day said inside an appeal's reply (no certificate yet), while it is ahead.
  let adviserDay: string | undefined;
  const extra: string[] = [];
  // A date of unknown role used for this calculation: said as a condition, with quick replies.
  let condition: StateDate | undefined;
  // A certificate's 3 working days counted from the end of the meeting, not from declining.
  let ended = false;
  // What a mediation agreement was about (R15-R16), for the service's sentence on that case.
  let agreed: AgreedKind | undefined;
  const use = (d: StateDate, as: DateRole) => {
    used.push(d);
    if (d.role === 'unknown') condition = { ...d, role: as };
    return d.date;
  };
  try {
    switch (calc) {
      case 'appeal': {
        const letter = latest('decision') ?? latest('received') ?? latest('unknown');
        const certificate = latest('certificate');
        // "My deadline lands on 12 August, does the summer change it?": the moves of R13 from
        // the last day the family has.
        const lastDay = latest('last_day');
        if (!letter && !certificate && lastDay) {
          used.push(lastDay);
          result = appealLastDayMoves({ lastDay: lastDay.date, ...options });
          lead =
            result.date === lastDay.date
              ? `if ${formatDate(lastDay.date)} is your last day to appeal, it stays the last day: the Tribunal must receive the appeal by 5pm that day.`
              : `if ${formatDate(lastDay.date)} is your last day to appeal, the Tribunal accepts the appeal until 5pm on ${result.dateText}.`;
          break;
        }
        if (!letter) {
          const why = certificate
            ? `The appeal deadline is the later of 2 months after the date on the decision letter and 1 month after the date on the certificate (1 month after ${formatDate(certificate.date)} is ${formatDate(addCalendarMonths(certificate.date, 1))}).`
            : 'The appeal deadline is the later of two dates: 2 months after the date on the decision letter, and 1 month after the date on the mediation certificate.';
          return askFor('decision', why);
        }
        const decisionDate = use(letter, 'decision');
        if (certificate) used.push(certificate);
        result = appealDeadline({
          decisionDate,
          ...(certificate ? { certificateDate: certificate.date } : {}),
          ...(placementOnly ? { placementOnly } : {}),
          ...options,
        });
        lead = `the last day to register an appeal with the SEND Tribunal is ${result.dateText}${result.byFivePm ? ' (it must arrive by 5pm)' : ''}.`;
        if (placementOnly) {
          extra.push(
            'An appeal only about the school or college named does not need a mediation certificate, and a certificate does not give more time.',
          );
        } else if (!certificate) {
          const adviser = adviserContactDeadline({ decisionDate, ...options });
          // Both days gone (R3): what can still be done, after "that date has passed".
          if (adviser.date < today && result.date < today) {
            extra.push(
              `The last day to contact a mediation adviser was ${adviser.dateText}. ${MISSED_ADVISER_WINDOW}`,
            );
          } else {
            adviserDay = adviser.date;
            extra.push(
              `Before you can appeal, you must contact a mediation adviser (unless the appeal is only about the school or college named): the last day to do that is ${adviser.dateText}. If you then get a mediation certificate, the deadline becomes 1 month after the date on the certificate, if that is later.`,
            );
          }
        }
        break;
      }
      case 'adviser': {
        const letter = latest('decision') ?? latest('received') ?? latest('unknown');
        // "My 2 months to contact an adviser run out on 30 December and you're shut then": the
        // family's own last day stays (R2 is never moved, unlike an appeal's); what they can do
        // while the service is closed is the service's to say (the concern quoted under it).
        const lastDay = latest('last_day');
        if (!letter && lastDay) {
          used.push(lastDay);
          result = adviserLastDayStays({ lastDay: lastDay.date, ...options });
          lead = `if ${formatDate(lastDay.date)} is your last day to contact a mediation adviser, it stays your last day: this time limit keeps running while an office is closed, and it is not moved when it falls on a weekend, a bank holiday or a day an office is closed.`;
          break;
        }
        if (!letter)
          return askFor(
            'decision',
            'You have 2 months from the date on the decision letter to contact the mediation adviser.',
          );
        result = adviserContactDeadline({ decisionDate: use(letter, 'decision'), ...options });
        lead = `the last day to contact the mediation adviser is ${result.dateText}.`;
        // R3: past that day the adviser cannot issue a certificate; say what can still be done.
        if (result.date < today) {
          pastSaid = true;
          extra.push(`That day has passed. ${MISSED_ADVISER_WINDOW} ${talkItThrough(phone)}`);
        }
        break;
      }
      case 'certificate': {
        if (cannotArrange) {
          // The day the council said so (cannotArrangeDay), or a date given without saying what
          // it is: the adviser may have been told later, so it is said as a condition, never as
          // what happened. Without one (only the day they asked for mediation, say), the rule.
          const said = cannotArrangeDay(message, today) ?? latest('unknown');
          if (!said) return ruleAlone(CANNOT_ARRANGE, 'cannot_arrange');
          used.push(said);
          result = certificateDueDate({ from: said.date, reason: 'la_cannot_arrange', ...options });
          lead = `if the mediation adviser was told on ${formatDate(said.date)} that the council cannot hold the mediation within its 30 days, the mediation certificate should be issued by ${result.dateText}. You count as having taken part in mediation, so you can go on to appeal.`;
          break;
        }
        const from =
          latest('adviser') ?? latest('mediation') ?? latest('told') ?? latest('unknown');
        if (!from)
          return askFor(
            'adviser',
            'The adviser must issue the certificate within 3 working days of being told you do not want mediation, or of the mediation ending.',
          );
        ended = from.role === 'mediation' && !talk.has('declined', message);
        // R3: a call to the adviser after the 2 months from the decision letter gets no
        // certificate; said first, with what the family can still do.
        const letter = latest('decision');
        if (from.role === 'adviser' && letter) {
          const window = certificateWindow({
            decisionDate: letter.date,
            contactDate: from.date,
            ...options,
          });
          if (!window.canIssue) {
            used.push(letter, from);
            result = window;
            pastSaid = true;
            lead = `you contacted the mediation adviser on ${formatDate(from.date)}, after the last day to do so (${window.dateText}, 2 months after the date on the decision letter), so the adviser cannot issue a mediation certificate now. You can still ask the SEND Tribunal for permission to appeal without one.`;
            break;
          }
        }
        result = certificateDueDate({
          from: use(from, 'adviser'),
          reason: ended ? 'mediation_ended' : 'declined',
          ...options,
        });
        lead = `the mediation certificate should be issued by ${result.dateText}.`;
        break;
      }
      case 'arrange': {
        const from = latest('told') ?? latest('unknown') ?? latest('adviser');
        if (!from)
          return askFor(
            'told',
            'Mediation must take place within 30 days of the council being told you want it.',
          );
        result = mediationArrangeBy({ from: use(from, 'told'), healthOnly, ...options });
        lead = `the mediation must take place by ${result.dateText}.`;
        // R12: what happens when it cannot be arranged in time; R6: who arranges health alone.
        extra.push(healthOnly ? HEALTH_ONLY_ARRANGED : NOT_ARRANGED_IN_TIME);
        break;
      }
      case 'notice': {
        // Notice is of a meeting to come: "mediation next Wednesday, they let me know yesterday".
        const meeting =
          lastWhere((d) => d.role === 'mediation' && d.date >= today) ??
          latest('mediation', 'unknown');
        if (!meeting)
          return askFor(
            'mediation',
            'You must be told the date and place of the mediation at least 5 working days before it, unless you agree to less.',
          );
        result = mediationNoticeBy({ mediationDate: use(meeting, 'mediation'), ...options });
        lead = `you should be told the date and place of the mediation by ${result.dateText} at the latest, unless you agree to less notice.`;
        // "They only told us on Monday, is that enough notice?": the day they were told, if the
        // family gave one (a past date other than the meeting), against that last day.
        const toldOn = lastWhere(
          (d) => d !== meeting && d.date <= today && (d.role === 'told' || d.role === 'unknown'),
        );
        if (toldOn) {
          used.push(toldOn);
          pastSaid = true;
          extra.push(
            toldOn.date <= result.date
              ? `You were told on ${formatDate(toldOn.date)}, so that was enough notice.`
              : `You were told on ${formatDate(toldOn.date)}, which is less notice than that. You can agree to go ahead anyway, or ask for another date. ${talkItThrough(phone)}`,
          );
        }
        break;
      }
      case 'agreement': {
        // R15-R16: what was agreed at mediation, by when. Health and social care (which cannot
        // be appealed) have 2 weeks; the rest the time limits of a Tribunal order, which depend
        // on what was agreed, so those are said in words rather than guessed from the story.
        // The asking clause first: "they agreed section F, and if it's only the health bit, how
        // long?" asks about the health part.
        const asking = askingPart(message, undefined);
        const kind = agreedKind(asking, healthOnly, placementOnly) ?? agreedKind(message);
        agreed = kind;
        const day = latest('mediation') ?? latest('unknown');
        if (!day || !kind) return askFor('mediation', agreedLimits(kind));
        const steps = agreementDeadlines({
          agreementDate: use(day, 'mediation'),
          kind,
          ...options,
        });
        const last = steps[steps.length - 1]!;
        result = last;
        // "How long have they got to give us the final plan?": that date answers; the steps
        // before it are said by their time limits, so no other date reads as the one asked for.
        const askedFinal =
          steps.length > 1 && talk.has('final_plan', asking) && !talk.has('draft_plan', asking);
        const shown = askedFinal ? [last] : steps;
        const oneStep = steps.length > 1 ? undefined : AGREED_BY[kind as keyof typeof AGREED_BY];
        lead = `${shown
          .map((s) => `${oneStep ?? lowerFirst(s.label)} by ${s.dateText}`)
          .join('; ')}, unless a different timescale was agreed in writing.${
          askedFinal ? ` ${stepsBefore(steps, day.date)}` : ''
        }`;
        // R17: a health body tells the council what it agreed within a week.
        if (kind === 'non_appealable' && talk.has('health_part', message))
          extra.push(HEALTH_TELLS_COUNCIL);
        break;
      }
      case 'discrimination': {
        const act =
          latest('act') ?? latest('unknown') ?? latest('decision') ?? dates[dates.length - 1];
        if (!act) return askFor('act', `${DISCRIMINATION_LIMIT} ${NO_CERTIFICATE_FOR_CLAIM}`);
        result = disabilityClaimDeadline({ actDate: act.date, ...options });
        used.push(act);
        lead = `the last day to make a disability discrimination claim is ${result.dateText}.`;
        extra.push(NO_CERTIFICATE_FOR_CLAIM);
        break;
      }
    }
  } catch (error) {
    return {
      text: `I could not work that date out (${error instanceof Error ? error.message.replace(/\.$/, '') : 'unexpected input'}). Please check the dates, or call us on ${phone}.`,
      citations: [],
      answered: false,
      calc,
      dates,
    };
  }

  const first = condition
    ? `If ${condition.text} is ${ROLE_NAMES[condition.role]}, ${lead}`
    : lead.charAt(0).toUpperCase() + lead.slice(1);
  const assumed = used.flatMap((d) => {
    const arrived = d.role === 'received';
    if (d.relative === 'about') {
      return [
        `I took "${d.text}" to mean about ${formatDate(d.date)}${arrived ? ', when the letter arrived' : ''}. The time runs from the date printed on the letter${arrived ? ', which may be earlier' : ''}, so check it and ask me again with that date.`,
      ];
    }
    const fromToday = d.relative === 'exact' && !/^(today|yesterday)$/i.test(d.text);
    return [
      ...(d.yearInferred || fromToday ? [`I took "${d.text}" to mean ${formatDate(d.date)}.`] : []),
      ...(arrived
        ? [
            `I have used ${formatDate(d.date)}, when the letter arrived: the time runs from the date printed on the letter, which may be earlier, so check it.`,
          ]
        : []),
    ];
  });
  // "Can I still appeal?" asked after the day: say so first, and who can help now.
  if (pastSaid) {
    // Said above: the day has passed and what can still be done, or the notice was enough.
  } else if (result.date < today) extra.unshift(`That date has passed. ${talkItThrough(phone)}`);
  else {
    // "Have I missed it?" a few days before: say how near it is, in words.
    const days = calendarDaysBetween(today, result.date);
    const soon =
      days === 0
        ? 'That is today: there is still time, but only today.'
        : days === 1
          ? 'That is tomorrow: you have not missed it, but there is very little time.'
          : days <= 14
            ? `That is in ${days} days: you have not missed it yet.`
            : undefined;
    if (soon) extra.unshift(soon);
  }
  const facets = facetsOf({
    calc,
    result,
    used,
    dates,
    ended,
    cannotArrange,
    healthOnly,
    placementOnly,
    today,
    ...(agreed ? { agreed } : {}),
    closedNamed: talk.has('service_closed', message),
    ...(adviserDay ? { adviserDay, calendar } : {}),
  });
  const { stated, facetQuotes, also, citations } = guidanceSays(facets);
  const text = [
    first,
    ...extra,
    ...(stated ? [`Our guidance says: ${stated.body}`] : []),
    ...[...facetQuotes, ...(also ? [also] : [])].map((p) => `Our guidance also says: ${p.body}`),
    ...assumed,
    // A date of unclear role: the working-out is framed as what follows if it is that date.
    `${condition ? 'If so, this is how it works out' : 'How this was worked out'}: ${result.explanation}`,
    ...result.warnings.map((w) => w.message),
    `This is information, not legal advice. Check the dates on your letters, and call us on ${phone} if you are unsure.`,
  ].join('\n');
  return {
    text,
    citations: [...citations, { title: result.source, quote: result.explanation }],
    answered: true,
    calc,
    dates,
    ...(condition
      ? {
          quickReplies: LABEL_ROLES.map(([, label]) => label),
          pending: { kind: 'date_role' as const, date: condition.date, text: condition.text },
        }
      : {}),
  };
}

/** How sure the question model must be that a message is on a practical topic to leave it. */
const PRACTICE_SURE = 0.5;

/** The message is, by the question model, surely about one of the service's practical topics. */
export const aboutPractice = (message: string) =>
  surelyOneOf(message, PRACTICAL_TOPICS, PRACTICE_SURE);

/**
 * A "how long" about what this service does, not a time limit of the law: surely on a practical
 * topic (aboutPractice), or asking of the service ("who do I complain to and how quick do you get
 * back to people?") with no deadline named where it asks (an adviser in the story is not what
 * is asked about). `today` reads the message's dates.
 */
export function aboutServicePractice(message: string, today: string): boolean {
  if (aboutPractice(message)) return true;
  // "What's the latest I can ring you? I clock off at 5": when the line is open, not the last
  // day to contact an adviser, unless the message gives a date to count from.
  if (asksOpeningHoursOnly(message) && !findDates(message, today).length) return true;
  const asking = askingPart(message, undefined);
  return talk.has('asks_of_service', asking) && !calculationsOf(asking).length;
}

/** The calculation a set of dates points to when the question names none. */
function fromRoles(
  dates: StateDate[],
  today: string,
  discrimination: boolean,
): Calculation | undefined {
  const last = dates[dates.length - 1];
  if (!last) return undefined;
  switch (last.role) {
    case 'decision':
    case 'received':
    case 'certificate':
      return 'appeal';
    case 'adviser':
      return 'certificate';
    case 'mediation':
      return last.date > today ? 'notice' : 'certificate';
    case 'told':
      return 'arrange';
    case 'act':
      return discrimination ? 'discrimination' : undefined;
    case 'last_day':
      return 'appeal';
    default:
      return undefined;
  }
}

/**
 * A date told as the event a deadline counts from (the council told, the adviser reached, the
 * meeting held) says which deadline better than the adviser named in passing. A letter's date
 * does not: the appeal is only what its date is taken for when nothing else is named, and the
 * adviser named beside it asks for the 2 months to contact them.
 */
const eventBeatsPassing = (byDates: Calculation, message: string) =>
  byDates !== 'appeal' && namedOnlyInPassing(message);

/** The role a quick reply or a short typed answer gives a date ("the letter date"). */
export function roleFromReply(message: string): DateRole | undefined {
  const m = message.trim().toLowerCase();
  const exact = LABEL_ROLES.find(([, label]) => label.toLowerCase() === m);
  if (exact) return exact[0];
  const found = findDates(`${message} on 1 January 2000`, '2000-01-02')[0]?.role;
  return found && found !== 'unknown' ? found : undefined;
}
