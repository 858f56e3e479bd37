import { asksSomething } from './reported-speech';

/**
 * The clauses of a message that ask, or the whole message when all or none do: "money is really
 * tight, how much does it cost?" asks about cost; the rest is the family's situation. Families
 * type without capitals or full stops, so commas and semicolons end a clause here too. With
 * `wanted`, the clauses holding the words that asked for a kind of answer ("how long").
 */
export function askingPart(question: string, wanted: { asking: string } | undefined): string {
  const clauses = clausesOf(question);
  const asking = wanted
    ? clauses.filter((p) => p.toLowerCase().includes(wanted.asking.toLowerCase()))
    : clauses.filter(clauseAsks);
  return asking.length && asking.length < clauses.length ? asking.join(' ') : question;
}

/**
 * A message's clauses: families type without full stops, so commas and semicolons end one too,
 * and so does a question turned on with "so" or "but" ("the council put your number on their
 * letter so are yous just the council in disguise?": what is asked is whether we are the council).
 */
const clausesOf = (message: string) =>
  message
    .split(
      /(?<=[.!?,;])\s+|\s+(?=(?:so|but)\s+(?:are|is|am|do|does|did|can|could|will|would|should|have|has)\s+(?:you|yous|u|ya|ye|they|it|i|we|he|she)(?![\p{L}\p{N}]))/iu,
    )
    .filter((p) => /\w/.test(p));

/** A clause that asks, with or without its question mark. */
const clauseAsks = (c: string) =>
  asksSomething(c) || QUESTION_START.test(c) || CONDITIONAL_QUESTION.test(c);

/**
 * The message without its clauses about one matter (`about`: a deadline), when another of its
 * clauses asks something: "letter dated 8 October, is the library van coming to Holmsey this
 * month and what time, or am I too late?" asks about the van beside the deadline, and the story
 * around it (kept) tells retrieval which van. Undefined when nothing else is asked.
 */
export function askedBeside(
  message: string,
  about: (clause: string) => boolean,
): string | undefined {
  const clauses = clausesOf(message);
  const kept = clauses.filter((c) => !about(c));
  if (kept.length === clauses.length) return undefined;
  return kept.some(clauseAsks) ? kept.join(' ') : undefined;
}

/** A clause typed as a question without its question mark: "how long do they get to send it". */
export const QUESTION_START =
  /^\s*(?:(?:so|and|but|ok|okay|also|then|hi|hello|please)\W+)*(?:how|what|whats|what's|wots|wat|when|whens|when's|where|who|whose|which|why|can|could|do|does|did|is|are|am|will|would|should|shall|must|may)\b/i;

/**
 * A question after a condition, without its question mark: "if we ask for mediation will anyone
 * from health turn up", "once the plan is final do I have to …": the verb comes before its
 * subject.
 */
const CONDITIONAL_QUESTION =
  /^\s*(?:(?:so|and|but|ok|okay|also|then)\W+)*(?:if|when|once|after|before|say)\b[^,.;!?]{0,80}?\b(?:will|would|can|could|do|does|is|are|should|must|have|has|did)\s+(?:i|we|you|they|he|she|it|anyone|anybody|someone|somebody|there|the|my|our|his|her|their)\b/i;
