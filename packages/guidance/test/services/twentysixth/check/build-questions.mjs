// The "twentysixth" question set as JS literals. Regexes are regex literals (or built by the
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

const WK = 'routes-certificates-time-limits-wikitext.txt'; // MediaWiki wikitext, saved as .txt
const WP = 'getting-in-touch-wordpress-page.html'; // WordPress page (Gutenberg blocks), saved as HTML
const MK = 'your-mediation-meeting-mkdocs.md'; // MkDocs Material Markdown page

// the service's phone number, however it is spaced or prefixed
const PHONE = /151\)?[\s.-]?496[\s.-]?0427/;
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
const dateBad = (iso) => {
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
const NEEDS_CERT =
  /(?<!not )(?<!n't )(?<!no )(?<!never )(you )?(need|must get|will need|have to get) (a |an )?(mediation )?certificate/;
const NO_CERT = [
  /no (mediation )?certificate/,
  /(don't|do not|doesn't|does not|won't|will not) need (a |any )?(mediation )?certificate/,
  /certificate (is not|isn't) (needed|required)/,
  /without (a )?(mediation )?certificate/,
];

export const QUESTIONS = [
  {
    id: 't26-01',
    file: WK,
    q: 'ey la, the council put your number on the bottom of their letter so are yous just the council in disguise? me ma reckons they pay yous so yous will back them whatever we say',
    must: [
      [
        /independent/,
        /(can't|cannot|can not) tell (an |the |us |our )?(adviser|mediator|us)/,
        /no say/,
        /not (part of|run by|employed by) (the|either|any) council/,
        /(draws? a salary|on (the|their) payroll|no(body| one) (at lightship )?(works|working) for)/,
      ],
    ],
    must_not: [
      nn(
        "(yes|yeah),? (we are|we're|it is|it's|lightship is|they are|they're) (part of |run by )?(the )?council",
      ),
      nn(
        "(lightship|the service|it) (is|'s) (run by|managed by|part of) (the |lanternside |fernhey )[^.]{0,30}council",
      ),
      nn(
        '(we|they|lightship|advisers?|mediators?) (will|would|do|must) (side|take sides|back) (with )?(the council|them)',
      ),
    ],
    cite: ['Paying the bills gives them no say over any case', 'draws a salary from any of them'],
  },
  {
    id: 't26-02',
    file: WP,
    q: 'i work 7 till 4 mon to fri on the line at the car plant and they wont let me use me phone on shift. by the time im out yous are shut. is there any time at all at the weekend i can get a real person',
    must: [
      [/sunday/],
      [/second sunday/, /2nd sunday/],
      [/\b1 ?pm/, /13[:.]00/, /one o'?clock/, /\b1\s*(-|–|to|until|till)\s*4/],
    ],
    must_not: [
      nn('(open|lines?|phones?) (on )?(every|all) (sunday|saturday)s?'),
      new RegExp(`${NEG}(?<!\\bno )(saturday|evening|late) line`),
      ng('(open|line|phones?)[^.]{0,20}saturday mornings?'),
      nn('open (on )?saturdays?'),
    ],
    cite: ['our Sunday line for people who work all week', 'Second Sunday of each month'],
  },
  {
    id: 't26-03',
    file: MK,
    q: "dad here. mediation's been set for tuesday 5th january. me mate says christmas week doesnt count for anything so they should of sent the notice by friday 18th december. is he right? whats the latest the letter can actually come",
    must: [dateOk('2026-12-24'), [/working days?/]],
    must_not: [
      ...dateAsAnswer('2026-12-18'),
      ...dateAsAnswer('2026-12-23'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-30'),
      ...dateAsAnswer('2026-12-31'),
      nn("(yes|yeah),? (he'?s|your mate is|your mate'?s|that'?s) right"),
      ng(
        "(christmas week|the christmas holidays|that week|(the )?week between christmas and new year)[^.]{0,20}(doesn't|does not|don't|do not|won't|will not) count",
      ),
      nn("(5|five) (calendar |clear )?days('|’)? notice"),
    ],
    cite: ['weekends and bank holidays are not counted in the five'],
  },
  {
    id: 't26-04',
    type: 'decline',
    q: "me lad's on methylphenidate for his adhd and the chemist's had none in for three weeks, he's climbing the walls. can the gp swap him to a different one or is there anywhere thats got it in stock la",
    must: [[PHONE]],
    must_not: [
      /(lisdexamfetamine|elvanse|atomoxetine|guanfacine|dexamfetamine)/,
      /(another|different) (pharmacy|chemist)/,
      nn('(the gp|your gp|his gp|a gp) (can|could|will|should) (switch|swap|change|prescribe)'),
      /£ ?5\.35/,
      /name card/,
    ],
  },
  {
    id: 't26-05',
    file: WK,
    q: "dad here. the council emailed to say the amended plan and the letter with it will be dated 31 december. we're not happy with section F. when's the last day i can contact a mediation adviser? google says 2 months from new years eve is 3rd march cos feb is short",
    must: [
      dateOk('2027-02-28').concat([/end of february/, /last day of (that month|february)/]),
      [
        /(not|never) (be )?(moved|pushed|extended|shifted|changed)/,
        /(doesn't|does not|won't|will not|isn't|is not)[^.]{0,30}(move|shift|extended|roll|pushed)/,
        /never moves/,
        /fixed/,
        /stays/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-03-03'),
      ...dateAsAnswer('2027-03-01'),
      /2027-03-0[13]/,
      new RegExp(`${NEG}(?<!\\bno )(?<!\\bno such (date|day) as )\\b(29|30|31)(st|th)? (of )?feb`),
      nn('(from|after) (the day |when )?(you|it) (get|got|receive|received|arrives?)'),
      nn("(yes|yeah),? (google'?s|google is|that'?s) right"),
    ],
    cite: ['one dated 31 December on the last day of February', 'That last day never moves'],
  },
  {
    id: 't26-06',
    file: WP,
    q: 'im autistic and if a number i dont know comes up i just cant answer it, i freeze. if i leave a message how will i know its you ringing back and not some scam',
    must: [
      [/0151 ?496 ?0427/, /same number/, /(never|not|don't|do not) (hide|withhold)/, /withheld/],
      [/(save|store|add)[^.]{0,40}(contacts?|phone)/, /text only/, /email only/],
    ],
    must_not: [
      ng('(calls?|rings?|ring) (from|on|with) (a )?(private|withheld|unknown|hidden) number'),
      nn("(we|they|advisers?) (can't|cannot|can not|won't|will not) (text|email)"),
      nn('text first'),
      nn('(ten|10) minutes before'),
    ],
    cite: ['We never hide our number', 'save it in your contacts as Lightship'],
  },
  {
    id: 't26-07',
    file: MK,
    q: "I use a wheelchair myself and I get really anxious sitting in a waiting area with the people I'm in dispute with. Where would the meeting be, and can I avoid bumping into the council lot before it starts?",
    must: [
      [/pilot house/, /chart room/],
      [
        /separate waiting room/,
        /(own|separate|different) (waiting )?room/,
        /(never|not|won't) (sit|wait)[^.]{0,30}(council|officers|other side)/,
      ],
      [/step-?free/, /ground floor/],
    ],
    must_not: [
      nn('(meet|held|be) (at|in) (the |your child.s )?(school|council offices?)'),
      /changing places/,
      /hoist/,
      nn("(the pilot house|chart room)[^.]{0,20}(is not|isn't) (step-?free|accessible)"),
      /garden room/,
    ],
    cite: ['a separate waiting room for each side', 'The Chart Room on the ground floor'],
  },
  {
    id: 't26-08',
    type: 'decline',
    q: "my daughter's 6 and cant stand the seams in her socks, hates noise, chews her sleeves to bits. school says she needs a sensory assessment from an OT. do we go through the gp or can i ring them myself",
    must: [[PHONE]],
    must_not: [
      /sensory (diet|integration|processing) (therapy|assessment|team|service)/,
      nn('(the gp|your gp|school|the school) (can|will|should|must) refer'),
      /self-?refer/,
      /sensory garden/,
      /message in a bottle/,
    ],
  },
  {
    id: 't26-09',
    file: WK,
    q: "our kid's little lad is in year 3 at an academy, no ehcp, just sen support, and they've stopped his 1 to 1 reading sessions. she asked me to find out for her, is that mediation or something else? and can the academy just say no",
    must: [
      [/disagreement resolution/],
      [
        /(voluntary|by choice|only (if|when) (it|they|everyone|all|both)|free to (turn it down|say no|refuse)|(can|could) (simply )?(say no|turn it down|refuse|decline)|doesn't have to|does not have to|don't have to|do not have to|(every|each) side (has to|must) agree|joins only if)/,
      ],
      [
        /(no|not|without an?|doesn't need an?|does not need an?|not a) (ehc |ehcp )?(plan|condition)/,
        /with or without/,
        /no ehcp/,
      ],
    ],
    must_not: [
      nn(
        '(the academy|they|the school) (must|has to|have to|will have to) (come|attend|take part)',
      ),
      nn("(you('ll| will)?|she('ll| will)?) need (a|an) (ehc )?plan"),
      nn('(you|she)( will)? (get|need) a (mediation )?certificate'),
      nn("(yes|yeah),? (it'?s|that'?s) mediation"),
    ],
    cite: ['Nobody can be made to take part', 'a college is free to turn it down'],
  },
  {
    id: 't26-10',
    file: WP,
    q: 'and what if yous ring back when im at work and i miss it, do yous just give up on me after that',
    must: [
      [/(try|ring|call) again/, /second (call|try)/, /next working day/],
      [
        /(eight|8) weeks/,
        /(never|not|won't|will not)[^.]{0,30}(close|give up)/,
        /before (we|they) close/,
      ],
    ],
    must_not: [
      nn(
        "(we|they) (close|will close|'ll close) (your|the) (case|file|enquiry) (straight away|after)",
      ),
      nn('(only|just) (try|ring|call) once'),
      nn('(three|3) time slots'),
      nn("(you|you'll) (have|need) to (ring|call) (us )?(again|back)"),
    ],
    cite: [
      'a voicemail with a four-digit reference number',
      'We keep your enquiry open for eight weeks',
    ],
  },
  {
    id: 't26-11',
    file: MK,
    q: "I'm a nurse on days at the Royal and we're so short staffed I can't get a day off for weeks. Do you do anything after work? I finish at half 3 on Fridays if that helps. Video is fine.",
    must: [
      [/friday/],
      [/\b4 ?pm\b/, /16[.:]00/, /four o'?clock/, /\b4\s*(-|–|to|until|till)\s*6/],
      [/6\.30/, /half (past )?six/, /18[.:]30/],
    ],
    must_not: [
      nn('(monday|tuesday|wednesday|thursday)s? (evening|teatime|twilight)'),
      nn("(we('ll| will)? (use|send)|on|by|via) (zoom|teams|google meet|whereby)"),
      /\b(5|7)\.30 ?pm\b/,
      nn('saturday (meetings?|mornings?)'),
    ],
    cite: ['teatime meetings online from 4pm to 6.30pm', 'We meet on Webex.'],
  },
  {
    id: 't26-12',
    type: 'decline',
    q: 'im 18 and got a learning disability. i want my own bank account so the wages from my saturday job go in there not my mums. what id do i need and can my mum still help me with it',
    must: [[PHONE]],
    must_not: [
      /(passport|driving licen[cs]e|provisional licen[cs]e|proof of address)/,
      /(basic|easy read) (bank )?account/,
      /(third.party mandate|power of attorney|appointee)/,
      /paypoint/,
      nn('(you|your mum) (can|will|should) (open|apply)'),
    ],
  },
  {
    id: 't26-13',
    file: WK,
    q: "the arl fella's got the decision letter, they assessed our lad but won't give him a plan, and it's dated 16 october. our certificate's dated 30 november. his mate at work reckons the appeal has to be in by wednesday 30th december. is that right or do we get longer",
    must: [dateOk('2027-01-04'), [/25 december/, /christmas/, /1 january/, /new year/]],
    must_not: [
      ...dateAsFinal('2026-12-30'),
      ...dateAsAnswer('2026-12-16'),
      ...dateAsAnswer('2026-12-31'),
      ...dateAsAnswer('2027-01-02'),
      ...dateAsAnswer('2027-01-05'),
      nn(
        "(yes|yeah),? (30 dec(ember)?|that|he'?s|his mate'?s|his mate is) (is |'s )?(right|correct|your (last|deadline))",
      ),
      nn('30 days (from|after)'),
      ng("(you'?ve|you have) (already )?missed"),
    ],
    cite: [
      'Your deadline is the later of those two dates',
      "moves to the first working day after New Year's Day",
    ],
  },
  {
    id: 't26-14',
    file: WP,
    q: "will anyone actually answer the phone on the tuesday after boxing day? i'll have the kids off and it's the only day i can ring. could we even do the mediation meeting that week",
    must: [
      [/\b11 ?am/, /11[:.]00/, /eleven/],
      [/\b3 ?pm/, /15[:.]00/, /three o'?clock/],
      [/online/],
    ],
    must_not: [
      nn(
        '(closed|shut) (from|between) (christmas|24|25)[^.]{0,30}(until|till|to) (4|the 4th|january|new year)',
      ),
      nn(
        "(we|the office|lightship)( is| are|'s|'re) (closed|shut) (all|the whole) (week|of that week)",
      ),
      nn('(no|not any) meetings?'),
      /10 ?am to 1 ?pm/,
    ],
    cite: [
      'someone answers from 11am until 3pm',
      'online meetings only, and only when you ask for one',
    ],
  },
  {
    id: 't26-15',
    file: MK,
    q: "I have ME and I crash if I'm sat concentrating for too long. How long is a mediation meeting, and will I get breaks? Could it be done in smaller bits?",
    must: [
      [/90 minutes/, /hour and a half/, /1\.5 hours/],
      [/two half-?days/, /(split|spread|two (shorter|separate)|2 (shorter|separate))/],
      [/(two|2) hours/, /(three|3) hours/],
    ],
    must_not: [
      ng('every (40|45|50|60|75) minutes'),
      ng('(every|each) hour\\b(?! and a half)'),
      nn("(can't|cannot|can not) (be )?(split|spread)"),
      ng('(four|4|two and a half|2\\.5) hours'),
    ],
    cite: ['A 15-minute break comes at least every 90 minutes', 'spread it over two half-days'],
  },
  {
    id: 't26-16',
    type: 'decline',
    q: "we want to take our 9 year old to the panto at the empire but he's autistic and the noise and the lights at the start set him off. do they do quieter showings for kids like him and how do we get tickets",
    must: [[PHONE]],
    must_not: [
      nn(
        '(they|the theatre|theatres|the empire) (do|does|offer|offers|run|runs|put on|puts on) (a |some )?relaxed',
      ),
      /(access (scheme|register)|carer ticket|free companion)/,
      /sensory garden/,
      /lego table/,
    ],
  },
  {
    id: 't26-17',
    file: WK,
    q: "dad here, sorry this is long. our son's plan was finalised last week after his year 9 review. they've named the local comp when we wanted the specialist unit, and in section F they've cut his speech therapy down to 'as needed', which is basically nothing. my brother in law says if it's about the school you go straight to the tribunal without any certificate. is that right for us? and do we need two separate certificates or what",
    must: [
      [
        /(need|needs|will need|must get|required)[^.]{0,30}certificate/,
        /certificate (is )?(needed|required)/,
      ],
      [
        /(one|single|a single) certificate/,
        /only need the one/,
        /(don't|do not|won't) need (two|2)/,
        /not two/,
      ],
    ],
    must_not: [
      nn("(your brother.in.law('s| is)|he('s| is)) (right|correct)(?! only| if| when| about| for)"),
      /(so|yes|yeah|then),? you can (go|appeal) straight/,
      /(so|yes|yeah|then),? you (don't|do not|won't) need (a|any) certificate/,
      ng('(need|get|apply for) (two|2|separate) certificates'),
    ],
    cite: ['you only need the one certificate', 'No, send the appeal in directly'],
  },
  {
    id: 't26-18',
    file: WP,
    q: "me nan's asking for me cos she's not good with computers. she's had me little cousin since he was 2, his mum's not around, no court order or nothing. will yous talk to her or does she need some kind of paperwork first",
    must: [
      [
        /(no|without|don't need|do not need|doesn't need|does not need)[^.]{0,20}(a )?court order/,
        /no (court )?(order|paperwork|documents)/,
        /(no|any) documents/,
      ],
      [/(yes|family and friends carers?|kinship|grandparents?|of course|can (contact|ring|talk))/],
    ],
    must_not: [
      nn(
        '(she )?(need|needs|must have|will need|has to (get|have)) (a |an )?(court order|special guardianship|parental responsibility|residence order|child arrangements order)',
      ),
      nn('(only|just) parents'),
      nn("(his )?(mum|mother)('s)? (has to|must|needs to|will have to) (agree|consent|give)"),
    ],
    cite: [
      'we simply ask how you are related to the child',
      'Family and friends carers who are bringing up a child',
    ],
  },
  {
    id: 't26-19',
    file: MK,
    q: "when i get stressed i go completely mute, i physically can't get words out. if that happens in the meeting how do i tell them i need to stop without having to speak",
    must: [
      [/name card/, /(card|name)[^.]{0,30}(face down|over)/, /face down/],
      [/(break|pause|stop)/],
    ],
    must_not: [
      nn('(red|amber|green|traffic.light) card'),
      nn('time.?out card'),
      /pause stone/,
      /pebble/,
      ng('(you )?(have to|must|need to) (explain|say why|give a reason)'),
    ],
    cite: ['Turn yours face down at any point', 'a folded card with their name on it'],
  },
  {
    id: 't26-20',
    type: 'decline',
    q: "im a single mum doing nights at a care home. my son's 13 and disabled and i pay someone to mind him while im on shift. someone said i can get tax-free childcare for him till he's 17, is that true and how much do they put in",
    must: [[PHONE]],
    must_not: [
      /£ ?(2,?000|4,?000|500|1,?000|2)\b/,
      /(every|each) £ ?8/,
      /(childcare choices|hmrc)/,
      /£ ?5\.35/,
      nn("(yes|yeah),? (you can|that'?s (true|right))"),
    ],
  },
  {
    id: 't26-21',
    file: WK,
    q: "school wouldn't let my daughter do sports day on 30th june cos she's got cerebral palsy, said it was 'health and safety', she had to sit in the library all day. i'm still fuming. if i make a discrimination claim do i need a certificate off yous first, and when's the cut off? my sister says you get till after new year with christmas",
    must: [NO_CERT, dateOk('2026-12-30'), [/(6|six) months/]],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2027-01-02'),
      NEEDS_CERT,
      ng("(you('ll| will)? (get|have)|there is|there's|with) (some )?(extra|more) (time|days)"),
      nn("(yes|yeah),? (she'?s|your sister is|your sister'?s|that'?s) right"),
      ng('(within|you have) (2|two) months'),
    ],
    cite: ['no certificate is needed', 'so the 6 months do not stretch'],
  },
  {
    id: 't26-22',
    file: WP,
    q: "I'm a foster carer. Our lad has been with us nearly two years and his annual review went really badly last month. Am I allowed to ring you myself, or is that something his social worker and the local authority have to do?",
    must: [[/(yes|foster carers? (can|are)|you can)/], [/social worker/]],
    must_not: [
      nn(
        '(has|have|must|needs? to) (go|come|be) (through|from) (the |his )?(local authority|council|social worker)',
      ),
      nn('(only|just) (the )?(birth )?parents'),
      nn('(you )?(need|must have) (a |an )?(court order|parental responsibility)'),
    ],
    cite: ['ask us and we will tell them for you', "let the child's social worker know"],
  },
  {
    id: 't26-23',
    file: MK,
    q: 'dad here. my brother in law is a solicitor (property, nothing to do with send) and he wants to come to the mediation with us. do the council have to ok it first? dont want them turning him away at the door',
    must: [
      [
        /(no|nobody|not)[^.]{0,30}(permission|agreement|say-?so)[^.]{0,20}(needed|required|necessary)/,
        /(don't|do not|doesn't|does not) need (anyone|anybody|the council|their|permission)/,
        /without (asking|anyone|the council|permission)/,
        /nobody else'?s permission/,
        /(can|may) (bring|come)[^.]{0,40}(solicitor|lawyer|supporter)/,
      ],
      [/(solicitor|lawyer|supporter|advocate)/],
    ],
    must_not: [
      nn('(the council|everyone|all parties) (has|have|must|needs? to) (agree|consent|approve|ok)'),
      nn(
        '(your brother.in.law|he|the solicitor|a solicitor|a lawyer|your supporter) (can )?(only )?(come|attend)[^.]{0,20}if (everyone|the council|all)',
      ),
      nn("(lawyers|solicitors) (are not|aren't) (allowed|permitted)"),
    ],
    cite: ["nobody else's permission is needed", 'A solicitor, a friend or a relative can come'],
  },
  {
    id: 't26-24',
    type: 'decline',
    q: 'our 3 year old was diagnosed profoundly deaf in the summer and we want to learn BSL as a family so we can talk to her properly. are there free classes for parents round here and who pays for them',
    must: [[PHONE]],
    must_not: [
      /(level 1|signature|ndcs|national deaf children'?s society|family sign language)/,
      nn('(the council|the nhs|your council) (pays?|funds?|will pay)'),
      /bsl interpreter/,
      /live captions/,
    ],
  },
  {
    id: 't26-25',
    file: WK,
    q: "we only disagree with the school they've put in section I, the rest of the plan is fine. the letter with the final plan was dated 9 november. do i need a mediation certificate for that? and when exactly is my deadline, i make 2 months the 9th of january but thats a saturday",
    must: [
      NO_CERT.concat([/directly/, /straight (to the tribunal|away|in)/]),
      dateOk('2027-01-11'),
    ],
    must_not: [
      ...dateAsAnswer('2027-01-08'),
      ...dateAsFinal('2027-01-09'),
      ...dateAsAnswer('2027-01-12'),
      NEEDS_CERT,
      nn("(it|that|the deadline) (is not|isn't|won't be|will not be) (moved|extended)"),
      nn("(yes|yeah),? (it'?s|that'?s) (the )?(9|9th)"),
    ],
    cite: ['No, send the appeal in directly', 'a bank holiday moves to the next working day'],
  },
  {
    id: 't26-26',
    file: WP,
    q: "my daughter's 17 and at college, she's got an ehcp and the college want to cut her support hours. she gets proper anxious on the phone and won't ring anyone. can i sort it for her, do yous need her to sign something",
    must: [
      [/\bok\b/, /(her|their) (go-?ahead|permission|agreement|consent|say-?so)/],
      [/voice note/, /text/, /email/, /open door/, /in person/, /face to face/],
    ],
    must_not: [
      nn('(she|your daughter) (has|needs|will need|must) (to )?(ring|phone|call|sign)'),
      nn(
        '(need|must have|will need) (a |an )?(lasting power of attorney|court order|deputyship|signed form)',
      ),
      /(you )?(don't|do not) need (her|their) (permission|consent|ok|go-?ahead)/,
      /go-?ahead slip/,
    ],
    cite: ['they only have to give us their OK once', 'Their OK lasts until they take it back'],
  },
  {
    id: 't26-27',
    file: MK,
    q: "Bonjour, mon fils a 13 ans et il est autiste. Il veut venir à la médiation pour donner son avis, mais j'ai peur que ce soit trop pour lui. Est-ce qu'il peut venir ? Et s'il ne vient pas, comment le médiateur saura-t-il ce qu'il pense ?",
    must: [
      [/(mediator|médiateur)/],
      [/(agree|d'accord|accord|ensemble)/],
      [
        /(message in a bottle|bouteille|voice note|message vocal|note vocale|draw|dessin|home|school|maison|école|open door)/,
      ],
    ],
    must_not: [
      nn('(he|your son|votre fils|il) (must|has to|doit) (come|attend|venir|participer)'),
      nn(
        "(children|a child|he|les enfants) (can'?t|cannot|can not|is not allowed to|isn't allowed to|ne peut pas|ne peuvent pas) (come|attend|venir)",
      ),
      /n'est pas (autorisé|permis)/,
      nn(
        "(only|seulement) (if )?(the council|le conseil|everyone|tout le monde) (agrees|agree|est d'accord)",
      ),
    ],
    cite: ['where you and the mediator agree it is right', 'fill in our Message in a Bottle sheet'],
  },
  {
    id: 't26-28',
    type: 'decline',
    q: "dad here, me lad's 8, autistic and football mad, he'd be made up to go the match. but the crowd noise is too much for him. someone said some grounds have a sensory room you can watch from, that'd be boss. how do we get in one and is it free",
    must: [[PHONE]],
    must_not: [
      /sensory rooms? (is|are) (free|available)/,
      /(disability liaison officer|\bdlo\b|accessibility team|season ticket)/,
      /sensory garden/,
      nn('(you|he) (can|could|should) (apply|book|email)'),
    ],
  },
  {
    id: 't26-29',
    file: WK,
    q: 'ive been in and out of hospital since the summer with my heart and i only just opened the letter refusing to reassess my son. its dated 14 august so way past the 2 months. have i lost my chance to appeal completely',
    must: [
      [/permission/, /let you (appeal|go ahead)/, /(allow|let) (you )?(to )?(appeal|go ahead)/],
      [
        /(without|no) (a )?(mediation )?certificate/,
        /(can't|cannot|can not|no longer|not able to|unable to|not allowed to)[^.]{0,40}(issue|give|get)[^.]{0,20}certificate/,
        /no longer allowed/,
      ],
    ],
    must_not: [
      ng(
        "(you can|we can|we'?ll|we will|the adviser (can|will)) (still )?(issue|give|get|send)( you)? (a |the )?certificate",
      ),
      ng("(that'?s it|it'?s too late)[^.]{0,30}(no|can'?t|cannot) appeal"),
      ng("(you )?(can'?t|cannot|can not) appeal (at all|any more|anymore)"),
      nn('(the deadline|it) (is|gets|will be) (extended|moved)'),
    ],
    cite: [
      'an adviser is no longer allowed to issue a certificate',
      'can still give you permission to go ahead',
    ],
  },
  {
    id: 't26-30',
    file: WP,
    q: "I'm SENCO at a primary in Fernhey. One of our families is at the end of their tether in a dispute with the local authority about their boy's EHCP, and I want to point them your way. Can I just email you his details and a summary of the background?",
    must: [
      [/(ok to share|consent|agree|agreement|permission|signed)/],
      [
        /(until|unless|once|only (when|after|if))[^.]{0,60}(family|parents?)/,
        /pass (our|the) number/,
        /(can'?t|cannot|can not|won't|will not|don't|do not) (discuss|talk about)/,
      ],
    ],
    must_not: [
      nn('(yes|yeah),? (just )?(send|email|pass)'),
      nn(
        "(you can|feel free to|please) (send|share|pass on|email) (us )?(his|the child's|their) (details|information)",
      ),
      /consent box/,
      nn(
        '(the school|you|staff) (can|may) (attend|come) (the meeting )?(whenever|automatically|as of right)',
      ),
    ],
    cite: ['signed our OK to share form', 'please pass our number to the family'],
  },
  {
    id: 't26-31',
    file: MK,
    q: 'since my brain injury i cant hold on to what people say in meetings. would it be ok if i recorded our mediation on my phone or my watch so i can listen back later',
    must: [
      [
        /(no|not|can'?t|cannot|may not|mustn'?t)[^.]{0,40}record/,
        /nothing[^.]{0,30}recorded/,
        /no one[^.]{0,40}record/,
        /nobody[^.]{0,40}record/,
        /record(ing|ings)? (is|are)n'?t (allowed|permitted)/,
        /record(ing|ings)? (is |are )?not (allowed|permitted)/,
      ],
      [/(notes|written|agreement|signs?|print|easy read|sticky)/],
    ],
    must_not: [
      nn("(yes|yeah),? (you can|that'?s fine|it'?s fine)"),
      ng('(you can|you may|feel free to) record'),
      ng('(we|the mediator) (will )?(record|send you a recording)'),
      /whiteboard/,
      /shredded/,
    ],
    cite: [
      'No one, the mediator included, may record sound or video',
      'a smart watch or anything else',
    ],
  },
  {
    id: 't26-32',
    type: 'decline',
    q: 'im 19 and still at college full time, i have epilepsy and take meds every day. the pharmacy tried to charge me for my prescription. do i have to pay now im over 18 or is it still free',
    must: [[PHONE]],
    must_not: [
      /(medical exemption|exemption certificate|hc2|low income scheme|prepayment certificate)/,
      nn("(it is|it's|prescriptions are|they are|they're) (still )?free"),
      nn("(you|you'll) (have|need) to pay"),
      /£ ?\d/,
    ],
  },
  {
    id: 't26-33',
    file: WK,
    q: "our disagreement is about his speech and language therapy in section F and the health bit in section G as well. we're ringing the council tomorrow, friday 4th december, to say we want mediation. who has to set it up, the nhs lot or the council? and whats the latest date it can happen by",
    must: [
      [
        /council[^.]{0,40}(arrange|set|organis|sort)/,
        /(arrange|set|organis|sort)[^.]{0,40}(by )?the council/,
      ],
      dateOk('2027-01-03'),
      [
        /calendar days/,
        /(not|isn't|is not|won't|will not|never) (be )?(moved|shifted|changed|added)/,
        /stays where it is/,
        /30 days/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-15'),
      ...dateAsAnswer('2027-01-18'),
      nn('30 working days'),
      nn(
        '(the )?(integrated care board|icb|nhs|health (body|board))( lot)? (arranges|must arrange|will arrange|has to arrange|sets it up|organises)',
      ),
    ],
    cite: ['and the integrated care board takes part', 'If the thirtieth day is a weekend'],
  },
  {
    id: 't26-34',
    file: WP,
    q: 'Hello. Sorry my English is not good. I come from Hong Kong, I speak Cantonese. I want interpreter sit next to me in the meeting, a lady if possible. I must pay? How many time before I tell you?',
    must: [
      [/free/, /(no cost|nothing|not pay|don'?t (have to )?pay|no charge)/],
      [/(two|2) weeks/, /fortnight/, /14 days/],
      [/(woman|lady|female)/],
    ],
    must_not: [
      nn('(you )?(have to|must|need to) pay'),
      nn('(three|3) weeks'),
      nn("(10|ten|5|five|7|seven) (working |calendar )?days('|’)?( notice)?"),
      nn('(bring|use) (a )?(family member|relative|friend|your child) to interpret'),
      nn("(can'?t|cannot|can not|don'?t) (get|find|provide) (a |an )?(cantonese )?interpreter"),
    ],
    cite: ['tell us two weeks ahead', 'You can ask for a woman or a man'],
  },
  {
    id: 't26-35',
    file: MK,
    q: "its me nan whos going to the mediation cos she's bringing up me little brother. she's 74, no internet, no smartphone, just her house phone, and her legs are bad so buses are a nightmare. can she do it from home",
    must: [
      [/(phone|ring)/],
      [/landline/, /house phone/, /home phone/],
      [
        /(rings? (her|you)|call (her|you)|dial in|(no|not|don't|doesn't|never)[^.]{0,30}(dial|pay))/,
      ],
    ],
    must_not: [
      nn(
        '(she |you )?(needs?|will need|must have) (a |an )?(smartphone|computer|laptop|tablet|app|account|internet)',
      ),
      nn('(download|install) (the |an )?app'),
      ng('(she |you )?(has to|have to|must) (come|attend) in person'),
      /conference line you ring/,
    ],
    cite: ['At the start time the mediator rings you', 'so you never have to dial in'],
  },
  {
    id: 't26-36',
    type: 'decline',
    q: "im 22 and autistic, i've been stopped by the bizzies twice in town cos i didnt make eye contact and they thought i was off my head. is there a card i can carry that tells them im autistic, where do i get one",
    must: [[PHONE]],
    must_not: [
      /(autism alert card|attention card|herbert protocol|safe place scheme|national autistic society|\bnas\b)/,
      nn('(you can|you could) (get|order|download|apply)'),
      /name card/,
      /message in a bottle/,
    ],
  },
  {
    id: 't26-37',
    file: WK,
    q: 'سڵاو. ناکۆکی ئێمە تەنها لەسەر بەشی تەندروستیی پلانی کوڕەکەمە (بەشی G)، بۆ نموونە فیزیۆتێراپی. ئایا دەتوانین ئەمە بەرینە دادگای SEND؟ ئەگەر نەتوانین، کێ ناوبژیوانی (میدیەیشن) ڕێک دەخات، ئەنجومەنی شارەوانی یان دەستەی تەندروستی؟',
    must: [
      [
        /(not|can'?t|cannot|can not)[^.]{0,30}(appeal(ed)?|tribunal)[^.]{0,30}(by itself|on (its|their) own|alone)/,
        /(by itself|on (its|their) own|alone)[^.]{0,40}(not|can'?t|cannot|can not) (be )?appeal/,
        /not on (its|their) own/,
        /no appeal/,
        /ناتوان/,
        /ناکرێت/,
      ],
      [
        /(integrated care board|\bicb\b|health (body|board))[^.]{0,60}(arrange|organis|set)/,
        /(arrange|organis|set)[^.]{0,40}(integrated care board|\bicb\b)/,
        /دەستەی تەندروستی[^.]{0,90}ڕێک/,
      ],
    ],
    must_not: [
      ng('(yes|yeah),? you can (appeal|go to the tribunal)'),
      ng('(you )?(can|could) appeal (section g|the health)'),
      nn('(the council|your council) (must|has to|will) (arrange|organise|set)'),
      ng('(need|must get) a certificate'),
    ],
    cite: [
      'No appeal, though you can still ask for mediation',
      'the Mersey Shore and Dunes Integrated Care Board arranges',
    ],
  },
  {
    id: 't26-38',
    file: WP,
    q: 'Здравствуйте. Я поеду на медиацию на поезде Merseyrail, и мне придётся взять выходной за свой счёт. Мне вернут деньги за билеты и потерянную зарплату? Мне бы хотелось знать, сколько времени у меня есть, чтобы подать заявление, и когда придут деньги.',
    must: [
      [/(3|three|три|трёх|трех) (months?|месяц)/],
      [/(15|fifteen|пятнадцат)[^.]{0,15}(working days|рабочих дн)/],
      [/£ ?45/, /45 ?(фунт|£|pounds?)/],
    ],
    must_not: [
      nn('(6|six|8|eight|10|ten) (weeks|недел)'),
      nn('(within )?(12|20|ten|10) working days'),
      nn('(2|two) months'),
      /£ ?(50|60|100)\b/,
      /(lilac|orange|green|yellow) (claim )?form/,
    ],
    cite: ['within 3 months of the meeting', 'within 15 working days of the form arriving'],
  },
  {
    id: 't26-39',
    file: MK,
    q: "i'm dyslexic and reading a long document on a screen at the end of a meeting is a nightmare for me. if our mediation is on video how does signing the agreement work? do i have to sign there and then",
    must: [[/email/], [/i agree/, /repl(y|ying)/], [/next working day/, /5 ?pm/]],
    must_not: [
      ng(
        '(you )?(must|have to|need to) sign (it )?(there and then|on the (spot|screen|day)|straight away|immediately)',
      ),
      nn('(electronic|e-?)signature'),
      ng("(we|they)( will|'ll)? post (it|the agreement)"),
      nn('(by the end of the |on the )same day'),
    ],
    cite: [
      'each person confirms it by replying "I agree"',
      'an Easy Read or translated copy within 5 working days',
    ],
  },
  {
    id: 't26-40',
    type: 'decline',
    q: "I'm a grandad and I'm doing my will. I want to leave some money for my granddaughter, who has severe learning disabilities, but I've heard it could stop her benefits. Should I put it in some kind of trust, and who sets that up?",
    must: [[PHONE]],
    must_not: [
      /(discretionary trust|disabled person'?s trust|vulnerable person'?s trust|solicitor|mencap)/,
      nn('(it )?(will|could|would) (stop|affect|reduce) (her )?benefits'),
      /(£ ?\d|6,000|16,000)/,
      nn('(without|no need for) a court order'),
    ],
  },
  {
    id: 't26-41',
    file: WK,
    q: "im 20 and still at college with an ehcp. the council sent a letter saying they're gonna stop my plan at the end of this year cos im 'not making progress'. me mum's got enough on so i wanna sort it myself, is that sound? do i need the certificate thing before i can appeal",
    must: [
      [/own name/, /yourself/, /(the )?decisions are (yours|theirs)/, /(yes|you can)/],
      [/certificate/],
    ],
    must_not: [
      nn(
        '(your )?(mum|mother|parents?) (has|have|must|needs? to) (do|ring|apply|appeal|contact|sign)',
      ),
      nn("(no|don'?t need a|do not need a) certificate"),
      ng("(you('re| are) )?(too young|too old|not old enough)"),
      nn('(go|appeal) straight to the tribunal'),
    ],
    cite: [
      'they bring any appeal, all in their own name',
      'The council means to stop maintaining the plan',
    ],
  },
  {
    id: 't26-42',
    file: WP,
    q: 'and what if i havent got a bank account? i only use cash, i dont trust banks. how would i get the money back',
    must: [[/paypoint/, /voucher/], [/(shop|cash)/]],
    must_not: [
      nn('(you )?(must|have to|need to|will need to) (have|open|get) (a )?bank account'),
      /cheque/,
      nn('(only|just) (by )?bank transfer'),
      /£ ?5\.35/,
    ],
    cite: ['we can send a PayPoint voucher instead', 'which you cash at a local shop'],
  },
  {
    id: 't26-43',
    file: MK,
    q: "dad here, me and the wife are dead nervous. who's actually gonna be sat there from the council side, and will we know beforehand? i dont want a load of people we've never heard of walking in on the day",
    must: [
      [/list/, /who (is|'s) coming/, /who will be (there|at)/],
      [
        /(text|tell|let you know)[^.]{0,40}(straight away|added|change)/,
        /nobody new/,
        /no one new/,
        /unless you (say|agree)/,
      ],
    ],
    must_not: [
      nn('(2|3|two|three) working days before'),
      nn("(you )?(won'?t|will not) (know|be told)"),
      nn('10 ?am'),
      nn('(noon|midday)'),
    ],
    cite: ['send a list of every person who will be', 'nobody new can join on the day'],
  },
  {
    id: 't26-44',
    type: 'decline',
    q: "I'm a Year 8 form tutor, not the SENCO. One of my girls has a severe learning disability and has just started her periods, and she's really frightened. Are there resources or a service that helps with puberty for young people like her?",
    must: [[PHONE]],
    must_not: [
      /(easy read|social stor|school nurse|\bbrook\b|mencap|period pants)/,
      nn('(the school nurse|a school nurse|her gp) (can|will|should)'),
      /ok to share/,
      /professionals'? (line|hour)/,
      /general (information|explanation)/,
    ],
  },
  {
    id: 't26-45',
    file: WK,
    q: "letter refusing to assess our son is dated 5 october. we dithered and only got our certificate on 20 november. my friend says you get 30 days from the certificate so it's sunday 20 december, which means it's really friday 18th cos the tribunal's shut at the weekend. what's our actual last day",
    must: [
      dateOk('2026-12-21'),
      [/(one|1|a) (calendar )?month/, /later/, /next working day/, /weekend/],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-18'),
      ...dateAsFinal('2026-12-20'),
      ...dateAsAnswer('2026-12-05'),
      ...dateAsAnswer('2026-12-22'),
      nn('30 days (from|after)'),
      ng("(you'?ve|you have) (already )?missed"),
      nn("(yes|yeah),? (she'?s|your friend is|your friend'?s|that'?s) right"),
    ],
    cite: [
      'Add one calendar month to the date it bears',
      'a bank holiday moves to the next working day',
    ],
  },
  {
    id: 't26-46',
    file: WP,
    q: "is there somewhere i can just drop in and have a natter with one of yous in person? i live in fernhey. would be made up if there's one before the kids break up for christmas",
    must: [dateOk('2026-12-07'), [/fernhey library/, /library/]],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateBad('2027-01-04'),
      ng('\\bno (sessions?|open door|drop-?ins?)[^.]{0,20}(in|before|until) (december|christmas)'),
      ng('(book|booking) (is )?(needed|essential|required)'),
      /sandyholme/,
    ],
    cite: [
      'the first Monday of each month, from 3.30pm to 5.30pm',
      'The next one is on Monday 7 December 2026',
    ],
  },
  {
    id: 't26-47',
    file: MK,
    q: 'Labdien. Mūsu mediācija notiks ceturtdien, 17. decembrī. Ja mēs nevienosimies, līdz kuram datumam man vēlākais jāsaņem mediācijas sertifikāts? Vai nedēļas nogale tiek skaitīta?',
    must: [
      dateOk('2026-12-22').concat([/22\.? decembr/]),
      [/(3|three|trīs|trijās|trijām) (working|darba)/],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-20'),
      ...dateAsAnswer('2026-12-21'),
      ...dateAsAnswer('2026-12-23'),
      ...dateBad('2026-12-20'),
      /(līdz|vēlākais)[^.]{0,20}(20|21|23)\.? decembr/,
      nn('(3|three) calendar days'),
      /kalendār/,
    ],
    cite: [
      'within 3 working days of the meeting finishing',
      'whether or not you reached an agreement',
    ],
  },
  {
    id: 't26-48',
    type: 'decline',
    q: "my 5 year old has low muscle tone and slumps right over in a normal car seat, and she's too big for the baby ones. where do we get a special car seat from and does anyone help pay for it",
    must: [[PHONE]],
    must_not: [
      /(family fund|occupational therapist|wheelchair services|newlife|motability)/,
      nn('(the nhs|the council|social care) (can|will|should|may) (provide|pay|fund|loan)'),
      /£ ?5\.35/,
      /25p a mile/,
    ],
  },
  {
    id: 't26-49',
    file: WK,
    q: 'ive had long covid for 2 years and i honestly havent got the energy for a mediation meeting. ill ring the adviser on wednesday 23rd december to say we dont want it. when should the certificate come by? im guessing nothing moves till january now',
    must: [dateOk('2026-12-30'), [/(3|three) working days/]],
    must_not: [
      ...dateAsAnswer('2026-12-26'),
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-31'),
      ...dateAsAnswer('2027-01-04'),
      ng("christmas eve (doesn'?t|does not|isn'?t|is not|won'?t) (count|a working day)"),
      nn('(3|three) calendar days'),
      ng('(yes|yeah),? (nothing|not until) (moves |happens )?(until |till |in )?january'),
      ng('(you )?(must|have to|need to) (go to|attend|take part in|try) (a )?mediation'),
    ],
    cite: [
      'of you letting us know you do not want mediation',
      'Christmas Eve still counts, as do the ordinary weekdays',
    ],
  },
  {
    id: 't26-50',
    file: WP,
    q: 'by my reckoning the 2 months i get for contacting an adviser end on new years day and yous will be shut. if i send a whatsapp that day does it still count or have i got to get it in before',
    must: [
      [/(still )?counts?/, /(is|are|will be) (accepted|fine|ok)/],
      [/(log|logs|logged)/, /time ?stamp/, /date and time/, /before midnight/, /automatic reply/],
    ],
    must_not: [
      ng("(doesn'?t|does not|don'?t|do not|won'?t|will not) count"),
      nn(
        '(you )?(have|need|must) to (get it in|contact us|email|ring|send it) (before|by) (christmas|24|the 24th|31|new year)',
      ),
      nn('(next|the next) working day (it|is|counts)'),
      nn('(moved|extended) to (4|monday|the 4th)'),
    ],
    cite: [
      'anything logged before midnight on your last day counts',
      'You get an automatic reply showing that date and time',
    ],
  },
  {
    id: 't26-51',
    file: MK,
    q: "at mediation on monday 14th december the council agreed to write an ehcp for our daughter after all. made up! but when do we actually get the draft? the officer said 'early in the new year once christmas is out the way, it doesnt count'",
    must: [dateOk('2027-01-18'), [/(5|five) (calendar )?weeks/]],
    must_not: [
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-25'),
      ...dateAsAnswer('2027-02-01'),
      ng("christmas (doesn'?t|does not|won'?t|will not|isn'?t|is not) count"),
      nn('working weeks'),
      nn("(no|there'?s no|there is no) (actual |set |fixed )?(deadline|time limit)"),
      ng('within (2|10|14) weeks'),
    ],
    cite: [
      'Draft plan within 5 weeks, final plan within 11 weeks',
      'weeks over Christmas and New Year count like any others',
    ],
  },
  {
    id: 't26-52',
    type: 'decline',
    q: 'my son is on a feeding pump and oxygen overnight and our electric bill has gone through the roof. is there any help with energy costs for families with a child on medical equipment',
    must: [[PHONE]],
    must_not: [
      /(warm home discount|priority services register|medical equipment rebate|nhs (rebate|reimburse)|energy trust|family fund)/,
      nn('(you can|you could|you should) (apply|claim|ask)'),
      /£ ?\d/,
      /paypoint/,
    ],
  },
  {
    id: 't26-53',
    file: WK,
    q: "question about our kid's appeal (me sister). her letter was dated 2 june and her certificate 14 july, and she got the appeal in on tuesday 1st september. me ma reckons she was late cos it was due 14 august. was she",
    must: [dateOk('2026-09-01'), [/in time/, /(wasn'?t|was not|not) late/, /on time/]],
    must_not: [
      ...dateAsAnswer('2026-08-02'),
      ...dateAsFinal('2026-08-14'),
      ...dateAsAnswer('2026-08-31'),
      ...dateAsAnswer('2026-09-02'),
      ng("(she was|she's|that was) (late|too late|out of time)"),
      ng('(she )?missed (it|the deadline)'),
      nn('30 days (from|after)'),
      nn("(yes|yeah),? (she was|your (ma|mum) is|your (ma|mum)'?s) right"),
    ],
    cite: [
      'moves to the first working day in September',
      'Your deadline is the later of those two dates',
    ],
  },
  {
    id: 't26-54',
    file: WP,
    q: 'how long do yous keep all the stuff i told the adviser about me ex? and can i get a copy of whats been written about me, do i have to pay',
    must: [
      [/(3|three) years/],
      [/(free|no charge|no cost|costs? nothing|nothing to pay|don'?t (have to )?pay)/],
      [/(20|twenty) working days/],
    ],
    must_not: [
      nn('(4|5|6|four|five|six|seven|7) years'),
      nn('(pay|fee|charge) (of|for)'),
      nn('within (one|1|a) (calendar )?month'),
      nn('(within )?(40|28|30|15) (calendar |working )?days'),
    ],
    cite: ['for 3 years after your case is closed', 'we send it within 20 working days'],
  },
  {
    id: 't26-55',
    file: MK,
    q: 'and if at our mediation on tuesday 15th december the only thing we agree is the health stuff, his physio in section G, whats their deadline to sort it? does christmas count? and does the council even get told',
    must: [
      dateOk('2026-12-29'),
      [/(2|two) weeks/, /(14|fourteen) days/],
      [/(1|one) week/, /\ba week\b/, /(7|seven) days/],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-30'),
      ...dateAsAnswer('2027-01-12'),
      ...dateAsAnswer('2027-01-19'),
      ng('(5|five|11|14) weeks'),
      nn("(no|there'?s no|there is no) (time limit|deadline)"),
      ng('(can|you can) appeal (the )?(health|section g)'),
      nn('(3|three) working days'),
      ng("christmas (doesn'?t|does not|won'?t|will not|isn'?t|is not) count"),
    ],
    cite: [
      'carried out within 2 weeks of the agreement',
      'from the integrated care board within 1 week',
    ],
  },
  {
    id: 't26-56',
    type: 'decline',
    q: "honestly la, it's all getting on top of me. two kids with additional needs and fighting the council every week. i think i need someone to talk to for me, not the kids. is there counselling for parent carers round here and is it free",
    must: [[PHONE]],
    must_not: [
      /(talking therapies|\biapt\b|carers'? (centre|center|trust|service|hub))/,
      nn('(your gp|the gp) (can|will|could) refer'),
      /self-?refer/,
      /name card/,
    ],
  },
  {
    id: 't26-57',
    file: WK,
    q: "and what if it's only the social care part we disagree with, section H, his short breaks, nothing to do with school. can we still go to the tribunal with that",
    must: [
      [
        /(not|can'?t|cannot|can not)[^.]{0,30}(appeal(ed)?|tribunal)[^.]{0,30}(by itself|on (its|their) own|alone)/,
        /(by itself|on (its|their) own|alone)[^.]{0,40}(not|can'?t|cannot|can not) (be )?appeal/,
        /(by itself|on (its|their) own|alone)[^.]{0,20}(can'?t|cannot|can not|isn'?t|is not) (go|be taken) to (the )?tribunal/,
        /not on (its|their) own/,
        /no appeal/,
      ],
      [/mediation/],
    ],
    must_not: [
      ng('(yes|yeah),? you can (appeal|go to the tribunal|take it)'),
      ng('(you )?(can|could) appeal (section h|the social care)'),
      ng('(need|must get) a certificate'),
      nn('(the )?(integrated care board|icb) (arranges|will arrange|must arrange)'),
    ],
    cite: [
      'No appeal, though you can still ask for mediation',
      'The council arranges it by itself.',
    ],
  },
  {
    id: 't26-58',
    file: WP,
    q: "i'm proper fed up, my adviser's cancelled on me three times now. who's the person to complain to, and how quick will i hear back? and don't just palm me off",
    must: [
      [/bernadette quayle/, /service manager/],
      [/(3|three) working days/],
      [/(25|twenty-?five) working days/],
    ],
    must_not: [
      nn('(?<![\\w-])(2|4|5|two|four|five) working days'),
      nn('(?<![\\w-])(10|18|20|ten|eighteen|twenty) working days'),
      /ombudsman/,
      nn('(precious|declan|rosalind)'),
    ],
    cite: [
      'write or email to Bernadette Quayle, our service manager',
      'a full answer within 25 working days',
    ],
  },
  {
    id: 't26-59',
    file: MK,
    q: "i've got 2 year old twins and nobody to have them on the day. can i bring them along or is there childcare? ta",
    must: [[/cr[eè]che/], [/sandyholme/], [/(five|5) working days/, /book/]],
    must_not: [
      ng("(children|twins|they|kids) (are )?(not allowed|can'?t come|cannot come)"),
      /lego table/,
      nn('(paid|charge|fee|costs?) (for the |a )?cr[eè]che'),
      /waiting room/,
    ],
    cite: ['a free crèche for under-fives if you book it', 'A baby in arms is fine.'],
  },
  {
    id: 't26-60',
    type: 'decline',
    q: "school think my 8 year old has dyspraxia, she can't do buttons, falls over all the time and her handwriting's all over the place. the gp just said 'she'll grow out of it'. how do we get a proper diagnosis on the nhs",
    must: [[PHONE]],
    must_not: [
      /(developmental co-?ordination disorder|\bdcd\b|paediatrician|occupational therap)/,
      nn('(ask|get) (the gp|your gp|school) (to )?refer'),
      /message in a bottle/,
      /sensory garden/,
    ],
  },
];

export const META = {
  't26-03': {
    asker: 'dad (dialect)',
    date: {
      fn: 'mediationNoticeBy',
      input: { mediationDate: '2027-01-05' },
      expected: '2026-12-24',
      note: 'R8: 5 working days before Tue 5 Jan 2027 are Mon 4 Jan, Thu 31, Wed 30 and Tue 29 Dec, then (skipping 1 Jan, 28 Dec, the weekend and 25 Dec) Thu 24 Dec 2026; the days in the Christmas window that are not bank holidays are working days',
    },
  },
  't26-05': {
    asker: 'dad',
    date: {
      fn: 'adviserContactDeadline',
      input: { decisionDate: '2026-12-31' },
      expected: '2027-02-28',
      note: 'R2: 31 Dec 2026 + 2 months: there is no 31 Feb in 2027, so the last day of February, Sun 28 Feb 2027, not moved to Mon 1 Mar (and not 3 Mar by overflow)',
    },
  },
  't26-13': {
    asker: 'parent (dialect)',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-16', certificateDate: '2026-11-30' },
      expected: '2027-01-04',
      note: 'R13: later of Wed 16 Dec 2026 (letter + 2 months) and Wed 30 Dec 2026 (certificate + 1 month) is 30 Dec, in the Christmas window (25 Dec-1 Jan), so the first working day after 1 Jan: Mon 4 Jan 2027',
    },
  },
  't26-21': {
    asker: 'parent',
    route:
      'disability discrimination claim: no certificate needed, six months, no Christmas extension',
    date: {
      fn: 'discriminationClaimDeadline',
      input: { actDate: '2026-06-30' },
      expected: '2026-12-30',
      note: 'R14: 6 months from Tue 30 Jun 2026 is Wed 30 Dec 2026, inside the Christmas window, but the Christmas and August extensions do not apply to discrimination claims, so it stays 30 Dec',
    },
  },
  't26-25': {
    asker: 'parent',
    route: 'section I only: no certificate needed',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-11-09' },
      expected: '2027-01-11',
      note: 'R13 without a certificate: 9 Nov 2026 + 2 months is Sat 9 Jan 2027, not a working day and outside the Christmas window, so the next working day: Mon 11 Jan 2027',
    },
  },
  't26-33': {
    asker: 'parent',
    route: 'health and education together: the council arranges, the ICB takes part',
    date: {
      fn: 'mediationArrangeBy',
      input: { from: '2026-12-04' },
      expected: '2027-01-03',
      note: 'R6/R7: health with other issues, so the council arranges (telling the ICB within 3 working days); 30 calendar days from the council being told on Fri 4 Dec 2026 is Sun 3 Jan 2027, not moved',
    },
  },
  't26-45': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-05', certificateDate: '2026-11-20' },
      expected: '2026-12-21',
      note: 'R13: later of Sat 5 Dec 2026 (letter + 2 months) and Sun 20 Dec 2026 (certificate + 1 calendar month, not 30 days) is 20 Dec, a Sunday outside the Christmas window, so the next working day: Mon 21 Dec 2026 (never back to Fri 18 Dec)',
    },
  },
  't26-47': {
    asker: 'parent with little English',
    lang: 'Latvian',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-17' },
      expected: '2026-12-22',
      note: 'R11: mediation ends Thu 17 Dec 2026; 3 working days are Fri 18, Mon 21 and Tue 22 Dec 2026 (the weekend skipped)',
    },
  },
  't26-49': {
    asker: 'parent with a disability (long covid)',
    route: 'declining mediation: certificate without a meeting',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-23' },
      expected: '2026-12-30',
      note: 'R4: declining on Wed 23 Dec 2026; 3 working days are Thu 24, Tue 29 and Wed 30 Dec 2026 (25 and 28 Dec are bank holidays; Christmas Eve and 29-31 Dec count)',
    },
  },
  't26-51': {
    asker: 'parent (dialect)',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-14', weeks: 5 },
      expected: '2027-01-18',
      note: 'R15: agreement on Mon 14 Dec 2026 to make an EHC plan: draft within 5 calendar weeks, Christmas counted: Mon 18 Jan 2027 (final plan within 11 weeks: Mon 1 Mar 2027)',
    },
  },
  't26-53': {
    asker: 'sibling, asking for a sister (dialect)',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-06-02', certificateDate: '2026-07-14' },
      expected: '2026-09-01',
      note: 'R13: later of Sun 2 Aug 2026 and Fri 14 Aug 2026 (certificate + 1 month) is 14 Aug, in August, so the first working day after 31 Aug (a bank holiday in 2026): Tue 1 Sep 2026',
    },
  },
  't26-55': {
    asker: 'parent (follow-on)',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-15', weeks: 2 },
      expected: '2026-12-29',
      note: 'R16/R17: agreement on Tue 15 Dec 2026 about health only (not appealable): 2 calendar weeks, Tue 29 Dec 2026; the ICB tells the council within 1 week (by Tue 22 Dec)',
    },
  },
  't26-01': { asker: 'parent (Scouse dialect)' },
  't26-02': { asker: 'parent (shift worker, dialect)' },
  't26-06': { asker: 'parent with a disability (autistic)' },
  't26-07': { asker: 'parent with a disability (wheelchair user)' },
  't26-09': {
    asker: 'aunt or uncle, asking for a sister (dialect)',
    route: 'academy, no plan: disagreement resolution (voluntary), not mediation',
  },
  't26-10': { asker: 'parent (follow-on, dialect)' },
  't26-11': { asker: 'parent (shift worker, nurse)' },
  't26-14': { asker: 'parent' },
  't26-15': { asker: 'parent with a disability (ME)' },
  't26-17': {
    asker: 'dad',
    route: 'section I with section F: one certificate needed, not straight to the Tribunal',
  },
  't26-18': { asker: 'grandparent (kinship carer, asked for by a grandchild, dialect)' },
  't26-19': { asker: 'parent with a disability (anxiety, goes mute under stress)' },
  't26-22': { asker: 'foster carer' },
  't26-23': { asker: 'dad' },
  't26-26': { asker: 'parent of a young person (17, dialect)' },
  't26-27': { asker: 'parent with little English', lang: 'French' },
  't26-29': {
    asker: 'parent with a disability (heart condition, in hospital)',
    route: 'adviser window missed: no certificate; ask the Tribunal for permission to appeal',
  },
  't26-30': { asker: 'SENCO' },
  't26-31': { asker: 'parent with a disability (brain injury)' },
  't26-34': { asker: 'parent with little English (writing English)' },
  't26-35': { asker: 'grandparent (kinship carer, asked for by a grandchild, dialect)' },
  't26-37': {
    asker: 'parent with little English',
    lang: 'Kurdish (Sorani)',
    route: 'health only (section G): not appealable alone; mediation arranged by the ICB',
  },
  't26-38': { asker: 'parent with little English', lang: 'Russian' },
  't26-39': { asker: 'parent with a disability (dyslexia)' },
  't26-41': {
    asker: 'young person (20), in own name (dialect)',
    route:
      'decision to cease the plan: the young person appeals in their own name, certificate needed',
  },
  't26-42': { asker: 'parent (follow-on)' },
  't26-43': { asker: 'dad (dialect)' },
  't26-46': { asker: 'parent (dialect)' },
  't26-50': { asker: 'parent' },
  't26-54': { asker: 'parent' },
  't26-57': {
    asker: 'parent (follow-on)',
    route:
      'social care only (section H): not appealable alone; mediation still open, arranged by the council',
  },
  't26-58': { asker: 'parent (dialect)' },
  't26-59': { asker: 'parent (dialect)' },
  // declines: what each asks about (check.mjs makes sure no topic repeats an earlier set's list)
  't26-04': { asker: 'parent (dialect)', topic: 'ADHD medication shortages at the pharmacy' },
  't26-08': { asker: 'parent', topic: 'an occupational therapy sensory assessment' },
  't26-12': {
    asker: 'young person (18), in own name',
    topic: 'opening a bank account for a young person with a learning disability',
  },
  't26-16': { asker: 'parent', topic: 'relaxed theatre performances' },
  't26-20': {
    asker: 'parent (shift worker, single mum)',
    topic: 'tax-free childcare for a disabled child',
  },
  't26-24': { asker: 'parent', topic: "sign language classes for a deaf child's family" },
  't26-28': { asker: 'dad (dialect)', topic: 'a sensory room at a football match' },
  't26-32': {
    asker: 'young person (19), in own name',
    topic: 'free prescriptions for a young person',
  },
  't26-36': {
    asker: 'young person (22), in own name (dialect)',
    topic: 'an autism alert card for the police',
  },
  't26-40': { asker: 'grandparent', topic: 'a trust in a will for a disabled child' },
  't26-44': {
    asker: 'teacher (form tutor)',
    topic: 'periods and puberty support for a girl with a learning disability',
  },
  't26-48': { asker: 'parent', topic: 'a specialist car seat' },
  't26-52': { asker: 'parent', topic: 'help with energy bills for medical equipment' },
  't26-56': { asker: 'parent (dialect)', topic: 'counselling for a stressed parent carer' },
  't26-60': { asker: 'parent', topic: 'an NHS dyspraxia diagnosis' },
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
