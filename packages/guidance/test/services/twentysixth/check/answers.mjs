// Three answers for every question, used by check.mjs to test the questions themselves:
//   a      the right answer in the page's own words (it quotes the page)
//   b      the right answer in other words (or in the asker's language)
//   wrong  a plausible wrong answer: outside knowledge, a nearby page fact that does not apply,
//          or the usual date slip. It carries the same (right) citations, so it must fail on
//          `must` or `must_not` alone.
// check.mjs adds the citations (the page sentences around each cite phrase).

const TEL = '0151 496 0427';

// a right answer to a question the pages do not cover
const declineA = (topic) =>
  `Lightship's published pages don't cover ${topic}, so I can't give you a reliable answer from them. Please ring Lightship SEND Mediation on ${TEL} (or text 07700 900741) and an adviser can point you to the right people.`;
const declineB = (topic) =>
  `Sorry, the Lightship guidance says nothing about ${topic}. The team may know who to ask: call +44 151 496 0427 or email familyline@lightshipmediation.example.`;

export const ANSWERS = {
  't26-01': {
    a: 'No. The two councils and the Mersey Shore and Dunes Integrated Care Board pay for Lightship through a contract, but paying the bills gives them no say over any case: they cannot tell an adviser what to put on a certificate, and they cannot tell a mediator how to run a meeting. The law requires a mediation adviser to be independent, and not one Lightship adviser or mediator draws a salary from any of them.',
    b: "Lightship is independent. The councils fund it under a contract, but they can't tell the advisers or mediators what to do, and nobody working there is employed by the council.",
    wrong: "Yes, we're part of the council's SEND team, so we follow the council's line.",
  },
  't26-02': {
    a: "Yes. On the second Sunday of each month the phones are staffed from 1pm to 4pm; that's our Sunday line for people who work all week. The next ones are on 13 December and then 10 January 2027. On weekdays we're open from 8am to 3.30pm, and you can text 07700 900741 or leave a voicemail at any hour.",
    b: 'Try the Sunday line: the 2nd Sunday of every month, 1pm till 4pm. Outside that, text us any time and we will read it when the phones are open.',
    wrong:
      "Yes, our phones are open every Saturday morning from 9am, and there's an evening line until 8pm.",
  },
  't26-03': {
    a: 'The latest is Thursday 24 December 2026. That letter or email must arrive no fewer than five working days ahead of the meeting day, and weekends and bank holidays are not counted in the five. Christmas week still counts apart from its bank holidays: going back from Tuesday 5 January you count Monday 4 January, Thursday 31, Wednesday 30 and Tuesday 29 December, skip the bank holidays on 1 January and on 28 and 25 December, and reach Christmas Eve. So your mate is wrong about 18 December.',
    b: "Your mate's got it wrong: only the bank holidays (25 and 28 December and 1 January) and weekends are skipped, and the other days of Christmas week are working days. Counting five working days back from 5 January gets you to 24/12/2026, so the notice must reach you by then.",
    wrong:
      "Your mate's right: Christmas week doesn't count, so the notice had to reach you by 18 December.",
  },
  't26-04': {
    a: declineA('shortages of ADHD medicine or switching prescriptions'),
    b: declineB('what to do when a pharmacy runs out of ADHD medication'),
    wrong: 'Ask the GP to switch him to lisdexamfetamine, or try another pharmacy.',
  },
  't26-05': {
    a: 'Your last day is Sunday 28 February 2027. You have 2 months from the date on the letter, and when the month two months on is too short to have that date, the time runs out on its last day: a letter dated 31 December gives you until the last day of February. That last day never moves, even when it is a weekend, so it is not 3 March or 1 March. Contact us before then.',
    b: "It's 28/02/2027, the end of February, as February has no 31st. That's a Sunday, but the date is fixed and doesn't get pushed to the Monday.",
    wrong: "Google's right: the deadline is 3 March 2027.",
  },
  't26-06': {
    a: 'Every call from us shows up as 0151 496 0427. We never hide our number, so you can save it in your contacts as Lightship and know it is us before you answer. If you would rather not talk on the phone at all, say "text only" or "email only" in your message and we will stick to that.',
    b: "It'll always be 0151 496 0427 calling, never a withheld number, so pop that into your phone as Lightship. Or ask for text only and we won't ring at all.",
    wrong: "We ring from a withheld number for privacy, but we'll text first ten minutes before.",
  },
  't26-07': {
    a: "The Pilot House in Lanternside is a good fit: the Chart Room on the ground floor is step-free, with a separate waiting room for each side so you never sit waiting with the council officers. Sandyholme Family Hub is step-free too, and we never meet at your child's school or at council offices.",
    b: "Ask for the Pilot House: the Chart Room is on the ground floor with no steps, and each side has its own waiting room, so you won't have to sit with the council people.",
    wrong: "It'll be held at the council offices; the waiting area is shared, but there's a hoist.",
  },
  't26-08': {
    a: declineA('sensory assessments by an occupational therapist'),
    b: declineB('how to get a sensory assessment for a child'),
    wrong:
      "You can self-refer to the children's OT service, or the school can refer her for a sensory processing assessment.",
  },
  't26-09': {
    a: "That's disagreement resolution, not mediation. It's for disputes about the special educational provision a child is getting, including how an academy carries out its duties, and having an EHC plan is not a condition. Nobody can be made to take part: each side joins only if it wants to, so an academy or a college is free to turn it down. It sits apart from appeals, and no certificate comes out of it.",
    b: "With no plan, the route is disagreement resolution. It's voluntary for everyone, so the academy can say no, and he doesn't need a plan to use it.",
    wrong:
      "Yes, that's mediation, and the academy has to attend; she'll get a certificate afterwards.",
  },
  't26-10': {
    a: 'No. If we cannot get through, we leave a voicemail with a four-digit reference number and try again on the next working day at a different time of day. After a second missed call we send a text or an email so you can pick a time that suits you. We keep your enquiry open for eight weeks and always write to you before we close it.',
    b: "We don't give up: we'll leave a voicemail with a reference and try again the next working day at another time, then text or email you to pick a time. Your enquiry stays open for 8 weeks.",
    wrong: "We only try once; if you miss it you'll need to ring us back.",
  },
  't26-11': {
    a: "Yes. On Fridays there are teatime meetings online from 4pm to 6.30pm, for parents who cannot get time off work. We meet on Webex: you join from your web browser with the link we email two working days before, so there's nothing to download.",
    b: "Friday's your day: there are online meetings on Friday teatime, 4pm until half six, over Webex in your browser.",
    wrong: 'Yes, we run Thursday evening meetings on Zoom from 5.30pm.',
  },
  't26-12': {
    a: declineA('opening a bank account'),
    b: declineB('bank accounts, ID or help from a parent with banking'),
    wrong:
      'Take your passport and a letter with your address; a basic bank account is easiest, and your mum can have a third-party mandate.',
  },
  't26-13': {
    a: "Not quite: it's Monday 4 January 2027. Add 2 months to the letter date (16 December) and one calendar month to the certificate date (30 December). Your deadline is the later of those two dates, 30 December, but a deadline falling on 25 December, 1 January or any day between them moves to the first working day after New Year's Day. The appeal must reach the Tribunal by 5pm.",
    b: "His mate's wrong. The later date is 30 December (certificate plus a month), but that's inside the Christmas window, so it moves to the first working day after New Year: 04/01/2027, by 5pm.",
    wrong: "Yes, his mate's right: the deadline is 30 December 2026.",
  },
  't26-14': {
    a: 'Yes. On Tuesday 29 and Wednesday 30 December someone answers from 11am until 3pm; online meetings only, and only when you ask for one. So you can ring that Tuesday, and a meeting that week would have to be online.',
    b: 'Yes, the phones are staffed 11am to 3pm on Tuesday 29 December. A meeting is possible that week, but only online and only if you ask for it.',
    wrong:
      "No, we're closed the whole week between Christmas and New Year, and there are no meetings.",
  },
  't26-15': {
    a: 'Most meetings take around two hours, and we stop at three hours whatever happens. A 15-minute break comes at least every 90 minutes, and you can ask for one at any time. If one long meeting would be too tiring, we can spread it over two half-days, both inside the 30 days.',
    b: "Usually about 2 hours, never more than 3. There's a quarter-hour break at least every hour and a half, and you can ask for extra ones; it can also be split across two half-days.",
    wrong: "Meetings last up to four hours with a break every hour, and they can't be split.",
  },
  't26-16': {
    a: declineA('theatre performances for autistic children'),
    b: declineB('quieter theatre showings or how to book them'),
    wrong:
      'Yes, the theatre puts on relaxed performances; join its access scheme for a free companion ticket.',
  },
  't26-17': {
    a: "Your brother-in-law is right only when section I is the whole dispute: for the school named alone, no certificate is needed. Because you are also challenging section F, you need a mediation certificate first, but you only need the one certificate: it covers the whole appeal, school and section F together. You don't have to go to a mediation meeting to get it; telling the adviser you don't want mediation is enough.",
    b: 'Because section F is in the appeal too, you must get a certificate before going to the Tribunal, but a single certificate covers both the school and F.',
    wrong:
      "Your brother-in-law's right: you can go straight to the Tribunal without a certificate.",
  },
  't26-18': {
    a: 'Yes. Family and friends carers who are bringing up a child who is not their own, such as a grandparent, can contact us. You do not need a court order or any documents; we simply ask how you are related to the child.',
    b: "Of course, your nan can ring us herself. No court order or documents are needed, we'll just ask how she's related to him.",
    wrong:
      "She'll need a court order or parental responsibility first, or his mum has to give consent.",
  },
  't26-19': {
    a: "In front of everyone is a folded card with their name on it. Turn yours face down at any point and the mediator calls a break. You don't have to say a word or give a reason.",
    b: 'Just flip your name card over on the table; that tells the mediator to stop for a break, no speaking needed.',
    wrong: 'Hold up the red card, then explain to the mediator why you need a break.',
  },
  't26-20': {
    a: declineA('tax-free childcare'),
    b: declineB('childcare schemes or help with childcare costs for a disabled child'),
    wrong:
      "Yes, that's true: the government adds £2 for every £8 you pay, up to £4,000 a year until he's 17.",
  },
  't26-21': {
    a: 'No certificate is needed: a claim like this is brought under the Equality Act 2010, and because a claim of this kind does not challenge a plan, no certificate is needed. It must reach the Tribunal within 6 months of what happened, so your last day is Wednesday 30 December 2026. Since July 2020 these claims get no extra days for Christmas or August, so the 6 months do not stretch, and your sister is wrong about January.',
    b: "You don't need a certificate for a discrimination claim. It's 6 months from sports day, so 30/12/2026, and Christmas doesn't give you any extra time on these claims.",
    wrong:
      "You need a certificate first, and with Christmas you'll get extra time until 4 January 2027.",
  },
  't26-22': {
    a: "Yes. Foster carers can contact us themselves. Please let the child's social worker know you have been in touch with us, or ask us and we will tell them for you.",
    b: "You can ring us directly as his foster carer. Just tell his social worker you've been in contact, or we can let them know.",
    wrong: 'It has to go through the local authority; only birth parents can ask for mediation.',
  },
  't26-23': {
    a: "No. You can bring a supporter or advocate if you want one. A solicitor, a friend or a relative can come in that role, and nobody else's permission is needed.",
    b: "The council doesn't get a say: a supporter can be anyone you choose, a lawyer included, and you don't need anyone's agreement.",
    wrong: 'The council has to agree first; a solicitor can only come if everyone agrees.',
  },
  't26-24': {
    a: declineA('sign language classes for families'),
    b: declineB('learning BSL as a family or who pays for classes'),
    wrong:
      'The NDCS runs free Family Sign Language courses, and the council pays for Level 1 BSL for parents.',
  },
  't26-25': {
    a: "No certificate is needed: when only section I is in dispute, the table says 'No, send the appeal in directly'. Your deadline is the letter date plus 2 months, which is Saturday 9 January 2027. Every other deadline on a weekend or a bank holiday moves to the next working day, so your deadline is Monday 11 January 2027, by 5pm.",
    b: "You don't need a certificate for a section I-only appeal. 9 January 2027 is a Saturday, so the deadline rolls on to the next working day: 11/01/2027, by 5pm.",
    wrong: 'You need a certificate first, and the deadline is Saturday 9 January 2027.',
  },
  't26-26': {
    a: 'Yes, you can speak for her, but once your son or daughter has passed compulsory school age we deal with them unless they tell us otherwise. If they want you to speak for them, they only have to give us their OK once: in a voice note, a text, an email, or by telling an adviser face to face at an Open Door session. Their OK lasts until they take it back, and they never have to explain why.',
    b: 'You can, as long as she gives us her OK once, and a quick text or a voice note from her is enough. Nothing to sign, and it lasts until she withdraws it.',
    wrong: "She has to ring us herself, or you'd need a lasting power of attorney.",
  },
  't26-27': {
    a: "Yes, he can come: your child can be there where you and the mediator agree it is right for them to be there. Coming along is never compulsory, though. If a parent is one of the parties, the mediator has a duty to take reasonable steps to learn your child's wishes and feelings: he can fill in our Message in a Bottle sheet, send a voice note to our text number, draw or write something, or talk to the mediator at home, at school or at an Open Door session.",
    b: "Oui, il peut venir si vous et le médiateur êtes d'accord, mais ce n'est jamais obligatoire. Le médiateur doit chercher à connaître ce qu'il souhaite et ressent : il peut remplir notre fiche « Message in a Bottle », envoyer une note vocale à notre numéro de SMS, faire un dessin ou parler au médiateur à la maison, à l'école ou lors d'une permanence Open Door.",
    wrong: "He must come to the meeting, otherwise the mediator can't hear his views.",
  },
  't26-28': {
    a: declineA('sensory rooms at football grounds'),
    b: declineB('watching a match from a quiet or sensory area'),
    wrong:
      "Contact the club's disability liaison officer; the sensory room is free for autistic fans and a carer.",
  },
  't26-29': {
    a: 'Not completely. If the 2 months have gone by, an adviser is no longer allowed to issue a certificate. That need not be the end of the road: the SEND Tribunal can still give you permission to go ahead, so write and ask, explaining what held you up, in your case your time in hospital.',
    b: "An adviser can't give you a certificate now the 2 months have passed, but you can ask the Tribunal for permission to appeal without one. Tell them about your hospital stays.",
    wrong: "That's it, I'm afraid: it's too late, so you can't appeal at all now.",
  },
  't26-30': {
    a: "Please don't send his details yet. SENCOs, teachers and other staff are welcome to phone for a general explanation of mediation, and on Wednesdays from 1pm to 2.30pm we keep one line free just for professionals. We only talk about a named child once the family has contacted us or signed our OK to share form, so please pass our number to the family rather than sending us their details.",
    b: "Hold on to his details for now: we can't discuss a particular child until the family gets in touch themselves or signs our OK to share form. Give them our number, and you can ring the professionals' line on Wednesday afternoons for general advice.",
    wrong: "Yes, just email his details and the background and we'll contact the council.",
  },
  't26-31': {
    a: "No. Nothing is recorded. No one, the mediator included, may record sound or video, on a phone, a smart watch or anything else. What helps instead: you can bring your own notes, and if you agree on anything the mediator prints the agreement before you leave and everyone signs it, so you'll have it in writing. We can also send an Easy Read copy within 5 working days.",
    b: "Recording isn't allowed, whether on a phone or a watch. But you can bring notes, and any agreement is printed and signed before you go, so you'll have a written copy to read later.",
    wrong: "Yes, that's fine, and the mediator will send you a recording afterwards.",
  },
  't26-32': {
    a: declineA('prescription charges'),
    b: declineB('who pays for prescriptions after 18'),
    wrong:
      'With epilepsy you can get a medical exemption certificate, so your prescriptions are free.',
  },
  't26-33': {
    a: 'Because the health part comes up alongside section F, the council arranges it, and the integrated care board takes part; the council is allowed 3 working days to pass the health issues on. The meeting must then take place within 30 days of the council learning you want mediation. From Friday 4 December that is Sunday 3 January 2027. They are ordinary calendar days: if the thirtieth day is a weekend or a bank holiday it stays where it is, and nothing is added on.',
    b: "The council sets it up, since it's health plus education, with the ICB joining in. 30 calendar days from 4 December is 03/01/2027, a Sunday, and it isn't moved to the Monday.",
    wrong: 'The ICB arranges it, within 30 working days, so by 15 January 2027.',
  },
  't26-34': {
    a: "Interpreters are free, and you can ask for a woman or a man. For an interpreter sitting with you in the room, tell us two weeks ahead. For an interpreter on a video call, one working day's notice is enough.",
    b: 'It costs you nothing. Please tell us 2 weeks before the meeting, and we will ask for a female Cantonese interpreter.',
    wrong: "You have to pay for the interpreter, and we need three weeks' notice.",
  },
  't26-35': {
    a: 'Yes, by phone. You do not need the internet or a smartphone. At the start time the mediator rings you, on a landline or a mobile, and adds you to the call, so you never have to dial in or pay for the call.',
    b: "She can join on her house phone: the mediator rings her when it starts and adds her to the call, so she doesn't need the internet and doesn't pay for the call.",
    wrong: "She'll need a smartphone to download the Webex app, or she must come in person.",
  },
  't26-36': {
    a: declineA('cards for autistic people to show the police'),
    b: declineB('ID cards or schemes for autistic adults dealing with the police'),
    wrong:
      'Yes, the police give out a free autism alert card; you can download one from the National Autistic Society.',
  },
  't26-37': {
    a: "Not on its own: for section G (health) alone the table says 'No appeal, though you can still ask for mediation'. When the only disagreement is about the health parts of the plan, the Mersey Shore and Dunes Integrated Care Board arranges the mediation, not the council.",
    b: 'بەشی G (تەندروستی) بە تەنها ناتوانرێت بۆ دادگا ببرێت، بەڵام هێشتا دەتوانن داوای ناوبژیوانی بکەن. کاتێک ناکۆکییەکە تەنها لەسەر تەندروستییە، دەستەی تەندروستی (Mersey Shore and Dunes Integrated Care Board) ناوبژیوانییەکە ڕێک دەخات، نەک ئەنجومەن.',
    wrong:
      'Yes, you can appeal section G to the Tribunal, and the council must arrange mediation first.',
  },
  't26-38': {
    a: 'Yes. Your reasonable costs of getting to the mediation are paid by whichever body arranged it: standard-class fares for Merseyrail, and wages lost because you took time off, up to £45. Use the grey claim form and send it with your receipts within 3 months of the meeting. The money reaches you within 15 working days of the form arriving.',
    b: 'Да. Совет или ICB, который организовал медиацию, оплатит билеты стандартного класса и потерянную зарплату — до £45. Заполните серую форму и отправьте её с чеками в течение 3 месяцев после встречи. Деньги придут в течение 15 рабочих дней после того, как мы получим форму.',
    wrong:
      'You can claim up to £45, but the form must be in within 6 weeks and payment takes 20 working days.',
  },
  't26-39': {
    a: 'After an online meeting the mediator emails the agreement as a PDF, and each person confirms it by replying "I agree" by 5pm on the next working day, so you do not sign on screen there and then. We can also send you an Easy Read or translated copy within 5 working days.',
    b: "Nothing to sign on the spot: the mediator emails you the agreement as a PDF and you just reply 'I agree' by 5pm the next working day, after reading it in your own time. An Easy Read copy can follow within 5 working days.",
    wrong: 'You must sign it on the screen straight away with an electronic signature.',
  },
  't26-40': {
    a: declineA('wills or trusts for a disabled grandchild'),
    b: declineB('leaving money in a will or how it affects benefits'),
    wrong:
      "Put it in a discretionary trust set up by a solicitor, so it won't stop her benefits if it's over £16,000.",
  },
  't26-41': {
    a: "Yes. From the moment a young person leaves compulsory school age behind until they turn 25, the decisions are theirs: they ask for mediation, they receive the certificate and they bring any appeal, all in their own name. And you do need a certificate: the table lists 'The council means to stop maintaining the plan' as a decision that needs one, so contact an adviser within 2 months of the letter. You can get the certificate without a meeting if you don't want mediation.",
    b: "You can deal with it yourself: you're an adult under 25, so it's your call. A decision to end the plan can be appealed, but you'll need a mediation certificate first (you don't have to go to mediation to get one).",
    wrong:
      "Your mum has to appeal for you, but you don't need a certificate: you can go straight to the Tribunal.",
  },
  't26-42': {
    a: 'If you have no bank account, we can send a PayPoint voucher instead, which you cash at a local shop.',
    b: "No problem: we'll send a PayPoint voucher you can take to a local shop and swap for cash.",
    wrong: 'You need to open a bank account, as we only pay by bank transfer.',
  },
  't26-43': {
    a: 'With the notice we send a list of every person who will be at the meeting and what their job is. If anyone is added, we text you straight away, and nobody new can join on the day unless you say so. From the council side come people who must be able to agree things at the meeting.',
    b: "You'll get a list of everyone attending and their roles along with the notice; if someone gets added you'll be texted right away, and no one new can walk in on the day without your say-so.",
    wrong: "You won't be told who is coming until the day itself.",
  },
  't26-44': {
    a: declineA('puberty and periods support for pupils with a learning disability'),
    b: declineB('resources to help a girl with a learning disability through puberty'),
    wrong: 'Use Easy Read social stories and ask the school nurse to run a puberty session.',
  },
  't26-45': {
    a: 'Your last day is Monday 21 December 2026, by 5pm. Add 2 months to the letter date (5 December), then for the certificate add one calendar month to the date it bears, which gives Sunday 20 December; your deadline is the later of those two dates. Every other deadline on a weekend or a bank holiday moves to the next working day, so it goes forward to Monday 21 December, never back to Friday 18. It is a calendar month, not 30 days.',
    b: "It's 21/12/2026. The certificate date plus a calendar month is Sunday 20 December, which is later than the letter's 2 months, and because it falls on a weekend it rolls forward to the next working day, Monday. It doesn't go backwards to the Friday.",
    wrong:
      "Your friend's right: 30 days from the certificate, so the deadline is 18 December 2026.",
  },
  't26-46': {
    a: "Yes. Drop in for a chat with an adviser at Fernhey Library on the first Monday of each month, from 3.30pm to 5.30pm, straight after school. There is no need to book, and children are welcome. The next one is on Monday 7 December 2026, so there's one before Christmas; after that the next is Monday 1 February 2027.",
    b: 'Yes, Open Door at Fernhey Library: first Monday of the month, 3.30 to 5.30pm, no booking. The next is 07/12/2026, before the Christmas holidays.',
    wrong:
      'There are no sessions in December; the next one is on 4 January 2027 and you need to book.',
  },
  't26-47': {
    a: 'Your adviser emails your mediation certificate to you within 3 working days of the meeting finishing, so by Tuesday 22 December 2026: Friday 18, Monday 21 and Tuesday 22 December, because the weekend does not count. You get it whether or not you reached an agreement.',
    b: 'Sertifikāts jums jāsaņem trīs darba dienu laikā pēc mediācijas beigām, tātad vēlākais otrdien, 22. decembrī. Sestdiena un svētdiena netiek skaitītas. Sertifikātu saņemsiet arī tad, ja vienošanās netiks panākta.',
    wrong: 'The certificate comes within 3 calendar days, so by 20 December 2026.',
  },
  't26-48': {
    a: declineA('specialist car seats'),
    b: declineB('car seats for children with low muscle tone or help paying for them'),
    wrong:
      'Ask her occupational therapist for an assessment; the Family Fund or Newlife can help pay for a specialist car seat.',
  },
  't26-49': {
    a: "Your certificate should come by Wednesday 30 December 2026. An adviser issues it within 3 working days of you letting us know you do not want mediation, and you don't need a meeting. Christmas Eve still counts, as do the ordinary weekdays in the week between Christmas and New Year: the three working days are Thursday 24, Tuesday 29 and Wednesday 30 December (25 and 28 December are bank holidays).",
    b: "It should arrive by 30/12/2026. The 3 working days after Wednesday 23 are Christmas Eve, Tuesday 29 and Wednesday 30 December, because only the bank holidays and the weekend are skipped; it doesn't wait for January.",
    wrong:
      "Nothing happens over Christmas: Christmas Eve doesn't count, so expect it by 4 January 2027.",
  },
  't26-50': {
    a: 'Yes, it counts. Send a text, a WhatsApp message or an email, or leave a voicemail. Our system logs the date and time each message arrives, and anything logged before midnight on your last day counts. You get an automatic reply showing that date and time, so keep it safe.',
    b: "A WhatsApp on New Year's Day is fine as long as it arrives before midnight: the system records when it comes in and sends you an automatic reply with the date and time, so hang on to that.",
    wrong: "It doesn't count because we're closed; you need to contact us by 31 December.",
  },
  't26-51': {
    a: 'The draft should reach you by Monday 18 January 2027. When the council agrees to write an EHC plan, the table gives: Draft plan within 5 weeks, final plan within 11 weeks (so the final plan by Monday 1 March 2027). These are calendar weeks from the day of the agreement, and the weeks over Christmas and New Year count like any others, so the officer is wrong that Christmas is left out.',
    b: '5 calendar weeks from 14 December: the draft is due by 18/01/2027. Christmas is counted like any other weeks, and the final plan follows within 11 weeks.',
    wrong: "Christmas doesn't count, so the draft is due by 25 January 2027.",
  },
  't26-52': {
    a: declineA('help with energy bills'),
    b: declineB('energy costs for families running medical equipment at home'),
    wrong:
      "Join your supplier's Priority Services Register and apply for the Warm Home Discount of £150.",
  },
  't26-53': {
    a: 'She was in time: her deadline was Tuesday 1 September 2026. The letter date plus 2 months is 2 August and the certificate date plus one calendar month is 14 August; your deadline is the later of those two dates, 14 August. A deadline in August moves to the first working day in September, and Monday 31 August 2026 was a bank holiday, so it became Tuesday 1 September.',
    b: "She wasn't late. The later date, 14 August, falls in August, so the deadline moved to the first working day of September, and as the 31st was a bank holiday that was 01/09/2026, the day she sent it.",
    wrong: "Your ma's right, she missed it: the deadline was 14 August 2026.",
  },
  't26-54': {
    a: 'We keep notes of your calls and meetings for 3 years after your case is closed, then destroy them securely. You can ask for a copy of what we hold about you at any time; it is free and we send it within 20 working days. We share your information only if you agree, or if we need to protect someone from serious harm.',
    b: 'Notes are kept for three years once your case closes and then securely destroyed. A copy of your records costs nothing and comes within twenty working days.',
    wrong: 'We keep records for 6 years, and a copy costs a £10 fee, sent within one month.',
  },
  't26-55': {
    a: "Health points can't go to the Tribunal, but an agreement about them still has to be carried out within 2 weeks of the agreement unless you all agree a different time in writing: from Tuesday 15 December that is Tuesday 29 December 2026. Christmas counts, because these are calendar weeks. And yes, when the agreement is about health alone, the council must hear about it from the integrated care board within 1 week.",
    b: 'Two weeks from 15 December: 29/12/2026, Christmas included. The ICB has to let the council know within a week.',
    wrong:
      "They get 5 weeks like sections B and F, so 19 January 2027, and Christmas doesn't count.",
  },
  't26-56': {
    a: declineA('counselling for parent carers'),
    b: declineB('support or talking therapy for parents themselves'),
    wrong:
      'You can self-refer to NHS Talking Therapies for free, or contact your local carers centre.',
  },
  't26-57': {
    a: 'Not on its own. For only section H (social care), the table says: No appeal, though you can still ask for mediation. With nothing about health in it, the council arranges it by itself.',
    b: "Section H by itself can't go to the Tribunal, but you can still have mediation about it, and the council would set that up.",
    wrong: 'Yes, you can appeal section H to the Tribunal, but you need a certificate first.',
  },
  't26-58': {
    a: 'Tell your adviser first if you can. If that does not work, write or email to Bernadette Quayle, our service manager. She acknowledges your complaint within 3 working days and sends you a full answer within 25 working days. Still unhappy? Ask within 6 weeks of her answer, and a Lightship director who has had nothing to do with your case will review it and reply within 15 working days.',
    b: "Complain to Bernadette Quayle, the service manager. She'll confirm she's got it within three working days and give you a full reply within twenty-five working days, with a review by a director after that if you need it.",
    wrong: "Email the Ombudsman; you'll get a reply within 10 working days.",
  },
  't26-59': {
    a: 'Sandyholme Family Hub has a free crèche for under-fives if you book it five working days ahead, so ask for your meeting there. A baby in arms is fine, but for older children use the crèche, or claim for childcare on your expenses.',
    b: 'Book the meeting at Sandyholme Family Hub: their creche takes under-fives for free, as long as you book it 5 working days before.',
    wrong: 'Children are not allowed at meetings, and the crèche costs £5 an hour.',
  },
  't26-60': {
    a: declineA('getting a dyspraxia diagnosis'),
    b: declineB('NHS assessments for dyspraxia'),
    wrong:
      'Ask the GP to refer her to a community paediatrician for a developmental coordination disorder assessment.',
  },
};
