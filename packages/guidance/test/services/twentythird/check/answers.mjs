// Three answers for every question, used by check.mjs to test the questions themselves:
//   a      the right answer in the page's own words (it quotes the page)
//   b      the right answer in other words (or in the asker's language)
//   wrong  a plausible wrong answer: outside knowledge, a nearby page fact that does not apply,
//          or the usual date slip. It carries the same (right) citations, so it must fail on
//          `must` or `must_not` alone.
// check.mjs adds the citations (the page sentences around each cite phrase).

const TEL = '0121 496 0915';

// a right answer to a question the pages do not cover
const declineA = (topic) =>
  `Chainyard's published pages don't cover ${topic}, so I can't give you a reliable answer from them. Please ring Chainyard SEND Mediation on ${TEL} (or text 07700 900683) and an adviser can point you to the right people.`;
const declineB = (topic) =>
  `Sorry, the Chainyard guidance says nothing about ${topic}. The team may know who to ask: call +44 121 496 0915 or email hello@chainyardmediation.example.`;

export const ANSWERS = {
  't23-01': {
    a: 'No. Gorsebrook Metropolitan Borough Council, Netherwell Council and the Coalbrook Vale Integrated Care Board fund Chainyard through a contract, but funding the service gives them no say over your case. The law forbids a mediation adviser from being employed by a council, an integrated care board or NHS England, and none of the people who work for Chainyard is employed by any of those bodies.',
    b: "Chainyard is independent: it's a not-for-profit company that the councils pay under a contract, and its advisers and mediators don't work for the council, so it won't take the council's side.",
    wrong:
      "Yes, we are part of the council's SEND service, so what you tell us goes back to the SEN team, but it stays confidential.",
  },
  't23-02': {
    a: 'Our lines are staffed Monday to Thursday, 8.45am to 5pm, and Friday, 8.45am to 1.30pm. Every Monday there is also an evening line from 6pm to 8pm, kept for parents who are at work in the daytime. Texts and WhatsApp messages to 07700 900683 are read during phone hours.',
    b: 'Ring the Monday evening line, 6 till 8pm. Other days the phones shut at 5pm (1.30pm on a Friday), but you can send a text or WhatsApp whenever suits you.',
    wrong: "There's no evening line, but we're open until 5pm, so try on your break.",
  },
  't23-03': {
    a: 'Not without your agreement. We must give you written notice of the date, time and place at least five working days before the meeting. If you are happy with less notice you can agree to that, but nobody can make you accept a shorter gap.',
    b: 'They should have given you written notice 5 working days ahead. A shorter gap is only OK if you agree to it, so you can say no and ask for a later date.',
    wrong: "Yes, they're allowed: 48 hours' notice is enough for a mediation meeting.",
  },
  't23-04': {
    a: declineA('Disability Living Allowance'),
    b: declineB('DLA or other disability benefits'),
    wrong:
      'Yes, she should qualify for the care component of DLA at the middle rate, about £73.90 a week; apply on the DWP claim form.',
  },
  't23-05': {
    a: 'Your last day is Sunday 28 February 2027. The two months run from the date on the letter, and when the later month is too short to have the same date, the limit is the final day of that month. It is not pushed back for weekends: if it runs out on a Sunday, that day is still your limit. You can contact us in your own name, because once you are over compulsory school age the rights belong to you.',
    b: "It's 28/02/2027, the end of February, because February only has 28 days that year. That's a Sunday, but it isn't moved to Monday 1 March, so get in touch before then. You're out of school and 17, so the decisions are yours and you can ring us yourself.",
    wrong:
      'Because 28 February is a Sunday, your deadline is Monday 1 March 2027, and your mum has to contact the adviser for you.',
  },
  't23-06': {
    a: 'You left your message before 1pm, so an adviser will ring you back that same day. If we cannot get through to you, we try one more time, and after that we send an email or a text with a link where you can choose a time that suits you.',
    b: 'A message left before 1pm gets a call back today. If they miss you, they ring once more, then text or email you a link so you can pick a time after the school run.',
    wrong:
      "You'll get a call back by noon the next working day, and we only try once before closing the referral.",
  },
  't23-07': {
    a: 'The latest is Thursday 24 December 2026. We must give you written notice of the date, time and place at least five working days before the meeting. Saturdays, Sundays and bank holidays are left out when we count the five working days, so counting back from Tuesday 5 January you skip 1 January and 28 and 25 December: Monday 4 January, Thursday 31, Wednesday 30 and Tuesday 29 December, and then Christmas Eve.',
    b: 'Notice has to reach you 5 working days ahead. With the bank holidays on 25 and 28 December and 1 January left out, that means by 24/12/2026, not the 29th.',
    wrong: "You're right, the latest date is Tuesday 29 December 2026.",
  },
  't23-08': {
    a: declineA('restraint or physical intervention in schools'),
    b: declineB('when a school may hold or restrain a pupil'),
    wrong:
      "Yes, it's allowed: schools can use reasonable force to stop a pupil hurting someone, but they should record it and tell you the same day.",
  },
  't23-09': {
    a: 'What you need is disagreement resolution. It can be used at any stage, whether your child has an EHC plan or not, and covers how a school carries out its duties. But every side has to say yes before a meeting is booked, so nobody can be made to take part: the school can decline.',
    b: "With no plan there's no council decision to appeal, so this is disagreement resolution rather than mediation. It is voluntary for both sides, so the school can say no.",
    wrong:
      'Yes, ask for mediation: the school has to attend, and you will get a certificate so you can appeal to the SEND Tribunal.',
  },
  't23-10': {
    a: 'Yes. Tuesday 29 to Thursday 31 December: phones and email from 10am to 4pm. No mediation meetings are held on those days, but our advisers are working. We are open on Christmas Eve from 9am to 12.30pm; Friday 25 December to Monday 28 December: closed, and we are closed on Friday 1 January.',
    b: "Ar, you can ring on the 29th, 30th or 31st of December between 10am and 4pm. They're shut on the 25th, the 28th and New Year's Day, and Christmas Eve is mornings only.",
    wrong: "Sorry, we're closed for the whole Christmas break and reopen on Monday 4 January.",
  },
  't23-11': {
    a: 'The Nailshop in Gorsebrook would suit you best. It is ground floor and step-free throughout, with a sensory room where the lights can be dimmed and the noise is kept low. You can also leave the room at any point by telling the mediator you need five minutes.',
    b: 'Ask for The Nailshop: it has a sensory room with dimmable lighting and little noise, so it should feel calmer than the library.',
    wrong: 'Netherwell Library has a sensory room, so that is the one to choose.',
  },
  't23-12': {
    a: declineA('council tax reductions'),
    b: declineB('council tax discounts for a disabled child'),
    wrong:
      "Yes, you should qualify for the disabled band reduction, which puts your bill one band lower; apply to the council's council tax team.",
  },
  't23-13': {
    a: 'It is one month from the certificate, not 30 days. Take whichever of the two is later: 20 December 2026 (letter plus two months) or 26 December 2026 (certificate plus one month). That is 26 December, which falls between 25 December and 1 January, so the deadline becomes the first working day after 1 January: Monday 4 January 2027. The Tribunal must receive your appeal by 5pm that day.',
    b: "Your friend has it wrong: it's one month from the certificate, not 30 days, and the later date lands in the Christmas window, so the Tribunal needs your appeal by 5pm on 04/01/2027.",
    wrong:
      "Your friend is right: it's 30 days from the certificate, so the deadline is Saturday 26 December, or Monday 28 December as that's a weekend.",
  },
  't23-14': {
    a: 'The two months are not moved to the Tuesday. On Monday 28 December, leave a voicemail, send a text or WhatsApp, or fill in the form on our website. Each one is stamped with the date and time it reaches us, and a message stamped on your last day counts as contacting us in time.',
    b: "Don't wait for the Tuesday, as the limit doesn't shift. Send a WhatsApp or leave a voicemail on the 28th; it gets a date stamp, and that counts as getting in touch in time.",
    wrong: 'It gets moved to the next working day, Tuesday 29 December, so just ring us then.',
  },
  't23-15': {
    a: 'By Wednesday 30 December 2026. Whether or not you reach an agreement, your certificate goes out no later than three working days after the meeting ends. Christmas Eve is a working day and so are 29 and 30 December, so the three days are 24, 29 and 30 December.',
    b: "You'll have it by 30/12/2026 even if nothing is agreed: it's three working days, and Christmas Eve, the 29th and the 30th all count.",
    wrong: 'The certificate is due by Tuesday 5 January 2027 because of the bank holidays.',
  },
  't23-16': {
    a: declineA('NHS wheelchair services'),
    b: declineB('wheelchair reassessments'),
    wrong:
      'We can chase the wheelchair service for you; they should see him within 18 weeks, or you could ask for a personal wheelchair budget.',
  },
  't23-17': {
    a: 'Your wife is right. An appeal about needs (section B) or provision (section F) needs a mediation certificate first. You get one by contacting a mediation adviser within two months of the date on the letter. You do not have to go through mediation to get one: saying no to mediation still gets you a certificate.',
    b: 'A certificate is needed for this appeal, because it is about sections B and F. Ring a mediation adviser within 2 months of the letter date; you can turn mediation down and still be given the certificate.',
    wrong:
      "You're right: for sections B and F you don't need a certificate, so you can go straight to the Tribunal.",
  },
  't23-18': {
    a: 'Yes, you can contact us yourself. In special educational needs law, anyone who has the care of a child counts as a parent, so as his foster carer you can ask for mediation. The council shares parental responsibility for a child in care, so we will also speak to his social worker, and his birth parents may have a view too.',
    b: 'As his foster carer you count as his parent under SEN law, so you can get in touch directly. Chainyard would also talk to his social worker, because the council shares parental responsibility.',
    wrong:
      'It has to go through his social worker, because only the council can ask for mediation for a child in care.',
  },
  't23-19': {
    a: 'Hollyhatch Canal Centre is the one. It is ground floor and step-free, with a Changing Places toilet that has a hoist and an adult-sized bench, and the car park is free.',
    b: "Choose the Hollyhatch Canal Centre: it has a Changing Places loo with a hoist and a full-size changing bench, and it's all on one level.",
    wrong: 'The Nailshop has a Changing Places toilet with a hoist, so book that.',
  },
  't23-20': {
    a: declineA('child in need assessments by social care'),
    b: declineB('social care assessments for a child and family'),
    wrong:
      "Ask children's services for a section 17 assessment; they must assess within 45 working days, and we can refer you.",
  },
  't23-21': {
    a: "The claim must reach the Tribunal within six months of the trip decision on 30 June, so by Wednesday 30 December 2026. It is brought under the Equality Act 2010, so no mediation certificate is needed for it. Since July 2020 the Christmas and August extensions have not applied to these claims, so don't count on it moving into January.",
    b: "You don't need a certificate for a discrimination claim. The limit is six months from the act: 30/12/2026, and it is not extended over Christmas.",
    wrong:
      'You need a certificate first, and you get extra time over Christmas, so the deadline is Monday 4 January 2027.',
  },
  't23-22': {
    a: 'You will get it by Thursday 31 December 2026. When we count our three working days for a certificate, Christmas Eve and 29, 30 and 31 December all count as working days, so the three days after 24 December are 29, 30 and 31 December. Our advisers are working between Christmas and New Year and certificates still go out.',
    b: 'Sertifika en geç 31 Aralık 2026 Perşembe günü gelir. Üç iş günü sayılır ve Noel arifesi ile 29, 30 ve 31 Aralık iş günüdür. Ocak ayını beklemeniz gerekmez.',
    wrong: 'Because of the Christmas holidays the certificate is due by Tuesday 5 January 2027.',
  },
  't23-23': {
    a: "Yes, he can come as your supporter. A supporter or advocate of your choice can attend; you do not need anyone's permission to bring one, and it can be a lawyer.",
    b: "He can come along as your supporter without the council's agreement, and it's fine that he is a solicitor.",
    wrong:
      'Only if the council agrees: everyone has to agree before anyone extra attends, and lawyers are not allowed.',
  },
  't23-24': {
    a: declineA('supported internships'),
    b: declineB('supported internships or work placements'),
    wrong:
      "A supported internship lasts at least six months with a job coach; you're eligible because you have an EHCP.",
  },
  't23-25': {
    a: 'By Saturday 2 January 2027. The meeting must take place within 30 days of the council hearing that you want mediation. These are calendar days, not working days, and the date is not moved when it lands on a weekend or a bank holiday.',
    b: "It's 30 calendar days, not 30 working days, from today, so 02/01/2027. That's a Saturday and it doesn't get moved, so expect it before the new year rather than after.",
    wrong: "It's 30 working days, so the latest is Tuesday 19 January 2027.",
  },
  't23-26': {
    a: 'Your son is now a young person in law, so the decisions are his. You can make the call, but he needs to let us know himself that he is content for you to act for him. A short text or email from him is enough, or he can tell us in a few words at the start of the call.',
    b: "You can ring for him, as long as he confirms he's happy with that, for example with a quick text or email of his own. He doesn't have to talk on the phone.",
    wrong: "He has to ring us himself, because he is over 16 and parents can't act for him.",
  },
  't23-27': {
    a: 'Your child never has to come to the meeting. When a parent is taking part, the law expects the mediator to take reasonable steps to learn what the child thinks. Instead of coming, he can fill in our All about me sheet, draw a picture, send a short video or voice note, or meet the mediator at home or at school beforehand for about twenty minutes.',
    b: 'لازم نیست پسرتان به جلسه بیاید. میانجی باید نظر او را بپرسد: او می‌تواند فرم «All about me» را پر کند، نقاشی بکشد، یک ویدیو یا پیام صوتی کوتاه بفرستد، یا قبل از جلسه میانجی را در خانه یا مدرسه ببیند.',
    wrong: 'He has to come to the meeting so the mediator can hear his views in person.',
  },
  't23-28': {
    a: declineA('CAMHS referrals or waiting times'),
    b: declineB('mental health services for children'),
    wrong:
      'CAMHS should see her within 18 weeks of the referral; we can chase them for you or you could ask for mediation.',
  },
  't23-29': {
    a: 'The two months from 2 September have passed, so our advisers are not allowed to issue a certificate. It is not game over: you can still ask the First-tier Tribunal (SEND) for permission to appeal without one, and we can tell you how to explain the delay to the Tribunal.',
    b: 'A certificate can no longer be given because more than two months have gone by, but you can ask the Tribunal for permission to appeal without a certificate.',
    wrong: "Yes, it's too late to appeal now because the two months have passed.",
  },
  't23-30': {
    a: "Apart from the parties and the family's supporter, people come to a mediation only if everyone agrees, and the mediator decides when they cannot. SENCOs often help a great deal. School staff are welcome to phone us for general information, but we only discuss a particular child once the family has been in touch with us.",
    b: "You can come if all parties agree to it (the mediator decides if they don't). Chainyard will give you general information by phone, but will only talk about this child after the parents have contacted them.",
    wrong:
      "Yes, you can discuss the child's case with us any time, but school staff can't attend mediation.",
  },
  't23-31': {
    a: 'Five weeks, so by Thursday 31 December 2026. New wording in section B or section F: the council must amend the plan within 5 weeks. Every time limit in the table runs in calendar weeks from the day the agreement is made, and Christmas and the school holidays count like any other weeks.',
    b: 'The council has 5 weeks from the agreement to amend sections B and F: 31/12/2026. Christmas counts, because these are calendar weeks, not working weeks.',
    wrong:
      "Your kid is right, they have 14 weeks, and Christmas doesn't count, so it will be some time in March.",
  },
  't23-32': {
    a: declineA('charity grants for equipment'),
    b: declineB('grants from charities for families'),
    wrong: "That's the Family Fund; apply online. Chainyard doesn't give grants.",
  },
  't23-33': {
    a: 'No. Once you get in touch, an adviser offers you a talk it through call, usually within three working days. It lasts about forty minutes and can be by phone, by video or face to face at The Nailshop. Nobody will push you into mediation; saying no is a real option, and it still gets you a certificate.',
    b: "You don't have to agree to anything on the call, and there's no pressure. The first chat takes around 40 minutes and can be in person at The Nailshop if you prefer.",
    wrong:
      "You'll need to decide on the first call; it takes about 20 minutes and is only by phone.",
  },
  't23-34': {
    a: "We book a professional interpreter free of charge, for any spoken language. At the mediation meeting we always use a professional interpreter, and we never ask a child to interpret, so your son will not need to. Please give us at least seven calendar days' notice for an interpreter in person.",
    b: 'You do not pay anything. Chainyard books a professional Romanian interpreter for free. Your son should not translate, because they never use children. Tell them at least 7 days before.',
    wrong: 'Yes, your son can translate for you, or you will pay for a professional interpreter.',
  },
  't23-35': {
    a: 'Yes. Online meetings use Google Meet with live captions, but you can also have a phone meeting. A phone meeting uses a conference line, so nobody needs a smartphone or a computer.',
    b: "You can join by phone on a conference line, so an old mobile or a landline is fine and you don't need a laptop.",
    wrong: 'It has to be on Zoom, so you will need a smartphone or a laptop.',
  },
  't23-36': {
    a: declineA('assistance dogs'),
    b: declineB('assistance dogs for autistic children'),
    wrong:
      "Yes, they're free from Dogs for Good, and the school has to let the dog in or it's a disability discrimination claim.",
  },
  't23-37': {
    a: 'No. Mediation is your choice, and choosing mediation never takes away your right to appeal to the SEND Tribunal.',
    b: 'ના. મધ્યસ્થી પસંદ કરવાથી ટ્રિબ્યુનલમાં અપીલ કરવાનો તમારો અધિકાર ક્યારેય છીનવાતો નથી.',
    wrong: 'Yes, if you choose mediation you will lose your right to appeal.',
  },
  't23-38': {
    a: 'Yes. The council pays reasonable costs for you to attend, and we handle the claim. Car journeys are repaid at 25p a mile, and lost earnings are covered up to £45 for the day. Send the blue claim form with your receipts within two months of the meeting, and the money reaches your bank within fifteen working days.',
    b: "You can claim up to £45 for the lost day's work and 25p per mile for the van (40 miles there and back comes to £10). Use the blue form and send it with receipts within 2 months.",
    wrong:
      "You can claim 45p a mile on the green form within six weeks, but we can't pay lost earnings if you are self-employed.",
  },
  't23-39': {
    a: 'Within two weeks, so by Tuesday 15 December 2026. Health or social care points, which cannot be appealed, have to be done within 2 weeks of the agreement; the 5-week limit is for changes to section B or F. A different timescale applies only if everyone agrees it in writing.',
    b: 'For a social-care-only agreement the council has two weeks from 1 December: 15/12/2026, unless a different timescale was agreed in writing.',
    wrong: 'Yes, the 5 weeks applies, so the council must act by Tuesday 5 January 2027.',
  },
  't23-40': {
    a: declineA('parenting courses'),
    b: declineB('courses for parents after an autism diagnosis'),
    wrong: 'Ask for the Cygnet course; we also run an online talk you could join.',
  },
  't23-41': {
    a: 'No certificate is needed for an appeal only about section I, so you use the letter date plus two months: 4 August 2027. An August date gives way to the first working day after 31 August, so your appeal must reach the Tribunal by 5pm on Wednesday 1 September 2027.',
    b: "For a college-only (section I) appeal you don't need a certificate. Two months from the letter lands in August, so the deadline moves to the first working day after 31 August: 01/09/2027.",
    wrong: 'You need a certificate first, and the deadline is 4 August 2027.',
  },
  't23-42': {
    a: 'The council pays for childcare at £5.35 an hour for each child, so for the twins that is £10.70 an hour, and we handle the claim for it. If paying up front is difficult, ask us to book a taxi for you instead.',
    b: "Childminding is refunded at £5.35 per hour per child, and both twins count. If you can't pay fares in advance, Chainyard can book you a taxi so there's nothing to pay up front.",
    wrong:
      "We don't pay for childminders, and you have to pay the fare up front and claim it back.",
  },
  't23-43': {
    a: 'No. Nobody may record the meeting, on a phone or on any other device. To help you keep track, the mediator writes the main points on a flipchart so everyone can see them, and if you reach an agreement you go home with a printed copy.',
    b: "You can't record it, on a phone or anything else. But the key points go up on a flipchart as you go, and any agreement is written down and signed before you leave.",
    wrong: 'Yes, you can record it on your phone as long as you tell the mediator.',
  },
  't23-44': {
    a: declineA('SENCO training or qualifications'),
    b: declineB('the qualification a new SENCO needs'),
    wrong:
      'Yes, you will have to complete the NPQ for SENCOs within three years of taking the role.',
  },
  't23-45': {
    a: 'Yes. Health (section G) on its own is not appealable, though mediation can still take place. It will not be the council this time: mediation about health alone is arranged by the integrated care board, which here is the Coalbrook Vale ICB.',
    b: 'Yes, you can still ask for mediation about the physio. Because it is about health only, the ICB arranges it rather than the council.',
    wrong:
      "No, you can't have mediation about health on its own; the council arranges everything anyway.",
  },
  't23-46': {
    a: 'Yes. Sat 30 January 2027 10am to 12 noon: Cuppa and questions at The Nailshop, Gorsebrook. Children welcome; our quiet room will be open. There is also a weekday drop-in at Netherwell Library on Wednesday 13 January, 10am to 12 noon, with no appointment needed.',
    b: "On Saturday 30 January there's a 'Cuppa and questions' morning at The Nailshop from 10 till 12, no booking needed, and kids can come too.",
    wrong: 'There are no drop-ins in January; you must book an appointment.',
  },
  't23-47': {
    a: 'Yes. If three hours would be too much for you, we can split the meeting into two shorter ones on different days. There is also a ten-minute break at least every fifty minutes, and you can ask for one whenever you like.',
    b: "Ask for it to be done as two shorter sessions on separate days; that's a normal option. You can also take a break any time, on top of the 10-minute one every 50 minutes.",
    wrong: "It has to be done in one session, but there's a break every hour.",
  },
  't23-48': {
    a: declineA('discount cards for days out'),
    b: declineB('leisure discounts for disabled children'),
    wrong: "That's the Max Card; we can send you one.",
  },
  't23-49': {
    a: 'Yes. Once a young person is over compulsory school age the rights belong to them, until they reach 25: young people can contact us, choose mediation and appeal in their own name, so you can do it yourself, and your mum can still help if you want. When the council refuses to carry out an EHC needs assessment, that decision can go to the Tribunal, and a certificate is needed first, so contact a mediation adviser within two months of the letter date.',
    b: 'At 20 the decisions are yours, so you can appeal yourself. For a refusal to assess you will need a mediation certificate first; get in touch with an adviser within 2 months of the letter.',
    wrong: "Your mum has to do the appeal for you, and you don't need a certificate.",
  },
  't23-50': {
    a: 'We keep your case file for three years after your case closes, and then we delete it. You can ask for a copy of what we hold about you at any time; it costs nothing and we send it within one month.',
    b: 'Chainyard holds the file for 3 years after the case is closed, then deletes it. A copy is free and arrives within a month of asking.',
    wrong: 'We keep files for six years, and a copy costs £10.',
  },
  't23-51': {
    a: 'You get it in writing. If you reach an agreement, the mediator types it up during the meeting and everyone signs it before leaving, so you go home with a printed copy. After an online meeting, the agreement is emailed to everyone for signature on the same day.',
    b: "It's typed up and signed by everyone before the meeting ends, and you take a printed copy home. For a video meeting it is sent by email the same day for you all to sign.",
    wrong:
      "It's a verbal agreement on the day, and the mediator posts a written summary within 10 working days.",
  },
  't23-52': {
    a: declineA('continence products from the NHS'),
    b: declineB('nappies or pads for older children'),
    wrong:
      'Ask your GP to refer him to the bladder and bowel service; from age 5 the NHS gives up to four products a day.',
  },
  't23-53': {
    a: 'Take whichever of the two is later: 3 February 2027 (letter plus two months) or 28 February 2027 (certificate plus one month, as February 2027 has no 29th). The later one is Sunday 28 February, and any other Saturday, Sunday or bank holiday moves on to the next working day: Monday 1 March 2027. The Tribunal must receive your appeal by 5pm.',
    b: 'Use the later of the two, the end of February, but because that is a Sunday the deadline becomes the next working day, 01/03/2027, by 5pm. The 3 February date from the letter is earlier, so it is not the one that counts.',
    wrong: 'The deadline is Sunday 28 February 2027.',
  },
  't23-54': {
    a: 'Tell Nasreen Akhtar, our service manager, by phone, email or letter. Every complaint is acknowledged within three working days, and you get a full reply within ten working days. If you are still not satisfied, one of our independent directors looks at it again and replies within 25 working days.',
    b: "Complain to Nasreen Akhtar, the service manager. You'll get an acknowledgement within 3 working days and a full answer within 10 working days; if you're still unhappy an independent director reviews it.",
    wrong: "Complain to the council's complaints team; they reply within 20 working days.",
  },
  't23-55': {
    a: "It can be, but only with agreement: a meeting can be held at your child's school only if you and the council both want it there. Otherwise we choose a place that is easy for you to reach and not on anyone's home ground, such as The Nailshop, Netherwell Library or Hollyhatch Canal Centre.",
    b: 'School is possible if both you and the council agree to it. If not, Chainyard uses a neutral place like The Nailshop, or meets online.',
    wrong: "We never hold mediations at a school; they're always at The Nailshop.",
  },
  't23-56': {
    a: declineA('holiday clubs or holiday food schemes'),
    b: declineB('free holiday activities for children'),
    wrong:
      "That's the Holiday Activities and Food programme (HAF); yes, they qualify if they get free school meals.",
  },
  't23-57': {
    a: 'You do not lose out. When the council tells us it cannot arrange mediation within the 30 days, our advisers issue a mediation certificate within three working days. You are then treated as having taken part in mediation, so you can go ahead with an appeal.',
    b: "If the council can't hold it within 30 days, you get a certificate within 3 working days anyway and count as having mediated, so you needn't wait until February.",
    wrong: 'You have to wait until February for the meeting, otherwise you lose the certificate.',
  },
  't23-58': {
    a: 'Yes. From January, a mediation meeting can also be held on a Monday evening, from 6pm to 8.30pm, at The Nailshop in Gorsebrook, and the building stays open with a member of staff on the door until everyone has left. Ask your adviser if you would like one.',
    b: 'Sí. Desde enero la reunión puede hacerse el lunes por la noche, de 18:00 a 20:30, en The Nailshop (Gorsebrook). Pídaselo a su asesor.',
    wrong: 'No, evening meetings are only held online, on Thursday evenings.',
  },
  't23-59': {
    a: 'The council must confirm that the assessment is going ahead within 2 weeks of the agreement. After the assessment it must tell you it will not issue a plan within 10 weeks, or issue the final plan within 14 weeks. These run in calendar weeks from the day the agreement is made.',
    b: 'They have two weeks from the agreement to confirm the assessment is going ahead, and if they decide to make a plan the final version must be issued within 14 weeks of the agreement.',
    wrong: 'They have 6 weeks to tell you and then the usual 20 weeks to finish the plan.',
  },
  't23-60': {
    a: declineA('annual health checks at the GP'),
    b: declineB('yearly health checks for people with a learning disability'),
    wrong:
      "Yes, you're entitled to one from age 14 if you're on the learning disability register, and the GP will invite you.",
  },
};
