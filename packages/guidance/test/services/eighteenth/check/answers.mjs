// Answer texts for each question, keyed by the question's stable key (check/keys.json maps ids to
// keys). `a` is a right answer close to the page's wording, `b` a right answer in other words
// (numbers as words, negations, another language) to show the must/must_not regexes are fair,
// `wrong` a plausible wrong answer (outside knowledge, a fact from elsewhere, a wrong number).
// check.mjs attaches the citations, so a wrong answer can only fail on its text.
export const ANSWERS = {
  'school-only-no-cert': {
    a: "No. Because your appeal is only about the school named in section I of the plan, you can appeal without a certificate, so you don't have to contact a mediation adviser or go to mediation first. You can still choose mediation if you both want to. The deadline is two months from the date of the decision letter.",
    b: "Your ex isn't right on this one: a mediation certificate is not needed when the appeal is only about the school or college named in section I (the named school, its type, or no school being named). That's one of the two exceptions. Mediation is still available if you'd like it, but it isn't required before the tribunal.",
    wrong:
      'Yes, you still need a mediation certificate before you can appeal to the tribunal, so you must go to mediation first.',
  },
  'in-year-admission': {
    a: "I'm sorry, Tor and Tide's published pages don't cover school admissions or admission appeals, so I can't tell you how that process or its timescales work. Please call Tor and Tide on 0117 496 0738 and they can point you to the right place.",
    b: "The pages here are about disagreements over SEND support and EHC plans; they don't say anything about appealing a refused school place. Please ring Tor and Tide on 0117 496 0738 (or email talk@torandtide.example) and they can tell you who to contact.",
    wrong:
      'You have 20 school days to lodge an admission appeal, and the admission appeal panel must hear it within 40 school days. Call 0117 496 0738.',
  },
  'adviser-deadline-letter-date': {
    a: 'The two months run from the date printed on the letter, not the day it arrived. The letter is dated 14 March, so the last day to contact the mediation adviser is 14 May.',
    b: "Count two months from the date on the decision letter (14 March), not from when it came through the door on the 21st. That makes the last day 14th May. After that the adviser can't issue a certificate.",
    wrong: 'Two months from when the letter arrived, so 21 May.',
  },
  'phone-hours-evening': {
    a: 'Not on a Saturday: the phone lines are closed at weekends and on bank holidays. But on Wednesdays the lines are open from 12 noon to 7pm, so you could ring after work then. Other days: Monday, Tuesday and Thursday 9am to 5pm, Friday 9am to 12.30pm.',
    b: "Wednesday is your day: the lines are open until seven pm (from midday). They're closed at weekends, so Saturday morning won't work. You could also leave a voicemail or email talk@torandtide.example.",
    wrong:
      'Yes, the lines are open on Saturday mornings from 9am to 12 noon and every weekday until 8pm.',
  },
  'young-person-decides': {
    a: "Yes, you can. At 19 you count as a young person, so the decisions are yours to make. The council has to deal with you directly and you can ask for mediation yourself. Your mum can come along to help if you want her to, but it's your call.",
    b: "It doesn't have to be her. Once you're over compulsory school age and under 25 it's your own decision: the council must deal with you, and you can request mediation yourself. If you'd like your mum there as support, that's up to you.",
    wrong: "Your mum has to do it because she's the one named on the EHC plan.",
  },
  'decline-mediation-cert-speed': {
    a: "You don't have to mediate. Tell the mediation adviser you don't want to try mediation and your certificate will be sent within 3 working days. Then you can register your appeal.",
    b: "If you tell the adviser you'd rather not go to mediation, the certificate comes within three working days of that. Mediation is your choice; the conversation with the adviser doesn't commit you to it.",
    wrong:
      'You must go to mediation first; the certificate arrives within 30 days after the meeting.',
  },
  'tutor-funding': {
    a: "Sorry, the published pages don't cover home tuition or what the council should provide when a child is out of school, so I can't answer that. Please call Tor and Tide on 0117 496 0738.",
    b: "The service's pages only deal with resolving disagreements about SEND support; they say nothing about paying for a tutor or how many hours of teaching he should get. Ring 0117 496 0738 to check whether they can help with a disagreement about his support.",
    wrong:
      'Yes, under section 19 the council must provide suitable full-time education, usually at least 25 hours a week of tuition. Call 0117 496 0738.',
  },
  'separate-rooms': {
    a: "No, you don't have to be in the same room. The service can run it as shuttle mediation: each side stays in its own room and the mediator moves between them.",
    b: "You won't need to face her. Ask for shuttle mediation: you and the school are in separate rooms and the mediator goes back and forth.",
    wrong:
      'Yes, everyone has to sit in the same room so the mediator can help you talk face to face.',
  },
  'appeal-deadline-weekend': {
    a: 'Your deadline is whichever is later: two months after the letter date (2 July 2025) or one month after the date on the certificate (20 July 2025). The later date, 20 July 2025, is a Sunday, so it moves to the next working day: Monday 21 July 2025. The Tribunal must receive the appeal by 5pm that day.',
    b: 'One month from the certificate (20 June) is Sunday 20 July 2025, which is later than two months from the letter. Because it lands on a weekend, the deadline becomes the next working day, 21st July 2025, by 5pm.',
    wrong: 'You have 30 days from the certificate, so the deadline is 20 July 2025.',
  },
  'text-line': {
    a: "Yes! You can text or WhatsApp the young people's line on 07700 900416. If you message before 3pm on a working day they'll reply the same day; after 3pm, the next working day.",
    b: 'Of course. Text (or WhatsApp) 07700 900 416, the line for young people. Messages before 3pm on a working day get a reply that day.',
    wrong: 'Sorry, we only take calls on 0117 496 0738.',
  },
  'camhs-wait': {
    a: "I'm sorry, the pages I have don't cover CAMHS or its waiting times. Please call Tor and Tide on 0117 496 0738, or ask your GP for an update.",
    b: "Tor and Tide's pages don't give any information about CAMHS waiting lists in Port Kellow. Call 0117 496 0738 if there's a disagreement about support in an EHC plan.",
    wrong:
      'CAMHS in Port Kellow currently has a waiting time of about 18 weeks. Call 0117 496 0738.',
  },
  'senco-dr-no-plan': {
    a: "Yes. That's what disagreement resolution is for. It can be used at any point, it isn't linked to a council decision, and the child does not need to have an EHC plan. It covers how an academy or free school is carrying out its SEND duties. Everyone has to agree to take part.",
    b: "Disagreement resolution fits: it's available with or without an EHC plan and at any time, and it can look at the way an academy delivers SEN support. Both you and the parent would need to agree to take part; it doesn't produce a mediation certificate.",
    wrong:
      'Our service is only for children with an EHC plan, after a council decision you can appeal.',
  },
  'interpreter-polish': {
    a: "Yes. You can have a Polish interpreter free of charge; the service books and pays for the interpreter. Please give at least a week's notice. They never ask family members or children to interpret, so your daughter won't be asked to translate.",
    b: 'Tak. Tłumacz języka polskiego jest bezpłatny: serwis sam go rezerwuje i za niego płaci. Prosimy o co najmniej tydzień wyprzedzenia. Serwis nigdy nie prosi członków rodziny ani dzieci o tłumaczenie, więc córka nie będzie tłumaczyć.',
    wrong:
      'Unfortunately you must bring your own interpreter; your daughter can interpret for you.',
  },
  'council-must-take-part': {
    a: 'Mediation is your choice, not theirs. Once you say you want it, the council has to arrange it and take part, and it must send someone who can agree things on the day.',
    b: "They can't refuse. If you ask for mediation, the council must arrange it and attend, with someone who has the authority to agree a way forward.",
    wrong: 'Mediation is voluntary for everyone, so the council can refuse to take part.',
  },
  'venue-port-kellow-bus': {
    a: 'Meetings are at neutral venues. The nearest for you is the Quayside Rooms, 3 Harbour Street, Port Kellow, a five-minute walk from Port Kellow bus station. The others are Harrowmoor Library and the Dunmere Enterprise Centre, and meetings can also be by video call or phone.',
    b: "Go for the Quayside Rooms on Harbour Street in Port Kellow: it's five minutes' walk from the bus station. Video or phone meetings are also possible.",
    wrong: 'All meetings take place at the council offices in County Hall, Dunmere.',
  },
  'adult-social-care': {
    a: "Sorry, the pages I can use don't cover adult social care or transition assessments. Please ask Tor and Tide on 0117 496 0738 who can help.",
    b: "This isn't covered in Tor and Tide's published information, which is about disagreements over SEND support and EHC plans. Call them on 0117 496 0738.",
    wrong:
      'Under the Care Act 2014 you should ask adult social care for a transition assessment; they will apply the national eligibility criteria. Call 0117 496 0738.',
  },
  'parent-sets-up-for-young-person': {
    a: "You can make the first call for him; lots of young people ask a parent to. But because he's 18, before anything goes ahead the service needs to speak to him to check that he wants it to happen. If phone calls are hard, he could text or WhatsApp the young people's line on 07700 900416.",
    b: "Only partly. You can get in touch on his behalf, but it's his decision: the service will need his consent and will talk with him before going ahead.",
    wrong: 'Yes, as his parent you can arrange it all for him without him being involved.',
  },
  'thirty-days': {
    a: "No. Mediation has to take place within 30 days of the council being told you want it. Those are calendar days, including weekends, so from 2 September the limit was about 2 October. A date in mid November is too late. If the council can't hold it within 30 days, it must tell the adviser, who issues your certificate within 3 working days.",
    b: 'There is a limit: thirty days (calendar days, not working days) from when the council was told, so by 2nd October. Mid-November breaks that.',
    wrong: 'The council has 30 working days to arrange it, so mid November is fine.',
  },
  ombudsman: {
    a: "I'm sorry, Tor and Tide's pages don't cover complaints about the council or the Ombudsman, so I can't tell you the process or time limits. Please call Tor and Tide on 0117 496 0738.",
    b: "That's outside what the published pages explain. Call 0117 496 0738; SENDIASS Moor to Shore may also be able to advise.",
    wrong:
      'Yes, the Local Government and Social Care Ombudsman can investigate; you have 12 months to complain. Call 0117 496 0738.',
  },
  'length-on-the-day': {
    a: 'Most meetings last two to three hours, and the room is booked for half a day so nobody is rushed.',
    b: 'Plan for 2-3 hours; the venue is booked for a half-day.',
    wrong: 'It usually takes a full day, so plan for 9 to 5.',
  },
  'not-an-office': {
    a: 'Yes. As well as the usual venues, they can meet you at your college or at The Hatch youth centre on Chapel Lane, Harrowmoor. You can also meet online and keep your camera off.',
    b: "You don't have to go to an office: the meeting can be at your college, at The Hatch youth centre in Harrowmoor, or online.",
    wrong: 'Meetings are only at council offices, but you could do it by phone.',
  },
  'short-notice': {
    a: 'No, not unless you agree. You must be told the date and venue at least 5 working days before the meeting, unless you agree to a shorter notice period. Friday to Tuesday is less than that, so you can say no and ask for a later date.',
    b: "They should give you at least five working days' notice of the date and venue. Shorter notice is only allowed with your agreement.",
    wrong: "Yes, that's fine, they only have to give you 48 hours' notice.",
  },
  cost: {
    a: "It's free. Mediation and disagreement resolution are free for families.",
    b: "Nothing to pay: there's no charge to families.",
    wrong: "There is a small fee of £40 per session, but it can be reduced if you're on benefits.",
  },
  'dsa-university': {
    a: "Sorry, Tor and Tide's pages don't cover university or Disabled Students' Allowance, so I can't answer that. Please call 0117 496 0738.",
    b: "The published information doesn't say anything about DSA or what happens to an EHC plan at university. Ring Tor and Tide on 0117 496 0738 for help finding the right people.",
    wrong:
      'Yes, your EHC plan ends at university. Apply for DSA through Student Finance England and book a needs assessment centre appointment. Call 0117 496 0738.',
  },
  'expenses-urdu': {
    a: 'Yes. The council that arranged the mediation pays expenses: 25p for each mile if you go in your own car, and loss of earnings up to £45. Ask the mediator for an expenses form on the day.',
    b: 'Jee haan. Council gari ke liye 25p per mile deti hai, aur kaam ki chutti ke nuqsan ke liye up to £45. Expenses form mediator se usi din lein.',
    wrong: 'The council pays 45p a mile and £25 for lost earnings.',
  },
  'camera-off': {
    a: 'No. Meeting online is fine, and you can keep your camera off the whole time if you want.',
    b: "You don't have to have your camera on; it can stay off for the whole meeting.",
    wrong: 'You must have your camera on for online meetings so everyone can see you.',
  },
  respite: {
    a: "I'm sorry, the pages don't cover short breaks or respite, so I can't say what you could get. Please call Tor and Tide on 0117 496 0738; the council's Local Offer team may also help.",
    b: "Respite isn't covered in the service's published pages. Ring 0117 496 0738.",
    wrong:
      'You are entitled to 30 nights a year of overnight short breaks through direct payments. Call 0117 496 0738.',
  },
  'childcare-foster-carer': {
    a: 'Yes. The council that arranged the mediation pays for care for your children while you attend: £5.35 an hour for each child. Ask the mediator for an expenses form on the day and send it back within 6 weeks.',
    b: "You can claim £5.35 per hour per child for childcare while you're at the mediation, paid by the council (or the ICB for health-only mediation).",
    wrong: "No, you can't claim for childcare, only travel.",
  },
  'nan-can-come': {
    a: 'Yes. Your daughter can bring a friend, a relative, an advocate or a lawyer to support her, so you can go in with her. She should tell the service who is coming by 12 noon the day before.',
    b: "You can come as her supporter: a relative is welcome, and no one else's permission is needed for a supporter. Just let the service know by midday the day before.",
    wrong: "No, only the parents can attend; grandparents need everyone's agreement to come.",
  },
  dla: {
    a: "Sorry, the pages don't cover DLA or other benefits. Please call Tor and Tide on 0117 496 0738.",
    b: "Benefits like DLA aren't covered in the service's published information, so I can't tell you amounts. Try calling 0117 496 0738.",
    wrong:
      'Yes, you can claim DLA; the middle rate care component is £73.90 a week. Call 0117 496 0738.',
  },
  'disability-discrimination': {
    a: "A disability discrimination claim doesn't need a mediation certificate. The claim must be made within six months of the discrimination happening, and the Christmas and August extensions do not apply.",
    b: "You don't need a certificate for disability discrimination claims. The time limit is 6 months from when it happened (no Christmas or August extension).",
    wrong:
      "You'll still need a mediation certificate first, and the deadline is two months from the incident.",
  },
  'data-retention': {
    a: 'Your case file is kept for 3 years after your case closes and then securely destroyed. Signed agreements are kept for 6 years. You can ask for a copy of what they hold by emailing dataprotection@torandtide.example.',
    b: "Three years after the case closes, then it's destroyed securely; any signed agreement is kept for six years.",
    wrong: 'We keep records until your son turns 25.',
  },
  'meltdown-stop': {
    a: "It won't be ruined. You can ask for a break whenever you need one: everyone gets a pause card and you don't have to explain why. You can also stop the mediation at any point, and stopping will not be held against you.",
    b: "Take a break any time (hold up your pause card), or stop altogether; that won't count against you.",
    wrong: 'You have to carry on until the end, otherwise it will count against you.',
  },
  'missed-two-months': {
    a: 'Not necessarily. Because more than two months have passed since the date on the letter, the adviser is not allowed to issue a certificate, but you can still ask the Tribunal for permission to appeal without one.',
    b: "You can ask the SEND Tribunal for permission to appeal without a certificate, since the adviser can't issue one after the two months.",
    wrong: "Yes, you've lost your chance to appeal; it's too late.",
  },
  exclusion: {
    a: "I'm sorry, the published pages don't cover exclusions or the governors' review, so I can't give you the timescales. Please call Tor and Tide on 0117 496 0738.",
    b: "Exclusions aren't covered by Tor and Tide's pages. Call 0117 496 0738 straight away, given the meeting is next week.",
    wrong:
      'Governors must meet within 15 school days, and you can then ask for an independent review panel, which can include an SEN expert. Call 0117 496 0738.',
  },
  'confidential-lateness': {
    a: "Nothing said in the meeting is shared outside it, apart from the written agreement. The service's safeguarding policy explains the rare cases where a concern must be passed on.",
    b: "What you say in mediation is kept private: it won't be shared outside the meeting; only the written agreement is.",
    wrong: 'Yes, anything you say can be used against you at tribunal.',
  },
  'tribunal-hearing-prep': {
    a: "Sorry, Tor and Tide's pages don't cover preparing for a tribunal hearing, so I can't advise on that. Please call Tor and Tide on 0117 496 0738 or contact SENDIASS Moor to Shore.",
    b: "Hearing preparation isn't something the published pages explain. Ring 0117 496 0738.",
    wrong:
      'Bring the hearing bundle and your working document; your daughter can give evidence, and you can bring a barrister. Call 0117 496 0738.',
  },
  'under-16-views': {
    a: "She doesn't have to come to be heard. The mediator has to take reasonable steps to find out what she thinks. She could fill in a 'My Views' sheet, draw a picture or record a voice note, have a 15-minute video chat with the mediator on her own, or ask a trusted adult like a teaching assistant to pass her views on.",
    b: 'The mediator must find out her views: she can have a fifteen-minute video chat with the mediator alone, or send a drawing or a voice note.',
    wrong: 'She has to attend the meeting so the mediator can hear her.',
  },
  'complaint-mediator': {
    a: "Write to Tor and Tide's Service Manager at Unit 4, Ropewalk Yard, Port Kellow PK2 7RW, or email complaints@torandtide.example. They acknowledge complaints within 5 working days and send a full reply within 20 working days. If you're still unhappy, you can ask for a review by one of the CIC's directors.",
    b: "Complain to the Service Manager (complaints@torandtide.example). You'll get an acknowledgement within five working days and a full reply within twenty working days.",
    wrong: 'Complain to the Local Government Ombudsman; they reply within 12 weeks.',
  },
  'section-f-agreed': {
    a: 'When a mediation agreement covers the provision in section F, the council must make the change within 5 weeks, unless a different timetable was agreed in writing.',
    b: "They have five weeks to amend section F, the same time they'd have if the Tribunal had ordered it.",
    wrong: 'The council has 2 weeks to change the plan.',
  },
  'school-transport': {
    a: "Sorry, the pages don't cover home-to-school transport decisions or how to challenge them. Please call Tor and Tide on 0117 496 0738.",
    b: "School transport appeals aren't covered in the service's published pages. Ring 0117 496 0738.",
    wrong:
      "You can appeal to the SEND Tribunal; the council's two-stage review has a 20 working days time limit. Call 0117 496 0738.",
  },
  'first-chat-length': {
    a: 'The first chat takes about 20 minutes, so it should fit in your lunch break. It can be a phone call, a video call or a text chat at a time you choose.',
    b: 'About twenty minutes. You can choose when, and do it by phone, video or text.',
    wrong: 'The first call takes about an hour.',
  },
  recording: {
    a: 'Audio and video recording are not allowed, but you are welcome to take notes, or bring someone to help you take notes.',
    b: "Sorry, you can't record it on your phone. You can take notes, though.",
    wrong: 'Yes, you can record it on your phone as long as everyone knows.',
  },
  'legal-aid': {
    a: "I'm sorry, the pages don't cover legal aid or legal help for the tribunal. Please call Tor and Tide on 0117 496 0738; SENDIASS Moor to Shore offers free impartial information and advice.",
    b: "Legal aid isn't covered in Tor and Tide's information. Ring 0117 496 0738.",
    wrong:
      "Yes, you'll qualify: legal aid is means-tested and families on benefits can get legal aid through the Legal Help scheme. Call 0117 496 0738.",
  },
  'independent-grandparent': {
    a: "No. Tor and Tide is a community interest company and is independent of all three councils and of the NHS. None of its mediators or advisers is employed by a council. The councils and the ICB pay for the service, but they don't run it.",
    b: "It isn't part of the council: it's an independent CIC (community interest company), and its mediators aren't employed by any council or the NHS.",
    wrong: "Yes, it's basically the council's own service; it's run by the council.",
  },
  'assessment-decision-time': {
    a: "Sorry, the published pages don't cover how long the council has to decide whether to carry out an assessment. Please call Tor and Tide on 0117 496 0738.",
    b: "That timescale isn't on the service's pages. Ring 0117 496 0738.",
    wrong: 'The council has 6 weeks to decide, so by 21 February. Call 0117 496 0738.',
  },
  'blue-badge-library': {
    a: 'At Harrowmoor Library there are blue badge bays only; the nearest public car park is on Fore Street.',
    b: 'Yes, there are blue badge spaces at the library (no general parking); otherwise use the Fore Street car park.',
    wrong: "There's free parking at the library.",
  },
  'no-one-to-come': {
    a: "No. If there's no one you want to bring, the service can put you in touch with Speak Up Moor to Shore, a free independent advocacy service for young people. They'll only refer you if you say yes.",
    b: "You won't have to go alone: they can refer you (if you agree) to a free advocate from Speak Up Moor to Shore.",
    wrong: "Yes, you'll have to go on your own if you have nobody.",
  },
  'expenses-claim-deadline': {
    a: 'Ask the mediator for an expenses form (or contact Tor and Tide for one). Send it to Tor and Tide within 6 weeks of the mediation, with your bus tickets. They pass it to the council that arranged the mediation, which pays you by bank transfer.',
    b: 'Send the expenses form with your tickets to Tor and Tide within six weeks of the mediation; the council pays by bank transfer.',
    wrong: 'Send the form within 1 month.',
  },
  'social-care-section': {
    a: "Yes. The social care section can't be appealed on its own, but you can still ask for mediation about it whenever the plan is made, amended or replaced. Disagreement resolution can also cover the health or social care provision in an EHC plan at any time.",
    b: 'You can use mediation for the social care part when the plan is made, amended or replaced, or disagreement resolution at any point.',
    wrong: "There's nothing you can do; the social care section can't be challenged at all.",
  },
  'school-only-24-october': {
    a: "No. Without a certificate, your deadline is two months from the letter date: 24 December. That day is a working day and is before the 25 December to 1 January window, so it isn't pushed into January. The Tribunal must receive the appeal by 5pm on 24 December.",
    b: "That's not right for your case. Two months from 24 October is 24th December; it's a working day outside the Christmas window, so your deadline stays 24 December (by 5pm).",
    wrong:
      "Yes, that's right: the deadline moves to the first working day after 1 January, so your deadline is 2 January.",
  },
  safeguarding: {
    a: "If the mediator is worried that you or someone else could be harmed, they may have to tell the council's safeguarding team. If they can, they will tell you first.",
    b: "Only if there's a worry about someone's safety: they may need to pass it to the council's safeguarding team, and they'll try to tell you first.",
    wrong: 'No, the mediator will never tell anyone what you say.',
  },
  'what-to-bring-dyslexia': {
    a: 'Bring your EHC plan if you have one, the letter from the council about the decision, and a list of what you want to change. You can also bring things that help you stay calm, like headphones or a snack.',
    b: "Your plan, the council's letter, and a list of what you want (someone can help you write it).",
    wrong: 'Just bring your passport and some photo ID.',
  },
  'late-start-apprentice': {
    a: "No. If you're at college or work during the day, a meeting can start as late as 4pm.",
    b: 'They can start a meeting at 4:00 in the afternoon if you work days.',
    wrong: 'Meetings are only in the morning, between 9am and 12 noon.',
  },
  'voicemail-callback': {
    a: 'Voicemails are returned by the end of the next working day.',
    b: 'Expect a call back by the end of the following working day.',
    wrong: 'We will call you back within 48 hours.',
  },
  'lawyer-romanian': {
    a: 'Yes. You can bring a lawyer to support you at mediation, or a friend, a relative or an advocate. Please tell the service who is coming by 12 noon the day before.',
    b: 'Da, puteți aduce un avocat care să vă sprijine, sau un prieten, o rudă ori un consilier. Spuneți serviciului cine vine până la ora 12:00 cu o zi înainte.',
    wrong: 'No, lawyers are not allowed at mediation.',
  },
  'referral-somali': {
    a: 'You can phone 0117 496 0738, email talk@torandtide.example, or fill in the referral form on the Tor and Tide website.',
    b: 'Waxaad na soo wici kartaa 0117 496 0738, iimayl u dir talk@torandtide.example, ama buuxi foomka referral-ka ee website-ka.',
    wrong: 'You need a referral from your GP or the council.',
  },
  'written-agreement-online': {
    a: 'Yes. After a video or phone meeting, the service emails the written agreement to everyone within 48 hours.',
    b: "You'll get it in writing: it's emailed to everyone within forty-eight hours of an online meeting.",
    wrong: "You'll get a letter in the post within 5 working days.",
  },
  'autism-diagnosis': {
    a: "I'm sorry, the pages don't cover autism assessments or NHS waiting times, and they don't say the service can speed up a diagnosis. Please call Tor and Tide on 0117 496 0738 to talk it through.",
    b: "Diagnosis waiting lists aren't covered in Tor and Tide's published pages. Ring 0117 496 0738.",
    wrong:
      'Yes, we can speed it up: use your right to choose to get an assessment within 12 weeks. Call 0117 496 0738.',
  },
  'phase-transfer': {
    a: "Sorry, the published pages don't say when the council has to name a secondary school in an EHC plan. Please call Tor and Tide on 0117 496 0738.",
    b: "That deadline isn't in the service's pages. Ring 0117 496 0738 or email talk@torandtide.example.",
    wrong: 'The council must name the school by 15 February. Call 0117 496 0738.',
  },
};

// More right phrasings, checked against must/must_not only: the wordings most likely to trip a
// careless regex (negations, lists of other time limits, naming the topic a decline can't cover).
export const EXTRA_RIGHT = {
  'school-only-no-cert': [
    "A certificate isn't needed because the appeal is only about the school named.",
    "You're exempt: in most other appeals you need a certificate, but a school-only appeal can go to the tribunal without one.",
  ],
  'adviser-deadline-letter-date': [
    "You have two months from the date of the letter (14 March), so 14 May; it doesn't matter that it arrived on the 21st.",
  ],
  'phone-hours-evening': [
    'Saturdays are closed, but on a Wednesday you can ring until 7 in the evening.',
  ],
  'appeal-deadline-weekend': [
    'The last day is 20 July 2025, a Sunday, so it moves to Monday 21 July 2025.',
  ],
  'council-must-take-part': [
    'Mediation is voluntary for you, but not optional for the council: they are required to attend.',
  ],
  'length-on-the-day': ["It won't take all day, usually two or three hours."],
  'short-notice': [
    "That's too short unless you've agreed to it: the rule is at least 5 working days' notice.",
  ],
  'disability-discrimination': [
    "In most SEND appeals you need a certificate first, but not for a disability discrimination claim: it isn't required. The time limit is six months, with no Christmas or August extension.",
  ],
  'meltdown-stop': ["There's no need to explain: just hold up your pause card and take a break."],
  'confidential-lateness': [
    "It stays confidential and can't be used against you; only the written agreement is shared.",
  ],
  'complaint-mediator': [
    "Complaints about a mediator go to the Service Manager, not the council's complaints team, with a full reply within 20 working days.",
  ],
  'section-f-agreed': [
    'Agreed changes to section B or F: within 5 weeks. If it were only the school name it would be within 2 weeks, and a new plan would be a draft in 5 weeks and final in 11 weeks.',
  ],
  'first-chat-length': ["It won't take an hour: about 20 minutes."],
  'voicemail-callback': ['Not necessarily the same day: by the end of the next working day.'],
  'thirty-days': [
    "No, that's not allowed: it must happen within 30 days, and those are calendar days, not working days.",
  ],
  'parent-sets-up-for-young-person': ["They'll need to hear from him before anything goes ahead."],
  'senco-dr-no-plan': ["Yes, disagreement resolution doesn't need an EHC plan."],
  'under-16-views': ["She doesn't need to attend; she can send a voice note or draw a picture."],
  'separate-rooms': [
    'Nobody will make you sit together: you can be in separate rooms (shuttle mediation).',
  ],
  'adult-social-care': [
    "The pages don't cover adult social care or the Care Act, so I can't tell you what you're entitled to. Call 0117 496 0738.",
  ],
  respite: ["I can't tell you what you are entitled to; please call 0117 496 0738."],
  'dsa-university': ["The pages don't cover DSA or Student Finance. Call 0117 496 0738."],
  'tribunal-hearing-prep': [
    "The pages don't cover hearing bundles or giving evidence. Call 0117 496 0738.",
  ],
  ombudsman: ["I can't advise on complaining to the Ombudsman; please call 0117 496 0738."],
  'camhs-wait': ["There's nothing about CAMHS waiting times in the pages; call 0117 496 0738."],
  exclusion: ["The pages don't cover exclusions or independent review panels. Call 0117 496 0738."],
};
