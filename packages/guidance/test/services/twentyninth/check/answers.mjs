// Three answers for every question, used by check.mjs to test the questions themselves:
//   a      the right answer in the page's own words (it quotes the page)
//   b      the right answer in other words (or in the asker's language)
//   wrong  a plausible wrong answer: outside knowledge, a nearby page fact that does not apply,
//          or the usual date slip. It carries the same (right) citations, so it must fail on
//          `must` or `must_not` alone.
// check.mjs adds the citations (the page sentences around each cite phrase).

const TEL = '0191 498 0736';

// a right answer to a question the pages do not cover
const declineA = (topic) =>
  `Keelrow's published pages don't cover ${topic}, so I can't give you a reliable answer from them. Please ring Keelrow SEND Mediation on ${TEL} (or text 07700 900462) and an adviser can point you to the right people.`;
const declineB = (topic) =>
  `Sorry, the Keelrow guidance says nothing about ${topic}. The team may know who to ask: call +44 191 498 0736 or email talk@keelrowmediation.example.`;

export const ANSWERS = {
  't29-01': {
    a: 'Yes. Book a Ring Me slot: a 20-minute call at a time you choose, any time from 8am to 8pm, Monday to Thursday. The early and late slots are kept for people who work shifts or care all day. There is also a Saturday line from 9am to 12 noon on the first and third Saturday of the month.',
    b: 'You can book a call for a set time as early as eight in the morning or as late as eight at night, Monday to Thursday, so it can fit round your 6 till 6.',
    wrong: 'Our phones are open every weekday until 8pm, and on Sundays from 10am.',
  },
  't29-02': {
    a: 'No. Our mediation advisers are not employed by Wansdale County Council, Cragburn Borough Council, the Coldfell and Coast Integrated Care Board or NHS England. The law insists on this, because only an independent adviser is allowed to issue a mediation certificate.',
    b: "She's not right: the adviser who writes your certificate has to be independent of the council and the health service, and ours are not on their payroll.",
    wrong:
      "Yes, she's right: the certificate is signed off by an adviser employed by the council's SEND team.",
  },
  't29-03': {
    a: 'The latest is Thursday 24 December 2026. The council has to tell you the date and the place at least 5 working days before the meeting, and a working day is any weekday except Christmas Day, Good Friday and bank holidays, so Christmas week still counts apart from 25 and 28 December. Counting back from Tuesday 5 January: Monday 4 January, then (skipping 1 January) Thursday 31, Wednesday 30 and Tuesday 29 December, then (skipping 28 and 25 December and the weekend) Thursday 24 December. At Keelrow we always put the date, time and venue in writing.',
    b: "Your mate's wrong: only weekends and the bank holidays drop out. Five working days before 5 January takes you back to 24/12/2026, so the written notice should have reached you by then, unless you agree to less.",
    wrong: "Your mate's right, Christmas week doesn't count, so the deadline is 29 December.",
  },
  't29-04': {
    a: declineA('blue badges or parking permits'),
    b: declineB('blue badge applications'),
    wrong:
      'Apply online through GOV.UK, mention his hidden disability and that he has no sense of danger; it costs up to £10 and lasts for three years.',
  },
  't29-05': {
    a: 'The first time you talk to us, we ask you to choose a safe word. Whenever we phone you after that, the adviser says your safe word before anything else, so you know the call really comes from Keelrow. Our calls always show 0191 498 0736, and no one from Keelrow will ever ask you for bank details over the phone.',
    b: "You pick a secret word when you first get in touch. A genuine Keelrow caller will say that word straight away, and the call will come from 0191 498 0736. If someone can't give your safe word, hang up.",
    wrong:
      'We ring from a withheld number for privacy, and we will check your date of birth before we talk.',
  },
  't29-06': {
    a: 'Your last day is Saturday 30 January 2027. The two months run from the date printed on the letter, 30 November: what matters is the date the letter was sent, not the day it dropped through your door. If the last day is a Saturday, Sunday or bank holiday, it does not move to the next working day, so contact us by Friday 29 January, or send a text or email on the Saturday itself.',
    b: "It's 30/01/2027. Your neighbour is wrong: the date on the letter counts, not when it arrived. And you don't get the Monday: a weekend last day stays put, so aim for the Friday before.",
    wrong:
      'Two months runs from when you received the letter, so your deadline is 3 February 2027.',
  },
  't29-07': {
    a: 'Blackhope Welfare Hall would suit you best. It is all on the ground floor, has two blue badge bays at the door, and has a side room with dimmable lights for anyone who finds bright light hard.',
    b: "Pick the Blackhope Welfare Hall: your husband can park in one of its blue badge bays, and there's a side room where the lights can be turned right down.",
    wrong: 'The Ropery has dimmable lights and blue badge parking, so that is the one for you.',
  },
  't29-08': {
    a: declineA('swimming lessons or swimming clubs'),
    b: declineB('special swimming lessons'),
    wrong:
      'Try one-to-one lessons at Cragburn leisure centre; they cost about £12 a session and Swim England has an adapted scheme.',
  },
  't29-09': {
    a: "Your sister isn't right: they do count. Christmas Eve and the days between Christmas and New Year that are not bank holidays do count as working days, even on the days Keelrow itself is shut. Only Christmas Day, Good Friday and bank holidays drop out, so 25 and 28 December and 1 January are not working days, but 24, 29, 30 and 31 December are.",
    b: 'Yes, 24, 29, 30 and 31 December are all working days. The only days skipped are weekends and the bank holidays (25 December, 28 December, 1 January).',
    wrong:
      "Your sister's right: nothing between Christmas and New Year counts, because everywhere is shut.",
  },
  't29-10': {
    a: 'What you need is disagreement resolution, not mediation. It can be about how a further education college is carrying out its duties, and your child or young person does not need an EHC plan for this route. But every side has to say yes before a meeting goes ahead. Nobody can be made to come, and it never leads to a certificate.',
    b: "The route for you is disagreement resolution, which you can ask for in your own name without an EHC plan. It's voluntary, so the college has to agree to take part.",
    wrong:
      "Yes, that's mediation: the college has to attend, and you'll get a certificate afterwards so you can go to the tribunal.",
  },
  't29-11': {
    a: "We don't give up. If we cannot reach you, we make three tries over ten working days, each at a different time of day. After the third try we send you an email, or a letter if we have no email address. Your enquiry then stays open for 90 days from that email or letter.",
    b: 'No: we ring 3 times at different times of day over about two weeks, then email or write, and we keep your enquiry open for ninety days after that.',
    wrong: 'We only try once; if you miss it, your enquiry is closed straight away.',
  },
  't29-12': {
    a: declineA('driving lessons or the driving theory test'),
    b: declineB('help with the driving theory test'),
    wrong:
      'You can get extra time: ask the DVSA for up to 25% more time, or a voiceover in English.',
  },
  't29-13': {
    a: "No, it's Monday 4 January 2027. Two months from the letter is 2 December; one calendar month from the certificate is 1 January 2027, and your deadline is whichever of those two dates is later. Should that date land between 25 December and 1 January inclusive, move it to the first working day following 1 January, which is Monday 4 January 2027. The Tribunal must receive it by 5pm.",
    b: "The later date, New Year's Day, falls in the Christmas window, so it moves to the first working day after 1 January: 04/01/2027, by 5pm. Not the 2nd, which is a Saturday.",
    wrong: "Your deadline is 1 January 2027, New Year's Day, so send it before then.",
  },
  't29-14': {
    a: 'Meetings start at 9.30am or at 1pm, Monday to Friday. There is also an online evening slot on Mondays from 5.30pm to 7.30pm for people who cannot get away in the day.',
    b: 'Daytime meetings begin at half past nine or 1pm on weekdays, and if lates get in the way there is an online meeting on Monday evenings, 5.30 to 7.30pm.',
    wrong:
      'Meetings start at 10am, and there is an evening slot on Thursday evenings from 6pm to 8pm.',
  },
  't29-15': {
    a: "Yes. An interpreter in any spoken language is free. We need five working days' notice for an interpreter in the room and two working days for one who joins by video.",
    b: 'Interpreter is free, you do not pay. Tell us 5 working days before the meeting (2 working days if by video).',
    wrong: 'You have to pay for the interpreter, or bring a family member to translate.',
  },
  't29-16': {
    a: declineA('assistance dogs'),
    b: declineB('assistance dogs for autistic children'),
    wrong:
      'Dogs for Good and Dog A.I.D. train them; the waiting list is about 2 years and the NHS will pay for one.',
  },
  't29-17': {
    a: "No: because section F is part of it, you can't go straight to the tribunal, and you need a mediation certificate first. But you only need one: a single certificate covers the whole appeal. You only ever need one certificate for an appeal, however many parts of the plan you disagree with.",
    b: 'Just one certificate, covering both the school and the OT in section F. Because F is included, a certificate is needed before you appeal; only a school-only appeal skips it.',
    wrong:
      'You need two certificates, one for the school and one for section F; for the school bit you can go straight to the tribunal.',
  },
  't29-18': {
    a: "You don't have to speak. You get a set of traffic light cards: green means I'm fine, amber means I'm confused, and red means I need a break now. You can hold up a card without saying a word, and the mediator will act on it straight away.",
    b: "Just hold up the red card and the meeting stops for a break, no words needed. There's also a break at least once an hour anyway.",
    wrong: 'You have to tell the mediator that you need a break; we stop every 45 minutes.',
  },
  't29-19': {
    a: 'Yes. Anyone the child lives with who looks after them can contact us. Grandparents, aunts and uncles, older brothers and sisters and family friends all count, with or without a court order.',
    b: "Of course you can: he lives with you and you look after him, so you count, and you don't need any court order or papers.",
    wrong:
      'You need a court order or parental responsibility first; only parents can ask us about the plan.',
  },
  't29-20': {
    a: declineA('medicines such as melatonin'),
    b: declineB('melatonin or sleep medicine'),
    wrong: 'The GP can prescribe melatonin; children usually start on 2mg half an hour before bed.',
  },
  't29-21': {
    a: 'No certificate is needed: this is a disability discrimination claim, and no mediation certificate is required before making one. The claim must be made within six months of the act, so your last day is Wednesday 30 December 2026. Your cousin is wrong: the Christmas and August extensions have not applied to these claims since July 2020.',
    b: "You don't need a certificate for a discrimination claim. Six months from 30 June is 30/12/2026, and it is not pushed into January, because the Christmas extension doesn't apply to these claims.",
    wrong: 'You need a certificate first, and because of Christmas the deadline is 4 January 2027.',
  },
  't29-22': {
    a: "Yes, foster carers can ring us themselves. Please mention to the child's social worker that we have spoken, as the council has a say in decisions for a child in its care.",
    b: "You're welcome to contact us yourself; just let his social worker know you have.",
    wrong: 'Only his social worker can contact us; it has to go through the social worker.',
  },
  't29-23': {
    a: "Yes. You can bring a supporter or an advocate, and you don't need anyone's permission for that. It can be a friend, a support worker, or a solicitor if you want one.",
    b: "Aye, you can bring a lawyer along as your supporter, and there's no need to ask the council first.",
    wrong:
      "Solicitors are not allowed in mediation; you need the council's permission to bring anyone.",
  },
  't29-24': {
    a: declineA('Beavers, Cubs or other clubs'),
    b: declineB('joining Scouts groups'),
    wrong:
      'They have to take him; the group must make reasonable adjustments, and scouts.org.uk lists special groups.',
  },
  't29-25': {
    a: "You don't need a certificate: an appeal about only the school or college named in section I, the type of school, or no school being named needs no certificate. Your last day: 31 December plus two months would be 28 February 2027, because February has no 31st, and that is a Sunday, so it moves on to the next working day: Monday 1 March 2027. The Tribunal must get it by 5pm.",
    b: 'No mediation certificate is needed for a school-only appeal. The deadline is 01/03/2027: the end of February falls on a Sunday, so it moves to the Monday.',
    wrong: 'You need a certificate first, and the deadline is 28 February 2027.',
  },
  't29-26': {
    a: 'A young person who would like a parent to speak for them only has to tell us once, by a text from their own phone, an email or face to face. That permission lasts until the case closes or until they tell us otherwise.',
    b: 'No form: just send us a text from your own phone saying your mam can talk for you. That covers the whole case, until it closes or you change your mind.',
    wrong:
      'You need to sign our consent form, and you have to give permission again every time we call.',
  },
  't29-27': {
    a: "Yes. Whoever arranged the meeting pays travel costs, including a taxi where public transport isn't realistic. If you don't have a bank account, tick the box on the form and ask to be paid by cheque.",
    b: 'Có. Bên tổ chức buổi hòa giải sẽ trả tiền taxi nếu đi xe buýt không thực tế. Nếu anh chị không có tài khoản ngân hàng, hãy đánh dấu vào ô trên mẫu đơn và xin được trả bằng séc.',
    wrong: 'Taxis cannot be claimed, and without a bank account we pay with a PayPoint code.',
  },
  't29-28': {
    a: declineA('fences, gates or home adaptations'),
    b: declineB('paying for a garden fence'),
    wrong:
      'Ask the council for a Disabled Facilities Grant; an occupational therapist will assess and the council will pay.',
  },
  't29-29': {
    a: "It's not over. A mediation adviser is not allowed to issue a certificate to someone who first contacts them after the two-month limit, but you can still ask the Tribunal for permission to appeal without a certificate, explaining why you were late.",
    b: 'No certificate now, but you can still ask the Tribunal to let you appeal without one; tell them you were in hospital with sepsis.',
    wrong: "Yes, that's it: you have lost any chance of appealing.",
  },
  't29-30': {
    a: 'SENCOs and teachers can ask us general questions, but we cannot talk about a named pupil unless the family has contacted us first. For SENCOs we run Keelrow Explains, a 45-minute online briefing on the last Thursday of each month at 3.45pm.',
    b: 'We can only give general information until the family gets in touch themselves. Do join Keelrow Explains, online at 3.45pm on the last Thursday of the month; email us for the link.',
    wrong:
      'Sure, you can talk about the pupil with us, and we run training in your school on the first Tuesday of each month.',
  },
  't29-31': {
    a: 'No meeting runs for more than three hours, and we stop for a break at least once an hour. You can also hold up the red traffic light card whenever you need a break.',
    b: 'The most a meeting lasts is 3 hours, with a break every hour, and more if you show the red card.',
    wrong: 'Meetings run all day, with a break every 45 minutes.',
  },
  't29-32': {
    a: declineA('dental treatment'),
    b: declineB('dental care for autistic children'),
    wrong:
      'Ask for a community dental referral; she can have it done under general anaesthetic, and the wait is about 6 months.',
  },
  't29-33': {
    a: 'Only health issues: the Integrated Care Board arranges it, not the council. The meeting must take place within 30 days of the ICB being told, and these are calendar days, not working days: from 2 December that is Friday 1 January 2027. A thirtieth day that lands on a Saturday, Sunday or bank holiday stays where it is.',
    b: 'The ICB (Coldfell and Coast) sets it up. 30 calendar days from 2 December is 01/01/2027, a bank holiday, but it is not moved on.',
    wrong: 'The council arranges it within 30 working days, so by 13 January 2027.',
  },
  't29-34': {
    a: 'Sorry, Thursday 24 December: closed. You can ring on Tuesday 29 and Wednesday 30 December from 10am to 12 noon, for certificates and urgent deadlines only. Usual hours start again at 10am on Monday 4 January 2027.',
    b: 'We are closed on 24 December. After Christmas: phones 10am-12 noon on 29 and 30 December (only urgent), then normal again from Monday 4 January.',
    wrong: 'We are open on 24 December from 10am to 6pm as usual.',
  },
  't29-35': {
    a: "He doesn't have to speak in front of anyone. When a parent is the one taking part, the mediator has to take reasonable steps to find out what the child thinks. Your grandson can fill in our Over to Me sheet, record a voice note, draw a picture, or meet the mediator with you for 20 minutes before the day.",
    b: 'There are quiet ways: a voice note, a drawing, a sheet to fill in at home, or a short chat with the mediator beforehand with you there.',
    wrong: 'He has to come to the meeting and speak, otherwise his views cannot be counted.',
  },
  't29-36': {
    a: declineA('Motability or mobility cars'),
    b: declineB('the Motability scheme'),
    wrong:
      'Yes, you can swap his mobility payment for a car; the Motability scheme lets you drive it, with a small advance payment.',
  },
  't29-37': {
    a: 'That part cannot be appealed on its own, but you can still ask for mediation about it, and the council arranges it.',
    b: 'સોશિયલ કેર વાળો ભાગ (સેક્શન H) એકલો હોય તો તેની અલગથી અપીલ ટ્રિબ્યુનલમાં થઈ શકતી નથી. પણ તમે તેના માટે મધ્યસ્થી (mediation) માંગી શકો છો, અને કાઉન્સિલ તેની વ્યવસ્થા કરે છે.',
    wrong:
      'Yes, you can appeal section H to the tribunal on its own, but there is no mediation for social care.',
  },
  't29-38': {
    a: 'We keep your case file for two years after our last contact with you, then delete it securely. Ask at any time for a copy of the information on your file: we do this free of charge and post or email it to you inside one calendar month.',
    b: 'ما پرونده شما را تا دو سال بعد از آخرین تماس نگه می‌داریم و بعد آن را پاک می‌کنیم. هر وقت بخواهید می‌توانید یک کپی بگیرید، رایگان است و ظرف یک ماه به دست شما می‌رسد.',
    wrong: 'We keep files for six years, and a copy costs £10.',
  },
  't29-39': {
    a: "Yes. We email everyone a typed copy within 2 working days, and if you'd like an Easy Read version, ask, and we'll send it within 10 working days.",
    b: 'The typed agreement comes by email within two working days of the meeting; an Easy Read one follows within ten working days if you ask for it.',
    wrong: 'You get the agreement the same day, and an Easy Read copy within 5 working days.',
  },
  't29-40': {
    a: declineA("Carer's Allowance or other benefits"),
    b: declineB("Carer's Allowance and pensions"),
    wrong:
      'You can claim it if you care for 35 hours a week; it is £83 a week, though the overlapping benefits rule may apply to your pension.',
  },
  't29-41': {
    a: 'Yes, you can do it yourself. When a young person has passed compulsory school age and is not yet 25, the right to mediation and to appeal belongs to them, not to their parents. A decision where the council decides to stop (cease) the plan can be appealed, and you need a certificate before appealing it, so contact an adviser within two months of the letter.',
    b: "It's your decision, in your own name, though your mam can help if you want. You'll need a mediation certificate first, because ceasing a plan needs one.",
    wrong:
      "Your mam has to be the one who appeals, and you don't need a certificate for a cease decision.",
  },
  't29-42': {
    a: "You're not stuffed. If your last day to contact a mediation adviser lands on a day when we are shut, send a text to 07700 900462 or an email that same day. Anything that reaches us by 11.59pm counts as contact made on that day.",
    b: 'Text or email us on 31 December itself: it is time-stamped when it arrives, and anything before midnight counts as contacting us that day.',
    wrong: "You'll have to wait until we reopen on 4 January; the next working day is fine.",
  },
  't29-43': {
    a: 'Whether you agree or not, the adviser issues it within 3 working days of the meeting ending: from Friday 18 December that is Wednesday 23 December 2026.',
    b: 'Pažymėjimą gausite per 3 darbo dienas po mediacijos, t. y. iki 2026-12-23 (gruodžio 23 d., trečiadienis). Kalėdos šio termino nepailgina, ir jis išduodamas net jei nesusitarsite.',
    wrong: 'Because of Christmas the certificate is due by 29 December.',
  },
  't29-44': {
    a: declineA("university support or Disabled Students' Allowance"),
    b: declineB("Disabled Students' Allowance"),
    wrong:
      'Apply through Student Finance England; they will send you to a needs assessment centre, and yes, your EHCP carries on at university.',
  },
  't29-45': {
    a: "You're right, it is later: Monday 14 December 2026. Two months from the letter is 9 December. Count one calendar month on from the certificate's date: 12 December, and your deadline is whichever of those two dates is later. 12 December is a Saturday, so it moves on to the next working day, Monday 14 December, by 5pm.",
    b: "The certificate gives you the later date: 12/12/2026 plus the weekend roll-on makes it 14/12/2026. Your husband's 9 December is too early.",
    wrong: "Your husband's right: the deadline is 9 December, two months from the letter.",
  },
  't29-46': {
    a: 'Yes: Stottie and a Chat at Harbour Street Community Centre in Cragburn, on the second Wednesday of every month from 12.30pm to 2.30pm. There is no need to book, and children are welcome. The next two are on Wednesday 9 December 2026 and Wednesday 13 January 2027.',
    b: 'Just drop in at Harbour Street Community Centre on 9 December between 12.30 and 2.30; bring the little ones, there is a play corner.',
    wrong:
      'Our drop-in is at Cragburn library on the first Tuesday of the month; you need to book.',
  },
  't29-47': {
    a: "Tell your adviser, and you'll get your certificate within 3 working days of telling them. From Wednesday 30 December that is Thursday 31 December, then (skipping 1 January, a bank holiday, and the weekend) Monday 4 and Tuesday 5 January 2027.",
    b: "Three working days from 30 December brings you to 05/01/2027. Being shut doesn't stop the days counting.",
    wrong: 'Your certificate is due by 4 January 2027.',
  },
  't29-48': {
    a: declineA('days out or museums'),
    b: declineB('Beamish or other attractions'),
    wrong:
      'Carers go free at Beamish, and quiet sessions run every Tuesday morning; an annual pass is £25.',
  },
  't29-49': {
    a: "Christmas does not stop the clock. If the agreement is about something you couldn't appeal, such as the health or social care part, the body concerned has 2 weeks from the agreement to act on it. All of those are counted in calendar weeks, so weekends and Christmas count: the date is Monday 28 December 2026, even though it is a bank holiday.",
    b: 'Two calendar weeks from 14 December: 28/12/2026. The holidays are counted and the date is not moved.',
    wrong: 'Christmas stops the clock, so the deadline is 4 January 2027.',
  },
  't29-50': {
    a: 'Contact Bernadette Ridley, our service manager, in whatever way suits you. You will get an acknowledgement within 2 working days and her full answer within 10 working days. Making a complaint never changes the help you get from us.',
    b: 'Complain to our service manager, Bernadette Ridley; you hear back within 2 working days and get a full reply in ten working days. It will not count against you.',
    wrong: 'Complain to the Ombudsman; it will affect your case, so think about it.',
  },
  't29-51': {
    a: "If it agrees to change the needs or the provision, that's sections B and F, it must make the change within 5 weeks. All of those are counted in calendar weeks, so Christmas counts: from Thursday 10 December the latest is Thursday 14 January 2027.",
    b: 'Five calendar weeks from 10 December: 14/01/2027. Christmas does not add any time.',
    wrong: 'They have 5 working weeks, so the date is 21 January 2027.',
  },
  't29-52': {
    a: declineA('the Court of Protection or deputyship'),
    b: declineB('becoming a deputy for an adult child'),
    wrong: "You'll need to apply to the Court of Protection on form COP1; it costs £371.",
  },
  't29-53': {
    a: 'Tell her not to panic: the later date is 14 August 2027 (two months from the plan), which is in August. Should it land in August, move it to the first working day following 31 August, so her last day is Wednesday 1 September 2027, by 5pm.',
    b: 'Her deadline is 01/09/2027: the later date falls in August, so it moves to the first working day after 31 August.',
    wrong: 'The deadline is 14 August 2027.',
  },
  't29-54': {
    a: 'Yes. Text CALL ME to 07700 900462 and we will phone you instead.',
    b: 'Send a text saying "CALL ME" to 07700 900462 and we will call you back, so it costs you nothing more than a text.',
    wrong: 'Ring our freephone 0800 number instead.',
  },
  't29-55': {
    a: "Yes. We can run the meeting in the room with one or more people joining on Whereby, and the link reaches him 3 working days before just like everyone else's.",
    b: 'He can: he joins by video from his phone or laptop while you are there in person.',
    wrong: 'He has to be there in person; partners can only join by phone.',
  },
  't29-56': {
    a: declineA('school uniform or uniform grants'),
    b: declineB('help with school uniform'),
    wrong:
      'Ask the council for a school uniform grant of £150, and the school must make reasonable adjustments.',
  },
  't29-57': {
    a: "You don't just wait. If the council cannot arrange the meeting within 30 days, it has to let the adviser know without delay, and the adviser then issues the certificate within 3 working days. In law you are treated as having taken part in mediation, so your appeal can go ahead.",
    b: 'No: you get a certificate from the adviser within three working days of the council saying it cannot arrange it, and then you can appeal.',
    wrong: 'You have to wait until the council can arrange it, even if that takes 30 working days.',
  },
  't29-58': {
    a: "We never hold mediation meetings in people's homes. If a disability or a caring role makes it hard for you to get out, an adviser can visit you at home for the first conversation; just ask.",
    b: 'An adviser can come to your house for the first conversation, but the mediation meeting itself will not be held at your home.',
    wrong: 'Yes, the mediation can take place at your house.',
  },
  't29-59': {
    a: 'If you lose wages to come, you can claim up to £45, not the full shift. Childcare is paid at £5.35 an hour per child.',
    b: 'Some of it: lost earnings are paid up to £45 a day, and a childminder is covered at £5.35 an hour for each child.',
    wrong: 'You can claim back the full £95 of your wages, and the childminder at 25p an hour.',
  },
  't29-60': {
    a: declineA('eye tests or opticians'),
    b: declineB('eye tests for children who do not speak'),
    wrong:
      'Ask for picture cards such as Kay pictures, or a hospital eye service referral; the test is free on the NHS.',
  },
};
