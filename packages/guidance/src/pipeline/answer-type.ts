// What kind of content answers a question, read from how it asks: "how long" is answered by a
// span of time, "which law" by a named Act, "in what situations" by a condition, "face to face?"
// by how it is done, "where should I go first" by whom to contact. A sentence that holds that
// kind of content is preferred over one that only shares the question's words.

// Someone named by a noun ("the mediator", "an adviser"), not "I", "you" or "it".
const ROLE_HOLDER = String.raw`(?:the |a |an |your )?(?!(?:i|we|you|they|he|she|it|that|this|there)\b)([a-z]+)\b`;

// "£5.35 an hour", "25p a mile", "£40 per day": a price for a span of time is a rate, not how
// long something lasts or a time limit.
const NOT_A_RATE = String.raw`(?<!(?:£\s?\d[\d.,]*|\d[\d.,]*\s?(?:p|pence|pounds?))\s+)`;

interface AnswerType {
  asks: RegExp;
  /**
   * The question asks for this kind of content and nothing else answers it (how long, which
   * law, how much, how old): a sentence without it is not shown. Otherwise the kind is only
   * preferred ("in what situations" may be answered by a sentence without "if").
   */
  strict?: boolean;
  /** How long something itself lasts ("how long is the meeting"), not a time limit. */
  lasts?: boolean;
  /** The content that answers; a function when it depends on the thing asked about. */
  answers: RegExp | ((thing: string) => RegExp);
}

const TYPES: AnswerType[] = [
  {
    lasts: true,
    // How long a meeting or call itself lasts ("how long is the call", "how many hours does it go
    // on for"): a length of minutes, hours or part of a day, not a time limit "within 2 months".
    // Not when someone is to act ("how long are they supposed to take", "how long do I have"),
    // nor "how long does the certificate take": a thing sent takes time to come, it does not last.
    // Those words count only in the clause that asks: "how long does the meeting last and do I
    // have to stay for all of it?" still asks how long it lasts. A family planning the day asks
    // it too: "how long should I allow", "how much time do I need to take off work".
    strict: true,
    asks: /\bhow long (?:is|are|does|do|will|would|did|might|could|should)\b(?! (?:they|you|we|i|he|she|them|the (?:council|la|local authority|school|tribunal)|(?:my|our|his|her) \w+)\b)(?!(?:(?!\b(?:and|but)\b)[^?.!,;])*\b(?:have|has|got|get|until|till|til|before|after|wait|waiting|to (?:wait|appeal|ask|hold|reply|arrange|respond|send|issue|decide|contact|ring|call))\b)(?=[^?.!]*\b(?:last|lasts|go on|going on|goes on|run|runs|call|meeting|session|mediation|conversation|chat)\b)|\bhow many hours\b|\bhow (?:long|much time)\b(?:(?!\b(?:have|has|got|until|till|before|to (?:contact|ask|appeal|ring|call|reply|respond|send|issue))\b)[^?.!,;]){0,30}?\b(?:allow|set aside|keep (?:\w+ ){0,2}free|book (?:\w+ ){0,2}off|take (?:\w+ ){0,2}off|plan for|block out)\b/i,
    answers: new RegExp(
      String.raw`${NOT_A_RATE}\b(?:\d+|one|two|three|four|five|six|a few|a couple of|an?)(?: or \w+| to \w+|-\w+)? (?:minutes?|mins?|hours?|hrs?)\b|\bhalf[- ](?:an hour|a day|the day|day)\b|\b(?:a|the|full|whole) (?:morning|afternoon|day)\b|\ball day\b|\b\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)? ?(?:to|until|till|-|–) ?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)\b|${NOT_A_RATE}\b(?:an|one) hour\b`,
      'i',
    ),
  },
  {
    strict: true,
    asks: /\bhow (?:long|much time|many (?:days|weeks|months))\b|\btime ?limits?\b|\bdeadlines?\b|\bby when\b|\bhow soon\b/i,
    answers: new RegExp(
      String.raw`${NOT_A_RATE}\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|an?) (?:working |calendar )?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\b|\bhalf an hour\b|\bwithin\b`,
      'i',
    ),
  },
  {
    // "What's your success rate?", "what % reach agreement", "our chances at tribunal": a share
    // or a likelihood, which only a sentence giving one answers (most pages give none).
    strict: true,
    asks: /\bwhat (?:%|per ?cent|percentage|proportion)|\b(?:success|win|winning|agreement) rates?\b|\b(?:what(?: are|'s|s| is)|how good are) (?:the |our |my |his |her )?(?:odds|chances)\b|\b(?:odds|chances?) of (?:winning|success|succeeding)\b|\bhow (?:many|often) (?:families|parents|people|cases|appeals|mediations?)\b[^?.!]{0,40}\b(?:win|won|succeed|agree|settle|reach|resolved?|successful|end up)\b|\bhow likely\b/i,
    answers:
      /\d+ ?(?:%|per ?cent)|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:in|out of) (?:\d+|ten|every)\b|\b(?:most|the majority of|nearly all|almost all|about half of|half of) (?:families|parents|mediations|cases|appeals|meetings)\b/i,
  },
  {
    strict: true,
    asks: /\b(?:which|what) (?:law|laws|legislation|acts?|statutes?)\b|\bunder (?:what|which) (?:law|act|legislation)\b|\blegal basis\b/i,
    answers: /\b[A-Z][a-z]+(?: (?:and|of|[A-Z][a-z]+))* Act(?: \d{4})?\b/,
  },
  {
    asks: /\b(?:what|which) (?:situations?|circumstances?|cases?)\b|\bwhen (?:can|could|may) (?:i|we|you|parents|families)\b|\bwhen (?:am|are|is) (?:i|we|you|parents|families|a parent) (?:allowed|able|permitted|exempt)\b/i,
    answers: /\b(?:only|when|if|except|unless)\b/i,
  },
  {
    strict: true,
    asks: /\bhow much\b(?! (?:time|notice|warning|longer|more|of|information|info|detail|say|input|support|help|evidence|paperwork)\b)|\b(?:cost|costs|charge|charged|charges|charging|fees?|price|pay|paying)\b/i,
    // Also who pays, and that the family does not: "we'll book and pay for an interpreter",
    // "families never pay us a penny", "the council funds the service", "25p a mile", "the
    // council that set up the meeting pays".
    answers:
      /\bfree\b|\bcosts?\b|\bcharges?\b|\bfees?\b|£\s?\d|\b\d+(?:\.\d+)?\s?(?:p|pence)\b|\bpays\b|\bno charge\b|\bpays? for\b|\bpaid for\b|\b(?:never|not|don't|do not|won't|will not) (?:have to |need to )?pay\b|\bpenny\b|\bfund(?:s|ed|ing)?\b|\bpays? (?:back|you back)\b|\bclaim (?:\w+ )?back\b|\breimburs\w*/i,
  },
  {
    strict: true,
    asks: /\bhow old\b|\b(?:what|which) age\b|\bage limits?\b|\btoo old\b|\b(?:under|over|older than|younger than) \d{1,2}s?\b/i,
    answers:
      /\bage(?:d)? (?:of )?(?:up to )?\d|\bup to (?:the age of |their |his |her )?\d|\b\d{1,2}(?:st|nd|rd|th) birthday\b|\b(?:under|until (?:they (?:are|turn)|you (?:are|turn))|over|from) \d{1,2}\b|\b0 ?(?:-|–|to) ?25\b/i,
  },
  {
    asks: /\bface[- ]to[- ]face\b|\bin person\b|\bover the (?:tele)?phone\b|\bby (?:tele)?phone\b|\bvideo call\b|\bon zoom\b/i,
    answers: /\b(?:tele)?phone\b|\bin person\b|\bonline\b|\bface[- ]to[- ]face\b/i,
  },
  {
    // "What does the certificate let me do?", "what is it for?": what a thing makes possible.
    asks: /\bwhat (?:does|do|will|would|can) (?:the |a |an |my |this |that )?(?:[\w-]+ ){1,3}(?:let|allow|enable|permit) (?:me|us|you|them|him|her|families|parents)\b|\bwhat (?:is|are) (?:the |a |an |my |this |that )?(?:[\w-]+ ){1,3}for\s*\?|\bwhat (?:is|are) the (?:point|purpose|use) of\b/i,
    answers: /\b(?:enables?|allows?|lets?|permits?|so that|in order to)\b/i,
  },
  {
    // "Do we need an EHC plan to use it?": whether a thing is a condition of something else, so
    // answered by a sentence that says it applies "whether they have <that thing> or not". Only
    // the thing asked about: any "whether … or not" would answer every "do I need a …?".
    asks: /\b(?:do|does|will|would) (?:i|we|you|they|he|she|my \w+|our \w+) (?:need|have to have|require) (?:an?|the) ([\w-]+(?: [\w-]+){0,2}?)(?= (?:to|for|before|if|first)\b|\s*[?.,!]|$)/i,
    answers: (thing) =>
      new RegExp(
        String.raw`\bwhether\b[^.]{0,80}?\b(?:${thing})\w*\b[^.]{0,40}?\bor not\b|\bwith or without (?:an? |the )?(?:${thing})`,
        'i',
      ),
  },
  {
    // "How does the mediator help?", "what is the adviser's role?": what that person does, so a
    // sentence with them as its subject ("A trained mediator helps …"), not one that only names
    // the people around them.
    asks: new RegExp(
      [
        String.raw`\bhow (?:does|do|will|would|can) ${ROLE_HOLDER} help\b`,
        String.raw`\bwhat (?:does|do|will) ${ROLE_HOLDER} (?:actually )?do\b`,
        String.raw`\bwhat (?:is|are) ${ROLE_HOLDER}['’]s? (?:role|job|part)\b`,
        String.raw`\b(?:role|job) of ${ROLE_HOLDER}`,
        String.raw`\bwhat (?:part|role) (?:does|do|will) ${ROLE_HOLDER} play\b`,
      ].join('|'),
      'i',
    ),
    answers: (thing) =>
      new RegExp(
        String.raw`(?:^|[.;:]\s+)(?:an?|the)\s+(?:[a-z]+\s+)?(?:${thing})\w*\s+(?:is|are|helps?|does|will|can|works?|acts?|explains?|gives?|listens?)\b`,
        'i',
      ),
  },
  {
    asks: /\bwho (?:do|should|can|could) (?:i|we) (?:go to|turn to|speak to|talk to|contact|call|ask)\b|\bwhere (?:do|should|can|could) (?:i|we) (?:go|turn|start)\b/i,
    answers: /\bcontact(?:ed)?\b|\bcall\b|\bspeak to\b|\bget in touch\b/i,
  },
];

/**
 * "How long is the meeting?", "how many hours does it go on for?": the length of an event, which
 * the pages answer, not a time limit for the law to work out.
 */
export function asksHowLongItLasts(question: string): boolean {
  return TYPES.some((t) => t.lasts && t.asks.test(question));
}

/**
 * The pattern of the content that would answer the question, when its asking says, and the
 * words that asked ("situations", "deadline"): they name the kind of answer, not its topic.
 */
export function answerTypeOf(
  question: string,
): { answers: RegExp; asking: string; strict: boolean } | undefined {
  for (const t of TYPES) {
    const m = t.asks.exec(question);
    if (!m) continue;
    const strict = !!t.strict;
    if (t.answers instanceof RegExp) return { answers: t.answers, asking: m[0], strict };
    const thing = m.slice(1).find(Boolean) ?? '';
    const words = thing.toLowerCase().match(/[a-z]{3,}/g);
    // The words that name the thing are its topic, so only the asking words are "asking".
    if (words)
      return {
        answers: t.answers(words.join('|')),
        asking: m[0].replace(thing, ' '),
        strict,
      };
  }
  return undefined;
}
