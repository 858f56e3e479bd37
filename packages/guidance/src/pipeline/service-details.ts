import { citationOf } from '../citation';
import type { Citation, Passage, ServiceInfo } from '../types';
import { splitSentences } from '../text/sentences';

/** A contact detail and the exact published line it was read from. */
export interface Detail {
  value: string;
  citation?: Citation;
  /** Further passages the value was read from (hours set out as one list item a day). */
  more?: Citation[];
}

export interface ServiceDetails {
  name?: Detail;
  phone?: Detail;
  email?: Detail;
  address?: Detail;
  website?: Detail;
  officeHours?: Detail;
  /**
   * A timetable for days of the calendar ("Thursday 24 December: 9am to 12.30pm", "Friday 25
   * December to Monday 28 December: closed"): the hours at a time of year, never the usual ones.
   */
  holidayHours?: Detail;
  fax?: Detail;
  /** The number to call through Relay UK (text relay), usually 18001 before the phone number. */
  relay?: Detail;
  /** A mobile number for text messages ("Text message: 07700 900318", "text us on …"). */
  sms?: Detail;
}

export const UK_PHONE = /(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/;
/** Every phone number in a line. */
const UK_PHONES = new RegExp(UK_PHONE.source, 'g');
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/;
export const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const WEBSITE = /\b(?:https?:\/\/|www\.)[^\s,;)]+[^\s,;).]/i;
// A day of the week, whole or shortened ("Mon", "Weds", "Thurs"), not a word that begins like
// one: "months", "money", "friend" and "satisfied" are not days ("2 months … by 5pm" is no hours).
const DAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?(?![\p{L}\p{N}])`;
const DAYS = new RegExp(String.raw`(?<![\p{L}\p{N}])${DAY}`, 'iu');
export const TIMES = /\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm)\b|\b\d{1,2}[.:]\d{2}\b/i;
const LABEL = /^[\p{L} ]{1,24}?\s*[:\-–]+\s*/u;

/**
 * A contact block printed as one line ("Phone: 0113 … Email: hello@… Post: PO Box 217, Halifax
 * HX1 9ZZ", as a text page's paragraph joins its lines): one part per label, so the address is
 * the part after "Post:", not the whole block.
 */
const labelledParts = (line: string): string[] =>
  line.split(/\s+(?=\p{Lu}[\p{L} '’-]{1,24}:\s)/u).filter((part) => part.trim());

/**
 * Contact details for the answer: the configured service info first, and for whatever it lacks,
 * the lines of the published pages that carry a phone number, postcode, e-mail, website or hours.
 */
export function serviceDetails(service: ServiceInfo, passages: readonly Passage[]): ServiceDetails {
  // Settings are re-read per message but rarely change; the passages never do for an index.
  const key = JSON.stringify([
    service.name,
    service.phone,
    service.email,
    service.address,
    service.website,
    service.officeHours,
  ]);
  let perService = detailsCache.get(passages);
  if (!perService) detailsCache.set(passages, (perService = new Map()));
  let details = perService.get(key);
  if (!details) {
    if (perService.size > 16) perService.clear();
    details = computeDetails(service, passages);
    perService.set(key, details);
  }
  return details;
}

const detailsCache = new WeakMap<readonly Passage[], Map<string, ServiceDetails>>();

function computeDetails(service: ServiceInfo, passages: readonly Passage[]): ServiceDetails {
  const lines = linesOf(passages);
  const find = (test: (line: string) => string | undefined): Detail | undefined => {
    for (const { p, text } of lines) {
      const value = test(text);
      if (value) return { value, citation: citationOf(p, text) };
    }
    return undefined;
  };
  /** A configured value, cited where the pages print it too. */
  const configured = (
    value: string | undefined,
    normalise: (s: string) => string,
  ): Detail | undefined => {
    if (!value?.trim()) return undefined;
    const key = normalise(value);
    const line = key ? lines.find((l) => normalise(l.text).includes(key)) : undefined;
    return line ? { value, citation: citationOf(line.p, line.text) } : { value };
  };
  const digits = (s: string) => s.replace(/\D/g, '');
  const lower = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

  const phone =
    configured(service.phone, digits) ??
    ownDetail(lines, UK_PHONE, digits, (l) => /\bfax\b/i.test(l), notThePhoneLine);
  const address =
    configured(service.address, (s) => lower(POSTCODE.exec(s.toUpperCase())?.[0] ?? '')) ??
    addressBlock(lines) ??
    // The line holding the postcode, not the whole block of contact lines it is printed in.
    find((l) =>
      l
        .split('\n')
        .flatMap(labelledParts)
        .find((line) => POSTCODE.test(line))
        ?.replace(LABEL, '')
        .trim(),
    );
  const email = configured(service.email, lower) ?? ownDetail(lines, EMAIL, lower);
  const website = configured(service.website, lower) ?? ownDetail(lines, WEBSITE, lower);
  const otherNumber = (line: string) =>
    [...line.matchAll(UK_PHONES)].some((m) => !phone || digits(m[0]) !== digits(phone.value));
  const officeHours =
    configured(service.officeHours, () => '') ??
    hoursTable(passages) ??
    hoursBlock(lines, false) ??
    // A line with days and times: the line's or the office's before a drop-in's or a session's.
    // Not a line giving another number's hours ("a Children in Care line on 01632 960547, Monday
    // to Friday 9am to 5pm"): those are when that line is answered, not ours.
    find((l) =>
      hoursLine(l) && !otherActivity(l) && !otherNumber(l)
        ? l.replace(LABEL, '').trim()
        : undefined,
    ) ??
    find((l) => (hoursLine(l) ? l.replace(LABEL, '').trim() : undefined));
  const holidayHours = hoursBlock(lines, true);
  const fax = find((l) => (/\bfax\b/i.test(l) ? UK_PHONE.exec(l)?.[0] : undefined));
  const relay = relayNumber(lines, phone);
  const sms = textNumber(lines);
  const name = service.name?.trim() ? { value: service.name } : nameFromPassages(passages);
  return {
    name,
    phone,
    address,
    email,
    website,
    officeHours,
    ...(holidayHours ? { holidayHours } : {}),
    fax,
    relay,
    ...(sms ? { sms } : {}),
  };
}

/** "Text message: 07700 900318", "text us on 07700 900318", "SMS 07700…": a UK mobile to text. */
const TEXT_NUMBER =
  /\b(?:text(?:\s+message)?s?|sms|txt)\b[^0-9\n]{0,60}?((?:\+44\s?7|\b07)\d{3}[\s-]?\d{3}[\s-]?\d{3})\b/i;

function textNumber(lines: { p: Passage; text: string }[]): Detail | undefined {
  for (const { p, text } of lines) {
    // A contact block joined into one line is read label by label.
    for (const part of labelledParts(text)) {
      const m = TEXT_NUMBER.exec(part);
      if (m) return { value: m[1]!, citation: citationOf(p, text) };
    }
  }
  return undefined;
}

const RELAY_WORDS = /\b(relay|textphone|text phone|minicom|typetalk|type talk)\b/i;
const WITH_PREFIX = /\b18001[\s-]?(?:\(?0\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4})\b/;

/**
 * The number a Deaf or hard of hearing family calls through Relay UK: "18001 0191 498 0627"
 * printed whole, or "dial 18001 before our number" with the phone line, or a textphone's own
 * number on a line that names the relay.
 */
function relayNumber(lines: { p: Passage; text: string }[], phone: Detail | undefined) {
  for (const { p, text } of lines) {
    const whole = WITH_PREFIX.exec(text);
    if (whole) return { value: whole[0], citation: citationOf(p, text) };
  }
  for (const { p, text } of lines) {
    if (!RELAY_WORDS.test(text)) continue;
    if (/\b18001\b/.test(text) && phone)
      return { value: `18001 ${phone.value}`, citation: citationOf(p, text) };
    const own = UK_PHONE.exec(text.replace(/\b18001\b/g, ''));
    if (own && !/\b18001\b/.test(text)) return { value: own[0], citation: citationOf(p, text) };
  }
  return undefined;
}

// Whose detail a line gives: the service's own ("call us on", "Phone: …", "our website") or
// another body's the pages point families to ("Phone them on …", "the local SENDIASS on …").
const ONE_PURPOSE_MAILBOX =
  /^(?:privacy|dpo|data\.?protection|complaints?|feedback|foi|freedom\.?of\.?information|jobs|careers|recruitment|accounts|finance|invoices|press|media)@/i;
const OURS_BEFORE = /\b(us|our|we)\b[^.]{0,40}$/i;
const THEIRS_BEFORE =
  /\b(them|their|they|iass|sendiass|sendias|tribunal|council|samaritans|childline|nspcc|nhs|ombudsman|citizens advice|helpline for|charity)\b[^.]{0,40}$/i;
const MOBILE = /^(?:\+44\s?7|07)/;
const MESSAGES_BEFORE = /\b(?:text|texts|texting|txt|sms|whatsapp|message|messaging)\b[^.]{0,40}$/i;
const LABEL_ONLY = /^\s*[\p{L} -]{0,24}[:\-–]?\s*$/u;

/**
 * The service's own phone number, e-mail or website among all those its pages print: each value
 * scores for every line that gives it, more where the line says it is ours or is a bare
 * "Phone: …" label, less where it belongs to another body. Ties go to the first printed.
 */
function ownDetail(
  lines: { p: Passage; text: string }[],
  pattern: RegExp,
  normalise: (s: string) => string,
  skip: (line: string) => boolean = () => false,
  /** A match not to take, from the words since the line's previous match: another line's label. */
  notThis: (label: string) => boolean = () => false,
): Detail | undefined {
  const found = new Map<string, { detail: Detail; score: number; best: number }>();
  for (const { p, text } of lines) {
    if (skip(text)) continue;
    // A contact block a text page joined into one line is read label by label.
    const part = labelledParts(text).find((l) => pattern.test(l)) ?? text;
    const m = firstMatch(part, pattern, notThis);
    if (!m) continue;
    const before = part.slice(0, m.index);
    let score = 1;
    if (LABEL_ONLY.test(before) && part.length - m[0].length < 40) score += 2;
    if (OURS_BEFORE.test(before)) score += 2;
    if (THEIRS_BEFORE.test(before)) score -= 3;
    // "text or WhatsApp 07700 …", "message us on 07700 …": a mobile for messages, not the line
    // a family rings (the text number is found on its own, textNumber). A mobile is a service's
    // phone line less often than a landline, so where both are printed the landline wins a tie.
    if (MOBILE.test(m[0])) score -= MESSAGES_BEFORE.test(before) ? 3 : 1;
    // privacy@, complaints@, dpo@: a mailbox for one purpose, not the way to reach the service.
    if (ONE_PURPOSE_MAILBOX.test(m[0])) score -= 1;
    const key = normalise(m[0]);
    const seen = found.get(key);
    // Cited where the pages give it most plainly ("Phone: …", not "text relay on 18001 …").
    if (seen) {
      seen.score += score;
      if (score > seen.best)
        Object.assign(seen, {
          best: score,
          detail: { value: m[0], citation: citationOf(p, text) },
        });
    } else
      found.set(key, {
        detail: { value: m[0], citation: citationOf(p, text) },
        score,
        best: score,
      });
  }
  let best: { detail: Detail; score: number; best: number } | undefined;
  for (const f of found.values()) if (!best || f.score > best.score) best = f;
  return best?.detail;
}

/**
 * The line's first match whose label (the words since the match before it) `notThis` does not
 * set aside: "Our minicom number is 01632 960528 … dial 18001 then 01632 960527" prints the phone
 * line second.
 */
function firstMatch(
  line: string,
  pattern: RegExp,
  notThis: (label: string) => boolean,
): RegExpExecArray | undefined {
  const all = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  );
  let from = 0;
  for (const m of line.matchAll(all)) {
    if (!notThis(line.slice(from, m.index))) return m as RegExpExecArray;
    from = m.index + m[0].length;
  }
  return undefined;
}

/**
 * A number labelled as a textphone's, a minicom's or a fax's ("Minicom 01632 …", "our textphone
 * number is …", "Fax: …") is not the line a family rings, unless the label names the phone too
 * ("Phone or minicom: …").
 */
const OTHER_LINE_LABEL = /\b(?:textphone|text phone|minicom|typetalk|type talk|fax)\b[^.]{0,30}$/i;
const PHONE_LABEL = /\b(?:phone|telephone|tel|call|ring|helpline)\b/i;
const notThePhoneLine = (label: string) =>
  OTHER_LINE_LABEL.test(label) && !PHONE_LABEL.test(label.replace(OTHER_LINE_LABEL, ''));

/**
 * An address printed as a block of short lines ("Unit 4, Weavers' Yard / 22 Canal Street /
 * Riverton / RV3 7QP"): the postcode's line alone is not an address to post a letter to, so the
 * lines above it in the same block come with it (not a label like "Helpline:" or a heading).
 */
function addressBlock(lines: { p: Passage; text: string }[]): Detail | undefined {
  for (const { p, text } of lines) {
    if (!POSTCODE.test(text) || text.replace(POSTCODE, '').replace(LABEL, '').trim().length > 3)
      continue;
    const block = p.text.split('\n');
    const at = block.findIndex((l) => l.includes(text.trim()));
    if (at < 1) continue;
    let from = at;
    while (
      from > 0 &&
      at - from < 5 &&
      block[from - 1]!.trim() &&
      !/[:|]/.test(block[from - 1]!) &&
      block[from - 1]!.trim().split(/\s+/).length <= 8
    )
      from--;
    if (from === at) continue;
    const quote = block.slice(from, at + 1).join('\n');
    return {
      value: block
        .slice(from, at + 1)
        .map((l) => l.trim())
        .join(', '),
      citation: citationOf(p, quote),
    };
  }
  return undefined;
}

/**
 * Hours printed over several lines ("Monday to Thursday: 9am to 5pm / Friday: 9am to 4pm /
 * Closed at weekends"): every line of the block, each with its days, or Friday's shorter day is
 * lost and "9am to 5pm" is given for it. The lines may be one passage or a list whose items are
 * passages of their own. A line that starts with its days ("Monday to Thursday: …") is a
 * timetable and is taken before prose that names a day and a time ("On Tuesdays, online
 * meetings can start as late as 4pm").
 */
/**
 * A line of opening hours: days (or a date, for a holiday timetable) and a time or "closed". The
 * usual hours and a holiday timetable are two blocks: "Thursday 24 December: 9am to 12.30pm"
 * neither starts nor continues the usual hours, and only such lines make up the other.
 */
/** A line with days and times of the week, not of the calendar ("Monday to Friday, 9am to 5pm"). */
const hoursLine = (line: string) =>
  DAYS.test(line) && TIMES.test(line) && !CALENDAR_DATE.test(line);

/**
 * A line giving the hours of something the service runs besides its lines ("drop-ins on
 * Tuesdays 10am to 1pm", "online sessions on Tuesday evenings", "live chat from 3.30pm"), and
 * not of the phones or the office.
 */
function otherActivity(line: string): boolean {
  return OTHER_ACTIVITY.test(line) && !LINE_OR_OFFICE.test(line);
}
const OTHER_ACTIVITY =
  /\b(?:drop[- ]?ins?|sessions?|clinics?|surger(?:y|ies)|(?:live )?chat|meetings?|librar(?:y|ies)|workshops?|coffee mornings?|groups?|webinars?|appointments?)\b/i;
const LINE_OR_OFFICE =
  /\b(?:phones?|phone lines?|lines? (?:is|are) open|telephones?|helplines?|calls?|office|reception)\b/i;

function isHoursLine(line: string, dated: boolean): boolean {
  return (
    (dated || DAYS.test(line) || /\b(weekends?|bank holidays?)\b/i.test(line)) &&
    (TIMES.test(line) || /\bclosed\b/i.test(line)) &&
    CALENDAR_DATE.test(line) === dated
  );
}

function hoursBlock(
  lines: { p: Passage; text: string }[],
  /** The block for days of the calendar (a holiday timetable), or the usual hours. */
  dated: boolean,
): Detail | undefined {
  const isHours = (l: string) => isHoursLine(l, dated);
  const candidates = lines
    .map((line, at) => ({ ...line, at }))
    .filter(
      ({ text }) => DAYS.test(text) && TIMES.test(text) && CALENDAR_DATE.test(text) === dated,
    );
  // The hours of something else we run (a drop-in, online sessions, a live chat) are not when
  // the service can be reached: used only when the pages give no other. A timetable of days first.
  const own = candidates.filter(({ text }) => !otherActivity(text));
  const ordered = [...(own.length ? own : candidates)].sort(
    (a, b) => Number(!TIMETABLE.test(a.text)) - Number(!TIMETABLE.test(b.text)),
  );
  for (const { p, text, at } of ordered) {
    const block = p.text.split('\n');
    const inPassage = block.findIndex((l) => l.includes(text.trim()));
    if (inPassage < 0) continue;
    let to = inPassage;
    while (to + 1 < block.length && isHours(block[to + 1]!)) to++;
    if (to > inPassage)
      return {
        value: hoursLines(block.slice(inPassage, to + 1)),
        citation: citationOf(p, block.slice(inPassage, to + 1).join('\n')),
      };
    // The next lines of the pages, each its own passage (list items).
    let next = at;
    while (next + 1 < lines.length && lines[next + 1]!.p !== p && isHours(lines[next + 1]!.text))
      next++;
    if (next > at || TIMETABLE.test(text))
      return {
        value: hoursLines(lines.slice(at, next + 1).map((l) => l.text)),
        citation: citationOf(p, text),
        // Every line quoted is cited, not only the first.
        ...(next > at
          ? { more: lines.slice(at + 1, next + 1).map((l) => citationOf(l.p, l.text)) }
          : {}),
      };
  }
  return undefined;
}

/** A table row as the pages read it: each cell on its own line after its column's header. */
const ROW_LINE = /^([^:\n]{1,30}):\s+(\S.*)$/;
/** What a table of opening hours is about, in its heading or its column headers. */
const HOURS_TABLE = /\b(hours|open|opening|phones?|lines?|office|call|calls|staffed|helpline)\b/i;

/**
 * Hours printed as a table ("Day | Phones staffed", a row a day): each row is a passage of
 * "Day: Monday to Friday / Phones staffed: 8am to 3.30pm", so no one line holds both a day and
 * a time. The rows of a table about the phone line or opening hours (its heading or headers say
 * so) are read as "Monday to Friday: 8am to 3.30pm", from the first that starts with its days to
 * the last that still gives days and a time or "closed", each row cited.
 */
function hoursTable(passages: readonly Passage[]): Detail | undefined {
  const rowOf = (p: Passage | undefined) => {
    if (!p || p.kind !== 'lines') return undefined;
    const cells = p.text.split('\n').map((l) => ROW_LINE.exec(l.trim()));
    if (cells.length < 2 || cells.some((c) => !c)) return undefined;
    return {
      headers: cells.map((c) => c![1]!).join(' '),
      value: cells.map((c) => c![2]!.trim()).join(': '),
    };
  };
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i]!;
    const row = rowOf(p);
    if (!row || !TIMETABLE.test(row.value) || !isHoursLine(row.value, false)) continue;
    if (!HOURS_TABLE.test(`${p.headingPath.join(' ')} ${row.headers}`)) continue;
    const rows = [{ p, value: row.value }];
    for (let j = i + 1; j < passages.length; j++) {
      const q = passages[j]!;
      const next = rowOf(q);
      if (!next || q.docId !== p.docId || q.headingPath.join('\n') !== p.headingPath.join('\n'))
        break;
      if (!isHoursLine(next.value, false)) break;
      rows.push({ p: q, value: next.value });
    }
    return {
      value: hoursLines(rows.map((r) => r.value)),
      citation: citationOf(p, p.text),
      ...(rows.length > 1 ? { more: rows.slice(1).map((r) => citationOf(r.p, r.p.text)) } : {}),
    };
  }
  return undefined;
}

const OPEN_OR_CLOSED =
  /\b(open|opens|opening|reopen\w*|close|closes|closed|closing|closure|shut)\b/i;

/**
 * What the pages say about being open or closed at a time of year the family named ("are you
 * open over Christmas?"): the lines that name it and say open or closed, first two.
 */
export function openingAt(
  passages: readonly Passage[],
  names: (line: string) => boolean,
): Detail[] {
  return linesOf(passages)
    .filter(({ text }) => OPEN_OR_CLOSED.test(text) && names(text))
    .slice(0, 2)
    .map(({ p, text }) => ({ value: text.trim(), citation: citationOf(p, text) }));
}

/** A day of a named month: "24 December", "29 to 31 December", "1st Jan". */
const CALENDAR_DATE =
  /\b\d{1,2}(?:st|nd|rd|th)?(?:\s*(?:to|-|–|and)\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

const hoursLines = (lines: string[]) => lines.map((l) => l.trim().replace(/[.;]$/, '')).join('; ');

/** A line that starts with the days it is about: "Monday to Thursday: 9am to 5pm", "Fri 9-4". */
const TIMETABLE = new RegExp(String.raw`^\W*(?:(?:opening |office )?hours:?\s*)?${DAY}`, 'iu');

// Splitting every passage is the costly part; an index's passages never change, so once per index.
const cache = new WeakMap<readonly Passage[], { p: Passage; text: string }[]>();
function linesOf(passages: readonly Passage[]) {
  let lines = cache.get(passages);
  if (!lines) {
    // Contact details sit in short passages; long prose is not where a phone line is printed.
    lines = passages.flatMap((p) => splitSentences(p.text).map((s) => ({ p, text: s.text })));
    cache.set(passages, lines);
  }
  return lines;
}

/**
 * Without a configured name, a heading that names a service ("KIDS London SEN Mediation
 * Service") is the name; a page title like "A quick guide" is not, and then replies say "us".
 */
function nameFromPassages(passages: readonly Passage[]): Detail | undefined {
  for (const p of passages) {
    for (const h of p.headingPath) {
      // A venue ("Hollyhatch Canal Centre") ends like a service's name; a service says its field.
      if (
        /\b(service|team|centre|center|partnership)$/i.test(h) &&
        /\b(send|sen|mediation|disagreement|resolution|advice|iass|sendiass)\b/i.test(h) &&
        isProperName(h)
      )
        return { value: h };
    }
  }
  return undefined;
}

/**
 * A name as services write their own ("KIDS London SEN Mediation Service", "Brackmoor SEND
 * Mediation Service"): every word but the small ones capitalised, and not a heading that asks
 * ("Who may use the Service", "How to contact the team").
 */
function isProperName(heading: string): boolean {
  const words = heading.trim().split(/\s+/);
  if (words.length > 8 || ASKING_START.test(heading)) return false;
  return words.every((w) => SMALL_WORDS.has(w.toLowerCase()) || /^[\p{Lu}\p{N}&]/u.test(w));
}
const ASKING_START =
  /^(who|what|how|when|where|why|which|can|could|do|does|is|are|about|contact)\b/i;
const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'in',
  'on',
  'at',
  'to',
  'a',
  'an',
  '&',
  'with',
]);
