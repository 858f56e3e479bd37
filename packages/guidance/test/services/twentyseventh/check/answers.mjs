// Three answers for every question, used by check.mjs to test the questions themselves:
//   a      the right answer in the page's own words (it quotes the page)
//   b      the right answer in other words (or in the asker's language)
//   wrong  a plausible wrong answer: outside knowledge, a nearby page fact that does not apply,
//          or the usual date slip. It carries the same (right) citations, so it must fail on
//          `must` or `must_not` alone.
// check.mjs adds the citations (the page sentences around each cite phrase).

const TEL = '0115 496 0658';

// a right answer to a question the pages do not cover
const declineA = (topic) =>
  `Bramblegate's published pages don't cover ${topic}, so I can't give you a reliable answer from them. Please ring Bramblegate SEND Mediation on ${TEL} (or text 07700 900386) and an adviser can point you to the right people.`;
const declineB = (topic) =>
  `Sorry, the Bramblegate guidance says nothing about ${topic}. The team may know who to ask: call +44 115 496 0658 or email hello@bramblegatemediation.example.`;

export const ANSWERS = {
  't27-01': {
    a: "Yes: on Tuesdays and Thursdays there is an early starters' line before 9am for people on shifts, with the phones staffed 7am to 9am, then 9.30am to 4.30pm. You can also text 07700 900386 at any time.",
    b: 'Ring on a Tuesday or a Thursday between seven and nine in the morning, before your shift starts; that early line is there for people like you.',
    wrong: 'Our phones are open every day from 7am, and there is a Saturday line as well.',
  },
  't27-02': {
    a: 'We are separate. The two councils and the integrated care board fund Bramblegate under a contract, but the contract gives them no right to steer any case, and none of our advisers or mediators is on any of their payrolls. The law says a mediation adviser must be independent.',
    b: "Bramblegate is an independent charity. The council pays for the service but can't tell us what to do, and nobody here is employed by the council.",
    wrong: "Yes, we're part of the council's SEND team, so we follow its line.",
  },
  't27-03': {
    a: 'Your mate is wrong: the latest is Tuesday 29 December 2026. The notice must reach you at least five working days before the meeting, and only weekdays that are not bank holidays go towards those five days. Counting back from Wednesday 6 January: Tuesday 5, Monday 4 January, then (skipping the weekend and 1 January) Thursday 31, Wednesday 30 and Tuesday 29 December.',
    b: 'Only the bank holidays (25 and 28 December, 1 January) and weekends are skipped; the other days between Christmas and New Year are working days. Five working days back from 6 January is 29/12/2026.',
    wrong:
      "Your mate's right: the days between Christmas and New Year don't count, so the notice had to come by 22 December.",
  },
  't27-04': {
    a: declineA('weighted blankets or NHS equipment for sleep'),
    b: declineB('weighted blankets for children'),
    wrong:
      'It should weigh about 10% of her body weight, so around 2kg, and an occupational therapist can get you one.',
  },
  't27-05': {
    a: 'Just before we call, we send a heads-up text from 07700 900386 saying "Bramblegate ringing you in 5 minutes", so you know the call that follows is really us. Our calls come up as 0115 496 0658, so you can save the number. Or ask for "messages only" and we will never ring you at all.',
    b: "You'll get a text first telling you we're about to ring, and the call will show 0115 496 0658. If you'd rather, ask for messages only and we'll stick to texts and emails.",
    wrong: 'We ring from a withheld number for privacy, so just answer any private number.',
  },
  't27-06': {
    a: 'Your last day is Sunday 28 February 2027. You have two months from the date on the letter, and if the later month is too short it ends on its final day: a letter dated 30 December gives you until 28 February, and the same goes for 29 December. This date stays where it falls even on a Saturday or Sunday, so it is not moved to 1 March.',
    b: "It's 28/02/2027, the end of February, because February 2027 has no 29th. It's a Sunday, but the date is fixed and doesn't roll on to the Monday, so contact us before then.",
    wrong: "Your wife's right: the deadline is 1 March 2027.",
  },
  't27-07': {
    a: 'Sallowby Chapel Rooms is on the ground floor with level entry, and it has a hearing loop and free parking by the door. Brinsmoor Family Hub is ground floor with level entry too. The Lace Works is on the first floor, with a lift, and has a quiet room you can use at any time.',
    b: 'Go for Sallowby Chapel Rooms: no steps, and free parking right outside. Brinsmoor Family Hub is also step-free.',
    wrong: "We'd hold it at your child's school, which is accessible, and there's a crèche.",
  },
  't27-08': {
    a: declineA('barbers or hairdressers for autistic children'),
    b: declineB('autism-friendly haircuts'),
    wrong: 'Ask for a quiet hour with scissors only, or book a mobile barber to come to your home.',
  },
  't27-09': {
    a: 'A message left after hours, or at the weekend, gets a call before 11am on the next working day, so you should hear from us this morning.',
    b: 'As you rang in the evening, expect our call by eleven this morning. If it has not come by then, ring 0115 496 0658.',
    wrong: 'We aim to call back within 48 hours.',
  },
  't27-10': {
    a: 'That would be disagreement resolution, not mediation. It is open to children with or without an EHC plan, and it covers nurseries. But it only happens if every side agrees to take part, so a school or an academy can say no, and so can a nursery. It never leads to a certificate.',
    b: "The route is disagreement resolution, which doesn't need a plan. It's voluntary for everyone, so the nursery can decline to come.",
    wrong:
      "Yes, that's mediation, and the nursery has to attend; you'll get a certificate afterwards.",
  },
  't27-11': {
    a: 'We try three times in all, spread over five working days and at different times of day. After the third try we post you a letter with our direct number and a freepost reply slip, and we keep your enquiry open for twelve weeks.',
    b: "Don't worry: we ring three times at different times over about a week, then send you a letter by post, and your enquiry stays open for 12 weeks.",
    wrong: "We only try once; if you miss it you'll have to ring us back.",
  },
  't27-12': {
    a: declineA('volunteering for young adults'),
    b: declineB('finding volunteering work'),
    wrong: 'Try your local volunteer centre or Do-it, or sign up with the RSPCA shop.',
  },
  't27-13': {
    a: "Not quite: it's Monday 4 January 2027. The letter date plus two months is 2 December; the certificate date plus one calendar month is 26 December, and that is the later one. If that date is 25 December, 1 January or any day in between, the deadline becomes the first working day after 1 January. The Tribunal must receive your appeal by 5pm.",
    b: 'Your mate is wrong. The later date, 26 December, falls in the Christmas window, so it moves past New Year to 04/01/2027, by 5pm.',
    wrong: "Your mate's right: the deadline is Monday 28 December.",
  },
  't27-14': {
    a: 'We meet on Jitsi. It opens in your web browser or in the free Jitsi app, and you do not need an account. We email the link three working days before the meeting, and we can do a ten-minute test call the week before.',
    b: 'No download needed: Jitsi works in your browser, with no account. The link comes by email 3 working days before.',
    wrong:
      "You'll need to download Zoom and create an account; the link comes two working days before.",
  },
  't27-15': {
    a: "You haven't missed it. On Thursday 31 December the phones are off, but an adviser checks texts and emails between 10am and noon for anyone with a deadline. And if your deadline is a day we are closed, text or email us before midnight that day: our system stamps every message with the date and time it arrived.",
    b: 'Send a text to 07700 900386 or an email on the 31st. It is stamped with the time it arrives, so anything in before midnight counts.',
    wrong: "Don't worry, the deadline moves to Monday 4 January when we reopen.",
  },
  't27-16': {
    a: declineA('trampoline parks or their SEN sessions'),
    b: declineB('SEN sessions at trampoline parks'),
    wrong: 'Yes, they are quieter with the music turned down, and carers go free.',
  },
  't27-17': {
    a: 'No. You need a mediation certificate for section F, and with section I together with B or F the table says: Yes, and one certificate covers all of it. If your disagreement covers more than one of these, one certificate is enough. Only the school alone can go straight in.',
    b: "Get one certificate first, covering both the school and the speech therapy; you don't need two, and you can't skip it just because the school is part of it.",
    wrong:
      'Go straight to the Tribunal about the school, and get a separate certificate for section F.',
  },
  't27-18': {
    a: 'Everyone at the table gets a small stop sign on a lollipop stick. Hold yours up whenever you need a pause. You do not have to say anything or explain why, and the mediator stops the meeting there and then.',
    b: 'Just lift your stop sign on its lollipop stick: the meeting stops for a break, no words needed.',
    wrong: 'Hold up the red card and tell the mediator why you need a time out.',
  },
  't27-19': {
    a: 'Yes, we will talk to you. Grandparents and other kinship carers who look after a child day to day can contact us. We never ask for a court order or a special guardianship paper; we just ask who the child lives with.',
    b: "Of course. You don't need any papers at all; we'll simply ask who he lives with.",
    wrong: "You'll need a court order or special guardianship before we can talk to you.",
  },
  't27-20': {
    a: declineA('sensory toys'),
    b: declineB('toys for sensory seekers'),
    wrong: 'Get her a chewy necklace, a spinning chair and some fidget toys.',
  },
  't27-21': {
    a: 'You do not need a mediation certificate for it: it is a claim under the Equality Act, not an appeal. The claim must reach the Tribunal no more than 6 months after what the school did, so by Tuesday 29 December 2026. The Christmas and August extensions do not apply to discrimination claims, so it is not pushed past New Year.',
    b: "No certificate is needed. Six months from 29 June is 29/12/2026, and there's no Christmas extension for discrimination claims, so your cousin is wrong.",
    wrong:
      "Your cousin's right: you get extra time over Christmas, so the deadline is 4 January, and you need a certificate first.",
  },
  't27-22': {
    a: "Yes. Foster carers are welcome, and we ask that you mention your call to us to the child's social worker.",
    b: 'You can ring us yourself; just let her social worker know you have been in touch.',
    wrong: 'No, it has to come through her social worker at the local authority.',
  },
  't27-23': {
    a: "No. You may bring a supporter, an advocate or a lawyer, and you do not need anyone else's permission for that.",
    b: 'He can come with you as your supporter; nobody needs to approve it first, not the council and not the mediator.',
    wrong: 'The council has to agree first, and he can only come if everyone agrees.',
  },
  't27-24': {
    a: declineA('passport photos or passport applications'),
    b: declineB('passport rules for disabled children'),
    wrong:
      "Yes, the passport office will accept it if you explain the medical reason; you'll need a letter from the GP.",
  },
  't27-25': {
    a: "No, you don't need a certificate. For only the school or college in I, the table says: No, you can lodge the appeal straight away. Two months from 16 November is Saturday 16 January, and if it is a weekend or bank holiday, it moves on to the next working day: Monday 18 January 2027.",
    b: "No certificate is needed when it's only section I. The date isn't brought back to the Friday: 16 January is a Saturday, so it moves forward to 18/01/2027.",
    wrong: 'Yes, you need a certificate, and your deadline is Friday 15 January.',
  },
  't27-26': {
    a: "Yes, once he's told us it's OK. If a young person would like a parent to talk to us for them, they tell us so once, in a three-minute phone call, a text or a short video message. That permission lasts for twelve months and we check with them again after that.",
    b: 'He just needs to give his permission once, and a quick text or a short video will do; then you can deal with us for him for a year.',
    wrong:
      "He'll need to ring us himself and sign a form, and his permission lasts until he takes it back.",
  },
  't27-27': {
    a: 'No. Your child never has to take part. The mediator must make reasonable efforts to hear what the child wants, so he can fill in our Three Wishes sheet, writing or drawing three things he wants from school, send a short video or voice message, or meet the mediator at home or at school.',
    b: 'Jo, nuk është e detyrueshme që djali të vijë. Ai mund të plotësojë fletën "Three Wishes" (tre dëshira), të dërgojë një video ose mesazh zanor, ose të takojë ndërmjetësin në shtëpi apo në shkollë.',
    wrong:
      'He must attend the meeting so the mediator can hear his views; otherwise use the Message in a Bottle sheet.',
  },
  't27-28': {
    a: declineA('special needs buggies or NHS mobility equipment'),
    b: declineB('buggies for older disabled children'),
    wrong:
      'Ask the physio to refer him to the wheelchair service; the NHS will pay for a Major buggy.',
  },
  't27-29': {
    a: "You haven't lost everything. Once the two months have passed, we are not allowed to issue a certificate any more, but you can still ask the Tribunal itself for permission to appeal without one, and it decides whether to let the appeal go ahead.",
    b: 'We can no longer give you a certificate, but the Tribunal can give you permission to appeal anyway, so explain what happened when you apply.',
    wrong: 'Yes, we can still issue a certificate because you were in hospital.',
  },
  't27-30': {
    a: "Please don't send his details. We only talk about a named child after the family has contacted us themselves, so give families our number rather than sending us their details. You can ring us for general information about how mediation works.",
    b: "Pass our number to the mum and let her get in touch herself; we can't take the child's details from school first.",
    wrong: 'Yes, just email his details and we will ring her.',
  },
  't27-31': {
    a: 'No. Nobody records the meeting. That covers phones, smart watches, laptops and any other device, and it includes the mediator. You can take your own notes on paper, and you get a copy of any agreement.',
    b: "Recording isn't allowed, but you can write notes, bring a supporter to take notes for you, and keep the written agreement.",
    wrong: 'Yes, that is fine, you can record it on your phone.',
  },
  't27-32': {
    a: declineA('GPS trackers or paying for them'),
    b: declineB('trackers for children who run off'),
    wrong: 'AngelSense and Xplora are good, and the council can help with the cost.',
  },
  't27-33': {
    a: 'No health at all: the council arranges it. The meeting has to happen within 30 days of the council hearing from you. These are ordinary calendar days, not working days, and the end date is not pushed on when it falls on a weekend, so the latest is Saturday 2 January 2027.',
    b: "The council sets it up. Thirty calendar days from 3 December is 02/01/2027; it's a Saturday but it isn't moved, and these are calendar days, not working days.",
    wrong: 'The NHS arranges it, within 30 working days, so by 14 January.',
  },
  't27-34': {
    a: 'Interpreters cost you nothing. For a meeting in a room, book the interpreter at least ten working days before.',
    b: 'It is free. Please tell us 10 working days before the meeting, and the interpreter will sit with you.',
    wrong: 'You must pay for the interpreter and tell us two weeks before.',
  },
  't27-35': {
    a: 'Yes. For a meeting by phone, you ring a freephone dial-in number and key in the code we send you. Calls to it are free from mobiles and landlines, so her house phone will do.',
    b: 'She can join from home on her landline: she dials a free number and types in a code, and it costs her nothing.',
    wrong: 'She will need a smartphone or a computer with internet, or she has to come in person.',
  },
  't27-36': {
    a: declineA('dietitians or eating problems'),
    b: declineB('referrals to a dietitian'),
    wrong: 'Yes, you can self-refer to the eating disorder service.',
  },
  't27-37': {
    a: 'Only the health part in G: it cannot be appealed alone, but mediation is open. Health only: the integrated care board arranges it.',
    b: 'Όχι, το κομμάτι υγείας (ενότητα G) δεν μπορεί να γίνει έφεση μόνο του στο δικαστήριο. Μπορείτε όμως να ζητήσετε διαμεσολάβηση, και ο φορέας υγείας (Integrated Care Board) οργανώνει τη διαμεσολάβηση.',
    wrong:
      'Yes, you can appeal section G to the Tribunal, and the council must arrange the mediation.',
  },
  't27-38': {
    a: 'Yes: a standard-class train fare and up to £45 for the day for wages you lose. You claim on our green form BG2 within eight weeks of the meeting, and we pay by bank transfer within 10 working days of getting it.',
    b: 'Igen, a vonatjegyet és az elmaradt bért (legfeljebb 45 font) visszakapja. A kérelmet a találkozó után 8 héten belül kell beadni, ez a határidő,, és a pénzt 10 munkanapon belül utaljuk.',
    wrong:
      'You have 3 months to claim on the grey form, and we pay within 15 working days, up to £60.',
  },
  't27-39': {
    a: "You don't sign on screen. After a video meeting we email you the agreement, and a paper copy goes in the first-class post the following day. You confirm it by texting YES and your case reference to 07700 900386 within two working days.",
    b: "Nothing to sign there and then: the agreement is emailed and posted to you, and you text YES with your reference within 2 working days once you've read it.",
    wrong: 'You must sign it on the screen straight away with an electronic signature.',
  },
  't27-40': {
    a: declineA('hydrotherapy pools'),
    b: declineB('hydrotherapy sessions'),
    wrong: 'Yes, there are hydrotherapy pool sessions at the hospital pool and they are free.',
  },
  't27-41': {
    a: 'Yes. Once a young person is over compulsory school age and under 25, they make these decisions in their own name: they contact the adviser and bring any appeal themselves. For a decision to cease the plan the table says yes, so you need a certificate first.',
    b: "You can do it all yourself. You'll still need a mediation certificate before you appeal, because ending a plan needs one.",
    wrong: "No, your mum has to appeal for you, and you don't need a certificate.",
  },
  't27-42': {
    a: 'We can pay you with a Post Office payout instead: we text you a barcode and you collect the money in cash at any Post Office counter.',
    b: "No problem: you'll get a barcode by text, take it to the Post Office and they hand you the cash.",
    wrong: "You'll need to open a bank account; otherwise we can send a PayPoint voucher.",
  },
  't27-43': {
    a: "Yes, you'll know. With the notice you get a list of the people coming and what each of them does. If someone is added later, we tell you by text the same day, and a person missing from the list only joins if you agree on the day.",
    b: "You'll get a list of everyone coming before the meeting, and a text if anyone is added; nobody new can walk in unless you say so.",
    wrong: "You won't know until the day; anyone can come from the council.",
  },
  't27-44': {
    a: declineA('visual timetables for classrooms'),
    b: declineB('classroom resources such as visual timetables'),
    wrong: 'Use Widgit symbols or a Twinkl template with a now and next board.',
  },
  't27-45': {
    a: "Your friend is wrong: it's Monday 7 December 2026. The letter date plus two months is 20 October, and the certificate date plus one calendar month is Sunday 6 December. Pick the later of those two dates as your deadline. If it is a weekend or bank holiday, it moves on to the next working day, never back to the Friday.",
    b: 'The later date is 6 December, a Sunday, so the deadline goes forward to Monday, 07/12/2026, not back to Friday 4th. Get it in by 5pm.',
    wrong: "Your friend's right: the deadline is Friday 4 December.",
  },
  't27-46': {
    a: 'The December drop-in is on Wednesday 16 December 2026, from 9.30am to 11.30am at Sallowby Chapel Rooms. You do not need to book.',
    b: "It's 16/12/2026 at Sallowby Chapel Rooms, half nine till half eleven; just turn up.",
    wrong: 'The next one is on the first Wednesday, 2 December, and you must book.',
  },
  't27-47': {
    a: 'By Thursday 24 December 2026. The certificate is sent by the adviser no more than 3 working days after the meeting ends, and Christmas Eve is a working day: Tuesday 22, Wednesday 23 and Thursday 24 December.',
    b: 'Certifikát dostanete nejpozději ve čtvrtek 24. prosince 2026 (24.12.2026), do 3 pracovních dnů po mediaci. Štědrý den se počítá jako pracovní den, svátky 25. a 28. prosince ne.',
    wrong: 'Christmas Eve does not count, so the deadline is 29 December.',
  },
  't27-48': {
    a: declineA('birthday parties'),
    b: declineB('autism-friendly parties'),
    wrong: 'Keep it small, at home, with a quiet room and a visual schedule.',
  },
  't27-49': {
    a: 'Yes, you still get a certificate. Tell the adviser you do not want to mediate, and the certificate reaches you no more than 3 working days after you tell us. Christmas Eve and the ordinary weekdays between Christmas and New Year are working days, so after 24 December you count Tuesday 29, Wednesday 30 and Thursday 31 December 2026.',
    b: "You'll get your certificate without any meeting, by 31/12/2026, because 29, 30 and 31 December are working days.",
    wrong:
      "Your husband's right: nothing happens until the new year, so the certificate comes by 5 January.",
  },
  't27-50': {
    a: 'We keep your file for two years after your case closes and then shred it. A copy of everything we hold is free: there is no charge, and it reaches you within one calendar month.',
    b: "Two years after your case ends. Your copy won't cost anything and arrives within a month.",
    wrong: 'We keep files for seven years, and a copy costs £10.',
  },
  't27-51': {
    a: 'Changing the needs or provision in sections B or F has a limit of 5 weeks. These are calendar weeks counted from the day of the agreement, and nothing is knocked off for Christmas. So the deadline is Wednesday 13 January 2027.',
    b: 'Five calendar weeks from 9 December, Christmas included: 13/01/2027.',
    wrong: "Christmas doesn't count, so they have until 20 January.",
  },
  't27-52': {
    a: declineA('travel insurance'),
    b: declineB('insurance for holidays'),
    wrong: "You'll need to declare it as a pre-existing condition; try a specialist insurer.",
  },
  't27-53': {
    a: 'She was in time. The later date was 10 August (letter plus two months), and if it is any day in August, the deadline becomes the first working day after 31 August. In 2026, 31 August was a bank holiday, so her deadline was Tuesday 1 September 2026.',
    b: "She wasn't late: any deadline in August moves to the first working day after 31 August, which was 01/09/2026.",
    wrong: 'Your mam is right: she was late, it had to be in by 10 August.',
  },
  't27-54': {
    a: 'Tell the person you have been dealing with first. If that does not put it right, write to Hazel Brocklehurst, our service manager. She lets you know your complaint has arrived within 2 working days and replies in full within 20 working days. If you are still unhappy, ask within 28 days for the chair of our trustees to look at it.',
    b: 'Complain to the service manager, Hazel Brocklehurst: two working days to acknowledge it, twenty working days for a full reply, then the chair of trustees if needed.',
    wrong: 'Write to a director, who replies within 25 working days.',
  },
  't27-55': {
    a: 'The body that agreed must act within 2 weeks of the agreement: Friday 1 January 2027. That is a bank holiday, but the date is not moved.',
    b: "Two calendar weeks from 18 December: 01/01/2027, even though it's New Year's Day.",
    wrong: 'They have 5 weeks, and Christmas does not count, so early February.',
  },
  't27-56': {
    a: declineA('Santa visits or grottos'),
    b: declineB('quiet Christmas grotto sessions'),
    wrong: 'Yes, most garden centres do a quiet Santa session; book an early slot.',
  },
  't27-57': {
    a: 'Only the social care part in H: it cannot be appealed alone, but mediation is open.',
    b: "Section H can't go to the Tribunal on its own, but you can still ask for mediation about it.",
    wrong: 'Yes, you can appeal section H, but you need a certificate first.',
  },
  't27-58': {
    a: 'No. The mediator can move between two rooms and carry messages, so you never face the officers if you would rather not.',
    b: "You don't have to sit with them: you can stay in your own room while the mediator goes back and forth.",
    wrong: 'You have to sit in the same room, but there are separate waiting rooms.',
  },
  't27-59': {
    a: 'Yes. On Tuesdays there is also an in-person meeting from 5pm to 7pm at the Lace Works for parents who work days.',
    b: 'Ask for a Tuesday: 5pm till 7pm, face to face at the Lace Works in Wolverstone.',
    wrong: 'We only do evening meetings online, on Friday teatime.',
  },
  't27-60': {
    a: declineA('wigs or NHS hair loss support'),
    b: declineB('wigs for children'),
    wrong: 'Yes, NHS wigs are free for under 16s; the Little Princess Trust can help too.',
  },
};
