// Three answers for every question, used by check.mjs to test the questions themselves:
//   a      the right answer in the page's own words (it quotes the page)
//   b      the right answer in other words (or in the asker's language)
//   wrong  a plausible wrong answer: outside knowledge, a nearby page fact that does not apply,
//          or the usual date slip. It carries the same (right) citations, so it must fail on
//          `must` or `must_not` alone.
// check.mjs adds the citations (the page sentences around each cite phrase).

const TEL = '0121 496 0738';

// a right answer to a question the pages do not cover
const declineA = (topic) =>
  `Lockgate's published pages don't cover ${topic}, so I can't give you a reliable answer from them. Please ring Lockgate SEND Mediation on ${TEL} (or WhatsApp 07700 900264) and an adviser can point you to the right people.`;
const declineB = (topic) =>
  `Sorry, that isn't something the Lockgate guidance explains: there's nothing on ${topic}. The team can tell you who to ask if you call +44 121 496 0738 or email talk@lockgatemediation.example.`;

export const ANSWERS = {
  't21-01': {
    a: "No, we're not the council. None of our advisers or mediators works for Brindleford Metropolitan Borough Council, Kettlesmere Borough Council or the Tame and Stour Integrated Care Board. Lockgate is paid for under a contract with them, but none of them can see your file or influence how we handle your case.",
    b: "Lockgate is independent, run by a community interest company rather than the council. The councils fund the service, but they don't get to see your file and have no say in how your case is dealt with, so what you tell the adviser stays with Lockgate.",
    wrong:
      "Yes, Lockgate is part of Brindleford council's SEND team, so the council can see your file, but it's kept confidential within the department.",
  },
  't21-02': {
    a: "Your last day to contact an adviser is Saturday 26 December 2026. The two months run from the date printed on the letter, not from the day it landed on your doormat. That date doesn't get pushed on for weekends or bank holidays, and it doesn't get pushed on for Christmas either, because that extension is only for the Tribunal deadline. A voicemail, WhatsApp or email that reaches Lockgate on 26 December still counts, but the phones close at 1pm on Christmas Eve, so get in touch before then if you can.",
    b: "Count two months from the date on the letter (26/10/2026), not from when you received it: that gives 26/12/2026, which is Boxing Day and a Saturday. Sadly the school-gate tip is wrong: there's no extra time for Christmas at this stage. Leave a voicemail, WhatsApp or email by that day at the latest.",
    wrong:
      'It counts from when you received the letter in the first week of November, and Christmas adds extra time, so you have until 4 January 2027.',
  },
  't21-03': {
    a: 'No. We never hold a mediation on school premises, and we only use a council building if you ask us to. Lockgate picks a venue near you, such as Wharf House in Brindleford, The Foundry Rooms in Kettlesmere, Netherfold Community Centre or Hollybank Sports Pavilion, or it can be done on Zoom.',
    b: "It won't be at his school: Lockgate doesn't use school premises at all, and council offices are only used if a family specifically asks for them. You'd get a neutral community venue close to home, or you can do it online.",
    wrong:
      "Mediations are usually held at the child's school so the head and SENCO can attend, but we can book a room at the council offices if you prefer.",
  },
  't21-04': {
    a: "What you're describing is disagreement resolution rather than mediation. It is open at any stage, whether or not your child has an EHC plan, and can look at how a nursery or pre-school is meeting her special educational needs. But nobody can be compelled to join in: a meeting only happens when every side says yes, so the nursery is free to turn the invitation down.",
    b: "With no plan and no council decision to appeal, this would go through disagreement resolution, not mediation. It's voluntary for everyone, so you can't make the nursery come; they'd have to agree to take part.",
    wrong:
      'Yes, ask for mediation: the nursery has to attend once you ask, and if it fails you can appeal to the SEND Tribunal.',
  },
  't21-05': {
    a: declineA("benefits such as Carer's Allowance"),
    b: declineB('carer benefits or who qualifies for them'),
    wrong:
      "You can claim Carer's Allowance if you care for him at least 35 hours a week and your earnings are under the limit; it's about £83 a week.",
  },
  't21-06': {
    a: "No, your deadline is not 28 December. There are two dates: two months from the letter is 28 December 2026, and one month from the certificate is 2 December 2026; your deadline is whichever of those two comes later, so 28 December. Because that falls between 25 December and 1 January, you get until the first working day after New Year's Day, which is Monday 4 January 2027. The Tribunal has to have it by 5pm.",
    b: "The later of the two dates (letter + 2 months) lands in the Christmas window, so it doesn't simply roll to the next working day: the appeal is due on the first working day after 1 January, Mon 04/01/2027, by 5pm.",
    wrong:
      'Yes, 28 December is a bank holiday, so your deadline moves to the next working day, Tuesday 29 December 2026.',
  },
  't21-07': {
    a: 'Because you are bringing the mediation, the mediator must make reasonable efforts to learn what your son thinks and wants. He can fill in an "All About Me" page, send drawings or photos, send a WhatsApp voice message (his iPad voice could record one), or have a chat with the mediator somewhere he chooses. He would only join part of the meeting if you and the mediator both think it is right. Nobody will ever insist that your child comes along.',
    b: "He doesn't have to come at all. His views can still be heard: the mediator has to try to find out what he wants, for example through a one-page profile, pictures or a Lego model, a recorded voice message, or a short chat with the mediator in a place he's comfortable.",
    wrong:
      'He has to attend so the mediator can hear his views directly; at 14 he is old enough to take part in the whole meeting.',
  },
  't21-08': {
    a: 'You can go straight ahead. If the only thing you are challenging is section I (which school or college is named, what kind of setting it is, or that no setting is named), your appeal can be sent to the Tribunal without a certificate.',
    b: "No certificate is needed for an appeal that's only about section I, including when no school is named at all, so you can send the appeal to the Tribunal straight away. If you later add section B or F, that would change.",
    wrong:
      'Yes, you need a certificate first: you must contact a mediation adviser before you can appeal anything in the plan.',
  },
  't21-09': {
    a: declineA('PIP claims or appeals about benefits'),
    b: declineB('moving from DLA to PIP'),
    wrong:
      "DWP will write to you around your 16th birthday; you'll get an assessment, and if they say no, ask for a mandatory reconsideration and we can help you appeal.",
  },
  't21-10': {
    a: 'If you tell your adviser tomorrow (Friday 4 December), the certificate must reach you within three working days of you telling us, so by Wednesday 9 December 2026 at the latest. Weekends and bank holidays are not counted, and most people get it by email the same afternoon.',
    b: 'Dacă îi spuneți consilierului mâine, vineri 4 decembrie, certificatul trebuie emis în cel mult trei zile lucrătoare: luni 7, marți 8 și miercuri 9 decembrie. Deci cel târziu miercuri, 9 decembrie 2026. Sâmbăta și duminica nu se numără.',
    wrong: 'Trei zile: sâmbătă, duminică și luni, deci până luni, 7 decembrie 2026.',
  },
  't21-11': {
    a: 'Yes. Any mediation can take place on Zoom instead, and Lockgate sends the link three working days beforehand, with a short test call if you want one. You can join by phone only or keep your camera switched off.',
    b: 'You can do the whole thing from home online. Nobody needs to see you: join with no camera, or just dial in by phone.',
    wrong:
      'Mediations have to be attended in person, though we use Microsoft Teams for the information call.',
  },
  't21-12': {
    a: "Not for you, no. Take care when an appeal covers more than one section: once section B or section F is included alongside section I, the certificate rule applies to the whole appeal. So you'll need to speak to a mediation adviser and get a certificate, though you don't have to go on and mediate.",
    b: "Your mate is right only for appeals about the school alone. Because you're also challenging section F, you need a mediation certificate before the Tribunal will take the appeal; ringing an adviser is enough to get one.",
    wrong:
      "Yes, your mate is right: school appeals don't need a certificate, so you can skip the mediation adviser and appeal both parts straight away.",
  },
  't21-13': {
    a: declineA('part-time or reduced school timetables'),
    b: declineB('whether a school can shorten a pupil’s day'),
    wrong:
      'A part-time timetable should only be a temporary measure and needs your consent; otherwise it can be an unlawful exclusion.',
  },
  't21-14': {
    a: "Legally it has to happen by Friday 25 December 2026, which is Christmas Day. The mediation has to take place within thirty days of the council hearing from us, and that's thirty calendar days, not working days. The thirtieth day doesn't move if it's a Saturday or a bank holiday, so in practice the council should offer you a date before Christmas. If it can't, it must tell Lockgate, and you'll get your certificate within three working days.",
    b: "30 calendar days from 25/11/2026 is 25/12/2026. Yes, that's Christmas Day, and the deadline isn't moved for the bank holiday, so realistically the council has to hold it before then. Chase them now.",
    wrong:
      'The council has 30 working days, so with the Christmas bank holidays the latest is about 8 January 2027.',
  },
  't21-15': {
    a: "No. We arrange and pay for a professional interpreter in any spoken language, or British Sign Language. We will not ask your child, or any relative, to interpret for you, so your daughter does not need to translate. Please give us five working days' warning, or more.",
    b: 'لا، لا تحتاجين إلى إحضار مترجم. نحن نرتب مترجماً محترفاً مجاناً ولا تدفعين شيئاً. لن نطلب من ابنتك أو من أحد أقاربك أن يترجم. أخبرينا قبل خمسة أيام عمل على الأقل. الهاتف: 0121 496 0738',
    wrong:
      'نعم، يمكن لابنتك أن تترجم لك. Please bring your own interpreter, as interpreters cost £40 an hour.',
  },
  't21-16': {
    a: 'Because health and education are both in dispute, the council organises it. Health together with education or social care: the council organises it, and the integrated care board must send someone able to make decisions. So the NHS (the Tame and Stour ICB) has to be there too.',
    b: "As it's a mix of section F and the health section, the mediation is set up by the council, and the Tame and Stour ICB is required to send someone who can agree things on the day.",
    wrong:
      "Because section G is involved, the Tame and Stour ICB arranges the mediation, and the council doesn't need to attend; the NHS doesn't have to come for the education parts.",
  },
  't21-17': {
    a: declineA('school admissions or delaying when a child starts school'),
    b: declineB('deferring a Reception start'),
    wrong:
      "Children don't reach compulsory school age until the term after they turn 5, so you can defer; ask the admissions authority whether they can start in reception rather than Year 1.",
  },
  't21-18': {
    a: "Your certificate should reach you by Tuesday 29 December 2026. After the mediation the adviser sends out your certificate no more than three working days after the mediation ends. Christmas Eve is an ordinary working day for this, and so are the weekdays between Christmas and New Year that aren't bank holidays: the three days are 23 December, 24 December and 29 December, because 25 and 28 December are bank holidays.",
    b: "Three working days after Tue 22/12/2026 takes you to Tue 29/12/2026: Wednesday 23rd and Thursday 24th count, Friday 25th and Monday 28th are bank holidays, and the weekend is skipped. So you won't be waiting until January.",
    wrong:
      'Three working days from Monday 21st would be the 24th, so you will get it by Christmas Eve, 24 December 2026.',
  },
  't21-19': {
    a: 'Yes. On Tuesdays there is an online session that runs from 5.30pm to 8pm, which suits many working parents. In-person sessions start at 9.30am or 1.30pm.',
    b: 'There is an evening option: every Tuesday Lockgate runs online mediations from half five until eight in the evening, so you can both join after your shifts.',
    wrong:
      'Mediations only run in the daytime, in school hours, but there are Saturday morning sessions once a month.',
  },
  't21-20': {
    a: 'Yes, you can contact us yourself. Anyone who looks after the child day to day, such as a grandparent, a kinship carer or a foster carer, can get in touch. For a child in care, we will also speak with their social worker.',
    b: "You don't need to go through his social worker: as his foster carer you can ring Lockgate directly. Because he's looked after, Lockgate will talk to his social worker as well.",
    wrong:
      'It has to go through his social worker, because only someone with parental responsibility can ask for mediation.',
  },
  't21-21': {
    a: declineA('NHS therapy waiting lists or complaints about them'),
    b: declineB('speech and language therapy waits'),
    wrong:
      'Complain to PALS or the Tame and Stour ICB; waits should be under 18 weeks, and the school can pay for private SALT.',
  },
  't21-22': {
    a: "You don't need a certificate for a disability discrimination claim. The claim has to reach the Tribunal within six months of whatever it is you're complaining about, so for a refusal on 30 June that is by Wednesday 30 December 2026. The Christmas and August extensions don't apply to discrimination claims at all, so there is no extra time.",
    b: 'No mediation certificate is needed. Six months from 30/06/2026 is 30/12/2026, and because discrimination claims get no Christmas extension, that is the real last day.',
    wrong:
      'You will need a certificate first, and with the Christmas extension you have until Monday 4 January 2027.',
  },
  't21-23': {
    a: 'Expect the meeting to take around three hours. The mediator calls a break at least every 45 minutes, and you may request one at any point, so you can get up and move about. If three hours in one go would be too much, Lockgate can split the mediation into two shorter sessions on different days.',
    b: "It's usually about 3 hours, with a break roughly every three quarters of an hour and extra breaks whenever you need them. It can also be split across two days.",
    wrong: "It's a full day, 9.30 to 4.30, with one lunch break in the middle.",
  },
  't21-24': {
    a: "Sections C and G (health) and sections D and H (social care) can't be taken to the Tribunal by themselves. But when a plan is made, amended or replaced you can ask for mediation on them, and where social care is the only issue, the council organises it.",
    b: "No, section H isn't appealable on its own. You can still have mediation about it because the plan is new, and as it's only social care, the mediation is arranged by the council.",
    wrong:
      'You can appeal section H to the SEND Tribunal; you need a certificate first, and the ICB would arrange the mediation.',
  },
  't21-25': {
    a: declineA('challenging a Tribunal decision after the hearing'),
    b: declineB('what to do after losing at the Tribunal'),
    wrong:
      'You can ask the Tribunal for permission to appeal to the Upper Tribunal within 28 days, but only on a point of law.',
  },
  't21-26': {
    a: "They should tell you by Thursday 24 December 2026. The council has to give you the date and the venue no later than five working days before the day itself. Working back from Tuesday 5 January: 4 January, 31, 30 and 29 December, then 24 December, because 1 January, 28 December and 25 December are bank holidays. Telling you after the Christmas break would be too late, unless you choose to accept shorter notice: if you'd rather have it sooner with less notice, you can agree to that.",
    b: 'The latest is Christmas Eve (24/12/2026), five working days before the mediation once the bank holidays are skipped. "After the break" is too late unless you say you\'re happy with less notice.',
    wrong: "That's fine: they only need to tell you 5 days before, so by 31 December 2026.",
  },
  't21-27': {
    a: "Yes. Your supporter can be anybody you trust, such as a support worker. You do not need the council's agreement, or anybody else's, to bring them. Anyone beyond that, like your girlfriend as a second person, can come if everyone at the mediation agrees to it, or if the mediator allows it.",
    b: 'Your support worker can come as your supporter without asking the council. Bringing your girlfriend as well is fine as long as everyone at the meeting agrees, or the mediator gives permission.',
    wrong:
      'The council has to agree to anyone you bring, and you can only bring one person, so your girlfriend cannot come.',
  },
  't21-28': {
    a: 'Yes. Deciding to stop maintaining the plan is one of the decisions you can take to the Tribunal, and at 19 the decisions are yours: you can ask for mediation and appeal to the Tribunal in their own name, meaning your own. You will need a mediation certificate first, but you are under no obligation to go on and mediate.',
    b: "You can appeal yourself: the right is yours, not your mum's, though she can support you. Ring a mediation adviser to get your certificate; you don't have to actually go to mediation if you don't want to.",
    wrong:
      "Your mum has to make the appeal for you, and you can't appeal a decision to cease a plan once you're over 18.",
  },
  't21-29': {
    a: declineA('Tribunal hearing dates or how hearings are held'),
    b: declineB('waiting times for a hearing or attending by video'),
    wrong:
      'Hearings are usually about 20 weeks after registration, and video hearings are common: you can ask for a remote hearing on the Cloud Video Platform.',
  },
  't21-30': {
    a: "Because more than two months have passed, the law doesn't let us issue a certificate. But you haven't lost your chance: you can ask the Tribunal to let you appeal without one, and explain why you couldn't get in touch sooner. Ring us and we'll explain how that works.",
    b: "An adviser can no longer give you a certificate now it's past the two months, but you can still ask the Tribunal for permission to appeal without it, explaining about your breakdown.",
    wrong:
      "It's not too late: we can still issue you a certificate, just ring an adviser and we'll send it today.",
  },
  't21-31': {
    a: "Lockgate can give you a quiet room that is yours for the whole session, turn the lights down, and give you a sensory bag with ear defenders and fidget toys. Papers can be Easy Read or large print, sent three working days before, and name cards can replace introductions round the table. None of this depends on having a diagnosis or a GP's letter. Just ask.",
    b: "You can have your own quiet space, dimmed lighting, a sensory kit and papers in advance, and you won't need any diagnosis or proof to ask for them.",
    wrong:
      "We can offer a quiet room once you're diagnosed, so please send us a copy of your diagnosis or a doctor's letter first.",
  },
  't21-32': {
    a: 'No. Mediation is entirely your choice. If you opt in, the council cannot refuse: it has to set the mediation up and send someone to it, and the integrated care board has to come as well whenever health issues are part of the dispute.',
    b: 'خیر. اگر شما میانجی‌گری را انتخاب کنید، شورا نمی‌تواند رد کند: باید جلسه را ترتیب دهد و کسی را به آن بفرستد. اگر مسائل سلامت هم مطرح باشد، هیئت مراقبت یکپارچه (ICB) هم باید شرکت کند. تلفن: 0121 496 0738',
    wrong:
      'بله، شورا می‌تواند قبول نکند. Mediation is voluntary for everyone, so both sides have to agree before it goes ahead.',
  },
  't21-33': {
    a: declineA('complaints about the council or the Ombudsman'),
    b: declineB('how to escalate a complaint about council delays'),
    wrong:
      'Go through the council’s complaints procedure first; after that the Local Government and Social Care Ombudsman can investigate, as assessments should take 20 weeks at most.',
  },
  't21-34': {
    a: "It's not an interview. We book what we call an information call, at a time that suits you, usually within five working days of you first getting in touch. It's about half an hour on the phone or on video: the adviser goes through what mediation is, who would be there and what you're hoping to get out of it, and nobody's going to push you to decide there and then.",
    b: "The first call is a friendly chat of around 30 minutes by phone or video, booked when it suits you. There's no pressure at all: you can take your time and decide later.",
    wrong:
      "It's a one-hour-long face-to-face appointment at our office, and you'll have to decide on the call whether to go ahead with mediation.",
  },
  't21-35': {
    a: 'No. Everyone in the room, council and NHS staff included, signs a confidentiality agreement before the mediation starts. Nothing said or offered during mediation can be quoted at the Tribunal afterwards, and the mediator will not appear as a witness for either side.',
    b: "They can't. Offers made in mediation are 'without prejudice', and every person there, the council included, signs up to keeping it confidential, so nothing you float can be raised at the Tribunal later.",
    wrong:
      'Yes, they could use what you offered as evidence at the Tribunal, and the mediator may give evidence about what was said.',
  },
  't21-36': {
    a: "Yes, she can. Now you're past compulsory school age the decisions are yours, but if you agree, a parent can ring us on their behalf, listen in to the information call and come to the mediation as your supporter. Young people who find phone calls hard can message us on WhatsApp on 07700 900264 instead.",
    b: "Your mum can phone Lockgate for you as long as you're happy for her to. It's still your decision in the end, and if talking is hard you can WhatsApp the service instead.",
    wrong:
      "Until you're 18 your mum makes the decisions, so she has to ring and ask for mediation herself.",
  },
  't21-37': {
    a: declineA('private reports or what they cost'),
    b: declineB('commissioning an independent educational psychologist'),
    wrong:
      'Yes, get a private EP report: they usually cost around £1,200, and the Tribunal will take an HCPC-registered EP seriously.',
  },
  't21-38': {
    a: "Two months from the letter is 27 January 2027. For the certificate, one month from 29 January has no matching day, and then it's the last day of February: Sunday 28 February 2027. That is the later date, and because it's a weekend it just rolls on to the next working day, so your deadline is Monday 1 March 2027, by 5pm.",
    b: "There's no 29 February in 2027, so the month ends on 28/02/2027, a Sunday. The later date wins, and a Sunday moves to the next working day: Mon 01/03/2027.",
    wrong:
      'One month after 29 January is 28 February 2027, so your deadline is Sunday 28 February.',
  },
  't21-39': {
    a: 'Mostly what you say stays confidential, but confidentiality has two limits. If something said makes the mediator think a child or adult may be in danger of serious harm, they must pass it on to the safeguarding team, and a court order could also require them to share information. If it is safe to do so, we will tell you first.',
    b: "It's private, with one main exception: if the mediator believed someone was at risk of serious harm, they'd have to tell safeguarding. Otherwise mediation is confidential, and you'd normally be told before anything was passed on.",
    wrong:
      'Mediation is completely confidential, so nothing is ever passed on, not even to social services.',
  },
  't21-40': {
    a: 'Yes, the body that set up your mediation (usually the council) pays. Earnings you lose by attending: up to £45. Care for your children while you are there: £5.35 an hour for each child. Claim on the yellow expenses form within 28 days with your receipts.',
    b: "It's covered: you can claim back lost pay to a maximum of £45 and childcare at £5.35 per hour for each of the little ones, using the expenses form.",
    wrong:
      "Sorry, we don't pay for lost wages or childcare; mediation is free but those costs aren't covered.",
  },
  't21-41': {
    a: declineA('housing adaptations or grants for them'),
    b: declineB('home adaptation grants'),
    wrong:
      'You can apply for a Disabled Facilities Grant of up to £30,000; an occupational therapist will assess first, and it usually takes about 6 months.',
  },
  't21-42': {
    a: "The phones are staffed Monday to Friday, nine till five, except on Tuesdays we stay on until eight in the evening, and on Fridays we close at three. Over Christmas the phones close at 1pm on Christmas Eve, then we're back on Tuesday the 29th, ten till three, up to New Year's Eve. WhatsApp and email are still checked every weekday.",
    b: "Tuesday is the late day: the line is open till 8pm. You're not shut all Christmas: after closing at 1pm on Christmas Eve the phones reopen on Tuesday 29 December, 10am to 3pm, until New Year's Eve.",
    wrong:
      "We're open late until 8pm on Thursdays, and we're closed over the whole Christmas period until January.",
  },
  't21-43': {
    a: 'They have five weeks. Where you have agreed something about an appealable decision, the council has to carry it out within these limits, which run from the date you reached agreement: for changes to section B or section F, it must issue the amended plan within 5 weeks. Five weeks from 3 December 2026 is Thursday 7 January 2027, unless a different timescale was agreed in writing.',
    b: 'For an agreed change to section F the council must send the amended plan within 5 weeks of the agreement: by Thu 07/01/2027. The Christmas holidays count as part of those weeks.',
    wrong:
      "The council has 5 working weeks, and Christmas and bank holidays don't count, so expect the amended plan by about 14 January 2027.",
  },
  't21-44': {
    a: "If finding a fare up front would be difficult, tell us a week before and we will book a taxi or post you a prepaid tram and bus ticket, so you don't have to pay and wait to be reimbursed.",
    b: 'Let Lockgate know at least seven days ahead of the 17th: they can arrange a taxi for you or send you a pre-paid ticket for the tram and bus.',
    wrong:
      "You'll have to pay up front and claim it back on the expenses form; we can't pay in advance.",
  },
  't21-45': {
    a: declineA('applying to become a deputy'),
    b: declineB('Court of Protection applications and their fees'),
    wrong:
      "You don't need to become his deputy: a parent can decide for him when he lacks capacity. If you do apply, use form COP1 and the fee is £371.",
  },
  't21-46': {
    a: "Sorry about that. We'll ring you back within two working days. We try three times, and if we can't reach you, we send a text so you know it was us. If weekdays are hard, book a slot at the callback clinic on the first Saturday of the month.",
    b: 'You should have had a call back within 2 working days of Monday. The team makes three attempts and then texts you; they also run a Saturday callback session once a month that you can book.',
    wrong: 'We return voicemails within 24 hours, but we only try once, so ring us back.',
  },
  't21-47': {
    a: 'For anything agreed about health or social care, the council must do what the agreement says within 2 weeks, unless a different timescale was agreed in writing. It would be the same for the NHS part, and in a health-only mediation the integrated care board has one week to tell the council what was agreed.',
    b: 'Two weeks from the day you agreed it, for social care and for health points alike. If it had been a health-only mediation, the ICB would also have to let the council know the outcome within a week.',
    wrong:
      "There's no set time limit for social care, but for the NHS part they have 5 weeks, like an amendment.",
  },
  't21-48': {
    a: 'You can put the family in touch, but only with their agreement. You do not need to be referred to use Lockgate, and we always speak to you directly before arranging anything, meaning we would talk to the family ourselves. If calls are hard for mum, she can WhatsApp 07700 900264.',
    b: 'Yes, with the parents’ consent you can pass on their details; the family can also contact Lockgate themselves. Lockgate will always speak with the family directly before anything is set up.',
    wrong:
      'You can refer them without their consent using our referral form; families must be referred by a professional.',
  },
  't21-49': {
    a: declineA('medicines in school or training school staff'),
    b: declineB('who trains staff to give emergency medication'),
    wrong:
      'The governing body is responsible under the statutory guidance on supporting pupils with medical conditions, and the school nursing team can train staff.',
  },
  't21-50': {
    a: 'Yes, voice notes are fine. Send them on WhatsApp to 07700 900264. We answer WhatsApp messages within one working day.',
    b: 'Yes. Send a voice message on WhatsApp: 07700 900264. They reply in 1 working day. You can also phone 0121 496 0738.',
    wrong:
      'Voice messages are not accepted; please send only text messages to 07700 900518. We reply within 24 hours.',
  },
  't21-51': {
    a: 'Ring or WhatsApp us as soon as you know. We will go back to the council and the mediator and offer you at least two new dates. Moving a mediation costs you nothing, and it has no effect on your certificate or on your appeal rights.',
    b: "You won't be penalised. Let Lockgate know, and they'll rearrange with the council and give you a choice of new dates; it won't affect your certificate or appeal.",
    wrong:
      "You need to give 10 working days' notice, otherwise you lose your place and there is a fee to rearrange.",
  },
  't21-52': {
    a: 'Yes. Turning down a request for an EHC needs assessment is a decision you can take to the Tribunal. You will need a mediation certificate first, which means speaking to one of our mediation advisers, but you are under no obligation to go on and mediate.',
    b: 'ਹਾਂ, ਤੁਸੀਂ ਅਸੈਸਮੈਂਟ ਤੋਂ ਇਨਕਾਰ ਦੇ ਫ਼ੈਸਲੇ ਵਿਰੁੱਧ SEND ਟ੍ਰਿਬਿਊਨਲ ਵਿੱਚ ਅਪੀਲ ਕਰ ਸਕਦੇ ਹੋ। ਪਰ ਪਹਿਲਾਂ ਤੁਹਾਨੂੰ ਮੀਡੀਏਸ਼ਨ ਸਲਾਹਕਾਰ ਨਾਲ ਗੱਲ ਕਰਕੇ ਸਰਟੀਫਿਕੇਟ ਲੈਣਾ ਪਵੇਗਾ। ਮੀਡੀਏਸ਼ਨ ਕਰਨੀ ਜ਼ਰੂਰੀ ਨਹੀਂ। ਫ਼ੋਨ: 0121 496 0738',
    wrong:
      'ਨਹੀਂ, ਸਰਟੀਫਿਕੇਟ ਦੀ ਲੋੜ ਨਹੀਂ। A refusal to assess cannot be appealed, so no certificate is needed.',
  },
  't21-53': {
    a: declineA('employment rights or time off work for carers'),
    b: declineB('what your employer has to allow'),
    wrong:
      "Under carer's leave you get one week's unpaid leave a year, and for the mediation itself you can claim lost earnings up to £45.",
  },
  't21-54': {
    a: "Yes. Whatever happens in the room, agreement or no agreement, or if you settle some bits and not others, the mediator lets the advisers know it's finished and they send out your certificate no more than three working days after the mediation ends. So you can still appeal the points that didn't get sorted, like the 1:1 hours.",
    b: 'A partial agreement still gets you a certificate: it is issued within 3 working days of the mediation, regardless of the outcome, and you can take the unresolved 1:1 hours to the Tribunal.',
    wrong:
      "You only get a certificate if the mediation fails completely, and because you agreed the SALT you can't appeal now.",
  },
  't21-55': {
    a: "No, not forever. Notes of calls and messages are kept for three years after your case closes; your certificate and any signed agreement for six years; and the mediator's working notes are shredded before the mediator leaves the venue. You are entitled to see all the information we keep about you. It costs nothing, and you will have it within one month.",
    b: 'Lockgate keeps contact notes for 3 years after closing your case and certificates and agreements for 6 years. You can ask to see everything, free of charge, and get it within a month.',
    wrong:
      'We keep everything indefinitely, and a copy of your file costs a £10 admin fee, sent within 40 days.',
  },
  't21-56': {
    a: 'No. Choosing mediation never costs you your right to appeal. You can mediate, settle some points and still take the rest to the Tribunal.',
    b: "Going to mediation doesn't take away your appeal: anything that isn't agreed can still go to the Tribunal afterwards, even if you settle some issues on the day.",
    wrong:
      'Once you go to mediation you cannot go to the Tribunal afterwards; mediation replaces an appeal.',
  },
  't21-57': {
    a: declineA('education for children who are out of school'),
    b: declineB('what the council must provide when a child cannot attend school'),
    wrong:
      'Yes, under section 19 the council must arrange suitable education once she has missed 15 school days because of her health.',
  },
  't21-58': {
    a: 'Your sister was right. You take whichever of the two dates is later: 16 August 2026 (two months from the letter) rather than 19 July (one month from the certificate). If it lands anywhere in August, it goes to the first working day after the 31st of August, and 31 August 2026 was itself a bank holiday, so her deadline was Tuesday 1 September 2026.',
    b: "She had it right: the later date, 16/08/2026, fell in August, so the deadline moved to the first working day after the end of August: Tue 01/09/2026. It's a rule, not luck.",
    wrong:
      'She got it wrong: her deadline was 16 August 2026, two months from the letter. She was just lucky.',
  },
  't21-59': {
    a: 'Raise it with your adviser first if you can. If that does not work, contact our quality lead, Harjit Kaur-Beddoes, by phone, letter or email within six months of what went wrong. We acknowledge a complaint within three working days and reply in full within 15 working days, and a complaint never delays your certificate.',
    b: "You have 6 months to complain to Lockgate's quality lead, and you'll hear back in writing within 15 working days. Complaining won't hold up your certificate.",
    wrong:
      'Write to the council within three months; they reply within 20 working days, and your certificate may be delayed while they investigate.',
  },
  't21-60': {
    a: declineA('early years funding or free childcare hours'),
    b: declineB('funded nursery places or extra nursery funding'),
    wrong:
      'Working parents get 30 free hours from the term after she turns 3, and the nursery can claim the Disability Access Fund of £910 a year.',
  },
};
