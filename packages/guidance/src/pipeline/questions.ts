import { isLightTerm } from '../search/synonyms';
import { analyze } from '../text/analyze';
import { QUESTION_START } from '../text/asking-part';
import { splitSentences } from '../text/sentences';
import { answerTypeOf } from './answer-type';

/** "…, and do I need …", "… or is it …": a second question joined to the first. */
const JOINED =
  /,?\s+(?:and|also|plus|and also|or)\s+(?=(?:is|are|do|does|can|could|will|would|what|what's|whats|how|who|when|where|should|must|has|have)\b)/i;

/**
 * The separate questions of a message that asks more than one ("Is it free and is it
 * confidential?", "Who can use it? And does the council have to come?"), each with the
 * message's other sentences as its context. Empty when there is only one question, or when the
 * questions close a long story (they are then one question about it).
 */
export function subQuestions(message: string): string[] {
  const sentences = typedSentences(message);
  const isAsked = (s: string) => /\?\s*$/.test(s) || QUESTION_START.test(s.replace(LEAD_IN, ''));
  const asked = sentences.filter(isAsked);
  const context = sentences.filter((s) => !isAsked(s)).join(' ');
  // A story of a few sentences is each part's context; a longer one makes its questions one
  // question about it. (At 25 words, before parts needed the whole message answered too,
  // splitting longer stories cost honest declines; with that check, 45 words answers more.)
  if (!asked.length || context.split(/\s+/).length > 45) return [];
  const parts = asked
    .flatMap((s) => s.split(JOINED))
    .map((p) => p.replace(LEAD_IN, '').trim())
    .filter((p) => p.split(/\s+/).length >= 2);
  if (parts.length < 2 || parts.length > 3) return [];
  // A part that asks only how long, when or who of something it does not name ("… and how long
  // will it take?") is about what the part before it named, so it is read with that part.
  const read = parts.map((p, i) => (i > 0 && asksOnlyOfIt(p) ? `${parts[i - 1]!} ${p}` : p));
  return read.map((p) => (context ? `${context} ${p}` : p));
}

/** The words that join a further question on: "and", "also", "if not", "if so", "or". */
const LEAD_IN = /^(?:(?:and|also|plus|oh and|or|if not|if so)\b,?\s*)+/i;

/**
 * The sentences of a typed message. A family on a phone starts a new question in lower case
 * ("are you open then?? if not can i email", "is it free. do i have to go"), which a page's
 * sentence splitting would keep as one sentence.
 */
function typedSentences(message: string): string[] {
  return splitSentences(message).flatMap((s) =>
    s.text.split(/(?<=\?)\s+(?=\S)|(?<=\b[a-z]{3,}\.)\s+(?=[a-z])/).filter((t) => /\w/.test(t)),
  );
}

/**
 * Verbs that stand in for the thing asked about: "how long will it take", "when will it happen",
 * "how does it work". A closed class of English grammar, not the field's vocabulary.
 */
const PRO_VERBS = new Set(analyze('take takes taking happen happens work works go goes'));

/**
 * A part that, once its asking words ("how long") are set aside, names nothing but a verb that
 * stands in for something: it asks about what the part before it named.
 */
function asksOnlyOfIt(part: string): boolean {
  const asking = answerTypeOf(part)?.asking;
  const rest = asking ? part.replace(asking, ' ') : part;
  return analyze(rest).every((t) => isLightTerm(t) || PRO_VERBS.has(t));
}

/**
 * A part that names nothing of its own ("… or does it have to be me?", "or is it just me?"): it
 * leans on the other part, so what it finds alone only counts where the other part found it too.
 */
export function namesNothing(part: string): boolean {
  return analyze(part).every(isLightTerm);
}
