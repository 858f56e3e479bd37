// The "twentyninth" question set as JS literals. Regexes are regex literals (or built by the
// small date helpers below), written without flags: the scorer applies "i" to `must` and "im"
// to `must_not`.
//
//   node check/build-questions.mjs      writes ../questions.jsonl
//
// Today for the engine is Thursday 3 December 2026. Date questions carry their working in
// META below; check.mjs recomputes every one of them from the rules in RULES.md.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SQ = 'contact-us-squarespace.html'; // a Squarespace site page, saved from the browser as HTML
const NO = 'routes-certificates-time-limits-notion-export.md'; // a Notion page exported as Markdown
const WV = 'your-mediation-meeting-webinar-transcript.txt'; // a webinar's WebVTT captions, saved as .txt

// the service's phone number, however it is spaced or prefixed
const PHONE = /191\)?[\s.-]?498[\s.-]?0736/;
// "not" just before a phrase, so a must_not only catches the phrase said as advice
const N = "(?<!not )(?<!n't )(?<!never )";
const nn = (s) => new RegExp(N + s);
// a negation anywhere earlier in the sentence (up to 40 characters) also excuses the phrase
const NEG =
  "(?<!(?:\\bnot\\b|n't|\\bnever\\b|\\binstead of\\b|\\brather than\\b|\\bno longer\\b)[^.]{0,40})";
const ng = (s) => new RegExp(NEG + s);

// ---- date helpers: a right date in any common format, a wrong date unless it is negated
const MON = {
  1: 'jan(uary)?',
  2: 'feb(ruary)?',
  3: 'mar(ch)?',
  4: 'apr(il)?',
  5: 'may',
  6: 'june?',
  7: 'july?',
  8: 'aug(ust)?',
  9: 'sep(t(ember)?)?',
  10: 'oct(ober)?',
  11: 'nov(ember)?',
  12: 'dec(ember)?',
};
const parts = (iso) => {
  const [y, m, d] = iso.split('-');
  return { y, yy: y.slice(2), m: Number(m), d: Number(d) };
};
// accepts "24 December 2026", "Thursday 24th Dec", "December 24, 2026", "24/12/2026", "24.12.26", ISO
const dateOk = (iso) => {
  const { yy, m, d } = parts(iso);
  return [
    new RegExp(`\\b0?${d}(st|nd|rd|th)?( of)? ${MON[m]}\\b`),
    new RegExp(`\\b${MON[m]}\\.? 0?${d}(st|nd|rd|th)?\\b`),
    new RegExp(`\\b0?${d}[/.]0?${m}[/.](20)?${yy}\\b`),
    new RegExp(iso),
  ];
};
// a wrong date named anywhere, unless a negation comes before it in the sentence
const _dateBad = (iso) => {
  const { y, m, d } = parts(iso);
  return [
    new RegExp(`${NEG}\\b0?${d}(st|nd|rd|th)?( of)? ${MON[m]}\\b`),
    new RegExp(`${NEG}\\b${MON[m]}\\.? 0?${d}(st|nd|rd|th)?\\b`),
    new RegExp(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  ];
};
// a wrong date given as the answer ("the deadline is ...", "by ..."), where right answers may
// still mention it on the way
const dateAsAnswer = (iso, lead = '(deadline|last day|latest|due|by|until|till)') => {
  const { m, d } = parts(iso);
  return [
    new RegExp(
      `${NEG}${lead}( date)?( is| was| would be| will be|'s|:)?( on| by)?( the)?( \\w+day,?)? 0?${d}(st|nd|rd|th)?( of)? ${MON[m]}\\b`,
    ),
    new RegExp(
      `${NEG}${lead}( date)?( is| would be| will be|'s|:)?( on| by)?( \\w+day,?)? ${MON[m]}\\.? 0?${d}(st|nd|rd|th)?\\b`,
    ),
  ];
};
// the same, for a date a right answer passes through on its way ("the later date, 30 December,
// falls in the Christmas window, so ..."): it only counts when the sentence does not go on to move it
const dateAsFinal = (iso) =>
  dateAsAnswer(iso).map(
    (r) =>
      new RegExp(
        `${r.source}(?![^.]{0,60}\\b(but|however|which|so it|moves?|moved|becomes|became|rolls?|rolled|pushed|falls? (in|on)|lands? (in|on))\\b)`,
      ),
  );
// "you need a certificate" said as advice (not "no certificate", "don't need ...")
const _NEEDS_CERT =
  /(?<!not )(?<!n't )(?<!no )(?<!never )(you )?(need|must get|will need|have to get) (a |an )?(mediation )?certificate/;
const NO_CERT = [
  /no (mediation )?certificate/,
  /(don't|do not|doesn't|does not|won't|will not) need (a |any )?(mediation )?certificate/,
  /certificate (is not|isn't) (needed|required)/,
  /without (a )?(mediation )?certificate/,
];

// "yes, you need a certificate" said as an answer, or "no certificate" said as an answer
const SAYS_NO_CERT = NO_CERT.map((r) => new RegExp(N + r.source));
// the same as advice, for must_not: not after "no", "not", "n't" or "never"
const CERT_NEEDED_AS_ANSWER = [
  /(?<!not )(?<!n't )(?<!never )(?<!no )\b(you|she|he|they) (still )?(need|needs|must get|have to get|has to get|will need) (a |the )(mediation )?certificate/,
  /(?<!not )(?<!n't )(?<!never )(?<!no )\b(a|the) (mediation )?certificate (is|will be) (still )?(needed|required)/,
];
const CERT_NEEDED = [
  /(you|she|he|they|you'll|you will) (still )?(need|needs|must get|have to get|has to get) (a |one |the )?(mediation )?certificate/,
  /(a |one |the )?(mediation )?certificate (is |will be )?(still )?(needed|required)/,
  /(can't|cannot|can not|won't be able to) (go|gan) straight to the tribunal/,
];

export const QUESTIONS = [
  {
    id: 't29-01',
    file: SQ,
    q: 'howay man, im on 12 hour shifts at the chemical works, 6 till 6, so yous are never open when im not grafting. is there owt earlier or later i can ring and actually get a person? dinnae want to be ringin on me break',
    must: [
      [
        /ring me/,
        /book (a |an )?(call|slot|time)/,
        /(choose|pick) (a|the|your) (time|slot)/,
        /20.minute call/,
        /call (you )?(back )?at a time/,
      ],
      [/\b8 ?am/, /\b8 ?pm/, /eight/, /0?8[.:]00/, /20[.:]00/],
    ],
    must_not: [
      nn('(phones?|lines?|we) (are )?(open|answered|staffed)[^.]{0,30}(till|until|to) 8 ?pm'),
      nn('sundays?[^.]{0,30}\\d ?(am|pm)'),
      nn('(slots?|calls?|lines?|phones?)[^.]{0,25}(from|at) (6|7|6\\.30|7\\.30) ?am'),
      nn('(any|every) day of the week'),
    ],
    cite: ['any time from 8am to 8pm, Monday to Thursday', 'kept for people who work shifts'],
  },
  {
    id: 't29-02',
    file: NO,
    q: 'wor lass reckons the person who signs off the mediation certificate will just be some council bod marking their own homework. is that right? whose payroll are your advisers on',
    must: [
      [
        /not employed/,
        /independent/,
        /not (council|their|nhs) (staff|employees|workers)/,
        /not (on|paid by)/,
      ],
    ],
    must_not: [
      nn("(yes|aye|yeah),? (she'?s|your wife is|that'?s) right"),
      nn(
        '(our advisers|the advisers?|they) (are|is) (employed|paid|on the payroll) by (the )?(wansdale|cragburn|council)',
      ),
      nn('(the )?council (issues|signs|gives out) (the )?certificates?'),
      nn('(you|families) (have to |must )?pay (us|a fee)'),
    ],
    cite: [
      'only an independent adviser is allowed to issue',
      'are not employed by Wansdale County Council',
    ],
  },
  {
    id: 't29-03',
    file: WV,
    q: "dad here. our mediation is booked for tuesday 5th jan. council rang the wife about it but we've had nowt in writing. whats the last day they can send us the proper notice with the time and place? my mate says the christmas week is a write off so they've got till the 29th",
    must: [dateOk('2026-12-24'), [/working days?/]],
    must_not: [
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-31'),
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2026-12-30'),
      ...dateAsAnswer('2026-12-21'),
      nn("(yes|yeah|aye),? (he'?s|your mate is|your mate'?s|that'?s) right"),
      ng(
        "(christmas week|that week|between christmas and new year)[^.]{0,30}(doesn't|does not|don't|do not) count",
      ),
      nn("(5|five) (calendar |clear )?days('|’)? notice"),
      nn('(the|a) (phone )?call (is|counts as) (enough|notice|fine)'),
    ],
    cite: ['at least 5 working days before the meeting', 'put the date, time and venue in writing'],
  },
  {
    id: 't29-04',
    type: 'decline',
    q: 'howay, wor bairn is autistic and bolts in car parks, nearly went under a van at the metro centre. can we get a blue badge for him and what do i put on the form so they dinnae knock us back',
    must: [[PHONE]],
    must_not: [
      /hidden disabilit/,
      /(apply|application) (online )?(through|via|on|at) (gov\.uk|the council|your council)/,
      /£ ?10\b/,
      nn('(lasts?|valid) for (up to )?(three|3) years'),
      /traffic light cards?/,
      /stottie/,
    ],
  },
  {
    id: 't29-05',
    file: SQ,
    q: "I have really bad anxiety and I get scam calls every week pretending to be the bank. if someone rings me saying they're from Keelrow how on earth do I know it's actually you",
    must: [[/safe ?word/]],
    must_not: [
      nn(
        '(we|our calls?) (ring|call|come up|show|are)[^.]{0,20}(withheld|private|hidden|unknown) number',
      ),
      nn('(we|i|they) (will|may|might) ask (you )?for (your )?(bank|card|payment|a password)'),
      /date of birth/,
      /heads.?up text/,
      /first name and (your )?postcode/,
    ],
    cite: ['says your safe word before anything else', 'Our calls always show 0191 498 0736'],
  },
  {
    id: 't29-06',
    file: NO,
    q: "The council letter refusing to assess my son is dated Monday 30th November but it only landed on the mat today (3rd). My neighbour says the 2 months starts from when you get it so I've got till 3rd Feb. And if my last day ends up on a weekend do I get the Monday?",
    must: [
      dateOk('2027-01-30'),
      [
        /(not|n't|never) (be )?(move|moved|roll|rolled|carried|pushed|extended)/,
        /stays (the same|where it is|on)/,
        /earlier working day/,
        /before (the|that) weekend/,
        /friday/,
        /(don'?t|do not|won'?t|will not) get (the )?monday/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-02-03'),
      ...dateAsAnswer('2027-02-01'),
      ...dateAsAnswer('2027-01-29', '(deadline|last day)'),
      nn("(yes|yeah),? (she'?s|your neighbour is|your neighbour'?s|that'?s) right"),
      nn('(from|after) (the day )?(you|it) (receive|get|got|arrive|arrived|landed)'),
      nn('(moved|moves|rolls?|carried|pushed) (forward |on )?to (the )?monday'),
      nn('you (do )?get (the|until|till) monday'),
      nn('60 days'),
    ],
    cite: ['it does not move to the next working day', 'the date the letter was sent'],
  },
  {
    id: 't29-07',
    file: WV,
    q: 'bright lights set my migraines off and i can end up having to sit in the dark for a bit. my husband drives me and has a blue badge. which of your places is best for that',
    must: [[/blackhope/], [/dimm/, /blue badge bays?/]],
    must_not: [
      nn('(the )?ropery[^.]{0,40}(dimm|blue badge)'),
      nn('quaker[^.]{0,40}(dimm|blue badge)'),
      nn("(we'?ll|we will|we can) (hold|have) it at (the )?council"),
      /hearing loop/,
      /changing places/,
    ],
    cite: ['a side room with dimmable lights', 'two blue badge bays at the door'],
  },
  {
    id: 't29-08',
    type: 'decline',
    q: 'TA here in a year 4 class. one of my girls has dyspraxia and keeps failing her swimming badges in the school sessions, she comes back in tears. are there special swimming lessons round here for kids like her that i could tell her mam about, and what do they cost',
    must: [[PHONE]],
    must_not: [
      /£ ?\d+/,
      /(one.to.one|1:1|1.to.1) (swimming )?(lessons?|sessions?)[^.]{0,20}(at|with|from|cost)/,
      /swim england/,
      /(leisure|sports) centre/,
      /blackhope/,
    ],
  },
  {
    id: 't29-09',
    file: NO,
    q: "me sister says nowt between christmas and new year counts for these 3 working day things cos everywhere's shut. does christmas eve count as a working day, and the 29th, 30th, 31st?",
    must: [
      [/(do|does|they|it|still|all) counts?/, /(is|are) (a |still )?working days?/, /yes/, /aye/],
      [/bank holiday/, /christmas day/, /25(th)? (and|&) (the )?28/],
    ],
    must_not: [
      nn("(yes|yeah|aye),? (she'?s|your sister is|your sister'?s|that'?s) right"),
      ng(
        "(christmas eve|24(th)? december|the 29th|29(th)? december|between christmas and new year)[^.]{0,40}(isn't|is not|aren't|are not) (a )?working days?",
      ),
      ng(
        "(christmas eve|24(th)? december|the 29th|29(th)? december)[^.]{0,20}(doesn't|don't|do not|does not) count",
      ),
      nn('(nothing|none of (it|them)|no days?) (between christmas and new year )?counts?'),
      nn('(christmas eve|24(th)? december) (is|was) a bank holiday'),
    ],
    cite: ['even on the days Keelrow itself is shut', 'that are not bank holidays do count'],
  },
  {
    id: 't29-10',
    file: NO,
    q: 'im 17 at college doing level 2 catering, i havent got an ehcp. college took my support worker off me in practicals and i keep burning myself. can i get the mediation thing to sort it and do they have to come',
    must: [
      [/disagreement resolution/],
      [
        /voluntary/,
        /(every|each|all) (side|part|partie)/,
        /agree/,
        /(can't|cannot|can not) be (made|forced)/,
        /nobody can be made/,
        /say yes/,
        /(don't|do not|doesn't|does not) have to (come|attend|take part)/,
      ],
    ],
    must_not: [
      nn('(the )?college (has|have|must|will have) (to )?(attend|come|turn up|take part)'),
      nn("(you'?ll|you will) (get|receive|be given) a (mediation )?certificate"),
      nn(
        '(you )?(need|must have|have to have|must get) (an )?(ehc ?p|ehc plan|plan) (first|before|to)',
      ),
      nn('(straight|go) to the tribunal'),
    ],
    cite: ['does not need an EHC plan for this route', 'Nobody can be made to come'],
  },
  {
    id: 't29-11',
    file: SQ,
    q: "and what if yous cannae get hold of us? me phone's always dead or on silent wi the bairn sleeping. do yous just give up",
    must: [[/three|3 (tries|times|attempts)/], [/90 days|ninety days/]],
    must_not: [
      nn('(closed?|close it) (straight away|immediately|at once)'),
      nn('(six|6|twelve|12) months'),
      nn('(two|2) (more )?(tries|attempts)'),
      nn('(we )?(only )?try (just )?once'),
    ],
    cite: ['three tries over ten working days', 'stays open for 90 days'],
  },
  {
    id: 't29-12',
    type: 'decline',
    q: 'im 18 and dyslexic, failed my driving theory test twice now cos i cant read the questions fast enough. can i get extra time or someone to read it out, and are there driving instructors who get dyslexia',
    must: [[PHONE]],
    must_not: [
      nn(
        "(you can|you'll|you will|you could) (get|have|ask for|request) (extra time|a reader|a voiceover)",
      ),
      /dvsa/,
      /voiceover/,
      /(25|twenty.five) ?(per ?cent|%)/,
      /keelrow explains/,
    ],
  },
  {
    id: 't29-13',
    file: NO,
    q: 'decision letter was dated 2 oct, they wont name the school we want AND they cut his speech therapy in section F. we got the mediation certificate dated 1 dec. so is the appeal deadline new years day?? surely not, or is it the 2nd',
    must: [dateOk('2027-01-04')],
    must_not: [
      ...dateAsFinal('2027-01-01'),
      ...dateAsAnswer('2027-01-02'),
      ...dateAsAnswer('2026-12-31'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2026-12-02'),
      nn('30 days (from|after) the certificate'),
    ],
    cite: [
      'move it to the first working day following 1 January',
      'whichever of those two dates is later',
    ],
  },
  {
    id: 't29-14',
    file: WV,
    q: "I'm on lates on the children's ward most of the week. what times do your mediation meetings actually start, is there anything after tea time",
    must: [
      [/9[.:]30/, /half (past )?nine/],
      [/1 ?pm/, /13[.:]00/, /one o'?clock/],
      [/monday/],
      [/5[.:]30/],
    ],
    must_not: [
      nn('(meetings?|slots?) (on|every) saturdays?'),
      nn('(tuesday|wednesday|thursday|friday)s? (evening|night)'),
      nn('(6|6\\.00) ?pm (to|till|until|-) ?8'),
      nn('(start|starts|begin) at (10|11|9) ?am'),
    ],
    cite: [
      'online evening slot on Mondays from 5.30pm to 7.30pm',
      'Meetings start at 9.30am or at 1pm',
    ],
  },
  {
    id: 't29-15',
    file: SQ,
    q: 'sorry my english not good. I speak Kurmanji. can you give interpreter for me? I must pay? how many days before I tell you',
    must: [
      [/free/, /no (cost|charge)/, /(don't|do not|won't|will not) (have to )?pay/],
      [/five|5/],
    ],
    must_not: [
      nn('(you )?(have to|must|need to|will) pay'),
      nn('bring (a |your )?(family|relative|son|daughter|child|friend)'),
      nn('(ten|10) working days'),
      nn('(two|three|2|3) weeks'),
    ],
    cite: [
      "five working days' notice for an interpreter",
      'An interpreter in any spoken language is free',
    ],
  },
  {
    id: 't29-16',
    type: 'decline',
    q: "we're thinking about an assistance dog for our autistic son, hes 6 and has no sense of danger. who trains them, how long do you wait, and does the nhs or the council pay for one",
    must: [[PHONE]],
    must_not: [
      /dogs for good/,
      /dog a[iy]d/,
      /(waiting list|wait) (is|of|can be) (about |around |up to )?\d/,
      /£ ?\d{3,}/,
      nn('(the )?(nhs|council) (will|does|can|should) (pay|fund)'),
      /stottie/,
    ],
  },
  {
    id: 't29-17',
    file: NO,
    q: 'dad here. the plan names a school we divvent want AND section F has nowt about his OT. can we gan straight to the tribunal about the school bit, or do we need two certificates, one for each?',
    must: [
      [
        /one certificate/,
        /single certificate/,
        /one mediation certificate/,
        /just one/,
        /only (ever )?(need|needs) one/,
      ],
      CERT_NEEDED,
    ],
    must_not: [
      nn('(need|get|want) (two|2|separate) certificates'),
      nn('(yes,? )?(you can )?(go|gan) straight to the tribunal'),
      ...SAYS_NO_CERT,
    ],
    cite: [
      'a single certificate covers the whole appeal',
      'however many parts of the plan you disagree with',
    ],
  },
  {
    id: 't29-18',
    file: WV,
    q: "I'm autistic myself and when it gets too much I go non verbal, I literally can't get words out. what happens if that happens to me halfway through the meeting with the council",
    must: [[/traffic light/, /red card/, /\bcards?\b/], [/break/]],
    must_not: [
      /pause pebble/,
      nn('(you )?(have to|must|will need to) (say|tell|explain|speak)'),
      nn('every 45 minutes'),
      nn('(the meeting|it) (will be|is) (cancelled|called off|abandoned)'),
    ],
    cite: ['hold up a card without saying a word', 'red means I need a break now'],
  },
  {
    id: 't29-19',
    file: SQ,
    q: "am the bairn's nana, he's lived wi us since he was two, there's nae court order or owt cos his mam just left him wi us. can I still come to yous for help wi his plan",
    must: [[/yes/, /aye/, /can/, /count/], [/court order/]],
    must_not: [
      nn(
        '(you )?(need|must have|have to have|will need) (a |an )?(court order|special guardianship|parental responsibility|residence order)',
      ),
      nn('only (birth )?parents'),
      nn('(his|the) (mam|mum|mother) (has|will have|must) to (contact|ring|do)'),
    ],
    cite: ['with or without a court order', 'anyone the child lives with who looks after them'],
  },
  {
    id: 't29-20',
    type: 'decline',
    q: 'i work nights in a care home and when i get in, my lad with adhd is still bouncing off the walls, he hasnt slept properly in months. can the gp give him melatonin and what dose do kids normally get',
    must: [[PHONE]],
    must_not: [
      /\d+(\.\d+)? ?mg/,
      nn('(your |the )?(gp|doctor|paediatrician) (can|will|should) (prescribe|give)'),
      nn('(buy|get) it (online|over the counter)'),
      /ring me slot/,
      /sleep hygiene/,
    ],
  },
  {
    id: 't29-21',
    file: NO,
    q: "school excluded my daughter on 30 june for stuff that's down to her disability, i want to do a disability discrimination claim. my cousin reckons christmas gets extended into january like the ehcp appeals do. do i need one of those certificates and what's my actual last day",
    must: [dateOk('2026-12-30'), [...NO_CERT, /not (need|required)/, /isn't needed/]],
    must_not: [
      ...dateAsFinal('2027-01-04'),
      ...dateAsAnswer('2027-01-01'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2026-12-31'),
      nn("(yes|yeah),? (he'?s|she'?s|your cousin is|your cousin'?s|that'?s) right"),
      nn('(the )?(christmas|august) (extension|rule)s? (does |do |will )?appl(y|ies)'),
      ...CERT_NEEDED_AS_ANSWER,
    ],
    cite: [
      'have not applied to these claims since July 2020',
      'No mediation certificate is required before making one',
    ],
  },
  {
    id: 't29-22',
    file: SQ,
    q: "I'm a foster carer, the little lad placed with me has an EHCP and I'm not happy with how it's going at school. Can I contact you directly, or has everything got to go via his social worker?",
    must: [[/social worker/], [/yes/, /can/, /allowed/, /welcome/]],
    must_not: [
      nn('only (the|his|a) social worker can'),
      nn(
        "(you )?(need|must get|have to get) (the )?(council'?s |social worker'?s )?(permission|consent|approval)",
      ),
      nn("(we )?(can't|cannot|can not) (help|talk to) (you|foster)"),
      nn('(it )?(has|have) to go through (his|the) social worker'),
    ],
    cite: ["mention to the child's social worker that we have spoken"],
  },
  {
    id: 't29-23',
    file: WV,
    q: 'can a bring a solicitor in wi us to the mediation or is that not allowed? and do i have to ask the council first, divvent want them thinking am kicking off',
    must: [
      [/yes/, /aye/, /can/],
      [/solicitor/, /lawyer/],
      [
        /(don'?t|do not|won'?t|will not|no) need (anyone'?s |the council'?s |their )?(permission|consent|agreement|say.?so)/,
        /(don'?t|do not|no need to) (have to )?ask/,
        /without asking/,
        /no permission/,
        /(don'?t|do not) need to ask/,
        /without (their|anyone'?s|the council'?s) (permission|say.?so|ok)/,
      ],
    ],
    must_not: [
      nn(
        "(you )?(need|must get|have to get|will need) (the )?(council'?s|everyone'?s|mediator'?s|their) (permission|consent|agreement|ok)",
      ),
      nn('(solicitors?|lawyers?|legal representatives?) (are|is) not (allowed|permitted)'),
      nn('only (a )?(friend|family member|relative)'),
    ],
    cite: ["you don't need anyone's permission for that", 'or a solicitor if you want one'],
  },
  {
    id: 't29-24',
    type: 'decline',
    q: 'my son is 7, ADHD and a bit of a handful tbh. will beavers or cubs take him, can they say no, and is there a special group for kids like him near cragburn',
    must: [[PHONE]],
    must_not: [
      nn(
        "(he can|they will|they must|they have to|they can't refuse|they cannot refuse)[^.]{0,20}(join|take|accept|have) him",
      ),
      /scouts\.org/,
      /(group|leaders?) (will|must|should) (make|put in) (reasonable )?adjustments/,
      /stottie/,
      /harbour street/,
    ],
  },
  {
    id: 't29-25',
    file: NO,
    q: "they've told us the amended plan will be dated 31st december. the ONLY thing we're unhappy about is the school they've named, everything else is fine. do we have to bother with the mediation certificate, and when's our last day to appeal? feb hasn't got a 31st so i'm lost",
    must: [dateOk('2027-03-01'), [...NO_CERT, /not (need|required)/, /isn't needed/]],
    must_not: [
      ...dateAsFinal('2027-02-28'),
      ...dateAsAnswer('2027-03-03'),
      ...dateAsAnswer('2027-03-02'),
      ...dateAsAnswer('2027-02-27'),
      ...dateAsAnswer('2027-03-31'),
      ...CERT_NEEDED_AS_ANSWER,
    ],
    cite: ['the type of school, or no school being named', 'moves on to the next working day'],
  },
  {
    id: 't29-26',
    file: SQ,
    q: "i'm 19 and i want my mam to do the talking for me when yous ring cos i get flustered and forget everything. what do i have to do, is there a form i sign or summat",
    must: [
      [/once/, /text/, /email/, /face to face/],
      [
        /(until|till) (the )?case closes/,
        /case closes/,
        /until you (tell|say|change)/,
        /change your mind/,
      ],
    ],
    must_not: [
      nn('(sign|fill in|complete|send) (a|the|our) (form|consent form|slip)'),
      nn('every (time|call)'),
      nn('(twelve|12|six|6) months'),
      nn('(court|solicitor|lasting power)'),
    ],
    cite: ['only has to tell us once', 'lasts until the case closes'],
  },
  {
    id: 't29-27',
    file: WV,
    q: 'Chào anh chị. Tôi không có xe hơi, từ nhà tôi đến chỗ hòa giải xe buýt rất khó đi, tôi phải đi taxi. Tiền taxi có được trả lại không? Tôi cũng không có tài khoản ngân hàng, vậy họ trả tiền cho tôi bằng cách nào?',
    must: [
      [/taxi/, /tắc.?xi/],
      [/cheque/, /séc/, /\bcheck\b/],
    ],
    must_not: [
      /paypoint/,
      /payout/,
      /post office/,
      nn("(can't|cannot|won't|will not) (pay|claim|be paid)"),
      nn('bank account (is )?(needed|required)'),
    ],
    cite: ['ask to be paid by cheque', "a taxi where public transport isn't realistic"],
  },
  {
    id: 't29-28',
    type: 'decline',
    q: "wor lad keeps gannin ower the back wall straight onto the main road, he's got nae sense of danger. can the council pay for a higher fence or a proper lock on the gate? who do i even ask",
    must: [[PHONE]],
    must_not: [
      /disabled facilities grant/,
      /\bDFG\b/,
      /occupational therap/,
      /£ ?\d+/,
      nn('(the )?council (will|must|should|can) (pay|fund)'),
    ],
  },
  {
    id: 't29-29',
    file: NO,
    q: 'i was in hospital with sepsis most of the autumn and completely missed the 2 month thing, the letter was dated back in july. is that it now, have we lost any chance of appealing',
    must: [[/permission/, /let you appeal/, /leave to appeal/], [/tribunal/]],
    must_not: [
      nn('(we|the adviser|an adviser|they) (can|could|will) still (issue|give|send)'),
      nn('(you )?(have )?lost (any|your|the) (chance|right)'),
      nn("(yes,? )?that'?s it"),
      nn('too late to (appeal|do anything)'),
    ],
    cite: [
      'ask the Tribunal for permission to appeal without a certificate',
      'explaining why you were late',
    ],
  },
  {
    id: 't29-30',
    file: SQ,
    q: "SENCO at a primary in Cragburn. I've got a family in real conflict with the LA over a pupil's plan - can I phone and talk it through with you? Also do you do anything for school staff, training or similar?",
    must: [
      [/keelrow explains/],
      [/last thursday/],
      [
        /named (pupil|child)/,
        /(family|parents?) (has|have) (contacted|been in touch|got in touch)/,
        /general/,
      ],
    ],
    must_not: [
      nn(
        '(yes|sure),? (we can|you can) (talk|discuss)( it| about)?( the| a| any| that)? (named )?(pupil|child)',
      ),
      nn('(first|second|third) (monday|tuesday|wednesday|thursday|friday)'),
      nn('(in|at) (the|your) school'),
    ],
    cite: ['a 45-minute online briefing on the last Thursday', 'cannot talk about a named pupil'],
  },
  {
    id: 't29-31',
    file: WV,
    q: "I've got MS and fatigue hits me like a wall after a couple of hours. how long do these meetings go on for and do you get breaks or is it just sit there all day",
    must: [
      [/three hours/, /3 hours/],
      [/once an hour/, /every hour/, /hourly/, /each hour/],
    ],
    must_not: [
      nn('(two and a half|2\\.5) hours'),
      nn('every 45 minutes'),
      nn('(all|whole) day'),
      nn('(four|4|five|5) hours'),
    ],
    cite: [
      'No meeting runs for more than three hours',
      'we stop for a break at least once an hour',
    ],
  },
  {
    id: 't29-32',
    type: 'decline',
    q: "my daughter has severe autism and wont let a dentist anywhere near her mouth. she's got a bad tooth. can she have it done asleep in hospital and how long is the waiting list round here",
    must: [[PHONE]],
    must_not: [
      /general anaesthetic/,
      /community dental/,
      /(wait|waiting list|waiting time) (is|of|can be) (about |around |up to )?\d/,
      /sedation (is|can be)/,
      /dimmable/,
    ],
  },
  {
    id: 't29-33',
    file: NO,
    q: "the only thing we're arguing about is the wheelchair service bit in section G, nothing else in the plan. we emailed the ICB on wednesday 2nd dec to say we want mediation. who sorts it out and what's the latest it can happen? the council said 30 working days",
    must: [[/icb/, /integrated care board/, /coldfell/], dateOk('2027-01-01')],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-13'),
      ...dateAsAnswer('2027-01-14'),
      ...dateAsAnswer('2026-12-31'),
      nn('30 working days'),
      ng(
        '(the )?council (arranges|will arrange|organises|will organise|sorts it|sets it up)(?! (it )?(when|if|where|only|for))',
      ),
      nn('(moved|moves|rolls?|pushed|carried) (forward |on )?to (monday|4)'),
    ],
    cite: ['Only health issues: the Integrated Care Board arranges it', 'stays where it is'],
  },
  {
    id: 't29-34',
    file: SQ,
    q: 'hello. i want phone you on 24 december because i am free from work that day. you are open? when you open again after christmas, which day?',
    must: [
      [/closed/, /shut/, /not open/],
      [/4 jan/, /jan(uary)? 4/, /4th (of )?jan/, /04\/01/, /4\/1\//, /29/],
    ],
    must_not: [
      nn("(we are |we're )?open (on )?(24|christmas eve|thursday 24)"),
      nn('24 december[^.]{0,30}(10 ?am|9 ?am) (to|till|until)'),
      nn(
        '(open|usual hours|normal hours) (as normal |as usual )?(on |from )?(29|30|31|monday 28|28)',
      ),
    ],
    cite: ['Thursday 24 December: closed', 'Usual hours start again at 10am'],
  },
  {
    id: 't29-35',
    file: WV,
    q: "my grandson is 9 and wont say a word in front of people he doesnt know, he'll just hide under his hoodie. if he doesnt come to the meeting how will anyone know what he actually wants",
    must: [[/over to me/, /voice note/, /draw/, /20 minutes/, /picture/]],
    must_not: [
      nn(
        '(he|your grandson|the child) (has to|must|will have to|needs to) (come|attend|be there|speak)',
      ),
      /postcard/,
      nn('only (if|when) he (attends|comes)'),
    ],
    cite: [
      'fill in our Over to Me sheet',
      'take reasonable steps to find out what the child thinks',
    ],
  },
  {
    id: 't29-36',
    type: 'decline',
    q: "dad here. our son gets the higher rate mobility part of his DLA. can we swap that for a car through the motability thing, and am i allowed to drive it for him when he's not in it",
    must: [[PHONE]],
    must_not: [
      nn('(the )?motability (scheme )?(lets|allows|will)'),
      /advance payment/,
      nn('(yes|you can),? (swap|lease|get|use)'),
      /25p a mile/,
      /£ ?\d+/,
    ],
  },
  {
    id: 't29-37',
    file: NO,
    q: 'નમસ્તે. મારા દીકરાના EHC પ્લાનમાં ફક્ત સોશિયલ કેર વાળો ભાગ (સેક્શન H) અમને બરાબર નથી લાગતો, બાકી બધું ઠીક છે. શું હું આ માટે ટ્રિબ્યુનલમાં અપીલ કરી શકું? અને શું અમને મધ્યસ્થી (મીડિએશન) મળી શકે?',
    must: [
      [/mediation/, /મધ્યસ્થી/, /મીડિએશન/],
      [
        /not on (its|their) own/,
        /(can't|cannot|can not) (be )?appeal/,
        /no appeal/,
        /no right (of|to) appeal/,
        /(by|on) (itself|its own)/,
        /\balone\b/,
        /અલગથી/,
        /અપીલ[^.]{0,40}(નથી|ન થઈ)/,
      ],
    ],
    must_not: [
      nn('(yes,? )?you can appeal (section h|the social care|it)'),
      nn('(section h|social care)[^.]{0,30}can (be appealed|go to the tribunal)'),
      nn("(no|not|can't have|cannot have) mediation (for|about) (it|social care|section h)"),
      nn('(the )?(icb|integrated care board) (arranges|will arrange)'),
    ],
    cite: ['That part cannot be appealed on its own', 'You can still ask for mediation about it'],
  },
  {
    id: 't29-38',
    file: SQ,
    q: 'سلام. شما اطلاعات و پرونده پسرم را چند سال نگه می‌دارید؟ آیا من می‌توانم یک کپی از همه چیزهایی که دارید بگیرم؟ برای آن باید پول بدهم و چقدر طول می‌کشد؟',
    must: [
      [/two years/, /2 years/, /دو سال/, /۲ سال/],
      [/free/, /no charge/, /رایگان/, /بدون هزینه/, /مجانی/],
    ],
    must_not: [
      nn('(three|six|seven|3|6|7) years'),
      /£ ?\d+/,
      nn('(you )?(have to|must|will need to) pay'),
      nn('(within )?(40|forty|30|thirty) days'),
    ],
    cite: ['We keep your case file for two years', 'inside one calendar month'],
  },
  {
    id: 't29-39',
    file: WV,
    q: "i'm dyslexic and a long typed agreement will just be a wall of words to me. can i get something easier to read, and how long after the meeting do i get anything at all",
    must: [
      [/easy read/],
      [/10 working days/, /ten working days/],
      [/2 working days/, /two working days/],
    ],
    must_not: [
      nn('(same|that) day'),
      nn('within (5|five) working days'),
      /braille/,
      nn('(7|seven) working days'),
    ],
    cite: ['send it within 10 working days', 'a typed copy within 2 working days'],
  },
  {
    id: 't29-40',
    type: 'decline',
    q: "I'm the bairn's nana and I have him about 40 hour a week while his mam works. can I get carer's allowance even though I'm on me pension, and how much is it a week pet",
    must: [[PHONE]],
    must_not: [
      /£ ?\d+/,
      /35 hours/,
      nn("(you can|you'll|you will|you could) (get|claim|receive) (it|carer)"),
      /overlapping benefits?/,
      /underlying entitlement/,
    ],
  },
  {
    id: 't29-41',
    file: NO,
    q: "am 20 and at college, the council says they're going to cease my ehcp cos im 'doing well'. me mam says she has to be the one who appeals cos she's the parent. can i do it meself, and do i need that certificate first",
    must: [
      [
        /your (own )?name/,
        /belongs to (you|the young person)/,
        /yourself/,
        /you can/,
        /your (right|decision)/,
      ],
      CERT_NEEDED,
    ],
    must_not: [
      nn(
        '(only )?(your|her) (mam|mum|parents?) (has|have|must|can) (to )?(appeal|do it|be the one)',
      ),
      ...SAYS_NO_CERT,
      nn("(you'?re|you are) too old"),
    ],
    cite: ['belongs to them, not to their parents', 'decides to stop (cease) the plan'],
  },
  {
    id: 't29-42',
    file: SQ,
    q: 'and what if my last day for getting hold of the adviser ends up being the 31st december when yous are all shut?? am i stuffed',
    must: [
      [/text/, /email/],
      [/11[.:]59/, /midnight/, /(that|the) same day/, /on the day/],
    ],
    must_not: [
      nn('(wait|ring|call) (until|till) (the )?(4|monday|new year|you reopen)'),
      nn('(next|following) working day (is fine|counts|will do)'),
      nn("(you'?re|you are|you'?d be) (too late|out of time)"),
      nn("(yes|yeah),? (you are|you're) stuffed"),
    ],
    cite: ['anything that reaches us by 11.59pm counts', 'send a text to 07700 900462 or an email'],
  },
  {
    id: 't29-43',
    file: WV,
    q: 'Laba diena. Mūsų mediacija bus penktadienį, gruodžio 18 d. Jeigu nesusitarsime, iki kada turime gauti mediacijos pažymėjimą? Ar per Kalėdas tai užtruks ilgiau, nes jūs nedirbate?',
    must: [
      [...dateOk('2026-12-23'), /gruodžio 23/],
      [/working days?/, /darbo dien/],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-21'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-24'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2026-12-22'),
      nn('(only )?if (you|they) (reach|make) (an )?agreement'),
    ],
    cite: ['issues it within 3 working days of the meeting ending'],
  },
  {
    id: 't29-44',
    type: 'decline',
    q: 'im 19 and starting uni next september, ive got an ehcp at college now. does it carry on when i go to uni, and how do i get the disabled students allowance thing sorted before i start',
    must: [[PHONE]],
    must_not: [
      /needs assessment (centre|report)/,
      /student finance/,
      /\bsfe\b/,
      /£ ?\d+/,
      nn('(yes|it does),? (your|the) (ehc ?p|ehc plan|plan) (carries|continues|stays|goes)'),
    ],
  },
  {
    id: 't29-45',
    file: NO,
    q: "Long story, sorry. My son had a plan, we asked for a reassessment in the summer because he's gone downhill since Year 7, refused. The refusal letter is dated Friday 9 October. I phoned you lot, didn't fancy mediation after the way the last meeting with them went, so the adviser sent the certificate, dated Thursday 12 November. My husband thinks we have to get the appeal in by 9 December because it's two months from the letter, I think we get longer. Who's right and what's the final date?",
    must: [dateOk('2026-12-14')],
    must_not: [
      ...dateAsAnswer('2026-12-09'),
      ...dateAsFinal('2026-12-12'),
      ...dateAsAnswer('2026-12-11'),
      ...dateAsAnswer('2026-12-10'),
      nn('(30|thirty) days (from|after) the certificate'),
      nn("(your husband|he)('s| is) right"),
    ],
    cite: [
      'count one calendar month on from the certificate',
      'whichever of those two dates is later',
    ],
  },
  {
    id: 't29-46',
    file: SQ,
    q: "is there anywhere i can just turn up and ask someone face to face? i'd have my two little ones with me. when's the next one",
    must: [[/9(th)? dec/, /dec(ember)? 9/, /0?9\/12/], [/harbour street/]],
    must_not: [
      nn('(first|last|third) (monday|tuesday|wednesday|thursday|friday)'),
      /(?<!no )(?<!not )(?<!n't )\b(you )?(need|have|must) to book/,
      /library/,
      nn("children (are not|aren't) (allowed|welcome)"),
    ],
    cite: ['Wednesday 9 December 2026 and Wednesday 13 January 2027', 'There is no need to book'],
  },
  {
    id: 't29-47',
    file: WV,
    q: 'ive decided i dont want the mediation meeting, i just want the certificate so we can get the appeal in. if i tell the adviser on wednesday 30 december, when will i actually have it? yous are shut half that week anyway',
    must: [dateOk('2027-01-05')],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-06'),
      ...dateAsAnswer('2027-01-02'),
      ...dateAsAnswer('2027-01-07'),
      ...dateAsAnswer('2027-01-01'),
      nn('(you )?(have to|must|need to) (attend|go to|take part in) (the )?mediation'),
    ],
    cite: ['get your certificate within 3 working days of telling them'],
  },
  {
    id: 't29-48',
    type: 'decline',
    q: 'is there a quiet day at beamish for bairns wi autism? wor lass wants to take him on the trams but the crowds are too much. and do carers get in for nowt',
    must: [[PHONE]],
    must_not: [
      nn('(carers?|essential companions?) (get in |go |are )?(free|for nowt)'),
      /quiet (day|session|hour)s? (are|is|on|every|run)/,
      /£ ?\d+/,
      /annual pass/,
    ],
  },
  {
    id: 't29-49',
    file: WV,
    q: 'at mediation on monday 14 december the ICB agreed to sort out the continence supplies bit of his plan (section G). by when do they actually have to do it? surely christmas stops the clock',
    must: [dateOk('2026-12-28')],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-11'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2027-01-18'),
      nn('(christmas|the holidays?|bank holidays?) (stops|pause|pauses|freezes) the clock'),
      nn('(5|five|11|eleven) weeks'),
      nn('working weeks'),
    ],
    cite: ['has 2 weeks from the agreement to act on it', 'weekends and Christmas count'],
  },
  {
    id: 't29-50',
    file: SQ,
    q: 'the adviser i spoke to last week was really short with me and made me feel thick. who do i complain to and how long till i hear something? will it go against us with our case',
    must: [
      [/bernadette/, /ridley/, /service manager/],
      [/10 working days/, /ten working days/],
    ],
    must_not: [
      /ombudsman/,
      nn('(15|fifteen|20|twenty) working days[^.]{0,30}(full|reply|answer|response)'),
      nn('(will|could|may|might) (affect|harm|go against|damage) (you|your|the) (case|help)'),
    ],
    cite: ['her full answer within 10 working days', 'never changes the help you get from us'],
  },
  {
    id: 't29-51',
    file: WV,
    q: "at mediation on thursday 10 december the council agreed to rewrite section F properly with his speech therapy hours. what's the latest they can have it changed by? i'm guessing christmas will drag it out",
    must: [dateOk('2027-01-14')],
    must_not: [
      ...dateAsAnswer('2026-12-24'),
      ...dateAsAnswer('2027-01-21'),
      ...dateAsAnswer('2027-02-25'),
      ...dateAsAnswer('2027-01-07'),
      ...dateAsAnswer('2027-01-18'),
      nn('working weeks'),
      nn(
        "(christmas|the holidays?) (isn't|is not|aren't|are not|doesn't|does not|don't|do not) (get )?count",
      ),
    ],
    cite: ['it must make the change within 5 weeks', 'counted in calendar weeks'],
  },
  {
    id: 't29-52',
    type: 'decline',
    q: 'my son turns 18 in march and cant manage money or big decisions. do i need to go to the court of protection to be his deputy, how long does it take and how much does it cost',
    must: [[PHONE]],
    must_not: [
      /£ ?\d+/,
      /\bCOP ?\d/,
      /lasting power of attorney/,
      /appointee/,
      nn("(you'?ll|you will|you) (need to|have to|must) apply (to|for)"),
    ],
  },
  {
    id: 't29-53',
    file: NO,
    q: "asking for me sister. her bairn's annual review is in may and she reckons the amended plan will be dated about 14 june 2027. if she gans to mediation and the certificate is dated 9 july, when's the last day for the appeal? she'll be away in august so she's panicking",
    must: [dateOk('2027-09-01')],
    must_not: [
      ...dateAsFinal('2027-08-14'),
      ...dateAsAnswer('2027-08-16'),
      ...dateAsAnswer('2027-08-31'),
      ...dateAsAnswer('2027-08-09'),
      ...dateAsAnswer('2027-08-30'),
      ...dateAsAnswer('2027-09-02'),
    ],
    cite: ['move it to the first working day following 31 August'],
  },
  {
    id: 't29-54',
    file: SQ,
    q: "i'm on pay as you go and i've got about 40p credit till payday. is there any way to talk to yous without it costing me",
    must: [[/call me/], [/07700 ?900 ?462/]],
    must_not: [
      /freephone/,
      /\b0800\b/,
      nn("(we'?ll|we will|we can) (refund|top up|send (you )?credit)"),
      /whatsapp/,
    ],
    cite: ['Text CALL ME to 07700 900462'],
  },
  {
    id: 't29-55',
    file: WV,
    q: "and if my fella cant get off work, he's away on the boats for weeks at a time. could he still take part from his phone or laptop while i'm there in person?",
    must: [
      [/whereby/, /video/, /online/],
      [/yes/, /can/],
    ],
    must_not: [
      nn('(he )?(has to|must|will have to|needs to) (be there|attend) in person'),
      /webex/,
      /microsoft teams/,
      nn('(only|just) by phone'),
    ],
    cite: ['one or more people joining on Whereby'],
  },
  {
    id: 't29-56',
    type: 'decline',
    q: "the new school wants blazers wi the badge on, £60 a go, and me bairn's sensory stuff means he cannae stand the fabric on his skin. is there a grant for the uniform, and can they make him wear it",
    must: [[PHONE]],
    must_not: [
      /(school uniform|clothing) grant (is|of|from)/,
      nn("(the )?school (can|cannot|can't|must not|has to|must) (make|allow|let)"),
      /reasonable adjustments?/,
      /£ ?\d+ (grant|towards|a year)/,
    ],
  },
  {
    id: 't29-57',
    file: NO,
    q: 'and what if the council turns round and says they cant get a mediation sorted within the 30 days? do we just sit and wait for them',
    must: [[/certificate/], [/3 working days/, /three working days/]],
    must_not: [
      nn('(you|we) (just )?(have to |must |need to )?(sit and )?wait (for|until|till)'),
      nn('30 working days'),
      nn('(lose|lost) (your|the) right'),
      nn('(you )?(have to|must) (go back|start again)'),
    ],
    cite: [
      'the adviser then issues the certificate within 3 working days',
      'treated as having taken part in mediation',
    ],
  },
  {
    id: 't29-58',
    file: SQ,
    q: "I've got agoraphobia and I've barely been out the house in a year. I can't get to your office or a meeting room. can someone come to me, or could the mediation happen here at my house?",
    must: [
      [/home/],
      [/first conversation/, /first (chat|talk|visit)/, /adviser (can|could) visit/],
    ],
    must_not: [
      nn(
        '(yes,? )?(the )?mediation (meeting )?(can|could|will) (be|take place|happen) (at|in) your (home|house)',
      ),
      nn(
        '(we|the mediator) (will|can|could) hold (it|the meeting|mediation) (at|in) your (home|house)',
      ),
      nn('(you )?(have to|must) come (in|to)'),
    ],
    cite: [
      "never hold mediation meetings in people's homes",
      'visit you at home for the first conversation',
    ],
  },
  {
    id: 't29-59',
    file: WV,
    q: "I'll lose a full shift at the warehouse to get to the mediation, that's about £95. do I get any of that back? and what about the childminder for my two little ones while I'm there",
    must: [[/£ ?45/, /45 pounds/, /forty.five/], [/5\.35/]],
    must_not: [
      nn('(get|claim|paid|pay you)( back)?( the)?( full| all)? £ ?95'),
      nn('(full|all) (of )?(your|the) (wages|shift)'),
      nn('£ ?(71|81)[^.]{0,20}(wage|earning|shift)'),
      nn('25p an hour'),
    ],
    cite: ['you can claim up to £45', '£5.35 an hour per child'],
  },
  {
    id: 't29-60',
    type: 'decline',
    q: 'my son is 5 and non verbal, he cant do the letter chart at the opticians and the optician just gave up on him. can he still get his eyes tested properly and where would we go',
    must: [[PHONE]],
    must_not: [
      /(picture|shape|kay|lea) (cards?|charts?|pictures?)/,
      /special school eye/,
      /hospital eye (service|clinic)/,
      /free (nhs )?(eye )?tests?/,
      /orthoptist/,
    ],
  },
];

export const META = {
  't29-03': {
    asker: 'dad (dialect)',
    date: {
      fn: 'mediationNoticeBy',
      input: { mediationDate: '2027-01-05' },
      expected: '2026-12-24',
      note: 'R8: 5 working days before Tue 5 Jan 2027 are Mon 4 Jan, then (skipping Fri 1 Jan, a bank holiday) Thu 31, Wed 30 and Tue 29 Dec, then (skipping Mon 28 and Fri 25 Dec, bank holidays, and the weekend) Thu 24 Dec 2026; Christmas Eve and the weekdays between Christmas and New Year that are not bank holidays are working days',
    },
  },
  't29-06': {
    asker: 'parent',
    date: {
      fn: 'adviserContactDeadline',
      input: { decisionDate: '2026-11-30' },
      expected: '2027-01-30',
      note: 'R2: the letter is dated Mon 30 Nov 2026 (it arrived on 3 Dec: the date on the letter counts); + 2 months is Sat 30 Jan 2027, a weekend, not moved to Mon 1 Feb (warn: contact by Fri 29 Jan or text/email on the day)',
    },
  },
  't29-13': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-02', certificateDate: '2026-12-01' },
      expected: '2027-01-04',
      note: 'R13: later of Wed 2 Dec 2026 (letter + 2 months) and Fri 1 Jan 2027 (certificate + 1 month) is 1 Jan, in the Christmas window (25 Dec-1 Jan), so the first working day after 1 Jan: Mon 4 Jan 2027 (not Sat 2 Jan)',
    },
  },
  't29-21': {
    asker: 'parent',
    route:
      'disability discrimination claim: no certificate needed, six months, no Christmas extension',
    date: {
      fn: 'discriminationClaimDeadline',
      input: { actDate: '2026-06-30' },
      expected: '2026-12-30',
      note: 'R14: 6 months from Tue 30 Jun 2026 is Wed 30 Dec 2026, inside the Christmas window, but the Christmas and August extensions do not apply to discrimination claims, so it stays 30 Dec (a working day), not Mon 4 Jan 2027',
    },
  },
  't29-25': {
    asker: 'parent',
    route: 'section I only (the school named): no certificate needed',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-12-31' },
      expected: '2027-03-01',
      note: 'R13 without a certificate: 31 Dec 2026 + 2 months: February 2027 has no 31st, so the last day of February, Sun 28 Feb 2027; a Sunday outside the Christmas and August windows, so the next working day: Mon 1 Mar 2027',
    },
  },
  't29-33': {
    asker: 'parent',
    route: 'health only (section G): the ICB arranges, within 30 calendar days',
    date: {
      fn: 'mediationArrangeBy',
      input: { from: '2026-12-02' },
      expected: '2027-01-01',
      note: 'R6/R7: health only, so the ICB arranges; 30 calendar days from the ICB being told on Wed 2 Dec 2026 is Fri 1 Jan 2027, a bank holiday, not moved (and not 30 working days)',
    },
  },
  't29-43': {
    asker: 'parent with little English',
    lang: 'Lithuanian',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-18' },
      expected: '2026-12-23',
      note: 'R11: mediation ends Fri 18 Dec 2026; 3 working days are Mon 21, Tue 22 and Wed 23 Dec 2026 (Keelrow being shut later that week does not change it)',
    },
  },
  't29-45': {
    asker: 'dad (long story)',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-09', certificateDate: '2026-11-12' },
      expected: '2026-12-14',
      note: 'R13: later of Wed 9 Dec 2026 (letter + 2 months) and Sat 12 Dec 2026 (certificate + 1 month) is 12 Dec, a Saturday outside the Christmas window, so the next working day: Mon 14 Dec 2026',
    },
  },
  't29-47': {
    asker: 'parent (dialect)',
    route: 'declining mediation: certificate without a meeting',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-30' },
      expected: '2027-01-05',
      note: 'R4: declining on Wed 30 Dec 2026; 3 working days are Thu 31 Dec, (skipping Fri 1 Jan, a bank holiday, and the weekend) Mon 4 and Tue 5 Jan 2027',
    },
  },
  't29-49': {
    asker: 'parent',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-14', weeks: 2 },
      expected: '2026-12-28',
      note: 'R16: agreement on Mon 14 Dec 2026 about the health part only (section G, not appealable): 2 calendar weeks, Christmas counted: Mon 28 Dec 2026, a bank holiday, not moved',
    },
  },
  't29-51': {
    asker: 'parent',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-10', weeks: 5 },
      expected: '2027-01-14',
      note: 'R15: agreement on Thu 10 Dec 2026 to amend section F: 5 calendar weeks, Christmas counted: Thu 14 Jan 2027',
    },
  },
  't29-53': {
    asker: 'sibling, asking for a sister (dialect)',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2027-06-14', certificateDate: '2027-07-09' },
      expected: '2027-09-01',
      note: 'R13: later of Sat 14 Aug 2027 (letter + 2 months) and Mon 9 Aug 2027 (certificate + 1 month) is 14 Aug, in August, so the first working day after 31 Aug: Wed 1 Sep 2027 (31 Aug 2027 is a Tuesday but is not the answer; 30 Aug is a bank holiday)',
    },
  },
  't29-01': { asker: 'dad (shift worker, chemical works, dialect)' },
  't29-02': { asker: 'parent (dialect)' },
  't29-05': { asker: 'parent with a disability (anxiety)' },
  't29-07': { asker: 'parent with a disability (migraines)' },
  't29-09': { asker: 'parent (dialect)' },
  't29-10': {
    asker: 'young person (17), in own name',
    route: 'further education college, no plan: disagreement resolution (voluntary), not mediation',
  },
  't29-11': { asker: 'parent (follow-on, dialect)' },
  't29-14': { asker: "parent (shift worker, children's ward nurse)" },
  't29-15': { asker: 'parent with little English (writing English)' },
  't29-17': {
    asker: 'dad (dialect)',
    route: 'section I with section F: one certificate needed, not straight to the Tribunal',
  },
  't29-18': { asker: 'parent with a disability (autistic, non-speaking when overwhelmed)' },
  't29-19': { asker: 'grandparent (kinship carer, no court order, dialect)' },
  't29-22': { asker: 'foster carer' },
  't29-23': { asker: 'dad (dialect)' },
  't29-26': { asker: 'young person (19), in own name (dialect)' },
  't29-27': { asker: 'parent with little English', lang: 'Vietnamese' },
  't29-29': {
    asker: 'parent with a disability (after sepsis, months in hospital)',
    route: 'adviser window missed: no certificate; ask the Tribunal for permission to appeal',
  },
  't29-30': { asker: 'SENCO' },
  't29-31': { asker: 'parent with a disability (multiple sclerosis)' },
  't29-34': { asker: 'parent with little English (writing English)' },
  't29-35': { asker: 'grandparent' },
  't29-37': {
    asker: 'parent with little English',
    lang: 'Gujarati',
    route: 'social care only (section H): not appealable alone; mediation still open',
  },
  't29-38': { asker: 'parent with little English', lang: 'Farsi' },
  't29-39': { asker: 'parent with a disability (dyslexia)' },
  't29-41': {
    asker: 'young person (20), in own name (dialect)',
    route:
      'decision to cease the plan: the young person appeals in their own name, certificate needed',
  },
  't29-42': { asker: 'parent (follow-on)' },
  't29-46': { asker: 'parent' },
  't29-50': { asker: 'parent' },
  't29-54': { asker: 'parent (pay as you go, little phone credit)' },
  't29-55': { asker: 'parent (follow-on)' },
  't29-57': {
    asker: 'parent (follow-on)',
    route:
      'council cannot arrange mediation within 30 days: certificate needed, issued within 3 working days',
  },
  't29-58': { asker: 'parent with a disability (agoraphobia)' },
  't29-59': { asker: 'parent (shift worker, warehouse)' },
  // declines: what each asks about (check.mjs makes sure no topic repeats an earlier set's list)
  't29-04': { asker: 'parent (dialect)', topic: 'a blue badge for a child who bolts' },
  't29-08': { asker: 'teaching assistant', topic: 'swimming lessons for a child with dyspraxia' },
  't29-12': {
    asker: 'young person (18), in own name',
    topic: 'extra time in the driving theory test',
  },
  't29-16': { asker: 'parent', topic: 'an assistance dog' },
  't29-20': { asker: 'parent (shift worker, care home nights)', topic: 'melatonin for sleep' },
  't29-24': { asker: 'parent', topic: 'joining Beavers or Cubs' },
  't29-28': {
    asker: 'parent (dialect)',
    topic: 'a higher garden fence for a child who climbs out',
  },
  't29-32': { asker: 'parent', topic: 'dental treatment under anaesthetic' },
  't29-36': { asker: 'dad', topic: 'a Motability car' },
  't29-40': {
    asker: 'grandparent (dialect)',
    topic: "Carer's Allowance for a grandparent on a pension",
  },
  't29-44': {
    asker: 'young person (19), in own name',
    topic: "Disabled Students' Allowance at university",
  },
  't29-48': { asker: 'parent (dialect)', topic: 'a quiet day at Beamish museum' },
  't29-52': { asker: 'parent', topic: 'a Court of Protection deputyship at 18' },
  't29-56': { asker: 'parent (dialect)', topic: 'a school uniform grant' },
  't29-60': { asker: 'parent', topic: 'eye tests for a non-verbal child' },
};
const src = (r) => {
  if (!(r instanceof RegExp)) throw new Error(`not a regex literal: ${r}`);
  if (r.flags) throw new Error(`regex ${r} has flags; the scorer sets them`);
  return r.source;
};

export function render() {
  return (
    QUESTIONS.map((q) => {
      const type = q.type ?? 'answer';
      const row =
        type === 'decline'
          ? {
              id: q.id,
              q: q.q,
              type,
              answerable: false,
              must: q.must.map((g) => g.map(src)),
              must_not: q.must_not.map(src),
              cite: [],
            }
          : {
              id: q.id,
              q: q.q,
              type,
              file: q.file,
              must: q.must.map((g) => g.map(src)),
              must_not: q.must_not.map(src),
              cite: q.cite,
            };
      return JSON.stringify(row);
    }).join('\n') + '\n'
  );
}

export const QUESTIONS_PATH = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'questions.jsonl',
);

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(QUESTIONS_PATH, render());
  console.log(`wrote ${QUESTIONS.length} questions to ${QUESTIONS_PATH}`);
}
