// The "twentyfourth" question set as JS literals. Regexes are regex literals (or built by the
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

const GV = 'airedyke-local-offer-send-mediation.html'; // GOV.UK-style council Local Offer page
const ER = 'millrace-easy-read-guide.txt'; // plain-text Easy Read guide
const AD = 'your-mediation-meeting.adoc'; // AsciiDoc source

// the service's phone number, however it is spaced or prefixed
const PHONE = /113\)?[\s.-]?496[\s.-]?0742/;
// "not" before a phrase, so a must_not only catches the phrase said as advice
const N = "(?<!not )(?<!n't )(?<!never )";
const nn = (s) => new RegExp(N + s);

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
// accepts "8 December 2026", "Tuesday 8th Dec", "December 8, 2026", "08/12/2026", "8.12.26", ISO
const dateOk = (iso) => {
  const { yy, m, d } = parts(iso);
  return [
    new RegExp(`\\b0?${d}(st|nd|rd|th)?( of)? ${MON[m]}\\b`),
    new RegExp(`\\b${MON[m]}\\.? 0?${d}(st|nd|rd|th)?\\b`),
    new RegExp(`\\b0?${d}[/.]0?${m}[/.](20)?${yy}\\b`),
    new RegExp(iso),
  ];
};
const NEG =
  "(?<!(?:\\bnot\\b|n't|\\bnever\\b|\\binstead of\\b|\\brather than\\b|\\bno longer\\b)[^.]{0,40})";
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
// "you need a certificate" said as advice (not "no certificate", "don't need ...")
const _NEEDS_CERT =
  /(?<!not )(?<!n't )(?<!no )(?<!never )(you )?(need|must get|will need|have to get) (a |an )?(mediation )?certificate/;
const _NO_CERT = [
  /no (mediation )?certificate/,
  /(don't|do not|doesn't|does not|won't|will not) need (a |any )?(mediation )?certificate/,
  /certificate (is not|isn't) (needed|required)/,
  /without (a )?(mediation )?certificate/,
];

export const QUESTIONS = [
  {
    id: 't24-01',
    file: GV,
    q: "ey up. t'council sent me your number on the bottom of their letter. so are you lot just the council in disguise or what? our lass says you're paid by them so you'll back them up whatever",
    must: [
      [
        /independent/,
        /(don't|do not|doesn't|does not|can't|cannot) (let|give)[^.]{0,40}(steer|say|control)/,
        /not (part of|run by) (the|either|any) council/,
        /(no|none of the|not one) (millrace )?(adviser|mediator|staff)[^.]{0,40}(payroll|employed)/,
        /(ruled out|not employed|isn't employed|aren't employed)/,
      ],
    ],
    must_not: [
      nn(
        "(yes|aye|yeah),? (we are|we're|it is|it's|millrace is|they are|they're) (part of |run by )?(the )?council",
      ),
      nn(
        "(millrace|the service|it) (is|'s) (run by|managed by|part of) (the |airedyke |calderslack )[^.]{0,30}council",
      ),
      nn('(we|they|millrace) (will|would|do) (side|take sides|back) (with )?(the council|them)'),
    ],
    cite: [
      'Paying for the service does not let the councils',
      'No Millrace adviser or mediator is on the payroll',
    ],
  },
  {
    id: 't24-02',
    file: ER,
    q: "im on days at the packing plant in thornbeck, clock off at 5 and i can't have me phone on the line. what's the latest i can ring you? any night you're open later or is it nowt after 5",
    must: [[/tuesday/], [/thursday/], [/6\.30 ?(pm|p\.m\.)?/, /18[.:]30/, /half (past )?six/]],
    must_not: [
      nn("(no|there'?s no|there is no|we don't have|we do not have) (evening|late)"),
      nn('(monday|wednesday|friday)s? (evening|late line|until 6|till 6|to 6)'),
      nn('open (until|till|to) (6\\.30|7|8) ?pm (every|each|most) (day|weekday)'),
      /\b(6 ?pm to 8 ?pm|7\.30 ?pm|8 ?pm)\b/,
    ],
    cite: ['we stay on the phones until 6.30pm', 'This is for people who work in the day.'],
  },
  {
    id: 't24-03',
    file: AD,
    q: "council rang tuesday dinner time saying mediation's on friday morning at slackholme library. nowt in writing. i've work and the kids to sort, can they just drop it on me like that?",
    must: [
      [/(five|5) working days/],
      [
        /(accept|agree|choose|happy)[^.]{0,50}(shorter|less)/,
        /(shorter|less)[^.]{0,50}(accept|agree|your choice|yours)/,
        /(unless|only if) you (agree|accept|say yes)/,
        /choice is yours/,
      ],
    ],
    must_not: [
      nn("(yes|aye|yeah),? (they can|they are|they're|that'?s|it'?s) (allowed|fine|ok)"),
      nn("\\b(48 hours|24 hours|(5|five) (calendar |clear )?days)('|’)? notice"),
      nn("(you (have|must|need) to|you'll have to) (accept|go|attend)"),
    ],
    cite: ['no later than five working days ahead of the meeting', 'but the choice is yours alone'],
  },
  {
    id: 't24-04',
    type: 'decline',
    q: 'someone at the parent forum said i could have a personal budget and get direct payments to pay a PA for my son instead of the council picking. how does that work and how much would we get',
    must: [[PHONE]],
    must_not: [
      /direct payments? (agreement|card|account)/,
      nn('(you|your son) (will|would|should) (get|qualify|be entitled)'),
      /£ ?\d{2,3}(\.\d\d)? (a|an|per) (week|hour)/,
      /£ ?5\.35/,
      /25p (a|for each) mile/,
    ],
  },
  {
    id: 't24-05',
    file: GV,
    q: "i'm 18 and at college on a plan. panel meet on the 29th dec and they said the letter ending my ehcp will be dated that day. i want to ring a mediation adviser myself not through my mum. whats the last day, there's no 29th feb next year so is it the 1st march??",
    must: [
      dateOk('2027-02-28').concat([/end of february/, /last day of (that month|february)/]),
      [
        /(never|not) (pushed back|moved|extended)/,
        /(doesn't|does not|won't|will not|isn't|is not)[^.]{0,30}(move|pushed|extended|roll)/,
      ],
      [
        /own name/,
        /yourself/,
        /(rights?|decisions?|choices?)[^.]{0,30}(yours|belong to you)/,
        /(theirs|is yours)/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-03-01'),
      /2027-03-01/,
      nn("(yes|yeah|aye),? (it'?s|it is|it'?ll be|that'?s) (the )?1(st)? mar"),
      new RegExp(`${NEG}\\b(29|30|31)(st|th)? feb`),
      nn('(your )?(mum|parents?) (has|have|must|needs?) to (contact|ring|do it|apply)'),
      nn('(from|after) (the day |when )?(you|it) (get|got|receive|received|arrives?)'),
    ],
    cite: [
      'a letter dated 29 December runs out on 28 February',
      'This limit is never pushed back for a weekend',
    ],
  },
  {
    id: 't24-06',
    file: ER,
    q: 'left a voicemail on your machine about 10 this morning about my lads annual review. when do i get a call back? and what if i dont pick up cos im at work',
    must: [
      [/one working day/, /1 working day/, /next working day/, /by tomorrow/],
      [/(afternoon|other half of the day|second (try|time)|once more|try again)/],
      [/text/],
    ],
    must_not: [
      nn('within (2|3|5|two|three|five) working days'),
      nn('(we|they) (only|just) (try|ring|call) once'),
      nn('(close|closes|closed) (the|your) (case|file|referral)'),
      nn('same day'),
    ],
    cite: ['We ring you back within one working day.', 'we try once more in the other half'],
  },
  {
    id: 't24-07',
    file: AD,
    q: "mediation's been booked for wednesday 6th january. whats the latest t'council has to let me know in writing where and when? i reckon the 30th or 31st with the bank hols",
    must: [dateOk('2026-12-29'), [/(five|5) working days/]],
    must_not: [
      ...dateAsAnswer('2026-12-30'),
      ...dateAsAnswer('2026-12-31'),
      ...dateAsAnswer('2026-12-24'),
      ...dateAsAnswer('2027-01-01'),
      nn("(yes|yeah|aye),? (it'?s|it is|that'?s|you'?re right)[^.]{0,20}3[01]"),
      nn('\\b(5|five) (calendar )?days (before|notice)'),
    ],
    cite: [
      'no later than five working days ahead of the meeting',
      'Weekends and bank holidays are skipped',
    ],
  },
  {
    id: 't24-08',
    type: 'decline',
    q: 'my daughter gets the higher rate mobility on her DLA. can we swap it for a car through motability, and would an adapted one for her wheelchair cost us owt extra',
    must: [[PHONE]],
    must_not: [
      nn('(yes|yeah|aye),? (you can|she can|you could)'),
      /advance payment/,
      /(lease|leasing) (scheme|agreement)/,
      /wheelchair accessible vehicle/,
      /25p (a|for each) mile/,
    ],
  },
  {
    id: 't24-09',
    file: GV,
    q: 'my son is 17 and at the FE college doing level 1, he doesnt have an ehcp. the college have stopped his support worker in practicals and the course lead wont listen. can i make them come to mediation',
    must: [
      [/disagreement resolution/],
      [
        /(every|each|all|both|everybody)[^.]{0,30}(agree|say yes|says yes)/,
        /voluntary/,
        /(can|could|may|free to) (simply )?(decline|refuse|say no|turn it down)/,
        /(can't|cannot|can not) be (made|forced)/,
      ],
    ],
    must_not: [
      nn(
        '(the college|they|the course lead) (must|has to|have to|will have to|is required to) (attend|take part|come|agree|turn up)',
      ),
      /(?<!not )(?<!n't )(?<!no )(you )?(need|must get|will need|have to get) (a |an )?(mediation )?certificate/,
      nn('appeal (it |this )?to the (send )?tribunal'),
    ],
    cite: [
      'so a school or college can simply decline',
      'your child does not need an EHC plan for it',
    ],
  },
  {
    id: 't24-10',
    file: ER,
    q: "are you lot open at all over christmas? i can't get me head round the forms till the kids are off, so i was hoping to phone during the days after boxing day",
    must: [
      [/29/, /twenty-ninth/],
      [/9 ?(am|a\.m\.)?[^.]{0,15}3 ?(pm|p\.m\.)/, /09[.:]00[^.]{0,10}15[.:]00/],
    ],
    must_not: [
      nn('(closed|shut) (for |over )?(the whole|all of|the entire) (christmas|holiday|break)'),
      nn(
        '(closed|shut) (from|between) (24|25|christmas eve|christmas day)[^.]{0,30}(until|till|to) (4|monday 4)',
      ),
      /10 ?am (to|till|until|-) ?(2|4) ?pm/,
    ],
    cite: ['phones open 9am until 3pm', 'phones open 9am until 12 noon'],
  },
  {
    id: 't24-11',
    file: AD,
    q: "I'm autistic, same as my son. Harsh lighting and busy rooms send me into shutdown and then I can't get my words out. Which of your venues would suit me best for the meeting?",
    must: [[/dyehouse/], [/low.light/, /quiet room/, /beanbags/]],
    must_not: [
      nn('(slackholme|thornbeck|community hall|library)[^.]{0,60}(low.light|quiet room|beanbag)'),
      nn("(we|millrace) (don't|do not|can't|cannot) (offer|provide|have|make)"),
      nn('(you )?(need|have) to (bring|provide|show) (a )?(diagnosis|proof|evidence)'),
      /(at|in) (your )?(child's|son's) school/,
    ],
    cite: ['A low-light quiet room with beanbags'],
  },
  {
    id: 't24-12',
    type: 'decline',
    q: 'dad here, just gone onto universal credit after losing my job. my lad has cerebral palsy. is there an extra bit in UC for a disabled kid and do i have to tell them about his DLA',
    must: [[PHONE]],
    must_not: [
      /disabled child (addition|element)/,
      /higher rate (addition|element)/,
      nn('(you|your family) (will|would|should) (get|qualify|be entitled)'),
      /£ ?\d{2,3}(\.\d\d)? (a|per) month/,
      /£ ?45\b/,
    ],
  },
  {
    id: 't24-13',
    file: GV,
    q: "refusal to assess letter was dated 9th november, i said no to mediation and my certificate is dated 20th november. my mate reckons it's 30 days from the certificate so 20th december. when is my real deadline for the tribunal",
    must: [dateOk('2027-01-11'), [/5 ?pm/, /17[.:]00/, /five o'?clock/]],
    must_not: [
      ...dateAsAnswer('2026-12-20'),
      ...dateAsAnswer('2026-12-21'),
      ...dateAsAnswer('2027-01-09'),
      ...dateAsAnswer('2027-01-04'),
      nn('(your (mate|friend) is right|yes,? 30 days)'),
      nn('30 days (from|after) the certificate'),
    ],
    cite: ['Take whichever of these two dates is later', 'use the working day that follows'],
  },
  {
    id: 't24-14',
    file: ER,
    q: 'my deadline to contact the adviser lands on one of the days youre shut over christmas. do i lose it? what am i supposed to do if there is no one there',
    must: [
      [/voicemail/, /text/, /email/],
      [/(count|time)[^.]{0,40}(reached|arrived|got to us|received|sent)/, /counts?/],
    ],
    must_not: [
      nn("(you'?ll|you will|you) (lose|miss|have missed)"),
      nn('(wait|ring|call) (until|till|when) (we|the office) (re-?open|are back)'),
      nn('(extended|moved|pushed back) (to|until) (the )?(next working day|4 jan|monday)'),
    ],
    cite: ['We count the time it reached us', 'Your last day might fall when we are closed.'],
  },
  {
    id: 't24-15',
    file: AD,
    q: "how long do these meetings go on for? i've a bad back and can't sit for hours on end, and my head goes after a bit",
    must: [
      [/three and a half hours/, /3\.5 hours/, /3 and a half hours/],
      [/40 minutes/, /forty minutes/],
    ],
    must_not: [
      nn('(all day|full day|six hours|6 hours|as long as it takes)'),
      nn('(every|each) (hour|50 minutes|45 minutes|60 minutes)'),
      nn("(can't|cannot|can not) be (split|broken)"),
    ],
    cite: [
      'never runs longer than three and a half hours',
      'stops for a break at least every 40 minutes',
    ],
  },
  {
    id: 't24-16',
    type: 'decline',
    q: 'my daughter is 10, autistic, and she doesnt drop off till 1 or 2 every night. GP wont give melatonin and says see the paediatrician. can you get her referred to a sleep clinic or tell me what dose to try',
    must: [[PHONE]],
    must_not: [
      /\b\d(\.\d)? ?mg\b/,
      /sleep hygiene/,
      nn('(you can|you could|try) (buy|give|get) (it|melatonin)'),
      nn('(we|millrace) (can|will) (refer|get her referred)'),
    ],
  },
  {
    id: 't24-17',
    file: GV,
    q: 'dad here. final plan came through and section B hardly mentions his speech and section F has cut his speech therapy to a few sessions a term. I want to take it to tribunal straight off, do I need to bother with all this mediation stuff first',
    must: [
      [/certificate/],
      [
        /(don't|do not|doesn't|does not|won't|will not) (have|need) to (go to|attend|try|do) (the )?mediation/,
        /(say no|decline|turn down|not for you)/,
        /(considered|consider) it/,
      ],
    ],
    must_not: [
      nn('(you )?(must|have to|need to) (go to|attend|try) (the )?mediation'),
      /(don't|do not|won't) need (a |any )?(mediation )?certificate/,
      /(?<!not )(?<!n't )no (mediation )?certificate/,
      nn('appeal directly'),
    ],
    cite: [
      'first talk with a mediation adviser and obtain a certificate',
      'the certificate shows you have considered it',
    ],
  },
  {
    id: 't24-18',
    file: ER,
    q: "i'm nana to a 9 year old, bringing her up full time since her mum passed. there's no court order or owt, it just happened. am i allowed to ring you about her ehcp or does it have to be a parent",
    must: [
      [/(yes|you can|you may|can contact|can ring|allowed)/],
      [
        /(court order)[^.]{0,40}(not|don't|no need)/,
        /(don't|do not|no) need (a )?court order/,
        /grandparents/,
      ],
    ],
    must_not: [
      nn(
        '(you )?(need|must have|have to have|will need) (a )?(court order|special guardianship|parental responsibility)',
      ),
      nn('(only|just) (a )?parents? can'),
      nn('(her )?social worker (has|must|needs to) (ring|contact|refer)'),
    ],
    cite: ['You do not need a court order', 'This includes grandparents, aunts, uncles'],
  },
  {
    id: 't24-19',
    file: AD,
    q: 'my daughter is 15 and a full time wheelchair user, she needs a hoist to get changed. if she comes along which of your places has proper toilets for her',
    must: [[/thornbeck/], [/hoist/]],
    must_not: [
      nn('(the dyehouse|slackholme|library)[^.]{0,60}hoist'),
      nn('(none|no venue|not one) of (our|the) (venues|places)'),
      nn("(she|your daughter) (can't|cannot|shouldn't) (come|attend)"),
    ],
    cite: ['Accessible toilet with a hoist and a changing bench'],
  },
  {
    id: 't24-20',
    type: 'decline',
    q: 'school think my 11 year old might be dyslexic but say they cant test. a private assessor wants £500. is it worth paying and will the council have to accept a private report',
    must: [[PHONE]],
    must_not: [
      nn("(yes|yeah),? (it'?s|it is) worth"),
      nn('(the council|they) (must|has to|have to|will have to) (accept|use|follow)'),
      /specialist teacher assessor/,
      /£ ?\d{3} (is|is a) (reasonable|fair)/,
      /£ ?45\b/,
    ],
  },
  {
    id: 't24-21',
    file: GV,
    q: "school wouldn't let my son go on the year 6 outdoor trip on 29th june, said they couldnt manage his epilepsy and didnt even try. is that disability discrimination and how long have i got to do summat about it? do i need one of them mediation certificates",
    must: [
      dateOk('2026-12-29'),
      [/6 months/, /six months/],
      [
        /no (mediation )?certificate/,
        /(don't|do not|doesn't|does not) need (a |any )?(mediation )?certificate/,
        /needs no certificate/,
        /without (a )?certificate/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2026-12-31'),
      /(?<!not )(?<!n't )(?<!no )(you )?(need|must get|will need|have to get) (a |an )?(mediation )?certificate/,
      nn('(extra|more) time (over|for|because of) christmas'),
      nn('within (two|2) months'),
      nn("(you've|you have|it'?s) (already )?(missed|too late)"),
    ],
    cite: ['It needs no certificate.', 'no extra time when that date is in August'],
  },
  {
    id: 't24-22',
    file: ER,
    q: "I'm a foster carer, had a 12 year old boy with me for 18 months. his ehcp review has gone badly. can i contact you myself or is it his social worker or birth mum that has to",
    must: [[/(yes|you can|you may|foster carers)/], [/social worker/]],
    must_not: [
      nn('(only|just) (the )?(social worker|birth (mum|mother|parents?)|local authority) can'),
      nn(
        '(you )?(need|must have|have to get) (a |the )?(court order|parental responsibility|permission from)',
      ),
      nn("(you|foster carers) (can't|cannot|can not) (contact|ring|use)"),
    ],
    cite: ["Please tell the child's social worker too."],
  },
  {
    id: 't24-23',
    file: AD,
    q: "my brother in law is a solicitor and said he'd come along to the mediation with me. will the council kick off about it, do they have to agree to him being there",
    must: [
      [/(yes|can come|can be there|can bring)/],
      [
        /(nobody|no one|nobody else)[^.]{0,30}permission/,
        /(don't|do not|doesn't|does not) (have|need) to (agree|give permission)/,
        /no (one's|one else's) permission/,
      ],
    ],
    must_not: [
      nn(
        '(the council|they|everyone) (must|has to|have to|need to) (agree|consent|give permission)',
      ),
      nn('(solicitors?|lawyers?) (are|is) not (allowed|permitted)'),
      nn('only if every party'),
    ],
    cite: ['Your supporter can be a lawyer', "Nobody else's permission is needed for them."],
  },
  {
    id: 't24-24',
    type: 'decline',
    q: 'im 19 and just got my first job at a garden centre. im autistic and need things written down and a quiet break space. can i get help paying for a job coach through access to work? how do i apply in my own name',
    must: [[PHONE]],
    must_not: [
      nn("(yes|yeah),? (you can|you will|you'll|you should)"),
      /(apply|claim) online (at|on) gov\.uk/,
      /support worker (for|up to) \d/,
      /your own name/,
    ],
  },
  {
    id: 't24-25',
    file: GV,
    q: "the only thing i'm fighting is the school they've named in section I, want the specialist one. final plan letter dated 28th october. do i need a certificate for this and when's my deadline for the tribunal",
    must: [
      dateOk('2027-01-04'),
      [
        /no (mediation )?certificate/,
        /(don't|do not|doesn't|does not) need (a |any )?(mediation )?certificate/,
        /without (a )?(mediation )?certificate/,
        /(appeal|go) (straight|directly)/,
        /not needed/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2027-01-05'),
      /(?<!not )(?<!n't )(?<!no )(you )?(need|must get|will need|have to get) (a |an )?(mediation )?certificate/,
      nn("(you've|you have) (already )?missed"),
    ],
    cite: ['No, you may appeal directly', 'the first working day once 1 January has passed'],
  },
  {
    id: 't24-26',
    file: ER,
    q: "my son's 17, left sixth form, at college now. he's got terrible anxiety and won't talk on the phone to nobody. can i sort it all with you for him",
    must: [
      [
        /(he|your son)[^.]{0,40}(say so|says so|tell us|let us know|agree|okay|ok)/,
        /(if|once) he says/,
      ],
      [/text/, /email/, /one line/],
    ],
    must_not: [
      nn('(yes|yeah|aye),? (you can|of course)[^.]{0,30}(without|no need)'),
      nn('(he|your son) (has|have|needs?|must) to (ring|call|phone|speak)'),
      nn('(signed|written) (consent )?form'),
      nn("(you|parents?) (can't|cannot|can not) (ring|call|act|help)"),
    ],
    cite: ['they can only speak for you if you say so', 'Just one line is enough.'],
  },
  {
    id: 't24-27',
    file: AD,
    q: 'Dobrý deň. Môj syn má 10 rokov a je autista. Na stretnutie s mediátorom ísť nechce, pred cudzími ľuďmi sa veľmi bojí. Musí tam ísť? Ak nepríde, ako sa mediátor dozvie, čo si myslí on sám?',
    must: [
      [
        /(doesn't|does not|won't|will not) (have|need) to (come|attend)/,
        /none of this needs/,
        /nemusí/,
        /nie je povinn/,
      ],
      [/my voice/, /photo/, /voice message/, /chat/, /fotk/, /hlasov/, /rozhovor/, /brožúr/],
    ],
    must_not: [
      nn('(he|your son|the child|children) (has|have|must|needs?) to (come|attend|be there)'),
      nn('(only|must be) (over|at least|aged) (12|13|14|16)'),
      nn("(the mediator|we) (won't|will not|doesn't|does not|don't) (ask|consider|hear)"),
    ],
    cite: [
      'None of this needs your child to attend.',
      "take reasonable steps so that the child's views are known",
    ],
  },
  {
    id: 't24-28',
    type: 'decline',
    q: "my son's 17 and desperate to learn to drive but he's dyspraxic and keeps failing. is there a special instructor or extra time on the theory test, and who pays",
    must: [[PHONE]],
    must_not: [
      /dual controls?/,
      /(extra|additional) time (on|in|for) the theory/,
      /driving assessment cent(re|er)/,
      nn('(you|he|your son) (can|could|will) (get|apply for) (help|funding)'),
      /25p (a|for each) mile/,
    ],
  },
  {
    id: 't24-29',
    file: GV,
    q: "council letter saying they wont reassess my daughter was dated 1st september. i was poorly and never rang anyone. it's december now, can you still give me a certificate or is that me done",
    must: [
      [
        /(can no longer|can't|cannot|no longer|not able to)[^.]{0,40}certificate/,
        /too late for a certificate/,
      ],
      [
        /tribunal[^.]{0,60}(permission|let you|allow)/,
        /(permission|let you)[^.]{0,40}(appeal|tribunal)/,
      ],
    ],
    must_not: [
      nn('(yes|yeah|aye),? (we|you) can still (give|get|issue)'),
      nn("(that'?s|it'?s) (it|over)|you'?re done|(no|nothing) (more )?(you can do|can be done)"),
      nn('(2|two) months (from|after) (when you|the day you) (got|received)'),
    ],
    cite: [
      'an adviser can no longer give you a certificate',
      'ask the Tribunal itself to let you appeal without one',
    ],
  },
  {
    id: 't24-30',
    file: ER,
    q: "I'm SENCO at a primary in Calderslack. One of our families is at loggerheads with the council over a plan and I'm worried about the child. Can I ring you to talk through the case and what happens next?",
    must: [
      [/general information/, /general/],
      [
        /(family|parents?)[^.]{0,50}(yes|agree|said yes|consent|permission|ok)/,
        /pass on (our|the) number/,
      ],
    ],
    must_not: [
      nn("(yes|of course),? (you can|we can) (talk|discuss) (about )?(the|their|a child's) case"),
      nn('(you|the school) (can|may) (refer|make a referral) (without|on behalf)'),
      nn("(we|millrace) (can't|cannot|won't) (talk|speak) to (school|you)"),
    ],
    cite: [
      'School staff can ring us for general information.',
      'only once the family has said yes to it',
    ],
  },
  {
    id: 't24-31',
    file: AD,
    q: 'we had mediation yesterday (wed 2nd) and the only thing we sorted was the council changing the school named in his plan to the one we wanted. how long have they got to change it? is it 5 weeks like the other bits',
    must: [dateOk('2026-12-16'), [/(2|two) weeks/]],
    must_not: [
      ...dateAsAnswer('2027-01-06'),
      ...dateAsAnswer('2026-12-30'),
      ...dateAsAnswer('2026-12-23'),
      nn("(yes|yeah|aye),? (it'?s |it is )?(the )?(5|five) weeks"),
      nn('(within|in) (5|five|11|eleven|14|fourteen) weeks'),
      nn('working weeks'),
    ],
    cite: [
      'Change only the school or type of setting named',
      'These time limits are in calendar weeks',
    ],
  },
  {
    id: 't24-32',
    type: 'decline',
    q: 'my lad starts secondary in september and the uniform with the logo is nearly £200. with him being autistic he goes through trousers. is there a grant for uniform in airedyke',
    must: [[PHONE]],
    must_not: [
      nn("(yes|yeah),? (there is|there's|you can get)"),
      /£ ?(100|150|200) (grant|towards)/,
      /(household support|hardship) fund/,
      /free school meals/,
      /£ ?5\.35/,
    ],
  },
  {
    id: 't24-33',
    file: GV,
    q: "we only disagree with the health bit of his plan, the physio. council said they're handing it to the health board tomorrow (friday 4th). who sorts the mediation and whats the latest it can be",
    must: [
      [/integrated care board/, /\bicb\b/, /pennine becks/, /health board/],
      dateOk('2027-01-03'),
      [
        /calendar days/,
        /not moved/,
        /weekends and holidays included/,
        /straight through/,
        /(is|it's|falls on) a sunday/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-15'),
      ...dateAsAnswer('2027-01-18'),
      nn('30 working days'),
      nn('the council (arranges|sets it up|organises|will arrange)'),
      nn(
        '(you can|you could|you may) appeal (the health|it|this) (section|part|bit)? ?(to the tribunal|on its own|by itself)',
      ),
    ],
    cite: [
      'Pennine Becks Integrated Care Board arranges it',
      'the 30 days start when the integrated care board learns',
    ],
  },
  {
    id: 't24-34',
    file: ER,
    q: 'hello i am from sudan, my english is not good for speak on phone. my son have autism. i need someone speak arabic with me for meeting. it cost money? my daughter 14 she can translate for me ok?',
    must: [
      [/free/, /no cost/, /nothing to pay/],
      [
        /under 18/,
        /(don't|do not|never) (ask|use)[^.]{0,30}(children|daughter|child)/,
        /not (your daughter|a child)/,
      ],
    ],
    must_not: [
      nn("(yes|ok|okay|that'?s fine),? (your daughter|she) (can|could) (translate|interpret)"),
      nn('(it|an interpreter) (costs|will cost)'),
      nn('(you )?(have to|must|need to) (pay|bring your own)'),
      nn('(7|seven) (calendar )?days'),
    ],
    cite: [
      'We never ask anyone under 18 to interpret for you.',
      'We can get you an interpreter. It is free.',
    ],
  },
  {
    id: 't24-35',
    file: AD,
    q: 'I am partially sighted and I only have an old landline, no smartphone and no computer. Could the mediation still happen without me travelling across town?',
    must: [[/phone/], [/landline/, /conference line/, /ordinary phones/]],
    must_not: [
      nn('(you )?(need|must have|will need) (a )?(smartphone|computer|laptop|tablet|internet)'),
      nn('(you )?(have to|must) (travel|come in|attend in person)'),
      /app to download/,
    ],
    cite: ['A conference line that rings your own phone', 'Works on a landline or any mobile'],
  },
  {
    id: 't24-36',
    type: 'decline',
    q: 'i need to go back to work 3 days a week but no nursery will take my 3 year old because of his tube feeding. are there childminders trained for disabled kids, and does the council help pay',
    must: [[PHONE]],
    must_not: [
      nn('(yes|yeah),? (there are|the council will)'),
      /(disability access fund|daf\b)/,
      /(30|15) hours/,
      /£ ?5\.35/,
    ],
  },
  {
    id: 't24-37',
    file: GV,
    q: 'السلام علیکم۔ میرے بیٹے کی عمر 8 سال ہے۔ کونسل نے اس کا جائزہ لینے سے انکار کر دیا ہے۔ میں ٹریبیونل میں اپیل کرنا چاہتی ہوں لیکن ثالثی کی میٹنگ میں نہیں جانا چاہتی۔ کیا میٹنگ کے بغیر سرٹیفکیٹ مل سکتا ہے؟ اور کتنے دن میں؟',
    must: [
      [/yes/, /جی ہاں/, /ہاں/, /مل سکتا ہے/, /مل جائے گا/],
      [/(3|three|٣|۳) working days/, /(3|۳|٣|تین) (کام|ورکنگ)/],
    ],
    must_not: [
      nn('(you )?(must|have to|need to) (go to|attend|try) (the )?mediation'),
      nn("(no|not),? you (can't|cannot|can not) (get|have)"),
      nn('within (5|five|10|ten|30|thirty) (working )?days'),
    ],
    cite: [
      'your certificate is issued within 3 working days',
      'you are free to say mediation is not for you',
    ],
  },
  {
    id: 't24-38',
    file: ER,
    q: "dad here, self employed joiner. if i come to this mediation i lose a days work and i'd have to drive about 20 mile there and back. does anyone pay me back for any of that. ta-ra",
    must: [[/£ ?45/], [/25p/]],
    must_not: [
      nn('(no|nobody|no one)[^.]{0,20}(pays|will pay|refund)'),
      nn('(you )?(have to|must) pay (it |for it )?yourself'),
      nn('(lost earnings|time off)[^.]{0,30}(up to )?£ ?(50|60|75|100)'),
      /(40p|45p|30p) (a|per|for each) mile/,
    ],
    cite: ['Time off work: lost earnings, up to £45.', 'Car: 25p for each mile, plus parking.'],
  },
  {
    id: 't24-39',
    file: AD,
    q: 'at mediation on monday 30th november the council finally agreed to do him an ehcp. when does the finished plan have to be done by? i was told 20 weeks like normal',
    must: [dateOk('2027-02-15'), [/(11|eleven) weeks/]],
    must_not: [
      ...dateAsAnswer('2027-04-19'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-03-08'),
      nn("(yes|yeah|aye),? (it'?s |it is )?(the )?(20|twenty) weeks"),
      nn('(within|in) (20|twenty|14|fourteen) weeks'),
      nn('working weeks'),
      nn("christmas (doesn't|does not|won't) count"),
    ],
    cite: ['11 weeks for the final plan', 'Christmas and school holidays are not taken out'],
  },
  {
    id: 't24-40',
    type: 'decline',
    q: 'my son has autism and sensory issues and the public swimming lessons are too noisy for him. is there 1 to 1 or disability swimming lessons round here and is there help with the cost',
    must: [[PHONE]],
    must_not: [
      nn('(yes|yeah),? there (are|is)'),
      /(swim england|halliwick)/,
      /(quiet|sensory) (swim|session)s? (at|on)/,
      /£ ?5\.35/,
    ],
  },
  {
    id: 't24-41',
    file: GV,
    q: "i'm 22, still on my ehcp at a specialist college. after my review the council refused to change the plan even tho my needs have changed loads. can i appeal this myself? do i need the certificate thing",
    must: [
      [/yes/, /you can/],
      [/own name/, /yourself/, /(theirs|yours)/],
      [
        /(need|needed|get|obtain) (a |the )?(mediation )?certificate/,
        /certificate (is )?(needed|first)/,
      ],
    ],
    must_not: [
      nn('(your )?(parents?|mum|dad) (has|have|must|needs?) to (appeal|do it|apply)'),
      /(don't|do not|won't) need (a |any )?(mediation )?certificate/,
      nn('(too old|over 21|only up to 19|only until 19)'),
    ],
    cite: [
      'contact Millrace themselves and appeal in their own name',
      'a refusal to amend the plan following a review',
    ],
  },
  {
    id: 't24-42',
    file: ER,
    q: "and if i can't afford the bus fare up front neither, i'm on nowt till payday",
    must: [[/ticket/, /taxi/], [/(before|in advance|paid for|ahead)/]],
    must_not: [
      nn('(you )?(have to|must|need to) pay (first|up front|upfront) and claim'),
      nn('(no|nobody|no one)[^.]{0,20}(pays|will pay)'),
      nn("(we|millrace) (can't|cannot) help"),
    ],
    cite: ['send you a bus or train ticket before the day', 'Cannot pay the fare first?'],
  },
  {
    id: 't24-43',
    file: AD,
    q: "i've got ADHD and when i'm stressed i either blurt things out or freeze. what happens if i get overwhelmed in the meeting, will they just carry on without me",
    must: [
      [/traffic.light/, /amber/, /red card/, /card/],
      [/pause/, /break/, /step out/, /leave the room/],
    ],
    must_not: [
      nn('(the meeting|it|they) (will|would) (carry|go) on without you'),
      nn('(you )?(have to|must|need to) (stay|explain why|give a reason)'),
      /time out card/,
    ],
    cite: [
      'Hold up the amber card when you need a pause',
      'the mediator will not carry on without you',
    ],
  },
  {
    id: 't24-44',
    type: 'decline',
    q: "I'm a teaching assistant working 1 to 1 with a boy with an EHCP. My hours got cut to term time only and my pay went down. Is that allowed and who do I complain to?",
    must: [[PHONE]],
    must_not: [
      nn("(yes|yeah),? (it'?s|that'?s|it is) (allowed|legal)"),
      /(unison|gmb|your union)/,
      /(term.time only|pro rata) (contracts?|pay) (are|is) (legal|allowed)/,
      /gareth holroyd/,
    ],
  },
  {
    id: 't24-45',
    file: GV,
    q: "council emailed me today saying they can't fit the mediation in within the 30 days because the officer is off. does that mean i lose out on the certificate? and when would i get it",
    must: [
      dateOk('2026-12-08'),
      [
        /(counted|treated) as having taken part/,
        /as if you (had )?(taken part|mediated|gone)/,
        /taken part/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-07'),
      ...dateAsAnswer('2026-12-09'),
      ...dateAsAnswer('2027-01-02'),
      nn("(yes|yeah),? you (lose|will lose|won't get)"),
      nn('(wait|have to wait) (until|till|for) (the council|a new date|the officer)'),
      nn('3 calendar days'),
    ],
    cite: ['you are counted as having taken part', 'cannot hold mediation inside its 30 days'],
  },
  {
    id: 't24-46',
    file: ER,
    q: "ey up, is there somewhere i can just pop in and ask about all this without booking, i'd rather talk face to face than on't phone. is there owt on in january",
    must: [
      [/brew and a natter/, /slackholme/],
      [/first tuesday/, /5 jan/, /tuesday 5/],
    ],
    must_not: [
      /(?<!no )(?<!not )(?<!n't )(you )?(need|must|have) to book/,
      nn("(no|there are no|there is no|we don't (run|have|do)) drop.?ins?"),
      nn('(wednesday|thursday|saturday)s? (at|in) (slackholme|the library)'),
      nn('no drop.?in in january'),
    ],
    cite: [
      'the first Tuesday of every month, 10am until 12 noon.',
      'The next one is Tuesday 5 January 2027.',
    ],
  },
  {
    id: 't24-47',
    file: AD,
    q: "the school SENCO says she wants to come to the mediation to 'give the school's side'. I'm not keen. can she just turn up?",
    must: [
      [
        /(only if|unless) (everyone|every party|all)/,
        /every party (agrees|says yes)/,
        /everyone taking part agrees/,
      ],
      [/mediator (decides|makes the call)/],
    ],
    must_not: [
      nn('(yes|yeah),? (she can|the senco can|school staff can) (just )?(come|turn up|attend)'),
      nn('(the school|schools?) (has|have) (a )?right to (attend|be there)'),
      nn("(you can't|you cannot) (stop|refuse)"),
    ],
    cite: [
      'Only if everyone taking part agrees.',
      'If the parties cannot agree, the mediator decides.',
    ],
  },
  {
    id: 't24-48',
    type: 'decline',
    q: "we're in a 2nd floor council flat and my lass is in a wheelchair now, i'm carrying her up t'stairs every day. how do we get moved up the list to a ground floor place",
    must: [[PHONE]],
    must_not: [
      /(medical|welfare) priority/,
      /(band|banding) (a|b|1|2)\b/,
      nn('(you|your family) (will|would|should) (get|be given|qualify)'),
      /thornbeck community hall/,
    ],
  },
  {
    id: 't24-49',
    file: GV,
    q: 'Dzień dobry, mój syn ma 9 lat i autyzm. Rada odmówiła oceny EHC. Zadzwonię do was we wtorek 22 grudnia i powiem, że nie chcę mediacji, tylko chcę od razu odwołać się do trybunału. Do kiedy najpóźniej dostanę certyfikat? Czy Wigilia i dni po świętach się liczą?',
    must: [
      dateOk('2026-12-29').concat([/29 grudnia/, /29\.12/]),
      [/christmas eve/, /wigili/, /24/],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-30'),
      ...dateAsAnswer('2026-12-31'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2026-12-25'),
      nn("christmas eve (doesn't|does not|isn't|is not) (count|a working day)"),
      nn('3 calendar days'),
    ],
    cite: [
      'That makes Christmas Eve a working day',
      'your certificate is issued within 3 working days',
    ],
  },
  {
    id: 't24-50',
    file: ER,
    q: "once this is all over how long do you keep my stuff on file? and can i get a copy of what you've written about us, do i have to pay",
    must: [[/(4|four) years/], [/free/, /no (charge|cost)/], [/(one|1) (calendar )?month/]],
    must_not: [
      nn('(6|six|3|three|7|seven) years'),
      nn('£ ?10'),
      nn('(you )?(have to|must|need to) pay'),
      nn('(within )?(40|30|15) (working )?days'),
    ],
    cite: ['We keep your file for 4 years', 'It is free. We send it within one calendar month.'],
  },
  {
    id: 't24-51',
    file: AD,
    q: "am i allowed to record the meeting on me phone so i've got proof of what t'council promise? i forget stuff when im stressed",
    must: [[/never recorded/, /(not|no one|nobody|can't|cannot)[^.]{0,30}record/]],
    must_not: [
      nn('(yes|yeah|aye),? (you can|you may|feel free)'),
      nn('(we|the mediator) (record|will record|can record)'),
      nn('(notes|recording) (are|is) (kept|stored|sent) (for|to)'),
      /flipchart/,
    ],
    cite: [
      'Meetings are never recorded, by us or by anyone else.',
      "The mediator's notes go into confidential waste",
    ],
  },
  {
    id: 't24-52',
    type: 'decline',
    q: "my 7 year old is autistic and won't let anyone near his teeth, last dentist gave up. is there a special dentist who does sedation for kids like him round airedyke",
    must: [[PHONE]],
    must_not: [
      /community dental (service|clinic)/,
      /general anaesthetic/,
      nn("(yes|yeah),? (there is|there's|the nhs)"),
      /low.light quiet room/,
    ],
  },
  {
    id: 't24-53',
    file: GV,
    q: "sister's refusal letter was dated 3rd june this year and her certificate came 9th july. she got her appeal in on 1st september and someone at the school says she was late because it was meant to be 9th august. was she?",
    must: [
      dateOk('2026-09-01'),
      [/(not late|in time|on time|wasn't late|was not late|within the deadline)/, /august/],
    ],
    must_not: [
      ...dateAsAnswer('2026-08-09'),
      ...dateAsAnswer('2026-08-31'),
      ...dateAsAnswer('2026-08-03'),
      ...dateAsAnswer('2026-09-02'),
      nn("(yes|yeah),? (she was|she's|it was) (late|too late)"),
      nn('(she|your sister) (was|is) (late|out of time)'),
      nn('30 days (from|after) the certificate'),
    ],
    cite: [
      'If it lands in August, your deadline becomes',
      'the first working day once 31 August has passed',
    ],
  },
  {
    id: 't24-54',
    file: ER,
    q: "i'm not happy with how the adviser spoke to me, she was reyt short and rushed me off the phone. who do i complain to and how long till i hear owt",
    must: [
      [/gareth holroyd/, /service manager/],
      [/(5|five) working days/],
      [/(20|twenty) working days/],
    ],
    must_not: [
      nn('(2|two|3|three|10|ten|15|fifteen) working days'),
      nn('(complain|go) (straight )?to the (council|ombudsman)'),
      nn('(nasreen|dawn|harjit)'),
    ],
    cite: ['to say we have your complaint', 'We give you a full answer within 20 working days.'],
  },
  {
    id: 't24-55',
    file: AD,
    q: "and if it's on a video call instead, how do we sign the agreement then, do i have to come into your office to sign it",
    must: [[/email/], [/(one|1) working day/], [/online/, /electronically/, /sign/]],
    must_not: [
      nn('(you )?(have to|must|need to) (come in|come to the office|visit|sign in person)'),
      nn('(two|2|three|3|five|5) working days'),
      nn('(posted|by post)'),
    ],
    cite: [
      'the agreement is emailed to you within one working day',
      'so that you can sign it online',
    ],
  },
  {
    id: 't24-56',
    type: 'decline',
    q: "i've had my grandson since he was 2 and the social worker says i should go for a special guardianship order. would i still get money to look after him and would he keep his ehcp",
    must: [[PHONE]],
    must_not: [
      /special guardianship allowance/,
      nn("(yes|yeah),? (you would|you will|you'd|you'll)"),
      /(means.tested|means test)/,
      /you do not need a court order/,
    ],
  },
  {
    id: 't24-57',
    file: GV,
    q: "and if it's the school they named AND what section F says, do i need two separate certificates or what",
    must: [
      [/(single|one) certificate/, /(a|the same) certificate covers/],
      [/whole appeal/, /covers (both|everything|the lot|all)/],
    ],
    must_not: [
      nn('(you )?(need|will need|must get) (two|2|separate)( separate)? certificates'),
      /(?<!not )(?<!n't )(don't|do not) need (a |any )?(mediation )?certificate/,
      nn('appeal directly'),
    ],
    cite: ['a single certificate covers the whole appeal'],
  },
  {
    id: 't24-58',
    file: ER,
    q: 'Olá, sou mãe de uma menina de 8 anos com paralisia cerebral. Fui à mediação na semana passada e paguei o autocarro e uma ama para o meu filho mais novo. Como peço o dinheiro de volta e quanto tempo tenho para enviar o pedido?',
    must: [[/orange/, /laranja/], [/(8|eight|oito) (weeks|semanas)/]],
    must_not: [
      nn('(6|six|seis|4|four|quatro) (weeks|semanas)'),
      nn('(blue|green|yellow|azul|verde|amarel)'),
      nn("(you )?(can't|cannot) (claim|get)"),
      nn('(28|twenty.eight) days'),
    ],
    cite: ['Use the orange claim form.', 'Send it to us within 8 weeks of the meeting.'],
  },
  {
    id: 't24-59',
    file: AD,
    q: "dad here, i work mon to fri in a warehouse and can't get time off easy. sorry for mithering but is there any way we can do the mediation at a weekend",
    must: [[/saturday/], [/second saturday/, /9\.30/, /each month/]],
    must_not: [
      nn("(no|not),? (we don't|we do not|there are no|there is no)[^.]{0,20}(weekend|saturday)"),
      nn('(every|each) saturday'),
      nn('sunday'),
      nn('(monday|tuesday|wednesday|thursday) evening'),
    ],
    cite: [
      'second Saturday of each month we also hold meetings',
      'for families who cannot take time off in the week',
    ],
  },
  {
    id: 't24-60',
    type: 'decline',
    q: "im 17 and starting a college course in january. my mum's on benefits and money is tight. can i get a bursary for bus fare and lunches myself, how much is it",
    must: [[PHONE]],
    must_not: [
      /£ ?1,?200/,
      /vulnerable (student )?bursary/,
      nn("(yes|yeah),? (you can|you will|you'll|you should)"),
      /25p (a|for each) mile/,
    ],
  },
];

// who asks, in what language, which route, which decline topic; date questions carry the rule,
// its input and the answer, and check.mjs recomputes each one from the rules
export const META = {
  't24-05': {
    asker: 'young person (18), in own name',
    date: {
      fn: 'adviserContactDeadline',
      input: { decisionDate: '2026-12-29' },
      expected: '2027-02-28',
      note: 'R2: 29 Dec 2026 + 2 months: there is no 29 Feb in 2027, so the last day of February, Sun 28 Feb 2027, not moved to Mon 1 Mar',
    },
  },
  't24-07': {
    asker: 'parent (dialect)',
    date: {
      fn: 'mediationNoticeBy',
      input: { mediationDate: '2027-01-06' },
      expected: '2026-12-29',
      note: 'R8: 5 working days before Wed 6 Jan 2027 are Tue 5, Mon 4 Jan, Thu 31, Wed 30 and Tue 29 Dec (1 Jan is a bank holiday); the days in the Christmas window are working days',
    },
  },
  't24-13': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-11-09', certificateDate: '2026-11-20' },
      expected: '2027-01-11',
      note: 'R13: later of Sat 9 Jan 2027 (letter + 2 months) and Sun 20 Dec 2026 (certificate + 1 month, not 30 days) is Sat 9 Jan, not a working day, so Mon 11 Jan 2027',
    },
  },
  't24-21': {
    asker: 'parent (dialect)',
    route:
      'disability discrimination claim: no certificate needed, six months, no Christmas extension',
    date: {
      fn: 'discriminationClaimDeadline',
      input: { actDate: '2026-06-29' },
      expected: '2026-12-29',
      note: 'R14: 6 months from Mon 29 Jun 2026 is Tue 29 Dec 2026, a working day in the Christmas window; the Christmas extension does not apply',
    },
  },
  't24-25': {
    asker: 'parent',
    route: 'section I only: no certificate needed',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-28' },
      expected: '2027-01-04',
      note: 'R13 without a certificate: 28 Oct 2026 + 2 months is Mon 28 Dec 2026, in the Christmas window, so the first working day after 1 Jan: Mon 4 Jan 2027',
    },
  },
  't24-31': {
    asker: 'parent',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-02', weeks: 2 },
      expected: '2026-12-16',
      note: 'R15: agreement on Wed 2 Dec 2026 to change only the school named; 2 calendar weeks: Wed 16 Dec 2026 (not the 5 weeks for B/F)',
    },
  },
  't24-33': {
    asker: 'parent',
    route: 'health only (section G): not appealable alone; mediation arranged by the ICB',
    date: {
      fn: 'mediationArrangeBy',
      input: { from: '2026-12-04' },
      expected: '2027-01-03',
      note: 'R6/R7: health only, so the ICB arranges; 30 calendar days from the ICB being told on Fri 4 Dec 2026 is Sun 3 Jan 2027, not moved',
    },
  },
  't24-39': {
    asker: 'parent',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-11-30', weeks: 11 },
      expected: '2027-02-15',
      note: 'R15: agreement on Mon 30 Nov 2026 to make a plan; final plan in 11 calendar weeks, Christmas counted: Mon 15 Feb 2027 (not 20 weeks)',
    },
  },
  't24-45': {
    asker: 'parent',
    route: 'council cannot arrange mediation in 30 days: certificate, treated as having mediated',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-03' },
      expected: '2026-12-08',
      note: 'R12: told today, Thu 3 Dec 2026; 3 working days are Fri 4, Mon 7 and Tue 8 Dec 2026',
    },
  },
  't24-49': {
    asker: 'parent with little English',
    lang: 'Polish',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-22' },
      expected: '2026-12-29',
      note: 'R4: declining on Tue 22 Dec 2026; 3 working days are Wed 23, Thu 24 (Christmas Eve counts) and Tue 29 Dec (25 and 28 Dec are bank holidays), in the Christmas window',
    },
  },
  't24-53': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-06-03', certificateDate: '2026-07-09' },
      expected: '2026-09-01',
      note: 'R13: later of 3 Aug 2026 and 9 Aug 2026 (certificate + 1 month) is Sun 9 Aug, in August, so the first working day after 31 Aug (a bank holiday in 2026): Tue 1 Sep 2026',
    },
  },
  't24-01': { asker: 'parent (Yorkshire dialect)' },
  't24-02': { asker: 'parent (shift worker, dialect)' },
  't24-03': { asker: 'parent (dialect)' },
  't24-06': { asker: 'parent (follow-on)' },
  't24-09': {
    asker: 'parent of a young person (17)',
    route: 'FE college, no plan: disagreement resolution (voluntary), not mediation',
  },
  't24-10': { asker: 'parent' },
  't24-11': { asker: 'parent with a disability (autistic)' },
  't24-14': { asker: 'parent' },
  't24-15': { asker: 'parent with a disability (back pain)' },
  't24-17': { asker: 'dad', route: 'sections B and F: certificate needed before appealing' },
  't24-18': { asker: 'grandparent (kinship carer, dialect)' },
  't24-19': { asker: 'parent (child a wheelchair user)' },
  't24-22': { asker: 'foster carer' },
  't24-23': { asker: 'parent' },
  't24-26': { asker: 'parent of a young person (17)' },
  't24-27': { asker: 'parent with little English', lang: 'Slovak' },
  't24-29': {
    asker: 'parent',
    route:
      'adviser window missed: no certificate; ask the Tribunal for permission to appeal without one',
  },
  't24-30': { asker: 'SENCO' },
  't24-34': { asker: 'parent with little English (writing English)' },
  't24-35': { asker: 'parent with a disability (partially sighted, no smartphone)' },
  't24-37': {
    asker: 'parent with little English',
    lang: 'Urdu',
    route: 'declining mediation: certificate without a meeting',
  },
  't24-38': { asker: 'dad (self-employed, dialect)' },
  't24-41': {
    asker: 'young person (22), in own name',
    route:
      'refusal to amend after review: the young person appeals in their own name, certificate needed',
  },
  't24-42': { asker: 'dad (follow-on, dialect)' },
  't24-43': { asker: 'parent with a disability (ADHD)' },
  't24-46': { asker: 'parent (dialect)' },
  't24-47': { asker: 'parent' },
  't24-50': { asker: 'parent' },
  't24-51': { asker: 'parent (dialect)' },
  't24-54': { asker: 'parent (dialect)' },
  't24-55': { asker: 'parent (follow-on)' },
  't24-57': {
    asker: 'parent (follow-on)',
    route: 'section I with section F: one certificate covers the whole appeal',
  },
  't24-58': { asker: 'parent with little English', lang: 'Portuguese' },
  't24-59': { asker: 'dad (warehouse worker, dialect)' },
  // declines: what each asks about (check.mjs makes sure no topic repeats an earlier set's list)
  't24-04': { asker: 'parent', topic: 'personal budgets and direct payments' },
  't24-08': { asker: 'parent (dialect)', topic: 'Motability cars' },
  't24-12': { asker: 'dad', topic: 'Universal Credit for a disabled child' },
  't24-16': { asker: 'parent', topic: 'sleep problems and melatonin' },
  't24-20': { asker: 'parent', topic: 'a private dyslexia assessment' },
  't24-24': { asker: 'young person (19), in own name', topic: 'Access to Work' },
  't24-28': { asker: 'parent', topic: 'learning to drive with dyspraxia' },
  't24-32': { asker: 'parent', topic: 'school uniform grants' },
  't24-36': { asker: 'parent', topic: 'childminders for disabled children' },
  't24-40': { asker: 'parent', topic: 'swimming lessons for disabled children' },
  't24-44': { asker: 'teaching assistant', topic: 'teaching assistant pay and hours' },
  't24-48': { asker: 'parent (dialect)', topic: 'a housing transfer for a wheelchair user' },
  't24-52': { asker: 'parent', topic: 'dental care for an autistic child' },
  't24-56': { asker: 'grandparent (kinship carer)', topic: 'special guardianship allowances' },
  't24-60': { asker: 'young person (17), in own name', topic: 'the 16 to 19 bursary' },
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
