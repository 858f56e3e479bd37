// The "twentythird" question set as JS literals. Regexes are regex literals (or built by the
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

const GD = 'chainyard-family-handbook.html'; // Google Docs "Download as Web page"
const NL = 'chainyard-news-winter-2026.html'; // Mailchimp newsletter saved as HTML
const HG = 'mediation-meeting-step-by-step.md'; // Hugo Markdown source

// the service's phone number, however it is spaced or prefixed
const PHONE = /121\)?[\s.-]?496[\s.-]?0915/;

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
    id: 't23-01',
    file: GD,
    q: "ow bist. the council put yowr number in their letter. so am yow lot just the council under another name? if i tell yow how useless the SEN team has been is it gonna get back to them. our kid reckons yow'm paid by them so yow'd side with them",
    must: [
      [
        /independent/,
        /no say/,
        /(not|isn't|is not|aren't|are not)( a)? part of (the|either) council/,
        /(none|no one|nobody|not one) of (the people|our staff|its staff|the staff|their staff|the advisers|its advisers)/,
        /(don't|do not|doesn't|does not) work for (the|any|either) council/,
        /not employed by/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah|ar),? (we are|we're|it is|it's|chainyard is|they are|they're) (part of |run by )?the council/,
      /(?<!not )(?<!n't )(chainyard|the service|it) (is|'s) (run by|managed by|part of) (the|gorsebrook|netherwell)[^.]{0,25}council/,
      /(?<!not )(?<!n't )(?<!never )(goes|go|is passed|gets passed|is shared|gets shared|gets?) (straight )?back to (the )?(sen|send) team/,
      /(?<!not )(?<!n't )(we|they|chainyard) (will|would|do) (side|take sides) with/,
    ],
    cite: [
      'Funding the service gives them no say over your case',
      'none of the people who work for Chainyard',
    ],
  },
  {
    id: 't23-02',
    file: NL,
    q: 'i werk days in a warehouse in tipfold, on shift till 5 and cor have my phone on the floor. whens the latest i can ring yow lot? is there summat in the evenin or am i stuck',
    must: [
      [/monday/],
      [
        /6 ?(pm|p\.m\.)?[^.]{0,12}8 ?(pm|p\.m\.)/,
        /6(\.00)? ?pm[^.]{0,12}8(\.00)? ?pm/,
        /18[.:]00/,
        /six/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(no|there'?s no|there is no|we don't have|we do not have) (evening|late)/,
      /(?<!not )(?<!n't )(tuesday|wednesday|thursday|friday)s? (evening|late line|from 6|6 ?pm)/,
      /(?<!not )(?<!n't )open (until|till|to) (7|7\.30|8) ?pm (every|each|most) (day|weekday)/,
    ],
    cite: ['Every Monday there is also an evening line', 'kept for parents who are at work'],
  },
  {
    id: 't23-03',
    file: HG,
    q: 'council rang me tuesday tea time and said the mediation is this friday 10am at the library. i ay had nothing in writing and i need time to sort werk. are they allowed to just spring it on me like that??',
    must: [
      [/(five|5) working days/],
      [
        /(agree|accept|happy)[^.]{0,40}(less|shorter)/,
        /(less|shorter)[^.]{0,40}(agree|accept)/,
        /(unless|if) you (agree|accept|are happy)/,
        /nobody can make you/,
        /(don't|do not|doesn't|does not) have to (accept|agree)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah|ar),? (they are|they're|that'?s|it'?s) (allowed|fine|ok)/,
      /(?<!not )(?<!n't )\b(48 hours|24 hours|(5|five) (calendar |clear )?days)('|’)? notice/,
      /(?<!not )(?<!n't )(you (have|must|need) to|you'll have to) (accept|go|attend)/,
    ],
    cite: [
      'at least five working days before the meeting',
      'nobody can make you accept a shorter gap',
    ],
  },
  {
    id: 't23-04',
    type: 'decline',
    q: "can my daughter get DLA? shes 7 with autism and needs watching every minute, a mom at the school gate said we'd get hundreds a month off it. how do i apply",
    must: [[PHONE]],
    must_not: [
      /care component/,
      /mobility component/,
      /(?<!not )(?<!n't )(she|your daughter) (will|would|should) (get|qualify|be entitled)/,
      /£ ?\d{2,3}(\.\d\d)? (a|per) week/,
      /25p a mile/,
      /£ ?45\b/,
    ],
  },
  {
    id: 't23-05',
    file: GD,
    q: 'im 17, finished year 11 in july and im at college now. the council panel is on new years eve and they said the letter about stopping my ehcp will have that date on it. if i want to talk to a mediation adviser in my own name whats the last day? theres no 31st feb lol so is it 3rd march',
    must: [
      dateOk('2027-02-28').concat([
        /end of february/,
        /last day of february/,
        /final day of (that month|february)/,
      ]),
      [
        /not (moved|pushed|stretched|extended)/,
        /(doesn't|does not|won't|will not|isn't|is not)[^.]{0,25}(move|pushed|extended|roll)/,
        /still (the|your) (last day|limit)/,
      ],
      [
        /own name/,
        /(you|yourself) (can|may)[^.]{0,30}(contact|get in touch|choose|ring|talk)/,
        /yourself/,
        /(rights|decisions?)[^.]{0,30}(belong to you|are yours)/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-03-03'),
      ...dateAsAnswer('2027-03-01'),
      /2027-03-0[13]/,
      new RegExp(`${NEG}\\b(30|31)(st|th)? feb`),
      /(?<!not )(?<!n't )(yes|yeah|ar),? (it'?s|it is|it'?ll be|that'?s) (the )?3(rd)? mar/,
      /(?<!not )(?<!n't )(your )?(mom|mum|parents?) (has|have|must|needs?) to (contact|ring|do it|apply)/,
      /(?<!not )(?<!n't )(from|after) (the day |when )?(you|it) (get|got|receive|received|arrives?)/,
    ],
    cite: ['the limit is the final day of that month', 'that day is still your limit'],
  },
  {
    id: 't23-06',
    file: NL,
    q: 'left yow a voicemail about 11 this mornin about my daughters ehcp review. when will someone ring me back? and if i miss it cos im on the school run what happens then',
    must: [
      [/same day/, /that day/, /today/, /this afternoon/],
      [/(try|ring|call)[^.]{0,25}(one more time|once more|again)/],
      [/(email|text)[^.]{0,60}(link|choose|pick)[^.]{0,30}time/, /(choose|pick|book) a time/],
    ],
    must_not: [
      /(?<!not )(?<!n't )within (2|3|5|two|three|five) working days/,
      /(?<!not )(?<!n't )(we|they) (only|just) (try|ring|call) once/,
      /(?<!not )(?<!n't )(close|closes|closed) (the|your) (case|file|referral)/,
      /(?<!not )(?<!n't )(you'?ll|you will|we'?ll|we will|they'?ll|they will) (hear back|get a call|be called|ring you|call you)[^.]{0,20}(tomorrow|next working day)/,
    ],
    cite: ['an adviser will ring you back that same day', 'we try one more time'],
  },
  {
    id: 't23-07',
    file: HG,
    q: "mediation for my lad has been pencilled in for tuesday 5th january. whats the latest the council has to tell me in writing where and when it is? i reckon with christmas it'll be the 29th?",
    must: [dateOk('2026-12-24').concat([/christmas eve/]), [/(five|5) working days/]],
    must_not: [
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-31'),
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2026-12-22'),
      /(?<!not )(?<!n't )(yes|yeah|ar),? (it'?s|it is|that'?s|you'?re right)[^.]{0,20}29/,
      /(?<!not )(?<!n't )\b(5|five) (calendar )?days (before|notice)/,
    ],
    cite: [
      'at least five working days before the meeting',
      'Saturdays, Sundays and bank holidays are left out',
    ],
  },
  {
    id: 't23-08',
    type: 'decline',
    q: "school rang to say they had to 'hold' my son (9, autistic) in a restraint yesterday cos he was kicking off. nobody ever told me they even do that. is that allowed?? im fuming bab",
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )(reasonable force|positive handling)/,
      /(?<!not )(?<!n't )(yes|yeah),? (it'?s|it is|that'?s|they are|they're) (allowed|legal|lawful)/,
      /(?<!not )(?<!n't )(you can|you could|you should) (ask for|request|book) (a |an )?(mediation|disagreement resolution)/,
      /within six months of the act/,
    ],
  },
  {
    id: 't23-09',
    file: GD,
    q: 'my sons in year 4 at a primary, no ehcp, just on sen support. school have cut his 1 to 1 reading time and the head wont budge. can i drag them to mediation? do they have to turn up',
    must: [
      [/disagreement resolution/],
      [
        /(every|each|all|both) (side|sides|party|parties)[^.]{0,30}(agree|say yes)/,
        /voluntary/,
        /(can|could|may) (decline|refuse|say no)/,
        /(can't|cannot|can not) be (made|forced)/,
        /nobody can be made/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(the school|they|the head) (must|has to|have to|will have to|is required to) (attend|take part|come|agree|turn up)/,
      NEEDS_CERT,
      /(?<!not )(?<!n't )appeal (it |this )?to the (send )?tribunal/,
    ],
    cite: [
      'Every side has to say yes before a meeting',
      'whether your child has an EHC plan or not',
    ],
  },
  {
    id: 't23-10',
    file: NL,
    q: 'ow am yow bab. am yow lot open over christmas at all? i cor get my head round the paperwork til the kids am off school so id like to ring in that week between christmas and new year',
    must: [
      [/29/, /twenty-ninth/],
      [
        /10 ?(am|a\.m\.)?[^.]{0,12}4 ?(pm|p\.m\.)/,
        /10(\.00)? ?am[^.]{0,12}4(\.00)? ?pm/,
        /10[.:]00[^.]{0,10}16[.:]00/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(closed|shut) (for |over )?(the whole|all of|the entire) (christmas|holiday|break)/,
      /(?<!not )(?<!n't )(closed|shut) (from|between) (24|25|christmas eve|christmas day)[^.]{0,30}(until|till|to) (4|monday 4)/,
      /(?<!not )(?<!n't )10 ?am (to|till|until|-) ?2 ?pm/,
      /(?<!not )(?<!n't )(9 ?am )?(to|till|until) (noon|12 ?pm)\b/,
    ],
    cite: ['phones and email from 10am to 4pm', 'Friday 25 December to Monday 28 December: closed'],
  },
  {
    id: 't23-11',
    file: HG,
    q: "I'm autistic myself as well as my daughter. Bright lights and noisy rooms make me shut down and then I can't say what I need to. Which of your places would be easiest for me for the meeting?",
    must: [[/nailshop/], [/sensory room/, /lights?[^.]{0,30}dimm/, /dim(med)? (the )?lights/]],
    must_not: [
      /(?<!not )(?<!n't )(netherwell library|hollyhatch|canal centre)[^.]{0,60}sensory/,
      /(?<!not )(?<!n't )(we|chainyard) (don't|do not|can't|cannot) (offer|provide|have|make)/,
      /(?<!not )(?<!n't )(you )?(need|have) to (bring|provide|show) (a )?(diagnosis|proof|evidence)/,
    ],
    cite: ['a sensory room where the lights can be dimmed'],
  },
  {
    id: 't23-12',
    type: 'decline',
    q: 'dad of 2 here. my youngest uses a wheelchair and we turned the downstairs room into her bedroom. a bloke at werk said we can get money off our council tax for that. is that right and who do i ask',
    must: [[PHONE]],
    must_not: [
      /disabled band reduction/,
      /(?<!not )(?<!n't )(one|1) band (lower|down|below)/,
      /(?<!not )(?<!n't )(you|your family) (will|would|should) (get|qualify|be entitled)/,
      /25 ?% (discount|off)/,
      /£ ?5\.35/,
    ],
  },
  {
    id: 't23-13',
    file: GD,
    q: 'the refusal to assess letter was dated 20th october. i said no to mediation and the certificate came dated 26th november. my friend says the tribunal appeal is 30 days from the certificate so boxing day?? whens my real deadline',
    must: [dateOk('2027-01-04'), [/5 ?pm/, /17[.:]00/, /five o'?clock/]],
    must_not: [
      ...dateAsAnswer('2026-12-26'),
      ...dateAsAnswer('2026-12-21'),
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2027-01-05'),
      /(?<!not )(?<!n't )(your friend is|she'?s|he'?s|they'?re) right/,
      /(?<!not )(?<!n't )30 days (from|after) the certificate/,
    ],
    cite: [
      'the deadline becomes the first working day after 1 January',
      'Take whichever of the two is later',
    ],
  },
  {
    id: 't23-14',
    file: NL,
    q: "my 2 months to contact an adviser runs out on monday 28th december and thats a bank holiday, yow'm shut. does it get moved to the tuesday or what do i do?",
    must: [
      [/voicemail/, /text/, /whatsapp/, /form/],
      [
        /stamp/,
        /(counts|count|treated) as (you )?(contacting|getting in touch|contact)/,
        /in time/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(it )?(gets|is|will be) (moved|pushed|rolled) (on )?to (the )?(tuesday|29|next working day)/,
      /(?<!not )(?<!n't )(doesn't|does not|won't|will not) count/,
      /(?<!not )(?<!n't )(it'?s|it is) too late/,
    ],
    cite: [
      'a message stamped on your last day counts',
      'Each one is stamped with the date and time',
    ],
  },
  {
    id: 't23-15',
    file: HG,
    q: 'our mediation is booked for wednesday 23rd december (the council wanted it done before xmas). if it doesnt sort anything out when will i get the certificate so i can appeal? surely not till mid january with all the bank hols',
    must: [dateOk('2026-12-30')],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2027-01-06'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-31'),
      /(?<!not )(?<!n't )mid[- ]january/,
      /(?<!not )(?<!n't )(christmas eve|24(th)? december|29(th)? december)[^.]{0,30}(don't|do not|doesn't|does not|won't) count/,
    ],
    cite: [
      'no later than three working days after the meeting ends',
      'Whether or not you reach an agreement',
    ],
  },
  {
    id: 't23-16',
    type: 'decline',
    q: 'my lads wheelchair is too small now hes grown, weve been waiting 9 months for the wheelchair service to come and reassess him. hes in pain sat in it. can yow help chase them up',
    must: [[PHONE]],
    must_not: [
      /personal wheelchair budget/,
      /(?<!not )(?<!n't )(we|chainyard) (can|will|could) (chase|contact|ring|call) (the )?wheelchair service/,
      /(?<!not )(?<!n't )(18|eighteen) weeks/,
      /(?<!not )(?<!n't )(ask for|request|book) (a |an )?(mediation|disagreement resolution)/,
      /health alone is arranged by the integrated care board/,
    ],
  },
  {
    id: 't23-17',
    file: GD,
    q: "Dad here. Final plan came and section F is vague rubbish, 'access to' speech therapy with no hours. Section B misses half his needs as well. I want to go straight to the tribunal, the missus says we need some certificate first. ar I know she's usually right but is she?",
    must: [
      [
        /(yes|need|needs|required|will have to|must)[^.]{0,40}certificate/,
        /certificate[^.]{0,30}(needed|required|first)/,
      ],
      [/adviser/, /(two|2) months/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(no|don't|do not|doesn't|does not|won't) (need|require)[^.]{0,20}certificate/,
      /(?<!not )(?<!n't )(you'?re|you are) right/,
      /(?<!not )(?<!n't )(have|need|must) to (go to|attend|take part in|try) mediation/,
      /(?<!not )(?<!n't )(go|going) (straight|directly) to (the )?tribunal/,
    ],
    cite: [
      'about needs (section B) or provision (section F)',
      'You do not have to go through mediation',
    ],
  },
  {
    id: 't23-18',
    file: NL,
    q: 'Im a foster carer, had a little lad (6) for 2 years. hes got an ehcp and the council named a mainstream school that just cant cope with him. his social worker is lovely but run off her feet. can i ask for mediation myself or does it all have to go through her?',
    must: [
      [/counts? as (a|his) parent/, /(you can|yes)[^.]{0,40}(contact|ask|get in touch|yourself)/],
      [/social worker/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(only|just) (the|his|a) (social worker|council|birth parents?)[^.]{0,20}(can|may)/,
      /(?<!not )(?<!n't )(has|have|needs?) to (go through|come from) (his|the|her) social worker/,
      /(?<!not )(?<!n't )(you )?(need|have) (to get |to have )?parental responsibility/,
    ],
    cite: ['the care of a child counts as a parent', 'we will also speak to her social worker'],
  },
  {
    id: 't23-19',
    file: HG,
    q: 'my daughter is 15, shes a full time wheelchair user and needs a hoist for changing. if we all come in person which venue can cope with that? the last meeting we went to she had to be changed on the floor',
    must: [
      [/hollyhatch/, /canal centre/],
      [/changing places/, /hoist/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(the nailshop|netherwell)[^.]{0,60}(changing places|hoist)/,
      /(?<!not )(?<!n't )(none of|no) (our|the) venues/,
      /(?<!not )(?<!n't )(she|your daughter) (can't|cannot|shouldn't|should not) (come|attend)/,
    ],
    cite: ['a Changing Places toilet that has a hoist'],
  },
  {
    id: 't23-20',
    type: 'decline',
    q: "we're at breaking point at home, my son (12, adhd) is lashing out at his little sister every day. the GP said ask social services for a child in need assessment. how do i get one and how long does it take",
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )45 (working )?days/,
      /section 17/,
      /(?<!not )(?<!n't )(we|chainyard) (can|will|could) (refer|contact|ring)/,
      /(?<!not )(?<!n't )(children'?s services|social services|social care) (must|will|has to) (assess|see)/,
      /section H/,
    ],
  },
  {
    id: 't23-21',
    file: GD,
    q: "my son has cerebral palsy and school wouldnt let him go on the year 6 residential on 30th june, said 'health and safety' but never even asked us what he needs. ive been told its disability discrimination. whens the deadline and do i have to go to one of your advisers for a certificate first",
    must: [dateOk('2026-12-30'), NO_CERT],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      NEEDS_CERT,
      /(?<!not )(?<!n't )(?<!no )(get|gets|given|have|allow|allows)[^.]{0,15}(extra time|an extension)[^.]{0,30}christmas/,
      /(?<!not )(?<!n't )(moves?|moved|pushed|rolls?) (on )?to[^.]{0,20}(4|fourth) jan/,
      /(?<!not )(?<!n't )(you have|it'?s|within|deadline is) (two|2) months/,
      /(?<!not )(?<!n't )(you'?ve|you have) (already )?missed/,
    ],
    cite: [
      'no mediation certificate is needed for it',
      'Since July 2020 the Christmas and August extensions',
    ],
  },
  {
    id: 't23-22',
    file: NL,
    q: "Merhaba. Oğlumun EHC planı için arabuluculuk istemiyorum, doğrudan Tribunal'e başvurmak istiyorum. 24 Aralık'ta danışmanı arayıp 'hayır' diyeceğim. Sertifikayı en geç hangi tarihte alırım? Noel tatili yüzünden Ocak ayını mı beklemem gerekecek?",
    must: [dateOk('2026-12-31').concat([/31 aral[ıi]k/])],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2027-01-06'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-30'),
      /\b[4-7] ocak/,
      /(?<!not )(?<!n't )(christmas eve|24(th)? december|29(th)? december)[^.]{0,30}(don't|do not|doesn't|does not|won't) count/,
    ],
    cite: ['Christmas Eve and 29, 30 and 31 December all count', 'certificates still go out'],
  },
  {
    id: 't23-23',
    file: HG,
    q: 'my brother in law is a solicitor (not education law but still). can he come to the mediation with me or do the council get to veto it? i dont trust them one bit',
    must: [
      [
        /(don't|do not|doesn't|does not|won't|will not)( need)?[^.]{0,20}(permission|agree|say-so|consent)/,
        /without (anyone'?s|their|the council'?s) (permission|agreement|consent|say-so)/,
      ],
      [/lawyer/, /supporter/, /solicitor/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(the council|everyone|all parties|both sides) (has|have|must|needs?) (to )?(agree|say yes|consent|give permission)/,
      /(?<!not )(?<!n't )(lawyers?|solicitors?) (are|is) not (allowed|permitted)/,
      /(?<!not )(?<!n't )\bno (lawyers|solicitors)/,
    ],
    cite: ["You do not need anyone's permission to bring one", 'and it can be a lawyer'],
  },
  {
    id: 't23-24',
    type: 'decline',
    q: 'im 19 and have an ehcp, college finishes in july. my careers adviser mentioned a supported internship, what even is that and could i get one? do you get paid',
    must: [[PHONE]],
    must_not: [
      /job coach/,
      /(?<!not )(?<!n't )(at least )?(six|6) months/,
      /(?<!not )(?<!n't )(you are|you're) (entitled|eligible)/,
      /decisions are his to make/,
      /£ ?5\.35/,
    ],
  },
  {
    id: 't23-25',
    file: GD,
    q: 'rang yow this mornin and said ar we DO want mediation, the adviser said shed tell the council today. so whats the latest the mediation can happen? is it 30 werkin days? bostin if its after the holidays cos im skint till january',
    must: [
      dateOk('2027-01-02'),
      [/calendar days/, /not (30 )?working days/, /(isn't|is not) (30 )?working days/],
      [
        /not moved/,
        /(isn't|is not|won't|will not|doesn't|does not)[^.]{0,20}(moved|move|pushed)/,
        /weekend/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-19'),
      ...dateAsAnswer('2027-01-14'),
      /(?<!not )(?<!n't )(yes|yeah|ar),? (it'?s|it is)[^.]{0,10}30 working days/,
      /(?<!not )(?<!n't )(moves?|moved|pushed|rolls?) (on )?to (the )?(monday|next working day)/,
    ],
    cite: ['These are calendar days, not working days', 'the date is not moved when it lands'],
  },
  {
    id: 't23-26',
    file: NL,
    q: 'my lad is 17, left school in july and hes at college now. he wont talk on the phone to anyone, gets in a right state. can i just ring yow and do it all for him?',
    must: [
      [
        /(hear|consent|agree|ok|okay|happy)[^.]{0,40}(from )?(him|your son)/,
        /(him|your son|he)[^.]{0,30}(say|tell us|let us know|confirm|agree|happy|content)/,
      ],
      [/text/, /email/, /(few|couple of) words/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah|ar),? (you can|of course)[^.]{0,30}(without|no need)/,
      /(?<!not )(?<!n't )(he|your son) (has|have|needs?|must) to (ring|call|phone|speak)/,
      /(?<!not )(?<!n't )(you|parents?) (can't|cannot|can not) (ring|call|act|help)/,
      /(?<!not )(?<!n't )(signed|written) (consent )?form/,
    ],
    cite: ['A short text or email from him is enough', 'he needs to let us know himself'],
  },
  {
    id: 't23-27',
    file: HG,
    q: 'سلام. پسرم ۱۱ سالش است و اوتیسم دارد. او اصلاً نمی‌خواهد به جلسه میانجی‌گری بیاید و جلوی آدم‌های غریبه خیلی مضطرب می‌شود. آیا حتماً باید بیاید؟ اگر نیاید، نظر خودش چطور شنیده می‌شود؟',
    must: [
      [
        /never has to/,
        /(doesn't|does not|won't|will not) (have|need) to (come|attend)/,
        /لازم نیست/,
        /مجبور نیست/,
        /نیازی نیست/,
        /اجباری نیست/,
      ],
      [
        /all about me/,
        /draw/,
        /video/,
        /voice note/,
        /(meet|visit)[^.]{0,30}(home|school)/,
        /نقاشی/,
        /ویدیو/,
        /پیام صوتی/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(he|your son|the child|children) (has|have|must|needs?) to (come|attend|be there)/,
      /(?<!not )(?<!n't )(only|must be) (over|at least|aged) (12|13|14|16)/,
      /(?<!not )(?<!n't )(the mediator|we) (won't|will not|doesn't|does not|don't) (ask|consider|hear)/,
    ],
    cite: [
      'Your child never has to come to the meeting',
      'reasonable steps to learn what the child thinks',
    ],
  },
  {
    id: 't23-28',
    type: 'decline',
    q: "my daughter is 14 and her anxiety is awful, shes stopped going out at all. school referred her to CAMHS back in march and we've heard nothing. how long is the wait and can yow help speed it up?",
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )(18|eighteen) weeks/,
      /(?<!not )(?<!n't )(we|chainyard) (can|will|could) (chase|speed|contact|refer)/,
      /(?<!not )(?<!n't )(ask for|request|book) (a |an )?(mediation|disagreement resolution)/,
      /health alone is arranged by the integrated care board/,
    ],
  },
  {
    id: 't23-29',
    file: GD,
    q: 'the letter saying no to assessing her was dated 2nd september and ive only just found your leaflet in the doctors. thats 3 months ago. is that it now, game over? i cant afford a solicitor',
    must: [
      [
        /(can't|cannot|can not|not allowed to|unable to|won't be able to|no longer) (issue|give|get)[^.]{0,20}certificate/,
        /no certificate/,
        /without (a |one)/,
        /not allowed to issue/,
      ],
      [/permission/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(game over|too late to appeal|can'?t appeal|cannot appeal|no way to appeal|nothing (you|we) can do)/,
      /(?<!not )(?<!n't )(we|our advisers?|an adviser) (can|will|could) (still )?(issue|give you|send you) (a |the )?certificate/,
      /(?<!not )(?<!n't )(from|after) (the day |when )?(you|it) (got|received|found|arrived)/,
    ],
    cite: [
      'our advisers are not allowed to issue a certificate',
      'ask the First-tier Tribunal (SEND) for permission to appeal',
    ],
  },
  {
    id: 't23-30',
    file: NL,
    q: "Hi, I'm the SENCO at a junior school in Netherwell. One of our families has asked me to come to their mediation with the council next month and I'm happy to. Am I allowed? Also can I ring you beforehand to talk through the child's case?",
    must: [
      [/(everyone|all (the )?parties|both sides)[^.]{0,20}agree/, /mediator decides/],
      [
        /(only|once|after)[^.]{0,40}(family|parents?)[^.]{0,30}(contact|been in touch|got in touch|rung)/,
        /general information/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah),? (you can|of course)[^.]{0,20}(discuss|talk (about|through)) (the|this) (child|case)/,
      /(?<!not )(?<!n't )(school staff|sencos?|teachers?) (can't|cannot|can not|are not allowed to|aren't allowed to) (attend|come)/,
      /(?<!not )(?<!n't )(you )?(need|must have) (the )?(council'?s|la'?s) (permission|agreement) (only|alone)/,
    ],
    cite: [
      'people come to a mediation only if everyone agrees',
      'we only discuss a particular child once the family',
    ],
  },
  {
    id: 't23-31',
    file: HG,
    q: 'Brill news, at mediation on thursday 26th november the council agreed to put 2 hours a week of SALT in section F and rewrite bits of B. How long have they got to actually change the plan? our kid reckons its 14 weeks but i bet they drag it past christmas',
    must: [dateOk('2026-12-31'), [/(5|five) weeks/, /(5|five)-week/]],
    must_not: [
      ...dateBad('2027-03-04'),
      ...dateAsAnswer('2027-01-14'),
      ...dateAsAnswer('2027-02-11'),
      /(?<!not )(?<!n't )(your kid is|he'?s|she'?s|they'?re) right/,
      /(?<!not )(?<!n't )\b(it'?s|is|within|have|has|got) (14|fourteen|11|eleven) weeks/,
      /(?<!not )(?<!n't )(christmas|the holidays?) (doesn't|does not|don't|do not|won't) count/,
      /(?<!not )(?<!n't )working weeks/,
    ],
    cite: [
      'New wording in section B or section F',
      'runs in calendar weeks from the day the agreement',
    ],
  },
  {
    id: 't23-32',
    type: 'decline',
    q: 'someone on a facebook group said theres a charity that gives families of disabled kids money for like a washing machine or a tablet. is that yow? how do i apply',
    must: [[PHONE]],
    must_not: [
      /family fund/,
      /(?<!not )(?<!n't )(yes|yeah|ar),? (that'?s|it'?s|it is) us/,
      /(?<!not )(?<!n't )(we|chainyard) (give|gives|offer|provide) (grants|money)/,
      /blue claim form/,
      /£ ?45\b/,
    ],
  },
  {
    id: 't23-33',
    file: GD,
    q: 'im really anxious about all this and i dont want to be talked into anything. if i ring up do i have to agree to mediation there and then? how long is the first chat and can it be face to face, i hate the phone',
    must: [
      [
        /(no|nobody|no one|not)[^.]{0,20}(push|pressure|make you|talked into)/,
        /saying no is/,
        /(don't|do not) have to agree/,
      ],
      [/forty minutes/, /40 minutes/],
      [/face to face/, /in person/, /nailshop/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(you )?(have|need|must) to (agree|decide|commit)[^.]{0,20}(on the|during the|there and then|first call)/,
      /(?<!not )(?<!n't )\b(20|30|60|twenty|thirty|sixty) minutes/,
      /(?<!not )(?<!n't )(only|just) (by|over the) phone/,
    ],
    cite: ['Nobody will push you into mediation', 'It lasts about forty minutes'],
  },
  {
    id: 't23-34',
    file: NL,
    q: 'hello. my english is not good, i am from romania. mediation for my daughter is in january. my son is 12, his english very good, he can translate for me? or i must pay for translator? thank you',
    must: [
      [/free/, /no cost/, /(don't|do not|won't|will not) (have to |need to )?pay/],
      [/interpreter/],
      [
        /(never|not)[^.]{0,30}child/,
        /(can't|cannot|shouldn't|should not|won't)[^.]{0,20}(son|child)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah),? (your son|he) (can|could|may) (translate|interpret)/,
      /(?<!not )(?<!n't )(you )?(will |have to |need to |must )pay/,
      /(?<!not )(?<!n't )\b(five|5|ten|10|14|fourteen) (working |calendar )?days'? notice/,
    ],
    cite: [
      'We book a professional interpreter free of charge',
      'we never ask a child to interpret',
    ],
  },
  {
    id: 't23-35',
    file: HG,
    q: 'i dont drive and the bus to netherwell is 2 changes from me. can we do it online instead? i only have an old phone, no laptop and its not a smartphone really',
    must: [
      [/phone (meeting|call)/, /conference line/, /by phone/],
      [/(no|don't|do not|doesn't|does not|without)[^.]{0,25}(smartphone|computer|laptop)/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(you )?(need|will need|must have) (a )?(smartphone|laptop|computer)/,
      /\b(zoom|microsoft teams|ms teams)\b/,
      /(?<!not )(?<!n't )(must|has to|have to) (be )?(in person|face to face)/,
    ],
    cite: ['so nobody needs a smartphone or a computer', 'A phone meeting uses a conference line'],
  },
  {
    id: 't23-36',
    type: 'decline',
    q: 'would an assistance dog help my autistic son? hes 8 and just bolts. are they free and would the school have to let the dog in?',
    must: [[PHONE]],
    must_not: [
      /dogs for good/,
      /(?<!not )(?<!n't )(the school|schools) (must|has to|have to|will have to) (let|allow|accept)/,
      /(?<!not )(?<!n't )(yes|yeah),? (they are|they're|it is|it's) free/,
      /(?<!not )(?<!n't )(disability )?discrimination claim/,
      /within six months/,
    ],
  },
  {
    id: 't23-37',
    file: GD,
    q: 'નમસ્તે. મારી દીકરીના EHC પ્લાનમાં કાઉન્સિલે જે શાળાનું નામ લખ્યું છે તે અમને મંજૂર નથી. જો હું મધ્યસ્થી (mediation) માટે હા પાડું, તો શું પછી હું ટ્રિબ્યુનલમાં અપીલ કરવાનો અધિકાર ગુમાવી દઈશ?',
    must: [
      [
        /never/,
        /(won't|will not|doesn't|does not|don't|do not) (lose|take away|remove|affect)/,
        /still (appeal|have the right|keep)/,
        /ક્યારેય/,
        /ગુમાવશો નહીં/,
        /ગુમાવતા નથી/,
        /નહીં ગુમાવો/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(you )?(will |would )?(lose|give up|waive) (your|the) right/,
      /(?<!not )(?<!n't )(yes|yeah),? (you|it) (will|would|do|does)/,
      /(?<!not )(?<!n't )(have|need|must) to (go to|attend|try) mediation (first|before)/,
    ],
    cite: ['Choosing mediation never takes away your right to appeal', 'Mediation is your choice'],
  },
  {
    id: 't23-38',
    file: NL,
    q: 'Im self employed (window cleaner) so if I come to the mediation in Gorsebrook I lose a days money, plus its 20 mile each way in the van. Do I get anything back for that? how do i claim',
    must: [[/£?45/], [/25 ?p/], [/blue (claim )?form/]],
    must_not: [
      /(?<!not )(?<!n't )(45p|40p|30p|20p) (a|per) mile/,
      /(?<!not )(?<!n't )(green|yellow|orange) (claim )?form/,
      /(?<!not )(?<!n't )(no|don't|do not|can't|cannot)[^.]{0,20}(lost earnings|loss of earnings|self[- ]employed)/,
      /(?<!not )(?<!n't )(within|in) (6|six|4|four) weeks/,
      /(?<!not )(?<!n't )28 days/,
    ],
    cite: ['Lost earnings are covered up to £45 for the day', 'car journeys at 25p a mile'],
  },
  {
    id: 't23-39',
    file: HG,
    q: 'we reached agreement at mediation on tuesday 1st december but it was only about the social care bit, more short breaks in section H. nothing about school. whats the deadline for the council to actually do it? and if its only the social care part does the 5 weeks thing even apply',
    must: [dateOk('2026-12-15'), [/(2|two) weeks/]],
    must_not: [
      ...dateBad('2027-01-05'),
      ...dateAsAnswer('2027-02-16'),
      /(?<!not )(?<!n't )(yes|yeah|ar),? (the )?(5|five) weeks/,
      /(?<!not )(?<!n't )no (time limit|deadline)/,
      /(?<!not )(?<!n't )(within|in) (5|five|11|eleven|14|fourteen) weeks/,
    ],
    cite: [
      'Health or social care points, which cannot be appealed',
      'A different timescale applies only if everyone agrees',
    ],
  },
  {
    id: 't23-40',
    type: 'decline',
    q: 'my son got his autism diagnosis last month, hes 5. the paediatrician mentioned a course for parents to help understand autism. where do i find one round here? feel a bit lost tbh',
    must: [[PHONE]],
    must_not: [
      /cygnet/,
      /earlybird/,
      /(?<!not )(?<!n't )(we|chainyard) (run|runs|offer|offers|hold|holds) (a |the )?(parenting )?course/,
      /(?<!not )(?<!n't )online talk/,
      /cuppa and questions/,
    ],
  },
  {
    id: 't23-41',
    file: GD,
    q: 'year 11 transfer. council say the amended plan naming the college will be finalised with a letter dated 4th june 2027. if we only disagree about which college they name and nothing else, do we need a mediation certificate, and whens the last day to appeal? summer hols will mess it all up',
    must: [dateOk('2027-09-01'), NO_CERT],
    must_not: [
      ...dateAsAnswer('2027-08-04'),
      ...dateAsAnswer('2027-08-31'),
      ...dateAsAnswer('2027-09-02'),
      ...dateAsAnswer('2027-09-06'),
      NEEDS_CERT,
      /(?<!not )(?<!n't )(yes|yeah|ar),? (you )?(do |will )?need (a|one)/,
    ],
    cite: ['An August date gives way to the first working day', 'No certificate is needed'],
  },
  {
    id: 't23-42',
    file: NL,
    q: 'if i come to the meetin i need a childminder for the twins, whos paying for that? and if i cor afford the bus fare up front neither, what then',
    must: [[/5\.35/], [/(each|per|for every|a) (child|twin)/, /for each/, /both twins/], [/taxi/]],
    must_not: [
      /(?<!not )(?<!n't )(no|don't|do not|can't|cannot|won't)[^.]{0,20}(pay|cover|refund)[^.]{0,20}(childcare|childminder)/,
      /(?<!not )(?<!n't )£?5\.35 (in total|altogether|for both)/,
      /(?<!not )(?<!n't )(you )?(have|need|must) to pay (it |the fare )?(up front|first)/,
    ],
    cite: ['£5.35 an hour for each child', 'ask us to book a taxi for you'],
  },
  {
    id: 't23-43',
    file: HG,
    q: "Can I record the mediation on my phone? I've got ADHD and I forget half of what's said in meetings, I'd rather have it to listen back to after",
    must: [
      [/(no|nobody|not|can't|cannot)[^.]{0,25}record/],
      [/flipchart/, /printed copy/, /notes/, /written (down|agreement)/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah),? (you can|you may|that'?s fine)/,
      /(?<!not )(?<!n't )(we|the mediator) (will )?(record|records|send you a recording)/,
      /(?<!not )(?<!n't )(if|as long as) (everyone|the mediator|you tell)[^.]{0,30}record/,
    ],
    cite: ['Nobody may record the meeting', 'writes the main points on a flipchart'],
  },
  {
    id: 't23-44',
    type: 'decline',
    q: 'Im a year 3 teacher and my head wants me to take over as SENCO from September. do i have to do the national SENCO qualification and how long have i got to finish it?',
    must: [[PHONE]],
    must_not: [
      /npq/,
      /national professional qualification/,
      /(?<!not )(?<!n't )(three|3) years/,
      /(?<!not )(?<!n't )(yes|yeah),? (you|you'll|you will) (have to|need to|must)/,
      /we only discuss a particular child/,
    ],
  },
  {
    id: 't23-45',
    file: GD,
    q: 'the plan says she gets physio from the NHS in section G but its been cut to once a term. I know I cant take the health bit to tribunal on its own. can I still have mediation about it? and if its only the physio bit, is it still the council who sorts it',
    must: [
      [/integrated care board/, /\bicb\b/],
      [
        /mediation is (still )?open/,
        /mediation can still/,
        /(can|could|yes)[^.]{0,40}mediat/,
        /still (have|use|ask for) mediation/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah|ar),? (it'?s|it is) (still )?the council/,
      /(?<!not )(?<!n't )the council (will|would|still) (arrange|organise|set up|sort)/,
      /(?<!not )(?<!n't )(yes|yeah),? (you can|it can) (appeal|go to the tribunal)/,
      /(?<!not )(?<!n't )(can't|cannot|can not) (have|use|get|ask for) mediation/,
    ],
    cite: [
      'health alone is arranged by the integrated care board',
      'Not appealable, though mediation can still take place',
    ],
  },
  {
    id: 't23-46',
    file: NL,
    q: 'any drop in sessions in january where i can just rock up without an appointment? i work part time so a weekend is best. tara-a-bit',
    must: [
      [/30(th)? jan/, /saturday/, /sat 30/],
      [/nailshop/, /cuppa and questions/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(no|there are no|there aren't any) drop-ins in january/,
      /(?<!not )(?<!n't )(13(th)? jan|wednesday 13|netherwell library)[^.]{0,40}(saturday|weekend)/,
      /(?<!not )(?<!n't )(you )?(must|need to|have to) book/,
    ],
    cite: ['Sat 30 January 2027 10am to 12 noon', 'Children welcome; our quiet room will be open'],
  },
  {
    id: 't23-47',
    file: HG,
    q: 'i have ME / chronic fatigue and honestly 3 hours sat in a room would wipe me out for a week after. is there any way round that? im worried theyll think im just being difficult',
    must: [[/(two|2) shorter/, /split/], [/break/]],
    must_not: [
      /(?<!not )(?<!n't )(has|have|must|needs?) (to )?(be )?(done|held|finished) in (one|a single) (go|session|day|sitting)/,
      /(?<!not )(?<!n't )(need|must|have) to (provide|show|bring|send)[^.]{0,20}(medical|doctor|evidence|proof|note)/,
      /(?<!not )(?<!n't )every (hour|45 minutes|90 minutes)/,
    ],
    cite: [
      'split the meeting into two shorter ones',
      'a ten-minute break at least every fifty minutes',
    ],
  },
  {
    id: 't23-48',
    type: 'decline',
    q: 'ow bist. is there like a discount card for days out for families with disabled kids? our kid says theres one that gets yow cheaper into the zoo and swimming, i day catch what its called',
    must: [[PHONE]],
    must_not: [
      /max card/,
      /(?<!not )(?<!n't )(cea card|carers? (go|goes) free)/,
      /(?<!not )(?<!n't )(we|chainyard) (can|will) (give|send|issue)/,
      /25p a mile/,
    ],
  },
  {
    id: 't23-49',
    file: GD,
    q: 'Im 20 and at college doing level 2. Never had an ehcp but im really struggling and my tutor said to ask for one. the council said no, they wont even assess me. my mum wants to do the appeal for me but shes not very well. can i do it myself? and do i need one of those certificates',
    must: [
      [
        /own name/,
        /(you|yourself) can[^.]{0,30}(appeal|contact|choose)/,
        /(rights|decisions?)[^.]{0,30}(belong to you|are yours)/,
      ],
      [
        /(need|needs|required|will need)[^.]{0,20}certificate/,
        /certificate[^.]{0,20}(needed|required|first)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(your )?(mum|mom|mother|parents?) (has|have|must|needs?|will have) to (appeal|do it|apply|make)/,
      /(?<!not )(?<!n't )(no|don't|do not|doesn't|does not|won't) (need|require)[^.]{0,20}certificate/,
      /(?<!not )(?<!n't )(too old|over 19|over 18)/,
    ],
    cite: [
      'They can contact us, choose mediation and appeal',
      'The council refuses to carry out an EHC needs assessment',
    ],
  },
  {
    id: 't23-50',
    file: NL,
    q: "how long do yow lot keep all my stuff on file after its all done? and can i see what yow've wrote about me, do i have to pay for that",
    must: [
      [/three years/, /3 years/],
      [/free/, /costs nothing/, /no (charge|cost|fee)/],
      [/one month/, /1 month/, /a month/],
    ],
    must_not: [
      /(?<!not )(?<!n't )\b(six|6|seven|7|two|2) years/,
      /£ ?10\b/,
      /(?<!not )(?<!n't )\b(40|30|28) days/,
    ],
    cite: [
      'We keep your case file for three years',
      'it costs nothing and we send it within one month',
    ],
  },
  {
    id: 't23-51',
    file: HG,
    q: 'if we do agree things on the day, will it be wrote down somewhere or do we just shake on it? last time the school promised stuff in a meeting and then denied it. and what about if we do it over the video call',
    must: [
      [/sign/],
      [/printed copy/, /copy[^.]{0,20}(before you leave|go home|take home)/],
      [/email/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(within|in) (two|2|five|5|ten|10) working days/,
      /(?<!not )(?<!n't )(next|following) working day/,
      /(?<!not )(?<!n't )(by|in the) post/,
      /(?<!not )(?<!n't )(just|only) (a )?(verbal|handshake)/,
    ],
    cite: ['everyone signs it before leaving', 'emailed to everyone for signature on the same day'],
  },
  {
    id: 't23-52',
    type: 'decline',
    q: "my son is 6 and still in nappies, he has global delay. we're spending a fortune on pull ups. does the NHS give them out and who do i ask? our health visitor has left",
    must: [[PHONE]],
    must_not: [
      /(bladder and bowel|continence) (service|team|nurse)/,
      /(?<!not )(?<!n't )(4|four) (products|pads|nappies) a day/,
      /(?<!not )(?<!n't )(from|at) (the )?age (of )?(4|5|four|five)/,
      /£ ?5\.35/,
      /health alone is arranged/,
    ],
  },
  {
    id: 't23-53',
    file: GD,
    q: 'council letter refusing to assess is dated today 3rd december. if we do mediation in january and the certificate ends up dated 29th january, when would the tribunal deadline be? i make it 28th feb, or is it 3rd feb from the letter?',
    must: [dateOk('2027-03-01'), [/5 ?pm/, /17[.:]00/, /five o'?clock/]],
    must_not: [
      ...dateAsAnswer('2027-02-28'),
      ...dateAsAnswer('2027-02-03'),
      ...dateAsAnswer('2027-03-02'),
      ...dateAsAnswer('2027-02-26'),
      new RegExp(`${NEG}\\b29(th)? feb`),
      /(?<!not )(?<!n't )30 days (from|after) the certificate/,
      /(?<!not )(?<!n't )(yes|yeah|ar),? (it'?s|that'?s|you'?re right)[^.]{0,15}28/,
    ],
    cite: [
      'Saturday, Sunday or bank holiday moves on to the next',
      'Take whichever of the two is later',
    ],
  },
  {
    id: 't23-54',
    file: NL,
    q: 'the adviser i spoke to last week was really short with me and put the phone down when i got upset. i want to complain. who do i go to and how long do yow take to reply',
    must: [[/nasreen/, /service manager/], [/(three|3) working days/], [/(ten|10) working days/]],
    must_not: [
      /(?<![\d])(2|5|15|20) working days/,
      /\b(two|five|fifteen|twenty) working days/,
      /(?<!not )(?<!n't )(the )?(council|sen team)('s)? complaints/,
    ],
    cite: [
      'Every complaint is acknowledged within three working days',
      'you get a full reply within ten working days',
    ],
  },
  {
    id: 't23-55',
    file: HG,
    q: 'would it be easier to have the mediation at his school? the SENCO said we could use her office and he could pop in at the end. or do you lot never do schools',
    must: [
      [
        /(only )?if (you and the council|both you and the council|you both|the council and you)/,
        /(you and the council|both)[^.]{0,20}(want|agree)/,
      ],
      [/nailshop/, /netherwell library/, /hollyhatch/, /online/, /neutral/, /home ground/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(we )?never (hold|use|do)[^.]{0,20}school/,
      /(?<!not )(?<!n't )(the senco|the school) (can|gets to|will) (decide|choose)/,
      /(?<!not )(?<!n't )(usually|normally|always) (held )?(at|in) (the |his |your )?school/,
    ],
    cite: ['only if you and the council both want it', "not on anyone's home ground"],
  },
  {
    id: 't23-56',
    type: 'decline',
    q: 'foster carer here, two kids with me, one has an ehcp. is there free holiday club stuff over easter with food, i heard about some government scheme? would the ehcp one get extra help to go',
    must: [[PHONE]],
    must_not: [
      /holiday activities and food/,
      /\bhaf\b/,
      /(?<!not )(?<!n't )free school meals/,
      /(?<!not )(?<!n't )(yes|yeah),? (they|you|he|she) (can|will|qualify)/,
      /the care of a child counts as a parent/,
    ],
  },
  {
    id: 't23-57',
    file: GD,
    q: 'asked for mediation on 2nd november. council keeps saying they cant find a date, no officer free till february. thats way over the 30 days. where does that leave me, do i lose out on the certificate?',
    must: [
      [/certificate/],
      [/(three|3) working days/],
      [
        /treated as (having|if you had)/,
        /counts? as (having )?(mediated|taken part|gone)/,
        /as if you had/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(you )?(have|need|must) to wait (until|till|for) (february|the meeting)/,
      /(?<!not )(?<!n't )(lose|lost|forfeit) (the|your) (certificate|right)/,
      /(?<!not )(?<!n't )(30|thirty) working days/,
    ],
    cite: [
      'You are then treated as having taken part in mediation',
      'the council tells us it cannot arrange mediation',
    ],
  },
  {
    id: 't23-58',
    file: NL,
    q: 'Hola, trabajo de 8 a 5 en una fábrica y no me dan días libres. ¿Se puede hacer la reunión de mediación por la tarde o por la noche, después del trabajo? ¿Dónde sería?',
    must: [
      [/monday/, /lunes/],
      [
        /6 ?(pm|p\.m\.)?[^.]{0,15}8[.:]30/,
        /6(\.00)? ?(pm|p\.m\.)?[^\d]{0,25}8[.:]30/,
        /18[.:]00[^.]{0,15}20[.:]30/,
      ],
      [/nailshop/],
    ],
    must_not: [
      /(?<!not )(?<!n't )\b(no|never|don't|do not)\b[^.]{0,20}(evening|night|noche|tarde) (meetings|sessions|reuniones)/,
      /(?<!not )(?<!n't )(tuesday|wednesday|thursday|friday|martes|mi[eé]rcoles|jueves|viernes)s? (evening|night|por la (tarde|noche)|from 6)/,
      /(?<!not )(?<!n't )(online|google meet|zoom|teams)[^.]{0,20}(evening|6 ?pm|por la noche)/,
    ],
    cite: [
      'can also be held on a Monday evening',
      'the building stays open with a member of staff',
    ],
  },
  {
    id: 't23-59',
    file: HG,
    q: 'Result!! council agreed at mediation yesterday to do the EHC needs assessment they refused back in the summer. how long till they have to tell us its happening, and how long till we actually get a plan if they do one?',
    must: [[/(2|two) weeks/], [/(14|fourteen) weeks/]],
    must_not: [
      /(?<!not )(?<!n't )\b(6|six|20|twenty) weeks/,
      /(?<!not )(?<!n't )(from|after) (you|they) (receive|received|get|got) (a |the )?(copy|letter)/,
      /(?<!not )(?<!n't )working weeks/,
    ],
    cite: ['Confirm that the assessment is going ahead', 'or issue the final plan'],
  },
  {
    id: 't23-60',
    type: 'decline',
    q: 'im 18 and i have a learning disability. my support worker says i should get a health check every year at the doctors now. is that true? do i have to ask for it or will they call me',
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )(from|at) (age )?14/,
      /learning disability register/,
      /(?<!not )(?<!n't )(yes|yeah),? (you are|you're|you will|you'll) (entitled|get one)/,
      /(?<!not )(?<!n't )(the )?(gp|doctor) (will|must|has to) (call|invite|contact) you/,
      /decisions are his to make/,
    ],
  },
];

// who asks, in what language, which route, which decline topic; date questions carry the rule,
// its input and the answer, and check.mjs recomputes each one from the rules
export const META = {
  't23-05': {
    asker: 'young person (17), in own name',
    date: {
      fn: 'adviserContactDeadline',
      input: { decisionDate: '2026-12-31' },
      expected: '2027-02-28',
      note: 'R2: 31 Dec 2026 + 2 months: February 2027 has no 31 (no 30 or 29 either), so the last day of February, Sun 28 Feb 2027, not moved to Mon 1 Mar',
    },
  },
  't23-07': {
    asker: 'parent',
    date: {
      fn: 'mediationNoticeBy',
      input: { mediationDate: '2027-01-05' },
      expected: '2026-12-24',
      note: 'R8: 5 working days before Tue 5 Jan 2027 are Mon 4 Jan, Thu 31, Wed 30, Tue 29 Dec and Thu 24 Dec (1 Jan, 28 and 25 Dec are bank holidays): Christmas Eve, in the Christmas window, is a working day',
    },
  },
  't23-13': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-20', certificateDate: '2026-11-26' },
      expected: '2027-01-04',
      note: 'R13: later of Sun 20 Dec 2026 (letter + 2 months) and Sat 26 Dec 2026 (certificate + 1 month, not 30 days) is 26 Dec, in the Christmas window, so the first working day after 1 Jan: Mon 4 Jan 2027',
    },
  },
  't23-15': {
    asker: 'parent',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-23' },
      expected: '2026-12-30',
      note: 'R11: 3 working days after the mediation on Wed 23 Dec 2026 are Thu 24, Tue 29 and Wed 30 Dec (25 and 28 Dec are bank holidays; the Christmas window days count as working days)',
    },
  },
  't23-21': {
    asker: 'parent',
    route:
      'disability discrimination claim: no certificate needed, six months, no Christmas extension',
    date: {
      fn: 'discriminationClaimDeadline',
      input: { actDate: '2026-06-30' },
      expected: '2026-12-30',
      note: 'R14: 6 months from Tue 30 Jun 2026 is Wed 30 Dec 2026, a working day inside the Christmas window, and the Christmas extension does not apply',
    },
  },
  't23-22': {
    asker: 'parent with little English',
    lang: 'Turkish',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-24' },
      expected: '2026-12-31',
      note: 'R4: declining on Thu 24 Dec 2026; 3 working days after it are Tue 29, Wed 30 and Thu 31 Dec 2026 (25 and 28 Dec are bank holidays), inside the Christmas window',
    },
  },
  't23-25': {
    asker: 'parent (dialect)',
    date: {
      fn: 'mediationArrangeBy',
      input: { from: '2026-12-03' },
      expected: '2027-01-02',
      note: 'R7: 30 calendar days from the council being told on Thu 3 Dec 2026 is Sat 2 Jan 2027, not moved (30 working days would be Tue 19 Jan)',
    },
  },
  't23-31': {
    asker: 'parent',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-11-26', weeks: 5 },
      expected: '2026-12-31',
      note: 'R15: agreement to amend sections B and F on Thu 26 Nov 2026; 5 calendar weeks, Christmas counted: Thu 31 Dec 2026',
    },
  },
  't23-39': {
    asker: 'parent (follow-on)',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-01', weeks: 2 },
      expected: '2026-12-15',
      note: 'R16: a social-care-only point (section H) is not appealable, so 2 weeks from Tue 1 Dec 2026: Tue 15 Dec 2026 (not the 5 weeks for B/F)',
    },
  },
  't23-41': {
    asker: 'parent',
    route: 'section I only: no certificate needed',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2027-06-04' },
      expected: '2027-09-01',
      note: 'R13 without a certificate: 4 Jun 2027 + 2 months is Wed 4 Aug 2027, in August, so the first working day after Tue 31 Aug: Wed 1 Sep 2027',
    },
  },
  't23-53': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-12-03', certificateDate: '2027-01-29' },
      expected: '2027-03-01',
      note: 'R13: later of 3 Feb 2027 and 29 Jan + 1 month (no 29 Feb in 2027, so the last day of February, Sun 28 Feb) is Sun 28 Feb, not a working day, so Mon 1 Mar 2027',
    },
  },
  't23-01': { asker: 'parent (Black Country dialect)' },
  't23-02': { asker: 'parent (warehouse shift worker, dialect)' },
  't23-03': { asker: 'parent (dialect)' },
  't23-06': { asker: 'parent (follow-on)' },
  't23-09': {
    asker: 'parent',
    route:
      'primary school, SEN support, no plan: disagreement resolution (voluntary), not mediation',
  },
  't23-10': { asker: 'parent (dialect)' },
  't23-11': { asker: 'parent with a disability (autistic)' },
  't23-14': { asker: 'parent (dialect)' },
  't23-17': {
    asker: 'dad',
    route: 'sections B and F: certificate needed before appealing',
  },
  't23-18': { asker: 'foster carer' },
  't23-19': { asker: 'parent (child a wheelchair user)' },
  't23-23': { asker: 'parent' },
  't23-26': { asker: 'parent of a young person (17)' },
  't23-27': { asker: 'parent with little English', lang: 'Persian' },
  't23-29': {
    asker: 'parent',
    route:
      'adviser window missed: no certificate; ask the Tribunal for permission to appeal without one',
  },
  't23-30': { asker: 'SENCO' },
  't23-33': { asker: 'parent (anxious)' },
  't23-34': { asker: 'parent with little English (writing English)' },
  't23-35': { asker: 'parent (no car, no smartphone)' },
  't23-37': { asker: 'parent with little English', lang: 'Gujarati' },
  't23-38': { asker: 'dad (self-employed)' },
  't23-42': { asker: 'parent (follow-on, dialect)' },
  't23-43': { asker: 'parent with a disability (ADHD)' },
  't23-45': {
    asker: 'parent (follow-on)',
    route: 'health only (section G): not appealable alone; mediation arranged by the ICB',
  },
  't23-46': { asker: 'parent (dialect)' },
  't23-47': { asker: 'parent with a disability (ME / chronic fatigue)' },
  't23-49': {
    asker: 'young person (20), in own name',
    route: 'refusal to assess: the young person appeals in their own name, certificate needed',
  },
  't23-50': { asker: 'parent (dialect)' },
  't23-51': { asker: 'parent' },
  't23-54': { asker: 'parent' },
  't23-55': { asker: 'parent' },
  't23-57': {
    asker: 'parent',
    route: 'council cannot arrange mediation in 30 days: certificate, treated as having mediated',
  },
  't23-58': { asker: 'parent (factory worker)', lang: 'Spanish' },
  't23-59': { asker: 'parent' },
  // declines: what each asks about (check.mjs makes sure no topic repeats the template's list)
  't23-04': { asker: 'parent', topic: 'Disability Living Allowance for a child' },
  't23-08': { asker: 'parent (dialect)', topic: 'restraint at school' },
  't23-12': { asker: 'dad', topic: 'council tax reduction for a disabled child' },
  't23-16': { asker: 'parent (dialect)', topic: 'NHS wheelchair services' },
  't23-20': { asker: 'parent', topic: 'child in need assessment by social care' },
  't23-24': { asker: 'young person (19), in own name', topic: 'supported internships' },
  't23-28': { asker: 'parent', topic: 'CAMHS waiting times' },
  't23-32': { asker: 'parent', topic: 'charity grants for equipment' },
  't23-36': { asker: 'parent', topic: 'assistance dogs' },
  't23-40': { asker: 'parent', topic: 'parenting courses after an autism diagnosis' },
  't23-44': { asker: 'teacher', topic: 'the SENCO qualification' },
  't23-48': { asker: 'parent (dialect)', topic: 'leisure discount cards' },
  't23-52': { asker: 'parent', topic: 'continence products from the NHS' },
  't23-56': { asker: 'foster carer', topic: 'holiday clubs with free food' },
  't23-60': {
    asker: 'young person (18), in own name',
    topic: 'annual health checks for a learning disability',
  },
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
