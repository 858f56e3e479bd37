// Three answers for every question, used by check.mjs to test the questions themselves:
//   a      the right answer in the page's own words (it quotes the page)
//   b      the right answer in other words (or in the asker's language)
//   wrong  a plausible wrong answer: outside knowledge, a nearby page fact that does not apply,
//          or the usual date slip. It carries the same (right) citations, so it must fail on
//          `must` or `must_not` alone.
// check.mjs adds the citations (the page sentences around each cite phrase).

const TEL = '0113 496 0742';

// a right answer to a question the pages do not cover
const declineA = (topic) =>
  `Millrace's published pages don't cover ${topic}, so I can't give you a reliable answer from them. Please ring Millrace SEND Mediation on ${TEL} (or text 07700 900358) and an adviser can point you to the right people.`;
const declineB = (topic) =>
  `Sorry, the Millrace guidance says nothing about ${topic}. The team may know who to ask: call +44 113 496 0742 or email ask@millracemediation.example.`;

export const ANSWERS = {
  't24-01': {
    a: 'No. Millrace is run by a not-for-profit company, and the two councils and the Pennine Becks Integrated Care Board pay for it, but paying for the service does not let the councils or the NHS steer it. A mediation adviser must by law be independent, and no Millrace adviser or mediator is on the payroll of any of them.',
    b: "Millrace is independent: the councils fund it, but its staff don't work for the council, so it won't take the council's side.",
    wrong:
      "Aye, we're part of the council's SEND team, so we do take the council's view into account.",
  },
  't24-02': {
    a: 'On Tuesdays and Thursdays we stay on the phones until 6.30pm, which is for people who work in the day. Other days the lines close at 4.30pm (3pm on a Friday). You can also text or WhatsApp 07700 900358.',
    b: 'Try a Tuesday or a Thursday: the phones are staffed till half six on those evenings. You can leave a voicemail any time too.',
    wrong: "There's no evening line, so ring on your break before 4.30pm.",
  },
  't24-03': {
    a: 'Not unless you agree. Written notice of the date, the start time and the venue has to reach you no later than five working days ahead of the meeting. You can choose to accept a shorter gap, but the choice is yours alone.',
    b: 'They should give you notice in writing at least 5 working days before. A shorter gap only counts if you accept it, so you can ask for a later date.',
    wrong: "Yes, that's fine: 48 hours' notice is enough for mediation, so you'll have to attend.",
  },
  't24-04': {
    a: declineA('personal budgets or direct payments'),
    b: declineB('direct payments or how a personal budget is worked out'),
    wrong:
      'Yes, your son would get a personal budget paid as direct payments, usually about £12 an hour for a PA.',
  },
  't24-05': {
    a: 'Your last day is Sunday 28 February 2027. The 2 months run from the date on the letter, and if the month you land in is too short, the deadline is the last day of that month: a letter dated 29 December runs out on 28 February. This limit is never pushed back for a weekend, so it is not Monday 1 March. You can ring us yourself: once you are past compulsory school age, the right to ask for mediation and a certificate is yours.',
    b: "It's 28/02/2027, the end of February. That's a Sunday but it doesn't get moved on to the Monday, so contact an adviser before then. You're 18, so you can do this in your own name.",
    wrong:
      'Because 28 February is a Sunday, the deadline is 1 March 2027, and your mum has to contact the adviser for you.',
  },
  't24-06': {
    a: 'We ring you back within one working day. If you do not answer, we try once more in the other half of the day, so if we tried in the morning we try again in the afternoon. After two tries we send you a text, and a card if we have your address, saying how to book a call at a time that suits you.',
    b: "You'll hear back by the next working day. If they miss you they ring once more later that day, then text you so you can book a time after work.",
    wrong:
      "You'll get a call back within 3 working days, and we only try once before we close the case.",
  },
  't24-07': {
    a: 'The latest is Tuesday 29 December 2026. Written notice has to reach you no later than five working days ahead of the meeting, and weekends and bank holidays are skipped when those five days are counted. Counting back from Wednesday 6 January: Tuesday 5 and Monday 4 January, then (leaving out the 1 January bank holiday) Thursday 31, Wednesday 30 and Tuesday 29 December.',
    b: 'Notice must reach you 5 working days beforehand. 1 January is a bank holiday, so counting back you land on 29/12/2026.',
    wrong: "You're right, the latest date is 31 December 2026.",
  },
  't24-08': {
    a: declineA('the Motability scheme'),
    b: declineB('swapping a mobility allowance for a car'),
    wrong:
      'Yes, you can use the higher rate mobility component through the Motability lease scheme, with an advance payment for a wheelchair accessible vehicle.',
  },
  't24-09': {
    a: 'What fits here is disagreement resolution: your child does not need an EHC plan for it, and it can be about the help a college gives. But everybody involved has to agree to take part, so a school or college can simply decline. It has no bearing on any appeal.',
    b: "The route is disagreement resolution, which is voluntary for everyone. You can ask the college, but they can't be forced to come.",
    wrong:
      'Yes, the college has to attend once you ask for mediation, and you need a certificate first.',
  },
  't24-10': {
    a: 'Yes. On Tuesday 29 and Wednesday 30 December the phones open 9am until 3pm, and on Thursday 31 December phones open 9am until 12 noon. We are closed on 25 and 28 December and 1 January, and normal hours start again on Monday 4 January 2027.',
    b: "You can ring on the 29th or 30th between 9am and 3pm, or on New Year's Eve morning up to noon.",
    wrong: "We're shut for the whole Christmas break, from Christmas Eve until Monday 4 January.",
  },
  't24-11': {
    a: 'The Dyehouse in Airedyke would probably suit you best: it has a low-light quiet room with beanbags, it is step-free on the ground floor, and it is four minutes from Airedyke railway station.',
    b: "Go for The Dyehouse. There's a quiet room with low lighting and beanbags you can use.",
    wrong: 'Slackholme Library has a low-light quiet room, so we would book you in there.',
  },
  't24-12': {
    a: declineA('Universal Credit'),
    b: declineB('benefits such as Universal Credit'),
    wrong:
      'Yes, you should get the disabled child addition in Universal Credit, about £150 a month, on top of his DLA.',
  },
  't24-13': {
    a: 'Your deadline is Monday 11 January 2027, by 5pm. Take whichever of these two dates is later: 2 months from the letter (Saturday 9 January 2027) or 1 calendar month from the certificate (Sunday 20 December 2026) - a month, which is not the same as 30 days. The later one is a Saturday, so use the working day that follows.',
    b: "It's a month from the certificate, not 30 days, and the letter's 2 months run later anyway, to a Saturday. So the Tribunal needs your appeal by 17:00 on 11/01/2027.",
    wrong:
      'Your friend is right: 30 days from the certificate, so the deadline is 20 December 2026.',
  },
  't24-14': {
    a: "You won't lose it. Your last day might fall when we are closed: leave a voicemail, send a text or send an email on that day. We count the time it reached us, not the time we read it.",
    b: 'Just get a message to us on the day, by voicemail, text or email; the time it arrives is what counts.',
    wrong:
      "You'll miss it unless you wait until we reopen on 4 January, so the deadline is moved to the next working day.",
  },
  't24-15': {
    a: 'A meeting never runs longer than three and a half hours, and the mediator stops for a break at least every 40 minutes. If one long meeting would be too much for you, it can be split into two shorter ones on different days.',
    b: "It's 3.5 hours at most, with a break every forty minutes, and it can be done as two shorter sessions.",
    wrong: 'It takes as long as it takes, often a full day, with a break every hour.',
  },
  't24-16': {
    a: declineA('sleep problems or melatonin'),
    b: declineB('sleep clinics or medicines'),
    wrong: 'Try 2 mg of melatonin, which you can buy it online, alongside good sleep hygiene.',
  },
  't24-17': {
    a: "You don't have to go to mediation, but before most SEND Tribunal appeals you must first talk with a mediation adviser and obtain a certificate. A section B and F appeal needs one. The certificate shows you have considered it, so you can say no to mediation and still get it.",
    b: 'Yes, you need a certificate for sections B and F, but only a phone call with an adviser - you can decline the meeting itself.',
    wrong: 'Yes, you have to go to mediation first before any appeal.',
  },
  't24-18': {
    a: 'Yes, you can ring us. Anyone who looks after the child every day can contact us. This includes grandparents, aunts, uncles and older brothers or sisters. You do not need a court order to talk to us.',
    b: "You can contact Millrace yourself as the person bringing her up - you don't need a court order.",
    wrong: "You'll need a special guardianship order first; only a parent can contact us.",
  },
  't24-19': {
    a: 'Thornbeck Community Hall has level access and wide doors, and an accessible toilet with a hoist and a changing bench, plus a large free car park.',
    b: "Book Thornbeck Community Hall - it's the one with the hoist and changing bench.",
    wrong: 'The Dyehouse has a hoist in its accessible toilet.',
  },
  't24-20': {
    a: declineA('dyslexia assessments'),
    b: declineB('private assessments for dyslexia'),
    wrong:
      'Yes, it is worth it, and the council has to accept a report from a specialist teacher assessor.',
  },
  't24-21': {
    a: 'That may be a disability discrimination claim. It goes to the SEND Tribunal under the Equality Act, and it needs no certificate. It must be made within 6 months of what happened, so by Tuesday 29 December 2026, and there is no extra time when that date is over Christmas.',
    b: "It could be disability discrimination. You don't need a mediation certificate, but you've got six months from 29 June, so your claim must be in by 29/12/2026 - the Christmas extension doesn't apply.",
    wrong:
      'You need a mediation certificate first, and you get extra time over Christmas, so the deadline is 4 January 2027.',
  },
  't24-22': {
    a: "Yes, foster carers can contact us themselves. Please tell the child's social worker too.",
    b: 'You can ring Millrace as his foster carer; just let his social worker know.',
    wrong: 'Only the social worker can contact us for a looked-after child.',
  },
  't24-23': {
    a: "Yes, he can come. Your supporter can be a lawyer, and nobody has to give permission for them to come. Nobody else's permission is needed for them.",
    b: "He can be there as your supporter; the council doesn't have to agree to it.",
    wrong: 'The council has to agree first, and solicitors are not allowed.',
  },
  't24-24': {
    a: declineA('Access to Work'),
    b: declineB('help at work such as a job coach'),
    wrong: 'Yes, you can apply online at gov.uk for Access to Work in your own name.',
  },
  't24-25': {
    a: 'No certificate is needed: for only the school or college in section I, no, you may appeal directly. Two months from 28 October is Monday 28 December 2026, and if it lands on any day from 25 December through 1 January, your deadline becomes the first working day once 1 January has passed: Monday 4 January 2027, by 5pm.',
    b: "You don't need a mediation certificate for a school-only appeal. The 2 months end in the Christmas window, so your appeal must reach the Tribunal by 04/01/2027.",
    wrong: 'You need a mediation certificate first, and the deadline is 28 December 2026.',
  },
  't24-26': {
    a: 'Yes, if he agrees. Once he is over school leaving age the choices are his. You can still help, but they can only speak for you if you say so: he can tell us by text, email or on the phone. Just one line is enough. He does not need to sign a form.',
    b: "You can help, but he has to let us know he's happy for you to speak for him - a one-line text or email from him will do.",
    wrong: "You'll need a signed consent form from him, or he has to ring us himself.",
  },
  't24-27': {
    a: "No, he doesn't have to come. When a parent takes part, the mediator must take reasonable steps so that the child's views are known. None of this needs your child to attend: he can use our My Voice booklet, photos, a voice message or a short chat with the mediator at school or at home.",
    b: 'Nie, syn nemusí prísť. Mediátor sa jeho názor dozvie inak: cez brožúru "My Voice", fotky, hlasovú správu alebo krátky rozhovor v škole či doma.',
    wrong:
      'Your son has to attend if he is over 8, otherwise the mediator will not consider his views.',
  },
  't24-28': {
    a: declineA('driving lessons or driving tests'),
    b: declineB('learning to drive'),
    wrong:
      'He can get extra time on the theory test and go to a driving assessment centre for lessons with dual controls.',
  },
  't24-29': {
    a: 'After 2 months an adviser can no longer give you a certificate. But you can still ask the Tribunal itself to let you appeal without one.',
    b: "It's too late for a certificate now, but you can apply to the Tribunal for permission to appeal without it.",
    wrong:
      'Yes, we can still give you a certificate, because the 2 months run from when you received the letter.',
  },
  't24-30': {
    a: "School staff can ring us for general information, but we cannot talk about a child's case with you; that changes only once the family has said yes to it. You can pass on our number to the family.",
    b: "You can call for general advice, but we won't discuss the child until the parents agree. Give them our number.",
    wrong:
      'Yes, of course we can talk about the case, and the school can refer without the parents.',
  },
  't24-31': {
    a: 'By Wednesday 16 December 2026. Where the agreement is to change only the school or type of setting named, the council must act within 2 weeks, not 5. These time limits are in calendar weeks, counted from the date of the agreement.',
    b: "For a school-name-only change it's two weeks from the agreement, so 16/12/2026.",
    wrong: 'Yes, the 5 weeks apply, so 6 January 2027.',
  },
  't24-32': {
    a: declineA('school uniform grants'),
    b: declineB('help with school uniform costs'),
    wrong: 'Yes, there is a £100 grant towards uniform from the household support fund.',
  },
  't24-33': {
    a: 'Health and nothing else: Pennine Becks Integrated Care Board arranges it, not the council. It has 30 days, and the 30 days start when the integrated care board learns of it: from Friday 4 December that is Sunday 3 January 2027. These are calendar days, and the date is not moved on for a weekend. The health section cannot be appealed by itself, but mediation is open to you.',
    b: "The health board (ICB) sets it up, and it must happen by 03/01/2027 - 30 calendar days, not moved even though it's a Sunday.",
    wrong:
      'The council arranges it within 30 working days, and you can appeal the health section to the Tribunal on its own.',
  },
  't24-34': {
    a: 'We can get you an interpreter. It is free. We can do this in any language. But we never ask anyone under 18 to interpret for you, so not your daughter. For an interpreter on the phone we can usually get one the same day.',
    b: 'An Arabic interpreter is free. Please do not use your daughter: we never use children to interpret.',
    wrong: 'Yes, your daughter can translate for you; otherwise an interpreter will cost £30.',
  },
  't24-35': {
    a: 'Yes. The meeting can be by phone: a conference line that rings your own phone, and it works on a landline or any mobile.',
    b: 'Mediation can be done by phone, using your landline, with no smartphone needed.',
    wrong: 'You need a smartphone or computer for the video link, or you have to travel in.',
  },
  't24-36': {
    a: declineA('childcare or childminders'),
    b: declineB('childcare for a disabled child'),
    wrong: 'Yes, the council will pay through the Disability Access Fund and your 30 hours.',
  },
  't24-37': {
    a: 'Yes. You must speak to an adviser first, but you are free to say mediation is not for you. If you say no to mediation, your certificate is issued within 3 working days of you telling us.',
    b: 'جی ہاں، آپ کو میٹنگ میں جانے کی ضرورت نہیں۔ ایڈوائزر سے بات کریں اور بتائیں کہ آپ ثالثی نہیں چاہتیں، تو سرٹیفکیٹ تین ورکنگ دن کے اندر مل جائے گا۔',
    wrong: 'No, you cannot get a certificate that way; you must go to mediation first.',
  },
  't24-38': {
    a: 'Yes. The council or the health board that set up the meeting pays. Time off work: lost earnings, up to £45. Car: 25p for each mile, plus parking.',
    b: 'You can claim up to £45 for the lost day and 25p a mile for the drive; the council or health board pays.',
    wrong: 'Nobody pays for lost work, but you can claim 45p a mile.',
  },
  't24-39': {
    a: 'By Monday 15 February 2027. After an agreement to make an EHC plan, the council has 5 weeks for the draft and 11 weeks for the final plan. These time limits are in calendar weeks, and Christmas and school holidays are not taken out.',
    b: "It's eleven weeks from 30 November for the final plan, so 15/02/2027, not 20 weeks.",
    wrong: "Yes, it's 20 weeks, so the deadline is 19 April 2027.",
  },
  't24-40': {
    a: declineA('swimming lessons'),
    b: declineB('swimming or other activities'),
    wrong: 'Yes, there are Halliwick swimming lessons with quiet sessions at the leisure centre.',
  },
  't24-41': {
    a: 'Yes. Once a young person is past compulsory school age the right to appeal is theirs, up to their 25th birthday, so you can contact Millrace themselves and appeal in their own name - you can do it yourself. A refusal to amend the plan following a review can be appealed, and you need a certificate first.',
    b: "You can appeal yourself at 22. You'll need to get a mediation certificate before you appeal.",
    wrong: "You're over 21, so your parents have to appeal, and you don't need a certificate.",
  },
  't24-42': {
    a: 'Cannot pay the fare first? Tell us. We can send you a bus or train ticket before the day, or book a taxi that is paid for in advance.',
    b: "Let us know and we'll post you a ticket ahead of the meeting, so you don't have to find the money.",
    wrong: 'You have to pay up front and claim it back afterwards.',
  },
  't24-43': {
    a: 'Every family gets traffic-light cards: hold up the amber card when you need a pause, or the red card when you need to leave the room for a while. Nobody will ask you why, and the mediator will not carry on without you.',
    b: "You can ask for a break at any point - show the amber card, or the red one to step out - and they won't continue while you're out.",
    wrong: 'The meeting will carry on without you if you leave, so try to stay.',
  },
  't24-44': {
    a: declineA("school staff's pay and contracts"),
    b: declineB('teaching assistant pay or hours'),
    wrong: "Yes, it's allowed: term-time only contracts are legal. Talk to your union.",
  },
  't24-45': {
    a: 'No, you do not lose out. If the council cannot hold mediation inside its 30 days, we issue the certificate within 3 working days and you are counted as having taken part. From today that means by Tuesday 8 December 2026.',
    b: "You'll still get a certificate, as if you had mediated, within three working days - so by 08/12/2026.",
    wrong: 'Yes, you lose the certificate and have to wait for a new date.',
  },
  't24-46': {
    a: 'Yes: our drop-in, "Brew and a Natter", is at Slackholme Library, Market Street, on the first Tuesday of every month, 10am until 12 noon. No need to book. The next one is Tuesday 5 January 2027.',
    b: 'Come to Brew and a Natter at Slackholme Library, first Tuesday of the month, no booking - next on 5 January.',
    wrong: "You need to book, and there's no drop-in in January.",
  },
  't24-47': {
    a: 'No. Anyone else, such as a teacher, can come only if everyone taking part agrees. If the parties cannot agree, the mediator decides.',
    b: 'She can only come if every party agrees. If you say no, the mediator makes the call.',
    wrong: 'Yes, the SENCO can just turn up; the school has a right to attend.',
  },
  't24-48': {
    a: declineA('council housing transfers'),
    b: declineB('moving to a ground floor home'),
    wrong: 'You should get medical priority band A on the housing list.',
  },
  't24-49': {
    a: 'By Tuesday 29 December 2026. If you say no to mediation, your certificate is issued within 3 working days of you telling us. That makes Christmas Eve a working day, so counting from 22 December: Wednesday 23, Thursday 24 and then Tuesday 29 December (25 and 28 December are bank holidays).',
    b: 'Certyfikat dostanie Pani najpóźniej we wtorek 29 grudnia 2026: to 3 dni robocze (23 i 24 grudnia - Wigilia się liczy - oraz 29 grudnia; 25 i 28 grudnia to święta).',
    wrong: "Christmas Eve doesn't count, so the latest is 4 January 2027.",
  },
  't24-50': {
    a: 'We keep your file for 4 years after your case closes, then we destroy it safely. You can ask for a copy of your file. It is free. We send it within one calendar month.',
    b: 'Files are kept four years after closing. A copy is free and arrives within 1 month.',
    wrong: 'We keep files for 6 years, and a copy costs £10.',
  },
  't24-51': {
    a: "No. Meetings are never recorded, by us or by anyone else. The mediator's notes go into confidential waste before the end of the day.",
    b: "You can't record it on your phone - nobody records mediation.",
    wrong: 'Yes, you can record it, and the mediator will record it too.',
  },
  't24-52': {
    a: declineA('dental care'),
    b: declineB('dentists for autistic children'),
    wrong: 'Yes, the community dental service can treat him under general anaesthetic.',
  },
  't24-53': {
    a: 'She was not late. Take the later of 3 August (2 months from the letter) and 9 August (1 month from the certificate). If it lands in August, your deadline becomes the first working day once 31 August has passed. Monday 31 August 2026 was a bank holiday, so her deadline was Tuesday 1 September 2026.',
    b: 'Because the date fell in August, her time ran to 01/09/2026, so an appeal on 1 September was in time.',
    wrong: 'Yes, she was late: the deadline was 9 August 2026.',
  },
  't24-54': {
    a: 'You can tell any of our staff, or write to Gareth Holroyd, our service manager. We reply within 5 working days to say we have your complaint, and we give you a full answer within 20 working days. If you are still not happy, a trustee looks at it again within 30 working days.',
    b: "Complain to Gareth Holroyd. You'll get an acknowledgement in five working days and a full reply in twenty working days.",
    wrong: 'Complain to the council; they reply in 10 working days.',
  },
  't24-55': {
    a: "You don't need to come in. After a video or phone meeting, the agreement is emailed to you within one working day so that you can sign it online.",
    b: "They'll email it to you within 1 working day and you sign it electronically.",
    wrong: 'You have to come to the office to sign it in person within 5 working days.',
  },
  't24-56': {
    a: declineA('special guardianship orders or allowances'),
    b: declineB('kinship care money or special guardianship'),
    wrong: "Yes, you'd get a special guardianship allowance, which is means-tested.",
  },
  't24-57': {
    a: 'No. Section I along with section B or F needs a certificate, and a single certificate covers the whole appeal.',
    b: 'Just one certificate covers everything - school and section F together.',
    wrong: 'You will need two separate certificates, one for each part.',
  },
  't24-58': {
    a: 'The council or the health board that set up the meeting pays. Use the orange claim form. Send it to us within 8 weeks of the meeting. You should get your money within 20 working days. Childcare is £5.35 an hour for each child.',
    b: 'Use o formulário laranja (orange claim form) e envie-o dentro de 8 semanas depois da mediação. O dinheiro chega em 20 dias úteis; a ama é paga a £5,35 por hora.',
    wrong: 'Use the blue claim form within 6 weeks.',
  },
  't24-59': {
    a: 'Yes. On the second Saturday of each month we also hold meetings from 9.30am to 12.30pm at The Dyehouse, for families who cannot take time off in the week.',
    b: 'There are Saturday morning meetings once a month (the second Saturday, 9.30 to 12.30).',
    wrong: "No, we don't do weekend meetings; try a Tuesday evening instead.",
  },
  't24-60': {
    a: declineA('college bursaries'),
    b: declineB('bursaries for students'),
    wrong: 'Yes, you can get the vulnerable bursary of £1,200 a year in your own name.',
  },
};
