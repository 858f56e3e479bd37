// Source of questions.jsonl. Run: node check/build-questions.mjs  (from the set folder or anywhere)
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
const here = dirname(fileURLToPath(import.meta.url));

const H = 'mediation-and-disagreement-resolution.html';
const M = 'after-mediation.md';
const T = 'leaflet-your-meeting-your-way.txt';
const PHONE = String.raw`0115\W{0,3}496\W{0,3}0583`;
const NEG = "(?<!n't )(?<!not )(?<!no )"; // "don't need to X" / "not X" / "no X" must not trip a must_not

const A = (id, file, q, must, must_not, cite) => ({
  id: `t17-${id}`,
  q,
  type: 'answer',
  file,
  must,
  must_not,
  cite,
});
const D = (id, q, must_not) => ({
  id: `t17-${id}`,
  q,
  type: 'decline',
  answerable: false,
  must: [[PHONE]],
  must_not,
  cite: [],
});

const Q = [
  A(
    '01',
    H,
    'hiya my sons school reckons we should try this mediation thing with the council about his plan but money is really tight at the moment, i cant be paying out for solicitors or anything like that. cost?',
    [
      [
        'free',
        'no (cost|charge|fee)',
        "(doesn't|does not|won't|will not) cost",
        'nothing to pay',
        'not (be )?charged',
        'never .{0,20}bill',
        'costs? (you )?nothing',
      ],
    ],
    [
      String.raw`£\s?\d+ (an|per) (hour|session|meeting)`,
      "(there is|there's) a (small )?(fee|charge)",
    ],
    ['free for families and young people'],
  ),
  A(
    '02',
    H,
    "the letter says the service is paid for by the council so how is it independent?? feels like its just the council in disguise and they'll be on there side not ours",
    [
      ['charity', 'Larkmoor'],
      [
        "(not|n't) (employed|work)",
        "(don't|do not|doesn't|does not) work for",
        'independent',
        'none of',
      ],
    ],
    [
      `(?<!not )(?<!n't )part of the council`,
      `(?<!not )(?<!n't )run by (the )?(cranmere|wellsby|council)`,
    ],
    ['None of our mediators or mediation advisers', 'they do not run it'],
  ),
  A(
    '03',
    H,
    'I am nan to my grandson, he has lived with me full time since he was 4 as his mum isnt around. the council have just said no to changing his plan after the review meeting. am i allowed to do the mediation or does it have to be his mum that does it',
    [
      ['yes', 'you can', 'can use', 'able to', 'are allowed', 'entitled'],
      [
        'grandparent',
        'look(s|ing)? after',
        'day to day',
        'parental responsibility',
        'kinship',
        'carer',
      ],
    ],
    [
      'only (the )?(birth )?(parents?|mum|mother)',
      'has to be (his|the) (mum|mother)',
      'must be (his|the) (mum|mother|parent)',
    ],
    ['a grandparent raising a grandchild'],
  ),
  A(
    '04',
    H,
    'Council wrote saying they wont assess my daughter for an ehcp even tho her school and the ed psych are backing us. what do i actually do now, is it the meditation one or the other meeting thing you do',
    [['mediation'], ['adviser', 'information call', 'certificate']],
    ['disagreement resolution (is|would be) (the )?(right|better|best|correct|way)'],
    ['a refusal to carry out an EHC needs assessment', 'This is an appealable decision'],
  ),
  D(
    '05',
    'the council say my son (11, autistic, has ehcp) doesnt qualify for the taxi to his special school, its 9 miles away and i dont drive. how do i challenge there transport decision',
    [
      `${NEG}(?<!cannot )appeal (the |their )?transport (decision )?to the (SEND )?tribunal`,
      'statutory walking distance',
      '\\b(2|3|two|three) miles',
      'transport appeal panel',
      'stage (1|2|one|two) (review|appeal)',
    ],
  ),
  A(
    '06',
    H,
    'her ehcp says 15 hours 1:1 TA but school keep taking the TA off her to cover other classes so most days she gets nothing. senco just says its funding. i dont want a big tribunal fight i just want her to get the help its says she should get. which of your services is for this',
    [['disagreement resolution']],
    [
      `${NEG}(must|need to|have to) (get|obtain|have) a (mediation )?certificate`,
      'within (2|two) months of',
    ],
    ['support not being delivered', 'how the council, a school, a nursery'],
  ),
  A(
    '07',
    H,
    'the only bit of the plan were not happy with is the health section, the NHS OT got cut down to a review once a year. can we take that to tribunal on its own or whats our options',
    [
      [
        "(can ?not|can't|cannot|not able to|unable to|isn't possible to|is not possible to) (be )?appeal",
        'not appealable',
        "(can't|cannot|can ?not) (go|take (it|that|this)) to (the )?tribunal",
        'no right (of|to) appeal',
        'not .{0,30}on (their|its) own',
      ],
      ['mediation'],
      ['ICB', 'integrated care board', 'NHS', 'health (service|body)'],
    ],
    [`${NEG}you can appeal (the )?health`],
    ['cannot be appealed to the Tribunal on their own', 'the ICB arranges the mediation'],
  ),
  A(
    '08',
    H,
    "school wont let my boy go on the residential or the leavers party becuase of his autism, they say its a 'risk'. my friend says thats disability discrimination. do i need to get that mediation certificate first before i can do anything",
    [
      [
        "(no|not|n't) need",
        'not (required|needed)',
        'no certificate',
        'without (a|the|any) (mediation )?certificate',
        'straight to',
      ],
      ['discriminat'],
    ],
    [
      `${NEG}need (a|the) (mediation )?certificate (first|before)`,
      `${NEG}must (first )?(contact|speak to|ring|call) a mediation adviser`,
    ],
    ['does not need a mediation certificate'],
  ),
  D(
    '09',
    'my son got sent home for 5 days, school say its behaviour but its his adhd and they know that. how do i get the suspension taken off his record',
    ['governors?', 'independent review panel', '(15|fifteen) (school )?days', 'governing board'],
  ),
  A(
    '10',
    H,
    'were happy with everything in the plan apart from they named the wrong school in section I, we want the special school. do we still have to phone the mediation adviser before we appeal or can we skip that bit',
    [
      [
        "(no|not|n't) (need|have to)",
        'not required',
        'no certificate',
        'without (a|the) certificate',
        'skip',
        'exception',
      ],
    ],
    [
      `${NEG}(must|have to|need to) (first )?(contact|phone|ring|call|speak to) (a|the) mediation adviser`,
    ],
    ['only about the school or college named'],
  ),
  A(
    '11',
    H,
    'got a letter saying they wont amend the plan after her annual review. how long have i got to ring the adviser? the letter sat in the post over a week before we recieved it so does the time start from when we got it',
    [
      ['2 months', 'two months'],
      [
        'date .{0,40}(on|of) (the|your|their) (decision )?(letter|decision)',
        "letter'?s? date",
        'dated',
        'written',
        "(not|n't) .{0,40}(arriv|receiv|land|got it|get it|post|deliver)",
      ],
    ],
    ['2 months from (when|the day) (you|it) (received|got|arrived)', '30 days'],
    ['the date it was written, not the day it arrived'],
  ),
  A(
    '12',
    H,
    'certificate - how long does it take to come if we decide we dont want mediation. scared of running out of time for the tribunel',
    [['3 working days', 'three working days']],
    ['\\b(3|three) calendar days', 'within (a|one|1) week', '(5|five|10|ten) working days'],
    ['within 3 working days of you telling us'],
  ),
  D(
    '13',
    'can i claim DLA or carers allowance for my daughter now shes got an ehcp? money is so tight',
    [
      String.raw`£\s?\d+(\.\d\d)?\s*(a|per) week`,
      'you (will|should|would) (qualify|be entitled|get)',
      '35 hours',
      '(yes|you can) claim (DLA|carer)',
    ],
  ),
  A(
    '14',
    H,
    'ok so we said yes to the mediation last week. how long can the council drag it out before the meeting actually has to happen, they are so slow with everything',
    [['30 days', 'thirty days', '30 calendar days', 'thirty calendar days']],
    ['30 working days', '(6|six) weeks'],
    ['Within 30 days of the council being told'],
  ),
  A(
    '15',
    H,
    'i work shifts and have to put holiday requests in ages ahead. how much warning will we get of the meeting day',
    [['5 working days', 'five working days']],
    ['48 hours', "(2|two) weeks'? (notice|warning)"],
    ['At least 5 working days before the meeting'],
  ),
  A(
    '16',
    H,
    'council have now told us they cant fit a mediation in for about 2 months because of staff sickness. do i just have to sit and wait and miss the tribunal deadline??',
    [['certificate'], ['3 working days', 'three working days']],
    [
      `${NEG}(have|need) to wait (for|until) (them|the council|the mediation)`,
      '(appeal|deadline) (is|will be) (paused|frozen)',
    ],
    [
      'treated as having taken part in mediation',
      'Council cannot arrange mediation within 30 days',
    ],
  ),
  D(
    '17',
    'the waiting list for an autism assessment round here is 2 years. can you lot speed it up or get us seen somewhere quicker',
    ['right to choose', '(18|eighteen) weeks', '(yes|we can) (speed|help speed|get you seen)'],
  ),
  A(
    '18',
    M,
    'mediation didnt work, the certificate came through today. how long now to get the appeal in? someone in a facebook group said you only get 30 days after the certificate',
    [['(1|one|a) (calendar )?month'], ['later', 'whichever', '2 months', 'two months']],
    [
      `(?<!not )(?<!n't )\\b30 days (from|after) (the|your) certificate`,
      'you (only )?(have|get) 30 days',
    ],
    [
      '1 month from the date on your mediation certificate',
      'one calendar month from the certificate, not 30 days',
    ],
  ),
  A(
    '19',
    M,
    'if my deadline for the appeal ends up being in the summer holidays in august do i lose it or do they give extra time',
    [
      ['(first|next) working day'],
      ['31 August', '31st August', 'end of August', 'after August', 'September'],
    ],
    ['no extra time', `${NEG}you (would )?lose it`],
    ['If the last day falls in August'],
  ),
  A(
    '20',
    M,
    'for a disability discrimination claim against the academy how long have i got. and does the august / christmas extra time thing apply to that too',
    [
      ['6 months', 'six months'],
      [
        "(does not|doesn't|do not|don't|won't|will not|not) apply",
        'no (extra|extension)',
        'not extended',
      ],
    ],
    [
      '(?<!not )(extension|extra time|rule)s? (also |still )?((does|do|will) )?appl(y|ies) to (disability|discrimination|it|that|these|them|this)',
    ],
    ['do not apply to disability discrimination claims'],
  ),
  D('21', 'can i get legal aid for a solicitor for the tribunal? im on universal credit', [
    '(you )?(are|will be|should be|would be) eligible',
    'legal help scheme',
    'means[- ]test',
    '(yes|you can|you could|you should be able to) get legal aid',
  ]),
  A(
    '22',
    M,
    'at mediation the LA finally agreed to put weekly speech and language therapy into section F!! how long have they got to actually change the plan, dont want them to just forget',
    [['5 weeks', 'five weeks']],
    ['within (11|eleven|14|fourteen) weeks'],
    ['it must do so within 5 weeks'],
  ),
  A(
    '23',
    M,
    'they agreed at mediation to do the needs assessment after all. whats the timescale from here, when will we find out if he gets a plan',
    [
      ['2 weeks', 'two weeks'],
      ['14 weeks', 'fourteen weeks', '10 weeks', 'ten weeks'],
    ],
    ['20 weeks', '(6|six) weeks'],
    ['must tell you within 2 weeks that it will assess'],
  ),
  A(
    '24',
    H,
    'foster carer here, had the girl 3 yrs, shes 12 with an ehcp. the LA have written to say theyre ceasing her plan. am i allowed to ask for the mediation or does it have to come from her social worker',
    [['yes', 'you can', 'can (ask|use|contact|request)', 'able to', 'are allowed'], ['foster']],
    ['only (the |her )?social worker', "foster carers? (can ?not|can't|cannot|aren't|are not)"],
    ['a special guardian or a foster carer'],
  ),
  D(
    '25',
    'what do i put in the reasons for appealing bit on the tribunal form, how much detail do they want',
    [
      '(you )?should (write|put|include|explain|list)',
      'bullet points?',
      'SEND ?35 (form )?(asks|has|section)',
      `${NEG}(write|put|include|list) (each|every|the) (reason|section)`,
    ],
  ),
  A(
    '26',
    M,
    'at the meeting social care agreed to some extra respite hours, its in the social care bit of the plan not the education part. how long have they got to sort it',
    [['2 weeks', 'two weeks']],
    ['within (5|five) weeks', 'within (1|one|a) week'],
    ['within 2 weeks of the agreement'],
  ),
  A(
    '27',
    M,
    'the council said theyd need 8 weeks to redo the plan and we all put that in the agreement we signed. is that even allowed?? i read somewhere its meant to be 5 weeks',
    [
      ['yes', 'allowed', 'can', 'valid', 'fine', 'ok'],
      ['in writing', 'written', 'writing'],
    ],
    [
      "(that's|that is|it's|it is) not allowed",
      "isn't allowed",
      'must still (be|do it in|do it within) (5|five) weeks',
    ],
    ['agreed a different timescale in writing'],
  ),
  A(
    '28',
    H,
    'we disagree with section F and also the physio bit in the health section. do we have to do two seperate mediations, one with the council and another with the nhs?',
    [
      ['\\bone\\b', 'single', 'same', 'together', 'joint'],
      ['council'],
      ['ICB', 'integrated care board', 'health', 'NHS'],
    ],
    [
      '(two|2) (separate )?mediations (are|will be) needed',
      `${NEG}need (two|2) (separate )?mediations`,
    ],
    ['the council arranges it and the ICB takes part'],
  ),
  D(
    '29',
    'once the appeal goes in how long is it till the actual hearing? weeks or months? need to plan round his exams',
    [
      '\\b(10|12|20|22|thirty|twenty) weeks',
      'hearing (is|will be) (usually )?(held|listed) (within|about|around)',
      '(?<!not )within (30 days|(1|one) month)',
    ],
  ),
  A(
    '30',
    M,
    'our mediation was only about physio with the health people (ICB) and we agreed some things. does the council even know about it? who tells them so the plan actually gets changed',
    [
      ['ICB', 'integrated care board', 'health'],
      ['(1|one) week', 'a week'],
    ],
    [],
    ['must tell the council within 1 week'],
  ),
  A(
    '31',
    M,
    'its been ages since the mediation and the council still havent changed the plan like they promised. can you lot make them do it',
    [
      [
        "(can ?not|can't|cannot|unable to|not able to|no power to|don't have the power to) (make|force|enforce)",
        "(isn't|is not|aren't|are not) able to (make|force|enforce)",
      ],
      ['SENDIASS', 'complain', 'caseworker', 'write'],
    ],
    ["(?<!n't )(?<!not )we (will|can) (make|force) (them|the council)"],
    ['We cannot make the council carry out'],
  ),
  A(
    '32',
    M,
    'the mediator was really rude to me and kept talking over me when i was upset. who do i complain to and how long till i hear back',
    [
      ['Service Manager', 'complaints@'],
      ['15 working days', 'fifteen working days'],
    ],
    [],
    ['full reply within 15 working days'],
  ),
  D(
    '33',
    'which is the best secondary in wellsby for a kid with dyslexia, the academy on the ring road or the catholic one? both have offered us a visit',
    [
      '(the )?best (school |option |choice )?(is|would be)',
      '(would be|is) (the )?(best|better) (choice|option|school|fit)',
      'I (would )?(recommend|suggest) (the|you)',
      '(academy|catholic)[^.]{0,40}(better|best) (choice|option|for)',
    ],
  ),
  A(
    '34',
    M,
    'how long do you hang on to my details? i told the adviser alot of private stuff about my sons mental health and i dont like the idea of it sat on a file forever',
    [['3 years', 'three years']],
    ['\\b(7|seven|10|ten) years'],
    ['kept for 3 years after your case closes'],
  ),
  A(
    '35',
    T,
    'if i lose my temper in the meeting and say stuff about the school will that get passed to the tribunal and used against me later',
    [
      ['confidential'],
      [
        "(not|n't|never) (be )?(give|given|pass|passed|share|shared|send|sent|used|tell|told)",
        'no notes',
        'nothing .{0,40}(passed|shared|given|used|told|sent)',
        'stays? (in the room|private)',
      ],
    ],
    [
      '(it|that|this|what you say|everything you say|everything) (will|would|could|can|might) be (used|passed|shared) (against you|to the tribunal)',
    ],
    ['We will not give the Tribunal any notes'],
  ),
  A(
    '36',
    T,
    'me and my ex both have PR and were both going to the mediation. if stuff comes up about whats been going on at home would the mediator have to report it to social services',
    [
      [
        "(not|n't) (always|everything|completely|absolutely)",
        'limit',
        'except',
        'unless',
        'safeguard',
        'serious harm',
        'at risk',
      ],
      ['share', 'tell', 'pass', 'report', 'contact'],
    ],
    [
      "(?<!not )(?<!n't )(everything|it) (is|stays|will stay) (completely|totally|always|100%|strictly) confidential",
    ],
    ['at risk of serious harm'],
  ),
  D(
    '37',
    'when we go to the actual tribunal hearing can we claim our petrol and time off back like you do for the mediation',
    [
      'the tribunal (will|does|should|would) (pay|reimburse|refund|cover)',
      '(yes|you can)[,.]? (you can )?claim (your )?(petrol|travel|mileage|expenses|it) (back )?(for|from) the (tribunal|hearing)',
    ],
  ),
  A(
    '38',
    T,
    'can i record the meeting on my phone? since my stroke i forget things really fast and i wont remember what was said after',
    [
      ["(not|n't) (be )?(record|allowed)", 'no recording'],
      ['supporter', 'notes', 'written', 'copy'],
    ],
    ['(yes|you can) record', "(?<!not )(?<!n't )recording (is|are) (fine|allowed|ok)"],
    ['Meetings are not recorded'],
  ),
  A(
    '39',
    T,
    'hello. my english not good. i am from romania. i can have translator in the meeting? i must pay for this?',
    [
      ['interpret', 'translat'],
      ['free', 'no cost', "(not|n't) (have to )?pay", 'no charge', 'gratuit'],
    ],
    [`${NEG}(must|have to|need to) pay (for )?(the |an? )?(interpret|translat)`],
    ['professional interpreter for any language'],
  ),
  A(
    '40',
    T,
    'Dzień dobry. Czy ta ulotka jest po polsku? my english very bad sorry. my son have EHCP',
    [
      ['Polish', 'polsk'],
      ['yes', 'tak', 'available', 'dostępn'],
    ],
    [],
    ['leaflet is available in Polish, Urdu'],
  ),
  D(
    '41',
    'me and my ex cant agree who has the kids at christmas and its doing my head in. do you do that sort of mediation as well',
    [
      "^(yes\\b|(we|millbeck) can(?!'t|not)\\b)",
      'MIAM',
      'family mediation council',
      `${NEG}(?<!cannot )(can|could) help (you )?(agree|with (the )?(contact|christmas|child arrangements))`,
    ],
  ),
  A(
    '42',
    T,
    'my husband is deaf and signs (BSL), he wants to be there as well. do we have to find and pay for our own interpreter',
    [
      ['BSL', 'British Sign Language', 'sign language'],
      [
        '(we|they|millbeck) (can |will )?(book|arrange)',
        'free',
        'no cost',
        "(n't|not) (have to|need to) (pay|find)",
      ],
    ],
    [`${NEG}(have to|need to|must) (find|bring|pay for) your own`],
    ['BSL/English interpreters at no cost to you'],
  ),
  A(
    '43',
    T,
    'my daughter is in a wheelchair and will be coming too. can she get in the building ok?? and is there parking by the door',
    [
      ['step[- ]free', 'level access', 'accessible', 'wheelchair'],
      ['parking', 'blue badge', 'car park'],
    ],
    [],
    ['step-free access and an accessible toilet'],
  ),
  A(
    '44',
    T,
    'i live out in the villages, no car and three kids under 6. is there any way to do it without coming in to town',
    [['video', 'online', 'phone']],
    [`${NEG}(must|have to) (come|attend) in person`],
    ['you can join by video link from home'],
  ),
  D(
    '45',
    'how much money do you get in a personal budget with an ehcp and how do i get a direct payment to pay for his private therapy',
    [
      String.raw`£\s?\d`,
      "(you are|you're) entitled",
      'direct payments? (are|is) (paid|made) (monthly|weekly)',
    ],
  ),
  A(
    '46',
    H,
    'how long does the meeting go on for? need to sort a babysitter and tell work',
    [['3 hours', 'three hours', 'half a day', 'half-day']],
    ['all day', 'full day', '\\b(1|one) hour\\b'],
    ['usually last up to 3 hours'],
  ),
  A(
    '47',
    H,
    'im 19 and at college with an EHCP. the council want to stop my plan cos they say i dont need it anymore. i want to sort this out myself, my mum doesnt know and i dont really want her involved. can i',
    [
      ['yes', 'you can', 'in your own right', 'yourself', 'your own'],
      [
        '(your|own) choice',
        "(don't|do not|not) have to",
        'up to you',
        'without (your )?(mum|parent)',
        'decide',
      ],
    ],
    [
      "(need|needs|must have|requires?) (your )?(mum|parent)'?s? (permission|consent|agreement)",
      "(?<!n't )(?<!not )parents? must",
    ],
    [
      'you can use the service in your own right',
      'it is your choice whether your parents are involved',
    ],
  ),
  A(
    '48',
    T,
    'can i bring my sister for moral support, shes actually a solicitor. will the council kick off about that or need to ok it first',
    [
      ['yes', 'can'],
      ["(n't|not|no) need", 'without .{0,30}(agreement|permission|consent)'],
    ],
    [
      `${NEG}need (the council'?s?|their) (agreement|permission|consent)`,
      'lawyers? (are|is) not allowed',
      "(can ?not|can't) bring a (lawyer|solicitor)",
    ],
    ["need the council's agreement to bring your supporter"],
  ),
  D(
    '49',
    'thinking of taking my daughter out of school to home educate her. does she keep her EHCP if i do or will the council stop it',
    [
      '(she|it|the plan|her plan|the ehcp|her ehcp) (will|would) (stay|continue|be kept|be ceased|stop|end)',
      '(yes|she) (will|would) (keep|lose)',
      `${NEG}(will|would) (keep|lose) (it|her plan|the plan|her ehcp)`,
    ],
  ),
  A(
    '50',
    H,
    'its about 40 mins drive for us to hobbs cross and petrol costs a fortune. do we get anything back for that',
    [['25 ?p\\b', '25 pence', '0\\.25'], ['mile']],
    ['(45|40|30) ?p (a|per) mile', 'no (travel )?expenses'],
    ['25p a mile if you drive'],
  ),
  A(
    '51',
    H,
    'single dad here with 2 little ones, nobody to have them. is there a creche there or can i at least get childminder costs paid',
    [['cr[eè]che'], [String.raw`5\.35`]],
    ["(there is|there's) a cr[eè]che", '(we|they) (run|provide|have|offer) a cr[eè]che'],
    ['£5.35 an hour per child', 'We do not run a creche at either venue'],
  ),
  A(
    '52',
    H,
    'my sons hospital appointment has just come through and its the same day as the mediation. can we change it and how much notice do you need',
    [['2 working days', 'two working days']],
    ['(24|48) hours'],
    ['at least 2 working days before'],
  ),
  D(
    '53',
    'we asked the council for an EHC needs assessment 4 months ago and not heard a thing. isnt there a time limit for them to even decide?',
    [
      '20 weeks',
      '\\b(6|six) weeks',
      '(14|fourteen|16|sixteen) weeks',
      "(?<!not )(?<!n't )within (2|two) weeks",
    ],
  ),
  A(
    '54',
    H,
    'i work 8 til 6 every weekday so i can never ring in office hours. is there any time i can actually get through to someone',
    [['Tuesday'], ['7 ?pm', '7 ?p\\.m', '7[.:]00 ?pm', '19:00', "7 o'?clock", 'seven']],
    [],
    ['On Tuesdays we stay open until 7pm'],
  ),
  A(
    '55',
    H,
    'the letter is dated near the end of october so my 2 months run out round christmas. are you even open then',
    [
      ['25 December', '25th December', 'Christmas Day', '25 Dec'],
      [
        '(keep|still|continue to) (running|run)',
        'still (apply|count)',
        "(don't|do not|doesn't|does not|won't|will not) (stop|pause)",
        'early',
        'before',
      ],
    ],
    ["(?<!not )(?<!n't )(deadline|time limit)s? (is|are|will be) (paused|extended|moved)"],
    ['Time limits keep running while we are closed'],
  ),
  A(
    '56',
    T,
    'we live in wellsby. is there anyone free who can help me get ready for the meeting and maybe come with me? cant afford a solicitor',
    [['SENDIASS', 'Information,? Advice and Support'], [String.raw`0115\W{0,3}496\W{0,3}0874`]],
    [],
    ['Wellsby SENDIASS: phone 0115 496 0874'],
  ),
  D(
    '57',
    'we didnt get our first choice primary for our son (no ehcp, he is just a bit behind). the admission appeal is next month. can mediation help us win it',
    [
      "^(yes\\b|(we|millbeck) can(?!'t|not)\\b)",
      'independent appeal panel',
      'admissions? code',
      `${NEG}disagreement resolution (can|could|would|will) help (you )?(with|win)`,
    ],
  ),
  A(
    '58',
    H,
    'i only just found out about mediation and its been over 3 months since the decision letter. am i too late for everything now?',
    [
      [
        "(can ?not|can't|cannot|unable to|not able to|won't be able to|not allowed to) (issue|give|get|send)",
        'no certificate',
        'too late (for|to get) a certificate',
        'no longer (issue|get|give)',
      ],
      ['permission'],
    ],
    ["(you are|you're) (still )?in time"],
    ['ask the Tribunal for permission to appeal without'],
  ),
  A(
    '59',
    H,
    'my son is 9 and non verbal, hes not coming to any meeting its too much for him. but will anyone even find out what he wants',
    [
      ['views', 'what (he|your (child|son)|they) (thinks|think|wants|want|feels|feel)'],
      ['draw', 'video', 'written', 'meet', 'picture'],
    ],
    [],
    ['take reasonable steps to find out what your child thinks'],
  ),
  D(
    '60',
    'my boss is being awkward about me taking time off for the mediation. do they have to let me go',
    [
      '(employer|boss|they) (must|has to|have to|is required to|is legally required to) (give|let|allow)',
      'statutory (right|leave)',
      'time off for dependants',
      '(yes|legally),? (they|your (boss|employer)) (have to|must)',
    ],
  ),
];

writeFileSync(
  join(here, '..', 'questions.jsonl'),
  Q.map((q) => JSON.stringify(q)).join('\n') + '\n',
);
console.log(`wrote ${Q.length} questions`);
