// The "twentieth" question set as JS literals. Regexes are regex literals, written without
// flags: the scorer applies "i" to `must` and "im" to `must_not`.
//
//   node check/build-questions.mjs      writes ../questions.jsonl
//
// Today for the engine is Thursday 3 December 2026. Date questions carry their working in
// META below; check.mjs recomputes every one of them from the rules in RULES.md.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HTML = 'how-we-help.html';
const TXT = 'certificates-deadlines-leaflet.txt';
const MD = 'you-said-we-did.md';

// the service's phone number, however it is spaced or prefixed
const PHONE = /1632\)?[\s.-]?960[\s.-]?274/;

export const QUESTIONS = [
  {
    id: 't20-01',
    file: HTML,
    q: "hiya its nan here, ive had my grandson since he was a baby (hes 9 now, got an ehcp), his mum hasnt been around for years. council keep saying they need to speak to 'the parent'. can i ring you lot myself or does it have to be his mum??",
    must: [
      [
        /\byes\b/,
        /you can (ring|call|phone|contact|get in touch|speak|talk)/,
        /(can|may) (ring|call|phone|contact) us/,
      ],
      [
        /day[- ]to[- ]day care/,
        /counts? as (a|his|the) parent/,
        /(treated|seen|regarded) as (a|his|the) parent/,
        /treats? you as (a|his|the) parent/,
        /looks? after (him|a child) (every ?day|full[- ]time)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )has to (be|come from) (his|the) (mum|mother|birth)/,
      /(?<!not )(?<!n't )only (his |the |a )?(mum|mother|birth parents?|parents? with parental responsibility) can/,
      /(?<!without )(?<!no )(need|get|apply for) (a |an )?(special guardianship|child arrangements|residence) order/,
    ],
    cite: ['day-to-day care of a child counts as a parent'],
  },
  {
    id: 't20-02',
    file: TXT,
    q: 'got the letter saying they wont amend his plan after the annual review. its dated 19 october 2026 but it went to our old address so i only got it on the 26th. when is my last day to contact a mediation adviser? does it count from when i got it?',
    must: [
      [
        /\b19(th)? dec/,
        /dec(ember)?\.? 19(th)?\b/,
        /19\/12\/(20)?26/,
        /19\.12\.(20)?26/,
        /2026-12-19/,
      ],
    ],
    must_not: [
      /\b2[2-6](nd|rd|th)? dec/,
      /dec(ember)? 2[2-6](nd|rd|th)?\b/,
      /2[2-6]\/12\/(20)?26/,
      /2026-12-2[2-6]/,
      /(deadline|last day|latest)[^.]{0,25}\b21(st)? dec/,
      /(deadline|last day|latest)[^.]{0,25}(monday|mon),? 21/,
      /(?<!not )(?<!n't )(counts?|runs?|starts?) from (when|the day) you (got|received)/,
    ],
    cite: ['not on the day the letter came through your door', 'This contact date is not moved'],
  },
  {
    id: 't20-03',
    file: MD,
    q: 'council offices make me feel sick with nerves, last time i was there for a meeting i cried in the car park. do we have to do the mediation there?',
    must: [
      [
        /council (building|office)s?[^.]{0,40}(not|never|no longer)/,
        /(not|never|no longer|don't|do not|haven't|stopped)[^.]{0,30}council (building|office)/,
        /neutral/,
      ],
      [/granary/, /saltmere/, /lode end/, /wensey family hub/, /online/, /teams/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!never )(?<!no longer )(held|take place|takes place|happen|happens) (at|in) (the )?council (offices|buildings)/,
      /(?<!not )(?<!n't )(have|need|has) to (be )?(go|held|attend)[^.]{0,15}council/,
    ],
    cite: [
      'we have not used any council building for a mediation',
      'We book a neutral place as near to your home',
    ],
  },
  {
    id: 't20-04',
    type: 'decline',
    q: "council have said my son's taxi to college stops when he turns 16 and we'll have to pay a contribution. is that even legal? what are the rules for post 16 transport with an ehcp?",
    must: [[PHONE]],
    must_not: [
      /post-?16 transport (policy|statement)/,
      /(?<!not )(?<!n't )(?<!(whether|if) )(you|they|councils?) (can|could|may|are allowed to) (charge|ask for) a contribution/,
      /(?<!not )(?<!n't )(?<!(whether|if) (the )?)(councils?|they) (must|have to|has to) (provide|pay for) (free )?transport/,
      /statutory walking distance/,
      /\b(2|3|two|three) miles/,
    ],
  },
  {
    id: 't20-05',
    file: HTML,
    q: 'Foster carer here (long term placement, 7 yr old with an EHCP). Before I ring - is there a fee for the mediation and does it come out of my fostering allowance or does the LA pay you??',
    must: [
      [
        /\bfree\b/,
        /(never|don't|do not|won't|will not|doesn't|does not) (have to )?(pay|cost|charge)/,
        /no (fee|charge|cost)/,
        /nothing to pay/,
        /costs? (you )?nothing/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!never )(comes?|taken|deducted) (out of|from) (your|the) (fostering )?allowance/,
      /£\s?\d+(\.\d\d)? (per|an|a|for the) (hour|session|mediation|meeting)/,
      /(?<!no )(?<!not a )(?<!without a )\bfee of\b/,
    ],
    cite: ['Families never pay for anything we do'],
  },
  {
    id: 't20-06',
    file: TXT,
    q: 'decision letter was dated 2nd october, mediation didnt work and the certificate is dated 26 november. its now more than 2 months since the letter - have i missed the deadline to appeal to tribunal?!',
    must: [
      [
        /\b4(th)? jan/,
        /jan(uary)?\.? 4(th)?\b/,
        /\b0?4\/0?1\/(20)?27/,
        /2027-01-04/,
        /\b0?4\.0?1\.(20)?27/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(you'?ve|you have|you) (already )?missed (it|the deadline)/,
      /(?<!not )(?<!n't )too late/,
      /(deadline|last day) (is|was) (on )?(sat(urday)?,? )?26(th)? dec/,
      /(deadline|last day) (is|was) (on )?(wed(nesday)?,? )?2(nd)? dec/,
      /\b2[89](th)? dec/,
      /2027-01-0[1-3]/,
      /(deadline|last day) (is|was) (on )?(\w+day,? )?(1st|2nd|3rd|[123]) jan/,
    ],
    cite: ['Take whichever of those two dates is later', 'first working day after 1 January'],
  },
  {
    id: 't20-07',
    file: MD,
    q: "my daughter is 11 and has LOADS to say about her school but she'd hate sitting in a room with council people. will she be made to come to the mediation?",
    must: [
      [
        /(never|doesn't|does not|won't|will not|not) (have|need|be made|required) to (attend|come|be there)/,
        /never has to attend/,
        /(doesn't|does not|don't|do not) have to (attend|come)/,
      ],
      [/my voice/, /voice note/, /video/, /draw/, /meets? (your child|her)/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!never )(she|your daughter|children|your child) (must|has to|have to|will have to|needs to) (attend|come|be there)/,
      /(?<!not )(?<!n't )(children|child) (are|is) not (allowed|permitted) to/,
    ],
    cite: ['Your child never has to attend', 'records a short voice note or video'],
  },
  {
    id: 't20-08',
    file: HTML,
    q: 'do i need a sertifikit from a mediashun person if i only want to apeal the skool they put in part I? im happy with the rest of his plan',
    must: [
      [
        /(don't|do not|doesn't|does not|won't|will not) (need|require)/,
        /no (mediation )?certificate/,
        /without (a|any) (mediation )?certificate/,
        /(not|isn't) (needed|required|necessary)/,
        /straight to the tribunal/,
      ],
    ],
    must_not: [
      /\byes,? you (do |will |still )?need (a|the) (mediation )?certificate/,
      /(?<!not )(?<!n't )you (still )?need a (mediation )?certificate (first|before you (can )?appeal)/,
      /(?<!not )(?<!n't )must (first )?(contact|speak to|see) a mediation adviser/,
    ],
    cite: ['goes straight to the Tribunal with no certificate'],
  },
  {
    id: 't20-09',
    type: 'decline',
    q: 'my 13yo got a 5 day suspension for kicking off in class after they took his ear defenders off him. how do i challenge it? do the governors have to meet?',
    must: [[PHONE]],
    must_not: [
      /governing (board|body) (must|has to|will) (meet|consider|review)/,
      /\b15 school days/,
      /independent review panel/,
      /(?<!not )(?<!n't )(more than|over) (5|15|five|fifteen) (school )?days/,
      /(?<!not )(?<!n't )(ask|request) (for )?(a )?(meeting with|the) governors/,
      /(?<!not )(?<!n't )(need|get) a (mediation )?certificate/,
    ],
  },
  {
    id: 't20-10',
    file: TXT,
    q: 'Sveiki. Šiandien telefonu pasakiau patarėjai, kad nenoriu mediacijos, noriu iš karto teikti apeliaciją. Iki kada vėliausiai turiu gauti sertifikatą?',
    must: [
      [
        /\b0?8(th)? dec/,
        /dec(ember)?\.? 0?8(th)?\b/,
        /\b0?8\/12\/(20)?26/,
        /2026-12-0?8\b/,
        /\b0?8\.12\.(20)?26/,
        /2026\.12\.0?8\b/,
        /gruodžio 0?8\b/,
      ],
    ],
    must_not: [
      /\b0?[67](th)? dec/,
      /dec(ember)? 0?[67]\b/,
      /2026-12-0[67]/,
      /gruodžio 0?[67]\b/,
      /\b(9|10|11)(th)? dec/,
      /gruodžio (9|10|11)\b/,
      /2026-12-(09|10|11)/,
    ],
    cite: ['within three working days of the day you told them'],
  },
  {
    id: 't20-11',
    file: MD,
    q: 'single dad, 3 kids, no car and the bus only runs twice a day from our village. can the mediation be done on zoom or over the phone?',
    must: [
      [/teams/, /online/, /video/],
      [/phone/, /camera/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(must|have to|has to|need to) (be )?(attend |held |done )?in person/,
      /(?<!not )(?<!n't )(we|mediations?) (use|uses|on) zoom/,
    ],
    cite: ['Online mediations use Microsoft Teams'],
  },
  {
    id: 't20-12',
    file: HTML,
    q: 'my sons academy have stopped his 1:1 reading sessions. he hasnt got an ehcp just sen support. can we have mediation with the academy or is it something different? the head wont meet me',
    must: [
      [/disagreement resolution/],
      [
        /(everyone|all|both sides|both parties|the (school|academy))( involved)? (has|have|needs?|need) to (say yes|agree)/,
        /voluntary/,
        /(can't|cannot|can not) (be )?(made|forced|make|force)/,
        /no one[^.]{0,30}can be (made|forced)/,
        /agree to take part/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(the )?(academy|school) (must|has to|have to|is required to|is obliged to) (attend|take part|come)/,
      /(?<!not )(?<!n't )appeal (it |this )?to the (send )?tribunal/,
      /(?<!not )(?<!n't )(need|get) a (mediation )?certificate/,
    ],
    cite: [
      'Everyone involved has to say yes',
      'No one, the school included, can be made to attend',
    ],
  },
  {
    id: 't20-13',
    file: TXT,
    q: "we're only appealing the school named in section I (no certificate needed apparently). decision letter dated 24 oct 2026. a mum on facebook said because of christmas we get until january, is that right? when do we actually have to get it in",
    must: [
      [
        /\b24(th)? dec/,
        /dec(ember)?\.? 24(th)?\b/,
        /24\/12\/(20)?26/,
        /2026-12-24/,
        /christmas eve/,
      ],
    ],
    must_not: [
      /\b(yes|yeah),? (that'?s|she'?s|she is|that is) (right|correct)/,
      /(?<!not )(?<!n't )(deadline is|last day is|have until|get until|got until)[^.]{0,20}jan(uary)?/,
      /2027-01-0\d/,
      /\b0?[45](th)? jan(uary)?/,
    ],
    cite: [
      'the Christmas rule only starts on 25 December',
      'Christmas Eve counts as a working day',
    ],
  },
  {
    id: 't20-14',
    type: 'decline',
    q: 'can i claim DLA for my 7yr old with adhd and how much is it a week?',
    must: [[PHONE]],
    must_not: [
      /£\s?\d/,
      /care component/,
      /mobility component/,
      /(?<!not )(?<!n't )(you|she|he) (can|could|should|may) (claim|apply for|get) (dla|disability living allowance|it)\b/,
      /(higher|middle|lowest) rate/,
    ],
  },
  {
    id: 't20-15',
    file: MD,
    q: 'السلام علیکم۔ میری انگریزی اچھی نہیں ہے۔ ثالثی (mediation) میں کیا مجھے اپنا مترجم خود لانا ہوگا یا میرا بیٹا ترجمہ کر سکتا ہے؟ اس کے پیسے کون دے گا؟',
    must: [
      [
        /free/,
        /no (charge|cost|fee)/,
        /(don't|do not|won't|will not) (have to )?pay/,
        /مفت/,
        /کوئی (فیس|خرچ|قیمت|پیسہ|پیسے)/,
        /بلا معاوضہ/,
      ],
      [/interpreter/, /ترجمان/, /مترجم/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!don't )bring your own (interpreter|translator)/,
      /(?<!not )(?<!n't )your son (can|could|may|should) (interpret|translate)/,
      /اپنا (مترجم|ترجمان) (خود )?(لائیں|لانا ہوگا|لانا ہو گا)/,
      /(?<!کیا (آپ کا |میرا )?)بیٹا ترجمہ کر سکتا ہے/,
    ],
    cite: ['We book a professional interpreter for you'],
  },
  {
    id: 't20-16',
    file: HTML,
    q: 'the only bit of my daughters new plan we disagree with is the physio in the health section (G). education bits are fine now. who actually sets up mediation for that - the council or the nhs??',
    must: [[/integrated care board/, /\bICB\b/, /ouse and marshland/]],
    must_not: [
      /the council (always )?(arranges|sets up|organises) (all|every|any) mediation/,
      /(?<!not )(?<!n't )(?<!cannot )(?<!can't )(you can|you could|you should) appeal (the )?(physio|health|section g|it) to the tribunal/,
      /(it'?s|it is|that'?s) the council,? not the (nhs|icb|integrated care board)/,
    ],
    cite: ['is the body that arranges and pays for the mediation'],
  },
  {
    id: 't20-17',
    file: TXT,
    q: 'The council got told today (3 Dec) that we want mediation over section F. By what date does the mediation actually have to happen? Does Christmas push it back?',
    must: [
      [
        /\b0?2(nd)? jan/,
        /jan(uary)?\.? 0?2(nd)?\b(?!\d)/,
        /\b0?2\/0?1\/(20)?27/,
        /2027-01-02/,
        /\b0?2\.0?1\.(20)?27/,
      ],
    ],
    must_not: [
      /(by|until|till|before|latest( date)?( is)?|deadline( is)?|happen( by)?)\s+(\w+day,? )?0?[3-9](th|rd)? jan/,
      /2027-01-0[3-9]/,
      /(?<!not )(?<!n't )30 working days/,
      /(?<!not )(?<!n't )(christmas|bank holidays?) (pushes|push|moves|move|extends|extend) it/,
    ],
    cite: ['These are ordinary calendar days, not working days'],
  },
  {
    id: 't20-18',
    file: MD,
    q: 'i finish work at half 3 and cant get time off. whats the latest a mediation can start?',
    must: [[/\b4 ?pm\b/, /\b4[.:]00/, /16[.:]00/, /four o'?clock/, /\b4 o'?clock/]],
    must_not: [
      /(?<!not )(?<!n't )(latest|last)[^.]{0,20}\b(1|2|3) ?pm/,
      /(?<!not )(?<!n't )(only|just) (in )?(the )?mornings?/,
      /(?<!not )(?<!n't )(school|office) hours only/,
    ],
    cite: ['start as late as 4pm'],
  },
  {
    id: 't20-19',
    type: 'decline',
    q: 'how do i ask for a personal budget for my sons EHCP provision? can it pay for his horse riding therapy',
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )direct payments? (can|could|may|will)/,
      /(?<!not )(?<!n't )(ask|request) (for )?(it|one|a personal budget) (at|during|when) (the )?(plan is in )?(assessment|draft|annual review)/,
      /section j\b/,
      /(?<!not )(?<!n't )(?<!(whether|if) )(yes|it can),? (pay|be used)/,
    ],
  },
  {
    id: 't20-20',
    file: HTML,
    q: 'Dzień dobry, mój angielski nie jest dobry. Chcę mediację w sprawie planu EHC syna. Czy council może powiedzieć nie i nie przyjść na mediację?',
    must: [
      [
        /\bmust\b/,
        /ha(s|ve) to/,
        /required/,
        /obliged/,
        /no choice/,
        /(can ?not|can't) (refuse|say no|decline)/,
        /\bmusi\b/,
        /muszą/,
        /obowiąz/,
        /nie może (odmówić|powiedzieć)/,
        /nie ma wyboru/,
      ],
      [
        /arrange/,
        /set (it )?up/,
        /take part/,
        /attend/,
        /turn up/,
        /send (someone|somebody|people)/,
        /zorganiz/,
        /wziąć udział/,
        /uczestnicz/,
        /przyjść/,
        /stawić/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(the council|they|it) (can|may) (refuse|decline|say no)/,
      /(?<!nie )może odmówić/,
      /(?<!nie )mogą odmówić/,
      /(?<!not )(?<!n't )(both|all) (sides|parties) (have|has|need|needs) to agree/,
    ],
    cite: ['the council has no choice'],
  },
  {
    id: 't20-21',
    file: TXT,
    q: 'planning ahead. his annual review decision should come next june. if the letter is dated 10 june 2027 and i get my certificate on 15 june, what would my appeal deadline be? someone said the summer hols change it',
    must: [
      [
        /\b0?1(st)? sep/,
        /sep(t|tember)?\.? 0?1(st)?\b(?!\d)/,
        /\b0?1\/0?9\/(20)?27/,
        /2027-09-01/,
        /\b0?1\.0?9\.(20)?27/,
      ],
    ],
    must_not: [
      /(deadline|last day|latest)( date)?( would be| will be| is|:)\s+(\w+day,? )?10(th)? aug/,
      /(deadline|last day|latest)( date)?( would be| will be| is|:)\s+(\w+day,? )?15(th)? jul/,
      /(deadline|last day|latest)( date)?( would be| will be| is|:)\s+(\w+day,? )?3[01](th|st)? aug/,
      /2027-08-10/,
      /2027-07-15/,
      /\b0?2(nd)? sep/,
      /2027-09-02/,
    ],
    cite: ['first working day after 31 August'],
  },
  {
    id: 't20-22',
    file: MD,
    q: 'im autistic (diagnosed last year) and so is my lad. busy rooms, chatter and strip lights = total shutdown for me. what can you actually do to help on the day?',
    must: [
      [
        /quiet (room|space)/,
        /(lights?|lighting) (down|dimmed|lowered|turned down)/,
        /\bdim/,
        /step out/,
        /running order/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!no )(need|must (send|provide|give)|have to (send|provide|give)|require) (us )?(a |an )?(copy of (your |the )?)?(diagnosis|medical|doctor'?s? letter|proof)/,
      /(?<!not )(?<!n't )send us (a copy of )?(your|the) (diagnosis|letter)/,
    ],
    cite: ['a separate quiet room to wait in', 'You can step out whenever you need to'],
  },
  {
    id: 't20-23',
    file: HTML,
    q: 'my autistic daughter keeps getting sent home at lunchtime and left off trips. i want to make a disability discrimination claim against the school. do i have to go through the mediation adviser / certificate thing first?',
    must: [
      [
        /(don't|do not|doesn't|does not|won't|will not) (need|require|have to)/,
        /no (mediation )?certificate/,
        /without (a|any) (mediation )?certificate/,
        /(not|isn't) (needed|required|necessary)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(you|you'll|you will) (still |first )?(need|have to get) (a|the) (mediation )?certificate/,
      /(?<!not )(?<!n't )must (first )?(contact|speak to|see|go through) (a|the) mediation adviser/,
    ],
    cite: ['made under the Equality Act, not as an SEN appeal'],
  },
  {
    id: 't20-24',
    type: 'decline',
    q: "we're moving to castle wensey at easter. my daughter has no ehcp. how do i get her a place at the primary school nearest our new house??",
    must: [[PHONE]],
    must_not: [
      /in-?year (admission|application)/,
      /admissions (team|authority|appeal|criteria)/,
      /(?<!not )(?<!n't )apply (directly )?(to|through|via) (the )?(council|school|local authority)/,
      /oversubscri/,
    ],
  },
  {
    id: 't20-25',
    file: TXT,
    q: 'our mediation is booked for wed 23rd december (great timing lol). if it doesnt settle, whats the latest date the certificate can arrive with all the christmas bank hols?',
    must: [[/\b30(th)? dec/, /dec(ember)?\.? 30(th)?\b/, /30\/12\/(20)?26/, /2026-12-30/]],
    must_not: [
      /(by|until|till|before|latest( date)?( is)?|deadline( is)?)\s+(\w+day,? )?(2[6-9]|31)(th|st)? dec/,
      /(by|until|till|before|latest( date)?( is)?|deadline( is)?)\s+(\w+day,? )?dec(ember)? (2[6-9]|31)\b/,
      /(by|until|till|latest( date)?( is)?|deadline( is)?)\s+(\w+day,? )?0?[45](th)? jan/,
      /2026-12-(2[6-9]|31)/,
    ],
    cite: ['within three working days of the day it ended'],
  },
  {
    id: 't20-26',
    file: MD,
    q: 'im 19 and i asked for mediation about my college place. can i bring my support worker and my mate? does the council have to ok that? my mum wants to come too',
    must: [
      [
        /(don't|do not|doesn't|does not|no) need (the council'?s?|anyone'?s?|their|any|permission|agreement)/,
        /without (needing |asking )?(the council'?s?|anyone'?s?|any)? ?(permission|agreement)/,
        /no permission/,
        /(council|they) (doesn't|does not|don't|do not) (need|have) to (agree|approve|give permission|ok)/,
      ],
      [
        /everyone[^.]{0,40}(comfortable|happy|agree)/,
        /(mediator|we) (will )?check/,
        /all (parties|sides)[^.]{0,20}agree/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!no )(need|needs|require|requires) (the )?council'?s? (permission|agreement|consent)/,
      /(?<!not )(?<!n't )only (one|1) (person|supporter)/,
      /(the council|they) (has|have|must|needs? to) (to )?(agree|approve|ok)/,
    ],
    cite: ["you don't need permission from the council or anyone else"],
  },
  {
    id: 't20-27',
    file: HTML,
    q: 'im 17 and at college. my mum wants to appeal my ehcp bc of the college they named but i actually like it there and dont want her to. is it her decision or mine',
    must: [
      [
        /\b(your|yours)\b[^.]{0,30}\b(decision|choice|right|call)/,
        /belongs? to you/,
        /belongs? to the young person/,
        /up to you/,
        /you (decide|make the decision|get to decide)/,
        /\byours\b/,
        /(the )?young person('s)? (decision|choice|right)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(your mum|your mother|your parents?|she) (can|could|may|will|still) (appeal|decide|overrule|make the decision|go ahead)\b/,
      /(?<!not )(?<!n't )(it'?s|it is) (her|your mum'?s|your mother'?s|your parents'?) (decision|choice|call)/,
      /until (you('re| are) )?18/,
    ],
    cite: ['belong to the young person, not to their parents'],
  },
  {
    id: 't20-28',
    file: TXT,
    q: 'Olá. A carta do council sobre o plano EHC do meu filho tem data de 20 de novembro de 2026 e recebi o certificado de mediação a 24 de novembro. Uma amiga disse que só tenho um mês a partir do certificado, até 24 de dezembro. É verdade? Qual é o último dia para recorrer ao tribunal?',
    must: [
      [
        /\b20(th)? jan/,
        /jan(uary)?\.? 20(th)?\b/,
        /\b20\/0?1\/(20)?27/,
        /2027-01-20/,
        /20 de janeiro/,
        /\b20\.0?1\.(20)?27/,
      ],
    ],
    must_not: [
      /(prazo|último dia|ultimo dia)( é| e|:)\s+(o )?(dia )?24 de dezembro/,
      /(deadline|last day)( is|:)\s+(\w+day,? )?24(th)? dec/,
      /\b(sim|yes),? (é verdade|e verdade|she'?s right|your friend is right|that'?s (right|true))/,
      /(?<!não )(?<!nao )(?<!not )(?<!n't )a sua amiga tem razão/,
    ],
    cite: ['never cuts your time short'],
  },
  {
    id: 't20-29',
    type: 'decline',
    q: 'our send tribunal hearing is in 2 weeks!! what do i need to prepare, can i bring witnesses and do i need to wear a suit lol',
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )(bring|call) (up to )?(two|2|three|3) witnesses/,
      /\bbundle\b/,
      /(?<!not )(?<!n't )(wear|dress) (smart|formal|whatever|casual)/,
      /(?<!not )(?<!n't )(you can|you may) bring a supporter/,
      /working document/,
      /attendance form/,
    ],
  },
  {
    id: 't20-30',
    file: MD,
    q: 'how long does the mediation go on for? i have a bladder condition and need to pop out fairly often, is that ok?',
    must: [
      [
        /(2|two)(\.5|½| and a half|-and-a-half)? ?(to|and|-|–) ?(3|three) hours/,
        /(2\.5|2½|two and a half|2 and a half)[^.]{0,20}(3|three) hours/,
        /half a day/,
        /half-day/,
      ],
      [/break/, /step out/, /pop out/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(all|whole|full) day/,
      /(?<!not )(?<!n't )no breaks/,
      /(?<!not )(?<!n't )only (one|1) break/,
      /(?<!not )(?<!n't )(1|one) hour (long|max)/,
    ],
    cite: ['between two and a half and three hours', 'a break at least once an hour'],
  },
  {
    id: 't20-31',
    file: HTML,
    q: "My daughter is 20 and has a severe learning disability, she can't really understand decisions like this. The council want to stop her plan. Can I ask for mediation for her? Do I need to get a doctors report first?",
    must: [
      [/capacity/],
      [/\bparent\b/, /deputy/, /attorney/, /on her behalf/, /for her/, /act for/],
      [
        /(don't|do not|doesn't|does not|won't|will not) (need|ask for|require)/,
        /no (need for (a |any )?)?(medical|doctor)/,
        /without (a |any )?(medical|doctor)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!no )(need|require|must get|have to get|must provide|have to provide) (a |an )?(medical|doctor'?s?|gp'?s?|capacity) (report|letter|assessment|evidence)/,
      /(?<!not )(?<!n't )only (she|your daughter|the young person) can (ask|request|appeal)/,
    ],
    cite: [
      'we do not ask for medical reports before we start',
      'deputy appointed by the Court of Protection',
    ],
  },
  {
    id: 't20-32',
    file: TXT,
    q: 'my sons plan was ceased back in july and i didnt know i had to ring anyone. its now december. can you still give me the certificate so i can appeal?',
    must: [
      [
        /(can ?not|can't|cannot|unable to|not able to|not allowed to|won't be able to) (issue|give|provide|send)/,
        /no longer/,
        /too late (for|to get) (a|the) certificate/,
      ],
      [/permission/, /\bleave\b/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!no )(we|the adviser|an adviser|they) (can|will|could) (still )?(issue|give|send)( you)? (a|the|your) certificate/,
      /(?<!not )(?<!n't )you (can ?not|can't|cannot) appeal (any ?more|now|at all)/,
      /(?<!not )(?<!n't )lost (your|the) right (to|of) appeal/,
    ],
    cite: ['permission to appeal without one'],
  },
  {
    id: 't20-33',
    file: MD,
    q: 'my son has a hospital appointment that clashes with our mediation date next week. how much notice do you need to move it and will it cost us or mess up the appeal?',
    must: [
      [/(2|two) working days/],
      [
        /no (charge|cost|fee)/,
        /\bfree\b/,
        /(doesn't|does not|won't|will not) (cost|affect|charge)/,
        /not (affect|charged)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!no )(cancellation|rebooking|admin) (fee|charge)/,
      /(?<!not )(?<!n't )(5|five|7|seven|10|ten) working days'? notice/,
      /(?<!not )(?<!n't )(lose|lost) (your|the) (right|place|slot)/,
    ],
    cite: ['There is no charge for moving a date'],
  },
  {
    id: 't20-34',
    type: 'decline',
    q: 'can i get legal aid for a solicitor for the tribunal? im on universal credit',
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )(means|merits)[- ]test/,
      /legal help/,
      /(?<!not )(?<!n't )(?<!(whether|if) )you (can|could|may|should|would) (usually )?(get|apply for|qualify for|be eligible for) legal (aid|help)/,
      /civil legal advice/,
      /(?<!not )(?<!n't )(?<!(whether|if) (you|he|she) )(are|is) (automatically )?(eligible|entitled)/,
    ],
  },
  {
    id: 't20-35',
    file: HTML,
    q: "council said no to doing an EHC needs assessment for my 6 yr old (letter says 'not at this time'). Is that something you can actually appeal or do we just have to go to mediation??",
    must: [
      [
        /(can|could|able to|right to|may) appeal/,
        /(can|could|may) be appealed/,
        /\bappealable\b/,
        /right of appeal/,
        /\bappeal (it|this|that|the decision|against)/,
        /(can )?goe?s? to the (send )?tribunal/,
      ],
      [/certificate/, /mediation adviser/, /\badviser\b/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!no )(can ?not|can't|isn't|is not|not) (be )?appeal(ed|able)/,
      /(?<!not )(?<!n't )(have|need) to (go to |try |attend )?mediation (first|before)/,
    ],
    cite: [
      'Refusing to carry out an EHC needs assessment',
      'will not register your case unless it comes',
    ],
  },
  {
    id: 't20-36',
    file: TXT,
    q: "The school left my son off the year 6 residential on 18 June because of his autism. I'm bringing a disability discrimination claim. How long have I got, and does the Christmas extension thing give me extra time?",
    must: [
      [
        /(6|six) months/,
        /\b18(th)? dec/,
        /dec(ember)?\.? 18(th)?\b/,
        /18\/12\/(20)?26/,
        /2026-12-18/,
      ],
      [
        /(do(es)? not|don't|doesn't|won't|will not) (apply|give|get|help)/,
        /not (apply|extended)/,
        /no (christmas|august|holiday)[^.]{0,30}extension/,
        /no (extension|extra)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!no )(2|two) months from (the|when|what)/,
      /\b0?4(th)? jan/,
      /2027-01-04/,
      /(?<!not )(?<!n't )(?<!no )(christmas|festive|holiday) (rule|extension) (applies|does apply|gives you)/,
    ],
    cite: ['within six months of the thing you are complaining about'],
  },
  {
    id: 't20-37',
    file: MD,
    q: 'if i admit in mediation that my son has been doing a bit better at home lately, can the council throw that back at me at tribunal?',
    must: [
      [
        /stays in the room/,
        /(won't|will not|can't|cannot|can not|not) (be )?(repeat|repeated|used|shared|passed|told|mention)/,
        /confidential/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(can|could|may|might|will) be (used|shown|passed on|given|repeated|quoted)( as evidence| to the tribunal| against you| at (the )?tribunal)/,
      /(?<!not )(?<!n't )(the )?mediator (will|can|may) give evidence/,
    ],
    cite: [
      'What is said in mediation stays in the room',
      'the mediator will not give evidence for anyone',
    ],
  },
  {
    id: 't20-38',
    type: 'decline',
    q: 'Im 19 and going to uni in september, I have dyslexia and dyspraxia. how do i apply for disabled students allowance and what does it pay for',
    must: [[PHONE]],
    must_not: [
      /student finance/,
      /study needs assessment/,
      /(?<!not )(?<!n't )(pays?|covers?) for (a )?(laptop|software|equipment|note-?taker)/,
      /(?<!not )(?<!n't )apply (online|through|via)/,
    ],
  },
  {
    id: 't20-39',
    file: HTML,
    q: 'what time do u close on a friday? want to ring after i drop the kids at school',
    must: [[/\b1 ?pm\b/, /\b1[.:]00\b/, /13[.:]00/, /one o'?clock/, /\blunch ?time\b/]],
    must_not: [
      /fridays?[^.]{0,40}\b4[.:]30/,
      /4[.:]30 ?pm on (a )?fridays?/,
      /(?<!not )(?<!n't )closed (all day )?on fridays/,
    ],
    cite: ['on Fridays from 9am to 1pm'],
  },
  {
    id: 't20-40',
    file: TXT,
    q: 'min notice for date + venue of a mediation?? the last meeting was sprung on us 2 days before',
    must: [[/(5|five) working days/]],
    must_not: [
      /(?<!not )(?<!n't )(?<!than )(2|two|3|three|10|ten) working days'? (notice|before|warning)/,
      /(?<!not )(?<!n't )(a|one) week'?s? (notice|before|warning)/,
      /(?<!not )(?<!n't )\b(5|five) (calendar )?days/,
    ],
    cite: ['at least five working days before the meeting'],
  },
  {
    id: 't20-41',
    file: MD,
    q: "things are really bad at home with my partner, he's been kicking off in front of the kids. if that comes out in the mediation will it go any further?",
    must: [[/safeguarding/, /(serious )?harm/, /at risk/]],
    must_not: [
      /(?<!not )(?<!n't )(completely|totally|100%|entirely|strictly) (confidential|private)(?![^.]{0,40}(except|but|unless|apart))/,
      /(?<!not )(?<!n't )(never|under no circumstances) (be )?(shared|passed|told|repeated|go any further)/,
    ],
    cite: ['tell the right safeguarding team'],
  },
  {
    id: 't20-42',
    type: 'decline',
    q: 'my son (17, ehcp) wants to do an apprenticeship at a garage. does he keep his ehcp and does he have to do english and maths?',
    must: [[PHONE]],
    must_not: [
      /functional skills/,
      /entry level 3/,
      /(?<!not )(?<!n't )(?<!(whether|if) (he )?)\b(he )?(can|will|does) keep (his|the) (ehcp|plan)/,
      /(doesn't|does not|won't|will not) (have|need) to do (english|maths)/,
    ],
  },
  {
    id: 't20-43',
    file: HTML,
    q: 'are you open between christmas and new year?? the decision letter came on the 1st and i wont get a chance to call til the holidays',
    must: [
      [/\b10 ?am\b/, /\b10[.:]00\b/, /\bten\b/, /\b10 ?(till|til|to|until|-|–) ?2/],
      [/\b2 ?pm\b/, /\b14[.:]00\b/, /two (o'?clock|pm|in the afternoon)/],
    ],
    must_not: [
      /(?<!not )(?<!n't )closed (over|for|during|throughout|between) (the )?(whole |entire )?(christmas|xmas|festive|holiday)/,
      /(?<!not )(?<!n't )(normal|usual) hours/,
    ],
    cite: ['the phones are open from 10am to 2pm'],
  },
  {
    id: 't20-44',
    file: TXT,
    q: 'mediation went well!!! council agreed to amend section F to add 10 hours of speech and language therapy a term. how long have they got to actually change the plan?',
    must: [[/(5|five) weeks/]],
    must_not: [
      /(?<!not )(?<!n't )within (2|two|11|eleven|14|fourteen|8|eight|12|twelve) weeks/,
      /(?<!not )(?<!n't )(has|have|got) (2|two|11|eleven|14|fourteen|8|eight|12|twelve) weeks/,
      /(?<!not )(?<!n't )(20|twenty) weeks/,
      /(?<!not )(?<!n't )(no|there('s| is) no) (time )?limit/,
    ],
    cite: ['Change section B and/or section F', 'counted from the date of the agreement'],
  },
  {
    id: 't20-45',
    file: MD,
    q: "gdpr question - what do you keep on file about us once it's all over and for how long? can i see it?",
    must: [
      [/(6|six) years/],
      [/(2|two) years/, /shred/],
      [/\bfree\b/, /no charge/, /(one|1|a) month/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(forever|indefinitely)/,
      /\b(7|seven) years/,
      /(?<!not )(?<!n't )(£\d+|fee) (for|to) (a copy|access)/,
      /(?<!not )(?<!n't )(40|30) days/,
    ],
    cite: [
      'any signed agreement: kept for six years',
      'handwritten notes: shredded at the end of the meeting',
    ],
  },
  {
    id: 't20-46',
    type: 'decline',
    q: 'we are on our knees, no sleep for months. how do we get respite or short breaks for our 10 year old? who do we ask',
    must: [[PHONE]],
    must_not: [
      /short breaks? (statement|offer|service|team)/,
      /carer'?s'? assessment/,
      /children with disabilities team/,
      /(?<!not )(?<!n't )(ask|contact|request) (for )?(a )?(social (care|services|worker)|children'?s services)/,
      /(?<!not )(?<!n't )(ask for|request) mediation/,
    ],
  },
  {
    id: 't20-47',
    file: HTML,
    q: 'I work 8 till 6 in a packing shed near Saltmere, no phones on the floor. Is there any way someone can call me in the evening??',
    must: [
      [/tuesdays?/],
      [/5[.:]30/, /half (past )?five/, /17[.:]30/],
      [/7[.:]30/, /half (past )?seven/, /19[.:]30/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(no|don't offer|do not offer|can't offer|cannot offer|aren't any) evening/,
      /every (week)?night/,
      /(mon|wed|thurs?|fri)days? (evening|between 5)/,
    ],
    cite: ['ask for an evening callback'],
  },
  {
    id: 't20-48',
    file: TXT,
    q: 'at mediation the LA finally agreed to do the EHC needs assessment for my daughter. how soon should they tell us its happening and when would we get the final plan if there is one?',
    must: [[/\b(2|two) weeks/], [/(14|fourteen) weeks/]],
    must_not: [
      /(?<!not )(?<!n't )(?<!(usual|normal|standard|than) )(20|twenty)[- ]weeks?/,
      /(?<!not )(?<!n't )\b(6|six) weeks/,
      /(?<!not )(?<!n't )(16|sixteen) weeks/,
    ],
    cite: ['Tell you it will assess', 'or issue the final plan'],
  },
  {
    id: 't20-49',
    file: MD,
    q: 'the mediator basically took the councils side the whole time and was short with me. who do i complain to and how long will it take?',
    must: [[/achebe-?thorne/, /rosalind/, /service manager/], [/(20|twenty) working days/]],
    must_not: [
      /(?<!not )(?<!n't )ombudsman/,
      /(?<!not )(?<!n't )(complain|write|go) to the council/,
      /(?<!not )(?<!n't )(reopen|overturn|cancel) (the|your) agreement/,
    ],
    cite: ['our service manager, Rosalind Achebe-Thorne'],
  },
  {
    id: 't20-50',
    type: 'decline',
    q: 'does my autistic daughter qualify for a blue badge? she bolts in car parks',
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )(hidden|non-visible|invisible) (disabilit|condition)/,
      /(?<!not )(?<!n't )(?<!(whether|if) )(she|you) (may |might |could |would )?(qualify|be eligible|is eligible|are eligible)/,
      /(?<!not )(?<!n't )apply (on|at|through|via) (gov|the council|your council)/,
    ],
  },
  {
    id: 't20-51',
    file: HTML,
    q: 'Hello. My english speaking not good, on the phone is hard for me. I can write message to you? How long you answer?',
    must: [
      [/07700 ?900 ?518/, /\btext\b/, /e-?mail/, /hello@fenedgemediation\.example/],
      [/(one|1|a) working day/, /next working day/, /within (a|one|1) (working |business )?day/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(within|in) (2|3|5|two|three|five|seven|7) (working )?days/,
      /(?<!not )(?<!n't )(only|must) (by|use the) (phone|telephone)/,
      /(?<!not )(?<!n't )only take calls/,
    ],
    cite: ['Texts and emails are answered within one working day'],
  },
  {
    id: 't20-52',
    file: TXT,
    q: 'dad here, drove 40 mile round trip to the mediation and had to take an unpaid day off work. can i claim owt back or is that just tough?',
    must: [
      [/25 ?p\b/, /25 pence/, /£0?\.25/, /twenty[- ]five pence/],
      [/£45\b/, /45 pounds/, /forty[- ]five pounds/],
    ],
    must_not: [
      /\b45 ?p\b/,
      /(?<!not )(?<!n't )(no|can'?t|cannot) (claim|expenses are paid)/,
      /(?<!not )(?<!n't )\b(40|45) ?p (a|per) mile/,
      /£5\.35 (a|per) mile/,
    ],
    cite: ['25p for every mile', 'Send the claim form from your appointment pack'],
  },
  {
    id: 't20-53',
    file: MD,
    q: 'we ran out of time at mediation yesterday with loads still to sort. is that it now or can we have another go?',
    must: [
      [/second (meeting|session)/, /another (meeting|session)/, /further (meeting|session)/],
      [/everyone (agrees|is happy)/, /(all|both) (sides|parties) agree/, /if everyone/],
    ],
    must_not: [
      /(?<!not )(?<!n't )only (get )?(one|1|a single) (meeting|session)/,
      /(you'?ll|you will|you) (have|need) to (start|apply) (again|over)/,
    ],
    cite: ['the mediator can set up a second meeting'],
  },
  {
    id: 't20-54',
    type: 'decline',
    q: 'if i take my son out of school to home educate him, does the council still have to pay for the stuff in his ehcp?',
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )(?<!(whether|if) (the )?)(council|they|the la|local authority) (must|has to|have to|will|would) (still )?(fund|pay|provide|arrange|secure)/,
      /elective(ly)? home educat/,
      /\bEOTAS\b/,
      /section 19/,
      /(council|they) (doesn't|does not|don't|do not) (have to|need to) (pay|fund)/,
    ],
  },
  {
    id: 't20-55',
    file: HTML,
    q: "I'm SENCO at a primary in Castle Wensey. Can I refer a family straight to you, or do parents have to do it themselves? One mum really struggles with forms.",
    must: [
      [/permission/, /consent/, /agree(s|ment)?/],
      [
        /(speak|talk) (to|with) the family/,
        /contact the family/,
        /(ring|call|phone|speak to|talk to|contact) (her|them|mum|the parents?|the family)( ourselves| directly)?/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(need|require)s? (a )?(professional|formal) referral/,
      /(?<!not )(?<!n't )(parents|families) (must|have to) (self-?refer|refer themselves|fill in)/,
      /referral form/,
      /(?<!not )(?<!n't )schools? (can't|cannot|can not) refer/,
    ],
    cite: ['but only once the family has given permission'],
  },
  {
    id: 't20-56',
    file: TXT,
    q: 'and what if the council cant get everyone together within the 30 days? do we have to start all over again or lose our chance to appeal?',
    must: [[/certificate/], [/(3|three) working days/]],
    must_not: [
      /(?<!not )(?<!n't )(?<!need to )(?<!have to )start (all )?(over|again)/,
      /(you'?ll|you will|you) (have|need) to start (all )?(over|again)/,
      /(?<!not )(?<!n't )(lose|lost) (your|the) (right|chance)/,
      /(?<!not )(?<!n't )(extend|extended|extension)( of)?( the)? (30|thirty)/,
      /(30|thirty) days can be extended/,
    ],
    cite: ['you are treated as having been to mediation'],
  },
  {
    id: 't20-57',
    file: MD,
    q: "last time we went to a meeting there were 5 council people i'd never heard of and i froze. will i know who's coming to the mediation before the day?",
    must: [
      [/letter/],
      [
        /names? (everyone|everybody|all)/,
        /job titles?/,
        /who (is|will be|'s) (attending|coming|there)/,
        /lists? (every|all|each)/,
      ],
    ],
    must_not: [
      /(?<!not )you (won't|will not) (know|find out|be told)[^.]{0,30}(until|till) (the day|you arrive|on the day)/,
      /(?<!not )(?<!n't )(we|they) (can't|cannot|don't|do not) (tell|share) (you )?who/,
    ],
    cite: ['names everyone attending and their job title'],
  },
  {
    id: 't20-58',
    type: 'decline',
    q: 'camhs waiting list for an adhd assessment is 2 years round here. can we go private or use right to choose to get seen quicker?',
    must: [[PHONE]],
    must_not: [
      /right to choose (lets|allows|means|gives)/,
      /(?<!not )(?<!n't )ask (your|the) gp/,
      /(?<!not )(?<!n't )(?<!(whether|if) )(yes,? )?\byou can use right to choose/,
      /shared care/,
      /\b(psychiatry uk|adhd 360)\b/,
      /(?<!not )(?<!n't )(the )?(integrated care board|icb) (arranges|must arrange)/,
    ],
  },
  {
    id: 't20-59',
    type: 'decline',
    q: 'is my son automatically entitled to free school meals because he has an ehcp?',
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )universal (infant )?free school meals/,
      /(?<!not )(?<!n't )(?<!whether )(?<!if )(he|your son|children with (an )?ehcps?) (is|are) (automatically )?entitled/,
      /universal credit/,
      /£7,?400/,
    ],
  },
  {
    id: 't20-60',
    type: 'decline',
    q: 'my daughter is in year 6 with dyslexia, can she get extra time or a reader in her SATs in may?',
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )(25%|25 per ?cent) (extra|additional)/,
      /(?<!not )(?<!n't )up to 25/,
      /access arrangements? (can|are|is|must)/,
      /(?<!not )(?<!n't )(the )?school (must|should|can|will) (apply|request)/,
      /\breader\b[^.]{0,30}(allowed|can be)/,
    ],
  },
];

// Not rendered into questions.jsonl: the working behind the set, used by check.mjs and the README.
// date: the rule (named as in RULES.md's contract), its input, and the right ISO date.
export const META = {
  't20-02': {
    asker: 'parent',
    date: {
      fn: 'adviserContactDeadline',
      input: { decisionDate: '2026-10-19' },
      expected: '2026-12-19',
      note: 'R2: letter + 2 months; a Saturday, not moved; counts from the letter date, not receipt',
    },
  },
  't20-06': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-02', certificateDate: '2026-11-26' },
      expected: '2027-01-04',
      note: 'R13: later of 2 Dec 2026 and 26 Dec 2026; 26 Dec is in the 25 Dec-1 Jan window, so first working day after 1 Jan',
    },
  },
  't20-10': {
    asker: 'parent',
    lang: 'Lithuanian',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-03' },
      expected: '2026-12-08',
      note: 'R4: 3 working days from today (Fri 4, Mon 7, Tue 8)',
    },
  },
  't20-13': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-24' },
      expected: '2026-12-24',
      note: 'R13, school-only appeal: no certificate; 24 Dec is a working day outside the Christmas window',
    },
  },
  't20-17': {
    asker: 'parent',
    date: {
      fn: 'mediationArrangeBy',
      input: { from: '2026-12-03' },
      expected: '2027-01-02',
      note: 'R7: 30 calendar days; a Saturday, not moved',
    },
  },
  't20-21': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2027-06-10', certificateDate: '2027-06-15' },
      expected: '2027-09-01',
      note: 'R13: later date 10 Aug 2027 is in August; 30 Aug 2027 is a bank holiday; first working day after 31 Aug is Wed 1 Sep',
    },
  },
  't20-25': {
    asker: 'parent',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-23' },
      expected: '2026-12-30',
      note: 'R11: 24 Dec works; 25 and 28 Dec are bank holidays; then 29, 30 Dec',
    },
  },
  't20-28': {
    asker: 'parent',
    lang: 'Portuguese',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-11-20', certificateDate: '2026-11-24' },
      expected: '2027-01-20',
      note: 'R13: a quick certificate does not shorten the 2 months from the letter',
    },
  },
  't20-36': {
    asker: 'parent',
    date: {
      fn: 'discriminationClaimDeadline',
      input: { actDate: '2026-06-18' },
      expected: '2026-12-18',
      note: 'R14: 6 months from the act, no Christmas/August extension (a Friday, so nothing moves)',
    },
  },
  't20-01': { asker: 'grandparent' },
  't20-05': { asker: 'foster carer' },
  't20-08': {
    asker: 'parent (dyslexic spelling)',
    route: 'school-only appeal: no certificate needed',
  },
  't20-12': {
    asker: 'parent',
    route: 'school without a plan: disagreement resolution (voluntary), not mediation',
  },
  't20-16': {
    asker: 'parent',
    route: 'health-only disagreement: the integrated care board arranges mediation',
  },
  't20-20': { asker: 'parent', lang: 'Polish' },
  't20-23': { asker: 'parent', route: 'disability discrimination claim: no certificate needed' },
  't20-26': { asker: 'young person (19)' },
  't20-27': { asker: 'young person (17)' },
  't20-31': { asker: 'parent of a young person (20) who lacks capacity' },
  't20-35': { asker: 'parent', route: 'refusal to assess: appealable, certificate needed' },
  't20-15': { asker: 'parent', lang: 'Urdu' },
  't20-47': { asker: 'parent (shift worker)' },
  't20-51': { asker: 'parent with limited English' },
  't20-52': { asker: 'parent (dad, dialect)' },
  't20-53': { asker: 'parent (follow-on)' },
  't20-55': { asker: 'SENCO' },
  't20-56': { asker: 'parent (follow-on)' },
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
