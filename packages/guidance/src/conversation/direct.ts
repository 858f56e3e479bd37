// The answer first. When the sentence we quote settles a yes/no question, the reply starts with
// "Yes." or "No." ("Does mediation affect my right to appeal?" → "No." before "Using mediation
// does not affect your right of appeal"); when a question gives an age and the pages state the
// service's upper age, the reply starts by saying whether that age is within it ("Am I too old at
// 23?" → "No: the guidance gives an upper age of 25."). Anything less certain gets no lead: a
// wrong "Yes" above a real quote is worse than none.
import { askingPart } from '../text/asking-part';
import { FUNCTION_WORDS, talk } from './words';

const tokens = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/n't\b/g, ' not')
    .match(/[a-z0-9']+/g) ?? [];

// Forms of one word meet at their first five letters ("appealing"/"appeal", "affects"/"affect").
const stemOf = (w: string) => w.replace(/'s$/, '').slice(0, Math.max(4, Math.min(w.length, 5)));

/**
 * The law's answer to "do I have to go to mediation?" (CFA 2014 s.55; RULES.md R1): mediation is
 * the family's choice; what most appeals need first is the call to a mediation adviser and its
 * certificate. A page's "mediation must be considered before an appeal" reads as the opposite
 * to a worried family unless this comes first.
 */
export const MEDIATION_IS_A_CHOICE =
  'No: mediation itself is your choice. Before most appeals you must talk to a mediation adviser and get a mediation certificate, whether or not you then choose mediation (an appeal only about the school or college named, or a disability discrimination claim, needs no certificate).';

/** "Yes." / "No." / an age line / the law's line to put before the quoted answer, or undefined. */
export function directLead(question: string, answer: string, age?: number): string | undefined {
  const firstSentence = answer.split(/(?<=[.!?])\s|\n/)[0] ?? answer;
  if (mustMediateAsked(question)) return MEDIATION_IS_A_CHOICE;
  return ageLead(question, answer, age) ?? yesNoLead(question, firstSentence);
}

/**
 * Asked in the clause that asks ("do I have to do mediation?"), or in what that clause points
 * back to ("my friend says I have to go to mediation first, is that true?"); not in a story
 * ("we have to go to mediation on Tuesday, what should I bring?").
 */
function mustMediateAsked(question: string): boolean {
  const asking = askingPart(question, undefined);
  if (talk.has('asks_must_mediate', asking)) return true;
  return talk.has('asks_if_true', asking) && talk.has('asks_must_mediate', question);
}

function ageLead(question: string, answer: string, age: number | undefined): string | undefined {
  if (age === undefined || !talk.has('age_question', question)) return undefined;
  const limit =
    /\b(?:up to (?:the age of |age )?|under (?:the age of )?|until (?:the age of |they are )?|aged? (?:up to |under )?)(\d{2})\b/i.exec(
      answer,
    );
  if (!limit) return undefined;
  // "aged 16 to 25": a range, whose upper end is the limit.
  const range = /^\s*(?:to|-|–|and)\s*(\d{2})\b/.exec(answer.slice(limit.index + limit[0].length));
  const upper = Number(range ? range[1] : limit[1]);
  if (upper < 16 || upper > 30) return undefined;
  const within = age < upper;
  const fact = `our guidance gives an upper age of ${upper}, and ${age} is ${within ? 'under it' : 'not under it'}.`;
  if (!isYesNo(question)) return fact.charAt(0).toUpperCase() + fact.slice(1);
  const tooOld = talk.has('too_old', question);
  return `${within === !tooOld ? 'Yes' : 'No'}: ${fact}`;
}

/**
 * The page's own "Yes." or "No." that opens the quoted answer, when the family did not ask a
 * yes/no question: it answered the page's question ("Can you get me an interpreter?" "Yes. We
 * book and pay for one"), and above "how much will the interpreter cost me?" it reads as a claim
 * the page never made. The text without it; the citation keeps the page's words.
 */
export function withoutPagesYesNo(question: string, answer: string): string {
  const lead = /^(?:yes|no)\b[.,!:;]?\s*(?:[—–-]\s*)?(?=\w)/i.exec(answer);
  if (!lead || isYesNo(question)) return answer;
  const rest = answer.slice(lead[0].length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/** The last sentence that asks ("r u the council?"), or the whole message when none does. */
function lastQuestion(question: string): string {
  const sentences = question.split(/(?<=[.!?])\s+/).filter((s) => s.includes('?'));
  return (sentences[sentences.length - 1] ?? question).trim().replace(/^[^a-z]+/i, '');
}

/** A question that starts "is", "does", "can", "am I" …: yes or no answers it. */
function isYesNo(question: string): boolean {
  return talk.find('yes_no_start', lastQuestion(question))[0]?.index === 0;
}

function yesNoLead(question: string, sentence: string): string | undefined {
  // Only a plain yes/no question, and not one about limits ("only", "still", "too") or asked in
  // the negative, where "yes" and "no" read both ways.
  if (!isYesNo(question)) return undefined;
  if (
    tokens(question).some((w) =>
      ['only', 'just', 'still', 'too', 'or', 'not', 'any', 'anything'].includes(w),
    )
  )
    return undefined;
  // The words of the question itself, not of the story before it: "school gave us your number.
  // are you the council?" is settled by a sentence about the council, not one about schools.
  const asked = tokens(lastQuestion(question));
  const said = tokens(sentence);
  const content = [...new Set(asked.filter((w) => w.length >= 4 && !FUNCTION_WORDS.has(w)))];
  const negatedAt = (i: number) =>
    said
      .slice(Math.max(0, i - 3), i)
      .some((w) => w === 'not' || w === 'never' || w === 'no' || w === 'cannot');
  let shared = 0;
  let negated = 0;
  for (const w of content) {
    const i = said.findIndex((s) => stemOf(s) === stemOf(w));
    if (i < 0) continue;
    shared += 1;
    if (negatedAt(i)) negated += 1;
  }
  // What the question is about (its first word of substance) must be what the sentence is
  // about: "Can mediation cover …?" is not settled by a sentence about disagreement resolution.
  const subject = content[0];
  if (!subject || !said.some((s) => stemOf(s) === stemOf(subject))) return undefined;
  if (negated) return 'No.';
  const anyNegation = said.some((w) => ['not', 'never', 'no', 'cannot', 'without'].includes(w));
  if (shared >= 2 && !anyNegation && !/\bexcept|\bunless|\bonly\b/i.test(sentence)) return 'Yes.';
  return undefined;
}
