// The 60 questions as JS literals; writes ../questions.jsonl.  node check/build-questions.mjs
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const HERE = dirname(fileURLToPath(import.meta.url));

// ------------------------------------------------------------ helpers
const src = (r) =>
  (r instanceof RegExp ? r.source : r).replace(/(?<!\[)'(?!\u2019\])/g, "['\u2019]");
// not preceded (within the sentence) by a negation or a hedge
const NEG =
  "(?<!(?:\\bnot\\b|n't|\\bnever\\b|\\bno\\b|\\bnor\\b|\\bwhether\\b|\\bif\\b|\\bcannot\\b|\\bwithout\\b)[^.?!;:]{0,40})";
const neg = (r) => NEG + src(r);
const MON = [
  'jan(uary)?',
  'feb(ruary)?',
  'mar(ch)?',
  'apr(il)?',
  'may',
  'june?',
  'july?',
  'aug(ust)?',
  'sep(t(ember)?)?',
  'oct(ober)?',
  'nov(ember)?',
  'dec(ember)?',
];
const parts = (iso) => {
  const [y, m, d] = iso.split('-').map(Number);
  return { y, m, d, M: MON[m - 1] };
};
// a right date in any usual format
export const dateOk = (iso, ...extra) => {
  const { y, m, d, M } = parts(iso);
  return [
    `\\b0?${d}(st|nd|rd|th)?( of)? ${M}\\b`,
    `\\b${M}\\.? 0?${d}(st|nd|rd|th)?\\b`,
    `\\b0?${d}[/.]0?${m}[/.](20)?${String(y).slice(2)}\\b`,
    iso,
    ...extra,
  ];
};
const DNEG =
  "(?<!(?:\\bnot\\b|n't|\\bnever\\b|\\binstead of\\b|\\brather than\\b|\\bno longer\\b|\\bnor\\b)[^.]{0,40})";
const KEY =
  "(deadline|last day|latest|due|by|until|till|before)( date)?( is| was| would be| will be|'s|:)?( on| by)?( the)?( \\w+day,?)?";
const THROUGH =
  '(?![^.]{0,60}\\b(but|however|which|so it|so the|so your|moves?|moved|becomes|rolls?|rolled|pushed|falls? (in|on|within|between|inside)|lands? (in|on)|is a (saturday|sunday|bank holiday))\\b)';
// a wrong date given as the answer
export const dateAsAnswer = (iso) => {
  const { d, M } = parts(iso);
  return [
    `${DNEG}${KEY} 0?${d}(st|nd|rd|th)?( of)? ${M}\\b`,
    `${DNEG}${KEY} ${M}\\.? 0?${d}(st|nd|rd|th)?\\b`,
  ];
};
// a date a right answer passes through, wrong only as the final answer
export const dateAsFinal = (iso) => dateAsAnswer(iso).map((r) => r + THROUGH);
const PHONE = '1632\\)?[\\s.-]?960[\\s.-]?583';
const NOCERT = [
  'no (mediation )?certificate',
  "(don'?t|do not|doesn'?t|does not|won'?t|will not) need (a |any |the )?(mediation )?certificate",
  "certificate (is not|isn'?t) (needed|required)",
  'without (a )?(mediation )?certificate',
  'not (need|needed|required)',
  'straight (to|away)',
];

const P1 = 'contact-and-how-we-work-wordpress.html';
const P2 = 'routes-certificates-time-limits-word.htm';
const P3 = 'your-mediation-meeting-leaflet-pdftotext.txt';

const A = (id, file, q, must, must_not, cite) => ({
  id,
  q,
  type: 'answer',
  file,
  must: must.map((g) => g.map(src)),
  must_not: must_not.map(src),
  cite,
});
const X = (id, q, must_not) => ({
  id,
  q,
  type: 'decline',
  answerable: false,
  must: [[PHONE]],
  must_not: must_not.map(src),
  cite: [],
});

export const QUESTIONS = [
  A(
    't30-01',
    P1,
    "wasson. i crew on a crabber out of porthkellis, we're gone by 4 in the morning and im not back on the quay till 6ish most nights. by then yous have shut up shop. any way of getting one of yous to ring me when im actually ashore and not gutting fish",
    [
      ['pick.a.time', '\\btide\\b'],
      ['07700\\s?900\\s?719', '8[.:]30 ?pm', '20[.:]30', 'half.?past eight', 'half.?hour'],
    ],
    [
      neg(
        '(we|phones?|lines?) (are )?(open|staffed|answered) (on )?(saturdays?|sundays?|weekends?|(at )?the weekend)',
      ),
      neg('24 ?hours'),
      neg('(ring|call)s? (you )?back (with)?in (an|one|1|two|2|four|4) hours?'),
      'safe ?word',
      'ring me slot',
      neg('(till|until|to) (9|10|11) ?pm,? monday to friday'),
    ],
    ['any half-hour between 7.30am and 8.30pm', 'Book a Pick-a-Time call'],
  ),
  A(
    't30-02',
    P2,
    "my other half reckons whoever signs off these mediation certificates is bound to be on penwarne council's books so theyll just side with the council. is he right? who actually pays you lot",
    [
      [
        'not employed',
        'independent',
        "(aren'?t|are not|isn'?t|is not|not) (council|their|nhs) (staff|employees|workers)",
        'no say',
      ],
      [
        'contract',
        'paid (for )?by',
        '(councils?|icb|integrated care board)[^.]{0,60}(pay|fund)',
        'fund(ed|s)? by',
      ],
    ],
    [
      neg("(yes|yeah|aye),? (he'?s|your (partner|other half|husband) is|that'?s) right"),
      neg(
        '(our advisers|the advisers?|they|we) (are|is) (employed|on the books|on the payroll|paid a salary) (by|of) (penwarne|the council)',
      ),
      neg('(families|you) (have to |must |will )?pay (us|a fee|for)'),
      'registered charity',
    ],
    [
      'is employed by an English local authority',
      'lets them steer what happens',
      'can tell us what to say',
    ],
  ),
  A(
    't30-03',
    P3,
    "dad here. mediation's been booked for friday 8th january. council rang the wife last week to tell her but we've had nothing on paper. whats the latest they can get the proper notice to us? brother in law reckons its 5 days before so the 3rd, and the new years bank holiday doesnt come into it",
    [dateOk('2026-12-31'), ['working days?']],
    [
      ...dateAsAnswer('2027-01-03'),
      ...dateAsAnswer('2027-01-01'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-02'),
      ...dateAsAnswer('2026-12-30'),
      ...dateAsAnswer('2026-12-24'),
      neg('(a |the )?phone call (counts|is enough|will do)'),
      neg("(yes|yeah),? (he'?s|your brother.in.law is|your brother.in.law'?s|that'?s) right"),
      neg("\\b(5|five) (calendar )?days'? notice"),
    ],
    ['at least five working days before the meeting', 'does not count as notice'],
  ),
  X(
    't30-04',
    "my boy's got a place at the special school in st wenna from september, its 14 miles from us and theres no bus that goes near. will the council give him a taxi or have i got to drive him there and back every day, and can they charge us for it",
    [
      'statutory walking distance',
      neg('(the )?council (must|will|has to|should|would) (provide|give|pay|arrange|fund)'),
      '\\b(2|3|two|three) miles\\b',
      '25 ?p (a|per) mile',
      'personal (travel|transport) budget',
      neg("(he'?s|he is|he'?d be|he would be|you'?re|you are) (eligible|entitled)"),
    ],
  ),
  A(
    't30-05',
    P1,
    "I have quite bad anxiety and last year I got scammed out of £300 by someone pretending to be from my bank. If somebody rings me saying they're from Tidewell how do I actually know it's you and not another scammer?",
    [
      ['07700\\s?900\\s?719', 'text (you )?(first|beforehand|before)', 'send (you )?a text'],
      ['01632\\s?960\\s?583', 'bank details', 'never (ask|want)'],
    ],
    [
      neg(
        '(we|i|they|the adviser) (will|may|might|would|could) ask (you )?for (your )?(bank|card|pin|password|national insurance)',
      ),
      neg(
        '(we|our calls?) (ring|call|come|show|appear)[^.]{0,20}(from )?(a )?(withheld|private|hidden|unknown) number',
      ),
      'safe ?word',
      'date of birth',
      neg('(your |the )?postcode'),
    ],
    ['we send a text from 07700 900719 beforehand', 'never from a withheld or private number'],
  ),
  A(
    't30-06',
    P2,
    "The council's letter saying no to assessing my daughter is dated Monday 5th October but the post round here is shocking and it didn't come till the 12th. I've only just found out about contacting the mediation adviser. My friend reckons the 2 months only start once it lands on your mat, so I've got till 12th December. Is she right? And if it ends on a weekend do I get till the Monday?",
    [
      dateOk('2026-12-05'),
      [
        "(not|n't|never) (be )?(moved|move|extended|pushed|roll)",
        'stays',
        'earlier working day',
        'friday',
        'today',
        'right away',
        'straight away',
        'immediately',
        'as soon as',
      ],
    ],
    [
      ...dateAsAnswer('2026-12-12'),
      ...dateAsAnswer('2026-12-07'),
      neg("(yes|yeah),? (she'?s|your friend is|your friend'?s|that'?s) right"),
      neg(
        '(runs|counts|starts) from (when|the day) (you|it) (got|get|received|receive|arrived|came)',
      ),
      neg('(you )?(do )?get (till|until) (the )?monday'),
    ],
    ['the letter came through your door', 'The last day is not moved'],
  ),
  A(
    't30-07',
    P3,
    'I wear two hearing aids and in big echoey rooms I miss half of what people say. which of your places would be best for me for the mediation',
    [
      ['st\\.? wenna', 'village hall'],
      ['hearing loop', '\\bloop\\b'],
    ],
    [
      neg('(net loft|polkerris|carrow)[^.]{0,40}(hearing )?loop'),
      neg("(we'?ll|we will|we can|it can be) (hold|have|held) (it )?(at|in) (the )?council"),
      'changing places',
      'dimmable',
    ],
    ['A hearing loop in every room'],
  ),
  X(
    't30-08',
    "which secondary round porthkellis or st wenna is best for dyslexic kids? my daughter is year 6 and we've got to put our choices in by january and i want one that actually gets it, not just says it does",
    [
      'the best (school|secondary|one|choice) (for|is|would be)',
      'ofsted (rated|rating|outstanding|good)',
      '(school|academy|college) (is|has) (a )?(great|good|excellent|strong) (reputation|record|sen)',
      '(dyslexia|sen) (unit|base) at',
      'walk and talk',
    ],
  ),
  A(
    't30-09',
    P1,
    "hiya my 'ansum, only day i'm off from the hotel kitchen all month is christmas eve, can i ring yous then? and if not when are you properly back after christmas",
    [
      ['closed', 'shut', 'not open', 'no (phone|calls|one)'],
      ['\\b0?4(th)? jan', 'jan(uary)? 0?4(th)?\\b', '\\b0?4/0?1\\b'],
    ],
    [
      neg(
        "(we'?re|we are|we will be|we'?ll be|you can ring us|ring us) (open )?(on )?(christmas eve|thursday 24|24(th)? dec)",
      ),
      neg(
        "(we'?re|we are|we will be|we'?ll be|phones are|phones will be|office is|office will be) (properly )?(back|open|re-?open)[^.]{0,25}\\b0?(2|5|6)(nd|th)? jan",
      ),
      neg('re-?opens? (on )?(\\w+day,? )?(the )?0?(2|5|6)(nd|th)? jan'),
      neg('open (as )?(normal|usual) (between|over) christmas'),
    ],
    ['Closed (texts read 9am to 11am)', 'Usual hours again'],
  ),
  A(
    't30-10',
    P2,
    "my 3 year old's nursery keep saying they can't do what the speech therapist recommended cos they haven't got the staff. he hasn't got an ehcp, we're nowhere near that yet. can we do mediation with them and do they have to turn up?",
    [
      ['disagreement resolution'],
      [
        'agree',
        'voluntary',
        "(don'?t|do not|doesn'?t|does not) have to",
        "(can'?t|cannot) be (made|forced)",
        'only (goes ahead|happens|works) if',
      ],
    ],
    [
      neg('(the )?nursery (has|have|must|will have|would have) to (attend|come|turn up|take part)'),
      neg("(you'?ll|you will|you would|you'?d) (get|receive|be given) a (mediation )?certificate"),
      neg(
        '(you )?(need|must have|have to have|will need) (an )?(ehc ?p|ehc plan|plan) (first|before|to)',
      ),
      neg('(go|straight) to (the )?tribunal'),
    ],
    ['does not need to have an EHC plan', 'only goes ahead if everybody involved agrees'],
  ),
  A(
    't30-11',
    P1,
    "and what happens if yous ring and i miss it? my phone lives at the bottom of my bag and there's no signal half the time out our way. i'd ring back dreckly but still. do you just give up on me",
    [
      ['twice', 'two (calls|tries|attempts|times)', '2 (calls|tries|attempts|times)'],
      ['45 days', 'forty.five days'],
    ],
    [
      neg('(three|3) (tries|times|attempts|calls)'),
      neg('(close|closed|give up)( on)?( it| you)? (straight away|immediately|after one)'),
      neg('\\b(90|ninety|60|sixty|30|thirty) days'),
      neg('\\b(six|6|twelve|12) (months|weeks)'),
    ],
    ['stays open for 45 days', 'We try twice by phone'],
  ),
  X(
    't30-12',
    "my 6 year old has adhd and autism and the GP said we should be claiming DLA for him. how much is it a week and will he get the higher rate for care? the form is some long, i've been putting it off for months",
    [
      '£ ?\\d+',
      neg(
        '(he|you) (will|should|would|ought to) (get|qualify for|be entitled to) (the )?(higher|middle|lower|lowest|dla|it\\b)',
      ),
      '(higher|middle|lowest|lower) rate (is|of|pays|for care)',
      '(care|mobility) component (is|pays)',
      'lost earnings',
    ],
  ),
  A(
    't30-13',
    P2,
    'Decision letter dated 30 September (they refused to reassess him). We did mediation and the certificate is dated Friday 27 November. So is my appeal deadline 30 November which has been and gone?? Or 27 December which is a Sunday slap bang in christmas? confused',
    [dateOk('2027-01-04')],
    [
      ...dateAsAnswer('2026-11-30'),
      ...dateAsFinal('2026-12-27'),
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2027-01-02'),
      ...dateAsAnswer('2027-01-05'),
      neg("(you'?ve|you have) (already )?missed"),
      neg('too late'),
      neg('30 days (from|after)'),
    ],
    ['between 25 December and 1 January', 'first working day after 1 January'],
  ),
  A(
    't30-14',
    P3,
    "both of us work 9 to 5 and we can't keep taking days off, my boss is some teasy about it already after all the school meetings. do you do the mediation meetings out of hours at all? evenings or weekends?",
    [['4 ?pm', '16[.:]00', 'twilight'], ['saturday']],
    [
      neg('sundays? (meetings?|slots?|mornings?)'),
      neg('(monday|tuesday|thursday|friday) (evening|twilight|night)s?'),
      neg('every saturday'),
      neg('(first|last|third) saturday'),
      neg('(5[.:]30|6) ?pm (to|till|until|-) ?(7[.:]30|8|8[.:]30) ?pm'),
    ],
    ['a twilight meeting at the Net Loft', 'On the second Saturday of each month'],
  ),
  A(
    't30-15',
    P1,
    'Bună ziua. Lucrez la o fermă de flori lângă Porthkellis și engleza mea nu este foarte bună. Puteți să-mi aduceți un interpret la întâlnirea de mediere? Trebuie să plătesc pentru el? Cu câte zile înainte trebuie să vă anunț?',
    [
      [
        'free',
        'no (cost|charge)',
        "(don'?t|do not|won'?t|will not) (have to )?pay",
        'gratuit',
        'nu (trebuie să )?plăti',
        'nu costă',
        'fără (niciun )?cost',
      ],
      ['eight', '\\b8\\b', '\\bopt\\b'],
    ],
    [
      neg('(you )?(have to|must|need to|will) pay'),
      '(?<!nu )trebuie să plătiți',
      neg('(bring|aduceți) (a |your |un |o )?(family|relative|friend|child|copil|rudă|prieten)'),
      neg('\\b(ten|10|zece|five|5|cinci) (working )?(days|zile)'),
    ],
    ["please give us eight working days' notice", 'An interpreter costs you nothing'],
  ),
  X(
    't30-16',
    "if we appeal about the council refusing to name the residential school, what are our chances realistically? do most parents win? i don't want to put him through all that for nothing",
    [
      '\\d+ ?(%|per ?cent)',
      neg(
        "(you'?ll|you will|you'?re likely to|you are likely to|you should) (probably |likely |definitely )?(win|lose|succeed)",
      ),
      'most (appeals|parents|families) (win|succeed|are successful)',
      neg('(strong|good|weak|decent) (case|chance)'),
    ],
  ),
  A(
    't30-17',
    P2,
    'plan finally came and it names the school we DIDNT ask for, plus section F has cut his OT down to once a term. can i go straight to tribunal over the school bit and get a certificate just for the OT bit? or is it two separate certificates',
    [
      [
        'one certificate',
        'single certificate',
        'one mediation certificate',
        'just one',
        'only (ever )?(need|needs) one',
        'one (will )?covers?',
        'covers (every|the whole|all)',
      ],
      [
        '(need|needs|must get|have to get|will need) (a |one |the )?(mediation )?certificate',
        'certificate (is |will be )?(still )?(needed|required)',
        "(can'?t|cannot|can not) go straight",
      ],
    ],
    [
      neg('(need|get|want) (two|2|separate) certificates'),
      neg('(yes|yeah),? you can go straight'),
      neg('go straight to (the )?tribunal (over|about|for) the school (bit|part)'),
      neg(
        "(don'?t|do not|won'?t) need (a |any )?(mediation )?certificate (at all|for (the|this) appeal)",
      ),
    ],
    ['a single certificate is enough', 'more than one certificate for one appeal'],
  ),
  A(
    't30-18',
    P3,
    "I get panic attacks and when one starts I literally cannot speak. I'm terrified of it happening in front of the council people. what can I do if it kicks off halfway through",
    [['anchor'], ['break']],
    [
      'pause pebble',
      'traffic light',
      'lollipop',
      neg('(you )?(have to|must|will need to|need to) (say|tell|explain|speak)'),
      neg('every (hour|45 minutes|30 minutes)'),
    ],
    ['card with an anchor printed on it', 'You do not have to explain why'],
  ),
  A(
    't30-19',
    P1,
    "me and my husband have had our granddaughter since she were a baby, her mum went off years back. the maid's 11 now. we never went to court over it, no special guardianship, nothing. will you talk to us about her plan or does it have to be her mum",
    [
      ['yes', 'can', 'will'],
      ['court order', 'paperwork', 'lives with'],
    ],
    [
      neg(
        '(you )?(need|must have|have to have|will need|would need) (a |an )?(court order|special guardianship|parental responsibility|residence order|child arrangements order)',
      ),
      neg('only (birth )?parents'),
      neg('(her|the) (mum|mother) (has|will have|must|needs|would have) to'),
    ],
    ["We won't ask to see a court order", 'we only ask who the child lives with'],
  ),
  X(
    't30-20',
    "my son's autistic and the only time he's proper calm is in the sea. is there surf lessons for autistic kids round here, who runs them and what do they cost",
    [
      '£ ?\\d+',
      'the wave project',
      'surf (therapy|school|club|lessons?) (in|at|on|runs?|is run)',
      neg("there (is|are|'s) (a |an |some )?(surf|adaptive)"),
      'walk and talk',
    ],
  ),
  A(
    't30-21',
    P2,
    "school excluded my son for a week on 23 june for stuff that's down to his tourettes. i want to claim disability discrimination. do i have to go through the mediation adviser first? and whats the last day, my sister says it gets extended past christmas like the send appeals",
    [dateOk('2026-12-23'), NOCERT],
    [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2027-01-02'),
      ...dateAsAnswer('2026-08-23'),
      ...dateAsAnswer('2026-12-24'),
      neg(
        '(you )?(will |would )?(need|must get|have to get) (a |the )?(mediation )?certificate (first|before (you )?(can )?(claim|making|bringing|you claim))',
      ),
      neg('(yes|yeah),? you (do |will )?need (a|one|the)'),
      neg("(yes|yeah),? (she'?s|your sister is|your sister'?s|that'?s) right"),
      neg('(it )?(gets?|is|will be) extended'),
      neg('(claim|deadline|it)[^.]{0,30}within (two|2) months'),
    ],
    ['within six months of the thing', 'does not apply to discrimination claims'],
  ),
  A(
    't30-22',
    P1,
    "I'm a foster carer, long term placement, the lad has an EHCP and the council are making a right mess of his annual review. am I even allowed to contact you myself or does it all have to go through his social worker?",
    [
      ['yes', 'can', 'allowed', 'welcome'],
      [
        "(don'?t|do not|no) need (their|his|the social worker'?s|anyone'?s) permission",
        'without (their|his) permission',
        '(let|tell) (your|the|his) (supervising )?social worker',
      ],
    ],
    [
      neg('(has|have|must) to go through (his|the) social worker'),
      neg(
        "(you )?(need|must get|have to get|will need) (the |their |his )?(social worker'?s |council'?s )?(permission|consent|approval)",
      ),
      neg('only (the|his) social worker can'),
    ],
    ['let your supervising social worker know', "You don't need their permission first"],
  ),
  A(
    't30-23',
    P3,
    'can i bring a solicitor with me to the mediation? my ex is paying for one. or does the council have to say yes to it first',
    [
      ['yes', 'can'],
      ['solicitor', 'lawyer'],
      [
        "(don'?t|do not|doesn'?t|does not|no|won'?t|will not) need [^.]{0,40}(permission|consent|agreement|say.?so|approval)",
        'without [^.]{0,30}(permission|consent|agreement|asking)',
        'no permission',
        "(doesn'?t|does not|don'?t|do not) have to (say yes|agree|approve)",
      ],
    ],
    [
      neg(
        "(you )?(need|must get|have to get|will need) (the )?(council'?s|everyone'?s|mediator'?s|their) (permission|consent|agreement)",
      ),
      neg('(solicitors?|lawyers?) (are|is) not (allowed|permitted)'),
      neg('council (has|have|must|will have) to (say yes|agree|approve)'),
    ],
    ["need anyone's permission to bring them", 'or a solicitor'],
  ),
  X(
    't30-24',
    "we're moving from penwarne up to bristol in february for my husband's job. my son's ehcp names a special school down here. does the new council have to accept his plan and keep the same support, and how long do they get to sort a new school out",
    [
      neg(
        '(the )?(new )?council (must|has to|will have to|is required to|should) (accept|keep|adopt|maintain|take over|honour)',
      ),
      '\\b(6|six) weeks\\b',
      '15 working days',
      'transfer (of )?(the )?plan (within|takes)',
      'carrow community hall',
    ],
  ),
  A(
    't30-25',
    P2,
    "Letter came with the final amended plan, dated Thursday 19 November. Honestly everything in it is fine apart from the school they've named, we want the one in St Wenna. Do we still need to do the mediation certificate thing and when do we have to appeal by",
    [dateOk('2027-01-19'), NOCERT],
    [
      ...dateAsAnswer('2027-01-18'),
      ...dateAsAnswer('2027-01-20'),
      ...dateAsAnswer('2026-12-19'),
      ...dateAsAnswer('2027-02-19'),
      ...dateAsAnswer('2027-01-04'),
      neg(
        '(you )?(still )?(need|must get|have to get|will need) (a |the )?(mediation )?certificate (first|for this|for (the|your) (school|appeal)|before (you )?(can )?appeal(ing)? (about|over|on) the school)',
      ),
      neg('(yes|yeah),? you (do |still )?need'),
      neg(
        'certificate is (still )?(needed|required) (for this|for (your|the) (school|appeal)|first|here)',
      ),
      neg('30 days (from|after)'),
    ],
    ['you can appeal straight away', 'in an appeal only about the school named'],
  ),
  A(
    't30-26',
    P1,
    'im 18 and i get some flustered on the phone and forget what i wanted to say. can my mum do all the talking to you for me? do i have to sign something every time',
    [
      ['once', 'one time'],
      ['six months', '6 months'],
    ],
    [
      neg('every (time|call)'),
      neg('(twelve|12) months'),
      neg('(until|till) (the )?case closes'),
      neg('(court order|solicitor|power of attorney)'),
      neg("(you|she|your mum) (can'?t|cannot) (speak|talk)"),
    ],
    ['Your say-so lasts for six months', 'Tell us once'],
  ),
  A(
    't30-27',
    P1,
    'سلام. زه غواړم پوه شم چې تاسو زما د زوی معلومات او یادښتونه څومره موده ساتئ؟ ایا زه کولی شم د هغو ټولو معلوماتو کاپي ترلاسه کړم چې تاسو یې لرئ؟ ایا پیسې ورکول پکار دي، او څومره وخت نیسي؟',
    [
      ['18 months', 'eighteen months', '18 میاشت', '۱۸ میاشت', 'اتلس میاشت'],
      ['free', 'no charge', 'وړیا', 'بې له پیسو', 'بې پیسو', 'پیسې نه لګي'],
    ],
    [
      neg('\\b(two|three|seven|2|3|7) years'),
      neg('£ ?\\d+'),
      neg('(you )?(have to|must|will need to|need to) pay'),
      neg('\\b(40|forty|30|thirty) days'),
    ],
    ['your case for 18 months', 'the copy reaches you within one calendar month'],
  ),
  X(
    't30-28',
    'thinking of taking my daughter out of school to home educate, the place is breaking her. if i do, does the council still have to pay for her speech and language therapy in the ehcp or do we lose the plan altogether',
    [
      neg(
        '(the )?council (must|has to|will have to|still has to|is required to|would have to|will still) (pay|fund|provide|arrange)',
      ),
      neg('(you|she) (will |would )?(lose|loses) (the|her) (plan|ehcp)'),
      'section 19',
      'elective home education (means|is)',
      'lighthouse sheet',
    ],
  ),
  A(
    't30-29',
    P2,
    "I had a breakdown over the summer and everything just piled up. The letter where the council said no to assessing my son was dated back in June and I've only just opened it properly. Is it too late to do anything now? Have I lost the right to appeal completely?",
    [['permission'], ['tribunal']],
    [
      neg(
        '(we|the adviser|an adviser|they|you) (can|could|will) still (issue|give|send|get) (you )?(a |the )?certificate',
      ),
      neg('(you )?(have )?lost (any|your|the) (chance|right)'),
      neg('too late to (appeal|do anything)'),
      neg('nothing (you can|can be) do(ne)?'),
    ],
    ['bring your appeal with no certificate', 'no longer allowed to issue a certificate'],
  ),
  A(
    't30-30',
    P1,
    "SENCO at a primary in Penwarne. got a family who are really struggling with the LA over a pupil's plan and mum has asked me to ring you and refer them in. can I do that, or talk the case through with you? and do you do anything for schools",
    [
      [
        "(don'?t|do not|can'?t|cannot) (take|accept) referrals",
        'no referrals',
        '(family|parents?|mum|they) (needs?|has|have) to (contact|get in touch|ring|call)',
        'themselves',
      ],
      ['monday', 'pass it on', '12[.:]30'],
    ],
    [
      neg("(yes|sure),? (you can|we can|we'?ll|we will) (take|accept) (the|a|your) referral"),
      neg(
        '(we|you) can (discuss|talk (through|about)) (the|a|any|this) (named )?(pupil|child|case)',
      ),
      neg('(termly|training day|inset)'),
    ],
    ["We don't take referrals from professionals", 'Monday afternoons between 12.30pm and 2pm'],
  ),
  A(
    't30-31',
    P3,
    'my son is 9, hardly any words, uses a few signs and loves drawing. will he have to come and sit in the meeting to say what he wants? how else do you find out what he thinks',
    [
      ['lighthouse', 'draw'],
      [
        "(doesn'?t|does not|never|won'?t|will not) (have|need) to",
        'not (have|need) to (come|attend|take part)',
        'never has to',
      ],
    ],
    [
      neg('(he )?(has|must|will have|needs|would have) to (come|attend|be there|sit in)'),
      'message in a bottle',
      'three wishes',
      'over to me',
      'postcard',
      neg('(he )?(must|has to|needs to) (speak|talk)'),
    ],
    ['filling in a Lighthouse sheet', 'Your child never has to take part'],
  ),
  X(
    't30-32',
    "council's EP report is 2 pages of nothing, copied and pasted from someone else's kid by the look of it. how much does a private educational psychologist cost round here and can you recommend a good one in cornwall",
    [
      '£ ?\\d+',
      "(i|we) (can |would |'d )?recommend (dr|a |the )",
      'hcpc',
      '(typically|usually|normally|generally) costs?',
      'between £',
      'lighthouse',
    ],
  ),
  A(
    't30-33',
    P2,
    "We've asked for mediation over section F (speech therapy cut) and section G (his physio from the NHS side). I emailed the council on Friday 27 November to say so. Who's meant to set it up, the council or the NHS? And what's the last possible date for the meeting? Someone in a facebook group said 30 working days so mid January",
    [
      [
        '(the )?council (arranges|sets it up|organises|organizes|must arrange|has to arrange|will arrange|is responsible|should arrange)',
        'council[^.]{0,40}(arrange|set it up|organis|organiz)',
      ],
      dateOk('2026-12-27'),
    ],
    [
      ...dateAsAnswer('2027-01-13'),
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2026-12-24'),
      neg("(within|has|have|got|is|it'?s|takes?|allows?) 30 working days"),
      neg(
        '(icb|nhs|integrated care board) (arranges|sets up|organises|will arrange|must arrange|is responsible for) (it|this|yours|your mediation)\\b',
      ),
      neg(
        "(it'?s|it is|that'?s) (the )?(icb|nhs|integrated care board)( that| who)? (arranges|sets|organises)",
      ),
    ],
    ['the ICB takes part', 'These are 30 calendar days, not working days'],
  ),
  A(
    't30-34',
    P1,
    "I'm Deaf and BSL is my first language. my written English is ok for short things but not for a big meeting. can I have a BSL interpreter at the mediation and how far ahead do I need to ask? also can I contact you without phoning",
    [
      ['four weeks', '4 weeks'],
      ['video relay', 'relay', 'email', 'text', '07700\\s?900\\s?719', 'evening chat'],
    ],
    [
      neg('(bsl|sign language)[^.]{0,40}\\b(eight|8|one|1|ten|10) working days?'),
      neg('(you )?(have to|must|will need to|need to) pay'),
      neg(
        '(bring|ask) (a |your )?(family member|relative|friend|child|son|daughter) to (interpret|sign)',
      ),
    ],
    ["needs four weeks' notice", 'BSL video relay link'],
  ),
  A(
    't30-35',
    P1,
    "is there somewhere i can just rock up for a natter without booking an appointment? i'd have the baby in the pram and probably the dog too lol. when's the next one",
    [
      ['\\b30(th)? jan', 'jan(uary)? 30', '\\b30/0?1\\b'],
      ['lifeboat', 'quay street', 'harbour'],
    ],
    [
      neg('\\b26(th)? dec'),
      neg('(you )?(need|have|must) to book'),
      'dogs? (are )?not (allowed|welcome)',
      neg('(first|second|third) saturday'),
      neg('library'),
    ],
    ['on Saturday 30 January 2027', 'the old lifeboat house on Quay Street'],
  ),
  X(
    't30-36',
    'school think my daughter has adhd but the waiting list for an assessment down here is years. someone said i can use right to choose and go private through the nhs, how does that work and how long is the wait',
    [
      neg('right to choose (means|lets|allows|gives|is)'),
      '(wait|waiting list|waiting time)s? (is|are|of|can be) (about |around |up to |currently )?\\d',
      'psychiatry.?uk',
      '£ ?\\d+',
      '(ask|tell) your gp (to|for) (a )?refer',
    ],
  ),
  A(
    't30-37',
    P2,
    'ሰላም። የልጄ የEHC ዕቅድ ውስጥ ያልተስማማንበት የጤና ክፍሉ (ክፍል G) ብቻ ነው፤ ሌላው ሁሉ ደህና ነው። ሽምግልናውን (mediation) የሚያዘጋጀው ማን ነው? ካውንስሉ ነው ወይስ የጤና ቦርዱ (ICB)?',
    [['icb', 'integrated care board', 'tamar and kernow', 'የጤና ቦር', 'አይ ?ሲ ?ቢ']],
    [
      neg(
        '(the )?council (arranges|will arrange|must arrange|sets it up|organises|is responsible)(?! it and (the )?(icb|integrated care board) takes part)',
      ),
      'ካውንስሉ (ነው|ያዘጋጃል)',
      neg(
        '(section g|health (part|section|provision))[^.]{0,30}can be appealed (on its own|alone)',
      ),
    ],
    [
      'the integrated care board arranges the mediation',
      'If you only disagree about health provision',
    ],
  ),
  A(
    't30-38',
    P3,
    "my memory's shot since my stroke, i was planning to put my phone on record during the meeting so i can listen back to it after. thats ok isnt it?",
    [
      [
        "(can'?t|cannot|can not|not allowed|no one|nobody|isn'?t allowed|mustn'?t|may not|not permitted)[^.]{0,20}record",
        'no recording',
        'not (be )?recorded',
      ],
      ['screen', 'types?', 'typed', 'written', 'write'],
    ],
    [
      neg("(yes|sure),? (you can|that'?s (fine|ok|okay))"),
      neg("(you can|you may|you'?re allowed to|you are allowed to) record"),
      'flipchart',
      'shredded',
    ],
    ['No one may record the meeting', 'whatever is agreed on a big screen'],
  ),
  A(
    't30-39',
    P3,
    "I've got twin 3 year olds at home with me all day and no family nearby to have them. if I come to the mediation what am I meant to do with them? can they come in with me?",
    [['polkerris'], ['ten working days', '10 working days']],
    [
      neg('(net loft|st wenna|carrow)[^.]{0,40}(play|crèche|creche)'),
      neg('(book|booking)[^.]{0,40}\\b(five|5|seven|7|two|2|three|3) working days'),
      neg('\\b(five|5|seven|7|two|2|three|3) working days[^.]{0,30}(play|crèche|creche|session)'),
      neg('(you )?(have to|must|need to) pay for (the )?(play|crèche|creche)'),
      neg("children (are not|aren't) allowed"),
    ],
    ['for brothers and sisters under five', 'at least ten working days ahead'],
  ),
  X(
    't30-40',
    'can i get legal aid for the tribunal appeal? im on universal credit and cant afford a solicitor, does legal aid pay for someone to come to the hearing with me',
    [
      neg(
        "(you'?re|you are|you'?ll be|you will be|you'?d be|you would be) (probably |likely )?(eligible|entitled)",
      ),
      neg('legal aid (covers|will cover|does cover|pays|will pay)'),
      'legal help',
      'means.?test',
      '£ ?\\d+',
      '25 ?p (a|per) mile',
    ],
  ),
  A(
    't30-41',
    P2,
    "im 20 and at college, the council have written saying they're going to stop my ehcp in the summer cos im 'not making progress'. my mum says she has to be the one to appeal it. is that right? and do i need one of those mediation certificates",
    [
      [
        'own name',
        'yourself',
        'your (own )?(right|decision|choice)',
        'rights?[^.]{0,30}(are|is|belong to) yours',
        'belong to you',
        "(you|you'll|you will) (can |should |need to )?(appeal|bring the appeal|make the appeal|decide)",
      ],
      [
        '(need|needs|must get|have to get|will need) (a |one |the )?(mediation )?certificate',
        'certificate (is |will be )?(still )?(needed|required)',
        'contact (a|the|an) (mediation )?adviser',
      ],
    ],
    [
      neg("(yes|yeah),? (she'?s|your mum is|your mum'?s|that'?s) right"),
      neg('(your )?(mum|mother|parent) (has|needs|must|will have) to (appeal|be the one|do it)'),
      neg("(don'?t|do not|won'?t) need (a |any )?(mediation )?certificate"),
      neg("(you )?(can'?t|cannot) appeal"),
    ],
    ['bring any appeal in their own name', 'decides to stop maintaining (cease) the plan'],
  ),
  A(
    't30-42',
    P3,
    "and what about getting to the mediation meeting itself? I haven't got a car and I haven't got a bank account either, I only use cash. the bus to st wenna is two changes",
    [
      ['cash', 'credit union'],
      ['book and pay', '(book|pay for)[^.]{0,30}(tickets?|taxi)', 'taxi', 'fares?'],
    ],
    [
      'paypoint',
      'post office',
      'cheque',
      neg("(can'?t|cannot|won'?t) (pay|claim|be paid|get paid)"),
      neg('bank account (is )?(needed|required)'),
      neg('(you )?(must|need to|have to|will need to) (have|open) a bank account'),
    ],
    ['collect the money in cash', 'book and pay for your tickets or taxi'],
  ),
  A(
    't30-43',
    P3,
    'Olá. A nossa mediação está marcada para quarta-feira, 6 de janeiro. Se não chegarmos a acordo, até que dia devemos receber o certificado de mediação? Os fins de semana contam para o prazo?',
    [dateOk('2027-01-11', '\\b11 de janeiro'), ['working days?', 'dias úteis', 'dias de trabalho']],
    [
      ...dateAsAnswer('2027-01-09'),
      ...dateAsAnswer('2027-01-08'),
      ...dateAsAnswer('2027-01-12'),
      ...dateAsAnswer('2027-01-13'),
      '(até|prazo|data)[^.]{0,30}\\b(9|8|12|13) de janeiro',
      neg('3 dias (de calendário|corridos|seguidos)'),
      '(?<!não )(fins de semana|sábado e domingo) contam',
    ],
    ['the third working day after the meeting'],
  ),
  X(
    't30-44',
    "im 19 and i've got a learning disability. college says i could do a supported internship next year. which places round porthkellis take interns like me and do i get paid for it",
    [
      neg("(you'?ll|you will|you would|you'?d) (get|be) paid"),
      '(interns?|internships?) (are|is) (usually |normally |generally )?(unpaid|paid)',
      '(tesco|hospital|hotel|council|nhs|supermarket)s? (take|offer|run)s? (supported )?intern',
      '(lasts?|runs?) for (about |around )?(a|one|1) (academic )?year',
      'speak for me',
    ],
  ),
  A(
    't30-45',
    P2,
    "Long story sorry. The council wrote on 2 October (letter dated that day) saying they won't amend his plan after the annual review, even though he's on different medication now and everything's changed. Took ages but we had mediation and the certificate's dated Tuesday 24 November. My friend went through all this last year and says anything near Christmas gets pushed into January, so I've been taking it easy thinking I've got till the new year. When's the real deadline?",
    [dateOk('2026-12-24')],
    [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-02'),
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-02'),
      ...dateAsAnswer('2026-12-23'),
      neg("(yes|yeah),? (your friend is|your friend'?s|she'?s|he'?s|that'?s) right"),
      neg(
        '(gets? |is |will be )?(pushed|moved|extended|rolls?|carried) (in)?to (the new year|january)',
      ),
      neg('30 days (from|after)'),
    ],
    ['between 25 December and 1 January', 'Whichever of the two is later'],
  ),
  A(
    't30-46',
    P1,
    "we live out on the isles of carrow, the ferry is £40 return and only runs twice a day in winter, and my son can't cope with the crossing anyway. do we have to come over to the mainland for the mediation",
    [
      ['carrow community hall', 'community hall'],
      [
        '(mediator|we|they|someone) (comes?|will come|travels?|will travel|crosses?|come over)',
        'online',
        'phone',
      ],
    ],
    [
      neg(
        '(you )?(have|need|must|will have|would have) to (come|cross|travel) (over )?(to )?(the )?mainland',
      ),
      neg('(net loft|st wenna|polkerris)[^.]{0,30}only'),
      neg(
        '(meetings?|mediation) (is |are )?(only )?(held )?(at|in) (the )?(net loft|porthkellis) only',
      ),
    ],
    ['our mediator comes over on the ferry', 'holds meetings at Carrow Community Hall'],
  ),
  A(
    't30-47',
    P2,
    "I'm off work on New Year's Eve (Thursday 31st) so that's when I'm going to ring the adviser to say we don't want to do mediation, we just want to get the appeal in. When should the certificate come through after that? everything's shut for the bank holiday so I'm guessing it'll be mid January",
    [dateOk('2027-01-06'), ['working days?']],
    [
      ...dateAsAnswer('2027-01-03'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2027-01-07'),
      ...dateAsAnswer('2027-01-14'),
      ...dateAsAnswer('2027-01-15'),
      neg('(you )?(have to|must|need to|will have to) (go to|attend|try|have) (a )?mediation'),
      neg('\\b3 (calendar )?days (from|after)'),
    ],
    ['If you decide not to try mediation', 'within 3 working days of you telling us'],
  ),
  X(
    't30-48',
    "someone at toddler group said you can get money off your council tax if your child is disabled and needs an extra room for all his equipment. is that true and how much off? we're band C",
    [
      'disabled (band )?reduction',
      '(one|1) band (lower|below|down)',
      'band b',
      '£ ?\\d+',
      neg("(yes|yeah),? (that'?s|it'?s|it is) true"),
      '\\d+ ?(%|per ?cent)',
    ],
  ),
  A(
    't30-49',
    P3,
    "We had our mediation and sorted most of it, but the agreement about the social care side (short breaks, overnights at the respite unit) is being signed on Friday 11 December. How long has the council got to actually put it in place? The social worker reckons there's no time limit on social care stuff",
    [dateOk('2026-12-25'), ['2 weeks', 'two weeks', '14 days', 'fortnight']],
    [
      neg("(yes|yeah),? (the social worker|she'?s|he'?s|that'?s|they'?re) (is )?right"),
      neg('no time limit'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-24'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-15'),
      neg('\\b(10|ten) working days'),
      neg(
        '\\b(social care|this|it|they|council)\\b[^.]{0,40}(within|has|have|got) (5|five|11|eleven|14|fourteen) weeks',
      ),
    ],
    ['within 2 weeks of the agreement', 'the health care or social care sections'],
  ),
  A(
    't30-50',
    P1,
    "the adviser i spoke to was really dismissive and then didn't ring back when she said she would. i want to complain properly. who does the complaint go to and how long before someone gets back to me",
    [
      ['morwenna', 'trevaskis', 'service manager'],
      ['12 working days', 'twelve working days'],
    ],
    [
      neg('\\b(15|fifteen|10|ten|20|twenty) working days'),
      neg('(ombudsman|the council|the icb)( will)? (deal|look|investigat|handle)'),
      neg('(complain|complaints? go) to (the )?(council|icb|ombudsman)'),
    ],
    [
      'a full answer within 12 working days',
      'Complaints go to our service manager, Morwenna Trevaskis',
    ],
  ),
  A(
    't30-51',
    P3,
    "good news for once, at mediation yesterday (wednesday 2nd) the council finally agreed to issue an EHC plan for my daughter after refusing to after the assessment. when do we actually get to see the draft, and when should the final one arrive? i don't trust them not to drag it out",
    [dateOk('2027-01-06'), dateOk('2027-02-17')],
    [
      ...dateAsAnswer('2026-12-16'),
      ...dateAsAnswer('2027-01-07'),
      ...dateAsAnswer('2027-01-13'),
      ...dateAsAnswer('2027-02-16'),
      ...dateAsAnswer('2027-03-10'),
      neg('working weeks'),
      neg("(christmas|the holidays?|holidays) (doesn'?t|does not|don'?t|do not|won'?t) count"),
      neg('\\b(20|twenty) weeks'),
    ],
    ['draft plan to you within 5 weeks', 'final plan within 11 weeks'],
  ),
  X(
    't30-52',
    'is there a summer holiday club anywhere round here that will take my son with a 1:1? he has an ehcp and needs somebody with him all the time. will the council pay for the 1:1 worker',
    [
      neg('(the )?council (will|must|should|has to|would) (pay|fund|provide)'),
      '£ ?\\d+',
      '(holiday activities and food|\\bhaf\\b) (programme|scheme)',
      'short breaks? (will|can|should) (pay|fund|cover)',
      'walk and talk',
    ],
  ),
  A(
    't30-53',
    P2,
    "Thinking ahead as his annual review is in May. If the council sends a refusal to amend letter dated 16 June 2027 and we get the mediation certificate quickly, say early July, when would the appeal deadline be? It's right in the summer holidays and we're away camping most of August",
    [dateOk('2027-09-01')],
    [
      ...dateAsFinal('2027-08-16'),
      ...dateAsAnswer('2027-08-31'),
      ...dateAsAnswer('2027-08-30'),
      ...dateAsAnswer('2027-09-02'),
      ...dateAsAnswer('2027-09-06'),
      ...dateAsAnswer('2027-08-05'),
      neg('(early|beginning of) august'),
    ],
    ['If it falls in August', 'the first working day after 31 August'],
  ),
  A(
    't30-54',
    P1,
    'my 2 months for contacting the adviser runs out next thursday and i work till 6 every day. if i use your evening chat thing on the tuesday night does that count as contacting the adviser in time, or do i have to actually ring during the day?',
    [
      ['yes', 'counts', 'does count'],
      ['adviser', 'record', 'date'],
    ],
    [
      neg("(chat|it|that) (doesn'?t|does not|won'?t|will not) count"),
      neg(
        '(you )?(have|need|must) to (ring|phone|call)( us)? (during|in) (the day|office hours|phone hours|the week)',
      ),
      neg('(only|just) (a )?(phone call|ringing|calling) counts'),
    ],
    ['we record the date of your first chat', 'Evening Chat is answered by one'],
  ),
  A(
    't30-55',
    P3,
    "and my husband's off fishing for weeks on end, he gets signal sometimes but he hasn't got a laptop. can he join in from his phone while i'm there in person? does he need to download anything",
    [
      ['yes', 'can'],
      [
        'google meet',
        'by phone',
        'browser',
        'no app',
        "(doesn'?t|does not|don'?t|do not|won'?t|will not) need to (download|install)",
      ],
    ],
    [
      neg('(he )?(has|must|will have|needs|would have) to (be there|attend|come) in person'),
      'whereby',
      'zoom',
      'webex',
      'microsoft teams',
      'jitsi',
      neg('(download|install) (the )?(app|google meet|zoom)'),
    ],
    ['there is no app to download', 'He can join on Google Meet'],
  ),
  X(
    't30-56',
    "my partner's just been laid off from the clay works. can my kids get free school meals now? the youngest is in year 1 and the eldest is year 7. whats the income limit",
    [
      '£ ?\\d',
      'universal infant',
      neg(
        '(they|your kids|your children|both|the youngest|the eldest) (will|should|are|would|can) (get|be eligible|qualify|be entitled)',
      ),
      neg("(you'?re|you are|you'?ll be|you will be) (eligible|entitled)"),
    ],
  ),
  A(
    't30-57',
    P2,
    "The council have already warned me they probably won't find a date for the mediation within the 30 days because of Christmas. If they tell me and Tidewell on Wednesday 16th December that they can't do it, what happens then? Do I lose out because it never happened, and when would I get my certificate?",
    [
      dateOk('2026-12-21'),
      [
        'treated as (having )?(taken part|mediated|attended|gone|had)',
        'counts? as (having )?(taken part|mediated|had mediation|attended)',
        'as if you (had|have) (taken part|mediated|attended|gone)',
      ],
    ],
    [
      ...dateAsAnswer('2026-12-19'),
      ...dateAsAnswer('2026-12-22'),
      ...dateAsAnswer('2026-12-23'),
      ...dateAsAnswer('2027-01-16'),
      ...dateAsAnswer('2026-12-18'),
      neg('(you )?(lose|lost|have lost) (out|your right|the right)'),
      neg("(you )?(can'?t|cannot) (now )?appeal"),
    ],
    [
      'treated as having taken part in mediation',
      'council cannot arrange mediation within 30 days',
    ],
  ),
  A(
    't30-58',
    P2,
    "got my certificate today (thursday 3 december) after saying no to mediation. the decision letter was dated thursday 5 november. a woman in a facebook group told me i now have one month from the certificate, so 3rd january. is she right? thats a sunday anyway so i'm guessing the monday",
    [dateOk('2027-01-05')],
    [
      ...dateAsFinal('2027-01-03'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-02'),
      ...dateAsAnswer('2026-12-31'),
      ...dateAsAnswer('2027-02-05'),
      neg("(yes|yeah),? (that'?s|they'?re|she'?s|he'?s) right"),
      neg('30 days (from|after)'),
    ],
    ['Whichever of the two is later', 'can never cut your time short'],
  ),
  A(
    't30-59',
    P3,
    "we're doing the mediation by phone because I can't leave my daughter (she's tube fed). if we agree something how do I sign it when I'm not there? and I'm dyslexic, can I get it in an easier format",
    [
      ['one working day', '1 working day', 'next working day', 'within a (working )?day'],
      ['electronic', 'link', 'e-?sign', 'online'],
      ['easy read', 'audio', 'yellow', 'large print'],
    ],
    [
      neg('(reply|text|respond|email back) (with )?(the word )?(agreed|yes|i agree)'),
      neg('(post|send) (it )?back (to us )?(by post|first.class)'),
      neg('(easy read|agreement|copy|version)[^.]{0,40}\\b(10|ten|5|five|20|twenty) working days'),
    ],
    ['we email the agreement within one working day', 'it follows within 15 working days'],
  ),
  X(
    't30-60',
    "we have to drive to Derriford in Plymouth every month for my daughter's epilepsy clinic, it's 70 miles each way. can we claim petrol money back off the NHS, and how much a mile do they give",
    [
      'healthcare travel costs scheme',
      '\\bhtcs\\b',
      neg('(the )?(nhs|hospital) (will|must|should|can|does) (pay|refund|reimburse)'),
      '25 ?p (a|per) mile',
      '£ ?\\d+',
      '\\d+ ?p (a|per) mile',
    ],
  ),
];

// who asks, in what language, which rule: read by check.mjs and the README
export const META = {
  't30-01': { asker: 'dad, crab-boat crew (shift worker)', dialect: ['wasson', 'yous'] },
  't30-02': { asker: 'parent', dialect: ['other half'] },
  't30-14': { asker: 'working parents', dialect: ['some teasy'] },
  't30-20': { asker: 'parent (decline)', dialect: ['proper calm'] },
  't30-03': {
    asker: 'dad',
    rule: 'R8',
    fn: 'mediationNoticeBy',
    input: { mediationDate: '2027-01-08' },
    expected: '2026-12-31',
  },
  't30-06': {
    asker: 'parent',
    rule: 'R2',
    fn: 'adviserContactDeadline',
    input: { decisionDate: '2026-10-05' },
    expected: '2026-12-05',
  },
  't30-09': { asker: 'parent, hotel kitchen (shift worker)', dialect: ["my 'ansum", 'yous'] },
  't30-11': { asker: 'parent (follow-on)', dialect: ['yous', 'dreckly'] },
  't30-13': {
    asker: 'parent',
    rule: 'R13',
    fn: 'appealDeadline',
    input: { decisionDate: '2026-09-30', certificateDate: '2026-11-27' },
    expected: '2027-01-04',
  },
  't30-15': { asker: 'flower-farm worker', lang: 'Romanian' },
  't30-18': { asker: 'parent with panic attacks' },
  't30-19': { asker: 'kinship-carer grandmother', dialect: ['maid', 'she were'] },
  't30-21': {
    asker: 'parent',
    rule: 'R14',
    fn: 'discriminationDeadline',
    input: { actDate: '2026-06-23' },
    expected: '2026-12-23',
  },
  't30-22': { asker: 'foster carer' },
  't30-25': {
    asker: 'parent',
    rule: 'R13 (school only, R1)',
    fn: 'appealDeadline',
    input: { decisionDate: '2026-11-19' },
    expected: '2027-01-19',
  },
  't30-26': { asker: 'young person, 18', dialect: ['some flustered'] },
  't30-27': { asker: 'parent', lang: 'Pashto' },
  't30-29': { asker: 'parent after a breakdown' },
  't30-30': { asker: 'SENCO' },
  't30-33': {
    asker: 'parent',
    rule: 'R7 (R6)',
    fn: 'mediationArrangeBy',
    input: { from: '2026-11-27' },
    expected: '2026-12-27',
  },
  't30-34': { asker: 'Deaf parent (BSL)' },
  't30-37': { asker: 'parent', lang: 'Amharic' },
  't30-38': { asker: 'parent after a stroke' },
  't30-41': { asker: 'young person, 20' },
  't30-43': {
    asker: 'parent',
    lang: 'Portuguese',
    rule: 'R11',
    fn: 'certificateDueDate',
    input: { from: '2027-01-06' },
    expected: '2027-01-11',
  },
  't30-45': {
    asker: 'parent (long story)',
    rule: 'R13',
    fn: 'appealDeadline',
    input: { decisionDate: '2026-10-02', certificateDate: '2026-11-24' },
    expected: '2026-12-24',
  },
  't30-47': {
    asker: 'parent',
    rule: 'R4',
    fn: 'certificateDueDate',
    input: { from: '2026-12-31' },
    expected: '2027-01-06',
  },
  't30-49': {
    asker: 'parent',
    rule: 'R16',
    fn: 'weeksAfter',
    input: { from: '2026-12-11', weeks: 2 },
    expected: '2026-12-25',
  },
  't30-51': {
    asker: 'parent',
    rule: 'R15',
    fn: 'weeksAfter',
    input: { from: '2026-12-02', weeks: 5 },
    expected: '2027-01-06',
    also: { fn: 'weeksAfter', input: { from: '2026-12-02', weeks: 11 }, expected: '2027-02-17' },
  },
  't30-53': {
    asker: 'parent',
    rule: 'R13 (August)',
    fn: 'appealDeadline',
    input: { decisionDate: '2027-06-16', certificateDate: '2027-07-05' },
    expected: '2027-09-01',
  },
  't30-57': {
    asker: 'parent',
    rule: 'R12',
    fn: 'certificateDueDate',
    input: { from: '2026-12-16' },
    expected: '2026-12-21',
  },
  't30-58': {
    asker: 'parent',
    rule: 'R13 (quick certificate)',
    fn: 'appealDeadline',
    input: { decisionDate: '2026-11-05', certificateDate: '2026-12-03' },
    expected: '2027-01-05',
  },
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(
    join(HERE, '..', 'questions.jsonl'),
    QUESTIONS.map((q) => JSON.stringify(q)).join('\n') + '\n',
  );
  console.log(`wrote ${QUESTIONS.length} questions`);
}
