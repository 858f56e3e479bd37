// The "twentyeighth" question set as JS literals. Regexes are regex literals (or built by the
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

const WX = 'talk-to-us-wix.html'; // a Wix site page, saved from the browser as HTML
const OB = 'routes-and-time-limits-obsidian.md'; // an Obsidian note (Markdown)
const WA = 'meeting-qa-whatsapp-chat.txt'; // a WhatsApp group chat, exported as text

// the service's phone number, however it is spaced or prefixed
const PHONE = /1223\)?[\s.-]?496[\s.-]?0472/;
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
    id: 't28-01',
    file: WX,
    q: "alright bor, i do 6 till 2 on the line at the sugar beet factory so i'm never free when normal offices are open, an i cant use my phone on shift. do yew lot have any time later in the day i can actually ring and get a person",
    must: [[/tuesday/], [/thursday/], [/\b8 ?pm/, /\beight\b/, /20[.:]00/]],
    must_not: [
      nn(
        '(open|lines?|phones?)[^.]{0,30}(every|each) (day|evening|weekday)[^.]{0,20}(till|until|to) 8',
      ),
      nn('(open|lines?|phones?)[^.]{0,20}(saturdays?|sundays?)[^.]{0,20}\\d'),
      nn('(monday|wednesday|friday)s?[^.]{0,30}(till|until|to) 8'),
      nn('early (morning )?line'),
    ],
    cite: ['12 noon to 8pm, our late line', 'for people who work days'],
  },
  {
    id: 't28-02',
    file: OB,
    q: "the council's letter tell me to ring yew, so my husband reckon you're just the council in a different hat and it's all squit about being independent. who actually pays you and can they tell you what to say",
    must: [
      [/ousefen|breckmere|council/],
      [
        /no say/,
        /independent/,
        /(can't|cannot|can not|don't|do not) (tell|steer|direct|influence|control)/,
        /charity alone/,
      ],
    ],
    must_not: [
      nn("(yes|yeah),? (we are|we're|fenreach is) (part of |run by )(the )?council"),
      nn(
        "(fenreach|the service|it) (is|'s) (run|managed|owned) by (the |ousefen |breckmere )[^.]{0,20}council",
      ),
      nn('(we|advisers?|mediators?) (will|must|have to) (side|agree) with the council'),
      nn('(you|families) (have to |must |will )?pay (us|a fee|for)'),
    ],
    cite: ['but they have no say over what we tell you', 'work for the charity alone'],
  },
  {
    id: 't28-03',
    file: WA,
    q: "dad here. our mediation's booked for thursday 7th january. my sister reckons the whole christmas fortnight don't count so the council should've sent the notice by 24th december at the latest. is she right or what's the real last day for the letter",
    must: [dateOk('2026-12-30'), [/working days?/]],
    must_not: [
      ...dateAsAnswer('2026-12-24'),
      ...dateAsAnswer('2026-12-23'),
      ...dateAsAnswer('2026-12-31'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2027-01-02'),
      nn("(yes|yeah),? (she'?s|your sister is|your sister'?s|that'?s) right"),
      ng(
        "(between christmas and new year|that week|christmas week|the christmas fortnight)[^.]{0,30}(doesn't|does not|don't|do not|won't|will not) count",
      ),
      nn("(5|five) (calendar |clear )?days('|’)? notice"),
      nn('a (phone )?call (is|counts as) (enough|notice)'),
    ],
    cite: [
      'at least 5 working days ahead of the meeting',
      'bank holidays are skipped when you count those 5 days',
    ],
  },
  {
    id: 't28-04',
    type: 'decline',
    q: 'bonfire night nearly finished my boy off this year, he was under the table screaming. the village has another fireworks do for new years eve. what ear defenders are best for a 7 year old with autism, the foam ones or the big headphone type',
    must: [[PHONE]],
    must_not: [
      /\b\d+ ?(db|decibels?)\b/,
      /\bSNR\b/,
      nn('(get|buy|try|go for) (the )?(big |over.ear |headphone|ear ?muffs?|foam)'),
      /pause pebble/,
      /fen kettle/,
    ],
  },
  {
    id: 't28-05',
    file: WX,
    q: 'im autistic and phone calls from people i dont know make me freeze. if someone rings saying theyre from your service how do i know its really you and not a scammer after my details',
    must: [
      [/first name/, /postcode/],
      [
        /never ask for bank/,
        /(won't|will not|never)[^.]{0,30}(bank details|password|payment)/,
        /ring (us )?back on/,
      ],
    ],
    must_not: [
      nn('(we|our calls?) (ring|call|come up|show|are)[^.]{0,20}(withheld|private|hidden) number'),
      nn('(we|i) (will|may|might) ask (you )?for (your )?(bank|card|payment|a password)'),
      /date of birth/,
      /heads.?up text/,
    ],
    cite: ["the child's first name and your postcode", 'never ask for bank details, a password'],
  },
  {
    id: 't28-06',
    file: OB,
    q: "dad here. the council say the decision letter about our daughter's plan will go out dated thursday 31st december. when's the last day to get hold of a mediation adviser? my brother in law says 2 months is 60 days so its 1st march",
    must: [dateOk('2027-02-28')],
    must_not: [
      ...dateAsAnswer('2027-03-01'),
      ...dateAsAnswer('2027-03-02'),
      ...dateAsAnswer('2027-03-03'),
      ..._dateBad('2027-02-29'),
      ..._dateBad('2027-02-30'),
      ..._dateBad('2027-02-31'),
      nn('60 days'),
      nn("(yes|yeah),? (he'?s|your brother.in.law is|he is) right"),
      nn('(from|after) (the day )?(you|it) (receive|get|got)'),
      nn('(moved|moves|rolls?|carried) (forward|on) to (the )?(monday|1)'),
    ],
    cite: ['your last day is the final day of that month', 'it is not carried forward'],
  },
  {
    id: 't28-07',
    file: WA,
    q: 'I use a powerchair and I also need to get out of it for a personal care change at some point if a meeting runs long. Which of your places can actually cope with that? Not the school please',
    must: [[/hollowdyke/], [/hoist/, /changing bench/]],
    must_not: [
      nn("(we'?ll|we will|we can) (hold|have) it at (your child'?s |the )?school"),
      nn('changing places'),
      nn('(old granary|it) (is|has)[^.]{0,20}(stairs|first floor|no lift)'),
      /hearing loop/,
    ],
    cite: [
      'an accessible toilet with a hoist and a changing bench',
      'everything at ground level and step-free',
    ],
  },
  {
    id: 't28-08',
    type: 'decline',
    q: 'our lad is 10 with poor balance and cant ride a normal bike, all his mates are out on theirs. are there grants for an adapted trike and where would we try one before spending a fortune',
    must: [[PHONE]],
    must_not: [
      /newlife/,
      /family fund/,
      /\bcharit(y|ies)[^.]{0,40}(grant|fund)/,
      /£ ?\d{3,}/,
      nn('(try|visit|go to) (a |the )?(bike shop|cycling centre|wheels for all)'),
      /25p a mile/,
    ],
  },
  {
    id: 't28-09',
    file: WX,
    q: 'left yew a voicemail about 9 last night, i was on the huh about it all day. when am i actually gonna get a call back, today?',
    must: [
      [/1 ?pm/, /one o'?clock/, /13[.:]00/],
      [/today|this (morning|afternoon)|following working day|next working day/],
    ],
    must_not: [
      nn('within (24|48|72) hours'),
      nn('(same|that) (afternoon|evening)'),
      nn('(by|before) (9|10|11) ?am'),
      nn('(next|on) monday'),
    ],
    cite: ['is returned by 1pm on the following working day'],
  },
  {
    id: 't28-10',
    file: OB,
    q: "asking for my sister, her little one is 3 and at a pre-school playgroup, no ehcp or anything yet. the playgroup keep saying they can't meet his needs and want him to do half days. can she get mediation to sort it out and do they have to turn up",
    must: [
      [/disagreement resolution/],
      [
        /(only|if) (goes ahead )?if everyone/,
        /every(one|body)[^.]{0,30}(agree|says yes)/,
        /voluntary/,
        /can(not|'t) be made/,
        /nobody can be made/,
      ],
    ],
    must_not: [
      nn(
        '(the )?(pre-?school|playgroup|nursery|setting) (has|have|must|will have) to (come|attend|take part|turn up)',
      ),
      nn('(she|you) (will )?(get|be given) a (mediation )?certificate'),
      nn('(she|you) (need|needs) an? (ehc ?p|plan) (first|before)'),
    ],
    cite: ['it only goes ahead if everyone involved says yes', 'a nursery or pre-school'],
  },
  {
    id: 't28-11',
    file: WX,
    q: "and what if i miss yew when you ring back, i work split shifts at the care home and my phone's in my locker half the day",
    must: [[/twice/, /two more/], [/whatsapp|text/], [/six months|6 months/, /letter|post/]],
    must_not: [
      nn('(we|you) (only )?(try|ring|call) (once|one time)'),
      nn(
        '(enquiry|case)[^.]{0,20}(closed|closes)[^.]{0,20}(straight away|immediately|after (one|1) (missed )?call)',
      ),
      nn('twelve weeks|12 weeks'),
      nn('freepost'),
    ],
    cite: ['we try twice more on different days', 'Your enquiry stays open for six months'],
  },
  {
    id: 't28-12',
    type: 'decline',
    q: 'im 17 and at college in ely, i get the train every day and its costing me loads. can i get a disabled persons railcard with my ehcp or do i need pip for it',
    must: [[PHONE]],
    must_not: [
      /£ ?\d+/,
      /(a )?third off/,
      /1\/3/,
      nn('(yes|yeah),? you (can|qualify)'),
      nn('you (need|must have|have to get) pip'),
      /standard class/,
    ],
  },
  {
    id: 't28-13',
    file: OB,
    q: 'council refused to assess, letter was dated 28 september. we rang an adviser and the certificate is dated 27 november. my friend says the appeal is due sunday 27th december so really monday 28th. is that right? we dont want to miss it',
    must: [dateOk('2027-01-04')],
    must_not: [
      ...dateAsFinal('2026-12-27'),
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-11-28'),
      ...dateAsAnswer('2027-01-05'),
      nn("(yes|yeah),? (she'?s|he'?s|your friend is|your friend'?s|that'?s) right"),
      nn('30 days (from|after)'),
      nn("(you'?ve|you have) (already )?missed"),
    ],
    cite: ["the first working day once New Year's Day has passed", 'Use the later of the two'],
  },
  {
    id: 't28-14',
    file: WX,
    q: "I'm an A&E nurse and I'm on days 29th to 31st December, which is the only time I'll get to deal with this. Will anyone be answering over that week or is it all shut",
    must: [[/whatsapp|email|e-mail/], [/11 ?am|eleven/]],
    must_not: [
      nn('(phones?|lines?) (are |will be )?(open|on|staffed)[^.]{0,40}(29|30|31)'),
      nn('(shut|closed) (all|the whole)[^.]{0,20}(week|29)'),
      nn('late line[^.]{0,30}(29|30|31)'),
    ],
    cite: ['phones off, but WhatsApp and email are checked'],
  },
  {
    id: 't28-15',
    file: WA,
    q: "my brother is a solicitor and offered to come to the mediation with me for moral support. do i need to ask the council's permission first or can i just bring him",
    must: [
      [/(no|nobody|not)[^.]{0,30}(agree|permission|consent)/, /just bring/, /don'?t need/],
      [/solicitor|lawyer/],
    ],
    must_not: [
      nn(
        '(you )?(need|must get|have to (get|ask for)) (the )?(council|everyone|mediator)[^.]{0,15}(permission|agreement|consent)',
      ),
      nn("(lawyers|solicitors) (are|aren't) (not )?allowed"),
      nn('the mediator decides'),
    ],
    cite: ['your supporter can be a solicitor if you like', 'Nobody else has to agree to that'],
  },
  {
    id: 't28-16',
    type: 'decline',
    q: "our baby has a tongue tie and struggles to feed, and she's got a genetic condition so we've been told she'll probably need an ehcp later. how long is the wait for a tongue tie snip round here",
    must: [[PHONE]],
    must_not: [
      /\b\d+ (weeks|months)\b/,
      /frenotomy/,
      nn('(ask|see|go to) (your )?(gp|midwife|health visitor)'),
      /ouse and saltings/,
      /pause pebble/,
    ],
  },
  {
    id: 't28-17',
    file: OB,
    q: "dad here, long one sorry. the final plan names a school 40 min away which we never asked for, and section F has dropped the speech therapy from weekly to 'as needed'. someone on a forum said school appeals skip mediation so we can go straight to tribunal. do we need a certificate or two of them",
    must: [
      [/one certificate|a single certificate|single certificate|just one|one conversation/],
      [/yes|need|do need/],
    ],
    must_not: [
      nn('(you can |can )?go straight to the tribunal'),
      nn('two certificates'),
      nn("(you )?(don't|do not) need (a |any )?(mediation )?certificate"),
      nn('no certificate'),
    ],
    cite: [
      'Yes, a single certificate for the lot',
      'will not be asked to collect several certificates',
    ],
  },
  {
    id: 't28-18',
    file: WA,
    q: "I have a stammer and when I'm stressed it gets so bad I can't get a word out. If that happens in the meeting and I need everyone to stop, how do I do that without having to speak",
    must: [[/pebble/]],
    must_not: [
      nn('(raise|put up) your hand'),
      nn('red card'),
      nn('lollipop'),
      nn('(you )?(have to|must|need to) (say|tell|explain)'),
    ],
    cite: ['We call it the pause pebble', 'we pause there and then, no explanation needed'],
  },
  {
    id: 't28-19',
    file: WX,
    q: "i'm nan to a little mawther of 8, she's lived with me since she were a baby, her mum's not about. no court papers, nothing official. dussn't know if you'll talk to me or if it has to be her mum",
    must: [
      [/no court order|court order or guardianship|no (paperwork|papers)|not needed|isn'?t needed/],
      [/day to day|bringing (a child|her) up|treats?[^.]{0,30}as a parent/],
    ],
    must_not: [
      nn(
        '(you )?(need|must have|have to get) (a |an )?(court order|special guardianship|residence order|child arrangements order)',
      ),
      nn('(it )?(has to|must) be (her|the) (mum|mother|parent)'),
      nn('(her|the) (mum|mother) (has to|must) (agree|consent|sign)'),
    ],
    cite: [
      'looks after a child day to day as a parent',
      'no court order or guardianship paper is needed',
    ],
  },
  {
    id: 't28-20',
    type: 'decline',
    q: "i do nights on the wards so i'm writing this at 4am. my son is 5 and non verbal but he lights up with music. can you get music therapy free through the nhs, or is it private only, and what does it cost",
    must: [[PHONE]],
    must_not: [
      /£ ?\d+/,
      /british association for music therapy/,
      /\bBAMT\b/,
      nn("(yes|yeah),? (the nhs|it is|it's) (does|available|free)"),
      /late line/,
      /fen kettle/,
    ],
  },
  {
    id: 't28-21',
    file: OB,
    q: 'school refused to let my daughter go on the residential because of her epilepsy, that was 24 june. we want to bring a disability discrimination claim. do we need one of your certificates first, and whats the deadline? with christmas i assume we get till january',
    must: [NO_CERT, dateOk('2026-12-24')],
    must_not: [
      NEEDS_CERT,
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2026-12-29'),
      nn('(you )?(get|have|give you) (extra|more) (time|days)'),
      nn("(yes|yeah),? (you'?re|you are) right"),
      nn('within (two|2) months'),
      nn("christmas eve (doesn't|does not|won't|will not) count"),
    ],
    cite: ['it needs no mediation certificate', 'stays on Christmas Eve'],
  },
  {
    id: 't28-22',
    file: WX,
    q: "I'm a foster carer, our lad has been with us 18 months on a long-term placement. school keep cutting his hours and I want advice on mediation. Am I allowed to phone you direct, or must his social worker do it?",
    must: [[/social worker/], [/yes|can (ring|contact|get in touch|call)|foster carers/]],
    must_not: [
      nn('(it )?(has to|must) go through (his|the) social worker'),
      nn('(only|just) (the )?(social worker|council|parents?) can (ring|contact|call)'),
      nn('(you )?(need|must have) (parental responsibility|a court order)'),
    ],
    cite: ["tell the child's social worker", 'usually shares parental responsibility'],
  },
  {
    id: 't28-23',
    file: WA,
    q: 'dad here, memory like a sieve me. thas a lot to take in at them meetings so can i record it on my phone? if not is there suffin written down i can take home',
    must: [
      [/no record|not record|can'?t record|cannot record|no recordings/],
      [/flipchart/, /photo/],
    ],
    must_not: [
      nn('(yes|yeah),? (you can|go ahead)'),
      nn('(we|the mediator) (will )?record'),
      nn('(a )?(recording|audio|video) (is|will be) (sent|shared|emailed)'),
      nn('(cards|notes)[^.]{0,20}(torn up|locked sack)'),
    ],
    cite: ['no recordings of any kind, by anyone', 'you can take a photo of the final sheet'],
  },
  {
    id: 't28-24',
    type: 'decline',
    q: "grandad here. my grandson uses makaton at school and at home and me and his nan can't follow him. is there a makaton course for grandparents near wyvenham, and is it free",
    must: [[PHONE]],
    must_not: [
      /makaton charity/,
      /£ ?\d+/,
      nn("(yes|yeah),? (there is|it's free|it is free)"),
      /online course/,
      /british sign language/,
      /fen kettle/,
    ],
  },
  {
    id: 't28-25',
    file: OB,
    q: "our son's final plan doesn't name any school at all, just says 'mainstream'. the letter with it is dated 22 october. do we need to go through mediation first and when's the appeal deadline? i assumed christmas would push it into january",
    must: [NO_CERT, dateOk('2026-12-22')],
    must_not: [
      NEEDS_CERT,
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-05'),
      ...dateAsAnswer('2026-12-23'),
      ...dateAsAnswer('2026-12-24'),
      nn('(yes|yeah),? (christmas|it) (does )?push(es)?'),
      nn('(it )?(moves|moved|pushed|rolls) (on |in)?to (january|4|monday)'),
    ],
    cite: ['an ordinary working day that stays where it is', 'No, go straight to the Tribunal'],
  },
  {
    id: 't28-26',
    file: WX,
    q: "my son's 17 and at college, he hates phones and said he wants me to sort it all. he says that do his head in. do i need his say so or can i just ring you for him",
    must: [
      [/tell us once|once/],
      [/phone|whatsapp|signed slip/],
      [/own name|himself|him(self)? to (say|tell)|his say/],
    ],
    must_not: [
      nn('(you )?(can|may) just ring (us )?(for|on behalf of) him'),
      nn('(every|each) (time|call)'),
      nn('(twelve|12) months'),
      nn('(you )?(need|must have) (a )?(court order|power of attorney|lasting power)'),
    ],
    cite: [
      'tell us once by phone, WhatsApp or a signed slip',
      'that stands until you tell us otherwise',
    ],
  },
  {
    id: 't28-27',
    file: WX,
    q: 'வணக்கம். என் மகனுக்கு ஆட்டிசம் உள்ளது. எனக்கு ஆங்கிலம் சரியாக தெரியாது. மீடியேஷன் கூட்டத்திற்கு தமிழ் மொழிபெயர்ப்பாளர் கிடைக்குமா? அதற்கு பணம் கட்ட வேண்டுமா? எத்தனை நாள் முன்பு சொல்ல வேண்டும்?',
    must: [
      [/free|nothing|no charge|costs you nothing|இலவச|கட்டணம் இல்லை|பணம் (கட்ட )?(வேண்டாம்|தேவையில்லை)/],
      [/seven|\b7\b|ஏழு/],
    ],
    must_not: [
      nn('(you )?(have to|must|need to) pay'),
      nn('(bring|ask) (a )?(family member|relative|your (son|child))'),
      nn('(ten|10) working days'),
      /பணம் கட்ட வேண்டும்(?!ா)/,
    ],
    cite: [
      'An interpreter costs you nothing',
      "seven working days' warning for a meeting in a room",
    ],
  },
  {
    id: 't28-28',
    type: 'decline',
    q: 'my boy walks on his toes all the time, 6 now, and his heels are on the huh. the physio mentioned insoles. can we get them on the nhs or should we buy the ones off the internet',
    must: [[PHONE]],
    must_not: [
      /orthotist/,
      /£ ?\d+/,
      nn('(buy|get|order) (them )?(online|off the internet)'),
      nn('(yes|yeah),? (the nhs|you can)'),
      /hoist/,
    ],
  },
  {
    id: 't28-29',
    file: OB,
    q: "I had major surgery in october and I've been in and out of hospital. The council's letter refusing to reassess my son was dated 20 September and I've only just opened it. Can I still get a certificate at this point, and have we lost the chance to appeal completely?",
    must: [
      [
        /(cannot|can'?t|can no longer|too late)[^.]{0,40}certificate/,
        /no certificate/,
        /not (be able to )?(give|issue)/,
      ],
      [/permission/, /let you appeal/, /ask the tribunal/],
    ],
    must_not: [
      nn("(yes|yeah),? (you'?ve|you have) lost"),
      nn("(it'?s|it is) (not|never) too late[^.]{0,40}certificate"),
      nn('(we|i) can still (give|issue|send) (you )?(a )?certificate'),
      nn('(you )?(can|may) (no longer|never|not) appeal'),
      nn('two months from (when|the day) you (opened|received|got)'),
    ],
    cite: ['we cannot give you a certificate', 'ask the Tribunal to let you appeal without one'],
  },
  {
    id: 't28-30',
    file: WX,
    q: "SENCO here, at a Breckmere junior school. A family of ours is at loggerheads with the council over their daughter's plan. Can I ring you to talk through her case so I can advise them, and do you do anything for school staff?",
    must: [
      [
        /general/,
        /once the family|family has (contacted|been in touch)|(family|parents?)[^.]{0,40}agree/,
      ],
      [/fenreach in twenty|briefing|posters|leaflets/],
    ],
    must_not: [
      nn("(yes|yeah),? (we can|we'll|of course)[^.]{0,30}(talk|discuss)[^.]{0,20}(her|the) case"),
      nn("(ring|call) us (with|and give us) (her|the child's) (name|details)"),
      nn('(we|i) (can|will) (discuss|talk about) (any|a named) (pupil|child) (with|without)'),
    ],
    cite: [
      'once the family has contacted us and agreed',
      'a free twenty-minute online briefing for school staff',
    ],
  },
  {
    id: 't28-31',
    file: WA,
    q: "I've got fibromyalgia and sitting for long is agony. How long does a mediation last, will I get breaks, and what if it's not finished when I'm done in",
    must: [
      [/two and a half hours|2\.5 hours|2 and a half hours|two-and-a-half/],
      [/45 minutes|forty.five minutes/],
      [/another session|second (session|meeting)|book another/],
    ],
    must_not: [
      nn('(up to |lasts? )?(three|3) hours'),
      nn('(every|each) hour'),
      nn("(keep going|run on|carry on) (until|till) (it's|it is) (finished|done)"),
      nn('(ten|10).minute break'),
    ],
    cite: ['two and a half hours at most', 'We stop for a break every 45 minutes'],
  },
  {
    id: 't28-32',
    type: 'decline',
    q: 'my daughter has eczema so bad she scratches till she bleeds, and it makes her behaviour at school way worse. can we get her allergy tested, the gp just keeps giving creams',
    must: [[PHONE]],
    must_not: [
      /skin prick/,
      /dermatolog/,
      /\bige\b/,
      nn('(ask|push|tell) (your|the) gp (for|to)'),
      /postcard to the mediator/,
    ],
  },
  {
    id: 't28-33',
    file: OB,
    q: "our disagreement is only about the health part, section G, the physio and the continence nurse. on friday 27 november the ICB got told we'd like mediation. who has to organise it and what's the last date it can happen? someone said 30 working days",
    must: [
      [/integrated care board|\bicb\b/],
      dateOk('2026-12-27'),
      [/calendar|not (pushed|moved)|weekends? and bank holidays included/],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-11'),
      nn('30 working days'),
      nn('(the )?(council|local authority) (arranges|organises|has to (arrange|organise))'),
      nn('(moved|moves|pushed|rolls) (on |forward )?to (monday|the next working day|28|29)'),
    ],
    cite: ['the integrated care board arranges it', 'the date is not pushed on'],
  },
  {
    id: 't28-34',
    file: WA,
    q: 'Hello. My English is not good, sorry. We come to mediation by bus from Hollowdyke, also I have two small children must stay with babysitter. Can I get back the money for bus and babysitter? How much?',
    must: [[/fares?|bus/], [/5\.35/], [/fx1|six weeks|6 weeks/]],
    must_not: [
      nn('(you )?(have to|must) pay (it )?yourself'),
      nn('£ ?4\\.?50'),
      nn('first class'),
      nn("(childcare|babysitter)[^.]{0,30}(not|isn't) (paid|covered)"),
    ],
    cite: ['£5.35 an hour for each child', 'Claim on our form FX1 within six weeks'],
  },
  {
    id: 't28-35',
    file: WX,
    q: "my granddaughter set this phone up for me. i'd like to come and have a mardle with one of you at that drop in at the library, when's the next one? and is there one in january, i'm away till the 10th",
    must: [
      dateOk('2026-12-07'),
      [
        /no (session|drop.in|fen kettle)[^.]{0,20}(in )?january|not in january|none in january|no january/,
      ],
      dateOk('2027-02-01'),
    ],
    must_not: [
      ...dateAsAnswer('2027-01-04', '(next|then|after that|january)'),
      nn('(book|booking) (is )?(needed|required|essential)'),
      nn('third wednesday'),
      nn('(yes|yeah),? there is one in january'),
    ],
    cite: ['no session in January', 'first Monday of every month'],
  },
  {
    id: 't28-36',
    type: 'decline',
    q: 'im 18 and have adhd and i keep going over my data and getting massive bills. is there a phone contract where they cap it so i cant overspend, my mum says i should ask yew',
    must: [[PHONE]],
    must_not: [
      /\b(giffgaff|voxi|ee|o2|vodafone|three)\b/,
      /spend cap/,
      /£ ?\d+/,
      nn('(yes|yeah),? (there are|you can)'),
      /whatsapp voice note/,
    ],
  },
  {
    id: 't28-37',
    file: OB,
    q: 'Habari. Mwanangu ana mpango wa EHC. Tatizo letu ni sehemu H tu, huduma za kijamii (social care), hatukubaliani na msaada wa mapumziko. Je, tunaweza kukata rufaa kwa Tribunal kuhusu sehemu H peke yake? Kama hapana, je mediation bado inawezekana?',
    must: [
      [
        /\bno\b|not by itself|(cannot|can'?t) be appealed|hapana|haiwezi|huwezi|hamwezi|haiwezekani/,
      ],
      [
        /mediation[^.]{0,60}(still|available|open|possible|inawezekana|bado)|still available|bado inawezekana|ndiyo[^.]{0,40}mediation/,
      ],
    ],
    must_not: [
      nn('(yes|ndiyo),? (you can|mnaweza|unaweza) (appeal|kukata rufaa)'),
      nn('(no|not)[^.]{0,10}mediation (is )?(possible|available)'),
      nn('(go|goes) straight to the tribunal'),
      nn('mediation haiwezekani'),
    ],
    cite: [
      'No appeal, but mediation is still available',
      'Section G (health) or H (social care) on its own',
    ],
  },
  {
    id: 't28-38',
    file: WA,
    q: 'Здравейте. Синът ми е на 9 години и има аутизъм. Той не иска да идва на срещата за медиация, много се притеснява. Трябва ли да дойде? Как ще разберете какво мисли той?',
    must: [
      [
        /never has to|doesn'?t have to|does not have to|не е длъжен|не трябва да идва|няма нужда да идва|не е задължително/,
      ],
      [/postcard|пощенска картичка|картичка|voice note|гласово съобщение|video|видео|visit|посещ/],
    ],
    must_not: [
      nn('(he )?(has to|must) (come|attend)'),
      nn('трябва да дойде'),
      nn('three wishes'),
      nn('(the mediator|we) (will )?(interview|question) him at school'),
    ],
    cite: [
      'a stamped Postcard to the Mediator',
      'make reasonable efforts to learn what the child thinks',
    ],
  },
  {
    id: 't28-39',
    file: WX,
    q: "i'm dyslexic and long letters swim in front of my eyes. can yous send me stuff in a way i can actually manage, like something i can listen to",
    must: [[/voice note|read aloud/], [/easy read|large print/]],
    must_not: [
      nn('(we )?(only|just) (send|do) (letters|paper)'),
      nn('(cd|cassette|audio cd)'),
      nn('(coloured|yellow|cream) paper'),
    ],
    cite: ['read aloud as a WhatsApp voice note', 'in large print or Easy Read'],
  },
  {
    id: 't28-40',
    type: 'decline',
    q: "hold yew hard, my grandson's 9 and still wetting the bed every night, he's got adhd. somebody said there's an alarm that wakes him up. where do we get one of them and does it work",
    must: [[PHONE]],
    must_not: [
      /enuresis/,
      /\beric\b/,
      /bladder and bowel/,
      nn('(yes|yeah),? (it works|they work)'),
      /£ ?\d+/,
      /pause pebble/,
    ],
  },
  {
    id: 't28-41',
    file: OB,
    q: "I'm 19 and at college doing animal care. The council have written to ME saying they're going to cease my EHCP because I'm 'not progressing'. Can I challenge it myself without my parents, and do I need to go through you first?",
    must: [[/own name|yourself|your name|in your name/], [/certificate/], [/yes|need|must/]],
    must_not: [
      nn('(your )?(parents?|mum|dad) (has|have|must|need) to (appeal|sign|do it|apply)'),
      nn("(you )?(don't|do not) need (a |any )?(mediation )?certificate"),
      nn('no certificate'),
      nn('(you )?(can|may) go straight to the tribunal'),
      nn("(too old|over 18)[^.]{0,30}(can't|cannot)"),
    ],
    cite: ['any appeal is in their name', 'The council ending the plan'],
  },
  {
    id: 't28-42',
    file: WA,
    q: "and what if i've no bank account at all, i only use cash. can i still get the bus money back",
    must: [[/paypoint/], [/text|code/], [/cash|shop/]],
    must_not: [
      nn('(you )?(need|must have|have to have) a bank account'),
      nn('post office'),
      nn('(a )?cheque'),
      nn("(not|n't) (possible|able) without a bank"),
    ],
    cite: ['We text you a PayPoint code', 'swap for cash at a local shop'],
  },
  {
    id: 't28-43',
    file: WA,
    q: 'Goedemiddag. Onze mediation is op dinsdag 22 december. Wij verwachten geen akkoord. Wanneer moet het certificaat uiterlijk binnen zijn? Tellen kerst en tweede kerstdag mee? Mijn man denkt dat het pas in januari komt.',
    must: [dateOk('2026-12-29'), [/working days?|werkdag/]],
    must_not: [
      ...dateAsAnswer('2026-12-25'),
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2026-12-30'),
      /(uiterlijk|deadline|laatste dag)[^.]{0,20}(25|28|30) december/,
      /(uiterlijk|deadline|laatste dag)[^.]{0,20}4 januari/,
      nn('(3|three|drie) (calendar )?(days|dagen)(?! werk)'),
      nn("(your husband'?s|uw man heeft|je man heeft) (right|gelijk)"),
    ],
    cite: ['Your mediation certificate goes out within 3 working days'],
  },
  {
    id: 't28-44',
    type: 'decline',
    q: "I'm a year 2 teacher. One of my pupils is non-verbal and the speech therapist suggested an AAC app on an iPad. Which app is best and can school claim the cost back from anywhere?",
    must: [[PHONE]],
    must_not: [
      /proloquo/,
      /\bgrid\b/,
      /touchchat/,
      /£ ?\d+/,
      nn('(yes|yeah),? (school|you) can claim'),
      /fenreach in twenty/,
    ],
  },
  {
    id: 't28-45',
    file: OB,
    q: "dad again sorry to be a pain. bit of background, my son's 13, been out of school since may, we've been round the houses with the council for a year and my wife's had enough. anyway. the letter refusing to amend his plan after the review is dated 2 october, and the certificate from the adviser came dated 19 november. i worked out saturday 19th december for the appeal so i'll get it in friday the 18th to be safe. is that the real deadline though",
    must: [dateOk('2026-12-21')],
    must_not: [
      ...dateAsAnswer('2026-12-18'),
      ...dateAsFinal('2026-12-19'),
      ...dateAsAnswer('2026-12-02'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2026-12-22'),
      nn('(moves?|moved|goes) back to (the )?(friday|18)'),
      nn('30 days (from|after)'),
      nn("(you'?ve|you have) (already )?missed"),
    ],
    cite: ['move it on to the next working day', 'Never move it backwards'],
  },
  {
    id: 't28-46',
    file: WX,
    q: "not being funny but that adviser who rang me last week was proper off with me and got my son's details wrong. where do i make a complaint and how quick do yous answer",
    must: [
      [/rosalind thurlow|service manager/],
      [/15 working days|fifteen working days/],
      [/3 working days|three working days/],
    ],
    must_not: [
      nn('(complain|write) to (the )?(council|ombudsman|charity commission)'),
      nn('(20|twenty) working days to (reply|answer)'),
      nn('28 days'),
      nn('hazel'),
    ],
    cite: ['acknowledge your complaint within 3 working days', 'full reply within 15 working days'],
  },
  {
    id: 't28-47',
    file: OB,
    q: "We've talked it over and we'd rather skip mediation and get straight on with the appeal. I'm going to phone the adviser on Wednesday 23 December to tell them. When's the latest the certificate should arrive, and do we still have to sit through a meeting to get it? My husband thinks nothing will happen till after new year",
    must: [
      dateOk('2026-12-30'),
      [
        /no need to sit through|(no|without a|don'?t need a|do not need a|don'?t have to|do not have to)[^.]{0,30}meeting/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-26'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-31'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-05'),
      nn('(3|three) calendar days'),
      new RegExp(
        "(?<!no )(?<!not )(?<!n't )(you )?(have to|must|need to) (go to|attend|sit through)[^.]{0,20}(mediation|meeting)",
      ),
      nn("(your husband'?s|he'?s) right"),
    ],
    cite: ['there is no need to sit through a meeting', 'counted from the day you tell us'],
  },
  {
    id: 't28-48',
    type: 'decline',
    q: 'my son has cerebral palsy and is football mad. all the sunday league teams round us are for kids who can run. is there a team he could join and who runs them',
    must: [[PHONE]],
    must_not: [
      /frame football/,
      /powerchair football/,
      /\bfa\b/,
      /\bcp football\b/,
      nn('(yes|yeah),? there (is|are)'),
      /sedgeholme family hub/,
    ],
  },
  {
    id: 't28-49',
    file: WA,
    q: "we've got mediation with the ICB on wednesday 16th december about the health bit of the plan, the wheelchair and the continence products. if they agree to sort it, how long have they got? the nurse said christmas doesn't count so not till well into january",
    must: [dateOk('2026-12-30'), [/2 weeks|two weeks/]],
    must_not: [
      ...dateAsAnswer('2026-12-23'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-13'),
      ...dateAsAnswer('2027-01-20'),
      ...dateAsAnswer('2027-01-06'),
      nn("christmas (doesn't|does not|won't|will not) count"),
      nn('(5|11|14|five|eleven|fourteen) weeks'),
      nn("(no|isn't a|is no) (time limit|deadline)"),
      nn('working weeks'),
    ],
    cite: [
      'within 2 weeks of the agreement',
      "Health and social care can't be appealed on their own",
    ],
  },
  {
    id: 't28-50',
    file: WX,
    q: 'you lot rang me about my son two years back. have you still got notes of what we said, and could i have a copy for the tribunal bundle? will it cost',
    must: [[/three years|3 years/], [/free/], [/one month|1 month|a month/]],
    must_not: [
      nn('(two|2) years after'),
      nn('£ ?\\d+|(a |small )fee'),
      nn('(40|forty) days'),
      nn("(we )?(don't|do not) keep"),
    ],
    cite: ['three years after our last contact with you', 'free of charge within one month'],
  },
  {
    id: 't28-51',
    file: WA,
    q: "finally some good news. council refused to make a plan after the assessment but at mediation on monday 14 december they agreed they WILL make one. when should we have the final plan by? the officer said the clock doesn't start till the new year",
    must: [dateOk('2027-03-01'), [/11 weeks|eleven weeks/]],
    must_not: [
      ...dateAsAnswer('2027-01-18'),
      ...dateAsAnswer('2027-03-22'),
      ...dateAsAnswer('2027-03-15'),
      ...dateAsAnswer('2027-03-04'),
      nn("(clock|it) (doesn't|does not|won't|will not) start[^.]{0,20}(new year|january)"),
      nn('(14|fourteen|20|twenty) weeks'),
      nn('working weeks'),
      nn("(the officer'?s|she'?s|he'?s) right"),
    ],
    cite: ['draft in 5 weeks, final in 11 weeks', 'Christmas and the holidays count'],
  },
  {
    id: 't28-52',
    type: 'decline',
    q: "we'd love to take our daughter out on a boat on the broads next summer but she's in a wheelchair. do any of the hire places have accessible boats and do you need a licence",
    must: [[PHONE]],
    must_not: [
      /nancy oldfield/,
      /wherry/,
      /(no|don't need a) licence/,
      nn('(yes|yeah),? (some|several|a few|there are)'),
      /step-free/,
    ],
  },
  {
    id: 't28-53',
    file: OB,
    q: "asking for my sister, she dussn't trust herself with dates. her son's annual review is next june. if the council's letter refusing to amend comes dated 10 june 2027 and she gets her certificate dated 20 july, when's her appeal deadline? she reckon 20 august, we're away most of august so that'd be a nightmare",
    must: [dateOk('2027-09-01')],
    must_not: [
      ...dateAsFinal('2027-08-20'),
      ...dateAsAnswer('2027-08-10'),
      ...dateAsAnswer('2027-08-31'),
      ...dateAsAnswer('2027-08-30'),
      ...dateAsAnswer('2027-09-02'),
      nn("(yes|yeah),? (she'?s|your sister is|that'?s) right"),
      nn('30 days (from|after)'),
    ],
    cite: ['the first working day of September', 'Any date in August means'],
  },
  {
    id: 't28-54',
    file: WX,
    q: "the last day for me to contact an adviser is thursday 24th december and i've just seen you're closed that day. i work till late on the 23rd. am i stuffed",
    must: [[/voicemail|whatsapp|text|email/], [/midnight/]],
    must_not: [
      nn("(yes|yeah),? (you'?re|you are) (stuffed|too late)"),
      nn('(you )?(have to|must) (ring|call|phone)'),
      nn('(deadline|it) (moves|is moved|rolls) (on )?to'),
      nn('(by|before) 5 ?pm'),
    ],
    cite: [
      'sent before midnight on that day all count',
      'log the date and the minute a message arrives',
    ],
  },
  {
    id: 't28-55',
    file: WA,
    q: "and if we go for the video one instead, how do i get into it? i'm useless with tech and we've only got my phone",
    must: [
      [/webex/],
      [/browser|nothing to download/],
      [/two working days|2 working days/, /practice call/],
    ],
    must_not: [
      nn('(download|install) (the )?(app|zoom|teams|webex)'),
      nn('(you )?(need|must have) (an? )?(account|laptop|computer)'),
      nn('jitsi|zoom|microsoft teams|google meet'),
      nn('three working days'),
    ],
    cite: ['opens in your browser, so nothing to download', 'ten-minute practice call with us'],
  },
  {
    id: 't28-56',
    type: 'decline',
    q: "blast, nits again. my daughter has sensory processing issues and screams the house down when i use the nit comb. is there a treatment that doesn't need combing",
    must: [[PHONE]],
    must_not: [
      /dimeticone/,
      /hedrin/,
      /tea tree/,
      /pharmac/,
      nn('(yes|yeah),? (there is|try)'),
      /pause pebble/,
    ],
  },
  {
    id: 't28-57',
    file: OB,
    q: "and what if the council come back and say they can't fit a mediation in within the 30 days, do we just lose out?",
    must: [
      [/three working days|3 working days/],
      [/certificate/],
      [/as though you had taken part|treated as|counts? as (having )?(mediated|taken part)/],
    ],
    must_not: [
      nn('(yes|yeah),? you (lose|miss) out'),
      nn('(you )?(have to|must) wait'),
      nn('(no|not get a) certificate'),
      nn('(the )?(deadline|30 days) (is|gets) extended'),
    ],
    cite: ['treats you as though you had taken part', 'has to let us know as soon as it can'],
  },
  {
    id: 't28-58',
    file: WA,
    q: "I get panic attacks and the thought of sitting across a table from the council officer who's been so rude to me on the phone makes me feel sick. Can I avoid sitting in one room with her?",
    must: [[/separate rooms/], [/back and forth|between (you|the rooms)/]],
    must_not: [
      nn('(you )?(have to|must|need to) (be|sit) in the same room'),
      nn('(send|bring) (someone|a supporter) instead'),
      nn("(the )?(officer|council) (can't|cannot|won't) (come|attend)"),
    ],
    cite: ['I can sit you in separate rooms', 'go back and forth between you'],
  },
  {
    id: 't28-59',
    file: WA,
    q: "I work at the distribution centre, 7am till 5.30 most days and I can't just take a day off. Can the mediation happen after work somehow?",
    must: [[/thursday/], [/6 ?pm|six/], [/video/]],
    must_not: [
      nn('(saturday|sunday|weekend) (meetings?|slots?|sessions?)'),
      nn('(tuesday|monday|wednesday|friday)s?[^.]{0,30}(evening|6 ?pm|5 ?pm)'),
      nn('(in person|in a room|at the old granary)[^.]{0,30}(evening|6 ?pm)'),
      nn('(no|not any) (evening|after.work)'),
    ],
    cite: [
      'there is also a video slot from 6pm to 8pm',
      "which suits people who can't get time off",
    ],
  },
  {
    id: 't28-60',
    type: 'decline',
    q: 'we need a break as a family. are there any holiday cottages on the norfolk coast set up for a lad who needs a hoist and a profiling bed, and are there grants to help pay',
    must: [[PHONE]],
    must_not: [
      /calvert/,
      /family fund/,
      /tourism for all/,
      /£ ?\d+/,
      nn('(yes|yeah),? (there are|several)'),
      /hollowdyke/,
    ],
  },
];

export const META = {
  't28-03': {
    asker: 'dad',
    date: {
      fn: 'mediationNoticeBy',
      input: { mediationDate: '2027-01-07' },
      expected: '2026-12-30',
      note: 'R8: 5 working days before Thu 7 Jan 2027 are Wed 6, Tue 5 and Mon 4 Jan, then (skipping Fri 1 Jan, a bank holiday, and the weekend) Thu 31 and Wed 30 Dec 2026; the weekdays between Christmas and New Year that are not bank holidays are working days',
    },
  },
  't28-06': {
    asker: 'dad',
    date: {
      fn: 'adviserContactDeadline',
      input: { decisionDate: '2026-12-31' },
      expected: '2027-02-28',
      note: 'R2: 31 Dec 2026 + 2 months: February 2027 has no 31st, so the last day of February, Sun 28 Feb 2027, not moved to Mon 1 Mar (and not 60 days)',
    },
  },
  't28-13': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-09-28', certificateDate: '2026-11-27' },
      expected: '2027-01-04',
      note: 'R13: later of Sat 28 Nov 2026 (letter + 2 months) and Sun 27 Dec 2026 (certificate + 1 month) is 27 Dec, in the Christmas window (25 Dec-1 Jan), so the first working day after 1 Jan: Mon 4 Jan 2027 (not Mon 28 Dec, a bank holiday inside the window)',
    },
  },
  't28-21': {
    asker: 'parent',
    route:
      'disability discrimination claim: no certificate needed, six months, no Christmas extension',
    date: {
      fn: 'discriminationClaimDeadline',
      input: { actDate: '2026-06-24' },
      expected: '2026-12-24',
      note: 'R14: 6 months from Wed 24 Jun 2026 is Thu 24 Dec 2026, inside the Christmas window, but the Christmas and August extensions do not apply to discrimination claims, so it stays 24 Dec (a working day)',
    },
  },
  't28-25': {
    asker: 'parent',
    route: 'section I only (no school named): no certificate needed',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-22' },
      expected: '2026-12-22',
      note: 'R13 without a certificate: 22 Oct 2026 + 2 months is Tue 22 Dec 2026, a working day outside the Christmas window, so it is not moved',
    },
  },
  't28-33': {
    asker: 'parent',
    route: 'health only (section G): the ICB arranges, within 30 calendar days',
    date: {
      fn: 'mediationArrangeBy',
      input: { from: '2026-11-27' },
      expected: '2026-12-27',
      note: 'R6/R7: health only, so the ICB arranges; 30 calendar days from the ICB being told on Fri 27 Nov 2026 is Sun 27 Dec 2026, not moved',
    },
  },
  't28-43': {
    asker: 'parent with little English',
    lang: 'Dutch',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-22' },
      expected: '2026-12-29',
      note: 'R11: mediation ends Tue 22 Dec 2026; 3 working days are Wed 23, Thu 24 and (skipping 25 and 28 Dec, bank holidays, and the weekend) Tue 29 Dec 2026',
    },
  },
  't28-45': {
    asker: 'dad',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-02', certificateDate: '2026-11-19' },
      expected: '2026-12-21',
      note: 'R13: later of Wed 2 Dec 2026 (letter + 2 months) and Sat 19 Dec 2026 (certificate + 1 month) is 19 Dec, a Saturday outside the Christmas window, so the next working day: Mon 21 Dec 2026 (never back to Fri 18 Dec)',
    },
  },
  't28-47': {
    asker: 'parent',
    route: 'declining mediation: certificate without a meeting',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-23' },
      expected: '2026-12-30',
      note: 'R4: declining on Wed 23 Dec 2026; 3 working days are Thu 24, Tue 29 and Wed 30 Dec 2026 (25 and 28 Dec are bank holidays, 26-27 Dec a weekend)',
    },
  },
  't28-49': {
    asker: 'parent',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-16', weeks: 2 },
      expected: '2026-12-30',
      note: 'R16: agreement on Wed 16 Dec 2026 about the health part only (not appealable): 2 calendar weeks, Christmas counted: Wed 30 Dec 2026',
    },
  },
  't28-51': {
    asker: 'parent',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-14', weeks: 11 },
      expected: '2027-03-01',
      note: 'R15: agreement on Mon 14 Dec 2026 to make a plan: the final plan within 11 calendar weeks, Christmas counted: Mon 1 Mar 2027',
    },
  },
  't28-53': {
    asker: 'sibling, asking for a sister (dialect)',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2027-06-10', certificateDate: '2027-07-20' },
      expected: '2027-09-01',
      note: 'R13: later of Tue 10 Aug 2027 (letter + 2 months) and Fri 20 Aug 2027 (certificate + 1 month) is 20 Aug, in August, so the first working day after 31 Aug: Wed 1 Sep 2027 (30 Aug 2027 is a bank holiday; 31 Aug is not the answer)',
    },
  },
  't28-01': { asker: 'parent (shift worker, sugar beet factory, dialect)' },
  't28-02': { asker: 'parent (dialect)' },
  't28-05': { asker: 'parent with a disability (autistic)' },
  't28-07': { asker: 'parent with a disability (powerchair user)' },
  't28-09': { asker: 'parent (dialect)' },
  't28-10': {
    asker: 'aunt, asking for a sister',
    route: 'pre-school playgroup, no plan: disagreement resolution (voluntary), not mediation',
  },
  't28-11': { asker: 'parent (follow-on, shift worker, care home, dialect)' },
  't28-14': { asker: 'parent (shift worker, A&E nurse)' },
  't28-15': { asker: 'parent' },
  't28-17': {
    asker: 'dad',
    route: 'section I with section F: one certificate needed, not straight to the Tribunal',
  },
  't28-18': { asker: 'parent with a disability (stammer)' },
  't28-19': { asker: 'grandparent (kinship carer, no court order, dialect)' },
  't28-22': { asker: 'foster carer' },
  't28-23': { asker: 'dad (dialect)' },
  't28-26': { asker: 'parent of a young person (17, dialect)' },
  't28-27': { asker: 'parent with little English', lang: 'Tamil' },
  't28-29': {
    asker: 'parent with a disability (after surgery, in and out of hospital)',
    route: 'adviser window missed: no certificate; ask the Tribunal for permission to appeal',
  },
  't28-30': { asker: 'SENCO' },
  't28-31': { asker: 'parent with a disability (fibromyalgia)' },
  't28-34': { asker: 'parent with little English (writing English)' },
  't28-35': { asker: 'grandparent (kinship carer, phone set up by a grandchild, dialect)' },
  't28-37': {
    asker: 'parent with little English',
    lang: 'Swahili',
    route: 'social care only (section H): not appealable alone; mediation still open',
  },
  't28-38': { asker: 'parent with little English', lang: 'Bulgarian' },
  't28-39': { asker: 'parent with a disability (dyslexia)' },
  't28-41': {
    asker: 'young person (19), in own name',
    route:
      'decision to cease the plan: the young person appeals in their own name, certificate needed',
  },
  't28-42': { asker: 'parent (follow-on)' },
  't28-46': { asker: 'parent' },
  't28-50': { asker: 'parent' },
  't28-54': { asker: 'parent (shift worker, late shifts)' },
  't28-55': { asker: 'parent (follow-on)' },
  't28-57': {
    asker: 'parent (follow-on)',
    route:
      'council cannot arrange mediation within 30 days: certificate needed, issued within 3 working days',
  },
  't28-58': { asker: 'parent with a disability (panic attacks)' },
  't28-59': { asker: 'parent (shift worker, distribution centre)' },
  // declines: what each asks about (check.mjs makes sure no topic repeats an earlier set's list)
  't28-04': { asker: 'parent', topic: 'ear defenders for fireworks night' },
  't28-08': { asker: 'parent', topic: 'an adapted tricycle' },
  't28-12': { asker: 'young person (17), in own name', topic: 'a Disabled Persons Railcard' },
  't28-16': { asker: 'parent', topic: 'a tongue-tie operation' },
  't28-20': {
    asker: 'parent (shift worker, nights on the wards)',
    topic: 'music therapy for a non-verbal child',
  },
  't28-24': { asker: 'grandparent', topic: 'a Makaton course for grandparents' },
  't28-28': { asker: 'dad (dialect)', topic: 'orthotic insoles for toe walking' },
  't28-32': { asker: 'parent', topic: 'allergy testing for eczema' },
  't28-36': {
    asker: 'young person (18), in own name (dialect)',
    topic: 'a phone contract for a teenager with ADHD',
  },
  't28-40': { asker: 'grandparent (dialect)', topic: 'bed-wetting alarms' },
  't28-44': { asker: 'teacher (class teacher)', topic: 'a communication app on a tablet' },
  't28-48': { asker: 'parent', topic: 'a Sunday league football team' },
  't28-52': { asker: 'parent', topic: 'an accessible boat trip on the Broads' },
  't28-56': { asker: 'parent (dialect)', topic: 'head lice treatment' },
  't28-60': { asker: 'parent', topic: 'a seaside holiday cottage' },
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
