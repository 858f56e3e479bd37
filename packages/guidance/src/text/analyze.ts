// One analyzer for passages and questions, so both sides of a match are normalised the same
// way: field phrases to one token (EHC plan → ehcp), stop words out, light stemming.

/**
 * Phrases of this field folded into one canonical token before tokenising. Order matters: longer
 * phrases first. Applied to lower-cased text.
 */
const CANONICAL: [RegExp, string][] = [
  [/\beducation,? health,? (?:and|&) care \(ehc\) plans?\b/g, ' ehcp '],
  [/\beducation,? health,? (?:and|&) care plans?\b/g, ' ehcp '],
  [/\behc\s*plans?\b/g, ' ehcp '],
  [/\behcps?\b/g, ' ehcp '],
  [/\beducation,? health,? (?:and|&) care needs assessments?\b/g, ' ehcna '],
  [/\behc ?needs assessments?\b/g, ' ehcna '],
  [/\behcnas?\b/g, ' ehcna '],
  [
    /\b(?:send\s*)?information,? advice,? (?:and|&) support(?: service)?s?(?: \(?(?:send)?iass?\)?)?/g,
    ' iass ',
  ],
  [/\b(?:send\s*)?iass?\b/g, ' iass '],
  [/\bsendias+\b/g, ' iass '],
  [/\bparent partnership(?: service)?\b/g, ' iass '],
  [/\b(?:the\s+)?(?:send|sen|first[- ]tier)\s+tribunal\b/g, ' tribunal '],
  [/\bsendist\b/g, ' tribunal '],
  [/\bintegrated care boards?\b/g, ' healthbody '],
  [/\bclinical commissioning groups?\b/g, ' healthbody '],
  [/\bhealth (?:commissioning )?bod(?:y|ies)\b/g, ' healthbody '],
  [/\bnhs(?: england| trust)?\b/g, ' healthbody '],
  [/\bicbs?\b/g, ' healthbody '],
  [/\bccgs?\b/g, ' healthbody '],
  [/\blocal authorit(?:y|ies)(?:'s|’s)?\b/g, ' council '],
  [/\blocal councils?\b/g, ' council '],
  [/\bl\.?a\.?s?\b/g, ' council '],
  [/\bspecial educational needs?(?: and disabilit(?:y|ies))?\b/g, ' sen '],
  [
    /\bsend\b(?=\s+(?:support|needs|provision|team|officer|services?|code|children|pupils?|department|caseworker))/g,
    ' sen ',
  ],
  [/\bsenco\b/g, ' senco '],
  [/\bsen\s+statements?\b/g, ' statement '],
  [/\bstatements? of (?:special educational needs|sen)\b/g, ' statement '],
  [/\byoung (?:people|persons?|adults?)\b/g, ' youngperson '],
  [/\bsocial (?:care|services|workers?)\b/g, ' socialcare '],
  [/\b(?:take|takes|taking|took) sides?\b/g, ' takesides '],
  [
    /\bon (?:the |my |our |their |his |her |your |anyone'?s |either |one )?(?:[a-z]+'s )?sides?\b/g,
    ' takesides ',
  ],
  [
    /\bwho (?:can|could|may|is able to|is allowed to) (?:use|access|get|apply for|come to|ask for)\b|\bwho is (?:it|this|the service|mediation) for\b/g,
    ' eligible ',
  ],
  [/\bwhose side\b/g, ' takesides '],
  [/\bdisability discrimination\b/g, ' discrimination '],
  // Everyday ways of asking whether someone will judge or advise.
  [
    /\b(?:tell|telling|tells) (?:me|us|them|you|people|parents|families|him|her) what to do\b/g,
    ' advice ',
  ],
  [
    /\bwho(?:'s| is| was) (?:right|wrong|to blame|at fault)\b|\bwho (?:wins|won|loses|lost|is (?:going to|gonna) (?:win|lose)|will win|will lose)\b/g,
    ' judgement ',
  ],
  [
    /\b(?:decide|decides|deciding|rule|rules|ruling) (?:who|which side|in favou?r|against)\b|\b(?:decide|decides|deciding|settle|settles|determine|determines) (?:the|our|my|this) (?:outcome|result|case|dispute|answer)\b/g,
    ' judgement ',
  ],
  // What is said in the room going anywhere else: "could anything I say end up in the tribunal
  // papers", "will they use it against us", "is it off the record".
  [
    /\b(?:anything|what|whatever|things|everything) (?:i|we|you|they|he|she|people) (?:say|said|tell|told|share|discuss|admit)(?: (?:in|at|during) (?:the )?(?:mediation|meeting|session|room))?(?: (?:could|might|will|would|may|can|ever|later|then))* (?:end up |get |be )?(?:being |be )?(?:used|shared|passed on|repeated|reported|disclosed)\b(?: (?:in|as|against|with) (?:the |a |an |my |our |his |her )?(?:tribunal |court |appeal )?(?:papers|evidence|bundle|hearing|me|us|him|her|them))?|\bwhat (?:gets|is|was) said\b|\b(?:hear|find out|know|see|learn|be told) (?:about )?(?:what|anything|everything) (?:i|we) (?:say|said|tell|told|discuss|discussed)\b|\b(?:off|on) the record\b|\buse (?:it|this|that|anything|what (?:i|we) (?:say|said)) against (?:me|us|him|her|them)\b/g,
    ' confidential ',
  ],
  [
    /\bkept (?:private|secret|confidential)\b|\b(?:kept|stays?|remains?|staying) (?:between|within|in) (?:us|you and me|the people (?:there|present|involved|in the room)|the room|those (?:there|present))\b/g,
    ' confidential ',
  ],
  [/\bage limits?\b|\bhow old\b|\bupper age\b/g, ' age '],
  // "Only for children under 16?", "over 18s": an age, like "my son is 22".
  [
    /\b(?:under|over|below|above|older than|younger than) (\d{1,2})s?\b(?! (?:days?|weeks?|months?|hours?|pounds|%))/g,
    ' age $1 ',
  ],
  [
    /\bfurther education (?:institutions?|colleges?|providers?)\b|\bsixth form colleges?\b|\bfe colleges?\b/g,
    ' college ',
  ],
  // "My son is 22", "she's 19 years old": an age, which is what eligibility questions turn on.
  [
    /\b(?:is|are|was|aged|turned|turns|turning|now|he's|she's|they're) (\d{1,2})(?: years? old)?\b/g,
    ' age $1 ',
  ],
  [/\b(\d{1,2})[- ]years?[- ]old\b/g, ' age $1 '],
  [/\btak(?:e|es|ing|en) away\b/g, ' lose '],
  [
    /\b(?:children|child|young people|young person|kids?|sons?|daughters?|he|she|they|who) (?:is|are|was|were|who (?:is|are)) (?:in care|in foster care|looked[- ]after)\b/g,
    ' lookedafter ',
  ],
  [/\b(?:looked[- ]after|in foster care|care leavers?)\b|\bin care\b/g, ' lookedafter '],
  // A foster carer is a carer, and the child placed with them is looked after.
  [/\bfoster(?:ing)? (?:carers?|parents?|mums?|dads?|famil(?:y|ies))\b/g, ' carer '],
  [/\bplaced with (?:me|us|them|her|him|a family|foster carers?)\b/g, ' lookedafter '],
  // The care side of a plan is its social care: "care package", "care support".
  [
    /\bcare (?:package|provision|support|needs?|services?|elements?|parts?|side|bits?)s?\b/g,
    ' socialcare ',
  ],
  [
    /\bwhen (?:can|could|may|do|would|should) (?:i|we|you|parents|families|someone|people) (?:use|get|have|ask for|go to|access|request|try)\b/g,
    ' available ',
  ],
  // "Are you independent?" asks about the service itself.
  [/\b(?:are|were) you\b|\byour (?:service|organi[sz]ation|team|charity)\b/g, ' service '],
  [/\b(?:take|takes|taking|took|taken) part\b/g, ' takepart '],
  [/\b(?:both|all|the two|either|each) (?:sides|parties)\b/g, ' parties '],
  // "Does everyone have to agree?" asks whether it is voluntary.
  [
    /\b(?:has|have|need|needs|must|got) to (?:agree|consent|say yes)\b|\b(?:both|all) (?:sides|parties) (?:agree|consent)\b/g,
    ' voluntary ',
  ],
  // How families put the questions the page answers, in words it never uses. Each phrase
  // becomes the word of the sentence that answers it: "pull out" asks whether it is voluntary.
  [/\bout of pocket\b/g, ' cost '],
  [/\b(?:say|says|said|saying) no to\b|\bturn(?:s|ed|ing)? (?:it |us |me )?down\b/g, ' refuse '],
  [/\b(?:turn(?:s|ed|ing)?|show(?:s|ed|ing)?) up\b|\bcome along\b|\bbe there\b/g, ' attend '],
  [
    /\b(?:pull(?:s|ed|ing)?|drop(?:s|ped|ping)?|back(?:s|ed|ing)?|opt(?:s|ed|ing)?) out\b|\bwalk(?:s|ed|ing)? away\b|\bwithdraw\w*|\bchange (?:my|our|their|his|her|your) minds?\b/g,
    ' voluntary ',
  ],
  [/\bpass(?:es|ed|ing)? (?:on|along)\b|\bpassed to\b/g, ' confidential '],
  [/\bpass(?:es|ed|ing)? judge?ments?\b/g, ' judgement '],
  [
    /\b(?:they|we|you|he|she|i|who|the council|the school)(?:'re|'m|'s| are| is| am| were| was) (?:in the )?(?:right|wrong|at fault)\b/g,
    ' judgement ',
  ],
  [
    /\b(?:the )?same thing\b|\bdifferen(?:ce|ces|t)\b|\bdiffer\b|\b(?:another|other|a fancy|a posh) (?:word|name) for\b/g,
    ' different ',
  ],
  [
    /\b(?:part of|run by|paid by|employed by|funded by|work(?:s|ing)? for|linked to|connected to) (?:the |your |my |our )?(?:local authority|council|la|nhs|school)\b/g,
    ' independent ',
  ],
  [/\bopen to (?:us|me|him|her|them|my|our|families|parents|everyone)\b/g, ' apply '],
  // Why something is needed, and what it then lets you do: the sentence that says it "enables".
  [
    /\bwhy (?:would|do|does|should|must|did|will) (?:i|we|you|they|parents|families|someone) (?:need|want|get)\b|\bwhat happens (?:after|once|when) (?:i|we|you|they) (?:get|have|receive|got)\b|\b(?:trying|meant|supposed) to (?:achieve|do)\b|\bpoint of\b|\bpurpose\b|\benabl(?:e|es|ed|ing)\b|\baims? to\b/g,
    ' purpose ',
  ],
  [/\bget(?:ting)? hold of\b/g, ' get '],
  // "Sort it out" is resolving it; the "out" would match "carrying out".
  [/\bsort(?:s|ed|ing)? (?:(?:it|this|that|things|everything|them) )?out\b/g, ' resolve '],
  // A court's ways: is it legalistic?
  [
    /\bgive evidence\b|\bcross[- ]examin\w*|\bunder oath\b|\bwitness box\b|\b(?:(?:like|in|at) (?:a )?)?court ?(?:case|room)s?\b|\b(?:like|in) (?:a )?court\b/g,
    ' legalistic ',
  ],
  // What a mediation that goes well ends with: the solution the people reach.
  [
    /\b(?:supposed|meant|expected|hoping|hope) to (?:end|finish) (?:up )?with\b|\b(?:end|final) (?:result|outcome)\b|\boutcomes?\b|\bwhat (?:do|does|will|should) (?:we|it|mediation|the meeting|everyone) (?:end|come) (?:up )?(?:with|out with)\b/g,
    ' solution ',
  ],
  [
    /\bbefore (?:things|it|this|matters|the (?:problem|disagreement|dispute|row)) (?:escalates?|gets? (?:worse|serious|out of hand)|goes? (?:further|too far))\b|\bnip (?:it|this|things) in the bud\b/g,
    ' early stage ',
  ],
  [
    /\b(?:am|are|is) (?:i|we|he|she|they|my \w+) (?:allowed|able|eligible|entitled) to (?:use|access|get|ask for|apply for|come to)\b|\b(?:can|could|may) (?:he|she|they|i|we) still (?:use|access|come to) (?=you\b|u\b|the service|your service|it\b)/g,
    ' eligible ',
  ],
  // Someone bringing a child up is the child's carer, whatever the family tie.
  [
    /\b(?:bringing|brought|bring|brings) up\b|\braising (?=my|our|his|her|their|a)\b|\blooking after (?=my|our|his|her|their|a)\b/g,
    ' carer ',
  ],
  [
    /\bwho (?:actually |really |exactly )?(?:runs|leads|chairs|conducts|facilitates|is in charge of|will be in charge of) (?:the |a |my |our )?(?:mediation|meeting|session)\b/g,
    ' mediator mediation ',
  ],
  // "Can I still appeal?" after doing something asks whether that thing affects the right.
  [
    /\b(?:can|could|will|would) (?:i|we|he|she|they|you) still (?:be able to )?(?=appeal|go to|register|lodge|take)|\bstill (?:have|keep) (?:the|my|our|a) right\b/g,
    ' affect ',
  ],
  // Going on to the tribunal after mediation, or when it fails, is the same question: whether
  // mediation affects the right of appeal.
  [
    /\b(?:carry|go|move|press) on (?:to|with) (?:the |an |our |my )?(?:tribunal|appeal)\b|\bif (?:the )?(?:mediation|it) (?:does not|doesn't|didn't|did not|won't|will not) work\b|\bif (?:the )?(?:mediation|it) (?:fails|failed|breaks down|broke down|goes nowhere|is unsuccessful)\b/g,
    ' affect ',
  ],
  // "Do I have to go?" asked by the family is whether taking part is their choice; asked of
  // the council ("does the LA have to come?") it is about attending, which "must" finds.
  [
    /\b(?:do|does|will|would|must) (?:i|we|parents|families|my (?:son|daughter|child)) (?:still |really |actually |even )?(?:have|need|got) to (?:go|use|attend|try|do|agree|take part)\b(?![^?.!]*\b(?:before|first|prior)\b)|\b(?:am|is|are) (?:i|we|a parent|the parent|parents|a family|families|a young person|young people) (?:\w+ )?(?:obliged|required|forced|compelled|made|expected|obligated) to (?:go|use|attend|try|do|agree|take part)\b(?![^?.!]*\b(?:before|first|prior)\b)|\b(?:do|must) (?:i|we) (?:still |really |actually )?(?:have|need) to\s*(?=[?.!]|$)/g,
    ' must voluntary ',
  ],
  // Obligation, however it is phrased, is one idea ("do I have to" ~ "must").
  [
    /\b(?:have|has|had|need|needs|needed|got) to\b|\b(?:required|obliged|obligated) to\b/g,
    ' must ',
  ],
];

const STOP = new Set(
  `a an the and or but if then than so of to in on at by for from with without into onto about over under
  as is am are was were be been being do does did doing done have has had having get gets got getting
  i me my mine myself we us our ours you your yours he him his she her hers it its they them their theirs
  this that these those there here what which who whom whose when where why how
  can could will would shall should may might
  not no yes ok okay please thanks thank hi hello dear
  just also very really quite some any all each every much many more most such own same too
  tell know want like let say said ask asking asked go going goes gone went make makes made
  anything something everything nothing anyone someone everyone anybody somebody thing things stuff
  happen happens happened actually basically currently ever even still yet already really
  kept keep keeps give gives given take takes taken put find found try tried work works lot lots
  myself yourself himself herself itself ourselves yourselves themselves
  after afterwards later true allowed possible worth honestly literally anyway sure
  im i'm ive i've id i'd dont don't doesnt doesn't cant can't wont won't isnt isn't
  one ones well`
    .split(/\s+/)
    .filter(Boolean),
);

// All phrases in one alternation, so a text is scanned once, not once per phrase (indexing
// 1,000 pages spends most of its time here). At each position the earliest-listed phrase wins.
const ALL_PHRASES = new RegExp(
  CANONICAL.map(([re], i) => `(?<p${i}>${re.source.replace(/(?<!\\)\((?!\?)/g, '(?:')})`).join('|'),
  'g',
);

export function canonicalise(text: string): string {
  const t = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .normalize('NFKC');
  return t.replace(ALL_PHRASES, (...args: unknown[]) => {
    const match = args[0] as string;
    const groups = args.at(-1) as Record<string, string | undefined>;
    for (let i = 0; i < CANONICAL.length; i++) {
      if (groups[`p${i}`] === undefined) continue;
      const token = CANONICAL[i]![1];
      // The one phrase with a captured part ("is 22" → "age 22") keeps its number.
      return token.includes('$1') ? token.replace('$1', /\d+/.exec(match)?.[0] ?? '') : token;
    }
    return match;
  });
}

/** Words of a text (canonicalised, stop words kept), before stemming. */
export function words(text: string): string[] {
  return canonicalise(text)
    .replace(CONTRACTION, (m) => CONTRACTIONS[m] ?? (m.endsWith("n't") ? ' not' : ''))
    .replace(TEXT_SPEAK_NUMBER, (m) => (m === '2' ? 'to' : 'for'))
    .split(/[^\p{L}\p{N}]+/u)
    .map((w) => TEXT_SPEAK.get(w) ?? w)
    .filter((w) => w.length > 1 || /\d/.test(w));
}

// "don't" would otherwise leave a word "don" that no page uses, and weigh as a rare word.
const CONTRACTIONS: Record<string, string> = { "can't": 'can not', "won't": 'will not' };
const CONTRACTION = /\b(?:can't|won't)|n't\b|'(?:s|re|ve|ll|d|m)\b/g;

/** How people write on a phone: "wat", "ur", "hav". Only forms no published page uses. */
const TEXT_SPEAK = new Map(
  Object.entries({
    u: 'you',
    ur: 'your',
    r: 'are',
    wat: 'what',
    wot: 'what',
    wht: 'what',
    wats: 'what',
    wots: 'what',
    whats: 'what',
    hav: 'have',
    av: 'have',
    pls: 'please',
    plz: 'please',
    cos: 'because',
    coz: 'because',
    abt: 'about',
    b4: 'before',
    shud: 'should',
    cud: 'could',
    wud: 'would',
    cn: 'can',
    wen: 'when',
    hw: 'how',
    ppl: 'people',
    skool: 'school',
    gonna: 'going',
    wanna: 'want',
    gotta: 'must',
    dunno: 'know',
  }),
);
/** "have 2 pay 4 it": a 2 or 4 between words, not a count of something ("2 months"). */
const TEXT_SPEAK_NUMBER =
  /(?<=\b(?!age\b)[a-z]+ )[24](?= (?!(?:days?|weeks?|months?|years?|hours?|times?|kids?|children|sons?|daughters?|schools?|plans?)\b)[a-z])/g;

/** Index terms of a text: canonical phrases, no stop words, light stemming. */
export function analyze(text: string): string[] {
  const out: string[] = [];
  for (const w of words(text)) {
    if (STOP.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

/** Every stop word, for recognising a misspelt one ("actualy") in a question. */
export const STOP_WORDS: ReadonlySet<string> = STOP;

/**
 * A light English stemmer, so the forms of a word meet: plurals, -ing and -ed (using / used /
 * use, agreed / agree), -ment nouns (assessment / assessed, arrangement / arranging), -ation
 * and -ate (mediation / mediate / mediating / mediated), -ality (confidentiality), -ly, -ise /
 * -ize and a final e. It never removes an agent's -or / -er: Porter would fold "mediator" into
 * "mediation", which this field must keep apart.
 */
export function stem(word: string): string {
  let w = word;
  if (/\d/.test(w)) return w;
  // "use", "age", "fee" meet "using", "aged", "fees", whose e goes below.
  if (w.length <= 3) return w.length === 3 && w.endsWith('e') ? w.slice(0, -1) : w;
  w = w.replace(/iz(e|es|ed|ing|ation|ations)$/, 'is$1');
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  if (w.endsWith('ied') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('eed')) w = w.length > 5 ? w.slice(0, -1) : w;
  else if (w.endsWith('ing') && hasVowel(w.slice(0, -3)) && w.length > 4)
    w = undouble(w.slice(0, -3));
  else if (w.endsWith('ed') && hasVowel(w.slice(0, -2)) && w.length > 3)
    w = undouble(w.slice(0, -2));
  if (w.endsWith('ly') && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith('ment') && w.length >= 7 && !KEEP_MENT.has(w)) w = w.slice(0, -4);
  else if (w.endsWith('ality') && w.length >= 9) w = w.slice(0, -3);
  else if (w.endsWith('ation') && w.length >= 8) w = `${w.slice(0, -5)}ate`;
  if (w.endsWith('e') && w.length > 2) w = w.slice(0, -1);
  return w;
}

/** -ment nouns that are not the verb before them ("statement" is not "state"). */
const KEEP_MENT = new Set(['statement', 'element', 'comment', 'document', 'moment']);

const hasVowel = (w: string) => /[aeiouy]/.test(w) && w.length >= 2;

function undouble(w: string): string {
  return /([^aeiouylsz])\1$/.test(w) ? w.slice(0, -1) : w;
}
