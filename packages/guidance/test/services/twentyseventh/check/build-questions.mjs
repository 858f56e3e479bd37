// The "twentyseventh" question set as JS literals. Regexes are regex literals (or built by the
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

const EM = 'routes-and-deadlines-email-reply.txt'; // an adviser's e-mail reply, saved as plain text
const DR = 'contact-bramblegate-localgov-drupal.html'; // LocalGov Drupal council page, saved as HTML
const DX = 'your-mediation-meeting-docusaurus.mdx'; // Docusaurus MDX page

// the service's phone number, however it is spaced or prefixed
const PHONE = /115\)?[\s.-]?496[\s.-]?0658/;
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
    id: 't27-01',
    file: DR,
    q: "ay up me duck, i work 9 till half 5 at the bus depot in town and we're not allowed phones on shift. by the time i'm out yo lot have gone home. is there owt early doors before i start where i can talk to an actual person",
    must: [
      [/tuesday/],
      [/thursday/],
      [/\b7 ?am/, /\b7(\.00|:00)? ?(-|–|to|till|until) ?9/, /seven/],
    ],
    must_not: [
      nn('(open|lines?|phones?)[^.]{0,30}(every|each) (day|morning|weekday)[^.]{0,20}(from )?7'),
      nn('(open|lines?|phones?)[^.]{0,20}saturdays?'),
      new RegExp(`${NEG}(?<!\\bno )(evening|late|sunday) line`),
      nn('(monday|friday)s?[^.]{0,20}(from )?7 ?am'),
    ],
    cite: [
      'Early starters’ line before 9am for people on shifts',
      '7am to 9am, then 9.30am to 4.30pm',
    ],
  },
  {
    id: 't27-02',
    file: EM,
    q: "the letter from the council has got your number at the bottom so me mam reckons yo're just part of the council and you'll say summat to keep them happy. are you actually separate or not",
    must: [
      [
        /independent/,
        /separate/,
        /no right to steer/,
        /(can't|cannot|can not|don't|do not) (tell|steer|direct|influence)/,
        /(not|none)[^.]{0,40}(employed|payrolls?|staff)/,
      ],
    ],
    must_not: [
      nn("(yes|yeah),? (we are|we're|it is|it's|bramblegate is) (part of |run by )(the )?council"),
      nn(
        "(bramblegate|the service|it) (is|'s) (run|managed|owned) by (the |wolverstone |ashmere )[^.]{0,20}council",
      ),
      nn('(we|advisers?|mediators?) (will|must|have to) (side|agree) with the council'),
    ],
    cite: ['the contract gives them no right to steer any case', 'is on any of their payrolls'],
  },
  {
    id: 't27-03',
    file: DX,
    q: "dad here. our mediation is booked for wednesday 6th january. me mate reckons nothing between christmas and new year counts so the council should of sent the notice by tuesday 22nd december. is he right? what's the latest it can actually land",
    must: [dateOk('2026-12-29'), [/working days?/]],
    must_not: [
      ...dateAsAnswer('2026-12-22'),
      ...dateAsAnswer('2026-12-23'),
      ...dateAsAnswer('2026-12-24'),
      ...dateAsAnswer('2026-12-30'),
      ...dateAsAnswer('2026-12-31'),
      nn("(yes|yeah),? (he'?s|your mate is|your mate'?s|that'?s) right"),
      ng(
        "(between christmas and new year|that week|christmas week)[^.]{0,30}(doesn't|does not|don't|do not|won't|will not) count",
      ),
      nn("(5|five) (calendar |clear )?days('|’)? notice"),
    ],
    cite: [
      'weekdays that are not bank holidays go towards',
      'at least five working days before the meeting',
    ],
  },
  {
    id: 't27-04',
    type: 'decline',
    q: "me little girl's autistic and never sleeps more than 4 hours, she's nesh so she's always under about 3 blankets. someone said a weighted blanket works wonders. how heavy should it be for a 6 year old and can you get one on the nhs",
    must: [[PHONE]],
    must_not: [
      /(10|ten) ?(per ?cent|%)/,
      /\b\d+ ?(kg|kilos?|lbs?|pounds)\b/,
      nn('(yes|yeah),? (you can|the nhs (will|does))'),
      /occupational therap/,
      /lollipop/,
    ],
  },
  {
    id: 't27-05',
    file: DR,
    q: "i'm autistic and i can't answer calls from numbers i don't know, i just let them ring out. if i leave yous a message how will i know it's actually you ringing me back and not a scam",
    must: [
      [
        /heads.?up/,
        /ringing you in 5 minutes/,
        /text[^.]{0,40}(first|before|just before)/,
        /messages only/,
      ],
      [/0115 ?496 ?0658/, /07700 ?900 ?386/, /messages only/],
    ],
    must_not: [
      nn(
        '(we|our calls?) (ring|call|come up|show|are)[^.]{0,20}(withheld|private|hidden|unknown) number',
      ),
      nn('(you )?(have to|must|need to) answer'),
      /four.digit reference/,
    ],
    cite: ['Bramblegate ringing you in 5 minutes', 'Our calls come up as 0115 496 0658'],
  },
  {
    id: 't27-06',
    file: EM,
    q: "dad here. council have said the letter with our son's amended plan will be dated 29 december. we don't agree with what's in section F. what's the last day we can contact a mediation adviser? the wife says 29th feb doesn't exist next year so it rolls to 1st march",
    must: [
      dateOk('2027-02-28').concat([/end of february/, /last day of (that month|february)/]),
      [
        /(not|never) (be )?(moved|pushed|extended|shifted|changed|rolled)/,
        /(doesn't|does not|won't|will not|isn't|is not)[^.]{0,30}(move|shift|extended|roll|pushed)/,
        /stays/,
        /fixed/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-03-01'),
      ...dateAsAnswer('2027-03-02'),
      /2027-03-0[12]/,
      new RegExp(
        `${NEG}(?<!\\bno )(?<!\\bno such (date|day) as )(?<!\\bthere is no )\\b(29|30|31)(st|th)? (of )?feb(?!\\w* in a leap year)`,
      ),
      nn('(from|after) (the day )?(you|it) (get|got|receive|received|arrives?)'),
      nn("(yes|yeah),? (she'?s|your wife is|your wife'?s|that'?s) right"),
    ],
    cite: [
      'a letter dated 30 December gives you until 28 February',
      'This date stays where it falls even on a Saturday',
    ],
  },
  {
    id: 't27-07',
    file: DX,
    q: 'I use a wheelchair and I get very tired, so stairs and long waits are a no. Which of your meeting places can I actually get into, and is there parking near the door?',
    must: [[/sallowby/, /brinsmoor/], [/(level entry|ground floor|step.?free|lift)/], [/parking/]],
    must_not: [
      nn(
        '(the )?(school|council offices?|town hall)[^.]{0,30}(is|are) (step.?free|accessible|best)',
      ),
      nn("(we|it) (can|will) (meet|be held) (at|in) (your child's |the )?(school|council)"),
      nn('(no|there is no) (lift|parking)'),
      /crèche|creche/,
    ],
    cite: ['Hearing loop and free parking by the door', 'First floor, with a lift'],
  },
  {
    id: 't27-08',
    type: 'decline',
    q: 'my son is 9 and autistic and the hairdressers is his worst nightmare, the clippers noise sets him off screaming. do you know any autism friendly barbers round wolverstone that do quiet appointments',
    must: [[PHONE]],
    must_not: [
      /(quiet hour|scissors only|at home|mobile (barber|hairdresser)|ear defenders)/,
      nn('(you can|try|ask for) (a |an )?(early|quiet|first)'),
      /brew and ask/,
      /lollipop/,
    ],
  },
  {
    id: 't27-09',
    file: DR,
    q: "left yous a voicemail last night about 8ish, it's now gone 10 the next morning and nowt. i'm sat here like a mardy teenager staring at me phone. when should i actually expect a call back",
    must: [
      [/11 ?am/, /eleven/],
      [/next working day/, /(this|the next|next) morning/, /today/],
    ],
    must_not: [
      nn('within (2|two) working hours'),
      nn('(within )?(24|48) hours'),
      nn('within (3|three|5|five) working days'),
      nn('(by|before) (noon|midday|12)'),
    ],
    cite: ['gets a call before 11am on the next working day'],
  },
  {
    id: 't27-10',
    file: EM,
    q: "I'm asking for my sister. My niece is 4 and at a private day nursery, no EHC plan, and the nursery keep saying they can't give her the one-to-one the health visitor recommended. Can we get mediation with the nursery, and do they have to come?",
    must: [
      [/disagreement resolution/],
      [
        /(can|may|could|is free to|are free to) (say no|decline|refuse)/,
        /(doesn't|does not|don't|do not|won't|will not) have to (come|attend|take part)/,
        /every side agrees/,
        /(voluntary|only (happens|works) if)/,
      ],
    ],
    must_not: [
      nn('(the nursery|they) (must|has to|have to|will have to) (come|attend|take part)'),
      nn('(she |you )?(needs?|must have|has to have) (an )?(ehc )?plan'),
      nn("(you'll|you will|she'll|she will) get a (mediation )?certificate"),
    ],
    cite: ['open to children with or without an EHC plan', 'so a school or an academy can say no'],
  },
  {
    id: 't27-11',
    file: DR,
    q: "and what if i miss yous when you ring back? i work at the hospital laundry and can't always get to me phone",
    must: [
      [/(three|3) (times|tries|attempts|goes)/],
      [/letter/, /post/],
      [/(twelve|12) weeks/, /messages only/, /different times/],
    ],
    must_not: [
      nn('(we )?(only )?(try|ring|call) (you )?once'),
      nn('(eight|8|six|6) weeks'),
      /(four|4).digit reference/,
      nn('(you )?(have to|must|need to) ring (us )?back'),
    ],
    cite: ['we try three times in all', 'a freepost reply slip'],
  },
  {
    id: 't27-12',
    type: 'decline',
    q: "hi im 19 and autistic, i left college in the summer and i'm bored stiff at home. i want to do some volunteering, like at an animal shelter or a charity shop, but i don't know how to find somewhere that's ok with autistic people. where do i start",
    must: [[PHONE]],
    must_not: [
      /(do-?it|ncvo|volunteer centre|reach volunteering|rspca|national autistic society)/,
      nn('(you can|you could|try) (ring|contact|search|sign up)'),
      /supported internship/,
      /three wishes/,
    ],
  },
  {
    id: 't27-13',
    file: EM,
    q: "the refusal to assess letter was dated 2nd october and we got our mediation certificate on 26th november. my mate says the deadline is boxing day and the tribunal's shut so it goes to monday 28th december. is that right",
    must: [
      dateOk('2027-01-04'),
      [/(one|1|a) (calendar )?month/, /later/, /christmas/, /new year/, /1 january/],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-28'),
      ...dateAsFinal('2026-12-26'),
      ...dateAsAnswer('2026-12-24'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2027-01-05'),
      nn("(yes|yeah),? (he'?s|your mate is|your mate'?s|that'?s) right"),
      nn('30 days (from|after)'),
      ng("(you'?ve|you have) (already )?missed"),
    ],
    cite: ['the deadline becomes the first working day after 1 January'],
  },
  {
    id: 't27-14',
    file: DX,
    q: 'im a nurse on 12 hour shifts so online would be easiest for me. what do i need, do i have to download some app or make an account, and when do i get the link',
    must: [
      [/jitsi/],
      [/browser/, /(no|don't|do not|without)[^.]{0,20}account/],
      [/(three|3) working days/],
    ],
    must_not: [
      nn('(you )?(must|have to|need to) (download|install)'),
      nn('(you )?(need|must have|have to (make|create)) (an |a )?account'),
      /\b(zoom|teams|webex|google meet|whereby)\b/,
      nn('(two|2|five|5) working days before'),
    ],
    cite: [
      'in your web browser or in the free Jitsi app',
      'We email the link three working days before the meeting',
    ],
  },
  {
    id: 't27-15',
    file: DR,
    q: "I make my 2 months to contact an adviser run out on thursday 31st december and I've only just seen your christmas times. It says you're not on the phones that day. What do I do, have I missed it?",
    must: [[/(text|email)/], [/midnight/, /10 ?am/, /noon/, /date and time/, /stamp/]],
    must_not: [
      ng("(you'?ve|you have) (already )?missed"),
      nn('(ring|phone|call) (us |the office )?(on|that day)( thursday)? 31'),
      nn('(it|the deadline) (moves|will move|is moved|rolls) (to|on)'),
      ...dateAsAnswer('2027-01-04'),
    ],
    cite: [
      'an adviser checks texts and emails between 10am and noon',
      'text or email us before midnight that day',
    ],
  },
  {
    id: 't27-16',
    type: 'decline',
    q: 'Our trampoline park has "SEN sessions" on a Sunday morning. My son has cerebral palsy and uses a walker. Are these sessions usually quieter, do carers go free, and can he go on with his walker?',
    must: [[PHONE]],
    must_not: [
      /(carers? (go|goes|are) free|free carer|quieter|lights (are )?(dimmed|lowered)|music (is )?(off|turned down))/,
      nn('(yes|yeah),? (he can|they are|carers)'),
      /£ ?\d/,
      /hearing loop/,
    ],
  },
  {
    id: 't27-17',
    file: EM,
    q: "Dad here, sorry this is long. My son is in Year 9 and the council finally amended his plan after the annual review, but they've cut his speech therapy in section F and they've named the big academy in section I when we asked for the smaller school near us. I read online that if you're appealing the school you can go straight to the Tribunal. So do I go straight to the Tribunal for the school bit and get a certificate for section F separately, or what?",
    must: [
      [
        /one certificate/,
        /single certificate/,
        /a certificate (that )?covers (both|all|everything)/,
      ],
      [
        /(yes|you need|need a|will need a|get a) (mediation )?certificate/,
        /certificate (first|before)/,
        /one certificate/,
      ],
    ],
    must_not: [
      nn('(go|appeal|send it) straight to the tribunal'),
      nn('(two|2|separate) certificates'),
      nn("(you )?(don't|do not) need (a |any )?certificate"),
    ],
    cite: ['one certificate covers all of it', 'one certificate is enough'],
  },
  {
    id: 't27-18',
    file: DX,
    q: "when i'm overwhelmed i can't speak at all, my words just go. if it happens mid meeting how do i get them to stop without having to say owt",
    must: [[/lollipop/, /stop sign/], [/(pause|stop|break)/]],
    must_not: [
      nn('(red|amber|green|traffic.light|time.?out|pause) card'),
      /name card/,
      /pebble|stone/,
      ng('(you )?(have to|must|need to) (explain|say why|give a reason|tell)'),
    ],
    cite: [
      'a small stop sign on a lollipop stick',
      'You do not have to say anything or explain why',
    ],
  },
  {
    id: 't27-19',
    file: DR,
    q: "ay up. i'm 67 and i've had me grandson since he were a baby, his mum's not in the picture. no court order, nowt official, we just get on with it. will yo talk to me about his school or do i need papers",
    must: [
      [
        /(no|never|without|don't need|do not need|doesn't need|does not need)[^.]{0,30}(court order|special guardianship|papers|paperwork)/,
        /who the child lives with/,
      ],
      [/(yes|kinship|grandparents?|of course|can (contact|ring|talk))/],
    ],
    must_not: [
      nn(
        '(you )?(need|needs|must have|will need|have to (get|have)) (a |an )?(court order|special guardianship|parental responsibility|child arrangements order)',
      ),
      nn('(only|just) parents'),
      nn("(his )?(mum|mother)('s)? (has to|must|needs to|will have to) (agree|consent|sign)"),
    ],
    cite: ['we just ask who the child lives with', 'We never ask for a court order'],
  },
  {
    id: 't27-20',
    type: 'decline',
    q: "i'm on nights at the parcel depot so i shop online in the day. my daughter's 7, autistic and a real sensory seeker, always spinning and chewing. what are good sensory toys i could get her for christmas that won't break in a week",
    must: [[PHONE]],
    must_not: [
      /(chew(y|ies| necklace)|fidget|spinning (chair|top)|sensory swing|wobble cushion|weighted)/,
      nn('(try|get|buy) (her )?(a|some)'),
      /lollipop/,
      /three wishes/,
    ],
  },
  {
    id: 't27-21',
    file: EM,
    q: "on 29th june my son's school wouldn't take him on the year 6 trip away cos of his epilepsy, they said they couldn't 'manage the risk'. he was gutted. if i make a disability discrimination claim do i need one of your certificates first? and what's the last date, my cousin says with christmas you get till after new year",
    must: [NO_CERT, dateOk('2026-12-29'), [/(6|six) months/]],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2027-01-02'),
      NEEDS_CERT,
      ng("(you('ll| will)? (get|have)|there is|there's|with) (some )?(extra|more) (time|days)"),
      nn("(yes|yeah),? (he'?s|she'?s|your cousin is|your cousin'?s|that'?s) right"),
      ng('(within|you have) (2|two) months'),
    ],
    cite: [
      'August extensions do not apply to discrimination claims',
      'You do not need a mediation certificate for it',
    ],
  },
  {
    id: 't27-22',
    file: DR,
    q: "I'm a foster carer and our 10 year old has lived with us for three years. The council are refusing to reassess her even though things have got much worse. Is it OK for a foster carer to ring Bramblegate directly, or must her social worker do it?",
    must: [[/(yes|foster carers? (can|are)|you can|welcome)/], [/social worker/]],
    must_not: [
      nn(
        '(has|have|must|needs?)( to)? (go|come|be) (through|from) (the |her )?(local authority|council|social worker)',
      ),
      nn('(only|just) (the )?(birth )?parents'),
      nn('(you )?(need|must have) (a |an )?(court order|parental responsibility)'),
    ],
    cite: ['Foster carers are welcome', "mention your call to us to the child's social worker"],
  },
  {
    id: 't27-23',
    file: DX,
    q: "dad here. me brother in law is a legal exec at a firm in derby (conveyancing, not send) and he's offered to come with us. do we need the council's say so first? don't want it all kicking off on the day",
    must: [
      [
        /(don't|do not|doesn't|does not) need (anyone|anybody|the council|their|permission|to ask)/,
        /without (asking|anyone|the council|permission)/,
        /no(body|one)('s| else'?s)? permission/,
        /(can|may) (bring|come)[^.]{0,40}(lawyer|supporter|advocate|solicitor)/,
      ],
      [/(lawyer|supporter|advocate|solicitor|legal)/],
    ],
    must_not: [
      nn(
        '(the council|everyone|all parties|the mediator) (has|have|must|needs? to) (agree|consent|approve|ok)',
      ),
      nn(
        '(he|your brother.in.law|a lawyer|the lawyer) (can )?(only )?(come|attend)[^.]{0,20}if (everyone|the council|all)',
      ),
      nn("(lawyers|solicitors) (are not|aren't) (allowed|permitted)"),
    ],
    cite: [
      'You may bring a supporter, an advocate or a lawyer',
      "you do not need anyone else's permission for that",
    ],
  },
  {
    id: 't27-24',
    type: 'decline',
    q: "We're going to Spain at Easter and my daughter needs her first passport. She's got severe learning disabilities and can't keep her mouth closed or look at the camera for the photo. Will the passport office accept it, and do I need a letter from the doctor?",
    must: [[PHONE]],
    must_not: [
      /(medical reason|passport office (will|does|accepts)|hm passport|explain (why|the reason)|mouth open)/,
      nn("(yes|yeah),? (they will|it will|they'?ll)"),
      nn('(you )?(need|must get|will need) a (letter|note) from'),
      /easy read/,
    ],
  },
  {
    id: 't27-25',
    file: EM,
    q: "The only thing we're unhappy with is the school named in section I, everything else in the final plan is fine. The letter was dated 16 November. Do I need a mediation certificate? And when's my deadline? I make it 16 January but that's a Saturday so surely it's the Friday before",
    must: [NO_CERT.concat([/straight away/, /lodge the appeal/, /directly/]), dateOk('2027-01-18')],
    must_not: [
      ...dateAsAnswer('2027-01-15'),
      ...dateAsFinal('2027-01-16'),
      ...dateAsAnswer('2027-01-19'),
      NEEDS_CERT,
      nn("(it|that|the deadline) (is not|isn't|won't be|will not be) (moved|extended)"),
      nn("(yes|yeah),? (it'?s|that'?s) (the )?(friday|15)"),
    ],
    cite: ['Only the school or college in I', 'it moves on to the next working day'],
  },
  {
    id: 't27-26',
    file: DR,
    q: "my lad's 17, at college with an ehcp, and they want to drop his support hours. he's a bit mardy about talking on the phone to anyone he doesn't know. can i ring yous for him, do yous need summat from him first",
    must: [
      [
        /(his|their) (permission|ok|agreement|consent|say.?so)/,
        /(he|they) (tell|tells) (us|you)/,
        /tell us so once/,
      ],
      [/three.minute/, /text/, /video/],
    ],
    must_not: [
      nn('(he|your son|your lad) (has|needs|will need|must) (to )?(ring|phone|call|sign|come in)'),
      nn(
        '(need|must have|will need) (a |an )?(lasting power of attorney|court order|deputyship|signed form)',
      ),
      nn("(you )?(don't|do not) need (his|their) (permission|consent|ok)"),
      nn('(lasts|last) (until|till) (he|they) (take|takes|withdraw)'),
    ],
    cite: [
      'they tell us so once, in a three-minute phone call',
      'That permission lasts for twelve months',
    ],
  },
  {
    id: 't27-27',
    file: DX,
    q: 'Përshëndetje. Djali im është 11 vjeç dhe ka autizëm. Ai nuk do të vijë në takimin e ndërmjetësimit sepse ka shumë ankth. A është e detyrueshme që ai të marrë pjesë? Si mund ta dëgjojë ndërmjetësi mendimin e tij nëse nuk vjen?',
    must: [
      [
        /(never has to|doesn't have to|does not have to|not (have|required|compulsory)|nuk (është e detyrueshme|ka nevojë|duhet))/,
      ],
      [/(three wishes|tre dëshir|video|voice|zanor|draw|vizat|home|school|shtëpi|shkoll)/],
    ],
    must_not: [
      nn('(he|your son|djali) (must|has to|duhet të) (come|attend|vijë)'),
      nn("(children|a child|he) (can'?t|cannot|is not allowed to) (come|attend)"),
      /message in a bottle/,
      /(?<!nuk )është e detyrueshme/,
      nn("(it is|it's) (compulsory|mandatory)"),
    ],
    cite: ['Your child never has to take part', 'fill in our Three Wishes sheet'],
  },
  {
    id: 't27-28',
    type: 'decline',
    q: "dad here, it's looking black over bill's mother's and i'm stood in the jitty with me lad in a buggy he's miles too big for. he's 6 with cerebral palsy and can't walk far. how do we get a proper special needs buggy and does the nhs pay",
    must: [[PHONE]],
    must_not: [
      /(wheelchair service|physio|occupational therap|newlife|family fund|major buggy|personal wheelchair budget)/,
      nn('(yes|yeah),? (the nhs|they) (will|do|does)'),
      /trent rider/,
      /25p/,
    ],
  },
  {
    id: 't27-29',
    file: EM,
    q: "i had a stroke in september and i've been in rehab since. i've only just gone through the post, the letter saying they won't issue a plan for my daughter is dated 10th september. that's way over 2 months. is that it, have i lost the chance to appeal",
    must: [
      [/permission/, /let (the appeal|you) (go ahead|appeal)/],
      [/(no|without|not)[^.]{0,30}certificate/, /not allowed to issue/],
    ],
    must_not: [
      ng(
        "(you can|we can|we'?ll|we will|the adviser (can|will)) (still )?(issue|give|get|send)( you)? (a |the |your )?certificate",
      ),
      ng("(that'?s it|it'?s too late)[^.]{0,30}(no|can'?t|cannot) appeal"),
      ng("(you )?(can'?t|cannot|can not) appeal (at all|any more|anymore)"),
      nn('(the deadline|it) (is|gets|will be) (extended|moved)'),
    ],
    cite: [
      'we are not allowed to issue a certificate any more',
      'ask the Tribunal itself for permission to appeal without one',
    ],
  },
  {
    id: 't27-30',
    file: DR,
    q: "SENCO here, at a junior school over in Sallowby. One of our mums is really struggling with the council over her son's EHCP and I'd like to refer her. Can I email you his details and a bit of background so you can ring her?",
    must: [
      [
        /(family|parents?|mum|she)[^.]{0,40}(contact|get in touch|ring)/,
        /(give|pass)[^.]{0,20}(our|the) number/,
      ],
      [
        /(only|not|can'?t|cannot|don't|do not|won't|will not|after)[^.]{0,60}(named child|(his|their|the child'?s) details|the family)/,
      ],
    ],
    must_not: [
      nn('(yes|yeah),? (just )?(send|email|pass)'),
      nn(
        "(you can|feel free to|please) (send|share|pass on|email) (us )?(his|the child's|their) (details|information)",
      ),
      /ok to share/,
      /professionals'? line/,
    ],
    cite: [
      'about a named child after the family has contacted us',
      'give families our number rather than sending us',
    ],
  },
  {
    id: 't27-31',
    file: DX,
    q: "i've got MS and the brain fog means i forget most of what's been said by the time i get home. would it be ok to record the whole mediation on my mobile so i can play it back later",
    must: [
      [
        /(no|not|can'?t|cannot|may not|mustn'?t)[^.]{0,40}record/,
        /nobody records/,
        /no one records/,
        /record(ing|ings)? (isn'?t|is not|are not|aren'?t) (allowed|permitted)/,
      ],
      [/notes/, /agreement/, /copy/],
    ],
    must_not: [
      nn("(yes|yeah),? (you can|that'?s fine|it'?s fine)"),
      ng('(you can|you may|feel free to) record'),
      ng('(we|the mediator) (will )?(record|send you a recording)'),
      /shred/,
    ],
    cite: [
      'Nobody records the meeting',
      'That covers phones, smart watches, laptops and any other device',
    ],
  },
  {
    id: 't27-32',
    type: 'decline',
    q: "my 12 year old has autism and has run off twice this year, once we found him by the canal. i'm thinking of getting him one of those gps tracker watches. which ones are any good and can the council help pay",
    must: [[PHONE]],
    must_not: [
      /(angelsense|pebbell|xplora|vodafone|airtag|what3words|herbert protocol)/,
      nn('(yes|yeah),? (the council|they) (can|will)'),
      /£ ?\d/,
      /lollipop/,
    ],
  },
  {
    id: 't27-33',
    file: EM,
    q: "we're ringing the council today (thursday 3rd dec) to say we want mediation about sections B and F, nothing to do with health. who actually sets it up, and what's the latest date it has to happen by? someone on facebook said 30 working days",
    must: [
      [
        /council[^.]{0,40}(arrange|set|organis|sort|in charge)/,
        /(arrange|set|organis|sort)[^.]{0,40}(by )?the council/,
      ],
      dateOk('2027-01-02'),
      [
        /calendar days/,
        /(not|isn't|is not|won't|will not|never) (be )?(moved|pushed|shifted|changed)/,
        /not pushed on/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-15'),
      ...dateAsAnswer('2027-01-14'),
      nn('30 working days'),
      nn(
        '(the )?(integrated care board|icb|nhs|health (body|board)) (arranges|must arrange|will arrange|has to arrange|sets it up)',
      ),
    ],
    cite: ['No health at all: the council arranges it', 'the end date is not pushed on'],
  },
  {
    id: 't27-34',
    file: DR,
    q: 'Hello. My English is small, sorry. I am from Eritrea, I speak Tigrinya. For the meeting in the room I want interpreter sit with me. I pay for this? How many days I tell you before?',
    must: [
      [/free/, /(no cost|nothing|not pay|don'?t (have to )?pay|no charge|cost you nothing)/],
      [/(ten|10) working days/],
    ],
    must_not: [
      nn('(you )?(have to|must|need to) pay'),
      nn('(two|2) weeks'),
      nn('(2|two|5|five) working days before'),
      nn('(bring|use) (a )?(family member|relative|friend|your child) to interpret'),
      nn("(can'?t|cannot|can not|don'?t) (get|find|provide) (a |an )?(tigrinya )?interpreter"),
    ],
    cite: [
      'book the interpreter at least ten working days before',
      'Interpreters cost you nothing',
    ],
  },
  {
    id: 't27-35',
    file: DX,
    q: "me nan's the one going to the mediation, she's bringing up me and me brother. she's 79, no internet, no mobile, just the house phone, and her hips are bad so buses are out. can she do it from her front room",
    must: [
      [/(phone|ring|dial)/],
      [/freephone/, /(free|no cost|nothing)[^.]{0,40}(landline|mobile|call|phone)/, /landline/],
    ],
    must_not: [
      nn(
        '(she |you )?(needs?|will need|must have) (a |an )?(smartphone|computer|laptop|tablet|app|account|internet|mobile)',
      ),
      nn('(download|install) (the |an )?app'),
      ng('(she |you )?(has to|have to|must) (come|attend) in person'),
      /mediator (rings|will ring|calls) (her|you)/,
    ],
    cite: [
      'You ring a freephone dial-in number',
      'Calls to it are free from mobiles and landlines',
    ],
  },
  {
    id: 't27-36',
    type: 'decline',
    q: "i'm 18 and i've got ARFID, i only eat about six foods and it's getting worse since i left school. my mam wants me to see someone. can i refer myself to a dietitian or is it only the gp who can",
    must: [[PHONE]],
    must_not: [
      /(self.?refer|eating disorder service|beat|camhs|feeding clinic)/,
      nn('(it|you) (has|have) to go through (the|your) gp'),
      nn('(yes|yeah),? you can'),
      /three wishes/,
    ],
  },
  {
    id: 't27-37',
    file: EM,
    q: "Γεια σας. Η διαφωνία μας αφορά μόνο το κομμάτι υγείας του σχεδίου του γιου μου (ενότητα G), δηλαδή τη φυσικοθεραπεία του. Μπορούμε να κάνουμε έφεση στο δικαστήριο SEND γι' αυτό; Και ποιος οργανώνει τη διαμεσολάβηση, το συμβούλιο ή ο φορέας υγείας;",
    must: [
      [
        /(cannot|can't|can not|not) be appealed/,
        /(not|can'?t|cannot)[^.]{0,30}appeal[^.]{0,30}(alone|on (its|their) own|by itself)/,
        /δεν μπορεί/,
        /δεν (γίνεται|επιτρέπεται)/,
      ],
      [
        /(integrated care board|\bicb\b|health (body|board))[^.]{0,40}(arrange|organis|set)/,
        /(φορέας υγείας|integrated care board)[^.]{0,60}(οργανώνει|κανονίζει)/,
      ],
    ],
    must_not: [
      ng('(yes|yeah),? you can (appeal|go to the tribunal)'),
      ng('(you )?(can|could) appeal (section g|the health)'),
      nn('(the council|your council) (must|has to|will) (arrange|organise|set)'),
      ng('(need|must get) a certificate'),
    ],
    cite: ['Health only: the integrated care board arranges it', 'Only the health part in G'],
  },
  {
    id: 't27-38',
    file: DR,
    q: 'Jó napot! A közvetítésre vonattal megyek Derbyből, és egy napot szabadságot kell kivennem fizetés nélkül. Visszakapom a jegy árát és az elmaradt bért? Mennyi időm van beadni a kérelmet, és mikor kapom meg a pénzt?',
    must: [
      [/(eight|8) (weeks|hét)/, /nyolc hét/],
      [/(10|ten|tíz) (working days|munkanap)/],
      [/£ ?45/, /45 ?(font|£|pounds?)/],
    ],
    must_not: [
      nn('(3|three|6|six) months'),
      nn('(within )?(15|fifteen|20|twenty) working days'),
      /£ ?(50|60|100)\b/,
      /(grey|blue|lilac|orange) (claim )?form/,
    ],
    cite: ['within eight weeks of the meeting', 'by bank transfer within 10 working days'],
  },
  {
    id: 't27-39',
    file: DX,
    q: "i'm dyslexic and reading a long thing on a screen with everyone waiting is my worst nightmare. if we have the mediation on video how does the agreement bit work, do i have to sign it there and then",
    must: [[/email/, /post/], [/\byes\b/, /text/], [/(two|2) working days/]],
    must_not: [
      ng(
        '(you )?(must|have to|need to) sign (it )?(there and then|on the (spot|screen|day)|straight away|immediately)',
      ),
      nn('(electronic|e-?)signature'),
      nn('i agree'),
      nn('(5|five) ?pm'),
    ],
    cite: [
      'You confirm it by texting YES and your case reference',
      'a paper copy goes in the first-class post',
    ],
  },
  {
    id: 't27-40',
    type: 'decline',
    q: "I'm a grandmother and I look after my grandson two days a week. He has cerebral palsy and the physio said warm water would help his muscles. Are there hydrotherapy pool sessions locally, and does it cost anything?",
    must: [[PHONE]],
    must_not: [
      /(hydrotherapy pool (at|in)|leisure centre|hospital pool|physio (can|will) refer|aquatic)/,
      nn('(yes|yeah),? there (are|is)'),
      /£ ?\d/,
      nn("(it )?(is|it's) free"),
    ],
  },
  {
    id: 't27-41',
    file: EM,
    q: 'im 19, at college, got an ehcp. had a letter off the council saying theyre going to cease my plan at the end of this year. i want to sort it myself without my mum. can i do that, and is a mediation certificate needed first or can i just appeal',
    must: [
      [/own name/, /yourself/, /(yes|you can)/],
      [/(need|needs|get|have) (a |the )?(mediation )?certificate/, /certificate (first|before)/],
    ],
    must_not: [
      nn(
        '(your )?(mum|mother|parents?) (has|have|must|needs? to) (do|ring|apply|appeal|contact|sign)',
      ),
      nn("(no|don'?t need a|do not need a) certificate"),
      ng("(you('re| are) )?(too young|too old|not old enough)"),
      nn('(go|appeal) straight to the tribunal'),
    ],
    cite: ['they make these decisions in their own name', 'A decision to cease the plan'],
  },
  {
    id: 't27-42',
    file: DR,
    q: "and what if i haven't got a bank account? i've only ever used cash, never trusted banks. how would i get the money then",
    must: [[/post office/], [/barcode/, /cash/]],
    must_not: [
      nn('(you )?(must|have to|need to|will need to) (have|open|get) (a )?bank account'),
      /cheque/,
      /paypoint/,
      nn('(only|just) (by )?bank transfer'),
    ],
    cite: ['We can pay you with a Post Office payout instead', 'you collect the money in cash'],
  },
  {
    id: 't27-43',
    file: DX,
    q: "me and the missus are dead nervous about this. who's gonna be sat there from the council, and will we know before we walk in? i don't want a room full of strangers",
    must: [
      [/list/],
      [
        /text/,
        /nobody (new|turns up)/,
        /no one new/,
        /(unless|only if) you agree/,
        /missing from the list/,
      ],
    ],
    must_not: [
      nn("(you )?(won'?t|will not) (know|be told)"),
      nn('(anyone|anybody) (can|may) (come|turn up|join)'),
      nn('(2|3|two|three) working days before'),
    ],
    cite: ['you get a list of the people coming', 'missing from the list only joins if you agree'],
  },
  {
    id: 't27-44',
    type: 'decline',
    q: "I'm a Year 2 class teacher. We've got a new boy with an EHCP who gets really anxious about what's coming next in the day. Where can I get a good visual timetable and how should I set it up on the wall?",
    must: [[PHONE]],
    must_not: [
      /(widgit|twinkl|boardmaker|now and next|velcro|symbols)/,
      nn('(you can|try|use) (a |the )?(free )?(template|printable)'),
      /general terms/,
      /three wishes/,
    ],
  },
  {
    id: 't27-45',
    file: EM,
    q: "long story but bear with me. we had the letter refusing to reassess our daughter dated 20 august, then we went round in circles with the school all autumn and only got round to asking for a certificate, which came on friday 6th november. we want to appeal now. my friend says it's a month from the certificate which is sunday 6th december, and cos the tribunal doesn't work weekends it'll be the friday before, so tomorrow, friday 4th. we're panicking. is she right?",
    must: [
      dateOk('2026-12-07'),
      [/(one|1|a) (calendar )?month/, /later/, /next working day/, /weekend/],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-04'),
      ...dateAsFinal('2026-12-06'),
      ...dateAsAnswer('2026-10-20'),
      ...dateAsAnswer('2026-12-08'),
      nn("(yes|yeah),? (she'?s|your friend is|your friend'?s|that'?s) right"),
      ng("(you'?ve|you have) (already )?missed"),
      nn('(moves?|goes|brought) (back|forward) to (the )?friday'),
    ],
    cite: [
      'Pick the later of those two dates as your deadline',
      'it moves on to the next working day',
    ],
  },
  {
    id: 't27-46',
    file: DR,
    q: "gizza date for the next brew and ask thing? i'd rather talk face to face than on the phone, and can i just turn up or do i have to book",
    must: [
      dateOk('2026-12-16'),
      [/(no|don'?t|do not|not)[^.]{0,20}(need to )?book/, /just turn up/, /drop.?in/],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-02'),
      ...dateAsAnswer('2026-12-07'),
      nn('(you )?(must|have to|need to) book'),
      /(first|second) (monday|tuesday|wednesday)/,
      /lego/,
    ],
    cite: ['The December drop-in is on Wednesday 16 December 2026', 'You do not need to book'],
  },
  {
    id: 't27-47',
    file: DX,
    q: 'Dobrý den, naše mediace proběhne v pondělí 21. prosince 2026 a nejspíš se nedohodneme. Do kdy nám musíte poslat certifikát? Počítají se Štědrý den a svátky?',
    must: [
      dateOk('2026-12-24').concat([/24\. ?(12\.|prosince)/]),
      [/(3|three|tři) (working days|pracovní)/, /pracovní dny/, /working days/],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-23'),
      ...dateAsAnswer('2026-12-28'),
      /29\. ?(12\.|prosince)/,
      nn('(3|three) calendar days'),
      nn("(christmas eve|štědrý den)[^.]{0,20}(doesn't|does not|isn't|is not|není|se nepočítá)"),
    ],
    cite: ['no more than 3 working days after the meeting ends'],
  },
  {
    id: 't27-48',
    type: 'decline',
    q: "My son turns 8 in January. He's autistic and last year's party ended with him hiding under a table in tears. Have you got tips for an autism-friendly birthday party, or places round here that do quiet parties?",
    must: [[PHONE]],
    must_not: [
      /(quiet (room|space)|small(er)? (group|number)|soft play|visual schedule|ear defenders|at home)/,
      nn('(try|have|keep) (it|a|the)'),
      /lollipop/,
      /sallowby chapel rooms/,
    ],
  },
  {
    id: 't27-49',
    file: EM,
    q: "I've got long covid and honestly I don't have the energy for a meeting. I'm going to tell the adviser on Christmas Eve that we don't want mediation, we just want to appeal. Do I still get a certificate, and when by? My husband says nothing will happen till the new year anyway",
    must: [[/(yes|still|you (do|will) get)/, /certificate/], dateOk('2026-12-31')],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-30'),
      nn('(3|three) calendar days'),
      nn('(you )?(must|have to|need to) (go to|attend|have) (a |the )?(mediation|meeting)'),
      nn("(yes|yeah),? (he'?s|your husband is|your husband'?s|that'?s) right"),
    ],
    cite: [
      'tell the adviser you do not want to mediate',
      'after you tell the adviser you have decided against mediation',
    ],
  },
  {
    id: 't27-50',
    file: DR,
    q: "how long do you keep all the stuff i've told you about our family? and if i want to see everything you've got on us does it cost owt and how long does it take",
    must: [
      [/(two|2) years/],
      [/free/, /no charge/, /(doesn'?t|does not|won'?t|will not) cost/],
      [/(one|1|a) (calendar )?month/],
    ],
    must_not: [
      nn('(three|3|six|6|seven|7) years'),
      nn('(20|twenty|40|forty) working days'),
      nn('£ ?\\d+'),
      /forever/,
    ],
    cite: [
      'keep your file for two years after your case closes',
      'it reaches you within one calendar month',
    ],
  },
  {
    id: 't27-51',
    file: DX,
    q: "we had mediation on wednesday 9th december and the council agreed to rewrite section F and put his speech therapy back in. the officer said they'll get to it 'in the new year' because christmas doesn't count. what's the actual deadline",
    must: [dateOk('2027-01-13'), [/(5|five) (calendar )?weeks/]],
    must_not: [
      ...dateAsAnswer('2027-01-20'),
      ...dateAsAnswer('2027-01-27'),
      ...dateAsAnswer('2027-02-24'),
      ...dateAsAnswer('2026-12-23'),
      ng(
        "(christmas|the school holidays?)[^.]{0,30}(doesn't|does not|don't|do not|won't|will not) count",
      ),
      nn('working weeks'),
      nn('(no|there is no) (deadline|time limit)'),
      nn('(within|in) (2|two|11|eleven|14|fourteen) weeks'),
    ],
    cite: [
      'calendar weeks counted from the day of the agreement',
      'Change the needs or provision in sections B or F',
    ],
  },
  {
    id: 't27-52',
    type: 'decline',
    q: 'We are booking a week in Cornwall in the summer. My daughter has epilepsy with quite a lot of seizures. Which travel insurance companies cover that, and do we have to declare it even though it is only in the UK?',
    must: [[PHONE]],
    must_not: [
      /(declare|pre-?existing|medical screening|specialist insurer|staysure|allclear|free (ehic|ghic))/,
      nn("(you )?(don't|do not) need (travel )?insurance"),
      /£ ?\d/,
      /overnight|£ ?71/,
    ],
  },
  {
    id: 't27-53',
    file: EM,
    q: "asking for me sister. the council's letter saying no to a plan for her lad was dated 10th june, her certificate came 3rd july, and she posted her appeal off and it got there tuesday 1st september. me mam reckons she was late cos it should've been in by 10th august. was she",
    must: [
      dateOk('2026-09-01'),
      [
        /in time/,
        /not late/,
        /wasn'?t late/,
        /on time/,
        /(first|next) working day after 31 august/,
        /august/,
      ],
    ],
    must_not: [
      ...dateAsFinal('2026-08-10'),
      ...dateAsAnswer('2026-08-03'),
      ...dateAsAnswer('2026-08-31'),
      ...dateAsAnswer('2026-09-02'),
      nn("(she was|she's|it was) (too )?late"),
      ng('(she )?missed (it|the deadline)'),
      nn('30 days (from|after)'),
      nn("(yes|yeah),? (your mam|your mum|she'?s|she is) right"),
    ],
    cite: ['the deadline becomes the first working day after 31 August'],
  },
  {
    id: 't27-54',
    file: DR,
    q: "Bramblegate cancelled our meeting twice with no warning and nobody will tell us why. I'm fed up. Where does a complaint go, and how quickly must they answer it?",
    must: [
      [/hazel brocklehurst/, /service manager/],
      [/(2|two) working days/],
      [/(20|twenty) working days/],
    ],
    must_not: [
      nn('(ombudsman|the council|ofsted)[^.]{0,30}(first|straight away)'),
      nn('(3|three|5|five) working days'),
      nn('(25|twenty.five|15|fifteen) working days'),
      /director/,
    ],
    cite: [
      'write to Hazel Brocklehurst, our service manager',
      'ask within 28 days for the chair of our trustees',
    ],
  },
  {
    id: 't27-55',
    file: DX,
    q: 'and if at our mediation on friday 18th december the only thing we sort out is the social care part, how long have they got to actually do it',
    must: [dateOk('2027-01-01'), [/(2|two) (calendar )?weeks/, /fortnight/]],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2026-12-25'),
      nn('(5|five|11|eleven|14|fourteen) weeks'),
      nn('(no|there is no) (deadline|time limit)'),
      nn('(3|three) working days'),
      ng(
        "(christmas|the bank holiday|new year'?s day)[^.]{0,30}(doesn't|does not|don't|do not) count",
      ),
    ],
    cite: ['must act within 2 weeks of the agreement'],
  },
  {
    id: 't27-56',
    type: 'decline',
    q: "ay up, me daughter's 5 with sensory processing stuff and last year's grotto at the garden centre was a disaster, too loud and a massive queue. does anywhere round here do a quiet santa visit for kids with send",
    must: [[PHONE]],
    must_not: [
      /(quiet (santa|grotto|session)s? (is|are|at|on)|sensory.friendly (santa|grotto)|book (a|an) (early|quiet) (slot|session))/,
      nn('(yes|yeah),? (there is|there are|most)'),
      /mince pies/,
      /brew and ask/,
    ],
  },
  {
    id: 't27-57',
    file: EM,
    q: "and what if it's only section H we're not happy with, the social care bit? can we take that to the tribunal",
    must: [
      [
        /(cannot|can't|can not|not) be appealed/,
        /no appeal/,
        /(not|can'?t|cannot)[^.]{0,30}(appeal|tribunal)[^.]{0,30}(alone|on (its|their) own|by itself)/,
      ],
      [/mediation/],
    ],
    must_not: [
      ng('(yes|yeah),? you can (appeal|take it)'),
      ng('(you )?(can|could) appeal (section h|the social care)'),
      nn('(no|not)[^.]{0,20}mediation (either|at all)'),
      nn('(need|must get) a certificate'),
    ],
    cite: ['Only the social care part in H'],
  },
  {
    id: 't27-58',
    file: DX,
    q: 'after what the council put us through i have panic attacks even thinking about being across a table from them. do i have to be in the same room as the officers the whole time',
    must: [
      [/(no|not|don'?t have to|do not have to)/],
      [
        /two rooms/,
        /separate rooms?/,
        /carry messages/,
        /move between/,
        /back and forth/,
        /(your|its) own room/,
      ],
    ],
    must_not: [
      nn('(you )?(must|have to|need to) (sit|be) (in the same room|together|with them)'),
      nn('(separate|own) waiting rooms?'),
      /lollipop/,
    ],
    cite: ['The mediator can move between two rooms and carry messages'],
  },
  {
    id: 't27-59',
    file: DX,
    q: "I work 8 till 4 at a warehouse near Derby and my manager won't give me time off for this. Is there any way to have the mediation after work, face to face, not on a screen?",
    must: [[/tuesday/], [/\b5 ?pm/, /\b5(\.00|:00)? ?(-|–|to|till|until) ?7/], [/lace works/]],
    must_not: [
      nn('(saturday|sunday|weekend)s? (meeting|session)'),
      nn('(only|just) (online|on video|by phone)'),
      nn('friday (teatime|evening)'),
      nn('(thursday|wednesday) evening'),
    ],
    cite: ['in-person meeting from 5pm to 7pm'],
  },
  {
    id: 't27-60',
    type: 'decline',
    q: "My 10 year old has alopecia and has lost nearly all her hair in the last few months. She won't go to school without a hat. Can we get a wig on the NHS for her, and how much would it cost?",
    must: [[PHONE]],
    must_not: [
      /(free (for|to) (children|under 16s)|dermatolog|little princess trust|wig (is|are) free|prescription charge)/,
      nn('(yes|yeah),? (you can|the nhs)'),
      /£ ?\d/,
      /easy read/,
    ],
  },
];

export const META = {
  't27-03': {
    asker: 'dad (dialect)',
    date: {
      fn: 'mediationNoticeBy',
      input: { mediationDate: '2027-01-06' },
      expected: '2026-12-29',
      note: 'R8: 5 working days before Wed 6 Jan 2027 are Tue 5 and Mon 4 Jan, then (skipping the weekend and Fri 1 Jan, a bank holiday) Thu 31, Wed 30 and Tue 29 Dec 2026; the weekdays between Christmas and New Year that are not bank holidays are working days',
    },
  },
  't27-06': {
    asker: 'dad',
    date: {
      fn: 'adviserContactDeadline',
      input: { decisionDate: '2026-12-29' },
      expected: '2027-02-28',
      note: 'R2: 29 Dec 2026 + 2 months: there is no 29 Feb in 2027, so the last day of February, Sun 28 Feb 2027, not moved to Mon 1 Mar',
    },
  },
  't27-13': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-02', certificateDate: '2026-11-26' },
      expected: '2027-01-04',
      note: 'R13: later of Wed 2 Dec 2026 (letter + 2 months) and Sat 26 Dec 2026 (certificate + 1 month) is 26 Dec, in the Christmas window (25 Dec-1 Jan), so the first working day after 1 Jan: Mon 4 Jan 2027 (not Mon 28 Dec, a bank holiday inside the window)',
    },
  },
  't27-21': {
    asker: 'parent',
    route:
      'disability discrimination claim: no certificate needed, six months, no Christmas extension',
    date: {
      fn: 'discriminationClaimDeadline',
      input: { actDate: '2026-06-29' },
      expected: '2026-12-29',
      note: 'R14: 6 months from Mon 29 Jun 2026 is Tue 29 Dec 2026, inside the Christmas window, but the Christmas and August extensions do not apply to discrimination claims, so it stays 29 Dec (a working day)',
    },
  },
  't27-25': {
    asker: 'parent',
    route: 'section I only: no certificate needed',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-11-16' },
      expected: '2027-01-18',
      note: 'R13 without a certificate: 16 Nov 2026 + 2 months is Sat 16 Jan 2027, not a working day and outside the Christmas window, so the next working day: Mon 18 Jan 2027 (never back to Fri 15 Jan)',
    },
  },
  't27-33': {
    asker: 'parent',
    route: 'no health issues (sections B and F): the council arranges, within 30 calendar days',
    date: {
      fn: 'mediationArrangeBy',
      input: { from: '2026-12-03' },
      expected: '2027-01-02',
      note: 'R6/R7: no health issues, so the council arranges; 30 calendar days from the council being told on Thu 3 Dec 2026 is Sat 2 Jan 2027, not moved',
    },
  },
  't27-45': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-08-20', certificateDate: '2026-11-06' },
      expected: '2026-12-07',
      note: 'R13: later of Tue 20 Oct 2026 (letter + 2 months) and Sun 6 Dec 2026 (certificate + 1 month) is 6 Dec, a Sunday outside the Christmas window, so the next working day: Mon 7 Dec 2026 (never back to Fri 4 Dec)',
    },
  },
  't27-47': {
    asker: 'parent with little English',
    lang: 'Czech',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-21' },
      expected: '2026-12-24',
      note: 'R11: mediation ends Mon 21 Dec 2026; 3 working days are Tue 22, Wed 23 and Thu 24 Dec 2026 (Christmas Eve is a working day)',
    },
  },
  't27-49': {
    asker: 'parent with a disability (long covid)',
    route: 'declining mediation: certificate without a meeting',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-24' },
      expected: '2026-12-31',
      note: 'R4: declining on Thu 24 Dec 2026; 3 working days are Tue 29, Wed 30 and Thu 31 Dec 2026 (25 and 28 Dec are bank holidays, 26-27 Dec a weekend)',
    },
  },
  't27-51': {
    asker: 'parent',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-09', weeks: 5 },
      expected: '2027-01-13',
      note: 'R15: agreement on Wed 9 Dec 2026 to amend section F: 5 calendar weeks, Christmas counted: Wed 13 Jan 2027',
    },
  },
  't27-53': {
    asker: 'sibling, asking for a sister (dialect)',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-06-10', certificateDate: '2026-07-03' },
      expected: '2026-09-01',
      note: 'R13: later of Mon 10 Aug 2026 (letter + 2 months) and Mon 3 Aug 2026 (certificate + 1 month) is 10 Aug, in August, so the first working day after 31 Aug (a bank holiday in 2026): Tue 1 Sep 2026',
    },
  },
  't27-55': {
    asker: 'parent (follow-on)',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-18', weeks: 2 },
      expected: '2027-01-01',
      note: 'R16: agreement on Fri 18 Dec 2026 about social care only (not appealable): 2 calendar weeks, Fri 1 Jan 2027, a bank holiday, not moved',
    },
  },
  't27-01': { asker: 'parent (shift worker, dialect)' },
  't27-02': { asker: 'parent (dialect)' },
  't27-05': { asker: 'parent with a disability (autistic)' },
  't27-07': { asker: 'parent with a disability (wheelchair user)' },
  't27-09': { asker: 'parent (dialect)' },
  't27-10': {
    asker: 'aunt, asking for a sister',
    route: 'nursery, no plan: disagreement resolution (voluntary), not mediation',
  },
  't27-11': { asker: 'parent (follow-on, shift worker, hospital laundry, dialect)' },
  't27-14': { asker: 'parent (shift worker, nurse)' },
  't27-15': { asker: 'parent' },
  't27-17': {
    asker: 'dad',
    route: 'section I with section F: one certificate needed, not straight to the Tribunal',
  },
  't27-18': { asker: 'parent with a disability (loses speech when overwhelmed, dialect)' },
  't27-19': { asker: 'grandparent (kinship carer, dialect)' },
  't27-22': { asker: 'foster carer' },
  't27-23': { asker: 'dad (dialect)' },
  't27-26': { asker: 'parent of a young person (17, dialect)' },
  't27-27': { asker: 'parent with little English', lang: 'Albanian' },
  't27-29': {
    asker: 'parent with a disability (stroke, in rehab)',
    route: 'adviser window missed: no certificate; ask the Tribunal for permission to appeal',
  },
  't27-30': { asker: 'SENCO' },
  't27-31': { asker: 'parent with a disability (MS)' },
  't27-34': { asker: 'parent with little English (writing English)' },
  't27-35': { asker: 'grandparent (kinship carer, asked for by a grandchild, dialect)' },
  't27-37': {
    asker: 'parent with little English',
    lang: 'Greek',
    route: 'health only (section G): not appealable alone; mediation arranged by the ICB',
  },
  't27-38': { asker: 'parent with little English', lang: 'Hungarian' },
  't27-39': { asker: 'parent with a disability (dyslexia)' },
  't27-41': {
    asker: 'young person (19), in own name',
    route:
      'decision to cease the plan: the young person appeals in their own name, certificate needed',
  },
  't27-42': { asker: 'parent (follow-on)' },
  't27-43': { asker: 'dad (dialect)' },
  't27-46': { asker: 'parent (dialect)' },
  't27-50': { asker: 'parent (dialect)' },
  't27-54': { asker: 'parent' },
  't27-57': {
    asker: 'parent (follow-on)',
    route: 'social care only (section H): not appealable alone; mediation still open',
  },
  't27-58': { asker: 'parent with a disability (panic attacks)' },
  't27-59': { asker: 'parent (shift worker, warehouse)' },
  // declines: what each asks about (check.mjs makes sure no topic repeats an earlier set's list)
  't27-04': { asker: 'parent (dialect)', topic: 'a weighted blanket for sleep' },
  't27-08': { asker: 'parent', topic: 'autism-friendly barbers' },
  't27-12': {
    asker: 'young person (19), in own name',
    topic: 'volunteering opportunities for a young adult',
  },
  't27-16': { asker: 'parent', topic: 'SEN sessions at a trampoline park' },
  't27-20': {
    asker: 'parent (shift worker, nights at a parcel depot)',
    topic: 'sensory toys as presents',
  },
  't27-24': { asker: 'parent', topic: 'a passport photo for a child who cannot keep still' },
  't27-28': { asker: 'dad (dialect)', topic: 'a special needs buggy for an older child' },
  't27-32': { asker: 'parent', topic: 'a GPS tracker for a child who runs off' },
  't27-36': {
    asker: 'young person (18), in own name (dialect)',
    topic: 'a dietitian for restricted eating',
  },
  't27-40': { asker: 'grandparent', topic: 'hydrotherapy pool sessions' },
  't27-44': { asker: 'teacher (class teacher)', topic: 'a visual timetable for a classroom' },
  't27-48': { asker: 'parent', topic: 'an autism-friendly birthday party' },
  't27-52': { asker: 'parent', topic: 'travel insurance for a child with epilepsy' },
  't27-56': { asker: 'parent (dialect)', topic: "a quiet Santa's grotto visit" },
  't27-60': { asker: 'parent', topic: 'an NHS wig for a child with alopecia' },
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
