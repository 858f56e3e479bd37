import { isStopWord } from '../text/analyze';
import { literalAlternation, redactionVocabulary as vocab } from './vocabulary';

/** What was taken out of a message before a model saw it (kinds only: never the values). */
export type RedactedKind = 'name' | 'phone' | 'email' | 'address' | 'date' | 'school';

export interface Turn {
  role: 'visitor' | 'bot';
  text: string;
}

const PLACEHOLDER: Record<RedactedKind, string> = {
  name: '[name]',
  phone: '[phone number]',
  email: '[e-mail]',
  address: '[address]',
  date: '[date]',
  school: '[school]',
};

/** "primary school" → "[Pp]rimary\s+[Ss]chool": the word may start a sentence or a name. */
const eitherCase = (alternation: string) =>
  alternation.replace(/(?<![\\[])\b([a-z])/g, (_, c: string) => `[${c}${c.toUpperCase()}]`);
/** Every letter in either case, for cue words written any way ("DOB", "I'M"). */
const caseless = (alternation: string) =>
  alternation.replace(/(?<!\\)[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);

const NOT_NAMES = new Set(vocab.notNames.map((w) => w.toLowerCase()));
const TITLES = /^(mr|mrs|ms|miss|mx|dr)\.?$/i;
const CAPITALISED = String.raw`[A-Z][\p{L}'’-]*`;
const NAME = String.raw`${CAPITALISED}(?:\s+${CAPITALISED}){0,2}`;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;

const EMAIL = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu;
// UK numbers as families write them: 07700 900123, (01632) 960 123, +44 7700 900 123.
const PHONE = /(?<![\w+])(?:\+\s?44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s()-]{7,14}\d(?!\w)/g;
const POSTCODE = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;
const STREET = new RegExp(
  String.raw`\b(?:(?:flat|apartment|unit)\s+\d+[a-z]?,?\s+)?\d+[a-z]?,?\s+(?:${CAPITALISED}\s+){1,3}(?:${eitherCase(literalAlternation(vocab.streetWords))})\b\.?`,
  'gu',
);
const DATE = new RegExp(
  [
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+${MONTH}(?:,?\s+\d{4})?\b`,
    String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?\b`,
    String.raw`\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b`,
    String.raw`\b\d{4}-\d{2}-\d{2}\b`,
  ].join('|'),
  'gi',
);
// "born in 2016", "DOB: March 2016": a birth cue followed by whatever date-like words it names.
const BIRTH = new RegExp(
  String.raw`\b(${vocab.birthCues.join('|')})\s*(?:is|was|on|in|:|-)?\s*((?:\[date\]|${MONTH}|\d{4})(?:\s+\d{4})?)`,
  'gi',
);
const SCHOOL = new RegExp(
  String.raw`\b(${CAPITALISED}(?:\s+(?:${CAPITALISED}|of|and|&|the))*?)\s+(${eitherCase(literalAlternation(vocab.schoolWords))})\b`,
  'gu',
);
const AFTER_RELATION = new RegExp(
  String.raw`\b${caseless('(?:my|our|his|her|their|the)')}\s+(?:\d+[- ]?(?:year|yr)[- ]?old\s+)?(?:${caseless(literalAlternation(vocab.relations))})(?:\s*,|\s+(?:${caseless('is|called|named')}))?\s+(${NAME})`,
  'gu',
);
// "my son jayden has autism": typed in lower case, a word between the relation and what is
// said about the child is taken for a name (not a stop word, not one of the listed non-names).
const LOWER_AFTER_RELATION = new RegExp(
  String.raw`\b${caseless('(?:my|our|his|her|their)')}\s+(?:\d+[- ]?(?:year|yr)[- ]?old\s+)?(?:${caseless(literalAlternation(vocab.relations))})\s*,?\s+([a-z][\p{L}'’-]+)(?=\s*(?:,|\(|\b(?:${vocab.predicates.join('|')})\b))`,
  'giu',
);
const AFTER_INTRODUCER = new RegExp(
  String.raw`(?<![\p{L}'’])(?:${caseless(literalAlternation(vocab.introducers))})\.?\s*,?\s+(${NAME})`,
  'gu',
);

/** The capitalised words after a cue that are a person's name ("Amelia Hughes", not "Autism"). */
function namesIn(text: string): string[] {
  const found: string[] = [];
  for (const re of [AFTER_RELATION, AFTER_INTRODUCER]) {
    for (const m of text.matchAll(re)) {
      const parts = m[1]!.split(/\s+/);
      const kept: string[] = [];
      for (const p of parts) {
        // "this is Mrs Okafor": the title is not the name, what follows it is.
        if (!kept.length && TITLES.test(p)) continue;
        if (NOT_NAMES.has(p.replace(/['’]s$/, '').toLowerCase())) break;
        kept.push(p.replace(/['’]s$/, ''));
      }
      if (kept.length) found.push(kept.join(' '), ...kept);
    }
  }
  for (const m of text.matchAll(LOWER_AFTER_RELATION)) {
    const word = m[1]!.replace(/['’]s$/, '');
    if (word === word.toLowerCase() && !isStopWord(word) && !NOT_NAMES.has(word)) found.push(word);
  }
  return [...new Set(found)].sort((a, b) => b.length - a.length);
}

/**
 * Replaces personal details in a family's words with placeholders before a model sees them:
 * e-mail and postal addresses, phone numbers, dates (a date of birth among them), school names
 * and people's names (found after "my son", "I'm", "Mrs" …, then wherever else they appear in
 * any turn). Returns the kinds removed, never the values.
 */
export function redactConversation(
  message: string,
  history: readonly Turn[] = [],
): { message: string; history: Turn[]; kinds: RedactedKind[] } {
  const kinds = new Set<RedactedKind>();
  const visitorText = [message, ...history.filter((t) => t.role === 'visitor').map((t) => t.text)];
  const names = visitorText.flatMap(namesIn);
  const one = (text: string) => redactText(text, names, kinds);
  return {
    message: one(message),
    history: history.map((t) => (t.role === 'visitor' ? { ...t, text: one(t.text) } : t)),
    kinds: [...kinds],
  };
}

function redactText(text: string, names: readonly string[], kinds: Set<RedactedKind>): string {
  const put = (kind: RedactedKind) => () => {
    kinds.add(kind);
    return PLACEHOLDER[kind];
  };
  let out = text.replace(EMAIL, put('email'));
  out = out.replace(PHONE, (m) => {
    const digits = m.replace(/\D/g, '').length;
    return digits >= 10 && digits <= 13 ? put('phone')() : m;
  });
  out = out.replace(STREET, put('address')).replace(POSTCODE, put('address'));
  out = out
    .replace(DATE, put('date'))
    .replace(BIRTH, (_, cue: string) => `${cue} ${put('date')()}`);
  out = out.replace(SCHOOL, (m, name: string) =>
    name.split(/\s+/).every((w) => NOT_NAMES.has(w.toLowerCase()) || /^(of|and|&|the)$/i.test(w))
      ? m
      : put('school')(),
  );
  for (const name of names) {
    const re = new RegExp(
      String.raw`(?<![\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\p{L}])`,
      // A name found typed in lower case is replaced however it is written elsewhere.
      name === name.toLowerCase() ? 'giu' : 'gu',
    );
    out = out.replace(re, put('name'));
  }
  return out;
}
