// How families pass on what they have heard: "I was told I have to go to mediation first",
// "a mum at the school gate said we'd lose our right to appeal", "apparently it's free, is that
// right?". The claim is the question; the frame around it (who said it, "is that true?") names
// nothing the guidance answers, and its words ("told", "right") would match the wrong sentence.

/** "I was told (by the council) (that)", "we've been advised that", "I've heard/read that". */
const OWN_FRAME =
  /\b(?:i|we)(?:'ve|'d| have| had)?(?: been| was| were)? (?:told|informed|advised|heard|read)(?: by (?:the |a |an |my |our )?\w+(?: \w+)?)?(?: that\b)?/gi;

/**
 * "Someone on a facebook group said", "a mum at the school gate said that", "people say": a
 * hearsay source (an indefinite subject) and a verb of saying. A definite subject is a party to
 * the dispute and stays ("the school says he doesn't need support"); only its verb goes. Never
 * "said no to" / "said yes" (a refusal is content).
 */
const SAYING =
  /\b(?:said|say|says|told (?:me|us)|reckons?|reckoned|claims?|claimed|mentioned|insists?|insisted)\b(?! no\b| yes\b| to\b)(?: that\b)?/i;
const HEARSAY = new RegExp(
  `(?:^|(?<=[.!?;]\\s*))\\s*(?:someone|somebody|people|everyone|they|other \\w+|another \\w+|an? \\w+|one of)\\b[^.!?;,]{0,50}?${SAYING.source}`,
  'gi',
);
const PARTY_SAYS = new RegExp(
  `(?<=\\b(?:the|my|our|his|her) \\w+(?: \\w+)? )${SAYING.source}`,
  'gi',
);

/**
 * A question passed on for someone else: "she wants to know if …", "one of the mums asked me
 * whether …", "I was wondering if …". What is asked follows; the asking frame names nothing.
 */
const ASKED_FOR =
  /\b(?:wants?|wanted|would like|'d like|needs?) to (?:know|find out|check|ask)(?: (?:from )?you)?(?: (?:if|whether))?\b|\b(?:asked|asks|asking|wondering|wonders|wondered)(?: (?:me|us|you))? (?:if|whether)\b/gi;

/** The text ends by asking: a question mark, perhaps inside closing quotes or a bracket. */
export function endsAsking(text: string): boolean {
  return /\?["'”’)]*\s*$/.test(text);
}

/** A sentence that asks: a question mark, or a question passed on ("she wants to know if …"). */
export function asksSomething(sentence: string): boolean {
  ASKED_FOR.lastIndex = 0;
  const passedOn = ASKED_FOR.test(sentence);
  ASKED_FOR.lastIndex = 0;
  return /\?\s*$/.test(sentence) || passedOn;
}

/** "Apparently", "is that right?", "is this true", "am I right in thinking". */
const CHECKS =
  /\b(?:apparently|supposedly|allegedly)\b|\b(?:is|was) (?:that|this|it) (?:right|true|correct|so|the case)\b|\bam i (?:right|correct)(?: in thinking| to think)?\b|\btrue or (?:not|false)\b/gi;

/** The message with the framing of a reported claim left out; the claim itself stays. */
export function withoutReportedFrame(message: string): string {
  return message
    .replace(CHECKS, ' ')
    .replace(ASKED_FOR, ' ')
    .replace(OWN_FRAME, ' ')
    .replace(HEARSAY, ' ')
    .replace(PARTY_SAYS, ' ');
}
