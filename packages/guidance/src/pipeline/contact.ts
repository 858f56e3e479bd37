import { z } from 'zod';
import data from '../../data/contact-intents.json';
import {
  checkRules,
  concepts,
  ConceptsSchema,
  RuleSchema,
  StatedSearchSchema,
} from '../conversation/concept-rules';
import { phrases } from '../conversation/phrases';
import type { Citation, Passage } from '../types';
import { findDates } from './dates';
import { replies, type Reach } from './replies';
import { openingAt, type Detail, type ServiceDetails } from './service-details';

const FIELDS = ['relay', 'phone', 'sms', 'email', 'address', 'website', 'fax'] as const;
type Field = (typeof FIELDS)[number];
/** Every way to reach us for someone who cannot use the phone line: the relay number first. */
const NOT_PHONE: Field[] = ['relay', 'sms', 'email', 'address', 'website', 'fax'];

// Which details a message asks for is data (data/contact-intents.json): families' words for
// each, and rules combining them ("ring you" + "after work" asks for the opening hours).
export const ContactIntentsFile = z.object({
  $comment: z.string().optional(),
  concepts: ConceptsSchema,
  rules: z.array(
    RuleSchema.extend({ id: z.enum(['office_hours', ...FIELDS, 'any', 'other_than_phone']) }),
  ),
  lateHours: StatedSearchSchema,
  callback: StatedSearchSchema,
});
const file = ContactIntentsFile.parse(data);
checkRules(file.concepts, file.rules, 'contact-intents.json');
for (const c of ['time_limit'])
  if (!(c in file.concepts)) throw new Error(`contact-intents.json: the concept "${c}" is missing`);
const words = concepts(file.concepts);
const holds = (id: string, message: string) =>
  file.rules.some((r) => r.id === id && words.first([r], message));

export type ContactIntent =
  | {
      kind: 'office_hours';
      /** Times of year the family named ("over Christmas"), as they wrote them. */
      periods?: string[];
      /** Other ways to reach us asked for beside the hours ("what's your text number, or are you open late?"). */
      also?: Field[];
    }
  | { kind: 'contact'; fields: Field[] };

/**
 * "Is there a way to reach you that isn't just email?": every mention of the way is right after
 * words that rule it out (at most two words between, "other than by phone").
 */
function ruledOut(field: Field, message: string): boolean {
  // The phone is also ruled out as a way of doing it: "other than ringing", "apart from calling".
  const mentions = [
    ...words.find(field, message),
    ...(field === 'phone' ? words.find('phoning', message) : []),
  ];
  if (!mentions.length) return false;
  const rulings = words.find('ruled_out', message);
  return mentions.every((m) =>
    rulings.some((r) => {
      const end = r.index + r.text.length;
      return end <= m.index && message.slice(end, m.index).trim().split(/\s+/).length <= 2;
    }),
  );
}

/**
 * The message asks when the line is open and names no time limit ("what's the latest I can ring
 * you?", not "my deadline to contact the adviser falls while you're shut"): a question for the
 * opening hours, never for the last day to contact an adviser.
 */
export function asksOpeningHoursOnly(message: string): boolean {
  return holds('office_hours', message) && !words.has('time_limit', message);
}

/**
 * The message is about reaching us, whatever else it says ("I'm on shifts all day, is there any
 * way to get hold of you?", "is there a number I can text?"): asked of this service, so never
 * "outside what we can help with", even when nothing in the pages answers it.
 */
export function aboutReachingUs(message: string): boolean {
  return (
    ['reach_us', 'can_call', 'phoning', 'sms', 'no_phone', 'any_way', 'when_reachable'].some((c) =>
      words.has(c, message),
    ) || holds('office_hours', message)
  );
}

/**
 * The lines about a time of year the family named: those naming it ("over Christmas"), and those
 * giving a date inside it ("We close at 1pm on Thursday 24 December and reopen on 4 January"),
 * as a closure notice usually does without naming the holiday.
 */
function periodTest(periods: string[]): (line: string) => boolean {
  const named = phrases(periods);
  const spans = PERIOD_DAYS.filter(([period]) => periods.some((p) => period.test(p)));
  // Only the month and day count, so any year serves as "today" for reading them.
  const inSpan = (day: string) =>
    spans.some(([, from, to]) =>
      from <= to ? day >= from && day <= to : day >= from || day <= to,
    );
  return (line) =>
    named.test(line) ||
    (spans.length > 0 && findDates(line, '2000-06-01').some((d) => inSpan(d.date.slice(5))));
}

/** The days of the year a named time of year covers (month-day, inclusive; may wrap the year). */
const PERIOD_DAYS: [RegExp, string, string][] = [
  [/christmas|xmas|festive|new year|boxing/i, '12-24', '01-02'],
  [/august|summer/i, '08-01', '08-31'],
];

/**
 * Asked when we are open later than usual, or at a weekend ("I finish at 6, is there any time I
 * can ring?", "what's the latest I can call?"): the service's sentence about its late opening
 * (`LATE_HOURS`) answers what the week's hours alone leave the family to work out.
 */
export function asksLaterHours(message: string): boolean {
  return words.has('out_of_hours', message) || words.has('how_late', message);
}

/** Words to find the service's sentence about late or weekend opening, and what it must say. */
export const LATE_HOURS = file.lateHours;

/** Words to find the service's sentence about calling families back, and what it must say. */
export const CALLBACK = file.callback;

/**
 * The message names our number or e-mail as something the family was given ("the council put
 * your number on their letter"): a mention in the story, never by itself a request for it.
 */
export function mentionsDetailGiven(message: string): boolean {
  return words.has('detail_given', message);
}

/**
 * A request for the service's own details, not a question that merely mentions contacting.
 * `message` is the clause that asks; `story`, the whole message, says who is calling (a Deaf
 * caller asking "what number?" wants the relay number too).
 */
export function contactIntent(message: string, story = message): ContactIntent | undefined {
  if (holds('office_hours', message)) {
    const periods = words.find('holiday_period', message).map((m) => m.text);
    // The hours reply gives the phone line; any other way asked for is given beside them.
    const also = FIELDS.filter(
      (f) => f !== 'phone' && f !== 'relay' && holds(f, message) && !ruledOut(f, message),
    );
    return {
      kind: 'office_hours',
      ...(periods.length ? { periods } : {}),
      ...(also.length ? { also } : {}),
    };
  }
  if (words.has('time_limit', message)) return undefined;
  // A way named only to rule it out ("a way that isn't just email", "other than ringing"): the
  // family wants the others; without the phone, every way but the phone line, relay first.
  const excluded = FIELDS.filter((f) => ruledOut(f, message));
  let fields = FIELDS.filter((f) => holds(f, message) && !excluded.includes(f));
  if (excluded.includes('phone') && !fields.length)
    return { kind: 'contact', fields: [...NOT_PHONE] };
  if (excluded.length && !fields.length)
    fields = (['phone', 'email', 'address', 'website'] as const).filter(
      (f) => !excluded.includes(f),
    );
  // The Relay UK number is the phone line for someone who cannot hear it: it stands for the phone.
  if (fields.includes('relay')) fields = fields.filter((f) => f !== 'phone');
  if (!fields.length && holds('any', message)) fields = ['phone', 'email', 'address', 'website'];
  // "My partner is Deaf, phone isn't an option for him, any other way?"
  // The reason is often in the story and the question short ("… any other way?").
  if (!fields.length && holds('other_than_phone', story))
    return { kind: 'contact', fields: [...NOT_PHONE] };
  // "phone?" or "your phone pls": a bare word in a very short message.
  if (!fields.length && /\b(phone|number|tel)\b/i.test(message) && message.split(/\s+/).length <= 4)
    fields = ['phone'];
  if (!fields.length) return undefined;
  if (fields.includes('phone') && (words.has('relay', story) || words.has('cannot_hear', story)))
    fields = ['relay', ...fields];
  return { kind: 'contact', fields };
}

export interface ContactReply {
  text: string;
  citations: Citation[];
  answered: boolean;
}

export function answerContact(
  intent: ContactIntent,
  details: ServiceDetails,
  reach: Reach,
  /** The published passages, for what they say about a time of year the family named. */
  passages: readonly Passage[] = [],
): ContactReply {
  if (intent.kind === 'office_hours') {
    const hours = details.officeHours;
    // "Are you open over Christmas?": the pages' own lines about that time, unless the hours
    // already say it ("Bank holidays: closed").
    const named = intent.periods?.length ? periodTest(intent.periods) : undefined;
    // The pages' holiday timetable first ("Thursday 24 December: 9am to 12.30pm; …"), then
    // their other lines about the time of year asked.
    const holiday =
      named && details.holidayHours
        ? [{ ...details.holidayHours, value: `${withoutStop(details.holidayHours.value)}.` }]
        : [];
    const at = named
      ? [
          ...holiday,
          ...openingAt(passages, named).filter(
            (d) =>
              !alreadyIn(hours?.value, d.value) &&
              !holiday.some((h) => alreadyIn(h.value, d.value)),
          ),
        ]
      : [];
    if (!hours && !at.length)
      return { text: replies.noHours(reach), citations: [], answered: false };
    const parts = [
      // The hours may be a sentence of their own, with its own full stop.
      // (A table laid out with spaces, "Monday       8.30am", reads with one space; the citation
      // keeps the page's own text.)
      ...(hours
        ? [`Our opening hours: ${withoutStop(hours.value).replace(/[ \t]{2,}/g, ' ')}.`]
        : []),
      ...at.map((d) => d.value),
      `You can call us on ${reach.phone}.`,
    ];
    const others = (intent.also ?? []).flatMap((f) => {
      const d = details[f];
      return d ? [{ d, line: HOW_TO_REACH[f](d.value) }] : [];
    });
    return {
      text: [...parts, ...others.map((o) => o.line)].join(' '),
      citations: citeAll([...(hours ? [hours] : []), ...at, ...others.map((o) => o.d)]),
      answered: true,
    };
  }
  const lines: string[] = [];
  const used: Detail[] = [];
  const missing: string[] = [];
  const say = (field: Field, found: (d: Detail) => string, label: string) => {
    if (!intent.fields.includes(field)) return;
    const d = details[field];
    if (d) {
      lines.push(found(d));
      used.push(d);
    } else missing.push(label);
  };
  say(
    'relay',
    (d) => `With Relay UK (text relay) you can call ${reach.name} on ${d.value}.`,
    'a Relay UK number',
  );
  say('phone', (d) => `You can call ${reach.name} on ${d.value}.`, 'a phone number');
  // A number given in a sentence comes with it: "text the word CALLBACK with your name to …".
  say(
    'sms',
    (d) =>
      d.citation && d.citation.quote.length > d.value.length + 40
        ? `${HOW_TO_REACH.sms(d.value)} Our guidance says: ${d.citation.quote}`
        : HOW_TO_REACH.sms(d.value),
    'a number for text messages',
  );
  say('email', (d) => HOW_TO_REACH.email(d.value), 'an e-mail address');
  say('address', (d) => HOW_TO_REACH.address(d.value), 'a postal address');
  say('website', (d) => HOW_TO_REACH.website(d.value), 'a website');
  say('fax', (d) => HOW_TO_REACH.fax(d.value), 'a fax number');
  const answered = used.length > 0;
  // Asked for every other way to reach us, the ways the pages give are the answer; the ones they
  // lack are not worth a sentence each.
  const everyOtherWay = intent.fields.length >= 3 && answered;
  if (missing.length && !everyOtherWay) {
    // What the family can use instead, with where it was published: the phone line, and the
    // website when they wanted to write.
    const instead: string[] = [];
    const offer = (field: Field) => {
      const d = details[field];
      if (!d || intent.fields.includes(field)) return;
      instead.push(HOW_TO_REACH[field](d.value));
      used.push(d);
    };
    offer('phone');
    if (intent.fields.includes('email')) offer('website');
    // Wanting to text rather than ring: writing is the nearest way.
    if (intent.fields.includes('sms')) offer('email');
    lines.push(`Our published details don't include ${missing.join(' or ')}.`, ...instead);
  }
  // Asked only for the e-mail or the address, the phone line is offered too (every reply
  // offers it); not to someone who asked for a way other than the phone.
  const phone = details.phone;
  const digits = (v: string) => v.replace(/\D/g, '');
  const said = !!phone && used.some((d) => digits(d.value).includes(digits(phone.value)));
  const noPhone = NOT_PHONE.every((f) => intent.fields.includes(f));
  if (answered && phone && !said && !noPhone) {
    lines.push(`You can also call us on ${phone.value}.`);
    used.push(phone);
  }
  return { text: lines.join(' '), citations: citeAll(used), answered };
}

function citeAll(details: Detail[]): Citation[] {
  const seen = new Set<string>();
  return details.flatMap((d) =>
    [...(d.citation ? [d.citation] : []), ...(d.more ?? [])].filter(
      (c) => !seen.has(c.quote) && seen.add(c.quote),
    ),
  );
}

/** How each way to reach us is said, in a reply about contact details or beside the hours. */
const HOW_TO_REACH: Record<Field, (value: string) => string> = {
  relay: (v) => `With Relay UK (text relay) you can call us on ${v}.`,
  phone: (v) => `You can call us on ${v}.`,
  sms: (v) => `You can text us on ${v}.`,
  email: (v) => `You can email us at ${v}.`,
  address: (v) => `Our postal address is ${v}.`,
  website: (v) => `Our website is ${v}.`,
  fax: (v) => `Our fax number is ${v}.`,
};

/** A detail read from the pages without its closing full stop, so a reply ends it once. */
const withoutStop = (value: string) => value.replace(/[.\s]+$/, '');

/**
 * Whether `line` is already part of `block`, however each is spaced and stopped: the hours block
 * is laid out over lines with runs of spaces ("Monday       9am") and the holiday timetable has
 * lost its full stops, while a page's line keeps both.
 */
function alreadyIn(block: string | undefined, line: string): boolean {
  const plain = (s: string) => s.replace(/[.;]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
  return !!block && plain(block).includes(plain(line));
}
