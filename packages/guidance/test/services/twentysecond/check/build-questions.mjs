// The "twentysecond" question set as JS literals. Regexes are regex literals (or built by the
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

const TXT = 'keelrow-family-guide-leaflet.txt';
const HTML = 'help-and-faqs.html';
const MD = 'your-mediation-day.md';

// the service's phone number, however it is spaced or prefixed
const PHONE = /191\)?[\s.-]?498[\s.-]?0462/;

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

export const QUESTIONS = [
  {
    id: 't22-01',
    file: TXT,
    q: "howay man. the council gave us your leaflet and your number but yous are just the council in disguise aren't ya?? wor lass says whatever we tell yous goes straight back to the SEN team. is that right like",
    must: [
      [
        /independent/,
        /(not|isn't|is not|aren't|are not)( a)? part of (the|either) council/,
        /(none|no one|nobody|not one) of (our|the|its|their) (staff|advisers|mediators|team)/,
        /(don't|do not|doesn't|does not) work for (the|any|either) council/,
        /not (employed|run) by (the|a|any|either) council/,
        /separate from the council/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah|aye),? (we are|we're|it is|it's|keelrow is|they are|they're) (part of |run by )?the council/,
      /(?<!not )(?<!n't )(keelrow|the service|it) (is|'s) (run|managed) by (the|tynemarsh|coldfell)[^.]{0,25}council/,
      /(?<!not )(?<!n't )(?<!never )(goes|go|is passed|gets passed|is shared|gets shared) (straight )?(back )?to the (sen|send) team/,
    ],
    cite: ['not one of our staff is', 'does not make us part of them'],
  },
  {
    id: 't22-02',
    file: HTML,
    q: "I'm 67 and I've had my grandson since he was 4, his mam isn't in the picture. We never went to court for any order, it's just always been me and him. The school won't listen to me because I'm 'not the parent'. Can I still use yous or does it have to be his mam",
    must: [
      [
        /(treats?|counts?|count) (you )?as (a|his|the) parent/,
        /(you are|you're|you count as) (a|his) parent/,
        /(yes|you can)[^.]{0,60}(use|contact|come to) (keelrow|us|the service)/,
      ],
      [
        /(with or )?without (a|an|any) (special guardianship |court |child arrangements )?order/,
        /(no|don't|do not|doesn't|does not)( need| have to)?[^.]{0,20}(paperwork|order|proof|court)/,
        /day to day/,
        /lives with you/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(you|you'll|you will) (need|have) (to get |to have )?(a|an) (special guardianship |child arrangements |court )?order/,
      /(?<!not )(?<!n't )(only|just) (his|the|a) (mum|mam|mother|birth parent|parents?) (can|may)/,
      /(?<!not )(?<!n't )(has|have|needs?) to (be|come from) (his|the) (mum|mam|mother)/,
      /(?<!not )(?<!n't )(send|show|provide|bring) (us )?(proof|paperwork|evidence)/,
    ],
    cite: ['the law treats you as a parent', 'You do not have to send us any paperwork'],
  },
  {
    id: 't22-03',
    file: MD,
    q: "the head teacher wants the mediation in HER office at school. my son's school is the whole problem, i dont want to sit in there. do we have to?? where else can it be",
    must: [
      [
        /(don't|do not|never|won't|will not|not)[^.]{0,30}(hold|held|have|use)[^.]{0,20}(in|at) (a |the |his |your )?schools?\b/,
        /not (in|at) (a|the|his|your) school/,
        /never uses? schools/,
        /(won't|will not|don't|do not|not) (have to )?(go|be) (in|into|at) (the|a|his|your) school/,
        /no,? (you don't|it won't|it doesn't|not)/,
      ],
      [
        /chandlery/,
        /coldfell/,
        /saltmeadows/,
        /teams/,
        /online/,
        /(by|on the|over the) phone/,
        /neutral/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!never )(usually|normally|often|always|has to be|must be|will be) (held )?(at|in) (the |his |your |a )?(child'?s |son'?s )?school/,
      /(?<!not )(?<!n't )(yes|yeah),? (you|it) (do|does|has|have|will)/,
      /(?<!not )(?<!n't )(the head|the school) (can|gets to|will) (decide|choose|pick) (where|the venue)/,
    ],
    cite: [
      'We do not hold mediations in schools',
      'We pick somewhere neutral and as close to home',
    ],
  },
  {
    id: 't22-04',
    type: 'decline',
    q: 'hiya the council have said our lad isnt entitled to the taxi to school anymore now hes moving to the new special school, its 4 mile away and he cant go on a bus on his own. can we fight that?',
    must: [[PHONE]],
    must_not: [
      /statutory walking distance/,
      /\b(2|3|two|three) miles\b/,
      /(?<!not )(?<!n't )(he|your (lad|son)) (is|'s|should be) (entitled|eligible) (to|for) (free )?(school )?transport/,
      /25p a mile/,
      /(?<!not )(?<!n't )(appeal|review) (stage|panel) (one|two|1|2)/,
      /(?<!not )(?<!n't )(ask|request|apply) for (a |an )?(mediation|disagreement resolution)[^.]{0,30}transport/,
    ],
  },
  {
    id: 't22-05',
    file: TXT,
    q: "im 18 and the plan is mine now not my mams. college said the council panel is on 30th december and the letter saying if they'll keep my plan going will be dated that day. if they say no whats the very last day i can get in touch with a mediation adviser? is it 1st march cos of the weekend",
    must: [
      dateOk('2027-02-28').concat([/end of february/, /last day of february/]),
      [
        /not (moved|stretched|extended|pushed|changed)/,
        /(doesn't|does not|won't|will not|isn't|is not)[^.]{0,25}(move|moved|stretched|extended|pushed|roll)/,
        /still the last day/,
        /no (extra time|extension)/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-03-01'),
      /2027-03-0[12]/,
      ...dateAsAnswer('2027-03-02'),
      /(?<!not )(?<!n't )(yes|yeah),? (it's|it is|it'?ll be|that's) (the )?1(st)? mar/,
      new RegExp(`${NEG}\\b(29|30|31)(st|th)? feb`),
      /(?<!not )(?<!n't )(from|after) (the day |when )?(you|it) (get|got|receive|received|arrives?)/,
    ],
    cite: ['the last day of that month is used', 'If the last day is a Sunday'],
  },
  {
    id: 't22-06',
    file: HTML,
    q: 'so my 2 months to get hold of a mediation adviser ends on a sunday. yous are shut on sundays arent ya. and if its only a voicemail i leave that day, does that even count or is it too late',
    must: [
      [
        /(does|it'?ll|it will|that will|that'?s) count/,
        /(counts|counted|treated) as (you )?(contacting|getting in touch|contact)/,
        /in time/,
      ],
      [
        /11\.59/,
        /11:59/,
        /midnight/,
        /(by the end of|before the end of|any time on) (that|the) day/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(too late|doesn't count|does not count|won't count|will not count)(?! if)/,
      /(?<!not )(?<!n't )(you )?(must|have to|need to) (speak|talk) to (an adviser|someone) (in person|live|directly)/,
      /(?<!not )(?<!n't )(rolls?|moves?) (on )?to (the )?(monday|next working day)/,
    ],
    cite: ['by 11.59pm on that day', 'Keep a screenshot or note of when you sent it'],
  },
  {
    id: 't22-07',
    file: MD,
    q: "My husband is profoundly deaf, he wears hearing aids and lip reads. He wants to come to our daughter's mediation. Which of your places is best for him? We're in South Tynemarsh",
    must: [[/saltmeadows/], [/hearing loop/, /\bloop\b/]],
    must_not: [
      /(?<!not )(?<!n't )(the chandlery|coldfell miners)[^.]{0,40}(hearing )?loop/,
      /(?<!not )(?<!n't )(we|keelrow) (don't|do not|can't|cannot) (offer|provide|have) (a )?(hearing )?loop/,
      /(?<!not )(?<!n't )(he|your husband) (can't|cannot|shouldn't|should not) (come|attend)/,
    ],
    cite: ['Step-free, hearing loop in every room'],
  },
  {
    id: 't22-08',
    type: 'decline',
    q: 'school have PERMANENTLY excluded my daughter yesterday, she has ADHD and an EHCP. the head says the governors will look at it. whats the process and can yous come to the meeting with me',
    must: [[PHONE]],
    must_not: [
      /independent review panel/,
      /\b15 (school )?days\b/,
      /\b(six|6)(th)? (school )?day/,
      /(?<!not )(?<!n't )(we|keelrow) (can|could|will) (come|attend|go) (to|with you)/,
      /(?<!not )(?<!n't )(you can|you could|you should) (ask for|request|book) (a |an )?(mediation|disagreement resolution)[^.]{0,30}exclu/,
      /within six months of the thing/,
    ],
  },
  {
    id: 't22-09',
    file: TXT,
    q: "no ehcp, shes on sen support at the academy but they've stopped her 1:1 reading sessions since september. can i use your mediation thing to make the school sort it out? they wont even reply to emails",
    must: [
      [/disagreement resolution/],
      [
        /(every|each|all|both) (party|parties|side|sides)[^.]{0,25}agree/,
        /voluntary/,
        /(can|could|may) (decline|refuse|say no|turn)/,
        /(can't|cannot|can not) (be )?(made|make|force|forced|compel)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(the (academy|school)|they) (must|has to|have to|will have to|is required to|is obliged to) (attend|take part|come|agree)/,
      /(?<!not )(?<!n't )(?<!no )(need|get|ask for) a (mediation )?certificate/,
      /(?<!not )(?<!n't )appeal (it |this )?to the (send )?tribunal/,
    ],
    cite: ['It only goes ahead if every party agrees', 'whether or not the child has an EHC plan'],
  },
  {
    id: 't22-10',
    file: HTML,
    q: 'I do 7 till 7 on the wards so I can never pick up in the day. left a message Monday. how long before yous ring back?? and what if I miss yous again',
    must: [
      [
        /next working day/,
        /within (one|1|a) working day/,
        /(by|before) the end of the (next|following) (working )?day/,
      ],
      [
        /(text|message)[^.]{0,40}(time slot|slot|a time)/,
        /(say|tell us|let us know)[^.]{0,40}(time|when)/,
        /particular time/,
        /(try|ring|call)[^.]{0,20}(again|once more)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )within (2|3|5|two|three|five) working days/,
      /(?<!not )(?<!n't )(we|they) (only|just) (try|ring|call) once/,
      /(?<!not )(?<!n't )(close|closes|closed) (the|your) (case|referral)/,
    ],
    cite: ['by the end of the next working day', 'we send a text offering you a time slot'],
  },
  {
    id: 't22-11',
    file: MD,
    q: 'we both work full time and neither of us can get time off for a 10am meeting in Coldfell. is there any way the mediation can be after work?',
    must: [
      [/thursday/],
      [/\b5 ?(pm|p\.m\.)?\b[^.]{0,15}7[.:]30/, /17[.:]00/, /five/],
      [/online/, /teams/, /video/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(evening|after work)[^.]{0,30}(coldfell|chandlery|saltmeadows|in person)/,
      /(?<!not )(?<!n't )(no|never|don't|do not)[^.]{0,20}evening (meetings|sessions|mediations)/,
      /(?<!not )(?<!n't )(monday|tuesday|wednesday|friday)s? (evening|from 5|5pm)/,
      /(?<!not )(?<!n't )saturday (meeting|session|mediation)/,
    ],
    cite: ['On Thursdays we also run online meetings'],
  },
  {
    id: 't22-12',
    type: 'decline',
    q: 'can a bairn with autism get a blue badge? he bolts in car parks and hes no idea about roads, its a nightmare. who do i ask',
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )(he|your (son|bairn)) (will|would|should|can) (qualify|get one|be eligible)/,
      /hidden disabilit/,
      /£\s?10\b/,
      /(?<!not )(?<!n't )(apply|ask) (to|through|on) (gov\.uk|the council's website)/,
      /(two|2) parking bays/,
    ],
  },
  {
    id: 't22-13',
    file: TXT,
    q: "council letter refusing to assess is dated 2 Oct 2026. i rang yous 25 Nov and said no to mediation, certificate is dated 30 Nov. my sister says I've already missed it cos 2 months from the letter was yesterday (2 Dec)?? when is my actual last day for the tribunal",
    must: [dateOk('2027-01-04'), [/5 ?pm/, /17[.:]00/, /five o'?clock/]],
    must_not: [
      /(?<!not )(?<!n't )(?<!haven't )(?<!have not )(you'?ve|you have) (already )?missed/,
      /(?<!not )(?<!n't )(yes|yeah),? (your sister|she) (is|'s) right/,
      ...dateAsAnswer('2026-12-30'),
      ...dateBad('2026-12-31'),
      ...dateBad('2027-01-05'),
      /2026-12-30/,
      /(?<!not )(?<!n't )30 days (from|after) (the|your) certificate/,
    ],
    cite: ['the first working day after 1 January', 'Take whichever date is later'],
  },
  {
    id: 't22-14',
    file: HTML,
    q: "thanks pet. and are yous open at all over christmas? I'm off work 24th to the 31st so that's the only time I can ring properly",
    must: [
      [/christmas eve/, /24(th)?/],
      [/noon/, /12 ?(pm|noon)/, /midday/],
      [/29/, /between christmas and new year/, /10 ?(am)?[^.]{0,10}2 ?pm/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(shut|closed) (the whole|all( of)?( the)?|for the whole|over the whole) (time|christmas|holiday|period|week)/,
      /(?<!not )(?<!n't )(open|staffed|answer)[^.]{0,30}(25(th)? dec|christmas day|boxing day|28(th)? dec)/,
      /(?<!not )(?<!n't )(reopen|back)[^.]{0,20}(4(th)? jan|january)/,
      /(?<!not )(?<!n't )(open|until|till) 7[.:]30[^.]{0,30}(24|christmas eve|29|30|31)/,
    ],
    cite: ['from 9am until noon', 'an adviser answers the phones from 10am to 2pm'],
  },
  {
    id: 't22-15',
    file: MD,
    q: "my brother is a solicitor (family law not SEN but still). im bringing him to the mediation whether the council like it or not. do i have to ask them first or can they say he can't come",
    must: [
      [
        /(don't|do not|no|doesn't|does not)( need| have to)?[^.]{0,30}(anyone'?s|their|the council'?s|permission|agreement)/,
        /without (anyone'?s|their|the council'?s) (permission|agreement|consent)/,
        /(neither|no one|nobody|nor anyone)[^.]{0,30}can (stop|refuse|prevent|say no)/,
      ],
      [/lawyer/, /solicitor/, /supporter/, /advocate/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(you|you'll|you will) (need|have) to (ask|get|tell)[^.]{0,30}(permission|agreement|consent|the council|them)/,
      /(?<!not )(?<!n't )(the council|they) (can|could|may) (refuse|say no|object|stop)/,
      /(?<!not )(?<!n't )(lawyers|solicitors) (are|aren't|are not) (allowed|permitted)/,
      /only if everyone taking part says yes/,
    ],
    cite: ["You do not need anyone's agreement to bring them", 'a support worker or a lawyer'],
  },
  {
    id: 't22-16',
    type: 'decline',
    q: 'thinking of taking him out of school altogether and teaching him at home, hes so unhappy there. if i take him off roll does the EHCP just stop? what do i need to tell the council',
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )(write|send) (a |the )?(deregistration )?letter to (the )?(head|school)/,
      /(?<!not )(?<!n't )(the plan|the ehcp|it) (will|would) (stop|end|cease|lapse)/,
      /(?<!not )(?<!n't )(the plan|the ehcp|it) (stays|remains|continues)/,
      /elective home education/,
      /(?<!not )(?<!n't )section i (can|could) (go|be appealed) straight/,
    ],
  },
  {
    id: 't22-17',
    file: TXT,
    q: "final plan is fine apart from section I, they've named the mainstream one and we want the special school. nothing else we're arguing about. do we need that mediation certifcate before appealing or can we go straight to tribunal",
    must: [
      [
        /(don't|do not|doesn't|does not|won't|will not) (need|require|have to get)/,
        /no (mediation )?certificate/,
        /without (a|any|the) (mediation )?certificate/,
        /(not|isn't|is not) (needed|required|necessary)/,
        /straight (away )?to the tribunal/,
      ],
    ],
    must_not: [
      /\byes,? you (do |will |still )?need (a|the) (mediation )?certificate/,
      /(?<!not )(?<!n't )you (still |will )?(need|have) (to get )?a (mediation )?certificate (first|before)/,
      /(?<!not )(?<!n't )must (first )?(contact|speak to|see|talk to) (a|the) mediation adviser/,
      /you (can(no|')t|cannot) appeal (until|unless|without)/,
    ],
    cite: ['can go straight to the Tribunal', 'nothing else in the plan is being challenged'],
  },
  {
    id: 't22-18',
    file: HTML,
    q: 'hi im a teaching assistant, I work 1:1 with a lad in year 5 and his mam is at the end of her tether with the council. can i just refer her to yous myself? and could I come to the meeting to back her up',
    must: [
      [
        /(written|her) (agreement|consent|permission)/,
        /(with|only with) (the family'?s|her|his mam'?s|the parent'?s) (written )?(agreement|consent|permission)/,
        /pass (on )?(our|the) (details|number)/,
      ],
      [
        /(if|when|as long as|provided) (everyone|all)[^.]{0,30}(agree|says yes)/,
        /everyone taking part agrees/,
        /with (everyone'?s|the agreement of)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah),? (you can|just) (refer|send) (her|them)( in)? (yourself|without)/,
      /(?<!not )(?<!n't )without (her|the family'?s|the parent'?s) (consent|agreement|permission)/,
      /(?<!not )(?<!n't )(staff|you) (can't|cannot|are not allowed to|aren't allowed to) (come|attend)/,
      /(?<!not )(?<!n't )(we|keelrow) (can|will|could) (act|speak|work) (for|on behalf of) the school/,
    ],
    cite: ["only with the family's written agreement", 'if everyone taking part agrees'],
  },
  {
    id: 't22-19',
    file: MD,
    q: "last time we had a meeting the council sent some junior lass who just kept saying she'd 'take it back to her manager'. total waste of time. will it be the same at the mediation??",
    must: [
      [
        /(can|able to|must be able to|have to be able to) (agree|make decisions|decide|settle)/,
        /there and then/,
        /(authority|power) to (agree|decide|settle)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(anyone|any officer|whoever) (the council|they) (choose|chooses|send|sends)/,
      /(?<!not )(?<!n't )(decisions|it) (will|would|has to|have to) (go|be taken) (back )?to (a |the )?(panel|manager)/,
      /(?<!not )(?<!n't )(we|keelrow|you) (can't|cannot) (control|choose|say) who/,
    ],
    cite: ['people who can agree to things there and then'],
  },
  {
    id: 't22-20',
    type: 'decline',
    q: "weve been on the waiting list for an autism assessment with CAMHS for 2 years now and she's 11. gp just says wait. is there anyway to hurry it up or go private and have the council accept it",
    must: [[PHONE]],
    must_not: [
      /right to choose/,
      /(?<!not )(?<!n't )(18|eighteen) weeks/,
      /(?<!not )(?<!n't )(the council|they) (will|must|has to|have to) accept (a )?private/,
      /(?<!not )(?<!n't )(ask|request) (for )?(a |an )?(mediation|disagreement resolution)[^.]{0,40}(camhs|waiting list|assessment)/,
      /integrated care board arranges the mediation/,
    ],
  },
  {
    id: 't22-21',
    file: TXT,
    q: 'we want to appeal the school they put in section I but ALSO section F cos they cut his speech therapy right down. read online school appeals dont need a mediation certifcate so we can just skip that bit yeah?',
    must: [
      [
        /(need|needs|required|have to get|must get|must have|still need) (a |the )?(mediation )?certificate/,
        /certificate (is )?(needed|required|will be needed|first)/,
        /(can(no|')t|cannot) skip/,
        /(no|not|isn't|is not)[^.]{0,15}(right|correct|the case) for you/,
      ],
      [/whole appeal/, /section f/, /provision/, /both/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!can't )(?<!cannot )(?<!can not )(yes|yeah),? (you can|you could|that's right)/,
      /(so|then) you (can|could) skip/,
      /(?<!not )(?<!n't )(?<!can't )(?<!cannot )(?<!can not )skip (the |that )?(mediation )?(adviser|certificate|bit)/,
      /(?<!not )(?<!n't )(don't|do not) need (a|the|any) (mediation )?certificate(?! (for|if) (an appeal|appeals?) (only|just|that is only))/,
    ],
    cite: ['it covers the whole appeal', 'Section I with B or F'],
  },
  {
    id: 't22-22',
    file: HTML,
    q: 'আমি ইংরেজি ভালো বলতে পারি না। মধ্যস্থতার মিটিংয়ে আমার একজন দোভাষী লাগবে। আমার বড় ছেলে (১৪ বছর) কি আমার জন্য অনুবাদ করতে পারবে? দোভাষীর জন্য কি টাকা দিতে হবে? কত দিন আগে জানাতে হবে?',
    must: [
      [
        /free/,
        /no (charge|cost|fee)/,
        /(not|n't) (be )?charged/,
        /(don't|do not|won't|will not) (have to )?pay/,
        /বিনামূল্যে/,
        /(টাকা|খরচ)[^।.]{0,25}(লাগবে না|দিতে হবে না)/,
      ],
      [/seven days/, /7 days/, /(৭|সাত) দিন/],
      [
        /(not|n't|never)[^.]{0,40}(children|son|family|relative)[^.]{0,40}(interpret|translat)/,
        /(children|son|family|relative)[^.]{0,40}(not|n't|never)[^.]{0,25}(interpret|translat)/,
        /(ছেলে|সন্তান|পরিবার)[^।.]{0,60}(না|নয়)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )your (eldest |older )?son (can|could|may|should) (interpret|translate)/,
      /(?<!not )(?<!n't )(you|you'll) (have|need) to pay (for )?(the |an )?interpreter/,
      /(?<!not )(?<!n't )(?<!don't )bring your own (interpreter|translator)/,
      /আপনার ছেলে অনুবাদ করতে পারবে(?! না)/,
      /(?<!not )(?<!n't )(2|3|5|two|three|five) (working )?days'? (notice|before)/,
    ],
    cite: ['at least seven days before a meeting', 'We will not ask your children'],
  },
  {
    id: 't22-23',
    file: MD,
    q: "my son is 12, autistic, selective mutism. he will NOT go in a room with strangers, he'll just shut down. but he has strong views about his school and he types stuff on his tablet. how can he have his say in the mediation thing",
    must: [
      [
        /my say/,
        /voice note/,
        /video call/,
        /draw/,
        /writ(e|ing) (something|it down)/,
        /typ(e|ed|ing)/,
      ],
      [
        /(doesn't|does not|won't|will not|never) (have|need|needs|has) to (come|attend|be there|be in the room)/,
        /(no one|nobody|not)[^.]{0,30}(make|made|force|forced) (him )?(to )?(come|attend)/,
        /without (him )?(coming|attending|being there)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!never )(he|your son|children|the child) (must|has to|have to|will have to|needs to|need to) (attend|come|be there|be present)/,
      /(?<!not )(?<!n't )(he|your son) (is|'s) (too young|not old enough)/,
      /(?<!not )(?<!n't )only (parents|adults) (can|get to)/,
    ],
    cite: ['record a voice note and send it', 'Your child does not have to come to the meeting'],
  },
  {
    id: 't22-24',
    type: 'decline',
    q: "our Kieran turns 18 in March and social services keep saying he'll 'move to adults'. nobody has told us what that actually means for his care package or his respite. who does the assessment and when",
    must: [[PHONE]],
    must_not: [
      /care act/,
      /(?<!not )(?<!n't )transition assessment/,
      /(?<!not )(?<!n't )(adult social care|they) (will|must|has to) (assess|do an assessment)/,
      /(?<!not )(?<!n't )(in|from) year 9/,
      /decisions about your plan are yours to take/,
    ],
  },
  {
    id: 't22-25',
    file: TXT,
    q: "everything in her plan is canny now EXCEPT the health part, section G, they've cut her physio to once a term. can i take that to the tribunal? if not who sorts out a mediation about it, the council or the NHS lot",
    must: [
      [
        /(can't|cannot|can not|not able to|isn't|is not)[^.]{0,30}(appeal|tribunal)[^.]{0,30}(on (its|their) own|alone|by (itself|themselves))/,
        /not (appealable|on (its|their) own)/,
        /(on (its|their) own|alone|by (itself|themselves))[^.]{0,20}(can't|cannot|isn't|is not)/,
        /not alone/,
      ],
      [/integrated care board/, /\bicb\b/, /tyne and fellside/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah),? (you can|she can) (appeal|take)/,
      /(?<!not )(?<!n't )the council (arranges|will arrange|organises|sets up|has to arrange)[^.]{0,30}(health|mediation)/,
      /(?<!not )(?<!n't )(you|you'll) (need|have) (a |the )?(mediation )?certificate (first )?(to|before) (appeal|go to the tribunal)/,
    ],
    cite: ['the integrated care board arranges the mediation', 'Health (G) or care (H) only'],
  },
  {
    id: 't22-26',
    file: HTML,
    q: "the mediation is at coldfell and I'll have to drive 30 odd mile there and back and lose a days pay from the warehouse. do I get owt back?",
    must: [
      [/25 ?p/, /25 pence/, /twenty-five pence/],
      [/£ ?45/, /45 (pounds|quid)/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(45|40|30) ?p (a|per) mile/,
      /(?<!not )(?<!n't )(no|nothing|don't|do not|can't|cannot)[^.]{0,20}(get anything back|claim|be paid|reimburs)/,
      /(?<!not )(?<!n't )(up to )?£ ?(50|60|100|81|71)\b(?! a night)/,
      /(?<!not )(?<!n't )(full|all) (of )?(your )?(day'?s )?(pay|wages)/,
    ],
    cite: ['25p a mile if you drive', 'you can claim up to £45'],
  },
  {
    id: 't22-27',
    file: MD,
    q: "Hi I'm the SENCO at a primary in Coldfell. Mum has asked if I can come along to her mediation with the council next week. The council officer isn't keen. Can I attend and who decides?",
    must: [
      [/(only )?if (everyone|all)[^.]{0,30}(agree|says yes)/, /everyone taking part says yes/],
      [
        /mediator decides/,
        /(the )?mediator (will |can |gets to )?(make the )?(decide|decision|final say|call)/,
        /mediator (makes|has|takes) the (final )?(decision|call|say)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah),? (you can|just) (come|attend)(?! if)/,
      /(?<!not )(?<!n't )(the council|the council officer) (decides|has the final say|can veto)/,
      /(?<!not )(?<!n't )(staff|teachers|senco'?s) (can't|cannot|are not allowed|aren't allowed)/,
      /you do not need anyone'?s agreement/,
    ],
    cite: [
      'only if everyone taking part says yes',
      'If people cannot agree on this, the mediator decides',
    ],
  },
  {
    id: 't22-28',
    type: 'decline',
    q: "we're moving house in the summer and the school we want near the new house turned her down, she doesnt have an ehcp just sen support. theres a waiting list apparently. how do I appeal a school place",
    must: [[PHONE]],
    must_not: [
      /admissions? appeal panel/,
      /\b20 school days\b/,
      /(?<!not )(?<!n't )(infant class size|oversubscri)/,
      /(?<!not )(?<!n't )(appeal|go) (to )?the (send )?tribunal/,
      /can go straight to the tribunal/,
      /(?<!not )(?<!n't )(ask for|request|book) (a |an )?(mediation|disagreement resolution)/,
    ],
  },
  {
    id: 't22-29',
    file: TXT,
    q: "the school stopped my daughter going on the year 6 residential on 24 june 2026 because of her diabetes + autism, said they couldnt 'manage the risk'. I want to take them to tribunal, its disability discrimination isnt it. is the mediation certificate thing needed first? and is it too late now, someone said you get extra over christmas",
    must: [
      [
        /(don't|do not|doesn't|does not|won't|will not) (need|require)/,
        /no (mediation )?certificate/,
        /without (a|any|the) (mediation )?certificate/,
        /(not|isn't|is not) (needed|required|necessary)/,
      ],
      dateOk('2026-12-24').concat([/christmas eve/]),
      [
        /(no|not|doesn't|does not|don't|do not|won't|will not)[^.]{0,40}(extension|extra time|apply|moved|pushed)/,
      ],
    ],
    must_not: [
      ...dateBad('2027-01-04'),
      /2027-01-0/,
      /(?<!not )(?<!n't )(you|you'll|you will|you do|you still) (need|have to get|must get) (a|the) (mediation )?certificate/,
      /(?<!not )(?<!n't )(?<!no )(?<!not an )(?<!n't an )(get|gets|given|have|has) (an? )?(extra time|extension) (over|for|because of) christmas/,
      /(?<!not )(?<!n't )\b(2|two) months (from|after) (the|what)/,
      /(?<!not )(?<!n't )(you'?ve|you have) (already )?missed/,
    ],
    cite: [
      'within six months of the thing that happened',
      'You do not need a mediation certificate for it',
    ],
  },
  {
    id: 't22-30',
    file: HTML,
    q: 'had the mediation last tuesday, got my bus and metro tickets and paid a childminder for the little one. how do I claim it back and how long have I got? skint till payday',
    must: [[/green/], [/six weeks/, /6 weeks/], [/ten working days/, /10 working days/]],
    must_not: [
      /(?<!not )(?<!n't )within (28|30|14|21) days/,
      /(?<!not )(?<!n't )(cash|in cash|on the day|cheque)/,
      /(?<!not )(?<!n't )(blue|yellow|pink) (expenses |claim )?form/,
      /(?<!not )(?<!n't )(childminder|childcare)[^.]{0,30}(can't|cannot|isn't|is not|not) (be )?(claimed|covered)/,
    ],
    cite: ['the green expenses form', 'within six weeks of the meeting'],
  },
  {
    id: 't22-31',
    file: MD,
    q: 'Salaan. Wiilkayga wuxuu qabaa autism. Shirka mediation-ka, ma duubi karaa (record) taleefankayga si aan dib ugu dhegaysto? Qoraallada mediator-ka maxaa lagu sameeyaa kadib?',
    must: [
      [
        /(nobody|no one|not)[^.]{0,20}record/,
        /(can't|cannot|can not|won't|will not|isn't|is not|aren't|are not)[^.]{0,20}record/,
        /no (recording|recordings)/,
        /(lama|ma la|looma) duubo/,
        /cidna ma duubto/,
      ],
      [/shred/, /destroy/, /jeex/, /burbur/, /la baabi/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah|haa),? (you can|you may|waad) (record|duubi)/,
      /(?<!not )(?<!n't )(we|the mediator) (record|records|will record)/,
      /(?<!not )(?<!n't )(notes|they) (are|will be) (kept|stored|sent to you)/,
      /(?<!not )(?<!n't )(six|6) years/,
    ],
    cite: ['Nobody records a mediation, on video or sound', 'rough notes are shredded'],
  },
  {
    id: 't22-32',
    type: 'decline',
    q: 'if it goes to the tribunal i cant afford a solicitor, im on universal credit. can i get legal aid for a send appeal? or do yous do the representing',
    must: [[PHONE]],
    must_not: [
      /legal help/,
      /(?<!not )(?<!n't )(you|you'll|you will|you should|you could) (be )?(qualify|eligible|able to get|get) (for )?legal aid/,
      /(?<!not )(?<!n't )(we|keelrow) (can|could|will) (represent|act for) you/,
      /(?<!not )(?<!n't )legal aid (isn't|is not|doesn't|does not|never) (available|cover)/,
      /£\s?45/,
    ],
  },
  {
    id: 't22-33',
    file: TXT,
    q: 'Добрий день. Сьогодні (четвер, 3 грудня) я сказала медіаційному консультанту, що не хочу медіації, хочу одразу до трибуналу. До якого числа я маю отримати сертифікат? Вихідні рахуються?',
    must: [dateOk('2026-12-08').concat([/\b0?8 грудня/, /вівтор/])],
    must_not: [
      /(by|until|till|latest|deadline|last day|до)[^.]{0,25}\b0?[67](th)? (dec|грудня)/,
      /(by|until|till|latest|deadline|last day)[^.]{0,25}\bdec(ember)?\.? 0?[67]\b/,
      /2026-12-0[67]/,
      /(by|until|till|latest|deadline|last day|до)[^.]{0,25}\b(9|10)(th)? (dec|грудня)/,
      /2026-12-(09|10)/,
      /\b(3|three|три) (calendar|календарн)/,
    ],
    cite: [
      'within three working days of you letting us know',
      'If you decide you do not want mediation',
    ],
  },
  {
    id: 't22-34',
    file: HTML,
    q: 'my ex is threatening to ask for all the notes about us. how long do yous keep the stuff i told the adviser? and can I get a copy of it myself',
    must: [
      [/six years/, /6 years/],
      [/free/, /no (charge|cost|fee)/, /costs? nothing/],
      [/one month/, /1 month/, /a month/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(destroy|delete|shred)[^.]{0,20}(after|once) (the|your) (mediation|agreement|meeting)/,
      /(?<!not )(?<!n't )(3|three|seven|7|ten|10) years/,
      /(?<!not )(?<!n't )£ ?10/,
      /(?<!not )(?<!n't )(we|keelrow) (will|would) (give|share|send)[^.]{0,20}(your ex|him|her)/,
    ],
    cite: ['for six years after your case closes', 'we will send it within one month'],
  },
  {
    id: 't22-35',
    file: MD,
    q: "they've booked our mediation for friday 8th january. they still haven't told me WHERE it is. whats the latest they're allowed to tell us?",
    must: [
      dateOk('2026-12-31').concat([/new year'?s eve/]),
      [/five working days/, /5 working days/],
    ],
    must_not: [
      ...dateAsAnswer('2027-01-01'),
      ...dateAsAnswer('2027-01-03'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2026-12-24'),
      /2027-01-0[134]/,
      /(?<!not )(?<!n't )(5|five) (calendar )?days (before|beforehand|notice)(?! working)/,
      /(?<!not )(?<!n't )(that'?s|it'?s) (fine|ok|okay|allowed)[^.]{0,20}(any ?time|the day before)/,
    ],
    cite: ['at least five working days beforehand'],
  },
  {
    id: 't22-36',
    type: 'decline',
    q: "my little lass is getting picked on every single day at school, kids calling her names and pushing her. she's got a plan. school say theyre dealing with it but nowts changed. what can i actually do",
    must: [[PHONE]],
    must_not: [
      /anti-bullying policy/,
      /(?<!not )(?<!n't )(write to|complain to) the (governors|head)/,
      /(?<!not )(?<!n't )(call|ring|report it to) the police/,
      /(?<!not )(?<!n't )(ask for|request|use|try) (a |an )?(mediation|disagreement resolution)/,
      /within six months of the thing/,
    ],
  },
  {
    id: 't22-37',
    file: TXT,
    q: 'its only about his health stuff (the OT and physio), nowt to do with school. the ICB woman emailed saying they were told on friday 27 november that we want mediation. when does it have to happen by? surely not over christmas',
    must: [
      dateOk('2026-12-27'),
      [
        /(not|isn't|is not|doesn't|does not|won't|will not|never)[^.]{0,30}(moved|move|extended|pushed|roll)/,
        /stays where it is/,
        /calendar days/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2026-12-29'),
      /2026-12-2[89]/,
      /(?<!not )(?<!n't )30 working days/,
      /(?<!not )(?<!n't )(in|by|until) (the new year|january)/,
      /2027-01/,
    ],
    cite: ['the thirtieth day stays where it is', 'when the issue is health alone'],
  },
  {
    id: 't22-38',
    file: HTML,
    q: '你好，我的英语不太好。上次和你们的调解员通话，我觉得她态度很不好。我想投诉。怎么投诉？多久会回复我？如果我投诉了，你们以后还会帮我吗？',
    must: [
      [/fifteen working days/, /15 working days/, /15个工作日/, /十五个工作日/],
      [/two working days/, /2 working days/, /2个工作日/, /两个工作日/],
      [
        /(never|not|won't|will not)[^.]{0,20}affect/,
        /不会影响/,
        /(still|continue to) (help|support)/,
        /继续(帮助|为你|为您)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(local government|ombudsman)/,
      /(?<!not )(?<!n't )within (10|20|28) working days(?! of (the )?(review|chair))/,
      /(?<!not )(?<!n't )(only|must) (in writing|by letter)/,
      /(?<!not )(?<!n't )(may|might|could|will) (affect|stop|end) (the help|our help|your case)/,
    ],
    cite: [
      'sends a full reply within fifteen working days',
      'acknowledges complaints within two working days',
    ],
  },
  {
    id: 't22-39',
    file: MD,
    q: "mediation went well!! on tuesday (1st dec) the council agreed they WILL do an ehc plan for her after all. the officer said 'give us time'. how long have they actually got to give us the final plan",
    must: [dateOk('2027-02-16'), [/(11|eleven) (calendar )?weeks/]],
    must_not: [
      /(?<!not )(?<!n't )(20|twenty|14|fourteen) weeks/,
      ...dateAsAnswer('2027-01-05', '(final plan|final|plan|deadline|last day)'),
      ...dateBad('2027-03-09'),
      ...dateBad('2027-04-20'),
      /(?<!not )(?<!n't )(working|school) weeks/,
      /(?<!not )(?<!n't )(christmas|the holidays) (don't|doesn't|do not|does not) count/,
      /(?<!not )(?<!n't )(as long as|whatever) (they|it) (need|needs|like)/,
    ],
    cite: ['the final plan within 11 weeks', 'counted from the day of the agreement'],
  },
  {
    id: 't22-40',
    type: 'decline',
    q: "does my son get free school meals automatically cos he has an EHCP? money's really tight and the school said ask the council",
    must: [[PHONE]],
    must_not: [
      /£\s?7,?400/,
      /universal infant/,
      /(?<!not )(?<!n't )(yes|yeah),? (he|your son|children with (an )?ehcps?) (get|gets|qualify|qualifies|is entitled)/,
      /(?<!not )(?<!n't )(no|not),? (an )?ehcp (doesn't|does not) (mean|give)/,
      /£\s?5\.35/,
    ],
  },
  {
    id: 't22-41',
    file: TXT,
    q: 'letter naming the school (section I) is dated 30th november 2026. thats the only thing we disagree with, the rest is fine. do i need the certificate and whats the actual deadline to appeal? is it the 30th jan',
    must: [
      dateOk('2027-02-01'),
      [
        /(don't|do not|doesn't|does not|won't|will not) (need|require)/,
        /no (mediation )?certificate/,
        /without (a|any|the) (mediation )?certificate/,
        /(not|isn't|is not) (needed|required|necessary)/,
        /straight to the tribunal/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah),? (it'?s|it is|that'?s) (the )?30(th)?/,
      ...dateAsAnswer('2027-01-30'),
      ...dateAsAnswer('2027-01-29'),
      ...dateBad('2027-02-28'),
      ...dateBad('2027-03-01'),
      /(?<!not )(?<!n't )you (still |will )?(need|have) (to get )?a (mediation )?certificate/,
    ],
    cite: ['it moves to the next working day', 'can go straight to the Tribunal'],
  },
  {
    id: 't22-42',
    file: HTML,
    q: "I divvent finish till half 5 at the call centre, by the time I'm home yous are shut. is there ANY day yous are open later? and what time do you close on fridays",
    must: [
      [/wednesday/],
      [/7[.:]30/, /half past seven/, /19[.:]30/],
      [/\b1 ?(pm|p\.m\.)/, /13[.:]00/, /one o'?clock/, /lunchtime/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(tuesday|thursday|monday)s?[^.]{0,25}(late|until 7|till 7|7[.:]30)/,
      /(?<!not )(?<!n't )(open|staffed)[^.]{0,15}(saturday|sunday)s?(?! drop)/,
      /(?<!not )(?<!n't )friday[^.]{0,20}(5 ?pm|17[.:]00|until 5|till 5)/,
      /(?<!not )(?<!n't )(until|till) 8 ?pm/,
    ],
    cite: ['Wednesday: 9am to 7.30pm', 'Friday: 9am to 1pm'],
  },
  {
    id: 't22-43',
    file: MD,
    q: "mediation was yesterday (wed 2 dec). council agreed to change section F and said the amended plan takes 5 weeks. but the physio bit, the health people agreed to fund more sessions. and if it's only the health bit, how long have they got? do they have to tell the council?",
    must: [
      dateOk('2026-12-16').concat([/\b(2|two) weeks/]),
      [/(one|1|a) week/, /seven days/, /7 days/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(5|five|11|eleven) weeks[^.]{0,30}(health|physio|icb|integrated care board)/,
      /(?<!not )(?<!n't )(health|physio|icb|integrated care board)[^.]{0,40}(5|five|11|eleven) weeks/,
      ...dateBad('2027-01-06'),
      /(?<!not )(?<!n't )(no|there'?s no) (time )?limit/,
      /(?<!not )(?<!n't )(can't|cannot) (be )?(enforced|mediated)/,
    ],
    cite: [
      'Do what was agreed within 2 weeks',
      'let the council know what was agreed within one week',
    ],
  },
  {
    id: 't22-44',
    type: 'decline',
    q: 'Im a TA and I read for a girl with dyslexia in all her tests. shes doing her GCSEs in the summer. will she get 25% extra time and a reader in the real exams, who decides that?',
    must: [[PHONE]],
    must_not: [
      /\bjcq\b/,
      /(?<!not )(?<!n't )25 ?%/,
      /access arrangements/,
      /(?<!not )(?<!n't )(the )?(senco|exams officer|school) (decides|applies)/,
      /if everyone taking part agrees/,
    ],
  },
  {
    id: 't22-45',
    file: TXT,
    q: 'to be honest i ignored the councils letter back in july (not doing a plan after the assessment), i was in hospital. i never contacted any adviser. is it too late to get a certificate now and is that it, game over?',
    must: [
      [
        /(can't|cannot|can not|not allowed to|unable to|no longer)[^.]{0,30}(issue|give|get)[^.]{0,15}certificate/,
        /too late (for|to get) a certificate/,
        /not allowed to issue a certificate/,
      ],
      [/permission/, /(ask|apply to) the tribunal/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(we|an adviser|the adviser) (can|could|will) (still )?(issue|give you|send you) (you )?a certificate/,
      /(?<!not )(?<!n't )(game over|no way|nothing you can do|nothing (more|else) (can be|you can) do)/,
      /(?<!not )(?<!n't )(you can|you could) (still )?appeal (as normal|straight away|without any permission)/,
      /(?<!not )(?<!n't )(2|two) months (from|after) (when|the day) you (got|received)/,
    ],
    cite: ['we are not allowed to issue a certificate', 'permission to appeal without one'],
  },
  {
    id: 't22-46',
    file: HTML,
    q: "is there anywhere i can just turn up and talk to someone face to face, i'm rubbish on the phone. saturdays would be best, i'm in tynemarsh",
    must: [
      [/tynemarsh central library/, /central library/],
      [/third saturday/, /3rd saturday/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(every|each) saturday/,
      /(?<!not )(?<!n't )(first|1st|second|2nd|last) saturday/,
      /(?<!not )(?<!n't )(book|need) an appointment/,
      /(?<!not )(?<!n't )coldfell library[^.]{0,30}saturday/,
    ],
    cite: ['on the third Saturday of the month'],
  },
  {
    id: 't22-47',
    file: MD,
    q: 'our mediation is on new years eve (thurs 31 dec) cos it was the only date left. if we dont agree i want to appeal straight away. when will i get the certificate, will yous be off till mid january?',
    must: [dateOk('2027-01-06')],
    must_not: [
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-07'),
      ...dateAsAnswer('2027-01-03'),
      /2027-01-0[3457]/,
      /(?<!not )(?<!n't )(mid|middle of) january/,
      /(?<!not )(?<!n't )(3|three) (calendar )?days(?! of the)(?<!working days)/,
    ],
    cite: ['within three working days of the meeting ending'],
  },
  {
    id: 't22-48',
    type: 'decline',
    q: 'me and his dad split up and we cant agree on anything, which school, who has him when, nothing. can yous do mediation between me and his dad?',
    must: [[PHONE]],
    must_not: [
      /\bmiam\b/,
      /family mediation council/,
      /child arrangements order/,
      /(?<!not )(?<!n't )(yes|yeah),? (we|keelrow) (can|could|will) (mediate|do that|help with that)/,
      /(?<!not )(?<!n't )(we|keelrow) (can|could|will) mediate between (you|parents)/,
      /special guardianship/,
    ],
  },
  {
    id: 't22-49',
    file: TXT,
    q: "I asked for mediation in October and the council STILL haven't set a date, its been way over 30 days. officer says they 'can't find a mediator'. so does that mean I just wait forever or what",
    must: [
      [/certificate/],
      [
        /treated as (having|if you had) (taken part|mediated)/,
        /counts? as (having )?(mediated|taken part)/,
        /(three|3) working days/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(you|you'll) (just )?(have to|need to|must) wait/,
      /(?<!not )(?<!n't )(you )?(can't|cannot) (appeal|get a certificate) (until|unless) (the )?mediation (happens|takes place)/,
      /(?<!not )(?<!n't )30 working days/,
      /(?<!not )(?<!n't )(start|begin) again/,
    ],
    cite: ['treated as having taken part in mediation', 'it must let us know without delay'],
  },
  {
    id: 't22-50',
    file: HTML,
    q: "we live right out past allendale, the mediation is at the chandlery 9.30 in the morning, no way we can get there in time with the buses. could we stop at my sister's in tynemarsh the night before, would that be paid",
    must: [
      [/£ ?21/, /21 (pounds|quid)/, /twenty-one pounds/],
      [/family or friends/, /sister/, /relative/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(£ ?(71|81))(?![^.]{0,40}(hotel|b&b|guest ?house))/,
      /(?<!not )(?<!n't )(no|not|can't|cannot|isn't|is not|won't|will not)[^.]{0,20}(overnight|stays?)[^.]{0,20}(paid|covered|claimed)/,
      /(?<!not )(?<!n't )only (hotels?|b&bs?)/,
      /(staying|stays?) with (family|friends|your sister|relatives?)[^.]{0,20}(is not|isn't|not|won't be|is never) (covered|paid)/,
      /(?<!not )(?<!n't )£ ?45 a night/,
    ],
    cite: ['£21 a night if you stay with family or friends', 'get there and back in a day'],
  },
  {
    id: 't22-51',
    file: MD,
    q: "if we do agree something, do we actually get it in writing or is it just a handshake. last time the council 'forgot' what they promised",
    must: [
      [/(written|in writing)/, /written down/],
      [/signed/],
      [/two working days/, /2 working days/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(just|only) (a )?(verbal|handshake|spoken)/,
      /(?<!not )(?<!n't )(posted|post) (you )?(a copy )?within (5|five|10|ten|14)/,
      /(?<!not )(?<!n't )within (5|five|10|ten|14) working days/,
      /(?<!not )(?<!n't )(not|isn't|is not) (legally )?binding(?! in)/,
    ],
    cite: [
      'we email you a copy within two working days',
      'written down and signed before everyone leaves',
    ],
  },
  {
    id: 't22-52',
    type: 'decline',
    q: 'school says theyre gonna fine us cos his attendance is 78%. half the time he cant go in cos of anxiety and the EBSA stuff. can they actually fine us for that?',
    must: [[PHONE]],
    must_not: [
      /penalty notice/,
      /£\s?(60|80|120|160)\b/,
      /(?<!not )(?<!n't )(they|the school|the council) (can|can't|cannot|could) (fine|issue)/,
      /(?<!not )(?<!n't )(ask for|request|use|try) (a |an )?(mediation|disagreement resolution)/,
      /\b90 ?%/,
    ],
  },
  {
    id: 't22-53',
    file: TXT,
    q: "im 19, at college. annual review is in may and they're talking about ending my ehcp. if the letter ceasing it comes dated 9 june 2027 and i get the certificate 14 june, whens my last day to appeal? my mate said 9 august but thats the summer hols, i'll be away",
    must: [
      dateOk('2027-09-01'),
      [
        /(need|needs|get|have|requires?) (a |the )?(mediation )?certificate/,
        /certificate[^.]{0,30}(needed|required|first)/,
        /once you have (the|your|a) certificate/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-08-09'),
      /(?<!not )(?<!n't )(yes|yeah),? (your mate|he|she|they) (is|'s|are|'re) right/,
      ...dateAsAnswer('2027-08-31'),
      ...dateAsAnswer('2027-08-30'),
      ...dateBad('2027-09-02'),
      /2027-08-(09|30|31)/,
      /(?<!not )(?<!n't )(your (mum|mam|parents?)|a parent) (has|have|must|needs?) to (appeal|bring)/,
      /(?<!not )(?<!n't )(don't|do not|doesn't|does not) need (a|the|any) (mediation )?certificate/,
    ],
    cite: ['the first working day after 31 August', 'Ending (ceasing) a plan'],
  },
  {
    id: 't22-54',
    file: HTML,
    q: "my son is 17 and he's in a right state about college. he wont talk on the phone to anyone. can I just ring yous and sort it for him",
    must: [
      [
        /(hear|know|check) (from him|that he)/,
        /(his|him) (saying|say) so/,
        /(his|he gives?|with his) (permission|agreement|consent|ok)/,
        /(he is|he's) happy for you/,
      ],
      [/text/, /whatsapp/, /message/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah),? (you can )?(just )?(ring|call|sort it)(?! (once|if|as long))/,
      /under 18,? so (we|they) (deal|speak|talk) (with|to) (the )?parents/,
      /(?<!not )(?<!n't )(he|your son) (has|needs|will need) to (ring|call|phone|talk on the phone)/,
      /(?<!not )(?<!n't )(you|parents) (can't|cannot|are not allowed to|aren't allowed to) (ring|call|speak)/,
      /(?<!not )(?<!n't )(power of attorney|deputy|court)/,
    ],
    cite: ['A short text from his phone', 'happy for you to speak for him'],
  },
  {
    id: 't22-55',
    file: MD,
    q: 'i have bad anxiety and panic attacks. three hours in a room with the council sounds like hell tbh. can it be shorter or broken up? what if i lose it in the middle',
    must: [
      [/two shorter/, /2 shorter/, /split/, /different days/],
      [/time out/, /break/, /private room/, /stop at any time/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(must|has to|have to) (be|last|stay for) (the )?(full|whole|all) (three|3) hours/,
      /(?<!not )(?<!n't )(can't|cannot|can not) (be )?(split|shortened|broken up)/,
      /(?<!not )(?<!n't )(breaks|a break) (only|just) (at|for) lunch/,
    ],
    cite: ['split things into two shorter meetings', 'Every family gets a "time out" card'],
  },
  {
    id: 't22-56',
    type: 'decline',
    q: "I'm his nana and I've got a special guardianship order. I'm 71 and I'm shattered. is there any respite or short breaks we can get, even a weekend a month would help",
    must: [[PHONE]],
    must_not: [
      /short breaks statement/,
      /(?<!not )(?<!n't )(direct payments|personal budget)/,
      /(?<!not )(?<!n't )(carer'?s|carers) assessment/,
      /(?<!not )(?<!n't )(you|you'll|you are|you're) (are )?(entitled|eligible)/,
      /£\s?5\.35/,
    ],
  },
  {
    id: 't22-57',
    file: TXT,
    q: 'Hello. My English little. I write to you, what happen next? Somebody phone me? How long it take, I am busy with baby. Must I say yes to mediation on the phone?',
    must: [
      [/four working days/, /4 working days/],
      [/(twenty|20)[^.]{0,15}(forty|40) minutes/],
      [
        /no pressure/,
        /(don't|do not|doesn't|does not) (have to|need to)[^.]{0,20}(decide|say yes|choose)/,
        /(not|no) (have to|need to|must)[^.]{0,10}(decide|say yes)/,
        /(few|some) days to think/,
        /your (choice|decision)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(must|have to|has to|need to) (decide|say yes|agree)[^.]{0,20}(on the (phone|call)|straight away|then)/,
      /(?<!not )(?<!n't )(an|one|1|two|2) hours?\b(?! (or|and))/,
      /(?<!not )(?<!n't )within (2|3|two|three|ten|10) working days/,
    ],
    cite: ['We aim to hold it within four working days', 'between twenty and forty minutes'],
  },
  {
    id: 't22-58',
    file: HTML,
    q: "ok and one more thing. what i say to the adviser on the phone about how bad the school have been, will yous pass that on to the school or the council? i don't want it making things worse for him there",
    must: [
      [
        /(only )?with your permission/,
        /(not|won't|will not|never)[^.]{0,30}(share|pass|tell)[^.]{0,30}(unless|without)/,
      ],
      [/serious harm/, /at risk/, /safeguarding/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah),? (we|it) (will|would|has to|have to) (pass|share|tell)/,
      /(?<!not )(?<!n't )(the council|the school) (can|will|gets to) (see|read|access)/,
      /(?<!not )(?<!n't )(we|keelrow) (always|automatically) (share|pass|tell|send)/,
      /(?<!not )(?<!n't )nothing is (ever )?(confidential|private)/,
    ],
    cite: ['We share it only with your permission', 'at risk of serious harm'],
  },
  {
    id: 't22-59',
    file: MD,
    q: 'I use a wheelchair and drive an adapted van. the mediation is at your office on the riverside. can I park there? is it up stairs',
    must: [[/(two|2) (parking )?bays/, /parking bays?/], [/book/, /reserve/], [/lift/]],
    must_not: [
      /(?<!not )(?<!n't )(no|there'?s no|there is no) (parking|lift)/,
      /(?<!not )(?<!n't )(free car park|on-street parking only)[^.]{0,40}chandlery/,
      /(?<!not )(?<!n't )(chandlery|our office)[^.]{0,40}(ground floor|free car park)/,
      /(?<!not )(?<!n't )(only|just) (by|via) (the )?stairs/,
    ],
    cite: ['Two parking bays by the door', 'First floor, lift, accessible toilet'],
  },
  {
    id: 't22-60',
    type: 'decline',
    q: 'im 19 and got into uni for september!! i had an ehcp at college but they said it stops at uni. what support can i get there, my dyspraxia is bad with writing. is it DSA or something',
    must: [[PHONE]],
    must_not: [
      /disabled students'? allowance/,
      /student finance/,
      /(?<!not )(?<!n't )(your|the) (ehcp|plan) (will|can) (continue|carry on|stay)/,
      /(?<!not )(?<!n't )(disability|disabled student) (adviser|service|team) at (the|your) uni/,
      /decisions about your plan are yours to take/,
    ],
  },
];

// who asks, in what language, which route, which decline topic; date questions carry the rule,
// its input and the answer, and check.mjs recomputes each one from the rules
export const META = {
  't22-05': {
    asker: 'young person (18)',
    date: {
      fn: 'adviserContactDeadline',
      input: { decisionDate: '2026-12-30' },
      expected: '2027-02-28',
      note: 'R2: 30 Dec + 2 months has no 30 Feb in 2027, so the last day of February, Sun 28 Feb 2027, and it is not moved to Mon 1 Mar',
    },
  },
  't22-13': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-02', certificateDate: '2026-11-30' },
      expected: '2027-01-04',
      note: 'R13: later of 2 Dec 2026 (letter + 2 months, already past) and 30 Dec 2026 (certificate + 1 month) is 30 Dec, in the Christmas window, so the first working day after 1 Jan: Mon 4 Jan 2027',
    },
  },
  't22-29': {
    asker: 'parent',
    route:
      'disability discrimination claim: no certificate needed, six months, no Christmas extension',
    date: {
      fn: 'discriminationClaimDeadline',
      input: { actDate: '2026-06-24' },
      expected: '2026-12-24',
      note: 'R14: 6 months from Wed 24 Jun 2026 is Thu 24 Dec 2026, a working day; no Christmas extension',
    },
  },
  't22-33': {
    asker: 'parent with little English',
    lang: 'Ukrainian',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-03' },
      expected: '2026-12-08',
      note: 'R4: 3 working days after Thu 3 Dec are Fri 4, Mon 7 and Tue 8 Dec 2026',
    },
  },
  't22-35': {
    asker: 'parent',
    date: {
      fn: 'mediationNoticeBy',
      input: { mediationDate: '2027-01-08' },
      expected: '2026-12-31',
      note: 'R8: 5 working days before Fri 8 Jan 2027 are Thu 7, Wed 6, Tue 5, Mon 4 Jan and Thu 31 Dec (Fri 1 Jan is a bank holiday)',
    },
  },
  't22-37': {
    asker: 'parent',
    date: {
      fn: 'mediationArrangeBy',
      input: { from: '2026-11-27' },
      expected: '2026-12-27',
      note: 'R7: health only, 30 calendar days from the ICB being told on Fri 27 Nov is Sun 27 Dec 2026, not moved',
    },
  },
  't22-39': {
    asker: 'parent',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-01', weeks: 11 },
      expected: '2027-02-16',
      note: 'R15: agreement to make a plan, final plan within 11 calendar weeks of Tue 1 Dec 2026: Tue 16 Feb 2027',
    },
  },
  't22-41': {
    asker: 'parent',
    route: 'section I only: no certificate needed',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-11-30' },
      expected: '2027-02-01',
      note: 'R13 without a certificate: 30 Nov + 2 months is Sat 30 Jan 2027, so the next working day, Mon 1 Feb 2027',
    },
  },
  't22-43': {
    asker: 'parent (follow-on)',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-02', weeks: 2 },
      expected: '2026-12-16',
      note: 'R16/R17: a health-only point is not appealable, so 2 weeks from Wed 2 Dec 2026: Wed 16 Dec; the ICB tells the council within 1 week',
    },
  },
  't22-47': {
    asker: 'parent',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-31' },
      expected: '2027-01-06',
      note: 'R11: 3 working days after Thu 31 Dec 2026 are Mon 4, Tue 5 and Wed 6 Jan 2027 (Fri 1 Jan is a bank holiday)',
    },
  },
  't22-53': {
    asker: 'young person (19)',
    route:
      'decision to cease a plan: the young person appeals in their own name, certificate needed',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2027-06-09', certificateDate: '2027-06-14' },
      expected: '2027-09-01',
      note: 'R13: later of 9 Aug 2027 and 14 Jul 2027 is 9 Aug, in August, so the first working day after Tue 31 Aug: Wed 1 Sep 2027',
    },
  },
  't22-01': { asker: 'parent (Tyneside dialect)' },
  't22-02': { asker: 'kinship carer (grandparent, no court order)' },
  't22-03': { asker: 'parent' },
  't22-06': { asker: 'parent (follow-on)' },
  't22-07': { asker: 'parent (for a deaf partner)' },
  't22-09': {
    asker: 'parent',
    route: 'academy, SEN support, no plan: disagreement resolution (voluntary), not mediation',
  },
  't22-10': { asker: 'parent (shift worker, dialect)' },
  't22-11': { asker: 'parent (working)' },
  't22-14': { asker: 'parent (follow-on, dialect)' },
  't22-15': { asker: 'parent' },
  't22-17': { asker: 'parent', route: 'section I only: no certificate needed' },
  't22-18': { asker: 'teaching assistant' },
  't22-19': { asker: 'parent' },
  't22-21': {
    asker: 'parent',
    route: 'section I together with section F: certificate needed for the whole appeal',
  },
  't22-22': { asker: 'parent with little English', lang: 'Bengali' },
  't22-23': { asker: 'parent' },
  't22-25': {
    asker: 'parent (dialect)',
    route: 'health only (section G): not appealable alone; mediation arranged by the ICB',
  },
  't22-26': { asker: 'parent (warehouse worker)' },
  't22-27': { asker: 'SENCO' },
  't22-30': { asker: 'parent' },
  't22-31': { asker: 'parent with little English', lang: 'Somali' },
  't22-34': { asker: 'parent' },
  't22-38': { asker: 'parent with little English', lang: 'Chinese (Simplified)' },
  't22-42': { asker: 'parent (working)' },
  't22-45': {
    asker: 'parent',
    route:
      'adviser window missed: no certificate; ask the Tribunal for permission to appeal without one',
  },
  't22-46': { asker: 'parent' },
  't22-49': { asker: 'parent' },
  't22-50': { asker: 'parent (rural)' },
  't22-51': { asker: 'parent' },
  't22-54': { asker: 'parent of a young person (17)' },
  't22-55': { asker: 'parent' },
  't22-57': { asker: 'parent with little English' },
  't22-58': { asker: 'parent (follow-on)' },
  't22-59': { asker: 'parent (wheelchair user)' },
  // declines: what each asks about (check.mjs makes sure no topic repeats the template's list)
  't22-04': { asker: 'parent', topic: 'home to school transport' },
  't22-08': { asker: 'parent', topic: 'permanent exclusion' },
  't22-12': { asker: 'parent (dialect)', topic: 'Blue Badge' },
  't22-16': { asker: 'parent', topic: 'elective home education' },
  't22-20': { asker: 'parent', topic: 'autism diagnosis waiting list' },
  't22-24': { asker: 'parent', topic: 'moving to adult social care' },
  't22-28': { asker: 'parent', topic: 'school admission appeal without a plan' },
  't22-32': { asker: 'parent', topic: 'legal aid for a Tribunal appeal' },
  't22-36': { asker: 'parent (dialect)', topic: 'bullying at school' },
  't22-40': { asker: 'parent', topic: 'free school meals' },
  't22-44': { asker: 'teaching assistant', topic: 'exam access arrangements' },
  't22-48': { asker: 'parent', topic: 'separated parents disagreeing' },
  't22-52': { asker: 'parent', topic: 'attendance fines' },
  't22-56': {
    asker: 'kinship carer (grandparent, special guardian)',
    topic: 'short breaks and respite',
  },
  't22-60': {
    asker: 'young person (19)',
    topic: "university support and Disabled Students' Allowance",
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
