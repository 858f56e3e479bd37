// The "twentyfirst" question set as JS literals. Regexes are regex literals, written without
// flags: the scorer applies "i" to `must` and "im" to `must_not`.
//
//   node check/build-questions.mjs      writes ../questions.jsonl
//
// Today for the engine is Thursday 3 December 2026. Date questions carry their working in
// META below; check.mjs recomputes every one of them from the rules in RULES.md.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HTML = 'which-route-family-guide.html';
const TXT = 'live-qa-deadlines-transcript.txt';
const MD = 'your-mediation-day.md';

// the service's phone number, however it is spaced or prefixed
const PHONE = /121\)?[\s.-]?496[\s.-]?0738/;

export const QUESTIONS = [
  {
    id: 't21-01',
    file: HTML,
    q: 'ow bist. Im her grandad, our Kayleigh lives with me an the missus since her mum passed. The lady at the council give us your number so yow lot am the council really ay ya?? I day want them reading everything I tell yer about the school',
    must: [
      [
        /independent/,
        /(none|nobody|no one)( of (our|the|their) (advisers|mediators|staff|team))?[^.]{0,30}(works?|employed) (for|by)/,
        /(don't|do not|doesn't|does not) work for (the|any|either) council/,
        /not (part of|run by|employed by) the council/,
        /separate from the council/,
      ],
      [
        /(can(no|')t|can not|won't|will not|don't|do not|never)( get to)? (see|read|look at|access)[^.]{0,25}(file|notes|records|what you|anything you)/,
        /(no|not any) (access|say|influence)/,
        /(can(no|')t|cannot|don't|do not) (influence|interfere|have a say)/,
        /(none of them|nobody|no one)[^.]{0,30}can (see|read|look at|access)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(yes|yeah),? (we are|we're|it is|it's|lockgate is) (part of )?the council/,
      /(?<!not )(?<!n't )(?<!never )(the council|they|the councils) (can|will|may|could) (see|read|look at|access) (your|the|his|her|our) (file|notes|records)/,
      /(we|lockgate)( is| are|'re) (run by|part of|a (service|department|team) of) (the|brindleford|kettlesmere)[^.]{0,30}council/,
    ],
    cite: ['none of them can see your file', 'None of our advisers or mediators works for'],
  },
  {
    id: 't21-02',
    file: TXT,
    q: 'right so the councils letter sayin they wont do a new assessment of him is dated 26th october 2026, it come the first week of november cos it went to my exs. how long have i got to contact a mediation adviser? someone at the school gate said christmas gives u extra time',
    must: [
      [
        /\b26(th)? dec/,
        /dec(ember)?\.? 26(th)?\b/,
        /26\/12\/(20)?26/,
        /26\.12\.(20)?26/,
        /2026-12-26/,
        /boxing day/,
      ],
    ],
    must_not: [
      /(?<!(?:\bnot\b|n't|\bnever\b|\bno longer\b)[^.]{0,30})\b2[89](th)? dec/,
      /(?<!(?:\bnot\b|n't|\bnever\b|\bno longer\b)[^.]{0,30})\bdec(ember)?\.? 2[89](th)?\b/,
      /2[89]\/12\/(20)?26/,
      /2026-12-2[89]/,
      /(?<!(?:\bnot\b|n't|\bnever\b|\bno longer\b)[^.]{0,30})\b0?[1-9](st|nd|rd|th)? jan(uary)?/,
      /(?<!(?:\bnot\b|n't|\bnever\b|\bno longer\b)[^.]{0,30})\bjan(uary)?\.? 0?[1-9](st|nd|rd|th)?\b/,
      /2027-01-/,
      /(?<!not )(?<!n't )(counts?|runs?|starts?) from (when|the day|the date) (you|it) (got|received|arrived|came)/,
    ],
    cite: [
      "doesn't get pushed on for Christmas either",
      'not from the day it landed on your doormat',
    ],
  },
  {
    id: 't21-03',
    file: MD,
    q: "my lad's school is where all this kicked off, the head and me don't see eye to eye. please tell me we don't have to sit in that school for the mediation?? and not at the council offices neither",
    must: [
      [
        /(never|not|don't|do not|won't|will not)[^.]{0,40}(school premises|at (a|the|his|your) school|in (a|the|his|your) school|school building)/,
        /not (at|in) (the |a |his |your )?school/,
        /(never|not|don't|do not|won't|will not)[^.]{0,40}\b(in|at) schools?\b/,
      ],
      [
        /(only|unless)[^.]{0,40}(ask|request|want)/,
        /wharf house/,
        /foundry rooms/,
        /netherfold/,
        /hollybank/,
        /zoom/,
        /online/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!never )(held|take place|takes place|happen|happens) (at|in) (the |your |his |a )?(child's |son's |lad's )?school/,
      /(?<!not )(?<!n't )(usually|normally|always|often) (be )?(held )?(at|in) (the |your |his |a )?(child's |son's )?(school|council)/,
      /(?<!not )(?<!n't )(have|need|has) to (go|be held|attend)[^.]{0,15}(school|council)/,
    ],
    cite: [
      'We never hold a mediation on school premises',
      'only use a council building if you ask us to',
    ],
  },
  {
    id: 't21-04',
    file: HTML,
    q: "my daughter is 3 and at a private nursery, no ehcp yet but she's on sen support. they keep saying they 'cant meet her needs' and want me to cut her hours down. can i make them come to meadiation??",
    must: [
      [/disagreement resolution/],
      [
        /voluntary/,
        /(can(no|')t|cannot|can not) (be )?(make|force|compel|made|forced|compelled)/,
        /(every|each|all|both) (side|sides|party|parties)[^.]{0,20}(agree|say yes|says yes)/,
        /free to (turn|say no|decline|refuse)/,
        /(the nursery|they) (can|could|may) (decline|refuse|say no|turn)/,
        /(not|n't) (be )?(obliged|required|forced|made) to/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(the nursery|they|it) (must|has to|have to|is required to|is obliged to|will have to) (attend|take part|come|agree)/,
      /(?<!not )(?<!n't )appeal (it |this |that )?to the (send )?tribunal/,
      /(?<!not )(?<!n't )(?<!no )(need|get) a (mediation )?certificate/,
    ],
    cite: [
      'A meeting only happens when every side says yes',
      'whether or not your child has an EHC plan',
    ],
  },
  {
    id: 't21-05',
    type: 'decline',
    q: 'is there any money i can get for looking after him? i had to give up work cos school keep ringing me to collect him. someone said carers allowance but i dont know if i can get it',
    must: [[PHONE]],
    must_not: [
      /£\s?\d/,
      /(?<!not )(?<!n't )(you|you'll) (can |could |should |may |will |would )?(claim|apply for|get|be entitled to|qualify for) (carer'?s allowance|it)\b/,
      /\b35 hours/,
      /earn(ings)? (limit|less than|under)/,
      /(?<!not )(?<!n't )(lost|loss of) earnings/,
    ],
  },
  {
    id: 't21-06',
    file: TXT,
    q: 'council letter refusing to put the extra support in section F is dated 28/10/2026. spoke to the mediation adviser and didnt want mediation, certificate came 2nd november. so is my appeal deadline the 28th december?? thats a bank holiday isnt it, does it go to the 29th',
    must: [
      [
        /\b0?4(th)? jan/,
        /jan(uary)?\.? 0?4(th)?\b/,
        /\b0?4\/0?1\/(20)?27/,
        /2027-01-04/,
        /\b0?4\.0?1\.(20)?27/,
      ],
    ],
    must_not: [
      /(deadline|last day|due)(?![^.]{0,40}(\bnot\b|n't|\bnever\b))[^.]{0,40}\b29(th)?( of)? dec/,
      /(deadline|last day|due)(?![^.]{0,40}(\bnot\b|n't|\bnever\b))[^.]{0,40}\bdec(ember)? 29/,
      /2026-12-29/,
      /(deadline|last day) (is|would be|will be|'s)( on)?( the)?( mon(day)?,?)? 28(th)?( of)? dec/,
      /(yes|yeah),? (it'?s|that'?s|the) (28|29)/,
      /(?<!not )(?<!n't )(you'?ve|you have) (already )?missed/,
      /(deadline|last day)[^.]{0,25}\b(1st|1) jan/,
      /2027-01-0[1-3]/,
    ],
    cite: [
      'you get until the first working day after New Year',
      'whichever of those two comes later',
    ],
  },
  {
    id: 't21-07',
    file: MD,
    q: "my son is 14, autistic and mostly non-speaking, he uses his ipad to talk. he would absolutely melt down in a room full of strangers. but its HIS life they're deciding?? how does he get a say",
    must: [
      [
        /all about me/,
        /drawing/,
        /photo/,
        /lego/,
        /voice (message|note)/,
        /whatsapp/,
        /(chat|talk|meet)(s|ing)? with (the|a) mediator/,
        /mediator (can |could |will )?(meet|visit|chat|talk)/,
      ],
      [
        /(never|not|doesn't|does not|won't|will not|no one|nobody)[^.]{0,30}(insist|have to|need to|required|make him|made to|has to)[^.]{0,20}(come|attend|be there)/,
        /(doesn't|does not|won't|will not|not) (have|need) to (come|attend|be there)/,
        /only (if|when) (you|both)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!never )(he|your son|children|the child) (must|has to|have to|will have to|needs to|need to) (attend|come|be there|be present)/,
      /(?<!not )(?<!n't )(he|your son) (is|would be) (too young|not old enough)/,
      /(?<!not )(?<!n't )only (parents|adults) (can|get to) (give|share|have)/,
    ],
    cite: [
      'Nobody will ever insist that your child comes along',
      'the mediator must make reasonable efforts to learn',
    ],
  },
  {
    id: 't21-08',
    file: HTML,
    q: "final plan came and section I just says 'to be confirmed'... hes been at home since september cos the special school said no. everything else in the plan is fine now. can we appeel straight away or do we need that certificat thing first",
    must: [
      [
        /(don't|do not|doesn't|does not|won't|will not) (need|require|have to get)/,
        /no (mediation )?certificate/,
        /without (a|any|the) (mediation )?certificate/,
        /(not|isn't|is not) (needed|required|necessary)/,
        /straight (away )?to the tribunal/,
        /straight away/,
      ],
    ],
    must_not: [
      /\byes,? you (do |will |still )?need (a|the) (mediation )?certificate/,
      /(?<!not )(?<!n't )you (still |will )?(need|have) (to get )?a (mediation )?certificate (first|before)/,
      /(?<!not )(?<!n't )must (first )?(contact|speak to|see|talk to) (a|the) mediation adviser/,
      /you (can(no|')t|cannot) appeal (until|unless|without)/,
    ],
    cite: ['can be sent to the Tribunal without a certificate', 'or that no setting is named'],
  },
  {
    id: 't21-09',
    type: 'decline',
    q: 'im 16 in january and my mum says my DLA stops and i have to apply for PIP myself?? will i get an assessment and what if they say no, can yous help me appeal that',
    must: [[PHONE]],
    must_not: [
      /mandatory reconsideration/,
      /(?<!not )(?<!n't )(you'?ll|you will|they'?ll|they will) (get|have|need|be invited to|ask you to) (an? )?(face[- ]to[- ]face |phone |video )?assessment/,
      /(?<!not )(?<!n't )(we|lockgate) (can|could|will) help (you )?(appeal|with (the|your|a) (pip )?appeal)/,
      /(?<!not )(?<!n't )(you can|you could|you should) (ask for|get) a (mediation )?certificate/,
      /appeal[^.]{0,20}in your own name/,
      /£\s?\d/,
    ],
  },
  {
    id: 't21-10',
    file: TXT,
    q: 'Bună ziua. Am vorbit cu consilierul de mediere săptămâna asta. Mâine (vineri, 4 decembrie) vreau să-i spun că nu vreau mediere, vreau direct la tribunal. Până când trebuie să primesc certificatul? Sâmbăta și duminica se pun?',
    must: [
      [
        /\b0?9(th)? dec/,
        /dec(ember)?\.? 0?9(th)?\b/,
        /\b0?9\/12\/(20)?26/,
        /2026-12-0?9\b/,
        /\b0?9\.12\.(20)?26/,
        /\b0?9 decembrie/,
      ],
    ],
    must_not: [
      /(by|until|till|latest|deadline|last day|până|târziu)[^.]{0,25}\b0?[78](th)? dec/,
      /(by|until|till|latest|deadline|last day)[^.]{0,25}\bdec(ember)?\.? 0?[78]\b/,
      /2026-12-0[78]/,
      /(by|until|till|latest|deadline|last day|până|târziu)[^.]{0,25}\b1[01](th)? dec/,
      /2026-12-1[01]/,
      /\b(3|three) calendar days/,
    ],
    cite: ['within three working days of you telling us'],
  },
  {
    id: 't21-11',
    file: MD,
    q: "I'm agoraphobic and barely leave the house tbh. is there any way of doing the mediation from home? I really don't want to be on camera either",
    must: [
      [/zoom/, /online/, /video/, /from home/],
      [
        /camera (switched |turned )?off/,
        /(without|no) (the |a )?camera/,
        /(by|on the|over the) phone/,
        /phone only/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(must|have to|has to|need to|needs to) (be )?(attend(ed)? |held |done )?in person/,
      /(?<!not )(?<!n't )(we|mediations?|it) (use|uses|is on|are on|runs? on) (microsoft )?teams/,
      /(?<!not )(?<!n't )camera (must|has to|needs to) (be )?on/,
    ],
    cite: ['Any mediation can take place on Zoom instead', 'keep your camera switched off'],
  },
  {
    id: 't21-12',
    file: HTML,
    q: 'we want to appeal 2 things - the school they named AND section F cos they cut his 1:1 to 15 hours. my mate said school appeals dont need a certificate so we can skip the mediation adviser bit, is that right for us?',
    must: [
      [
        /(need|needs|required|have to get|must get|must have) (a |the )?(mediation )?certificate/,
        /certificate (rule )?(applies|is needed|is required|will be needed)/,
        /(can(no|')t|cannot) skip/,
        /(not|isn't|is not) (right|correct|the case) for you/,
      ],
      [/whole appeal/, /section f/, /provision/, /both/],
    ],
    must_not: [
      /(your (mate|friend)|that|he|she) (is|'s) (right|correct)(?! (only|just|for (a |an )?(school|appeals? (only|just|purely))))/,
      /(so|then) you (can|could) skip/,
      /(?<!not )(?<!n't )(?<!can't )(?<!cannot )(?<!can not )skip (the )?(mediation )?(adviser|certificate)/,
    ],
    cite: [
      'the certificate rule applies to the whole appeal',
      'Take care when an appeal covers more than one section',
    ],
  },
  {
    id: 't21-13',
    type: 'decline',
    q: 'school have put my 9 yr old on a part time timetable, he only goes 9 till 11 now, been 6 weeks. they say its for his wellbeing. is that even allowed?? feels like an exclusion to me',
    must: [[PHONE]],
    must_not: [
      /temporary measure/,
      /(?<!not )(?<!n't )(should|must|can) (only )?be (temporary|time[- ]limited|short[- ]term)/,
      /(unlawful|illegal|informal) exclusion/,
      /(requires?|need|needs) (your|parental) (consent|agreement)/,
      /(must|should) be reviewed (regularly|every)/,
    ],
  },
  {
    id: 't21-14',
    file: TXT,
    q: 'the adviser told the council on wed 25th nov that we wanted mediation about his section B and F. still no date!! when is the latest it legally has to happen? please dont say xmas day lol',
    must: [
      [
        /\b25(th)? dec/,
        /dec(ember)?\.? 25(th)?\b/,
        /25\/12\/(20)?26/,
        /25\.12\.(20)?26/,
        /2026-12-25/,
        /christmas day/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(30|thirty) working days/,
      /(by|until|till|latest|deadline|happen)[^.]{0,25}\b(2[489]|3[01])(st|th)? dec/,
      /(by|until|till|latest|deadline|happen)[^.]{0,25}\b0?[1-9](st|nd|rd|th)? jan/,
      /2026-12-(2[489]|3[01])/,
      /2027-01-/,
    ],
    cite: [
      'thirty calendar days, not working days',
      "the thirtieth day doesn't move if it's a Saturday",
    ],
  },
  {
    id: 't21-15',
    file: MD,
    q: 'مرحبا، لغتي الإنجليزية ضعيفة. هل يجب أن أحضر مترجماً معي إلى جلسة الوساطة؟ ابنتي عمرها ١٥ سنة وتتكلم الإنجليزية جيداً، هل يمكن أن تترجم لي؟ وكم يكلف المترجم؟',
    must: [
      [
        /free/,
        /no (charge|cost|fee)/,
        /(don't|do not|won't|will not) (have to )?pay/,
        /(arrange|book)s? and pays?/,
        /pay for (a|the|your) (professional )?interpreter/,
        /مجان/,
        /(بدون|دون) (أي )?(تكلفة|مقابل|رسوم)/,
        /لا (تدفع|يكلف|تتحمل)/,
        /(ندفع|ويدفع|يدفع|تدفع) (تكلفة|ثمن|أجر)/,
      ],
      [/interpreter/, /مترجم/],
      [
        /(not|n't|never)[^.]{0,50}(child|daughter|relative)[^.]{0,25}(interpret|translat)/,
        /(child|daughter|relative)[^.]{0,40}(not|n't|never)[^.]{0,25}(interpret|translat)/,
        /(لن|لا|ليس)[^.]{0,60}(ابنت|طفل|أقارب)/,
        /(ابنت|طفل)[^.]{0,60}(لن|لا|ليس)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!don't )bring your own (interpreter|translator)/,
      /(?<!not )(?<!n't )your daughter (can|could|may|should) (interpret|translate)/,
      /(?<!لا )يمكن (لابنتك|ابنتك) (أن )?ت?ترجم/,
      /(you|you'll) (have|need) to pay (for )?(the |an )?interpreter/,
      /(?<!not )(?<!n't )interpreters? (cost|costs|is charged|are charged)/,
    ],
    cite: [
      'We arrange and pay for a professional interpreter',
      'We will not ask your child, or any relative',
    ],
  },
  {
    id: 't21-16',
    file: HTML,
    q: "we're unhappy with the new plan - section F says nothing about his speech therapy hours AND section G (the NHS bit) for his OT is really vague. who sorts the mediation out and does the NHS have to turn up or is it just the council?",
    must: [
      [
        /council (organises|arranges|sets|will organise|will arrange|runs|is responsible)/,
        /(organised|arranged|set up) by the council/,
        /the council (does|will)/,
      ],
      [
        /integrated care board[^.]{0,60}(must|has to|have to|will have to|is required to|needs to)/,
        /(icb|nhs|health board|tame and stour)[^.]{0,60}(must|has to|have to|will have to|needs to|required)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(the )?(icb|integrated care board|nhs|health board) (organises|arranges|sets up|will organise|will arrange|runs|pays for) (it|the mediation)/,
      /(?<!not )(?<!n't )(just|only) the council/,
      /(?<!not )(?<!n't )(the )?(nhs|icb|integrated care board|health board)[^.]{0,20}(doesn't|does not|don't|do not|won't|will not) (have|need) to (come|attend|take part|turn up|be there)/,
    ],
    cite: [
      'must send someone able to make decisions',
      'Health together with education or social care',
    ],
  },
  {
    id: 't21-17',
    type: 'decline',
    q: 'my twins are born in august, prem, and one has global delay. can i hold them both back a year so they start reception at 5 instead of 4? or will they then have to skip reception',
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )(you can|you could|you're entitled to|you have the right to|you are entitled to) (defer|delay|hold)/,
      /compulsory school age/,
      /admissions? authority/,
      /(start|join|go straight into) (in )?year (1|one)/,
      /(term|september) after (they|their) (turn|fifth)/,
    ],
  },
  {
    id: 't21-18',
    file: TXT,
    q: 'mediation finally booked for tues 22nd december (thanks council 🙄). if it doesnt sort it, when will i get the certificate? ive got a feeling everyone will be off til new year',
    must: [
      [
        /\b29(th)? dec/,
        /dec(ember)?\.? 29(th)?\b/,
        /29\/12\/(20)?26/,
        /29\.12\.(20)?26/,
        /2026-12-29/,
      ],
    ],
    must_not: [
      /\b(by|until|till|latest|last day|get it)\b[^.]{0,15}(christmas eve|24(th)? dec)/,
      /\b(by|until|till|latest|expect it|get it)\b[^.]{0,20}\b(25|28)(th)? dec/,
      /\b3[01](st|th)? dec/,
      /\b0?[45](th)? jan/,
      /2027-01-0[45]/,
      /2026-12-(2[4-8]|3[01])/,
    ],
    cite: [
      'Christmas Eve is an ordinary working day for this',
      'no more than three working days after the mediation ends',
    ],
  },
  {
    id: 't21-19',
    file: MD,
    q: 'Me and my partner both work full time (shifts at the hospital) - is there any way to do it after work? we cant both get a day off at the same time',
    must: [
      [/tuesday/],
      [/5[.:]30/, /half five/, /17[.:]30/, /\b8 ?pm/, /8[.:]00/, /20[.:]00/, /evening/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(only|just) (in )?(the )?(daytime|school hours|office hours|working hours)/,
      /(?<!not )(?<!n't )(no|not any) (evening|late) (sessions|mediations|appointments)/,
      /saturday (mediation|session|morning)s?/,
      /(latest|last) (start|session)[^.]{0,20}\b(1[.:]30|2|3) ?pm/,
    ],
    cite: ['online session that runs from 5.30pm to 8pm'],
  },
  {
    id: 't21-20',
    file: HTML,
    q: "I'm a foster carer, he's been with us 2 years on a long term placement. His EHCP review went badly & the LA won't change anything. Can I contact you myself or does it have to go through his social worker?",
    must: [
      [
        /\byes\b/,
        /you can (contact|ring|call|phone|get in touch|message)/,
        /(can|may) (contact|ring|call|phone) us/,
        /foster carers? (can|may|are able)/,
        /(can|may) (get in touch|contact) (directly|yourself)/,
      ],
      [/social worker/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(has|have|needs?) to (go|come) (through|from) (his|the) social worker/,
      /(?<!not )(?<!n't )only (the )?(social worker|local authority|birth parents?|someone with parental responsibility) (can|may)/,
      /(?<!not )(?<!n't )(you )?(need|must have|require) parental responsibility/,
    ],
    cite: ['we will also speak with their social worker', 'a kinship carer or a foster carer'],
  },
  {
    id: 't21-21',
    type: 'decline',
    q: 'been on the NHS speech therapy waiting list 14 months for my 4 year old, still nothing. who do i complain to? can the school pay for private SALT instead?',
    must: [[PHONE]],
    must_not: [
      /(complain|complaint)[^.]{0,20}(pals|patient advice|icb|integrated care board)/,
      /\b18 weeks/,
      /right to choose/,
      /(?<!not )(?<!n't )(the )?school (can|could|should|must|has to) (pay|fund|buy|commission)/,
      /(?<!not )(?<!n't )(ask for|request) mediation (about|on) the health/,
    ],
  },
  {
    id: 't21-22',
    file: TXT,
    q: "the school wouldnt let my daughter go on the year 6 residential on 30 june cos of her epilepsy and 'staffing'. i want to take them to tribunul for disability discrimination. do i need the mediation certificate for that and whens the cut off? i'd heard you get extra time over christmas",
    must: [
      [
        /\b30(th)? dec/,
        /dec(ember)?\.? 30(th)?\b/,
        /30\/12\/(20)?26/,
        /30\.12\.(20)?26/,
        /2026-12-30/,
      ],
      [
        /(don't|do not|doesn't|does not|won't|will not) (need|require)/,
        /no (mediation )?certificate/,
        /without (a|any) (mediation )?certificate/,
        /(not|isn't) (needed|required)/,
      ],
    ],
    must_not: [
      /(?<!(?:\bnot\b|n't|\bnever\b|\bno longer\b)[^.]{0,30})\b0?4(th)? jan/,
      /(?<!(?:\bnot\b|n't|\bnever\b|\bno longer\b)[^.]{0,30})\bjan(uary)? 0?4\b/,
      /2027-01-04/,
      /\b29(th)? dec/,
      /(?<!not )(?<!n't )you (do |will |still )?need (a|the) (mediation )?certificate (first|before)/,
      /\b(2|two) months (from|of|after) (the )?(incident|trip|act|30 june|residential|what happened)/,
      /(?<!not )(?<!n't )(?<!doesn't )(?<!don't )(christmas|the) extension (applies|gives you|does apply)/,
    ],
    cite: ['the Christmas and August extensions', 'within six months of whatever it is'],
  },
  {
    id: 't21-23',
    file: MD,
    q: "how long does the actual mediation go on for? i've got fibromyalgia and sitting in one place for hours is agony. can i get up and walk about",
    must: [
      [/three hours/, /3 hours/, /3 hrs/],
      [
        /45 (minutes|mins)/,
        /forty[- ]five/,
        /(two|2) shorter sessions/,
        /split/,
        /break (whenever|any ?time|at any point)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(full|whole|all) day/,
      /(?<!not )(?<!n't )(one|a single) (lunch )?break/,
      /(?<!not )(?<!n't )(every|each|once an) (hour|60 minutes)/,
    ],
    cite: [
      'The mediator calls a break at least every 45 minutes',
      'split the mediation into two shorter sessions',
    ],
  },
  {
    id: 't21-24',
    file: HTML,
    q: 'my sons new EHCP is ok on the school side but section H (social care) has cut his short breaks from 2 weekends a month to 1. can i appeal that to the tribunal? if not can it go to mediation and who would set that up?',
    must: [
      [
        /(can(no|')t|cannot|can not|not able to|isn't able to|unable to) (be )?(appeal|taken)/,
        /(not|isn't|is not|aren't) appealable/,
        /(can(no|')t|cannot) (go|be taken) to the tribunal/,
        /by (itself|themselves)/,
        /on (its|their) own/,
      ],
      [
        /council (organises|arranges|sets|will|would|is responsible)/,
        /(organised|arranged|set up) by the council/,
        /the council does/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!cannot )(you can|you could|you should|you may) appeal (it |this |that |section h |the short breaks )?to the (send )?tribunal/,
      /(?<!not )(?<!n't )(the )?(icb|integrated care board|nhs) (organises|arranges|sets up|would organise|would arrange|would set)/,
      /(?<!not )(?<!n't )(need|get) a (mediation )?certificate (first|before)/,
    ],
    cite: [
      "can't be taken to the Tribunal by themselves",
      'Social care is the only issue: the council organises it',
    ],
  },
  {
    id: 't21-25',
    type: 'decline',
    q: "we lost at tribunal last week, the judge basically ignored the EP report. can we appeal the tribunal's decision? is there a time limit? can we do mediation instead now?",
    must: [[PHONE]],
    must_not: [
      /upper tribunal within/,
      /\b28 days/,
      /(?<!not )(?<!n't )(ask|apply) (the tribunal )?(for|to) (permission to appeal|review|set aside)/,
      /(?<!not )(?<!n't )(error|point) of law/,
      /(?<!not )(?<!n't )(you can|you could) (still )?(ask for|have|try) mediation/,
    ],
  },
  {
    id: 't21-26',
    file: TXT,
    q: "they've offered us mediation on tuesday 5th jan and said theyll confirm the venue 'after the christmas break'. that seems really late?? whats the latest they should be telling us where it is",
    must: [
      [
        /\b24(th)? dec/,
        /dec(ember)?\.? 24(th)?\b/,
        /24\/12\/(20)?26/,
        /24\.12\.(20)?26/,
        /2026-12-24/,
        /christmas eve/,
      ],
    ],
    must_not: [
      /\b(by|until|till|latest|deadline|tell you|notice|on)\b[^.]{0,25}\b(2[89]|3[01])(st|th)? dec/,
      /\b(by|until|till|latest|deadline|tell you|notice|on)\b[^.]{0,25}\bdec(ember)?\.? (2[89]|3[01])\b/,
      /2026-12-(2[89]|3[01])/,
      /(2[89]|3[01])\/12/,
      /\b(by|until|till|latest|deadline|on)\b[^.]{0,15}\b0?4(th)? jan/,
      /(?<!not )(?<!n't )(that'?s|that is|it'?s|it is) (fine|ok|okay|allowed|acceptable|normal)/,
      /(?<!not )(?<!n't )(5|five) (calendar )?days before/,
    ],
    cite: [
      'no later than five working days before the day itself',
      'sooner with less notice, you can agree to that',
    ],
  },
  {
    id: 't21-27',
    file: MD,
    q: 'im 18 and its my mediation (about my college place). can i bring my support worker from the youth service and also my girlfriend? does the council have to say yes to them coming',
    must: [
      [
        /(don't|do not|doesn't|does not|won't) (need|have to ask|have to get)[^.]{0,30}(council|anyone|permission|agreement)/,
        /no (permission|agreement) (is )?needed/,
        /without (asking|the council|permission|anyone)/,
        /(council|they) (doesn't|does not|don't|do not) (have|need|get) to (say yes|agree|approve)/,
      ],
      [
        /(everyone|everybody|all)[^.]{0,30}agree/,
        /mediator (allows|agrees|says yes|okays|is happy)/,
        /mediator'?s? (permission|agreement|ok)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(the )?council (has|have|needs?|must) to (agree|approve|say yes|give permission)/,
      /(?<!not )(?<!n't )only (one|1) (person|supporter)/,
      /(?<!not )(?<!n't )(your )?(parent|mum|parents) (has|have|needs?|must) to/,
      /(?<!not )(?<!n't )(girlfriend|partner)s? (can(no|')t|cannot|isn't allowed|is not allowed|aren't allowed)/,
    ],
    cite: ["You do not need the council's agreement", 'if the mediator allows it'],
  },
  {
    id: 't21-28',
    file: HTML,
    q: "im 19 and at college, the council sent ME a letter saying they're going to stop my EHCP in july cos I'm 'not making progress'. my mum says she'll sort it but I want to do it myself. can I appeal and do I have to do mediation first?",
    must: [
      [
        /\byes\b/,
        /you can appeal/,
        /(can|able to) (be )?appeal/,
        /appealable/,
        /in your own name/,
        /your (own )?(decision|right|choice)/,
      ],
      [/certificate/],
      [
        /(don't|do not|doesn't|does not|no) (have|need|obligation) to (go on and |actually )?mediate/,
        /under no obligation/,
        /(don't|do not) have to (go to|do|agree to) mediation/,
        /(not|n't) (have|need) to (actually )?(go ahead with|take part in|go to|do) (the )?mediation/,
        /\b(optional|voluntary)\b/,
        /(mediation|it)( itself)? is (your|entirely your|up to you)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(your )?(mum|mother|parents?) (has|have|needs?|must|will have) to (appeal|do it|sign|make the appeal|apply)/,
      /(?<!not )(?<!n't )(can(no|')t|cannot|not able to) appeal (a |the |this )?(decision to )?(cease|stop)/,
      /(?<!not )(?<!n't )(you )?(don't|do not) need a (mediation )?certificate/,
      /(?<!not )(?<!n't )(you )?(must|have to|has to) (go to|attend|do) mediation/,
    ],
    cite: ['Deciding to stop maintaining the plan', 'appeal to the Tribunal in their own name'],
  },
  {
    id: 't21-29',
    type: 'decline',
    q: "appeal got registered in october. how long til we get a hearing date? and can we do the hearing on video cos my son won't cope with us both being away? do we have to go in person",
    must: [[PHONE]],
    must_not: [
      /\b(10|12|20|22) weeks/,
      /(video|remote|online) hearings? (are|is) (usual|common|standard|the norm|available)/,
      /cloud video platform|\bcvp\b/,
      /(?<!not )(?<!n't )(you can|you could) (ask|request) (for )?(a )?(video|remote|online|paper)/,
      /(?<!not )(?<!n't )(hearing|tribunal)[^.]{0,40}(on|via|by) zoom/,
    ],
  },
  {
    id: 't21-30',
    file: TXT,
    q: 'my letter was dated back in july 😩 i had a breakdown and didnt do anything about it. is it too late to get the mediation certificate? have i lost my chance to appeal for good',
    must: [
      [
        /(can(no|')t|cannot|not allowed to|unable to|not able to|won't be able to|no longer)[^.]{0,30}(issue|give|get|provide|send)[^.]{0,20}certificate/,
        /(too late|past the two months|passed)[^.]{0,40}certificate/,
        /no (mediation )?certificate/,
      ],
      [/permission/, /(let|allow) you (to )?appeal without/, /appeal without (one|a certificate)/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(we|they|the adviser|an adviser|advisers) (can|could|will) (still )?(issue|give|send)[^.]{0,20}(you )?(a|the|your) certificate/,
      /(?<!not )(?<!n't )(you'?ve|you have) lost (your|the) (chance|right)/,
      /(?<!not )(?<!n't )no way to appeal/,
      /(?<!not )(?<!n't )(you can't|you cannot) appeal( at all)?\./,
    ],
    cite: [
      "the law doesn't let us issue a certificate",
      'ask the Tribunal to let you appeal without one',
    ],
  },
  {
    id: 't21-31',
    file: MD,
    q: "both me and my daughter are autistic (I'm not diagnosed tho, on the waiting list). bright lights and loads of people talking at once = shutdown for me. what can you do to make it bearable? do I need proof?",
    must: [
      [
        /quiet room/,
        /lights? (turned |dimmed |down)/,
        /\bdim/,
        /sensory/,
        /ear defenders/,
        /easy read/,
        /name cards/,
      ],
      [
        /(no|don't|do not|doesn't|does not|won't|not)[^.]{0,20}(need|require|ask for|depends? on)[^.]{0,25}(diagnosis|proof|letter|evidence)/,
        /without (a |any )?(diagnosis|proof|evidence)/,
        /(diagnosis|proof|evidence)[^.]{0,20}(not|isn't|is not) (needed|required|necessary)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(you'?ll |you will |you )?(need|must (have|provide|send)|have to (provide|send|show)) (a |your )?(diagnosis|proof|evidence|doctor'?s letter|gp'?s letter)/,
      /(?<!not )(?<!n't )once you('?re| are| have been) diagnosed/,
      /(?<!not )(?<!n't )(send|provide) (us )?(a copy of )?(your )?(diagnosis|proof|evidence)/,
    ],
    cite: [
      'None of this depends on having a diagnosis',
      'a sensory bag with ear defenders and fidget toys',
    ],
  },
  {
    id: 't21-32',
    file: HTML,
    q: 'سلام. انگلیسی من خوب نیست. می‌خواهم برای برنامه EHC پسرم میانجی‌گری (mediation) درخواست کنم. آیا شورا (council) می‌تواند قبول نکند و در جلسه شرکت نکند؟',
    must: [
      [
        /\bmust\b/,
        /ha(s|ve) to/,
        /(can ?not|can't) (refuse|say no|decline)/,
        /no choice/,
        /required/,
        /obliged/,
        /نمی\u200c?\s?تواند (رد|قبول نکند|امتناع|نپذیرد|نیاید|شرکت نکند)/,
        /مجبور/,
        /(باید|موظف)/,
      ],
      [
        /arrange/,
        /set (it |the mediation )?up/,
        /send (someone|somebody)/,
        /attend/,
        /take part/,
        /ترتیب/,
        /برگزار/,
        /شرکت/,
        /بفرستد/,
        /حاضر/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(the council|they|it) (can|may|could) (refuse|decline|say no)/,
      /(?<!ن)می\u200c?تواند (درخواست (شما )?را )?(رد کند|قبول نکند|امتناع کند|نپذیرد|شرکت نکند)/,
      /(?<!not )(?<!n't )(both|all|every) (sides|parties|side) (have|has|need|needs) to agree/,
      /(?<!not )(?<!n't )voluntary for (everyone|all|the council)/,
    ],
    cite: ['If you opt in, the council cannot refuse'],
  },
  {
    id: 't21-33',
    type: 'decline',
    q: 'its been 34 weeks since we asked for an EHC needs assessment and the council keep fobbing us off. who can i complain to above the council? is there an ombudsman or something',
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )ombudsman (can|will|could|investigates|looks)/,
      /\b20 weeks/,
      /(complain|complaint)[^.]{0,30}(harjit|quality lead|directors)/,
      /(?<!not )(?<!n't )judicial review/,
      /\blgsco\b/,
      /(?<!not )(?<!n't )(you can|you could|you should) (use|go through) the council'?s complaints/,
      /(?<!not )(?<!n't )(within|in) (six|6) months/,
    ],
  },
  {
    id: 't21-34',
    file: TXT,
    q: 'bit nervous about ringing tbh, what actually happens on the first call with the adviser? is it like an interview? will i have to decide on the spot whether to do mediation',
    must: [
      [/half an hour/, /30 (minutes|mins)/, /thirty minutes/],
      [
        /(no(body|one)?|not|n't|never)[^.]{0,30}(push|pressure|rush|make you|force)/,
        /(don't|do not|won't|will not) have to decide/,
        /no pressure/,
        /(decide|decision) (later|afterwards|in your own time)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(you'?ll|you will|you) (have|need) to decide (on the (spot|call|day)|there and then|straight away|during)/,
      /(?<!not )(?<!n't )(an hour|two hours|1 hour|2 hours) long/,
      /(?<!not )(?<!n't )face[- ]to[- ]face (meeting|appointment) (at|in) (our|the) office/,
    ],
    cite: [
      "nobody's going to push you to decide there and then",
      'We book what we call an information call',
    ],
  },
  {
    id: 't21-35',
    file: MD,
    q: 'if i say in mediation that we might accept fewer hours just to get it sorted, can the council then wave that at the tribunal if it goes wrong?? i dont trust them',
    must: [
      [
        /\bno\b/,
        /(can(no|')t|cannot|can not|won't|will not|not allowed to)[^.]{0,20}(be )?(use|used|quote|quoted|mention|raise|bring)/,
        /confidential/,
        /without prejudice/,
      ],
      [/confidential(ity)? agreement/, /signs?\b/, /without prejudice/, /witness/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(they|the council|it) (can|could|may|might|will) (use|quote|raise|mention|bring up) (it|that|what you)/,
      /(?<!not )(?<!n't )(the )?mediator (can|could|may|will) (give evidence|be (a )?witness|appear as a witness)/,
      /(?<!not )(?<!n't )anything you say (can|could|may|will) be used/,
    ],
    cite: [
      'can be quoted at the Tribunal afterwards',
      'signs a confidentiality agreement before the mediation starts',
    ],
  },
  {
    id: 't21-36',
    file: HTML,
    q: 'hiya im 17 and left school in the summer, doing a course at college now. im rubbish on the phone and get really anxious. can my mum just ring you for me? or do i have to do it',
    must: [
      [/\byes\b/, /(mum|mom|parent) can (ring|call|phone|contact)/, /on your behalf/, /for you\b/],
      [
        /(if|as long as|provided|with) (you|your) (agree|are happy|say so|agreement|ok|okay|permission|consent)/,
        /your (agreement|permission|consent|say-so)/,
        /(if|as long as|provided) you('re| are) (happy|ok|okay|fine|comfortable)/,
        /whatsapp/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(your )?(mum|mother|parent) (has|have|needs?|must) to (do|make|ask|ring|apply)/,
      /(?<!not )(?<!n't )(you|you'?ll) (have|need|must) to (ring|call|phone) (us )?(yourself|in person)/,
      /(?<!not )(?<!n't )(until|till) you('re| are) 18/,
      /(?<!not )(?<!n't )(she|your mum) (makes|decides|will decide) (for you|the decisions)/,
    ],
    cite: ['a parent can ring us on their behalf', 'Young people who find phone calls hard'],
  },
  {
    id: 't21-37',
    type: 'decline',
    q: "the council's EP only saw him for 40 mins. should i pay for a private educational psychologist report for the appeal? how much do they cost roughly and will the tribunal take it seriously",
    must: [[PHONE]],
    must_not: [
      /£\s?\d/,
      /(?<!not )(?<!n't )(yes|definitely),? (get|pay for|commission)/,
      /(?<!not )(?<!n't )(the )?tribunal (will|does|gives|tends to) (take|give|weigh)/,
      /\bhcpc\b/,
      /(?<!not )(?<!n't )(costs?|charge|usually) (around|about|between|from) /,
    ],
  },
  {
    id: 't21-38',
    file: TXT,
    q: 'ok so my decision letter is dated 27 nov 2026. mediation booked for 26th jan and the adviser said the certificate would be dated friday 29th jan 2027 if it doesnt work out. so 1 month after that is... 29th feb?? that doesnt exist lol. when would my appeal deadline actually be',
    must: [
      [
        /\b0?1(st)? mar/,
        /mar(ch)?\.? 0?1(st)?\b/,
        /\b0?1\/0?3\/(20)?27/,
        /2027-03-01/,
        /\b0?1\.0?3\.(20)?27/,
      ],
    ],
    must_not: [
      /(deadline|due date) (is|would be|will be|'s|falls on)( on)?( the)?( sun(day)?,?| sat(urday)?,?| fri(day)?,?| mon(day)?,?)? 2[6-9](th)? feb/,
      /(deadline|due date) (is|would be|will be|'s)( on)?( the)?( \w+day,?)? feb(ruary)? 2[6-9]/,
      /(deadline|due date) (is|would be|will be|'s)( on)?( the)?( \w+day,?)? 27(th)? jan/,
      /2027-02-2[6-9]/,
      /2027-03-0[2-9]/,
      /\b0?2(nd)? mar/,
      /(?<!not )(?<!n't )(30|thirty) days/,
    ],
    cite: ["then it's the last day of February", 'it just rolls on to the next working day'],
  },
  {
    id: 't21-39',
    file: MD,
    q: 'bit of a weird one. my son lashes out at home, hes 12 and big for his age, sometimes i get hurt. if i mention that in mediation to explain why we need more help, will social services get called? is it all confidential',
    must: [
      [/safeguarding/, /serious harm/, /at risk/, /danger/],
      [/confidential/, /private/, /stays in the room/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(social services|they|the mediator) (will|must|would) (always|automatically|definitely) (be )?(called|told|informed|contacted|report)/,
      /(?<!not )(?<!n't )(completely|totally|entirely|100%|fully) confidential/,
      /(?<!not )(?<!n't )(nothing|never) (is |will be |gets )?(passed on|shared|reported)/,
    ],
    cite: ['may be in danger of serious harm', 'they must pass it on to the safeguarding team'],
  },
  {
    id: 't21-40',
    file: HTML,
    q: 'if we go to the mediation i lose a days pay (zero hours contract) and ive got to pay someone to have the two little ones. does anyone cover that or is it just tough',
    must: [
      [/£\s?45/, /45 (pounds|quid)/],
      [/£\s?5\.35/, /\b5\.35/],
    ],
    must_not: [
      /(we|the council|they) (don't|do not|can't|cannot|won't|will not) (pay|cover|reimburse)/,
      /(nobody|no one) (pays|covers|will pay|will cover)/,
      /£\s?(60|50|100|5\.50|10)\b/,
      /(full|whole) (day'?s )?(pay|wages)/,
      /(?<!not )(?<!n't )(lost|loss of) earnings (are|is) not (covered|paid)/,
    ],
    cite: ['Earnings you lose by attending: up to £45', 'an hour for each child'],
  },
  {
    id: 't21-41',
    type: 'decline',
    q: 'we need a downstairs bedroom and a wet room for my daughter (wheelchair user). is there a grant from the council for adaptations, and how long does it take?',
    must: [[PHONE]],
    must_not: [
      /£\s?\d/,
      /occupational therapist (will|must|needs to|would) (assess|visit|come)/,
      /(?<!not )(?<!n't )(you can|you could|you should) (apply|ask) (to the council )?for (a|the) (disabled facilities )?grant/,
      /means[- ]test/,
      /(?<!not )(?<!n't )(takes?|usually|normally) (about|around|up to) \d+ (weeks|months)/,
    ],
  },
  {
    id: 't21-42',
    file: TXT,
    q: 'ar bab, I work 8 till 6 at the retail park so I cor ring in the day. when am yow open late? and over Christmas am yow shut the whole time or what',
    must: [
      [/tuesday/],
      [/\b8 ?pm/, /8[.:]00/, /20[.:]00/, /eight/],
      [
        /29(th)?/,
        /ten till three/,
        /10 ?(am)?[^.]{0,10}3 ?pm/,
        /between christmas and new year/,
        /(back|open|reopen)[^.]{0,30}(tuesday|29)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(shut|closed) (the whole|all( of)?( the)?|for the whole|over the whole) (time|christmas|holiday|period|fortnight)/,
      /(?<!not )(?<!n't )(open|staffed)[^.]{0,20}(late|until 8|till 8)[^.]{0,10}(monday|wednesday|thursday|friday)s?/,
      /(?<!not )(?<!n't )(reopen|back)[^.]{0,20}(4(th)? jan|january)/,
    ],
    cite: [
      'on Tuesdays we stay on until eight in the evening',
      "we're back on Tuesday the 29th, ten till three",
    ],
  },
  {
    id: 't21-43',
    file: MD,
    q: 'mediation today went better than I thought!! council agreed in writing to put 2 hours a week of OT into section F. how long do they get to send out the amended plan? (we agreed it today, the 3rd)',
    must: [
      [
        /\b0?7(th)? jan/,
        /jan(uary)?\.? 0?7(th)?\b/,
        /\b0?7\/0?1\/(20)?27/,
        /2027-01-07/,
        /\b0?7\.0?1\.(20)?27/,
      ],
    ],
    must_not: [
      /\b17(th)? dec/,
      /\b0?8(th)? jan/,
      /\b1[1-4](th)? jan/,
      /2027-01-(0[89]|1\d)/,
      /(?<!not )(?<!n't )(11|eleven) weeks/,
      /(?<!not )(?<!n't )(5|five) working weeks/,
      /(?<!not )(?<!n't )(christmas|bank holidays?|the holidays) (don't|do not|doesn't|does not) count/,
    ],
    cite: ['Changes to section B or section F', 'which run from the date you reached agreement'],
  },
  {
    id: 't21-44',
    file: HTML,
    q: "honestly we're skint till payday on the 28th and the mediation is on the 17th. I cant afford the tram and bus to get there and then wait weeks to be paid back. what do i do",
    must: [
      [/prepaid/, /pre-paid/, /(book|arrange)[^.]{0,20}taxi/, /(send|post)[^.]{0,20}ticket/],
      [
        /week (before|ahead|beforehand|in advance)/,
        /(7|seven) days/,
        /in advance/,
        /beforehand/,
        /ahead of time/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(you'?ll|you will|you) (have|need) to pay (up ?front|first|yourself)/,
      /(?<!not )(?<!n't )(can(no|')t|cannot|don't|do not) (help|pay) (up ?front|in advance)/,
      /(?<!not )(?<!n't )(paid|refund(ed)?) (back )?(on the day|in cash|the same day)/,
    ],
    cite: [
      'post you a prepaid tram and bus ticket',
      'If finding a fare up front would be difficult',
    ],
  },
  {
    id: 't21-45',
    type: 'decline',
    q: 'my son turns 18 in march and has severe learning disabilities. the social worker says i need to become his deputy to keep making decisions for him. how do i apply and how much does it cost?? tararabit',
    must: [[PHONE]],
    must_not: [
      /\bCOP ?\d/,
      /£\s?\d/,
      /(?<!not )(?<!n't )(you|parents?) (don't|do not) need (to become )?(a |his )?deputy/,
      /(?<!not )(?<!n't )(apply|application) (to|through) the court of protection (using|with|online|by)/,
      /(?<!not )(?<!n't )a parent can (decide|make (the )?decisions?) for (him|them)/,
    ],
  },
  {
    id: 't21-46',
    file: TXT,
    q: "left a voicemail monday morning and still nobody's rung me back, its thursday now 😤 how long are you meant to take? I work so I miss calls",
    must: [
      [/two working days/, /2 working days/],
      [/three times/, /3 times/, /\btext/, /saturday/, /callback clinic/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(within|in) (24 hours|the same day|5 working days|five working days|a week)/,
      /(?<!not )(?<!n't )end of the next working day/,
      /(?<!not )(?<!n't )(we|they) (only|just) (try|call|ring) once/,
    ],
    cite: ["We'll ring you back within two working days", 'we send a text so you know it was us'],
  },
  {
    id: 't21-47',
    file: MD,
    q: 'at mediation the social care bloke agreed to put an extra overnight short break in section H for our daughter. how long has he got to actually make it happen? and if it was the NHS bit instead would it be the same?',
    must: [[/(2|two) weeks/, /fortnight/, /14 days/]],
    must_not: [
      /(?<!not )(?<!n't )(5|five|11|eleven|14|fourteen) weeks/,
      /(?<!not )(?<!n't )(within|in) (2|two) working days/,
      /(?<!not )(?<!n't )(no|there'?s no|isn't any|is not any|not any) (time limit|deadline|set time)/,
      /(?<!not )(?<!n't )(can|could|may) appeal (it|section h|that) to the tribunal/,
    ],
    cite: ['Do what the agreement says', 'has one week to tell the council what was agreed'],
  },
  {
    id: 't21-48',
    file: HTML,
    q: "SENCO at a primary in Kettlesmere here. I've got a family who are really struggling with the LA over their son's plan. Can I refer them to you directly, and do I need their consent? Mum finds phone calls hard",
    must: [
      [/consent/, /agreement/, /permission/],
      [/(speak|talk) (to|with) (the family|them|mum|the parents?|her)/, /directly/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(can|may|could) (refer|put) (them|the family)[^.]{0,20}without (their|the family'?s|parental) (consent|agreement|permission)/,
      /(?<!not )(?<!n't )(families|they|parents) (must|need to|have to) be referred/,
      /(?<!not )(?<!n't )only (professionals|schools|a senco|the school) can refer/,
      /(?<!not )(?<!n't )referral form/,
    ],
    cite: [
      'we always speak to you directly before arranging anything',
      'You do not need to be referred',
    ],
  },
  {
    id: 't21-49',
    type: 'decline',
    q: "my son has epilepsy and needs his rescue meds in school. the school says no one is trained to give buccal midazolam. who's responsible for training them, the school nurse team or the school? and does he need a care plan",
    must: [[PHONE]],
    must_not: [
      /(?<!not )(?<!n't )(the )?(school|governing (body|board)|governors|head ?teacher) (is|are|has|have) (legally )?(responsible|a duty|the duty)/,
      /supporting pupils (at school )?with medical conditions/,
      /(?<!not )(?<!n't )(individual )?health ?care plan (is|should|must)/,
      /(?<!not )(?<!n't )school nurs(e|ing)( team)? (will|should|must|can) (train|provide)/,
    ],
  },
  {
    id: 't21-50',
    file: TXT,
    q: 'hello. my english writing not good. I can speak ok. can I send voice message on the whatsapp to you? what number? how fast you answer',
    must: [
      [/07700 ?900 ?264/, /\+?44 ?7700 ?900 ?264/],
      [/one working day/, /1 working day/, /next working day/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(within|in) (24 hours|2 working days|two working days|the same day|an hour)/,
      /(?<!not )(?<!n't )voice (notes?|messages?) (are|is) not/,
      /(?<!not )(?<!n't )(only|just) (text|written|typed) messages/,
      /07700 ?900 ?(?!264)\d{3}/,
    ],
    cite: ['voice notes are fine', 'We answer WhatsApp messages within one working day'],
  },
  {
    id: 't21-51',
    file: MD,
    q: 'mediation is next thurs but my daughter has just been booked in for her op that day (been waiting 2 yrs!!). if we cancel will we lose our place, or get penalised, or mess up the appeal?',
    must: [
      [
        /(no|not|won't|will not|doesn't|does not|nothing)[^.]{0,30}(affect|effect|penal|harm|mess)/,
        /costs? (you )?nothing/,
        /no (charge|cost|penalty|fee)/,
      ],
      [/(two|2) (new )?dates/, /new dates?/, /re-?arrange/, /(ring|call|whatsapp|text|tell) us/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(lose|forfeit) (your|the) (place|slot|certificate|right)/,
      /(?<!not )(?<!n't )(£\s?\d+|fee|charge) (for|to) (cancel|rearrang|mov)/,
      /(?<!not )(?<!n't )(cancelling|moving|rearranging) (it )?(will|would|could|may) (affect|delay|harm)/,
      /(?<!not )(?<!n't )(\d+|two|five|ten) working days'? notice/,
    ],
    cite: [
      'offer you at least two new dates',
      'no effect on your certificate or on your appeal rights',
    ],
  },
  {
    id: 't21-52',
    file: HTML,
    q: 'ਸਤ ਸ੍ਰੀ ਅਕਾਲ। ਕੌਂਸਲ ਨੇ ਮੇਰੇ ਪੁੱਤਰ ਦੀ EHC ਅਸੈਸਮੈਂਟ ਕਰਨ ਤੋਂ ਮਨ੍ਹਾ ਕਰ ਦਿੱਤਾ ਹੈ। ਕੀ ਮੈਂ ਟ੍ਰਿਬਿਊਨਲ ਵਿੱਚ ਅਪੀਲ ਕਰ ਸਕਦੀ ਹਾਂ? ਕੀ ਮੈਨੂੰ ਪਹਿਲਾਂ ਮੀਡੀਏਸ਼ਨ ਵਾਲਾ ਸਰਟੀਫਿਕੇਟ ਚਾਹੀਦਾ ਹੈ?',
    must: [
      [/\byes\b/, /(can|able to) appeal/, /appealable/, /ਹਾਂ/, /ਅਪੀਲ ਕਰ ਸਕਦ/],
      [/certificate/, /ਸਰਟੀਫਿਕੇਟ/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(don't|do not|won't|will not|doesn't|does not) need (a |the |any )?(mediation )?certificate/,
      /no (mediation )?certificate (is )?(needed|required)/,
      /(can(no|')t|cannot|can not) (be )?appeal(?![^.]{0,40}\b(without|until|unless|before|first)\b)/,
      /(not|isn't|is not) appealable/,
      /ਸਰਟੀਫਿਕੇਟ ਦੀ (ਕੋਈ )?ਲੋੜ ਨਹੀਂ/,
      /ਅਪੀਲ ਨਹੀਂ ਕਰ ਸਕਦ/,
    ],
    cite: [
      'Turning down a request for an EHC needs assessment',
      'you are under no obligation to go on and mediate',
    ],
  },
  {
    id: 't21-53',
    type: 'decline',
    q: 'my boss is getting funny about me taking time off for all these meetings (EHCP reviews, CAMHS, now this mediation). do I have a legal right to time off as a carer? is it paid?',
    must: [[PHONE]],
    must_not: [
      /£\s?\d/,
      /carer'?s leave/,
      /(one|1|5|five) (week|days?)'?s? (unpaid )?leave/,
      /(?<!not )(?<!n't )(time off for dependants|dependants? leave)/,
      /(?<!not )(?<!n't )(lost|loss of) earnings/,
    ],
  },
  {
    id: 't21-54',
    file: TXT,
    q: 'mediation yesterday - they agreed the SALT but wouldnt budge on his 1:1 hours. so we kinda half agreed?? do i still get the certificate if we agreed some of it, and how long til it comes',
    must: [
      [
        /\byes\b/,
        /(still|will) (get|receive|be sent|be issued)/,
        /(whether|agreement or no agreement|even if|regardless)/,
      ],
      [/three working days/, /3 working days/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(only|just) (if|when) (you|the mediation) (don't|do not|didn't|did not|fail|fails|failed)/,
      /(?<!not )(?<!n't )(no|not) (get|entitled to) (a|the) certificate/,
      /(?<!not )(?<!n't )(can(no|')t|cannot) appeal (now|any|after)/,
      /(?<!not )(?<!n't )(within|in) (5|five|10|ten|3|three) (calendar )?days/,
    ],
    cite: [
      'Whatever happens in the room, agreement or no agreement',
      "you can still appeal the points that didn't get sorted",
    ],
  },
  {
    id: 't21-55',
    file: MD,
    q: "after it's all done, do you keep all our stuff on file forever? there's a lot of private info about my son's mental health in there. can i see what youve got",
    must: [
      [/three years/, /3 years/, /six years/, /6 years/],
      [/one month/, /1 month/, /free/, /costs? (you )?nothing/, /no charge/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(kept|keep|held|hold) (it |them |everything )?(forever|indefinitely|permanently)/,
      /(?<!not )(?<!n't )£\s?\d+ (fee|charge|admin)/,
      /(?<!not )(?<!n't )(two|2|seven|7) years/,
      /(?<!not )(?<!n't )(within|in) (40|30|15) (calendar |working )?days/,
    ],
    cite: [
      'kept for three years after your case closes',
      'shredded before the mediator leaves the venue',
    ],
  },
  {
    id: 't21-56',
    file: HTML,
    q: "council want us to 'try mediation first'. my worry is, if we go and agree to something, does that mean we cant go to tribunal after? and what if only some of it gets agreed",
    must: [
      [
        /(never|not|doesn't|does not|won't|will not)[^.]{0,30}(cost|lose|affect|stop|takes? away|remove|prevent)[^.]{0,30}(right|appeal)/,
        /(still|keep)[^.]{0,30}(right to appeal|appeal|tribunal)/,
      ],
      [
        /\b(rest|remaining|outstanding|unresolved|everything else|what's left)\b/,
        /some (points|things|issues)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(you )?(can(no|')t|cannot|lose (the|your) right to) (go to|appeal to|take it to) (the )?tribunal (after|afterwards|once|if)/,
      /(?<!not )(?<!n't )(once|if) you (mediate|go to mediation)[^.]{0,30}(can(no|')t|cannot|lose)/,
      /(?<!not )(?<!n't )(mediation|it) (replaces|is instead of) (an |the )?appeal/,
      /(?<!not )(?<!n't )(must|have to|has to) (try|go to|attend) mediation (first|before)/,
    ],
    cite: [
      'Choosing mediation never costs you your right to appeal',
      'still take the rest to the Tribunal',
    ],
  },
  {
    id: 't21-57',
    type: 'decline',
    q: "my 13 year old hasn't been in school since half term, massive anxiety, school just keep marking her absent and sending attendance letters. is the council meant to provide her education at home? feel like im going mad",
    must: [[PHONE]],
    must_not: [
      /section 19/,
      /(alternative|tuition) provision[^.]{0,30}(must|should|has to)/,
      /(?<!not )(?<!n't )(the )?council (must|has to|is required to|should) (arrange|provide)[^.]{0,30}(education|tuition|teaching)/,
      /\b15 (school )?days/,
      /(?<!not )(?<!n't )(penalty notice|prosecut)/,
    ],
  },
  {
    id: 't21-58',
    file: TXT,
    q: 'my sister reckons earlier this year she had until 1st september to get her tribunal appeal in, but her decision letter was dated 16 june 2026 and her certificate 19 june. surely it was 16 august?? was she just lucky or did she get it wrong',
    must: [
      [
        /\b0?1(st)? sep/,
        /sep(t|tember)?\.? 0?1(st)?\b/,
        /\b0?1\/0?9\/(20)?26/,
        /2026-09-01/,
        /\b0?1\.0?9\.(20)?26/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(deadline|last day) (was|is|would have been|'d have been)( on)?( the)?( \w+day,?)? 16(th)? aug/,
      /(?<!not )(?<!n't )(she|your sister) (got it wrong|was wrong|is wrong|was mistaken)/,
      /(?<!(\bnot\b|n't|\bnever\b)[^.]{0,15})\blucky/,
      /\b0?2(nd)? sep/,
      /2026-09-02/,
      /(deadline|last day)[^.]{0,20}\b31(st)? aug/,
      /(deadline|last day)[^.]{0,20}\b19(th)? jul/,
    ],
    cite: ['If it lands anywhere in August', 'the first working day after the 31st of August'],
  },
  {
    id: 't21-59',
    file: MD,
    q: 'not being funny but the mediator we had was really dismissive and kept cutting me off. how do I make a complaint and how long do I have? will it mess up my certificate',
    must: [
      [/six months/, /6 months/],
      [/(never|not|won't|will not|doesn't|does not)[^.]{0,20}(delay|affect|hold up|mess)/],
      [
        /harjit/,
        /quality lead/,
        /15 working days/,
        /fifteen working days/,
        /three working days/,
        /3 working days/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(within|in) (three|3) months/,
      /(?<!not )(?<!n't )(20|twenty) working days/,
      /(?<!not )(?<!n't )(complain|write|go) (straight )?to the (council|ombudsman|tribunal)/,
      /(?<!not )(?<!n't )(will|may|could|might) (delay|affect|hold up) (your|the) certificate/,
    ],
    cite: ['within six months of what went wrong', 'it never delays your certificate'],
  },
  {
    id: 't21-60',
    type: 'decline',
    q: 'my little girl turns 3 in jan and has a cleft palate + hearing loss. do we get the 30 free hours and is there extra funding so the nursery can support her? nursery say they need more money for 1:1',
    must: [[PHONE]],
    must_not: [
      /disability access fund|\bDAF\b/,
      /inclusion fund/,
      /£\s?\d/,
      /(?<!not )(?<!n't )(you'?ll|you will|you) (get|be entitled to|qualify for) (the )?(30|15|thirty|fifteen) (free )?hours/,
      /(?<!not )(?<!n't )(working parents?|if you (both )?work)/,
    ],
  },
];

// Not rendered into questions.jsonl: the working behind the set, used by check.mjs and the README.
export const META = {
  't21-02': {
    asker: 'parent',
    date: {
      fn: 'adviserContactDeadline',
      input: { decisionDate: '2026-10-26' },
      expected: '2026-12-26',
      note: 'R2: 2 months from the letter date (not receipt); Sat 26 Dec (Boxing Day) is not moved, and the Christmas rule is for the Tribunal only',
    },
  },
  't21-06': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-28', certificateDate: '2026-11-02' },
      expected: '2027-01-04',
      note: 'R13: later of 28 Dec 2026 and 2 Dec 2026 is 28 Dec, inside 25 Dec-1 Jan, so the first working day after 1 Jan (Mon 4 Jan), not the next working day (29 Dec)',
    },
  },
  't21-10': {
    asker: 'parent',
    lang: 'Romanian',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-04' },
      expected: '2026-12-09',
      note: 'R4: told on Fri 4 Dec; 3 working days are Mon 7, Tue 8, Wed 9',
    },
  },
  't21-14': {
    asker: 'parent',
    date: {
      fn: 'mediationArrangeBy',
      input: { from: '2026-11-25' },
      expected: '2026-12-25',
      note: 'R7: 30 calendar days from Wed 25 Nov is Christmas Day, a bank holiday, and it is not moved',
    },
  },
  't21-18': {
    asker: 'parent',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-22' },
      expected: '2026-12-29',
      note: 'R11: Wed 23, Thu 24 (Christmas Eve works), then Fri 25 and Mon 28 are bank holidays, so Tue 29; the page example (21 Dec gives 24 Dec) is the trap',
    },
  },
  't21-22': {
    asker: 'parent',
    route: 'disability discrimination claim: no certificate needed',
    date: {
      fn: 'discriminationClaimDeadline',
      input: { actDate: '2026-06-30' },
      expected: '2026-12-30',
      note: 'R14: 6 months from the act is Wed 30 Dec, a working day inside the Christmas window, with no extension',
    },
  },
  't21-26': {
    asker: 'parent',
    date: {
      fn: 'mediationNoticeBy',
      input: { mediationDate: '2027-01-05' },
      expected: '2026-12-24',
      note: 'R8: 5 working days before Tue 5 Jan are Mon 4 Jan, Thu 31, Wed 30, Tue 29 and Thu 24 Dec (Fri 1 Jan, Mon 28 and Fri 25 Dec are bank holidays)',
    },
  },
  't21-38': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-11-27', certificateDate: '2027-01-29' },
      expected: '2027-03-01',
      note: 'R13: 27 Jan 2027 vs 29 Jan + 1 month = 28 Feb 2027 (no 29 Feb), a Sunday, so the next working day, Mon 1 Mar',
    },
  },
  't21-43': {
    asker: 'parent',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-03', weeks: 5 },
      expected: '2027-01-07',
      note: 'R15: agreement to amend section F, 5 calendar weeks from Thu 3 Dec is Thu 7 Jan 2027; Christmas does not stop the clock',
    },
  },
  't21-58': {
    asker: 'parent (checking a sister’s past deadline)',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-06-16', certificateDate: '2026-06-19' },
      expected: '2026-09-01',
      note: 'R13: later of 16 Aug and 19 Jul is 16 Aug, in August, so the first working day after 31 Aug (itself a bank holiday): Tue 1 Sep 2026',
    },
  },
  't21-01': { asker: 'grandparent (grandad, Black Country dialect)' },
  't21-04': {
    asker: 'parent',
    route: 'nursery, no plan: disagreement resolution (voluntary), not mediation',
  },
  't21-08': { asker: 'parent', route: 'no setting named in section I only: no certificate needed' },
  't21-12': {
    asker: 'parent',
    route: 'section I together with section F: certificate needed for the whole appeal',
  },
  't21-15': { asker: 'parent with little English', lang: 'Arabic' },
  't21-16': { asker: 'parent' },
  't21-20': { asker: 'foster carer' },
  't21-24': {
    asker: 'parent',
    route: 'social care only (section H): not appealable alone; mediation arranged by the council',
  },
  't21-27': { asker: 'young person (18)' },
  't21-28': {
    asker: 'young person (19)',
    route:
      'decision to cease a plan: appealable in the young person’s own name, certificate needed',
  },
  't21-32': { asker: 'parent with little English', lang: 'Persian' },
  't21-36': { asker: 'young person (17)' },
  't21-42': { asker: 'parent (shift worker, Black Country dialect, follow-on)' },
  't21-48': { asker: 'SENCO' },
  't21-50': { asker: 'parent with little English' },
  't21-52': { asker: 'parent', lang: 'Punjabi (Gurmukhi)' },
  't21-54': { asker: 'parent (follow-on)' },
  't21-56': { asker: 'parent (follow-on)' },
  // declines: what each asks about (check.mjs makes sure no topic repeats the template's list)
  't21-05': { asker: 'parent', topic: "Carer's Allowance" },
  't21-09': { asker: 'young person (15, nearly 16)', topic: 'PIP at 16' },
  't21-13': { asker: 'parent', topic: 'part-time timetables' },
  't21-17': { asker: 'parent of summer-born twins', topic: 'delayed Reception start' },
  't21-21': { asker: 'parent', topic: 'NHS speech therapy waiting list' },
  't21-25': { asker: 'parent', topic: "challenging the Tribunal's decision" },
  't21-29': { asker: 'parent', topic: 'hearing dates and video hearings' },
  't21-33': { asker: 'parent', topic: 'Ombudsman complaint about council delay' },
  't21-37': { asker: 'parent', topic: 'private educational psychologist report' },
  't21-41': { asker: 'parent', topic: 'home adaptation grant' },
  't21-45': { asker: 'parent', topic: 'Court of Protection deputyship' },
  't21-49': { asker: 'parent', topic: 'medication and staff training in school' },
  't21-53': { asker: 'parent (working)', topic: 'time off work for carers' },
  't21-57': { asker: 'parent', topic: 'education for a child out of school' },
  't21-60': { asker: 'parent', topic: 'early years funding and 30 hours' },
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
