// Source of truth for questions.jsonl. Run `node check/build-questions.mjs` to rewrite it;
// check.mjs fails if the file on disk differs from what this module renders.
//
// Regexes are written as JS literals (so no double escaping) and stored as their .source.
// The scorer compiles `must` with the "i" flag and `must_not` with "im" (no "u" flag), so
// nothing here may rely on Unicode property escapes.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

export const PAGES = {
  L: 'coldwell-local-offer-send-mediation.html',
  W: 'northlight-information-for-families.html',
  M: 'ask-the-mediator.md',
};

const src = (r) => (r instanceof RegExp ? r.source : r);

// Tolerant phone regex: 0191 498 0637 with any spacing/dots/dashes, or +44 (0)191 ...
export const PHONE = /(?:\+44\s?\(?0?\)?\s?|\b0)191[\s.-]*498[\s.-]*0637/;

const MONTHS = { nov: '11', dec: '12', jan: '01' };
// A calendar date in the forms people write: 21 Dec, 21st of December, December 21, 21/12, 2026-12-21.
function date(d, mon, year) {
  const mm = MONTHS[mon];
  const dd = String(d).padStart(2, '0');
  return new RegExp(
    `\\b${d}(?:st|nd|rd|th)?(?: of)? ${mon}[a-z]*\\b|\\b${mon}[a-z]* ${d}(?:st|nd|rd|th)?\\b|\\b0?${d}[/.]${mm}(?:[/.](?:20)?${String(year).slice(2)})?\\b|${year}-${mm}-${dd}`,
  );
}

// "you don't need a certificate", in the ways people say it.
const NO_CERT =
  /(?:do(?:es)?n'?t|do not|does not|no) (?:need|have to)|without (?:a |the |any )?(?:mediation )?certificate|no (?:mediation )?certificate|not (?:required|needed)|isn'?t (?:needed|required)|no need/;
// the wrong opposite, not caught when negated
const NEED_CERT =
  /(?<!not )(?<!n't )(?<!no )(?:will |still |first )?need (?:a|the|to get a) (?:mediation )?certificate/;

const A = (page, q) => ({ type: 'answer', file: PAGES[page], ...q });
const D = (q) => ({ type: 'decline', answerable: false, must: [[PHONE]], cite: [], ...q });

// Order is the order of ids (t19-01 ...). L = council Local Offer page, W = Word document,
// M = "Ask the mediator" column, D = decline.
const QUESTIONS = [
  // 01 L: route for a child without a plan
  A('L', {
    q: 'hiya my daughter is yr 4, she has no EHCP just on the SEN register. school promised 1 to 1 TA every morning after the ed psych came in, now they say the budgets gone and its stopped. i cant afford a solicitor. is there anything u can do or do i need to get a plan first before anyone will listen x',
    must: [
      [/disagreement resolution/],
      [
        /(?:do(?:es)?n'?t|do not|does not|no) (?:need|have to (?:have|get)|require)|without (?:an? )?(?:ehc|plan)|with or without|plan or no plan|(?:no|not) (?:ehc ?)?plan (?:is )?(?:needed|required)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!no )need (?:to get )?(?:an? )?(?:ehc ?p?|education,? health and care) ?(?:plan )?(?:first|before)/,
      /(?<!not )(?<!n't )only (?:available|possible|for children) (?:with|who have) (?:an? )?(?:ehc|plan)/,
    ],
    cite: [
      'your child does not need to have',
      'Disagreement resolution is for disagreements about',
    ],
  }),
  // 02 W: evening phone line
  A('W', {
    q: 'I work in a warehouse 7 till 6 mon-fri and cant have my phone on the floor. by the time im home your lot are closed. is there any evening i can actually get thru to someone??',
    must: [[/tues/], [/7[.:]?30|half (?:past )?(?:7|seven)|seven[- ]thirty|19[.:]?30/]],
    must_not: [/saturday mornings?/, /\b(?:8|eight|9|nine) ?pm\b/],
    cite: ['Tuesday evening late line, 5pm to 7.30pm'],
  }),
  // 03 M: a 17-year-old deciding for themself
  A('M', {
    q: "im 17 left school in june now doing level 2 at college. council want to change my plan. my mum keeps saying shes gonna 'sort the mediation' and talk for me but tbh i want to do it myself?? am i even allowed or does it have to be her til im 18",
    must: [
      [
        /your (?:own )?(?:decision|choice|call)|(?:decisions?|it) (?:is|are) (?:yours|up to you)|up to you|in your own (?:name|right)|for yourself|yours to make/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!no )(?:have|need) to be 18\b/,
      /(?<!(?:n't|not|no need to) (?:have to |need to )?wait )until (?:you'?re|you are|you turn) 18/,
      /(?<!not )(?<!n't )(?:your )?(?:mum|mother|parent) (?:has|must|needs) to (?:decide|sign|agree|ask|do)/,
    ],
    cite: ['the decisions about mediation are yours to make'],
  }),
  // 04 D: exclusion (Sylheti in Latin script)
  D({
    q: 'amar fua ke school theke 5 din er lagi exclude kori dise, tar EHCP ase. ami kita kortam, appeal kora jaibo ni? kaare phone kortam?',
    must_not: [
      /governors?\b|governing (?:board|body)/,
      /independent review panel/,
      /\b(?:15|fifteen|45|forty-five) (?:school )?days/,
    ],
  }),
  // 05 L: SENCO asking whether school must attend disagreement resolution
  A('L', {
    q: "SENCO here (primary, Wearholme). a parent has requested a disagreement resolution meeting with school about his provision. My head is saying we're legally obliged to attend whatever happens. Is that right? we're happy to talk but want to know where we stand",
    must: [
      [
        /voluntary|(?:only|if) (?:goes ahead|happens|go ahead)?.{0,30}(?:everyone|all (?:parties|sides)) agree|not (?:legally )?(?:obliged|required|compelled)|(?:do(?:es)?n'?t|do not|does not) have to|cannot be (?:made|forced|compelled)|can'?t be (?:made|forced|compelled)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!never )(?<!no )(?<!nobody is )(?<!no one is )(?<!legally )(?:legally )?(?:obliged|required|compelled) to (?:attend|go|take part)/,
      /(?<!not )(?<!n't )(?:your head|the head|head ?teacher) is (?:right|correct)/,
      /(?<!not )(?<!n't )must (?:attend|take part|go)\b/,
    ],
    cite: ['Disagreement resolution is voluntary for all parties', 'cannot be made to attend'],
  }),
  // 06 W: how soon a voicemail is returned
  A('W', {
    q: 'Left a message on ur answer machine monday night about my sons plan, nobody has rung me back yet. how long does it normally take for someone to ring back?? getting stressed',
    must: [[/\b(?:2|two) working days/]],
    must_not: [
      /\b(?:24|48) ?(?:hours|hrs)/,
      /\b(?:3|three|5|five|10|ten|15|fifteen|20|twenty) working days/,
    ],
    cite: ['We will call you back within 2 working days'],
  }),
  // 07 L: adviser deadline from the letter date, landing on a Sunday (no roll-forward)
  A('L', {
    q: 'got a leter from the counsil dated 20 oct saying they wont do the asesment for my son. my freind said i have to ring a mediashun person first. wats the last day i can ring them? i get my leters late sumtimes the post is bad round here',
    must: [[date(20, 'dec', 2026)]],
    must_not: [
      date(21, 'dec', 2026),
      /(?<!not )(?<!n't )(?<!rather than )from (?:when|the day|the date) (?:you|it) (?:got|get|received|receive|arrived|arrives|came)/,
      /(?<!not )(?<!n't )\b(?:30|thirty) days/,
    ],
    cite: ['within 2 months of the date on the', 'This date is not moved if it falls'],
  }),
  // 08 M: grandparent with care of the child, no court order
  A('M', {
    q: "I'm Nan. My grandson (9) has lived with me since his mum passed last year, his dad's not on the scene much. We don't have any court order or special guardianship yet, the solicitor says it could take months. The plan names a school an hour away on 2 buses. Am I allowed to ask for the mediation or is it only his dad who can?",
    must: [
      [/care of|look(?:s|ing)? after|lives? with you|day[- ]to[- ]day/],
      [/\byes\b|can ask|you can|allowed|count(?:s)? as (?:a |his )?parent/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!no )(?<!without )(?<!before )(?:need|must have|requires?|have to (?:have|get)|will need) (?:a |the )?(?:court order|special guardianship|parental responsibility)/,
      /(?<!not )(?<!n't )only (?:his |the )?(?:dad|father|birth parents?|parents? with parental responsibility) (?:can|may)/,
    ],
    cite: ['a parent includes anyone who has care of the child'],
  }),
  // 09 L: ceasing a plan can be appealed
  A('L', {
    q: "Letter came saying they intend to 'cease to maintain' Jayden's EHCP because hes 'making good progress' at college. He's only doing well BECAUSE of the support!!! Is this something I can actually challenge or is that it, final?",
    must: [[/appeal|tribunal/], [/certificate|mediation/]],
    must_not: [
      /(?<!not )(?<!n't )(?<!never )(?:it'?s|it is|that'?s|that is|decision is) final/,
      /(?<!n't )(?<!not )(?:cannot|can'?t) (?:be )?(?:appeal|challeng)/,
    ],
    cite: ['decides to stop maintaining a plan'],
  }),
  // 10 W: text number for a parent with dyslexia
  A('W', {
    q: 'i have dislexia and bad anxiety, phone calls make me freeze and emails take me ages to rite. is there another way to contact yous',
    must: [[/text/], [/07700\s?900\s?218/]],
    must_not: [
      /whats ?app/,
      /(?<!not )(?<!n't )(?<!no )live ?chat/,
      /(?<!not )(?<!n't )(?:come|call) in(?:to)? (?:the|our) office/,
    ],
    cite: ['send a text message to 07700 900218'],
  }),
  // 11 D: school transport
  D({
    q: 'council have just told me my son isnt eligable for his taxi to school any more now hes 16 and in sixth form, even tho he has an EHCP and cant use buses. how do I appeal that?? he cant get there otherwise',
    must_not: [
      /(?<!not )(?<!n't )(?:two|2)[- ]stage/,
      /\b(?:20|twenty) working days/,
      /statutory walking distance/,
      /\b(?:2|3|two|three) miles\b/,
      /post-16 transport (?:policy|statement)/,
    ],
  }),
  // 12 L: school-only appeal: no certificate, no certificate extension, 23 Dec is a working day
  A('L', {
    q: 'Our sons final plan came with a letter dated 23 October. Section F is actually fine now, the ONLY thing we disagree with is the school they named (mainstream, we want Brackenfield specialist). Do I still have to do the mediation certificate bit before appealing, and whats the last date? worried the christmas holidays will mess it all up',
    must: [[date(23, 'dec', 2026)], [NO_CERT]],
    must_not: [
      /\b(?:4|4th|fourth)(?: of)? jan|jan(?:uary)? 4(?:th)?\b|2027-01-04|\b04\/01\/(?:20)?27/,
      NEED_CERT,
      /\b(?:2|2nd|5|5th)(?: of)? jan/,
    ],
    cite: [
      'only about the school or institution named',
      '2 months from the date of the decision letter',
    ],
  }),
  // 13 M: council cannot arrange mediation in time
  A('M', {
    q: "I told the council at the start of October we want mediation about Alfie's plan. its now December. every time i chase they say 'no-one available to attend'. it feels like they're running down the clock on purpose. can i still appeal or am i stuck waiting for them??",
    must: [
      [/certificate/],
      [
        /(?:treated|treats you|count(?:s|ed)?) as (?:if you (?:had|have) )?(?:having )?(?:taken part|mediated|been to|attended|done)|as if you (?:had|have) (?:taken part|mediated|been)|(?:can|could) (?:still )?(?:go ahead and )?(?:register |make |lodge |bring )?(?:your |an )?appeal/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!no )(?:have|need) to wait (?:until|for) (?:the council|them|mediation|it)/,
      /(?<!not )(?<!n't )can'?t appeal until/,
      /(?<!not )(?<!n't )(?:you are|you'?re) (?:stuck|trapped)/,
    ],
    cite: [
      'treats you as having taken part in mediation',
      'The adviser then issues your certificate',
    ],
  }),
  // 14 W: a SENCO referring a family
  A('W', {
    q: "Hi, I'm SENCO at Harbour Lane secondary. I've got a family who are really struggling with the LA over their daughter's plan, mum has low literacy and is overwhelmed. Can I refer them in to you myself, and is there anything I need to do first?",
    must: [[/permission|consent|agree|(?:ok|okay) with (?:it|this|that)/]],
    must_not: [
      /(?<!not )(?<!n't )only (?:the )?(?:family|parents?|mum) (?:can|themselves|may)/,
      /(?<!not )(?<!n't )(?<!no )(?:need|requires?|must (?:have|get)) (?:a )?(?:gp|doctor|professional|formal) (?:letter|referral)/,
      /(?<!not )(?<!n't )(?:cannot|can'?t) refer/,
    ],
    cite: ['can also refer you, but only with your permission'],
  }),
  // 15 L: adviser window missed: ask the Tribunal for permission
  A('L', {
    q: 'My mum was in hospital and i was looking after her so didnt open the post for ages. just found a council letter dated 15 September saying they wont issue an EHC plan after the assessment. is it too late now for the mediation certificate thing?',
    must: [[/permission/], [/tribunal/]],
    must_not: [
      /(?<!not )(?<!n't )(?<!no longer )still (?:have|got|in) time/,
      /(?<!not )(?<!n't )(?<!rather than )from (?:when|the day|the date) (?:you|it) (?:opened|got|received|read|found)/,
      /(?<!n't )(?<!not )(?<!cannot )(?<!can't )(?<!no longer )(?:can|will) (?:still )?(?:issue|send|give you) (?:you )?(?:a|the|your) certificate/,
    ],
    cite: ['ask the SEND Tribunal for permission to appeal'],
  }),
  // 16 D: EHC needs assessment timescales
  D({
    q: "we asked the council for an EHC needs assessment back in June and its been months of nothing, just 'its with the panel'. how long are they actually allowed to take for the whole assessment and plan?",
    must_not: [/\b(?:20|twenty|6|six|16|sixteen|14|fourteen|10|ten) weeks/],
  }),
  // 17 W: cost
  A('W', {
    q: 'were on universal credit and i cant afford a solicitor or anything. how much do you charge for the mediation and the certificate?',
    must: [
      [
        /\bfree\b|no (?:cost|charge)|(?:not|never|n't) (?:be )?(?:asked to |have to )?(?:pay|charged?)|costs? (?:you )?nothing|doesn'?t cost/,
      ],
    ],
    must_not: [
      /(?:costs?|charges?|fee (?:is|of)) (?:you )?(?:about |around )?£\s?\d/,
      /£\s?\d+(?:\.\d\d)? (?:per|an|a) (?:hour|session|meeting)/,
      /(?<!not )(?<!n't )(?<!no )(?:legal aid|means[- ]test)/,
      /(?<!not )(?<!n't )(?<!no )(?:sliding scale|reduced (?:fee|rate))/,
    ],
    cite: ['Our service is free for families'],
  }),
  // 18 M: parent disagrees with a 19-year-old
  A('M', {
    q: "My daughter's 19. At her annual review she told them she's 'fine' going to the college the council picked, but honestly she just says yes to make people happy and the place is wrong for her (no quiet space, huge site). I want to take it to mediation to stop it. Can I do that myself, I'm her dad?",
    must: [
      [
        /(?:her|your daughter'?s|the young person'?s) (?:own )?(?:decision|choice|call|view)|(?:she|your daughter) (?:decides|makes the decision|has to (?:ask|decide)|is the one)|not (?:yours|your decision)|on her behalf/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?:yes,? )?you (?:can|could) (?:ask for|request|start|apply for|bring|take it to) (?:your own )?mediation/,
      /(?<!not )(?<!n't )(?:your|the parent'?s) (?:view|decision|wishes) (?:counts|wins|takes priority|comes first)/,
    ],
    cite: ['mediation is her decision and not yours'],
  }),
  // 19 L: certificate moves the appeal deadline; lands on a Sunday
  A('L', {
    q: 'Council refused to assess, letter dated 1 October. I spoke to the mediation adviser, decided not to bother with mediation, and the certificate I got is dated 20 November. A woman on a facebook group says you get 30 days from the certificate. So when is my actual last day for getting the appeal in?',
    must: [[date(21, 'dec', 2026)]],
    must_not: [
      /(?<!not )(?<!n't )(?<!rather than )(?<!instead of )\b(?:30|thirty) (?:calendar )?days (?:from|after) (?:the|your) certificate/,
      /(?<!not )(?<!n't )\b(?:deadline|last day) (?:is|was) (?:tuesday,? )?1(?:st)?(?: of)? dec/,
    ],
    cite: [
      '1 month from the date on your mediation certificate',
      'it moves to the next working day',
    ],
  }),
  // 20 W: venue away from school
  A('W', {
    q: "Please tell me it won't be at my son's school. The head makes me cry every time I go in there and I can't think straight in that building. Where do these meetings actually happen?",
    must: [
      [
        /neutral|(?:not|never|n't) (?:be )?(?:held )?(?:at|in) (?:the |your |his )?(?:son'?s |child'?s )?school|community hub|lantern room|market hall/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!never )(?:usually|normally|always|often) (?:held )?(?:at|in) (?:the|your|his) (?:son'?s |child'?s )?school/,
      /(?<!not )(?<!n't )(?<!never )(?:held|take place) (?:at|in) (?:the )?council offices/,
    ],
    cite: ['We never hold meetings at your child', 'We meet in neutral places'],
  }),
  // 21 D: personal budget
  D({
    q: 'can i ask for a personal budget to pay for a tutor myself instead of the TA at school who honestly does nothing. my friend in another area gets direct payments for it',
    must_not: [
      /(?<!not )(?<!n't )direct payments? (?:can|are|is|could)\b/,
      /(?<!not )(?<!n't )(?<!no, )yes,? you can (?:ask|request|get|have)/,
    ],
  }),
  // 22 M: twins
  A('M', {
    q: "I have twin boys, both autistic, both plans came out the same day with the exact same rubbish in section F (no SALT hours written in). do I really have to go through mediation twice?? I'm exhausted",
    must: [
      [
        /(?:each|separate|own|two|2) (?:child|mediation|request|case|plan)s?|each (?:of them|twin|boy)/,
      ],
      [/same day/],
    ],
    must_not: [
      /(?<!not )(?<!n't )one (?:mediation|request|meeting) (?:for|covers?|can cover|will cover) (?:both|the two|them both)/,
      /(?<!not )(?<!n't )(?:joint|combined) (?:mediation|request)/,
    ],
    cite: ['Each child needs their own mediation request', 'hold both meetings on the same day'],
  }),
  // 23 L: disability discrimination claim
  A('L', {
    q: "School wouldnt let my autistic son go on the year 6 residential unless I went too, said they couldnt 'manage him'. Trip was 2 weeks ago. I want to take a disability discrimination claim. Do I need one of these mediation certificates first and how long have I got?",
    must: [[NO_CERT], [/\b(?:6|six) months/]],
    must_not: [
      /(?<!not )(?<!n't )(?<!no )(?<!instead of )(?<!rather than )(?:within |have )(?:2|two) months/,
      NEED_CERT,
      /(?<!not )(?<!n't )christmas (?:and|or) august (?:extensions?|rules?) (?:apply|applies|will apply)/,
    ],
    cite: [
      'need a certificate to make a disability discrimination claim',
      'its own deadline of 6 months',
    ],
  }),
  // 24 W: interpreter, child not to interpret (Lithuanian)
  A('W', {
    q: 'Laba diena. Mano anglų kalba silpna. Ar galiu atsivesti savo dukrą (14 metų), kad ji man verstų per mediacijos susitikimą? Ar reikės mokėti už vertėją?',
    must: [
      [/interpret|vertėj|vertej/],
      [/\bfree\b|nemokam|no (?:cost|charge)|(?:not|n't|never) (?:have to )?pay|nereik/],
      [
        /professional|profesional|(?:do not|don'?t|never|won'?t|will not|cannot|can'?t|should not|shouldn'?t) (?:ask|use|let|expect|have) (?:your )?(?:children|child|daughter|family)|nepra[sš]o/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!no, )(?:yes,? )?(?:she|your daughter) (?:can|may|could|is (?:welcome|allowed) to) (?:interpret|translate)/,
      /(?<!not )(?<!n't )(?:you|she) (?:will )?(?:have|need) to pay/,
      /£\s?\d/,
    ],
    cite: [
      'do not ask children or other family members to interpret',
      'Interpreters, including British Sign Language interpreters, are free',
    ],
  }),
  // 25 D: CAMHS waiting times
  D({
    q: "how long is the waiting list for CAMHS in Coldwell at the moment? my daughter was referred for an autism assessment in March and we've heard nothing",
    must_not: [/\b\d+\s?(?:weeks|months|years)\b/, /(?<!not )(?<!n't )18[- ]week/],
  }),
  // 26 L: appeal deadline in the Christmas window
  A('L', {
    q: 'letter dated 30 oct (they decided not to amend the plan after the review). the adviser called me, certificate came dated 27 Nov. someone said the tribunal gives you extra time over christmas?? whats my real deadline, were going to my sisters for christmas and i dont want to miss it',
    must: [
      [
        /\b4(?:th)?(?: of)? jan(?:uary)?|jan(?:uary)? 4(?:th)?\b|\b0?4[/.]0?1[/.](?:20)?27|2027-01-04/,
      ],
    ],
    must_not: [
      /\b(?:5|5th|fifth)(?: of)? jan/,
      /(?<!not )(?<!n't )(?<!no longer )(?:deadline|last day) is (?:wednesday,? )?30(?:th)?(?: of)? dec/,
      /(?<!not )(?<!n't )(?:deadline|last day) is (?:sunday,? )?27(?:th)?(?: of)? dec/,
    ],
    cite: ['moves to the first working day after 1 January'],
  }),
  // 27 W: bringing a solicitor as supporter
  A('W', {
    q: "My brother's a solicitor (conveyancing, not SEN lol) but he's good at keeping me calm and knows how to argue. Can he come into the mediation with me, or do I have to get the council to ok it first?",
    must: [
      [/\byes\b|can (?:bring|come)|may (?:bring|come)|welcome/],
      [
        /(?:do(?:es)?n'?t|do not|does not|no) need (?:anyone|anybody|the council|their|permission)|without (?:anyone'?s |the council'?s |asking )?(?:permission|agreement|ok|approval)|no permission/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?:lawyers?|solicitors?) (?:are|is) (?:not allowed|banned)|(?<!not )(?<!n't )no (?:lawyers|solicitors)/,
      /(?<!not )(?<!n't )(?<!no )(?<!without )need (?:the )?council'?s? (?:permission|agreement|ok|approval)/,
      /(?<!not )(?<!n't )everyone (?:has|needs|must) (?:to )?agree/,
    ],
    cite: ['You do not need anyone', 'an adviser from SENDIASS or a lawyer'],
  }),
  // 28 M: refund of private therapy in an agreement
  A('M', {
    q: "We've paid nearly £2k for private speech therapy over the last year because the council dragged their feet. Mediation is next month. Can we get them to agree to pay that back as part of the mediation agreement??",
    must: [
      [
        /(?:cannot|can'?t|not|won'?t|isn'?t|doesn'?t) (?:be )?(?:include|includ|cover|part|go in|something)|no (?:compensation|refund)|(?:compensation|refunds?) (?:is|are|can'?t|cannot)/,
      ],
      [/complain/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!cannot )(?<!can't )(?:yes,? )?(?:it|that|they|the council|a refund|compensation) can (?:be )?(?:includ|go in|agree to (?:pay|refund))/,
    ],
    cite: ['cannot include compensation or a refund of money'],
  }),
  // 29 L: 30 calendar days for mediation to take place
  A('L', {
    q: "I emailed the council on Wednesday 18 November to say we want mediation over section F. They've just come back offering a date at the end of January!! They reckon it's 30 working days anyway. Is that right? Feels like forever",
    must: [[/\b(?:30|thirty) (?:calendar )?days/], [date(18, 'dec', 2026)]],
    must_not: [
      /(?<!not )(?<!n't )(?<!rather than )(?<!instead of )\b(?:30|thirty) working days/,
      /(?<!not )(?<!n't )(?:january|jan|that) (?:is|would be|sounds) (?:fine|ok|okay|allowed|right)/,
    ],
    cite: [
      'These are calendar days, not working days',
      'must make sure the mediation takes place within 30 days',
    ],
  }),
  // 30 D: legal aid
  D({
    q: 'is there legal aid for tribunal? cant afford a barrister and the council will have their own legal person there',
    must_not: [
      /(?<!not )(?<!n't )legal help/,
      /(?<!not )(?<!n't )means[- ]tested/,
      /(?<!not )(?<!n't )(?<!whether )(?<!if )(?:you|you'?re|you are) (?:may be |might be |could be )?eligible/,
      /(?<!not )(?<!n't )(?:you|families) (?:can|may|could|might) get legal aid/,
    ],
  }),
  // 31 W: child's views when the child cannot attend
  A('W', {
    q: 'my son is 9, mostly non verbal, uses a few signs and his ipad. theres no way he could sit in a meeting with council people. will anyone actually find out what HE wants or is it all just adults talking about him?',
    must: [
      [
        /draw|voice (?:recording|note|message)|record|all about me|letter|meet (?:the mediator|them|beforehand|before)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?:he|your son|children|the child) (?:must|has to|have to|will have to|needs to) (?:attend|come|be there)/,
      /(?<!not )(?<!n't )only (?:parents|adults)/,
      /(?<!not )(?<!n't )(?<!no )(?:he|children) (?:can'?t|cannot) (?:be involved|take part|have a say)/,
    ],
    cite: [
      'take reasonable steps to find out what the child thinks',
      'fill in our All About Me sheet',
    ],
  }),
  // 32 M: certificate after mediation without agreement
  A('M', {
    q: 'we had mediation this morning, 3 hrs of going round in circles, council wouldnt budge on anything. no agreement. so what happens now, do we get the certificate thing and how long does that take?',
    must: [[/certificate/], [/\b(?:3|three) working days/]],
    must_not: [
      /(?<!not )(?<!n't )(?<!no need to )(?:have|need) to (?:do|go to|try|have) (?:mediation|it) again/,
      /\b(?:5|five|10|ten|2|two) working days/,
      /\b(?:30|thirty) days/,
    ],
    cite: ['certificate within 3 working days of the mediation ending'],
  }),
  // 33 L: council time limit after agreeing changes to section F
  A('L', {
    q: 'at mediation last wk the council finally agreed to put the OT and SALT hours in section F properly!! how long have they got to actually send us the new plan tho? last time it took them 8 months to do anything',
    must: [[/\b(?:5|five) weeks/]],
    must_not: [/(?<!not )(?<!n't )\b(?:2|two|11|eleven|14|fourteen|20|twenty) weeks/],
    cite: ['Changes to section B or section F', 'counted from the date of the mediation agreement'],
  }),
  // 34 D: preparing for the tribunal hearing
  D({
    q: 'tribunal hearing is in Feb. what do i actually need to bring and prepare? do i need witnesses, like his teacher or the ed psych? never done anything like this',
    must_not: [
      /\bbundle/,
      /witness statements?/,
      /(?<!not )(?<!n't )(?:bring|call|ask) (?:your |a |the )?(?:witness|teacher|ed psych|educational psychologist)/,
      /working document/,
    ],
  }),
  // 35 W: meeting length and breaks
  A('W', {
    q: "how long do these meetings go on for? I have ADHD and honestly can't sit still in a room for a whole day, I'll need to get up and walk about",
    must: [[/\b(?:3|three) hours/], [/break/]],
    must_not: [
      /(?<!not )(?<!n't )(?:usually|normally|typically|often) (?:lasts? |takes? )?(?:a |the )?(?:full|whole) day/,
      /\b(?:1|one|2|two|90 minutes|45 minutes)(?: hours?)? max/,
    ],
    cite: ['Most meetings take about three hours', 'short break at least once an hour'],
  }),
  // 36 M: recording the meeting (Arabic)
  A('M', {
    q: 'مرحبا، لغتي الإنجليزية ضعيفة. هل يمكنني تسجيل جلسة الوساطة على هاتفي حتى أسمعها مرة ثانية في البيت؟',
    must: [
      [
        /(?:not|n't|no)\b.{0,40}record|recordings? (?:is|are) not|not allowed|لا يمكن|ممنوع|غير مسموح|لا يُسمح|لا يسمح/,
      ],
      [/notes?|ملاحظات/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!no, )(?:yes,? )?you (?:can|may|could) record/,
      /(?<!not )(?<!n't )recording (?:is|would be) (?:fine|ok|okay|allowed)/,
      /نعم،? (?:يمكنك|يمكن) تسجيل/,
    ],
    cite: ['Recordings are not allowed at our meetings'],
  }),
  // 37 D: Ombudsman
  D({
    q: "council took 9 months to finish my sons plan (its supposed to be way quicker) and lost his paperwork twice. I've done their complaints process, nothing. can I go to the ombudsman and how long do I have?",
    must_not: [
      /local government (?:and social care )?ombudsman/,
      /\blgsco\b/,
      /\b(?:12|twelve) months/,
      /within (?:a|one) year/,
    ],
  }),
  // 38 L: school change agreed at mediation (Portuguese)
  A('L', {
    q: 'Olá. O meu filho tem um plano EHC. Na mediação da semana passada, a câmara aceitou mudar a escola indicada na secção I para a escola especial que queríamos. Quanto tempo têm para alterar o plano? Não quero esperar meses.',
    must: [[/\b(?:2|two|duas) (?:weeks|semanas)/]],
    must_not: [
      /\b(?:5|five|cinco|11|eleven|onze|14|fourteen|catorze|20|twenty|vinte) (?:weeks|semanas)/,
    ],
    cite: ['type of school, in section I only'],
  }),
  // 39 W: expenses: mileage and childcare
  A('W', {
    q: 'we live out past Blackthorn, its about 40 mile each way to the hub in Coldwell. id have to pay a childminder for my other 2 kids while were there. can we claim ANY of that back or is it just tough luck',
    must: [[/\b25 ?p\b|25 pence|£0?\.25/], [/5\.35/]],
    must_not: [
      /\b45 ?p\b|45 pence/,
      /(?<!not )(?<!n't )(?<!no, )(?:you )?(?:can'?t|cannot) claim/,
      /(?<!not )(?<!n't )tough luck/,
    ],
    cite: ['25p for each mile you drive', '£5.35 an hour for each child'],
  }),
  // 40 D: DLA
  D({
    q: "can I claim DLA for my 7 yr old, he's autistic and needs watching all the time, and does having an EHCP help with that",
    must_not: [
      /care component/,
      /mobility component/,
      /(?<!not )(?<!n't )(?:under|aged under) 16/,
      /£\s?\d/,
      /attendance allowance/,
    ],
  }),
  // 41 M: foster carer
  A('M', {
    q: "I've been fostering a 12 yr old girl since the summer. LA just reissued her EHCP after the review and honestly the support bit is so vague it's useless. Can I be the one to push for mediation or do I have to leave it to her SW?",
    must: [[/\byes\b|can ask|you can|able to|allowed/], [/social worker/]],
    must_not: [
      /(?<!not )(?<!n't )only (?:the |her )?(?:social worker|council|local authority|la) (?:can|may)/,
      /(?<!not )(?<!n't )(?:have|need) to leave it to/,
      /(?<!not )(?<!n't )foster carers? (?:can'?t|cannot|aren'?t allowed)/,
    ],
    cite: [
      'we always let her social worker know',
      'Foster carers have day-to-day care of the child',
    ],
  }),
  // 42 L: a quick certificate never shortens the time
  A('L', {
    q: 'adviser was really quick and my certificate is dated 29 october, the decision letter was 9 october. does that mean i only had a month from the certificate, so end of november? have i missed it?? please say no',
    must: [[date(9, 'dec', 2026)]],
    must_not: [
      /(?<!not )(?<!n't )(?:you'?ve|you have) missed/,
      /(?<!not )(?<!n't )(?<!no longer )too late/,
      /\b(?:29|30)(?:th)?(?: of)? nov\w* (?:was|is) (?:your|the) (?:last|deadline)/,
    ],
    cite: ['it never shortens the time you already had'],
  }),
  // 43 W: confidentiality and its limit
  A('W', {
    q: "things have got really bad at home, my son (14) lashed out and hurt his little sister last month. if I'm honest about that in mediation to explain why he needs more support, will it go to social services? scared they'll take the kids",
    must: [[/risk|harm|safe/], [/pass(?:ed)? (?:it )?on|share|tell|report/]],
    must_not: [
      /(?<!not )(?<!n't )(?:completely|totally|entirely|100%?) confidential/,
      /(?<!not )(?<!n't )(?:there are )?no (?:exceptions|limits)\b/,
      /(?<!not )(?<!n't )(?:will|would) (?:definitely|automatically|always) (?:be )?(?:reported|passed on|told)/,
    ],
    cite: ['at risk of serious harm, we must pass it on'],
  }),
  // 44 D: school admissions (no plan)
  D({
    q: "didn't get ANY of our 3 choices for secondary, got allocated a school 2 buses away. she has no EHCP but is on SEN support with dyslexia. how do i appeal the place?",
    must_not: [
      /admissions? appeals? panel/,
      /independent appeal panel/,
      /\b(?:20|twenty) school days/,
      /school admissions code/,
      /waiting list/,
    ],
  }),
  // 45 M: separated parents
  A('M', {
    q: 'me and my sons mum split last year and honestly its not good between us, we cant be in the same room without it kicking off. we both have PR and both disagree with the council about his plan. does that rule mediation out?',
    must: [[/separate rooms?|shuttle|different rooms?/]],
    must_not: [
      /(?<!not )(?<!n't )only one (?:of you|parent) (?:can|may)/,
      /(?<!not )(?<!n't )(?<!no )(?:must|have to|need to) (?:be )?(?:in the same room|together|attend together)/,
      /(?<!not )(?<!n't )(?:rules? (?:it )?out|can'?t go ahead)/,
    ],
    cite: ['Many separated parents use shuttle mediation'],
  }),
  // 46 L: health-only disagreement: who arranges
  A('L', {
    q: "Its only the NHS speech therapy part of my daughter's plan that's the problem, the school and council bits are fine. Who organises the mediation for that, the council or the NHS lot? I don't want to be passed between them",
    must: [[/integrated care board|\bICB\b|NHS (?:Coldwell|body|side)/]],
    must_not: [
      /(?<!not )(?<!n't )(?:the )?council (?:arranges|organises|will arrange|will organise|sets up)/,
      /(?<!not )(?<!n't )\bCCG\b|clinical commissioning group/,
    ],
    cite: ['only about health provision, the integrated care board arranges'],
  }),
  // 47 W: remote meeting for a young person
  A('W', {
    q: "I'm 22, I've got social anxiety and I literally cannot walk into a room full of council people. Does the meeting have to be face to face? I can barely leave the house some weeks",
    must: [
      [/video|teams|online|(?:tele)?phone/],
      [
        /(?:do(?:es)?n'?t|do not|does not|no) (?:have|need) to|at home|from home|instead|not (?:have to be )?(?:face to face|in person)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?:must|have to|has to|need to) (?:be )?(?:attend(?:ed)? )?(?:in person|face[- ]to[- ]face)/,
      /(?<!not )(?<!n't )(?:zoom|download (?:the )?(?:app|teams))/,
    ],
    cite: ['held by video call or by telephone instead'],
  }),
  // 48 D: reduced timetable
  D({
    q: "school have put my 11 yr old on a 'reduced timetable', 10 till 12 every day, for 6 weeks now 'while they get support in'. is that even legal?",
    must_not: [
      /(?<!(?:whether|if) (?:it|that|this)(?:'s| is| was| would be) )\b(?:illegal|unlawful)\b/,
      /(?<!not )(?<!n't )(?<!(?:whether|if) (?:it|that|this) )is legal/,
      /(?<!not )(?<!n't )(?:only|must) (?:be )?(?:a )?(?:temporary|short[- ]term)/,
      /(?<!not )(?<!n't )(?:the school|they) (?:must|have to|should) (?:get|have) your (?:agreement|consent)/,
    ],
  }),
  // 49 M: stopping a mediation part way
  A('M', {
    q: 'I get panic attacks. If I agree to mediation but halfway through it all gets too much and I walk out, does that mean I lose the certificate or it looks bad for me at tribunal?',
    must: [
      [/any ?time|at any point|whenever you (?:want|need|like)/],
      [
        /(?:still )?(?:get|receive|be sent) (?:your |the |a )?certificate|(?:not|n't|never) (?:count|be held|be used) against/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?:lose|forfeit) (?:your|the) (?:right|certificate)/,
      /(?<!not )(?<!n't )(?:will|would|could|might) (?:count|be held|look bad) against/,
    ],
    cite: ['You can end mediation at any time'],
  }),
  // 50 L: social care section: no appeal on its own, mediation instead
  A('L', {
    q: "The social care bit of his plan (the respite part, section H I think) just says 'to be reviewed' and nothing else. We were promised 2 overnight breaks a month. Can I appeal that to the tribunal? or what else can we do",
    must: [
      [/mediat/],
      [/(?:cannot|can'?t|not|n't) (?:be )?appeal|on (?:its|their) own|by itself|alone/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!cannot )(?:yes,? )?you can appeal (?:section h|the social care|social care|that|it) (?:on its own|by itself|straight|directly|to the)/,
      /(?<!not )(?<!n't )judicial review/,
    ],
    cite: [
      'social care sections of a plan cannot be appealed',
      'Mediation can cover the health and social care parts',
    ],
  }),
  // 51 W: moving the date
  A('W', {
    q: 'our mediation is booked for 10th dec but my daughters hospital appointment (been waiting 14 months for it!!) just came through for the same morning. what do i do, will we lose our mediation if we cancel?',
    must: [
      [/48 ?(?:hours|hrs)|two days|2 days/],
      [
        /(?:another|new|different|later) (?:date|day|time)|rearrang|re-?arrang|reschedul|move (?:it|the meeting)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?:lose|forfeit) (?:your|the) (?:place|mediation|slot|meeting)/,
      /(?<!not )(?<!n't )\b(?:5|five|7|seven) (?:working )?days'? notice/,
      /(?<!not )(?<!n't )(?:have|need) to start (?:again|over)/,
    ],
    cite: ['at least 48 hours before it starts', 'We will offer you a new date'],
  }),
  // 52 D: annual review overdue
  D({
    q: 'my sons annual review hasnt happened for 14 months now, school keep saying the LA havent booked it. isnt it supposed to happen every year? what can i do',
    must_not: [
      /(?<!not )(?<!n't )(?:every|within) 12 months/,
      /\b(?:4|four) weeks/,
      /\b(?:2|two) weeks/,
      /every (?:6|six) months/,
      /(?<!not )(?<!n't )must (?:be )?(?:reviewed|held) (?:at least )?(?:annually|once a year|every year)/,
    ],
  }),
  // 53 M: young person without mental capacity
  A('M', {
    q: "My son is 20, he has severe learning disabilities and no speech. He couldn't understand what mediation even is, let alone decide. The council keeps sending letters addressed to him. Can I do the mediation for him as his mum?",
    must: [[/capacity/]],
    must_not: [
      /(?<!not )(?<!n't )(?:he|your son) (?:has|have|needs?|must) to (?:do|decide|sign|agree|ask)(?: it)? (?:himself|for himself)/,
      /(?<!not )(?<!n't )only (?:he|your son|the young person) can/,
      /(?<!not )(?<!n't )(?:you )?(?:need|must (?:have|get)|will need) (?:a |to be his )?(?:deputy|deputyship|power of attorney|court of protection)/,
    ],
    cite: ['a parent can act for them'],
  }),
  // 54 W: complaint about the service
  A('W', {
    q: 'the mediator we had was honestly rude, kept cutting me off and it felt like she was on the councils side the whole time. who do I complain to? dont want to just moan on facebook',
    must: [[/service manager|complaints@northlight/]],
    must_not: [
      /(?<!not )(?<!n't )ombudsman/,
      /(?<!not )(?<!n't )(?:the )?(?:send )?tribunal/,
      /(?<!not )(?<!n't )(?:civil mediation council|college of mediators|family mediation council)/,
    ],
    cite: ['write to our Service Manager', 'full reply within 15 working days'],
  }),
  // 55 L: are the advisers council staff?
  A('L', {
    q: 'this mediation adviser person, are they just council staff in disguise? the council pays for it so why would i trust them to be on the level with me',
    must: [
      [
        /independent|not (?:employed|council staff|work(?:ing)? for)|(?:aren'?t|are not|isn'?t|is not) (?:employed|council|working)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?:they are|they'?re|are) (?:employed|council (?:staff|employees|officers))/,
      /(?<!not )(?<!n't )work(?:s)? for the council/,
    ],
    cite: ['not employed by any council, by the integrated care board'],
  }),
  // 56 M: partial agreement, appeal the rest
  A('M', {
    q: 'Mediation went ok-ish. They agreed to the extra 1:1 hours (section F) but flat refused the specialist school. Can I still take the school bit to tribunal or did agreeing to some of it mean I gave up my right to appeal??',
    must: [
      [
        /(?:can|could) (?:still )?(?:go ahead and )?appeal|still appeal|(?:can|could) (?:still )?(?:take|go)/,
      ],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?<!never )(?:gave|give|given) up (?:your|the) right/,
      /(?<!not )(?<!n't )(?:lose|lost|waive|waived) (?:your|the) right/,
    ],
    cite: ['still appeal about the parts you did not agree'],
  }),
  // 57 M: will the mediator predict the Tribunal
  A('M', {
    q: "I'm 23 and doing this on my own. When I get to mediation can the mediator just tell me straight if I'd win at tribunal or not? I don't want to waste months on an appeal I'm going to lose",
    must: [
      [/(?:not|n't|cannot|can'?t|won'?t) (?:be able to )?(?:tell|say|predict|give|advise|know)/],
      [/sendiass|\biass\b|information,? advice and support/],
    ],
    must_not: [
      /(?<!not )(?<!n't )(?:yes,? )?(?:the )?mediator (?:can|will|could) (?:tell|say|give you|advise)/,
      /(?<!not )(?<!n't )(?<!whether )(?<!if )(?:you'?d|you would|you will) (?:probably|likely|definitely|almost certainly) (?:win|lose)/,
    ],
    cite: ['cannot tell you how a Tribunal would decide', 'talk to your local SENDIASS'],
  }),
  // 58 D: elective home education
  D({
    q: 'seriously thinking of taking my daughter out to home educate, school is destroying her. if i deregister does she keep her EHCP and the funding?',
    must_not: [
      /(?<!not )(?<!n't )(?<!whether )(?<!if )(?<!she )(?:she )?(?:keeps?|retains?|loses?|will lose|would lose) (?:her|the) (?:ehc|plan|funding)/,
      /section 19/,
      /(?<!not )(?<!n't )(?:the )?(?:plan|ehcp) (?:stays|remains|continues|ends|stops|is ceased)/,
    ],
  }),
  // 59 D: Blue Badge
  D({
    q: 'can my daughter get a blue badge?? shes autistic and bolts in car parks, nearly got hit last week. where do i even apply',
    must_not: [
      /hidden disabilit/,
      /gov\.uk/,
      /(?<!not )(?<!n't )(?<!whether )(?<!if )(?:she|children|they) (?:can|will|would|should|may|could) (?:likely |probably )?(?:be eligible|qualify)/,
      /£\s?\d/,
    ],
  }),
  // 60 D: university
  D({
    q: "I'm 21 and starting uni next September, will my EHCP carry on at university and can it pay for my support there? or is there something else",
    must_not: [
      /disabled students'? allowances?|\bDSA\b/,
      /(?<!not )(?<!n't )(?:plan|ehcp|ehc plan) (?:ends|stops|ceases|will end|will stop|will cease|doesn'?t (?:continue|carry on|cover))/,
      /(?<!not )(?<!n't )(?:university|uni)s? (?:isn'?t|is not|are not|aren'?t) covered/,
    ],
  }),
];

export function questions() {
  return QUESTIONS.map((q, i) => {
    const id = `t19-${String(i + 1).padStart(2, '0')}`;
    const base = { id, q: q.q, type: q.type };
    if (q.type === 'answer') base.file = q.file;
    else base.answerable = false;
    return {
      ...base,
      must: q.must.map((g) => g.map(src)),
      must_not: (q.must_not ?? []).map(src),
      cite: q.cite ?? [],
    };
  });
}

export function render() {
  return (
    questions()
      .map((q) => JSON.stringify(q))
      .join('\n') + '\n'
  );
}

export const QUESTIONS_PATH = join(
  dirname(dirname(fileURLToPath(import.meta.url))),
  'questions.jsonl',
);

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(QUESTIONS_PATH, render());
  console.log(`wrote ${QUESTIONS_PATH} (${questions().length} questions)`);
}
