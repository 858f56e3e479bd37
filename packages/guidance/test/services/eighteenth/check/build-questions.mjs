#!/usr/bin/env node
// Writes ../questions.jsonl from the list below. Regexes are written as JS literals (easier to
// read than escaped strings) and stored as their .source; the scorer adds the "i" flag.
// Run: node check/build-questions.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const LO = 'dunmere-local-offer-resolving-disagreements.html';
const FAQ = 'torandtide-faqs.html';
const YP = 'young-people-guide-16-25.txt';
const PHONE = /(0|\+44\W{0,3}(\(0\)\W{0,2})?)117\W{0,3}496\W{0,3}0738/;

// A right decline says the pages don't cover it and gives the number; nothing else is required.
const decline = (key, q, mustNot) => ({
  key,
  q,
  type: 'decline',
  answerable: false,
  must: [[PHONE]],
  must_not: mustNot,
  cite: [],
});
const answer = (key, file, q, must, mustNot, cite) => ({
  key,
  q,
  type: 'answer',
  file,
  must,
  must_not: mustNot,
  cite,
});

export const QUESTIONS = [
  answer(
    'school-only-no-cert',
    LO,
    'me and my ex share PR and we dont agree on much but we both think the final plan names the wrong school. we are fine with everything else in it. do we still have to do the meditation thing before we go to tribunel? hes saying we do',
    [
      [
        /(don'?t|do not|doesn'?t|does not|won'?t|will not|no) (need|have to|require)/,
        /(not|isn'?t|aren'?t) (needed|required|necessary)/,
        /without (a|the|needing a|any) (mediation )?certificate/,
        /no (mediation )?certificate (is )?(needed|required)/,
        /exception/,
        /exempt/,
      ],
      [/school/],
    ],
    [
      /you('ll| will| do)? still (need|have to)/,
      /(?<!not )(?<!n't )(must|have to) (go to|attend|try) (the )?mediation/,
    ],
    ['You can appeal without a certificate', 'only about the school or college named in section I'],
  ),

  decline(
    'in-year-admission',
    'we moved down to harrowmoor in november for my husbands job. the school near us said no to my son, they say the year group is full. he has autism but no ehcp yet. how do i appeal the admissions decision and how long does it take',
    [
      /\b(20|twenty) school days/,
      /\b(30|thirty) school days/,
      /(?<!not )(?<!n't )fair access protocol/,
      /admissions? appeal panel (will|must)/,
    ],
  ),

  answer(
    'adviser-deadline-letter-date',
    LO,
    'the letter saying they wont assess my daughter is dated 14 march but it only came through the door on the 21st (post here is awful). whats the last day i can ring the adviser people',
    [
      [
        /\b14(th)?\s+may\b/,
        /\bmay\s+14/,
        /\b14\/0?5\b/,
        /(2|two) months (from|after|of) the date (on|printed on|of) the (decision )?letter/,
        /(2|two) months (from|after) the letter date/,
      ],
    ],
    [
      /\b21(st)?\s+may\b/,
      /\bmay\s+21/,
      /(?<!not )(?<!n't )(2|two) months (from|after) (the day|when) (it|you|the letter) (arriv|reach|came|got|receiv)/,
    ],
    ['run from the date printed on the letter', 'Contact us within two months of the date'],
  ),

  answer(
    'phone-hours-evening',
    FAQ,
    'can i ring u after work? i finish at half 5. or saturday morning?',
    [
      [/wednesday/],
      [
        /\b7 ?p\.?m\b/,
        /\b7(:|\.)00/,
        /19:00/,
        /\b7 in the evening/,
        /until 7\b/,
        /seven( o'?clock| in the evening| ?pm)/,
      ],
    ],
    [/(?<!not )(?<!n't )(?<!closed )(open|ring|call)( us)? on (a )?saturdays?/, /\b(8|eight) ?pm/],
    ['Wednesday: 12 noon to 7pm', 'Closed at weekends and on bank holidays'],
  ),

  answer(
    'young-person-decides',
    YP,
    'im 19 left school ages ago, my mum has always done all the ehcp stuff with the council. now they want to cut my college hours and i want to sort it myself. am i allowed or does it have to be her',
    [
      [
        /yourself/,
        /your (own )?(decision|decisions|choice|call)/,
        /you (can|could) (ask|do|make|decide|sort|handle|contact|request|go ahead)/,
        /up to you/,
        /deal with you/,
        /decisions are yours/,
      ],
    ],
    [
      /(?<!n't )(?<!not )(your )?(mum|mother|parent)s? (must|has to|have to|needs to|need to|will have to) (do|sign|make|agree|ask|request|be)/,
    ],
    ['the decisions are yours to make', 'you can ask for mediation yourself'],
  ),

  answer(
    'decline-mediation-cert-speed',
    LO,
    'honestly i dont want to sit in a room with the la again after last time. i just want to go straight to tribunal. how quick do i get the certificate thing if i say no to mediation',
    [[/\b(3|three) working days/]],
    [
      /(?<!not )(?<!than )\b(30|thirty) (calendar )?days/,
      /\b(5|five) working days/,
      /(?<!not )(?<!n't )(must|have to) (go to|attend|try) (the )?mediation/,
    ],
    ['your certificate will be sent within 3 working days', 'If you decide not to try mediation'],
  ),

  decline(
    'tutor-funding',
    'hes been off school since feb, anxiety, school just send work home. can the council pay for a tutor? how many hours is he meant to get',
    [/section 19/, /\b(25|twenty[- ]five) hours/, /\b\d+ hours (a|per) week/, /£\d+ (an|per) hour/],
  ),

  answer(
    'separate-rooms',
    FAQ,
    'after what the head said to me at the last review i cannot be in the same room as her. will i have to face her at this mediation',
    [
      [
        /separate rooms?/,
        /different rooms?/,
        /shuttle/,
        /(own|another|other) room/,
        /(don'?t|do not|won'?t|will not) (have|need) to (be|sit|face)/,
      ],
    ],
    [
      /(?<!n't )(?<!not )(?<!no )(have|need) to (sit|be) in the same room/,
      /(all|everyone|both sides) (must|has to|have to) (sit|be) (together|in the same room)/,
    ],
    ['We can run it as shuttle mediation', 'each side stays in its own room'],
  ),

  answer(
    'appeal-deadline-weekend',
    LO,
    'Decision letter dated 2 May 2025 refusing to change section F after the annual review. Mediation didnt work out and the certificate is dated 20 June 2025. When is my absolute last day to get the appeal in',
    [[/\b21(st)?\s+july/, /july\s+21/, /\b21\/0?7\/(20)?25/, /2025-07-21/]],
    [
      /(?<!not )(?<!than )\b(30|thirty) days (from|after|of) (the |your )?(date (on|of) )?(the |your )?certificate/,
    ],
    ['one month after the date on your mediation certificate', 'it moves to the next working day'],
  ),

  answer(
    'text-line',
    YP,
    'can i just text u?? i hate phone calls so much',
    [[/07700\W{0,3}900\W{0,3}416/]],
    [/(?<!not )(?<!n't )only (by )?(phone|ringing|calling)/],
    ["our young people's line on 07700 900416", 'You can text or WhatsApp'],
  ),

  decline('camhs-wait', 'camhs waiting list port kellow how long?? gp referred in september', [
    /\b\d+\s*(weeks|months)\b/,
    /(eighteen|twelve|six) (weeks|months)/,
  ]),

  answer(
    'senco-dr-no-plan',
    LO,
    "SENCO here (secondary academy, Port Kellow). A parent is unhappy with how we're delivering her son's SEN support - no EHCP, he's on SEN support. We'd like an independent person to help us both talk it through. Is that something your service does when there's no plan and no council decision?",
    [
      [/disagreement resolution/],
      [
        /(does not|doesn'?t|don'?t|do not|no) need (to have )?(an )?(ehc|plan)/,
        /without (an )?(ehc|plan)/,
        /with or without/,
        /no (ehc )?plan (is )?(needed|required)/,
        /not linked to a council decision/,
        /any (time|point|stage)/,
      ],
    ],
    [
      /(?<!not )(?<!n't )only (for|available to|available for) (children|families|pupils|those|young people)( [a-z]+)? with (an )?(ehc|plan)/,
      /(?<!not )(?<!n't )(need|needs|has|have) to have an? (ehc|plan)/,
    ],
    ['your child does not need to have an EHC plan', 'an academy or free school'],
  ),

  answer(
    'interpreter-polish',
    FAQ,
    'Dzień dobry, mój angielski nie jest dobry. Czy na spotkaniu mediacyjnym może być tłumacz na polski? Czy muszę za to płacić? Córka mówi dobrze po angielsku, może ona przetłumaczy?',
    [
      [
        /free/,
        /no (cost|charge)/,
        /nothing to pay/,
        /(don'?t|do not) (have to )?pay/,
        /bezpłatn/,
        /za darmo/,
        /nie (musi|trzeba)[a-zńąćęłóśźż ]{0,12}płacić/,
        /nic nie kosztuje/,
        /darmow/,
        /pay for the interpreter/,
        /(płacimy|opłacamy|pokrywamy)/,
      ],
      [/interpret/, /tłumacz/],
    ],
    [
      /(?<!not )(?<!n't )(?<!never )(your |a )?(daughter|child|family member|relative)s? (can|could|may|should) (interpret|translate)/,
      /(you|family) (must|have to|need to|will need to) (pay|bring|find|arrange|book) (for )?(an |your own |the )?(interpreter|translator)/,
      /córka (może|mogłaby) (tłumaczyć|przetłumaczyć)/,
    ],
    ['We never ask family members or children to interpret', 'free of charge, in any language'],
  ),

  answer(
    'council-must-take-part',
    LO,
    'what if the council just say no to meditation?? they were so rude at the last meeting i bet they wont bother turning up',
    [
      [
        /(has|have|must|required|obliged|got) to (arrange|take part|attend|come|set (it )?up|go)/,
        /must (arrange|take part|attend|set)/,
        /can'?t (refuse|say no)/,
        /cannot (refuse|say no)/,
        /not (voluntary|optional) for the council/,
        /(council|they) (are|is) (required|obliged)/,
      ],
    ],
    [
      /(?<!not )(?<!n't )(council|they|la|local authority) (can|could|may|is allowed to) (refuse|say no|decline|choose not)/,
    ],
    ['the council has to arrange it and take part', 'Once you say you want it'],
  ),

  answer(
    'venue-port-kellow-bus',
    FAQ,
    'where do the meetings happen? im in port kellow and i dont drive, buses only',
    [[/quayside/]],
    [/(?<!not )(?<!n't )(only|always) (at|in) (the )?(council|civic|county hall|school)/],
    [
      'the Quayside Rooms, 3 Harbour Street, Port Kellow',
      'five-minute walk from Port Kellow bus station',
    ],
  ),

  decline(
    'adult-social-care',
    "my son turns 18 in the spring and his social worker mentioned a 'transition assessment' for adult social care. how do we ask for that and who decides if he gets support",
    [
      /eligibility criteria/,
      /care act (2014 )?(says|requires|gives|means|duty)/,
      /(?<!not )(?<!n't )(the council|adult social care|they) (must|will|has to|have to) (assess|carry out a (transition|needs) assessment)/,
    ],
  ),

  answer(
    'parent-sets-up-for-young-person',
    YP,
    'my lad is 18, hes got severe anxiety and wont talk on the phone to anyone. can i just set the mediation up for him and do it all on his behalf',
    [
      [
        /(speak|talk|check|chat) (to|with) (him|your son|the young person|your lad)/,
        /his (consent|agreement|permission|say[- ]so)/,
        /he (has to|needs to|must|will need to) (agree|say|want|be happy)/,
        /(check|make sure) (that )?(he|your son) wants/,
        /(young person|your son) (has to|needs to|must|will need to|should) (agree|consent|say|confirm|want)/,
        /hear from (him|your son)/,
      ],
    ],
    [
      /(?<!n't )(?<!not )you can (arrange|do|sort|set) (it|everything|the mediation|it all)( up)? (for him|on his behalf|without)/,
    ],
    ['to check that you want it to happen', 'Lots of young people ask a parent or carer'],
  ),

  answer(
    'thirty-days',
    LO,
    "we told the council we wanted mediation on 2 september. its now nearly october and they've just emailed offering a date in mid november. is that allowed? i thought there was a time limit",
    [[/\b(30|thirty) (calendar )?days/, /\b2(nd)?\s+oct/, /oct(ober)?\s+2(nd)?\b/]],
    [
      /(?<!not )(?<!n't )(30|thirty) working days/,
      /(?<!not )\b(6|six) weeks/,
      /(?<!not )(?<!n't )(that'?s|that is) (fine|allowed|ok|okay|acceptable)/,
    ],
    ['Within 30 days of the council being told', 'are calendar days and include weekends'],
  ),

  decline(
    'ombudsman',
    'the council has missed literally every deadline on my sons ehcp and never answers my complaints. can i take them to the ombudsman and how long have i got',
    [
      /\b(12|twelve) months/,
      /(?<!not )(?<!n't )ombudsman (can|will|investigates|may)/,
      /(?<!not )(?<!n't )you (can|should) (go|complain) (straight )?to the ombudsman/,
    ],
  ),

  answer(
    'length-on-the-day',
    FAQ,
    'how long does it go on for on the day? need to sort the kids and my shift',
    [[/(2|two)\s*(to|-|–|or|and)\s*(3|three) hours/, /half (a )?day/, /half-day/]],
    [
      /(?<!n't )(?<!not )(takes?|lasts?|plan for|is) (a |the )?(full|whole|all) day/,
      /\b(1|one) hour\b/,
    ],
    ['Most meetings last two to three hours', 'We book the room for half a day'],
  ),

  answer(
    'not-an-office',
    YP,
    'is there anywhere that isnt like an office. offices and meeting rooms make me panic and i shut down',
    [[/hatch/, /youth cent(re|er)/, /college/]],
    [/(?<!not )(?<!n't )(only|always|must be) (at|in) (the )?(council|office|civic)/],
    ['The Hatch youth centre, Chapel Lane, Harrowmoor', 'we can meet at your college'],
  ),

  answer(
    'short-notice',
    LO,
    'they rang on friday afternoon to say the mediation is on tuesday!! i havent got time to get time off or sort anything. can they do that',
    [
      [/\b(5|five) working days/],
      [
        /unless you/,
        /if you (agree|say|accept|consent)/,
        /your (agreement|consent)/,
        /you (can|could) (say no|refuse|ask)/,
        /agree to (a )?(shorter|less)/,
      ],
    ],
    [
      /\b(48|forty[- ]eight) hours/,
      /\b(7|seven) days'? notice/,
      /(?<!not )(?<!n't )(that'?s|that is) (fine|allowed|ok|okay|acceptable)/,
    ],
    ['At least 5 working days before the meeting', 'unless you agree to a shorter notice period'],
  ),

  answer(
    'cost',
    FAQ,
    "mediation cost?? we're on UC and skint",
    [
      [
        /free/,
        /no (cost|charge)/,
        /doesn'?t cost/,
        /does not cost/,
        /nothing to pay/,
        /(don'?t|do not|won'?t|will not) (have to )?pay/,
      ],
    ],
    [
      /£\d+(\.\d+)? (an|per|a) (hour|session|meeting)/,
      /(?<!not )(?<!n't )(small|reduced) (fee|charge)/,
    ],
    ['Mediation and disagreement resolution are free for families'],
  ),

  decline(
    'dsa-university',
    'starting uni in september (18, dyslexia + dyspraxia). my ehcp stops when i go to uni right? how do i get DSA sorted and what does it pay for',
    [
      /(apply|applying|application)( for dsa)? (through|via|to|with) student finance/,
      /student finance( england)? (will|pays|assesses|decides)/,
      /(?<!not )(?<!n't )needs assessment (centre|report)/,
      /(?<!not )(?<!n't )dsa (covers|pays|will pay|can pay|is paid)/,
      /(?<!not )(?<!n't )(yes|yep)[,.]? (your |the )?ehc ?p?(lan)? (stops|ends|will stop|will end)/,
    ],
  ),

  answer(
    'expenses-urdu',
    LO,
    'Assalam o alaikum. Mediation meeting Dunmere mein hai, mujhe apni gari mein jana paray ga aur us din kaam se chutti leni paray gi. Kya council petrol aur tankhwa ka nuqsan de gi? Kitna milta hai?',
    [
      [/25 ?p\b/, /25 pence/, /twenty[- ]five pence/, /0\.25/],
      [/£ ?45\b/, /45 (pounds?|pound sterling)/, /forty[- ]five pounds/],
    ],
    [/\b45 ?p\b/, /£ ?25\b/, /(?<!not )(?<!n't )(45|forty[- ]five) pence/],
    ['25p for each mile', 'Loss of earnings Up to £45'],
  ),

  answer(
    'camera-off',
    YP,
    'if its a video meeting do i have to have my camera on, i hate seeing my own face',
    [
      [
        /camera off/,
        /(don'?t|do not|no need to|needn'?t|not) (have to |need to )?(have |turn |keep |put )?(your |the )?camera on/,
        /camera (can|could) (stay|be|remain) off/,
      ],
    ],
    [/(?<!n't )(?<!not )(must|have to|need to|has to) (have|keep|turn) (your |the )?camera on/],
    ['keep your camera off the whole time', 'Meeting online is fine too'],
  ),

  decline(
    'respite',
    'i am on my knees, my son doesnt sleep. how do we get respite or overnight short breaks from the council, what are we entitled to',
    [
      /\b\d+ (nights|hours|days) (a|per) (year|week|month)/,
      /you (are|will be|may be|'re) entitled to (\d|up to|overnight|respite|short breaks|a )/,
      /(?<!not )(?<!n't )(?<!or )direct payments? (can|will|let)/,
    ],
  ),

  answer(
    'childcare-foster-carer',
    LO,
    'im a foster carer, the mediation is for one of my lot but ive got 3 other kids at home (2 are little). does anyone pay for a childminder while im there?',
    [[/5\.35/], [/(each|every|per|a) child/, /for each/]],
    [
      /£?5\.35 (an|per|a) hour (in )?total/,
      /(?<!not )(?<!n't )(no|nothing)[,.]? (you|we) (can'?t|cannot) claim/,
    ],
    ['£5.35 an hour for each child', 'Care for your child or children while you attend'],
  ),

  answer(
    'nan-can-come',
    FAQ,
    'my daughter has mediation next month about my grandson. she gets very flustered in meetings. can i go in with her? im his nan',
    [
      [/\byes\b/, /(can|may) (come|go|bring|attend|be there|join)/, /welcome/, /allowed/],
      [
        /friend/,
        /relative/,
        /family/,
        /support(er)?/,
        /advocate/,
        /grand(ma|parent|mother)/,
        /\bnan\b/,
      ],
    ],
    [
      /(?<!not )(?<!n't )(only|just) (the )?(parents?|she|your daughter) (can|may) (go|attend|come)/,
      /(you|nan|grandparents?|she) (would |will )?(need|needs) (the )?(council|school|everyone|everybody|all)('?s)? (to agree|agreement|permission|consent)/,
    ],
    ['a friend, a relative, an advocate or a lawyer', 'tell us who is coming by 12 noon'],
  ),

  decline(
    'dla',
    'can i claim DLA for my daughters adhd and how much is it a week. also does the ehcp help with the form',
    [
      /£\s?\d+(\.\d+)? (a|per) week/,
      /(higher|middle|lowest|enhanced|standard) rate/,
      /(?<!not )(?<!n't )(yes|yep)[,.]? you (can|could|should) claim/,
    ],
  ),

  answer(
    'disability-discrimination',
    LO,
    'school keep leaving him out of trips because of his autism and they wont make any changes. i think its discrimination. whats the time limit and do i need that mediation certificate first',
    [
      [/(6|six) months/],
      [
        /(don'?t|do not|doesn'?t|does not|no) need (a |the |any )?(mediation )?certificate/,
        /not (need|require) (a |the )?certificate/,
        /(not|isn'?t|aren'?t) (needed|required|necessary)/,
        /without (a |the )?(mediation )?certificate/,
        /no (mediation )?certificate/,
        /exempt/,
      ],
    ],
    [
      /you('ll| will| do)? still need (a|the) (mediation )?certificate/,
      /(?<!not )(?<!n't )(2|two) months (from|of|after) (the )?(trip|incident|act|discriminat|thing)/,
      /(christmas|august)[a-z ]{0,20}(extension|extend)s? (apply|applies|will apply)/,
    ],
    [
      'within six months of the discrimination happening',
      'Disability discrimination claims do not need a certificate',
    ],
  ),

  answer(
    'data-retention',
    FAQ,
    'how long do u keep all the stuff about my son? i dont want his records following him round forever',
    [[/(3|three) years/]],
    [
      /\b(7|seven) years/,
      /(?<!not )(?<!n't )(until|till) (he|your son|they) (is|turns|reaches) (18|25)/,
    ],
    ['We keep your case file for 3 years', 'Signed agreements are kept for 6 years'],
  ),

  answer(
    'meltdown-stop',
    YP,
    'what if i have a meltdown half way thru? will it all be ruined and count against me',
    [[/break/, /pause/, /stop/]],
    [
      /(?<!not )(?<!n't )(will|would) (count|be held) against you/,
      /(?<!n't )(?<!not )(?<!no )(?<!never )(have|has|need) to (explain|carry on|continue|finish)/,
    ],
    ['You can stop the mediation at any point', 'Stopping will not be held against you'],
  ),

  answer(
    'missed-two-months',
    LO,
    'letter was dated back in january, its april now. i was in hospital and didnt contact anyone. is that it, have i lost my chance to appeal',
    [[/permission/], [/tribunal/]],
    [
      /(?<!n't )(?<!not )(adviser|we|they) (can|could|will) (still )?(issue|give|send) (you )?(a|the|your) certificate/,
      /(?<!not )(?<!n't )(yes|sorry)[,.]? (you'?ve|you have) (lost|missed) (your|the) (chance|right)/,
    ],
    [
      'ask the Tribunal for permission to appeal without one',
      'the adviser is not allowed to issue a certificate',
    ],
  ),

  decline(
    'exclusion',
    'my son (yr 9, ehcp) has been permanently excluded. the governors meeting is next week. how many days do they have to meet and can i ask for an independent review panel after',
    [
      /\b(15|fifteen) (school |working )?days/,
      /(?<!not )(?<!n't )independent review panel (must|will|can|may)/,
      /sen expert/,
    ],
  ),

  answer(
    'confidential-lateness',
    FAQ,
    "if i admit in mediation that we've been late getting him in most days, can the school or council use what i said against me later?",
    [
      [
        /(not|isn'?t|won'?t|never) (be )?shared/,
        /confidential/,
        /kept private/,
        /stays? (in the room|in the meeting|private|confidential)/,
        /(not|n't|never) (be )?(passed on|used)/,
        /nothing said .{0,20}shared/,
        /(don'?t|do not|won'?t|will not) share/,
      ],
    ],
    [
      /(?<!not )(?<!n't )(?<!never )(can|could|will|may) be (used|shared|passed on) (against you|with the school|at (the )?tribunal)/,
    ],
    ['Nothing said in the meeting is shared outside it', 'apart from the written agreement'],
  ),

  decline(
    'tribunal-hearing-prep',
    'tribunal hearing in 3 weeks (finally!!). what do i need to bring on the day, do i need a barrister, and can my daughter (14) give evidence',
    [
      /(?<!not )(?<!n't )(bring|prepare|send|need) (the |a |your )?(hearing )?bundle/,
      /working document/,
      /(?<!not )(?<!n't )(she|your daughter) (can|may|could) give evidence/,
      /(?<!not )(?<!n't )(you can|you may) bring a (lawyer|barrister|solicitor)/,
    ],
  ),

  answer(
    'under-16-views',
    YP,
    'my daughter is 12, she wont want to come to the meeting but she has very strong opinions about her school. how will the mediator hear what she thinks',
    [
      [
        /my views/,
        /draw/,
        /voice note/,
        /video (chat|call)/,
        /trusted adult/,
        /teaching assistant/,
        /youth worker/,
      ],
    ],
    [
      /(?<!n't )(?<!not )(she )?(must|has to|needs to|will have to) (come|attend|be there|be present)/,
    ],
    [
      'have a 15-minute video chat with the mediator',
      'take reasonable steps to find out what you think',
    ],
  ),

  answer(
    'complaint-mediator',
    FAQ,
    'the mediator was really dismissive of me and talked over me the whole time. who do i complain to and how long till i hear back',
    [[/service manager/], [/(20|twenty) working days/]],
    [
      /(?<!not )(?<!n't )(?<!no )ombudsman/,
      /(?<!not )(?<!n't )(?<!not the )(?<!n't the )(council'?s?|local authority'?s?) complaints/,
    ],
    ['full reply within 20 working days', 'Write to our Service Manager'],
  ),

  answer(
    'section-f-agreed',
    LO,
    'good news we had mediation yesterday and the council agreed to put weekly SALT into section F. how long have they got to actually change the plan? dont want it dragging on',
    [[/(5|five) weeks/]],
    [
      /(have|has|get|gets|got) (only )?(2|two|11|eleven|14|fourteen|20|twenty) weeks/,
      /\b(20|twenty) weeks/,
    ],
    ['the provision (section F): within 5 weeks', 'Agreed changes to the needs (section B)'],
  ),

  decline(
    'school-transport',
    'council turned down transport for my son to his special school, its 4 miles away and he cant use buses alone. how do i appeal the transport decision',
    [
      /\b(20|twenty) working days/,
      /stage (1|one|2|two)/,
      /(?<!not )(?<!n't )statutory walking distance/,
      /(?<!not )(?<!n't )(you can|you could) appeal (to|at) (the )?(send )?tribunal/,
    ],
  ),

  answer(
    'first-chat-length',
    YP,
    'how long is the first call with the adviser? im on my lunch break at work (30 mins)',
    [[/(20|twenty)[- ]min/]],
    [
      /(?<!n't )(?<!not )(takes?|lasts?|is) (about |around |roughly )?(an|1|one) hour/,
      /(?<!not )\b(30|thirty)[- ]min(ute)?s? (long|call|chat)/,
      /(2|two) to (3|three) hours/,
    ],
    ['The first chat takes about 20 minutes', 'a phone call, a video call or a text chat'],
  ),

  answer(
    'recording',
    FAQ,
    "can i record the meeting on my phone? my memory is shocking since my stroke and i'll forget half of it",
    [
      [
        /not (allowed|permitted)/,
        /can'?t record/,
        /cannot record/,
        /(isn'?t|aren'?t) allowed/,
        /no recording/,
        /(not|n't) (be )?able to record/,
        /mustn'?t record/,
        /may not record/,
        /recordings? (are|is) not/,
      ],
    ],
    [
      /(?<!n't )(?<!not )(you can|you may|you're allowed to|you are allowed to) record/,
      /(?<!not )(?<!n't )recording (is|are) (fine|ok|allowed|permitted)/,
    ],
    ['Audio and video recording are not allowed', 'you are welcome to take notes'],
  ),

  decline(
    'legal-aid',
    "can i get legal aid for the tribunal? we're on benefits. or is there free legal help somewhere",
    [
      /(?<!not )(?<!n't )means[- ]test/,
      /legal help scheme/,
      /(?<!not )(?<!n't )(you|families|parents) (can|may|will|should) (get|qualify for|be eligible for) legal aid/,
    ],
  ),

  answer(
    'independent-grandparent',
    LO,
    "my grandson's mum asked me to look into this for her. is this tor and tide lot just the council under a different name? she doesnt trust anything from the council",
    [
      [
        /independent/,
        /not (part of|run by|employed by) (the|any)/,
        /community interest company/,
        /\bcic\b/,
        /separate from/,
      ],
    ],
    [
      /(?<!not )(?<!n't )(run|employed|owned|part) (by|of) the council/,
      /(?<!not )(?<!n't )council'?s own (service|team)/,
    ],
    ['It is independent of all three councils', 'Tor and Tide is a community interest company'],
  ),

  decline(
    'assessment-decision-time',
    'school and me put in a request for an ehc needs assessment on 10 jan. how long does the council have to decide if they will assess?',
    [
      /\b(6|six) weeks/,
      /\b(20|twenty) weeks/,
      /(?<!not )(?<!than )\b(2|two) weeks/,
      /\b(16|sixteen) weeks/,
      /\b21(st)?\s+feb/,
    ],
  ),

  answer(
    'blue-badge-library',
    FAQ,
    'i have a blue badge, is there anywhere to park at the library one in harrowmoor?',
    [[/blue badge (bays?|spaces?|parking)/, /fore street/]],
    [
      /(?<!no )(?<!not )free parking (on site )?at (the )?(harrowmoor )?library/,
      /(?<!not )(?<!n't )(there is no|there's no|no) (disabled|blue badge) (parking|bays?|spaces?)/,
    ],
    ['blue badge bays only', 'the nearest public car park is on Fore Street'],
  ),

  answer(
    'no-one-to-come',
    YP,
    'i dont have anyone to come with me. me and my parents dont really speak anymore and i dont have many mates. will i have to go on my own',
    [[/speak up moor to shore/, /advocac/, /advocate/]],
    [
      /(?<!n't )(?<!not )you (will )?(have|need) to (go|come|attend) (on your own|alone|by yourself)/,
    ],
    ['Speak Up Moor to Shore', 'a free independent advocacy service for young people'],
  ),

  answer(
    'expenses-claim-deadline',
    LO,
    'kept all my bus tickets from the mediation last thurs. how do i get the money back and is there a cut off?',
    [[/(6|six) weeks/]],
    [
      /(?<!not )(?<!n't )\b(1|one|3|three) months?/,
      /(?<!not )(?<!than )\b(28|30|thirty) days/,
      /(?<!not )(?<!than )\b(2|two|4|four) weeks/,
    ],
    ['Send it to Tor and Tide within 6 weeks', 'Ask the mediator for an expenses form'],
  ),

  answer(
    'social-care-section',
    LO,
    'the social care bit of his plan (section H) is basically empty, they just copied and pasted. i read you cant appeal that part to tribunal. so is there anything we can actually do',
    [[/mediation/, /disagreement resolution/], [/social care/]],
    [
      /(?<!not )(?<!n't )(there'?s |there is )?nothing (you|we) can do/,
      /(?<!not )(?<!n't )(?<!cannot )(you can|you could) appeal (the )?(social care|section h)/,
    ],
    [
      'you can still ask for mediation about them',
      'the health or social care provision in an EHC plan',
    ],
  ),

  answer(
    'school-only-24-october',
    LO,
    'appeal is just about the school they named, nothing else, so i know i dont need the certificate. the decision letter was dated 24 october. someone on facebook said christmas pushes the deadline into january, is that right?',
    [[/\b24(th)?\s+dec/, /dec(ember)?\s+24/]],
    [
      /(deadline|last day|it) (is|would be|becomes|will be|moves to|is pushed to|gets pushed to|is extended to) .{0,25}\b([2-9]|1[0-9])(st|nd|rd|th)? jan/,
      /(?<!not )(?<!n't )(yes|yeah)[,.]? (that'?s|that is|it is|it'?s) (right|correct|true)/,
    ],
    ['two months from the letter date is your deadline', 'falls between 25 December and 1 January'],
  ),

  answer(
    'safeguarding',
    YP,
    'if i tell the mediator stuff thats going on at home will they have to tell social services or the police',
    [[/safeguarding/, /\bsafe(ty)?\b/, /harm/]],
    [
      /(?<!not )(?<!n't )(never|won'?t ever|will never) (tell|share|pass)/,
      /(?<!not )(?<!n't )(always|automatically) (tell|report|pass)/,
    ],
    ["we may have to tell the council's safeguarding team", 'If we can, we will tell you first'],
  ),

  answer(
    'what-to-bring-dyslexia',
    YP,
    'wot shud i bring wiv me to the meetin? i carnt reed very gud so i dont no wot paypers',
    [
      [/\behc\b/, /plan/],
      [/letter/, /list/],
    ],
    [/(?<!not )(?<!n't )(passport|birth certificate|photo id|id card)/],
    ['the letter from the council about the decision', 'a list of what you want to change'],
  ),

  answer(
    'late-start-apprentice',
    YP,
    'i work 8 till 3 in a warehouse most days (apprenticeship). do the meetings all have to be in the morning',
    [
      [
        /\b4 ?pm/,
        /\b4(:|\.)00/,
        /16:00/,
        /four (o'?clock|pm|in the afternoon)/,
        /(as late as|up to|until) 4\b/,
      ],
    ],
    [/(?<!not )(?<!n't )\b(7|seven) ?pm/, /(?<!not )(?<!n't )(only|always) in the morning/],
    ['a meeting can start as late as 4pm', 'at college or at work during the day'],
  ),

  answer(
    'voicemail-callback',
    FAQ,
    'left a message on ur answerphone this morning, nobody got back to me yet. is it even working??',
    [[/next working day/, /following working day/, /end of the (next|following) (working )?day/]],
    [
      /(?<!not )(?<!n't )within (24|48) hours/,
      /(?<!not )(?<!than )\b(2|two|3|three) working days/,
      /(?<!n't )(?<!not )(call|ring|get back to|reply to|reply|respond to) (you )?(back )?(on )?(the )?same day/,
    ],
    ['By the end of the next working day', 'I left a voicemail'],
  ),

  answer(
    'lawyer-romanian',
    FAQ,
    'Bună ziua. Pot să vin la mediere cu un avocat? Consiliul o să aibă oamenii lor și mi-e teamă să fiu singură.',
    [
      [
        /\byes\b/,
        /\bda\b/,
        /(can|may) (bring|have|come with)/,
        /puteți (veni|aduce|să)/,
        /poți/,
        /you are allowed/,
      ],
      [/lawyer/, /solicitor/, /avocat/, /legal/],
    ],
    [
      /(lawyers?|solicitors?) (are not|aren'?t|is not|isn'?t|not) (allowed|permitted)/,
      /nu (puteți|poți|este permis|aveți voie)/,
      /(?<!n't )(?<!not )(need|needs|requires?) (the )?(council'?s|everyone'?s|their) (permission|agreement|consent)/,
    ],
    ['an advocate or a lawyer to support you', 'You can bring a friend, a relative'],
  ),

  answer(
    'referral-somali',
    FAQ,
    'Salaan. Sideen idiinkula soo xiriiri karaa si aan u codsado dhexdhexaadin (mediation)? Ma jiraa foom la buuxiyo?',
    [
      [/form/, /foom/],
      [/website/, /online/, /\bweb/, PHONE, /talk@torandtide/, /email/],
    ],
    [
      /(?<!not )(?<!n't )(only|must be) (through|via|by) (your |the )?(school|gp|social worker|council)/,
      /(?<!not )(?<!n't )(need|needs) a referral from/,
    ],
    ['fill in the referral form on our website', 'Phone us, email us'],
  ),

  answer(
    'written-agreement-online',
    FAQ,
    'we did our mediation on teams this afternoon and actually agreed stuff!! but we didnt sign anything. do we get it in writing or was it just talk',
    [[/48 hours/, /(2|two) days/, /forty[- ]eight hours/]],
    [/(?<!not )(?<!than )\b(5|five|3|three) working days/, /(?<!not )(?<!n't )(by|in the) post\b/],
    ['we email it to everyone within 48 hours', 'After a video or phone meeting'],
  ),

  decline(
    'autism-diagnosis',
    'how do i get my son assesed for autism, gp says the wait is ages. can the mediation service speed it up or push the nhs',
    [
      /\b\d+\s*(weeks|months|years)\b/,
      /(?<!not )(?<!n't )right to choose/,
      /(?<!not )(?<!n't )(yes|yep)[,.]? (we|the service|mediation|tor and tide) can (speed|push|hurry)/,
    ],
  ),

  decline(
    'phase-transfer',
    "my daughter (ehcp) goes up to secondary next september. by when does the council have to name the secondary school in her plan? worried they'll leave it really late",
    [
      /\b15(th)?\s+feb/,
      /feb(ruary)?\s+15/,
      /(?<!not )(?<!than )\b(2|two) weeks/,
      /\b(31(st)? march|1(st)? march)/,
    ],
  ),
];

// Fixed shuffle so files and declines are mixed through the set.
const ORDER = [...Array(45).keys(), 48, 51, 54, 45, 49, 52, 55, 58, 50, 53, 46, 56, 59, 47, 57];

export function buildQuestions() {
  if (new Set(ORDER).size !== QUESTIONS.length || ORDER.length !== QUESTIONS.length)
    throw new Error('ORDER must list every question once');
  return ORDER.map((i, n) => {
    const { key, ...q } = QUESTIONS[i];
    const id = `t18-${String(n + 1).padStart(2, '0')}`;
    const src = (r) => (r instanceof RegExp ? r.source : r);
    const out = { id, q: q.q, type: q.type };
    if (q.type === 'decline') out.answerable = false;
    else out.file = q.file;
    out.must = q.must.map((g) => g.map(src));
    out.must_not = q.must_not.map(src);
    out.cite = q.cite;
    return { key, ...out };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const qs = buildQuestions();
  writeFileSync(
    join(here, '..', 'questions.jsonl'),
    qs.map(({ key: _key, ...q }) => JSON.stringify(q)).join('\n') + '\n',
  );
  writeFileSync(
    join(here, 'keys.json'),
    JSON.stringify(Object.fromEntries(qs.map((q) => [q.id, q.key])), null, 1) + '\n',
  );
  console.log(`wrote ${qs.length} questions`);
}
