// The "twentyfifth" question set as JS literals. Regexes are regex literals (or built by the
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

const RS = 'routes-certificates-and-time-limits.txt'; // reStructuredText source (Sphinx)
const CF = 'family-handbook-getting-in-touch.html'; // Confluence HTML export
const PD = 'your-meeting-guide-word-export.md'; // Word document converted to Markdown by pandoc

// the service's phone number, however it is spaced or prefixed
const PHONE = /117\)?[\s.-]?496[\s.-]?0583/;
// "not" before a phrase, so a must_not only catches the phrase said as advice
const N = "(?<!not )(?<!n't )(?<!never )";
const nn = (s) => new RegExp(N + s);
// the same, but a negation anywhere earlier in the sentence (up to 40 characters) also excuses it
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
    id: 't25-01',
    file: RS,
    q: "alright my lover. the council stuck your number at the end of their letter, so are you really just them by another name? my other half reckons they pay you so you'll side with them whatever we say",
    must: [
      [
        /independent/,
        /(can't|cannot|can not) tell (an |the |us |our )?(adviser|mediator|us)/,
        /not (part of|run by) (the|either|any) council/,
        /(employed by tidemark|by nobody else|not employed by (the|any) council|no(body| one) employed by)/,
        /buys our time/,
      ],
    ],
    must_not: [
      nn(
        "(yes|yeah),? (we are|we're|it is|it's|tidemark is|they are|they're) (part of |run by )?(the )?council",
      ),
      nn(
        "(tidemark|the service|it) (is|'s) (run by|managed by|part of) (the |severnhythe |north lydmoor )[^.]{0,30}council",
      ),
      nn('(we|they|tidemark) (will|would|do) (side|take sides|back) (with )?(the council|them)'),
    ],
    cite: ['That money buys our time, not our opinions', 'employed by Tidemark and by nobody else'],
  },
  {
    id: 't25-02',
    file: CF,
    q: "i do lates at the cider works mon to fri and never finish before 6. where's your office to, and is there any time at all i can actually get a person on the phone? weekends even",
    must: [
      [/saturday/],
      [/(first|1st) and (third|3rd)/],
      [/10 ?(am)?\s*(to|-|–|until|till)\s*1 ?(pm)?\b/, /10 ?am/],
    ],
    must_not: [
      nn('(open|lines?|phones?) (on )?(every|all) saturdays?'),
      nn('open (on )?sundays?'),
      nn("(we have|there is|there's) an? (evening|late|night)"),
      /\b(6\.30|7\.30|8) ?pm\b/,
    ],
    cite: [
      'First and third Saturday of each month',
      'a Saturday morning line for parents who work all week',
    ],
  },
  {
    id: 't25-03',
    file: PD,
    q: "council phoned monday dinner time to say mediation is this thursday at lydmoor library. nothing in writing, and we'm both working. i was fuming. are they allowed to land it on us like that?",
    must: [
      [/(five|5) working days/],
      [
        /(agree|say yes|accept|choose)[^.]{0,50}(shorter|less)/,
        /(shorter|less)[^.]{0,60}(agree|say yes|accept|your choice|up to you)/,
        /(unless|only if) you (agree|accept|say yes)/,
      ],
    ],
    must_not: [
      nn("(yes|yeah),? (they can|they are|they're|that'?s|it'?s) (allowed|fine|ok)"),
      nn("\\b(48 hours|24 hours|(5|five|3|three) (calendar |clear )?days)('|’)? notice"),
      ng('you (have|need|must) to (go|attend)'),
    ],
    cite: [
      'at least five working days before the meeting',
      'A shorter gap is allowed only if you say yes',
    ],
  },
  {
    id: 't25-04',
    type: 'decline',
    q: 'my son is autistic and has a blood test booked at the hospital in january. someone told me to get him a hospital passport so the nurses know how to handle him. where do we get one and who fills it in',
    must: [[PHONE]],
    must_not: [
      /(learning disability|ld) (liaison )?nurse (will|can|should)/,
      nn('(you|your gp|the gp|the hospital) (can|will|should) (give|fill|complete|print)'),
      /download (one|it|a template)/,
      /25p a mile/,
      /pause stone/,
    ],
  },
  {
    id: 't25-05',
    file: RS,
    q: "I'm his nan and my grandson has lived with me since he was 3, no court order or anything. The council say the letter refusing to assess him will be dated 30th December. When's the last day I can get hold of a mediation adviser? There isn't a 30th of February so do I get till the 1st or the 2nd of March?",
    must: [
      dateOk('2027-02-28').concat([/end of february/, /last day of (that month|february)/]),
      [
        /(not|never) (be )?(moved|pushed|extended|shifted)/,
        /(doesn't|does not|won't|will not|isn't|is not)[^.]{0,30}(move|shift|extended|roll|pushed)/,
        /stays put/,
        /fixed/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-03-01'),
      ...dateAsAnswer('2027-03-02'),
      /2027-03-0[12]/,
      nn(
        "(yes|yeah),? (it'?s|it is|it'?ll be|that'?s|you get|you have) (till |until )?(the )?(1|2)(st|nd)? mar",
      ),
      new RegExp(`${NEG}\\b(29|30|31)(st|th)? (of )?feb`),
      nn('(from|after) (the day |when )?(you|it) (get|got|receive|received|arrives?)'),
      nn(
        '(you )?(need|must have|have to have) (a |an )?(court order|special guardianship|parental responsibility)',
      ),
    ],
    cite: ['a letter dated 30 December leaves you until 28 February', 'This closing day is fixed.'],
  },
  {
    id: 't25-06',
    file: CF,
    q: "I'm autistic and if a number I don't know rings me I just freeze and let it ring out. if I leave a message will someone phone out of the blue? is there any way to get a warning first",
    must: [
      [/text first/, /(text|message)[^.]{0,40}(before|ahead of)[^.]{0,20}(ring|call|phone)/],
      [/(ten|10) minutes/],
    ],
    must_not: [
      nn(
        "(we|they|advisers?) (can't|cannot|can not|won't|will not|don't|do not) (text|send a text|warn)",
      ),
      nn('(only|just) (by )?(email|letter)'),
      nn('within (2|3|5|two|three|five) working days'),
    ],
    cite: ['Just say "text first" in your message', 'send a text ten minutes before we ring'],
  },
  {
    id: 't25-07',
    file: PD,
    q: "mediation's been set for thursday 7th january. my sister says christmas week doesn't count at all so they should've got the letter to me by tuesday 22nd december, is that right? whats the latest they could send it",
    must: [dateOk('2026-12-30'), [/working days?/]],
    must_not: [
      ...dateAsAnswer('2026-12-22'),
      ...dateAsAnswer('2026-12-23'),
      ...dateAsAnswer('2026-12-24'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-31'),
      nn("(yes|yeah),? (she'?s|your sister is|your sister'?s|that'?s) right"),
      ng(
        "(christmas week|christmas|the holidays|that week|between christmas and new year)[^.]{0,30}(doesn't|does not|don't|do not|won't|will not) count",
      ),
      nn("(5|five) (calendar )?days('|’)? notice"),
    ],
    cite: ['bank holidays do not count towards the five'],
  },
  {
    id: 't25-08',
    type: 'decline',
    q: "we're flying out to see family in spain at easter, first time with my daughter who's got cerebral palsy and uses a wheelchair. i'm gert nervous about the airport. what help do they give and how do we book it",
    must: [[PHONE]],
    must_not: [
      /special assistance (team|desk|service)/,
      /\b(48|72) hours/,
      /(sunflower|hidden disabilit)/,
      /blue badge bays/,
      /level access/,
    ],
  },
  {
    id: 't25-09',
    file: RS,
    q: "my little girl's 3, goes to a private nursery, no EHCP, she's on SEN support. the nursery won't put anyone with her even at lunch. can we do mediation with them or is it something else? and do they have to come",
    must: [
      [/disagreement resolution/],
      [
        /(voluntary|by choice|only (if|when) (everyone|all|both)|can (simply )?say no|doesn't have to|does not have to|don't have to|do not have to|(every|each) side (has to|must) agree|choose (not )?to)/,
      ],
      [
        /(no|not|without an?|doesn't need an?|does not need an?) (ehc |ehcp )?plan/,
        /with or without/,
        /no ehcp/,
      ],
    ],
    must_not: [
      nn('(the nursery|they) (must|has to|have to|will have to) (come|attend|take part)'),
      nn("you('ll| will)? need (a|an) (ehc )?plan"),
      nn('(you )?(will )?(get|need) a (mediation )?certificate'),
      nn("(yes|yeah),? (you can|it'?s) (have )?mediation"),
    ],
    cite: [
      'Every side takes part only by choice',
      'An independent facilitator helps you and the other side',
    ],
  },
  {
    id: 't25-10',
    file: CF,
    q: 'and if i miss both your calls cos im on the school run or whatever, does that mean you give up on me',
    must: [
      [
        /(three|3) (time )?slots/,
        /(reply|text back|answer)[^.]{0,20}(1, 2 or 3|1,2 or 3|one, two or three|a number)/,
      ],
      [
        /(never|not|isn't|is not|won't|will not|nobody's|no one's|no-one's)[^.]{0,30}(closed|give up)/,
      ],
    ],
    must_not: [
      nn("(we|they) (close|will close|'ll close) (your|the) (case|file)"),
      nn('(only|just) (try|ring|call) once'),
      nn("(you|you'll) (have|need) to (ring|call) (us )?(again|back)"),
    ],
    cite: ['we text you three time slots', "Nobody's case is closed because they were hard"],
  },
  {
    id: 't25-11',
    file: PD,
    q: "my son's 12 and uses a power chair, and i've got a blue badge. which of your places is best for us? the old ropewalk sounds old and full of steps",
    must: [
      [/pilgrove/, /step-?free/],
      [/blue badge (bays?|parking|spaces?)/, /level access/, /step-?free/],
    ],
    must_not: [
      /(steps|stairs) (at|into|up to) the (old )?ropewalk/,
      nn("(the old ropewalk|ropewalk) (is not|isn't) (step-?free|accessible)"),
      /changing places/,
      /hoist/,
    ],
    cite: [
      'Two Blue Badge bays by the front door',
      'Level access, an accessible toilet and a kitchen for drinks',
    ],
  },
  {
    id: 't25-12',
    type: 'decline',
    q: "i'm 18, got an ehcp and a learning disability. i want to do an apprenticeship at a garage instead of staying on at college. can i keep my plan on an apprenticeship and do i get extra help or easier english and maths?",
    must: [[PHONE]],
    must_not: [
      nn('(you|your plan) (can|will) (keep|stay|continue)'),
      /(entry level|functional skills)/,
      /access to work/,
      nn('(yes|yeah),? you can'),
    ],
  },
  {
    id: 't25-13',
    file: RS,
    q: "dad here. final plan letter was dated 12 november, the certificate is dated 26 november. my mate who went through all this says its 30 days from the certificate so we're stuck with boxing day, which is mad. whats our actual deadline for the tribunal",
    must: [dateOk('2027-01-12'), [/later/, /(2|two) months/]],
    must_not: [
      ...dateAsAnswer('2026-12-26'),
      ...dateAsAnswer('2026-12-28'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2027-01-04'),
      nn("(your|my) mate('s| is) (right|correct)"),
      nn("(so|yes|yeah),? (it'?s|it is|you have|you get) 30 days"),
    ],
    cite: [
      'Your deadline is whichever of those two dates comes later',
      'That is a month, not 30 days.',
    ],
  },
  {
    id: 't25-14',
    file: CF,
    q: 'will anyone be about between christmas and new year? i want to ring on the tuesday after boxing day about my daughters plan, and could we have a meeting that week too',
    must: [
      [/10 ?am/, /10[:.]00/, /\bten\b/],
      [/1 ?pm/, /13[:.]00/, /\bone o'?clock/],
      [/no meetings?/, /meetings? (are not|aren't|won't be|will not be|don't|do not)/],
    ],
    must_not: [
      nn(
        '(closed|shut) (from|between) (christmas|24|25)[^.]{0,30}(until|till|to) (4|the 4th|january|new year)',
      ),
      nn("(we|the office|tidemark)( is| are|'s|'re) closed (all|the whole) (week|of that week)"),
      nn('(yes|yeah),? (a |we can (hold|do) a )?meetings? (is|are|can be) (possible|fine)'),
    ],
    cite: ['calls and emails answered 10am to 1pm', 'no meetings take place'],
  },
  {
    id: 't25-15',
    file: PD,
    q: "me and my husband both work 8 till 6 in bristol, we can't take a day off for this. do you ever do evenings? happy to do it on zoom or whatever",
    must: [
      [/wednesday/],
      [/4\.30/, /half (past )?four/, /16[.:]30/],
      [/7\.30/, /half (past )?seven/, /19[.:]30/],
    ],
    must_not: [
      nn("(we('ll| will)? (send|use)|on|by) zoom"),
      nn('(monday|tuesday|thursday|friday)s? (evening|twilight)'),
      /\b(5|6)\.30 ?pm\b/,
      /(microsoft teams|google meet)/,
    ],
    cite: ['twilight meetings online from 4.30pm to 7.30pm', 'Whereby in your web browser'],
  },
  {
    id: 't25-16',
    type: 'decline',
    q: "my 14 year old has autism and a massive needle phobia. he's due his teenage booster jabs at school and last time he just bolted out the hall. can they do it under sedation or give him something instead",
    must: [[PHONE]],
    must_not: [
      /nasal (spray|vaccine|flu)/,
      /(sedation|sedated|numbing cream|emla)/,
      /school (immunisation|nurse|nursing) team/,
      /pause stone/,
    ],
  },
  {
    id: 't25-17',
    file: RS,
    q: "dad writing. long story short our boys plan got reissued after his review, section B misses half his needs and section F says 'access to' speech therapy which means nothing. we want to go to tribunal. do we actually have to sit round a table with the council first? i'd rather not, honestly. whats the minimum we have to do",
    must: [
      [/certificate/],
      [
        /(don't|do not|doesn't|does not|won't|will not|no need to|not) (have to |need to )?(go to|sit|attend|take part in|go through|sit through|try)[^.]{0,20}(mediation|meeting)/,
        /decided against mediation/,
        /(decline|say no to|turn down|don't want|do not want) mediation/,
      ],
    ],
    must_not: [
      ng(
        '(you )?(must|have to|need to) (go to|attend|take part in|sit through|try) (a )?mediation',
      ),
      nn("(no|don't need a|do not need a) certificate"),
      nn('(go|appeal) straight (to|away)'),
    ],
    cite: [
      'telling the adviser you have decided against mediation is enough',
      'You do not have to sit through a mediation meeting',
    ],
  },
  {
    id: 't25-18',
    file: CF,
    q: "alright my lover, i'm his gran and he's lived with me 2 year since his mum passed. nothing official, no court papers. will you talk to me or do i need his dad's say so",
    must: [
      [
        /(with or without|without|no need for|don't need|do not need)[^.]{0,20}(a )?court order/,
        /no court (order|papers)/,
        /never ask (to see )?(for )?paperwork/,
        /no paperwork/,
      ],
      [/(yes|kinship|grandparents?|of course)/],
    ],
    must_not: [
      nn(
        '(you )?(need|must have|will need|have to (get|have)) (a |an )?(court order|special guardianship|parental responsibility|residence order|child arrangements order)',
      ),
      nn("(his )?dad('s)? (has to|must|needs to|will have to) (agree|consent|give)"),
      nn('(only|just) parents'),
    ],
    cite: ['This applies with or without a court order', 'we never ask to see paperwork'],
  },
  {
    id: 't25-19',
    file: PD,
    q: "i have fibromyalgia and can't sit for long without being in agony. how long does a meeting last? could it be split up",
    must: [
      [/75 minutes/, /hour and a quarter/],
      [/(split|two shorter|2 shorter|different days)/],
      [/never (longer|more) than (four|4)/, /(four|4) hours/, /two and a half hours/, /2\.5 hours/],
    ],
    must_not: [
      ng('every (40|45|50|60) minutes'),
      ng('(every|each) hour\\b(?! and a quarter)'),
      nn("(can't|cannot|can not) (be )?split"),
      ng('(three|3) (and a half )?hours (at )?(most|max)'),
    ],
    cite: [
      'Every 75 minutes at the latest we stop',
      'split it into two shorter ones on different days',
    ],
  },
  {
    id: 't25-20',
    type: 'decline',
    q: "my daughter has glue ear and failed her hearing test at school. the gp says wait and see but she's falling behind in class. can i get her hearing aids on the nhs or do we have to go private",
    must: [[PHONE]],
    must_not: [
      /(grommets|audiology (referral|department|clinic))/,
      nn('(you|she) (can|will|should) get (nhs )?hearing aids'),
      /hearing loop/,
    ],
  },
  {
    id: 't25-21',
    file: RS,
    q: "school wouldn't let my boy go on the year 6 residential on 24th june cos of his diabetes and adhd, said they couldn't cope with him. i'm still proper tamping. someone said that's disability discrimination. do i need one of your certificates for that and when's the cut off? do we get extra over christmas",
    must: [NO_CERT, dateOk('2026-12-24'), [/(6|six) months/]],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2026-12-31'),
      NEEDS_CERT,
      ng("(you('ll| will)? (get|have)|there is|there's|with) (some )?(extra|more) (time|days)"),
      ng('(within|you have) (2|two) months'),
      ng("(you'?ve|you have) (already )?missed"),
    ],
    cite: ['so no certificate is needed', 'within 6 months of the thing that happened'],
  },
  {
    id: 't25-22',
    file: CF,
    q: "I'm a foster carer, I've had J for 18 months on a long-term placement. His annual review has gone badly and I want to ask about mediation. Am I allowed to get in touch with you directly, or must it come from the local authority?",
    must: [[/(yes|foster carers? (can|are)|you can)/], [/social worker/]],
    must_not: [
      nn('(has|have|must|needs? to) (come|be) from (the )?(local authority|council|social worker)'),
      nn('(only|just) (the )?(birth )?parents'),
      nn('(you )?(need|must have) (a |an )?(court order|parental responsibility)'),
    ],
    cite: ["let the child's social worker know they have contacted us"],
  },
  {
    id: 't25-23',
    file: PD,
    q: "i get panic attacks when people talk over me and last time at a school meeting i just shut down and couldn't get a word out. if that happens at mediation what do i do? i can't always say it out loud",
    must: [[/(pebble|stone)/], [/(pause|stop)/]],
    must_not: [
      nn('(red|amber|green|traffic.light) card'),
      nn('time.?out card'),
      /i need five minutes/,
      ng('(you )?(have to|must|need to) (explain|say why|give a reason)'),
    ],
    cite: ['a smooth pebble from the harbour beach', 'You never need to explain why you want one.'],
  },
  {
    id: 't25-24',
    type: 'decline',
    q: 'my 11 year old daughter does loads for her brother who has complex needs, his meds, calming him down, the lot. is there support for her as a young carer, like clubs or a break for her',
    must: [[PHONE]],
    must_not: [
      /young carers?('s|s')? (assessment|card|service|project|group)/,
      nn(
        '(she|your daughter) (can|could|will|should) (get|join) (a )?(young carers?|support|a break|an assessment)',
      ),
      /ask us anything/,
    ],
  },
  {
    id: 't25-25',
    file: RS,
    q: "the plans fine apart from the school they've named, we want the specialist one. letter was dated 23 october. do i need a certificate from you lot for that? and whats the deadline, i heard you get extra time at christmas so is it january",
    must: [NO_CERT.concat([/straight (to the tribunal|away)/]), dateOk('2026-12-23')],
    must_not: [
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2026-12-24'),
      /2027-01-04/,
      NEEDS_CERT,
      ng("(you('ll| will)? (get|have)|there is|there's|with) (some )?(extra|more) time"),
      ng(
        "(yes|yeah),? (it'?s|it is|you have until|you get|you've got) (until |till )?(in )?january",
      ),
    ],
    cite: [
      'No, you can go to the Tribunal straight away',
      'lands anywhere from 25 December to 1 January',
    ],
  },
  {
    id: 't25-26',
    file: CF,
    q: "my son's 17 and at college. he's got a plan and the college want to cut his support but he hates phones and won't ring anyone. can i just deal with it all for him? do you need a form signed by him or what",
    must: [
      [/go-?ahead/, /(his|their) (say-?so|permission|agreement|consent)/],
      [/(text from (his|their) own phone|own (phone|mobile)|phone call|quick (phone )?call|slip)/],
    ],
    must_not: [
      nn('(he|your son) (has|needs|will need) to (ring|phone|call)'),
      nn('(need|must have|will need) (a |an )?(lasting power of attorney|court order|deputyship)'),
      /(you )?(don't|do not) need (his|their) (permission|consent|go-ahead|say-?so)/,
    ],
    cite: ['first we need their go-ahead', 'by signing our one-page Go-ahead slip'],
  },
  {
    id: 't25-27',
    file: PD,
    q: 'Buongiorno, mio figlio ha 14 anni ed è autistico. Vuole venire alla mediazione per dire la sua, ma io ho paura che sia troppo per lui. Può partecipare? E se non viene, come fanno a sapere cosa pensa?',
    must: [
      [/(mediator|mediatore)/],
      [/(agree|d'accordo|accordo|entrambi)/, /(both )?you and the mediator/],
      [
        /(postcard|cartolina|voice note|messaggio vocale|video|drawing|disegno|chat|home or (at )?school|casa|scuola)/,
      ],
    ],
    must_not: [
      nn(
        '(he|your son|il ragazzo|tuo figlio|suo figlio) (must|has to|deve) (come|attend|venire|partecipare)',
      ),
      nn(
        "(children|a child|he) (can'?t|cannot|can not|is not allowed to|isn't allowed to) (come|attend)",
      ),
      /non (è )?(ammesso|permesso)/,
      nn("(only|solo) (if )?(the council|il comune|everyone|tutti) (agrees|agree|è d'accordo)"),
    ],
    cite: [
      'when both you and the mediator think they should come',
      'fill in a Tidemark postcard to the mediator',
    ],
  },
  {
    id: 't25-28',
    type: 'decline',
    q: "our youngest has a life limiting condition. the consultant mentioned the children's hospice for respite but it feels too final. what do they actually offer and how do we get referred",
    must: [[PHONE]],
    must_not: [
      nn('(they|the hospice|hospices) (offer|provide|give)'),
      /(end of life|palliative care team|short breaks?)/,
      /(self-?refer|referral from (your|the) (gp|consultant))/,
    ],
  },
  {
    id: 't25-29',
    file: RS,
    q: "i've been in bits with my dad in hospital and only just found the letter saying they won't reassess my son. it was dated back in september, so its way over 2 months. is that it, no appeal at all now?",
    must: [
      [/permission/, /let you appeal/, /(allow|let) (you )?(to )?appeal/],
      [
        /(without|no) (a )?(mediation )?certificate/,
        /(can't|cannot|can not|no longer|not able to|unable to)[^.]{0,40}(issue|give|get)[^.]{0,20}certificate/,
        /stops an adviser/,
      ],
    ],
    must_not: [
      ng(
        "(you can|we can|we'?ll|we will|the adviser (can|will)) (still )?(issue|give|get|send)( you)? (a |the )?certificate",
      ),
      ng("(that'?s it|it'?s too late)[^.]{0,30}(no|can'?t|cannot) appeal"),
      ng("(you )?(can'?t|cannot|can not) appeal (at all|any more|anymore)"),
      nn('(the deadline|it) (is|gets|will be) (extended|moved)'),
    ],
    cite: [
      'the law stops an adviser from issuing you a certificate',
      'for permission to appeal without a certificate',
    ],
  },
  {
    id: 't25-30',
    file: CF,
    q: "I'm SENCO at a primary in Lydmoor. One of our families is really struggling with the council over their son's plan and I'd like to refer them to you. Can I just send over his details and the background?",
    must: [
      [/(consent|agree|agreement|permission|signed)/],
      [
        /(until|unless|once|only (when|after|if))[^.]{0,60}(family|parents?)/,
        /(can'?t|cannot|can not|won't|will not) (discuss|talk about)/,
      ],
    ],
    must_not: [
      nn('(yes|yeah),? (just )?(send|email|pass)'),
      nn("(you can|feel free to) (send|share|pass on) (us )?(his|the child's|their) details"),
      nn(
        '(the school|you|staff) (can|may) (attend|come) (the meeting )?(whenever|automatically|as of right)',
      ),
    ],
    cite: ['signed the consent box on our referral form', 'We cannot discuss a particular child'],
  },
  {
    id: 't25-31',
    file: PD,
    q: "dad here. my wife's brother does conveyancing as a solicitor, nothing to do with SEN, and he's offered to come with us to the mediation. does the council have to agree to that? i don't want them turning him away on the day",
    must: [
      [
        /(don't|do not|doesn't|does not|no) need (anyone'?s|their|the council'?s|any) (permission|agreement|say-?so)/,
        /without (asking anyone|anyone'?s (permission|agreement)|their (permission|agreement)|any (permission|agreement))/,
        /(no|not) (permission|agreement) (is )?needed/,
        /(can|may) (bring|come)[^.]{0,40}(lawyer|solicitor|supporter)/,
      ],
      [/(lawyer|solicitor|supporter|advocate)/],
    ],
    must_not: [
      nn('(the council|everyone|all parties) (has|have|must|needs? to) (agree|consent|approve)'),
      nn(
        '(your brother.in.law|he|the solicitor|a solicitor|a lawyer|your supporter) (can )?(only )?(come|attend)[^.]{0,20}if (everyone|the council|all)',
      ),
      nn("(lawyers|solicitors) (are not|aren't) (allowed|permitted)"),
    ],
    cite: [
      'This can be a friend, a relative or a lawyer',
      'you can bring them without asking anyone first',
    ],
  },
  {
    id: 't25-32',
    type: 'decline',
    q: 'im 17 and have dyspraxia and an ehcp. i really want to do my duke of edinburgh bronze with my mates but the expedition bit scares me. can they change it for disabled people? who do i ask',
    must: [[PHONE]],
    must_not: [
      /(adapt|adjust|modify)[^.]{0,30}(expedition|section|award)/,
      nn('(you|they) (can|will) (change|adapt|adjust)'),
      /(dofe|duke of edinburgh) (leader|manager|centre)/,
      /£ ?5\.35/,
    ],
  },
  {
    id: 't25-33',
    file: RS,
    q: "the only thing we're arguing about is the physio and the nursing care in section G, the health bit. the ICB were told we want mediation on friday 11th december. who sorts it, them or the council? and whats the latest it can happen",
    must: [
      [
        /(integrated care board|\bicb\b|health (body|board))[^.]{0,60}(arrange|organise|sort|set)/,
        /(arrange|organise|sort|set)[^.]{0,40}(integrated care board|\bicb\b)/,
      ],
      dateOk('2027-01-10'),
      [
        /calendar days/,
        /(not|isn't|is not|won't|will not|never) (be )?(moved|shifted|changed)/,
        /30 days/,
      ],
    ],
    must_not: [
      ...dateAsAnswer('2027-01-11'),
      ...dateAsAnswer('2027-01-22'),
      ...dateAsAnswer('2027-01-25'),
      nn('30 working days'),
      /(it'?s|it is) the council (that|who) (arranges|organises|sorts)/,
      nn('(the council|your council) (must|has to|will) (arrange|organise|sort)'),
      ng('(you can|can) appeal (the )?(health|section g)'),
    ],
    cite: [
      'the Levels and Estuary Integrated Care Board arranges the mediation',
      'within 30 days of the integrated care board hearing',
      'the final day is not moved, weekend or holiday',
    ],
  },
  {
    id: 't25-34',
    file: CF,
    q: 'Hi. I am sorry my English not so good. I am from Eritrea, I speak Tigrinya. I want come to the meeting with interpreter in the room with me, not on phone. It cost money? How long before I must tell you?',
    must: [[/free/, /(no cost|nothing|not pay|don'?t (have to )?pay)/], [/(three|3) weeks/]],
    must_not: [
      nn('(you )?(have to|must|need to) pay'),
      nn("(10|ten|5|five|7|seven) (working |calendar )?days('|’)? notice"),
      nn('(bring|use) (a )?(family member|relative|friend|your child) to interpret'),
      nn("(can'?t|cannot|can not|don'?t) (get|find|provide) (a |an )?(tigrinya )?interpreter"),
    ],
    cite: ["please give us three weeks' notice", 'Interpreters cost you nothing.'],
  },
  {
    id: 't25-35',
    file: PD,
    q: "I'm registered partially sighted and I haven't got a smartphone or a computer, only my landline. I can't easily get the bus into Severnhythe either. Is there any way to take part from home?",
    must: [[/(phone|conference line)/], [/landline/, /home phone/, /ordinary (tele)?phone/]],
    must_not: [
      nn(
        '(you )?(need|will need|must have) (a |an )?(smartphone|computer|laptop|tablet|app|account)',
      ),
      nn('(download|install) (the |an )?app'),
      ng('(you )?(have to|must) (come|attend) in person'),
    ],
    cite: ['A conference line you ring at the start time', 'Works from an ordinary landline'],
  },
  {
    id: 't25-36',
    type: 'decline',
    q: "i'm 20, got autism and epilepsy so i can't drive, innit. can i get a free bus pass for disabled people to get to college in severnhythe? and can my mum travel free with me",
    must: [[PHONE]],
    must_not: [
      /(companion|carer) pass/,
      nn('(you )?(can|will|should|could) (get|apply for) (a |the )?(free |disabled )?(bus )?pass'),
      /(9\.30 ?am|off.peak)/,
      /travel voucher/,
      /25p a mile/,
    ],
  },
  {
    id: 't25-37',
    file: RS,
    q: 'سلام. شورا (کونسل) زما د زوی د EHC پلان لپاره د ارزونې غوښتنه رد کړه. زه غواړم تریبونل ته اپیل وکړم، خو منځګړیتوب (میډیېشن) نه غواړم. ایا بیا هم سند (سرټیفیکیټ) ترلاسه کولای شم؟ څومره وخت نیسي؟',
    must: [
      [/(3|three) working days/, /(درې|۳|3) کاري ورځ/],
      [/certificate/, /سند/, /سرټیفیکیټ/],
      [
        /decided against mediation/,
        /(don'?t|do not|not) (have to|need to) (go to |attend |take part in |sit through )?(a )?mediation/,
        /(decline|say no to|turn down|don'?t want|do not want) mediation/,
        /without (a )?mediation/,
        /(منځګړیتوب|میډیېشن)[^.]{0,30}(نه|اړتیا نشته)/,
      ],
    ],
    must_not: [
      ng('(you )?(must|have to|need to) (go to|attend|take part in|try) (a )?mediation'),
      nn('within (2|5|two|five|10|ten) working days'),
      nn('(3|three) calendar days'),
      nn("(no|don'?t need a|do not need a) certificate"),
      /۵ کاري ورځ/,
    ],
    cite: ['you telling us that you do not want mediation'],
  },
  {
    id: 't25-38',
    file: CF,
    q: 'Chào anh chị. Tôi đi xe buýt và phải nghỉ làm một ngày để đi hòa giải. Tôi có được trả lại tiền xe và tiền lương bị mất không? Tôi phải gửi giấy tờ trong bao lâu và khi nào nhận được tiền?',
    must: [
      [/(10|ten|mười) (weeks|tuần)/],
      [/(12|twelve|mười hai) (working days|ngày làm việc)/],
      [/£ ?45/, /45 ?(bảng|pounds?|£)/],
    ],
    must_not: [
      nn('(6|six|8|eight) (weeks|tuần)'),
      nn('(within )?(15|20|ten|10) working days'),
      nn('(2|two) months'),
      /£ ?(50|60|100)\b/,
    ],
    cite: [
      'the lilac claim form with your receipts',
      'within 12 working days of the form reaching us',
    ],
  },
  {
    id: 't25-39',
    file: PD,
    q: "can i record the meeting on my phone? i've had memory problems since my stroke and i'll never remember what everyone said",
    must: [
      [
        /(no|not|can'?t|cannot|may not|mustn'?t)[^.]{0,40}record/,
        /nothing[^.]{0,30}recorded/,
        /nobody[^.]{0,40}record/,
        /record(ing|ings)? (is|are)n'?t (allowed|permitted)/,
        /record(ing|ings)? (is |are )?not (allowed|permitted)/,
      ],
      [/(written|writes? (it )?up|signed|agreement|large print|audio|notes|bring)/],
    ],
    must_not: [
      nn("(yes|yeah),? (you can|that'?s fine|it'?s fine)"),
      ng('(you can|you may|feel free to) record'),
      ng('(we|the mediator) (will )?(record|send you a recording)'),
      nn("(the mediator'?s )?notes (are|will be) (sent|given|shared)"),
    ],
    cite: ['Nothing said in the meeting is recorded.', 'and that includes on a phone'],
  },
  {
    id: 't25-40',
    type: 'decline',
    q: "is there a way to get a key for the locked disabled toilets in town? my son needs them quick when we're out and they're always gert locked",
    must: [[PHONE]],
    must_not: [
      /radar/,
      /(£ ?[0-9]|online shop|disability rights uk)/,
      /accessible toilet at (pilgrove|the village hall)/,
      /changing places/,
    ],
  },
  {
    id: 't25-41',
    file: RS,
    q: "i'm 19, at college on an ehcp. got a letter that says the council will end my plan in the summer. my mum's not well so i want to sort it myself, am i even allowed? do i need to do the mediation certificate thing first",
    must: [
      [
        /own name/,
        /yourself/,
        /(your|you make|choices are|decisions are) (own |yours)/,
        /(yes|you can)/,
      ],
      [/certificate/],
    ],
    must_not: [
      nn('(your )?(mum|mother|parents?) (has|have|must|needs? to) (do|ring|apply|appeal|contact)'),
      nn("(no|don'?t need a|do not need a) certificate"),
      ng("(you('re| are) )?(too young|not old enough)"),
      nn('(go|appeal) straight to the tribunal'),
    ],
    cite: [
      'a young person makes these choices in their own name',
      'The council has decided to stop maintaining the plan',
    ],
  },
  {
    id: 't25-42',
    file: CF,
    q: "and what if we're skint and can't pay for the train tickets before we get paid back, my lover? the wife's on maternity pay",
    must: [
      [
        /voucher/,
        /pre-?booked taxi/,
        /taxi[^.]{0,30}(booked|paid) (for you|in advance|up front|by us)/,
        /(book|pay for)[^.]{0,30}(tickets?|taxi) (for you|in advance|up front)/,
      ],
    ],
    must_not: [
      nn('(you )?(have to|must|need to) pay (first|up front|yourself)'),
      /£ ?5\.35/,
      nn("(no|can'?t|cannot) (help|advance)"),
    ],
    cite: ['ask for a travel voucher or a prebooked taxi', 'nothing comes out of your pocket'],
  },
  {
    id: 't25-43',
    file: PD,
    q: 'ive got adhd and by the end of a long meeting my brain is mush, i dont want to sign something on a screen without reading it properly. if ours is on video how does the signing bit work? can i get it some other way to go over',
    must: [
      [/email/],
      [/(same day|end of the (same )?day)/],
      [/(large print|audio)/, /read (it )?(aloud|out)/, /(take|read)[^.]{0,15}time/],
    ],
    must_not: [
      ng(
        '(you )?(must|have to|need to) sign (it )?(there and then|on the (spot|screen|day)|straight away|immediately)',
      ),
      nn('(within|by) (one|1|two|2) working days?'),
      ng("(we|they)( will|'ll)? post (it|the agreement)"),
    ],
    cite: ['we email the agreement for electronic signature', 'a copy in large print or as audio'],
  },
  {
    id: 't25-44',
    type: 'decline',
    q: "I'm a class teacher, not the SENCO. One of my pupils has an EHCP and is also pupil premium. Is the pupil premium money meant to be spent on him specifically, and can his parents see how it's been used?",
    must: [[PHONE]],
    must_not: [
      /£ ?\d[\d,]{2,}/,
      nn('(it|the money|pupil premium) (must|has to|should) be spent (on him|on the child)'),
      nn('(parents|his parents) (can|have the right to) (see|ask)'),
      /consent box/,
      /general information/,
    ],
  },
  {
    id: 't25-45',
    file: RS,
    q: "letter dated 30th october saying no to a plan after the assessment, and my certificate is dated 20 november. 30 dec is a normal working day isn't it, so is that my last day to get the appeal in?",
    must: [dateOk('2027-01-04'), [/25 december/, /christmas/, /1 january/]],
    must_not: [
      ...dateAsAnswer('2026-12-30'),
      ...dateAsAnswer('2026-12-20'),
      ...dateAsAnswer('2026-12-21'),
      ...dateAsAnswer('2027-01-05'),
      nn("(yes|yeah),? (30 dec(ember)?|that) (is|'s) (your|the) (last|deadline)"),
      nn('30 days (from|after)'),
      ng("(you'?ve|you have) (already )?missed"),
    ],
    cite: [
      'use the first working day after 1 January instead',
      'Your deadline is whichever of those two dates comes later',
    ],
  },
  {
    id: 't25-46',
    file: CF,
    q: "do you do any drop-in thing where i can pop along and chat to someone face to face? i'm out pilgrove way. that'd be lush. when's the next one, is there one before christmas?",
    must: [dateOk('2027-01-29'), [/pilgrove/]],
    must_not: [
      ...dateAsAnswer('2026-12-25'),
      ...dateBad('2026-12-18'),
      ...dateBad('2026-12-31'),
      ng("(yes|yeah),? (there'?s|there is) one (before|in) (christmas|december)"),
      ng('(book|booking) (is )?(needed|essential|required)'),
      /lydmoor library/,
    ],
    cite: [
      'the next morning is on Friday 29 January 2027',
      'We take a break in August and December',
    ],
  },
  {
    id: 't25-47',
    file: PD,
    q: 'Sveiki. Mediacija vyks trečiadienį, gruodžio 9 d. Jei nesusitarsime, iki kada vėliausiai turiu gauti mediacijos pažymėjimą? Ar savaitgalis skaičiuojamas?',
    must: [
      dateOk('2026-12-14').concat([/gruodžio 14/, /14 gruodžio/]),
      [/(3|three|trys|trijų) (working|darbo)/],
    ],
    must_not: [
      ...dateAsAnswer('2026-12-11'),
      ...dateAsAnswer('2026-12-12'),
      ...dateAsAnswer('2026-12-15'),
      ...dateBad('2026-12-12'),
      /gruodžio 1[12]/,
      nn('(3|three) calendar days'),
      /kalendorin/,
    ],
    cite: [
      'at the latest 3 working days after the meeting finishes',
      'whether or not you reached an agreement',
    ],
  },
  {
    id: 't25-48',
    type: 'decline',
    q: "we adopted our son 2 years ago, he's got FASD and attachment issues on top of his plan. his social worker mentioned the adoption support fund for therapy. how much can we get and do we apply ourselves",
    must: [[PHONE]],
    must_not: [
      /£ ?\d[\d,]{2,}/,
      nn('(you|parents) (can|could|should) apply (yourselves|directly|yourself)'),
      nn(
        '(the|your) (local authority|council|regional adoption agency)[^.]{0,30}(applies|will apply|must apply)',
      ),
      /therapeutic parenting/,
      /\b5 years/,
    ],
  },
  {
    id: 't25-49',
    file: RS,
    q: "I've got MS and I'm exhausted, I've decided I can't face mediation. I'll ring and tell you on Monday 21 December. When's the latest the certificate should come? I'm assuming nothing happens until January with Christmas",
    must: [dateOk('2026-12-24'), [/(3|three) working days/]],
    must_not: [
      ...dateAsAnswer('2026-12-23'),
      ...dateAsAnswer('2026-12-29'),
      ...dateAsAnswer('2026-12-30'),
      ...dateAsAnswer('2027-01-04'),
      ...dateAsAnswer('2027-01-05'),
      ng("christmas eve (doesn'?t|does not|isn'?t|is not|won'?t) (count|a working day)"),
      nn('(3|three) calendar days'),
      ng('(yes|yeah),? (nothing|not until) (happens )?(until |in )?january'),
    ],
    cite: ['Christmas Eve is a working day', 'Within 3 working days of you telling us'],
  },
  {
    id: 't25-50',
    file: CF,
    q: "my deadline for getting hold of an adviser lands on new years day when you're shut. if i email you that day does it still count or do i have to get it in before christmas?",
    must: [
      [/(still )?counts?/, /(is|are|will be) (accepted|fine|ok)/],
      [
        /time ?stamp/,
        /(when|the day) (it|your message|the email|the message) (reache|arrive|land|get)/,
        /reaches us/,
      ],
    ],
    must_not: [
      ng("(doesn'?t|does not|don'?t|do not|won'?t|will not) count"),
      nn(
        '(you )?(have|need|must) to (get it in|contact us|email|ring) (before|by) (christmas|24|the 24th|31)',
      ),
      nn('(next|the next) working day (it|is|counts)'),
      nn('(moved|extended) to (4|monday|the 4th)'),
    ],
    cite: [
      'We go by the time stamp on your message',
      'A voicemail, text, WhatsApp message or email that reaches us',
    ],
  },
  {
    id: 't25-51',
    file: PD,
    q: "we got an agreement at mediation on thursday 10th december, they're changing section B and F. the council officer said she'd do it 'dreckly', which round here means whenever she gets round to it. is there an actual deadline? i'm guessing christmas doesn't count",
    must: [dateOk('2027-01-14'), [/(5|five) (calendar )?weeks/]],
    must_not: [
      ...dateAsAnswer('2027-01-21'),
      ...dateAsAnswer('2027-01-28'),
      ...dateAsAnswer('2026-12-24'),
      ...dateAsAnswer('2027-02-25'),
      ng("christmas (doesn'?t|does not|won'?t|will not|isn'?t|is not) count"),
      nn('working weeks'),
      nn("(no|there'?s no|there is no) (actual |set |fixed )?(deadline|time limit)"),
      ng('within (2|11|14) weeks'),
    ],
    cite: [
      'the Christmas holiday is counted like any other time',
      'To change section B or section F',
    ],
  },
  {
    id: 't25-52',
    type: 'decline',
    q: "dad here. my lad's 15, autistic, and he's up all night on discord talking to people he's never met. he doesn't get stranger danger at all. any advice on parental controls or who can help us keep him safe online",
    must: [[PHONE]],
    must_not: [
      /(parental controls? (app|setting|software)|family link|screen time)/,
      /(ceop|nspcc|internet matters)/,
      nn('(you should|try|set up|turn on)[^.]{0,20}(controls?|filters?)'),
      /pause stone/,
    ],
  },
  {
    id: 't25-53',
    file: RS,
    q: "my cousin's plan letter was dated 25 june this year and her certificate came on 8 july. she panicked and got her appeal in on tuesday 1st september. was that in time or was she late? she reckons it was due 25 august",
    must: [dateOk('2026-09-01'), [/in time/, /(wasn'?t|was not|not) late/, /on time/]],
    must_not: [
      ...dateAsAnswer('2026-08-25'),
      ...dateAsAnswer('2026-08-08'),
      ...dateAsAnswer('2026-08-31'),
      ...dateAsAnswer('2026-09-02'),
      ng("(she was|she's|that was) (late|too late|out of time)"),
      ng('(she )?missed (it|the deadline)'),
      nn('30 days (from|after)'),
    ],
    cite: ['A date in August is replaced', 'the first working day in September'],
  },
  {
    id: 't25-54',
    file: CF,
    q: "how long do you hang on to all my stuff after we're done? i told the adviser a lot about my ex and i want to see what's been written down",
    must: [
      [/(5|five) years/],
      [/(free|no charge|no cost)/],
      [/(one|1) (calendar )?month/, /a month/],
    ],
    must_not: [
      nn('(3|4|6|three|four|six|seven|7) years'),
      nn('(pay|fee|charge) (of|for)'),
      nn('(within )?(40|28|30|15) (calendar |working )?days'),
    ],
    cite: ['stay on file for 5 years', 'we send it within one calendar month of your request'],
  },
  {
    id: 't25-55',
    file: PD,
    q: 'and if at our mediation on monday 7th the only thing agreed was the health bit, the nursing care in section G? how long have they got then, and does the council even get told',
    must: [
      dateOk('2026-12-21'),
      [/(2|two) weeks/, /(14|fourteen) days/],
      [/(1|one) week/, /\ba week\b/, /(7|seven) days/],
    ],
    must_not: [
      ...dateAsAnswer('2027-01-11'),
      ...dateAsAnswer('2027-02-22'),
      ng('(5|five|11|14) weeks'),
      nn("(no|there'?s no|there is no) (time limit|deadline)"),
      ng('(can|you can) appeal (the )?(health|section g)'),
      nn('(3|three) working days'),
    ],
    cite: [
      'If health is the only subject of the agreement',
      'still has to be carried out within 2 weeks',
    ],
  },
  {
    id: 't25-56',
    type: 'decline',
    q: "i'm bringing up my granddaughter, she's 9 with down's syndrome. school think she can't see the board. can she get free eye tests and glasses, and is there a special optician for children like her",
    must: [[PHONE]],
    must_not: [
      /(special school eye care|domiciliary)/,
      nn(
        '(she|children)[^.]{0,20}(can|will|are entitled to|get) (get )?free (nhs )?(eye tests?|sight tests?|glasses)',
      ),
      /optical voucher/,
      nn('(without|no need for) a court order'),
    ],
  },
  {
    id: 't25-57',
    file: RS,
    q: "and if it's only the social care bit in section H we disagree with, the short breaks, not the education stuff, can we still take it to the tribunal?",
    must: [
      [
        /(not|can'?t|cannot|can not)[^.]{0,30}(appeal(ed)?|tribunal)[^.]{0,30}(by itself|on (its|their) own|alone)/,
        /(by itself|on (its|their) own|alone)[^.]{0,40}(not|can'?t|cannot|can not) (be )?appeal/,
        /(on (its|their) own|by itself|alone)[^.]{0,10}(can'?t|cannot|can not|isn'?t|is not) (go|be taken) to (the )?tribunal/,
        /not by itself/,
        /no appeal/,
      ],
      [/mediation/],
    ],
    must_not: [
      ng('(yes|yeah),? you can (appeal|go to the tribunal|take it)'),
      ng('(you )?(can|could) appeal (section h|the social care)'),
      ng('(need|must get) a certificate'),
    ],
    cite: [
      'mediation about it is still open to you',
      'Section G (health) or section H (social care) by itself',
    ],
  },
  {
    id: 't25-58',
    file: CF,
    q: "i'm proper tamping with how my case has been handled, the adviser kept cancelling on me. who do i moan to officially and how quick do you get back to people? and don't fob me off",
    must: [
      [/rosalind tucker/, /service manager/],
      [/(4|four) working days/],
      [/(18|eighteen) working days/],
    ],
    must_not: [
      nn('\\b(2|3|5|two|three|five) working days'),
      nn('\\b(10|15|20|ten|fifteen|twenty) working days'),
      /ombudsman/,
      nn('(kezia|jago)'),
    ],
    cite: ['write to Rosalind Tucker, our service manager', 'a full reply within 18 working days'],
  },
  {
    id: 't25-59',
    file: PD,
    q: "dad here, my babber's 8. who's actually going to be in the room from the council side, and will i know before i walk in? i don't want six suits turning up as a surprise",
    must: [
      [/(list|who is coming|who's coming|who is attending|who's attending)/],
      [/10 ?am/, /10[:.]00/, /ten in the morning/],
    ],
    must_not: [
      nn('(2|3|two|three|four|4) working days before'),
      nn("(you )?(won'?t|will not) (know|be told)"),
      nn('(noon|midday)'),
    ],
    cite: [
      'We send you a list of everyone who is coming',
      'we tell you by 10am on the working day before',
    ],
  },
  {
    id: 't25-60',
    type: 'decline',
    q: 'im 18 with a learning disability and i want to vote in the council elections in may. can i register myself and will someone be allowed to help me in the booth?',
    must: [[PHONE]],
    must_not: [
      /(polling station staff|presiding officer|companion)/,
      nn('(you )?(can|could|should) (register|apply) (online|to vote)'),
      /(voter id|photo id)/,
      /(easy read|large print)/,
    ],
  },
];

export const META = {
  't25-05': {
    asker: 'grandparent (kinship carer, no court order)',
    date: {
      fn: 'adviserContactDeadline',
      input: { decisionDate: '2026-12-30' },
      expected: '2027-02-28',
      note: 'R2: 30 Dec 2026 + 2 months: there is no 30 Feb in 2027, so the last day of February, Sun 28 Feb 2027, not moved to Mon 1 Mar',
    },
  },
  't25-07': {
    asker: 'parent',
    date: {
      fn: 'mediationNoticeBy',
      input: { mediationDate: '2027-01-07' },
      expected: '2026-12-30',
      note: 'R8: 5 working days before Thu 7 Jan 2027 are Wed 6, Tue 5, Mon 4 Jan, Thu 31 and Wed 30 Dec (1 Jan is a bank holiday); the days in the Christmas window are working days',
    },
  },
  't25-13': {
    asker: 'dad',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-11-12', certificateDate: '2026-11-26' },
      expected: '2027-01-12',
      note: 'R13: later of Tue 12 Jan 2027 (letter + 2 months) and Sat 26 Dec 2026 (certificate + 1 month, not 30 days) is Tue 12 Jan 2027, a working day; the certificate date falls in the Christmas window but loses to the later date',
    },
  },
  't25-21': {
    asker: 'parent (dialect)',
    route:
      'disability discrimination claim: no certificate needed, six months, no Christmas extension',
    date: {
      fn: 'discriminationClaimDeadline',
      input: { actDate: '2026-06-24' },
      expected: '2026-12-24',
      note: 'R14: 6 months from Wed 24 Jun 2026 is Thu 24 Dec 2026, Christmas Eve, a working day just before the Christmas window; no extension applies to these claims in any case',
    },
  },
  't25-25': {
    asker: 'parent',
    route: 'section I only: no certificate needed',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-23' },
      expected: '2026-12-23',
      note: 'R13 without a certificate: 23 Oct 2026 + 2 months is Wed 23 Dec 2026, a working day outside the Christmas window (25 Dec-1 Jan), so it is not moved to January',
    },
  },
  't25-33': {
    asker: 'parent',
    route: 'health only (section G): not appealable alone; mediation arranged by the ICB',
    date: {
      fn: 'mediationArrangeBy',
      input: { from: '2026-12-11' },
      expected: '2027-01-10',
      note: 'R6/R7: health only, so the ICB arranges; 30 calendar days from the ICB being told on Fri 11 Dec 2026 is Sun 10 Jan 2027, not moved',
    },
  },
  't25-45': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-10-30', certificateDate: '2026-11-20' },
      expected: '2027-01-04',
      note: 'R13: later of Wed 30 Dec 2026 (letter + 2 months) and Sun 20 Dec 2026 (certificate + 1 month) is 30 Dec, in the Christmas window, so the first working day after 1 Jan: Mon 4 Jan 2027',
    },
  },
  't25-47': {
    asker: 'parent with little English',
    lang: 'Lithuanian',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-09' },
      expected: '2026-12-14',
      note: 'R11: mediation ends Wed 9 Dec 2026; 3 working days are Thu 10, Fri 11 and Mon 14 Dec 2026 (the weekend skipped)',
    },
  },
  't25-49': {
    asker: 'parent with a disability (multiple sclerosis)',
    date: {
      fn: 'certificateDueDate',
      input: { from: '2026-12-21' },
      expected: '2026-12-24',
      note: 'R4: declining on Mon 21 Dec 2026; 3 working days are Tue 22, Wed 23 and Thu 24 Dec (Christmas Eve counts), just before the Christmas window',
    },
  },
  't25-51': {
    asker: 'parent (dialect)',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-10', weeks: 5 },
      expected: '2027-01-14',
      note: 'R15: agreement on Thu 10 Dec 2026 to amend sections B and F; 5 calendar weeks, Christmas counted: Thu 14 Jan 2027',
    },
  },
  't25-53': {
    asker: 'parent',
    date: {
      fn: 'appealDeadline',
      input: { decisionDate: '2026-06-25', certificateDate: '2026-07-08' },
      expected: '2026-09-01',
      note: 'R13: later of Tue 25 Aug 2026 and Sat 8 Aug 2026 (certificate + 1 month) is 25 Aug, in August, so the first working day after 31 Aug (a bank holiday in 2026): Tue 1 Sep 2026',
    },
  },
  't25-55': {
    asker: 'parent (follow-on)',
    date: {
      fn: 'afterAgreementBy',
      input: { agreementDate: '2026-12-07', weeks: 2 },
      expected: '2026-12-21',
      note: 'R16/R17: agreement on Mon 7 Dec 2026 about health only (not appealable): 2 calendar weeks, Mon 21 Dec 2026; the ICB tells the council within 1 week (by Mon 14 Dec)',
    },
  },
  't25-01': { asker: 'parent (West Country dialect)' },
  't25-02': { asker: 'parent (shift worker, dialect)' },
  't25-03': { asker: 'parent (dialect)' },
  't25-06': { asker: 'parent with a disability (autistic)' },
  't25-09': {
    asker: 'parent',
    route: 'nursery, no plan: disagreement resolution (voluntary), not mediation',
  },
  't25-10': { asker: 'parent (follow-on)' },
  't25-11': { asker: 'parent (child a wheelchair user)' },
  't25-14': { asker: 'parent' },
  't25-15': { asker: 'parent (both working)' },
  't25-17': {
    asker: 'dad',
    route: 'sections B and F: certificate needed before appealing, but not the mediation meeting',
  },
  't25-18': { asker: 'grandparent (kinship carer, dialect)' },
  't25-19': { asker: 'parent with a disability (fibromyalgia)' },
  't25-22': { asker: 'foster carer' },
  't25-23': { asker: 'parent (panic attacks)' },
  't25-26': { asker: 'parent of a young person (17)' },
  't25-27': { asker: 'parent with little English', lang: 'Italian' },
  't25-29': {
    asker: 'parent',
    route:
      'adviser window missed: no certificate; ask the Tribunal for permission to appeal without one',
  },
  't25-30': { asker: 'SENCO' },
  't25-31': { asker: 'dad' },
  't25-34': { asker: 'parent with little English (writing English)' },
  't25-35': { asker: 'parent with a disability (partially sighted, landline only)' },
  't25-37': {
    asker: 'parent with little English',
    lang: 'Pashto',
    route: 'declining mediation: certificate without a meeting',
  },
  't25-38': { asker: 'parent with little English', lang: 'Vietnamese' },
  't25-39': { asker: 'parent with a disability (memory problems after a stroke)' },
  't25-41': {
    asker: 'young person (19), in own name',
    route:
      'decision to cease the plan: the young person appeals in their own name, certificate needed',
  },
  't25-42': { asker: 'dad (follow-on, dialect)' },
  't25-43': { asker: 'parent with a disability (ADHD)' },
  't25-46': { asker: 'parent (dialect)' },
  't25-50': { asker: 'parent' },
  't25-54': { asker: 'parent' },
  't25-57': {
    asker: 'parent (follow-on)',
    route:
      'social care only (section H): not appealable alone; mediation still open, arranged by the council',
  },
  't25-58': { asker: 'parent (dialect)' },
  't25-59': { asker: 'dad (dialect)' },
  // declines: what each asks about (check.mjs makes sure no topic repeats an earlier set's list)
  't25-04': { asker: 'parent', topic: 'a hospital passport for an autistic child' },
  't25-08': { asker: 'parent (dialect)', topic: 'airport assistance for a wheelchair user' },
  't25-12': { asker: 'young person (18), in own name', topic: 'apprenticeships with an EHC plan' },
  't25-16': { asker: 'parent', topic: 'needle phobia and vaccinations' },
  't25-20': { asker: 'parent', topic: 'NHS hearing aids for glue ear' },
  't25-24': { asker: 'parent', topic: 'young carers support for a sibling' },
  't25-28': { asker: 'parent', topic: "children's hospice care" },
  't25-32': {
    asker: 'young person (17), in own name',
    topic: 'the Duke of Edinburgh award with a disability',
  },
  't25-36': {
    asker: 'young person (20), in own name (dialect)',
    topic: "a disabled person's bus pass",
  },
  't25-40': { asker: 'parent (dialect)', topic: 'keys for locked accessible toilets' },
  't25-44': { asker: 'teacher', topic: 'pupil premium spending' },
  't25-48': { asker: 'adoptive parent', topic: 'the Adoption Support Fund' },
  't25-52': { asker: 'dad', topic: 'online safety for an autistic teenager' },
  't25-56': {
    asker: 'grandparent (kinship carer)',
    topic: 'eye tests and glasses for a child with Down syndrome',
  },
  't25-60': {
    asker: 'young person (18), in own name',
    topic: 'registering to vote with a learning disability',
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
