// Hand-written answers used to test the question set itself (not the engine).
// For every question: a = a right answer in the page's own wording, b = a right answer in other
// words, wrong = a plausible wrong answer (outside knowledge or the wrong page fact), and
// optionally extra = more right phrasings (negations, digits/words, other date forms).
// check.mjs attaches the right citations to a, b AND wrong, so a wrong answer must fail on its
// text alone (must / must_not), never on a missing citation.

const PHONE_A = '0191 498 0637';
const PHONE_B = '0191 4980637';

const decline = (topic, wrong, extra = []) => ({
  a: `I'm sorry, I can't find anything about ${topic} in the information I have from Northlight and the council, so I can't give you a reliable answer. Please ring Northlight SEND Mediation on ${PHONE_A} and they can tell you where to get help.`,
  b: `That isn't covered by the pages I can use, and I'd rather not guess about ${topic}. The team at Northlight can point you in the right direction: call ${PHONE_B}.`,
  wrong,
  extra,
});

export const ANSWERS = {
  't19-01': {
    a: 'Yes. Disagreement resolution is for disagreements about the special educational provision a child is getting, or about how a school is carrying out its duties. You can ask for it at any time, and your child does not need to have an EHC plan. It is voluntary, so the school has to agree to take part.',
    b: "You don't have to get a plan first. What fits here is disagreement resolution: an independent meeting about the support your daughter gets at school, open to children on SEN support as well as those with an EHCP. Northlight can set it up if the school agrees to come.",
    wrong:
      'You would need an EHC plan first before you can use mediation or disagreement resolution, so ask the council for an EHC needs assessment.',
    extra: [
      'Disagreement resolution works with or without a plan, so you can ask for it now about the TA hours.',
    ],
  },
  't19-02': {
    a: 'Yes: there is a Tuesday evening late line, 5pm to 7.30pm, for parents and carers who work during the day. Otherwise the line is open Monday to Thursday 9am to 5pm and Friday 9am to 1pm.',
    b: 'Try Tuesdays: the phone line stays open until half past seven in the evening that day. You can also leave an answerphone message at any time or text 07700 900218.',
    wrong:
      'The line is open weekdays 9am to 5pm and on Saturday mornings, so Saturday would be your best bet.',
    extra: ['Ring on a Tuesday between 5 and 7:30pm.'],
  },
  't19-03': {
    a: 'Yes. Once you are over compulsory school age the law treats you as a young person, so the decisions about mediation are yours to make: you can ask for it, say no to it, and sign any agreement in your own name. Your mum can come as your supporter if you want her there.',
    b: "You're allowed. Because you've left school and are past compulsory school age, it's your own decision whether to go to mediation, not your mum's, and you don't have to wait until you're 18. She can still come along to support you if you invite her.",
    wrong:
      'Until you are 18 your mum has to make the decisions and sign for you, so she will need to ask for mediation.',
    extra: ["It's up to you, not your mum. You don't need to be 18."],
  },
  't19-04': decline(
    'school exclusions',
    `For an exclusion of 5 days you can ask the school governors to consider it; if it is more than 15 school days in a term they must meet. Call ${PHONE_A}.`,
  ),
  't19-05': {
    a: 'No. Disagreement resolution is voluntary for all parties. A meeting only goes ahead if everyone agrees to take part, so a school cannot be made to attend.',
    b: "Your head has it the wrong way round: nobody is legally obliged to attend disagreement resolution. It only happens if everyone agrees, so it's up to the school whether to take part.",
    wrong:
      'Yes, your head is right: once a parent asks, the school is legally obliged to attend disagreement resolution.',
    extra: [
      "You don't have to go. It's voluntary for the school as well as the parent.",
      "The school isn't required to attend; it can't be forced to.",
    ],
  },
  't19-06': {
    a: 'We will call you back within 2 working days. If your message says a deadline is close, the team tries to ring the same day.',
    b: "Usually within two working days of your message. If it's urgent because of a deadline, ring again or say so in a message and they'll try to call you that day.",
    wrong: 'Someone will call you back within 48 hours, or within 5 working days at busy times.',
  },
  't19-07': {
    a: "You must contact a mediation adviser within 2 months of the date on the council's decision letter. For a letter dated 20 October 2026 that is Sunday 20 December 2026. The 2 months run from the date the letter was sent, not the day it reached you, and this date is not moved if it falls on a weekend, so get in touch by Friday 18 December.",
    b: "The clock starts on the letter date, not when it arrived, so your last day to ring the adviser is 20/12/2026. That's a Sunday and it doesn't get pushed to the Monday, so aim for Friday 18th December at the latest.",
    wrong:
      'You have 2 months from when you received the letter. If that lands on Sunday 20 December it moves to Monday 21 December.',
    extra: [
      "Sunday 20th Dec is the last day; it isn't moved to the 21st, so ring before the weekend.",
      'By December 20th (2026-12-20).',
    ],
  },
  't19-08': {
    a: 'Yes. In SEN law a parent includes anyone who has care of the child, so if your grandson lives with you and you look after him day to day, you can ask for mediation yourself. You do not need to wait for a court order.',
    b: "You count as his parent for this because he lives with you and you're the one caring for him every day, with no court order or special guardianship needed. His dad may still have parental responsibility, so Northlight will usually let him know too.",
    wrong:
      'Only his dad can ask, unless you get a court order; you need a special guardianship order or parental responsibility first.',
    extra: ["Yes, you can: you don't need a court order, because you have care of him."],
  },
  't19-09': {
    a: 'Yes, you can challenge it. A decision to stop maintaining a plan (ceasing it) is one of the decisions you can appeal to the SEND Tribunal. Before appealing you must contact a mediation adviser and get a mediation certificate.',
    b: "It isn't final. Ending Jayden's EHCP is appealable at the tribunal; first speak to a mediation adviser, and you can choose mediation to try to sort it out.",
    wrong:
      "Unfortunately a decision to cease the plan is final and can't be appealed; you could ask the college for more support instead.",
  },
  't19-10': {
    a: 'Yes. If you would rather not talk on the phone, you can send a text message to 07700 900218 and one of the team will text you back.',
    b: "You can text Northlight on 07700 900 218 instead of calling, and they'll reply by text. You can also ask for papers to be read out to you.",
    wrong: 'You can message us on WhatsApp or use the live chat on our website.',
  },
  't19-11': decline(
    'school transport',
    `You can ask for a two-stage review of the transport decision within 20 working days. Call ${PHONE_A}.`,
  ),
  't19-12': {
    a: 'No. If your appeal is only about the school or institution named in section I, you can appeal straight away without a certificate. The deadline is 2 months from the date of the decision letter, so 23 December 2026, which is a Wednesday and a normal working day, so it does not move for Christmas.',
    b: "You don't need a mediation certificate for a school-only appeal. Your last day is Wednesday 23rd December 2026, two months from the letter, and as it's a working day before Christmas no extension applies.",
    wrong:
      "You'll still need a mediation certificate first, and because of Christmas the deadline moves to 4 January 2027.",
    extra: ['No certificate is needed. Deadline: 23/12/2026 (not January).'],
  },
  't19-13': {
    a: "You're not stuck. When the council cannot arrange mediation in time, it must tell the mediation adviser, and the adviser then issues your certificate within 3 working days. That certificate treats you as having taken part in mediation, so you can go ahead and register your appeal.",
    b: "No need to keep waiting. If the council can't fit mediation in within its time limit, the adviser has to send you a certificate within 3 working days of being told, and it counts as if you had mediated, so you can appeal. Ask Northlight to chase the council.",
    wrong:
      "You have to wait for the council to arrange mediation; you can't appeal until mediation has taken place.",
  },
  't19-14': {
    a: 'Yes. A SENCO can refer a family, but only with their permission, and Northlight always checks with the family before doing anything. The family can also refer themselves by phone, text, email or the website form.',
    b: "You can make the referral yourself as long as mum agrees to it; Northlight will contact her to check she's happy before anything happens. No letter from a professional is needed.",
    wrong:
      'Only the family can refer themselves; as a school you would need a formal referral from the LA.',
  },
  't19-15': {
    a: 'Yes, the adviser window has closed. You had 2 months from the date on the letter, so until 15 November 2026. Once the 2 months have passed, the adviser can no longer issue a certificate, but you can still ask the SEND Tribunal for permission to appeal without one, and the Tribunal decides whether to allow it.',
    b: "The two months for contacting a mediation adviser ended on 15 November (they count from the letter date, not when you opened it), so a certificate can't be issued now. What you can do is ask the tribunal for permission to appeal without a certificate, and explain about your mum being in hospital.",
    wrong:
      "It's not too late: the 2 months count from when you opened the letter, so you still have time to contact the adviser and they will issue a certificate.",
  },
  't19-16': decline(
    'how long an EHC needs assessment can take',
    `The whole process must take no more than 20 weeks from your request, and the council should decide whether to assess within 6 weeks. Call ${PHONE_A}.`,
  ),
  't19-17': {
    a: 'Nothing. Our service is free for families: you will never be asked for money for mediation, for a disagreement resolution meeting or for a certificate.',
    b: "It won't cost you anything: Northlight doesn't charge families for mediation or for the certificate.",
    wrong: 'Mediation costs £60 per session, but you may be able to get legal aid to cover it.',
    extra: ["It's free, and you can even claim expenses such as lost earnings up to £45."],
  },
  't19-18': {
    a: 'Because your daughter is a young person, mediation is her decision and not yours, so you cannot ask for it on her behalf while she is happy with the plan. If she does go, it is her view the mediator works with, and you can be there as her supporter if she asks you.',
    b: "At 19 it's her choice, not yours. You can't request mediation over her head; talk it through with her, and if she decides she wants mediation she can bring you along as her supporter. The exception is if she lacks the mental capacity to make the decision.",
    wrong:
      'Yes, you can ask for mediation yourself as her parent; your view counts because you know her best.',
  },
  't19-19': {
    a: 'The last day is whichever is later: 2 months from the decision letter (1 December 2026) or 1 month from the date on your mediation certificate (20 December 2026). The later one is 20 December, a Sunday, so it moves to the next working day: Monday 21 December 2026, by 5pm. It is 1 month from the certificate, not 30 days.',
    b: 'Your appeal has to reach the Tribunal by 5pm on Monday 21st December 2026. One month after the certificate is Sunday 20th December, later than two months after the letter, and a Sunday rolls on to the Monday.',
    wrong: 'You get 30 days from the certificate, so your deadline is 20 December 2026.',
    extra: ['Deadline: 2026-12-21 (Monday), because 20 Dec is a Sunday.'],
  },
  't19-20': {
    a: "No. We meet in neutral places and never hold meetings at your child's school or in council offices unless you ask. The usual venues are Riverside Community Hub in Coldwell, the Lantern Room at Wearholme Central Library and Blackthorn Market Hall. It can also be done by video call or phone.",
    b: "It won't be at his school. Northlight uses community venues like the Riverside Community Hub, the Lantern Room at Wearholme library or Blackthorn Market Hall, or you can join by video from home.",
    wrong: "Meetings are usually held at your child's school so that staff can attend.",
  },
  't19-21': decline(
    'personal budgets',
    `Yes, you can ask for a personal budget for the tutor, and direct payments can be used for this. Call ${PHONE_A}.`,
  ),
  't19-22': {
    a: 'Each child needs their own mediation request, because each plan is a separate decision. Northlight can usually hold both meetings on the same day, one after the other.',
    b: "Yes, technically it's two separate mediations, one per twin, but they can normally be booked back to back on the same day so you only go in once.",
    wrong:
      'One mediation can cover both boys, since the problems are the same; ask for a joint mediation.',
  },
  't19-23': {
    a: 'No. You do not need a certificate to make a disability discrimination claim against a school, because that claim is made under the Equality Act 2010. The claim has its own deadline of 6 months from the thing you are complaining about, and the Christmas and August extensions do not apply.',
    b: 'No mediation certificate is needed for a discrimination claim. You have six months from the trip decision to make it, with no extra time over Christmas or in August.',
    wrong:
      'Yes, you will need a mediation certificate first, and you have 2 months from the decision to get your claim in.',
  },
  't19-24': {
    a: 'We always book a professional interpreter, and we do not ask children or other family members to interpret, so your daughter should not interpret for you. Interpreters, including British Sign Language interpreters, are free.',
    b: "Ne. Northlight nemokamai užsako profesionalų vertėją; vaikų versti neprašo. (No: a professional interpreter is booked free of charge, and children aren't asked to interpret.)",
    wrong:
      'Yes, your daughter can interpret for you; if you want a professional interpreter you will have to pay £30 an hour.',
  },
  't19-25': decline(
    'CAMHS waiting lists',
    `The CAMHS waiting list in Coldwell is currently about 18 months for autism assessments. Call ${PHONE_A}.`,
  ),
  't19-26': {
    a: 'The last day is whichever is later: 2 months from the letter (30 December 2026) or 1 month from the certificate (27 December 2026). That is 30 December, which falls between 25 December and 1 January, so it moves to the first working day after 1 January: Monday 4 January 2027. The Tribunal must receive the appeal by 5pm.',
    b: 'Yes, there is Christmas extra time. The later of your two dates is Wednesday 30/12/2026, and anything landing from 25 Dec to 1 Jan is pushed to the first working day after New Year, so Monday 4th Jan 2027, by 5pm.',
    wrong:
      'Your deadline is Wednesday 30 December 2026; the Christmas extension only applies to disability claims.',
    extra: ['January 4th, 2027 (2027-01-04).'],
  },
  't19-27': {
    a: "Yes. You can bring a supporter, such as a friend, a relative, an advocate, an adviser from SENDIASS or a lawyer, and you do not need anyone's permission to bring your supporter.",
    b: "He can come as your supporter. Being a solicitor doesn't matter, and you don't need the council's permission for him to be there.",
    wrong:
      "Lawyers are not allowed in mediation, and anyone extra needs the council's permission first.",
  },
  't19-28': {
    a: 'No. A mediation agreement cannot include compensation or a refund of money you have already spent. If you think the council got things wrong, that belongs in its complaints process instead. The agreement can say what will happen next, who will do it and by when.',
    b: "Getting the money back isn't something a mediation agreement can cover, because refunds and compensation are left out. You could make a complaint to the council about the delay instead, and use the mediation to get the therapy written into section F from now on.",
    wrong: 'Yes, a refund can be included in the agreement if the council agrees to pay.',
  },
  't19-29': {
    a: 'Once the council has been told that you want mediation, it must make sure the mediation takes place within 30 days. These are calendar days, not working days. As you told them on 18 November 2026, mediation should happen by 18 December 2026, so a date at the end of January is too late unless you agree to it.',
    b: "It's 30 calendar days, not 30 working days, from when the council heard you wanted mediation, so by Friday 18th December. The end of January is well past that; tell Northlight and the council.",
    wrong: 'The council has 30 working days, so a date at the end of January sounds fine.',
  },
  't19-30': decline(
    'legal aid',
    `You may be eligible for legal help, which is means-tested, but not for representation at the hearing. Call ${PHONE_A}.`,
    [
      "I can't tell whether you're eligible for legal aid from these pages. Please call +44 (0)191 498 0637.",
    ],
  ),
  't19-31': {
    a: "Yes. When a parent is taking part, the mediator must take reasonable steps to find out what the child thinks. Your son can meet the mediator before the day, send a drawing, a letter or a short voice recording, or fill in the All About Me sheet with you. He doesn't have to come to the meeting.",
    b: 'The mediator has to make a real effort to find out his views. He could meet them beforehand with his iPad, do a drawing, or you could fill in the All About Me sheet together, so his voice is heard without him sitting in the meeting.',
    wrong:
      'Only parents take part in mediation; children have to attend in person if they want to be heard.',
  },
  't19-32': {
    a: 'You will get your certificate: the mediation adviser sends it within 3 working days of the mediation ending. The date on it matters because it can give you more time to appeal.',
    b: 'Yes, even with no agreement a mediation certificate comes to you within three working days, and you can then go ahead with an appeal. Northlight can help you work out the deadline.',
    wrong:
      "You'll have to try mediation again before you can get a certificate, which takes up to 10 working days.",
  },
  't19-33': {
    a: 'The council must issue the amended plan within 5 weeks of the mediation agreement, because you agreed changes to section F, unless you and the council agreed a different timescale in writing.',
    b: "Five weeks from the day you reached agreement. That's the time limit for changes to section B or F; a different deadline only applies if it was agreed in writing.",
    wrong:
      'The council has 2 weeks to send the amended plan, and up to 14 weeks if it needs reports.',
  },
  't19-34': decline(
    'preparing for a Tribunal hearing',
    `You'll need to prepare a bundle and witness statements, and bring the teacher and ed psych as witnesses. Call ${PHONE_A}.`,
  ),
  't19-35': {
    a: 'Most meetings take about three hours. We stop for a short break at least once an hour, and you can ask for a break at any time or speak to the mediator on your own. There is always a second room you can go to.',
    b: "Roughly 3 hours, with a break at least hourly, and you can ask for a break whenever you need to get up and move. There's a spare room to step out to.",
    wrong: 'Meetings usually last a full day, 9 to 5, with a lunch break.',
  },
  't19-36': {
    a: "No, I'm afraid. Recordings are not allowed at our meetings, because people speak more openly when nobody is recording. You can take your own notes, and your supporter can take notes for you. A free interpreter can also be booked.",
    b: "لا، لا يُسمح بتسجيل الجلسات. يمكنك كتابة ملاحظاتك، ويمكن لمرافقك أن يكتب ملاحظات لك. (No: recording isn't allowed, but you can take notes.)",
    wrong: 'Yes, you can record the meeting on your phone as long as everyone knows.',
  },
  't19-37': decline(
    'complaints to the Ombudsman',
    `Yes, you can go to the Local Government and Social Care Ombudsman; you must complain within 12 months. Call ${PHONE_A}.`,
  ),
  't19-38': {
    a: 'If the agreement was only to change the school, or type of school, named in section I, the council must issue the amended plan within 2 weeks of the mediation agreement. (Se o acordo foi só mudar a escola na secção I, a câmara tem 2 semanas para emitir o plano alterado.)',
    b: 'A câmara tem duas semanas a contar da data do acordo de mediação para emitir o plano alterado com a nova escola, salvo outro prazo acordado por escrito. (Two weeks.)',
    wrong: 'The council has 5 weeks to amend the plan after a mediation agreement.',
  },
  't19-39': {
    a: 'Yes, you can claim. For your own car you get 25p for each mile you drive, and childcare while you are at the meeting is paid at £5.35 an hour for each child. Send the claim form and receipts within 28 days of the meeting.',
    b: 'You can get travel and childcare back: 25 pence a mile for the car and £5.35 per hour per child for the childminder. The council pays, usually within 20 working days of your claim.',
    wrong: "Mileage is paid at 45p a mile, but you can't claim childcare costs.",
  },
  't19-40': decline(
    'Disability Living Allowance',
    `Yes, you can claim the care component of DLA for children under 16; it pays £72.65 a week at the middle rate. Call ${PHONE_A}.`,
  ),
  't19-41': {
    a: 'Yes. Foster carers have day-to-day care of the child, so you can ask for mediation too. Because the council shares parental responsibility for a child in its care, Northlight always lets her social worker know, and the head of the Virtual School is often invited.',
    b: "You can push for it yourself as her foster carer. You don't have to leave it to the social worker, though Northlight will always tell her social worker, as the council shares parental responsibility.",
    wrong:
      "Only her social worker can ask for mediation, because the council has parental responsibility; foster carers can't.",
  },
  't19-42': {
    a: "No, you haven't missed it. The last day is whichever is later: 2 months from the decision letter, or 1 month from the certificate. A certificate can give you extra time but it never shortens the time you already had, so your deadline is 2 months from 9 October: Wednesday 9 December 2026, by 5pm.",
    b: "Good news: the quick certificate doesn't cut your time. Two months from the 9 October letter is 09/12/2026, later than a month after the certificate (29 November), so you have until then.",
    wrong:
      "You had 1 month from the certificate, so until 29 November; you've missed it, but you can ask the Tribunal for more time.",
    extra: ["It's not too late: you have until 9th Dec."],
  },
  't19-43': {
    a: "What is said in mediation stays between the people taking part, but there is one limit: if the mediator hears something that makes them think a child or an adult is at risk of serious harm, they must pass it on to the right service, such as children's social care. They would normally tell you first.",
    b: "Mediation is confidential with one exception, safeguarding. If what you say suggests someone is in danger of serious harm, Northlight has to share it with children's social care, and they'd usually tell you before they do.",
    wrong:
      'Mediation is completely confidential, so nothing is passed on to anyone, including social services.',
    extra: [
      "Nothing you say is passed on unless someone is at risk of serious harm; then Northlight must tell children's social care.",
    ],
  },
  't19-44': decline(
    'school admissions appeals',
    `You can appeal to an independent appeal panel within 20 school days, and ask to go on the waiting list. Call ${PHONE_A}.`,
  ),
  't19-45': {
    a: "It doesn't rule it out. Both of you can take part. Many separated parents use shuttle mediation, where you sit in separate rooms and the mediator moves between you.",
    b: 'No, you can both be involved without being in the same room. The mediator can go back and forth between two different rooms (shuttle mediation).',
    wrong:
      "Only one parent can take part in mediation, so you'll need to agree between you who goes.",
  },
  't19-46': {
    a: 'If the disagreement is only about health provision, the integrated care board (the NHS body) arranges the mediation, not the council.',
    b: 'For a health-only disagreement like the NHS speech therapy, the ICB (NHS Coldwell, Wearholme and Dales Integrated Care Board) organises the mediation.',
    wrong: 'The council arranges all mediation, including health; it will invite the local CCG.',
  },
  't19-47': {
    a: 'No. If travelling is hard or you would feel calmer at home, the meeting can be held by video call or by telephone instead. Video meetings use Microsoft Teams, and you can join from a mobile phone without downloading anything.',
    b: "It doesn't have to be face to face: you can join online from home on Teams using your phone, or do it by phone call.",
    wrong: 'Yes, you have to attend in person; you could download the Zoom app for pre-meetings.',
  },
  't19-48': decline(
    'reduced timetables',
    `A reduced timetable is only lawful if it's temporary and agreed with you; otherwise it's unlawful. Call ${PHONE_A}.`,
    [
      "I can't say whether it is legal or whether it's unlawful, as the pages don't cover part-time timetables. Call 0191.498.0637.",
    ],
  ),
  't19-49': {
    a: 'No. You can end mediation at any time. You will still get your certificate, and stopping early does not count against you.',
    b: "You're free to stop whenever you need to. Walking out won't cost you the certificate and it won't be held against you at tribunal.",
    wrong:
      'If you walk out you will lose the certificate, and it could count against you at the tribunal.',
  },
  't19-50': {
    a: "The health and social care sections of a plan cannot be appealed on their own, so you can't take section H to the Tribunal by itself. You can still take it to mediation: mediation can cover the health and social care parts of an EHC plan as well as the education parts.",
    b: "Not on its own: social care sections can't be appealed by themselves. What you can do is ask for mediation about the respite in section H, because mediation covers the social care parts of a plan.",
    wrong: 'Yes, you can appeal section H straight to the tribunal without doing anything else.',
  },
  't19-51': {
    a: "Ring Northlight as soon as you can, and at least 48 hours before it starts, and they will offer you a new date. If the new date is later, they may ask you to confirm by email that you're happy with it.",
    b: "You won't lose the mediation. Just let Northlight know two days or more beforehand (earlier is better) and they'll rearrange it.",
    wrong:
      "You need to give 5 working days' notice or you will lose your place and have to start again.",
  },
  't19-52': decline(
    'annual review timescales',
    `Annual reviews must be held every 12 months and the LA must send its decision within 4 weeks. Call ${PHONE_A}.`,
  ),
  't19-53': {
    a: 'Usually your son would make his own decisions as a young person, but there is an exception: where a young person does not have the mental capacity to make a decision, as assessed under the Mental Capacity Act 2005, a parent can act for them. So you can act for him if he lacks capacity for this decision.',
    b: 'Yes, if he lacks the mental capacity to decide about mediation, you as his parent can make the decisions for him. Northlight will ask about his capacity when you first get in touch.',
    wrong:
      'Only your son can decide; he has to sign it himself, or you will need a deputyship order from the Court of Protection.',
  },
  't19-54': {
    a: 'Please talk to your mediator or the person you have been dealing with first. If that does not put things right, write to our Service Manager at complaints@northlight-mediation.example. You will get a full reply within 15 working days. If you are still unhappy, you can take it to the council that paid for your mediation.',
    b: "Email Northlight's Service Manager on complaints@northlight-mediation.example about what happened; you should hear back in full within 15 working days, and if you're not satisfied you can go to the council that funded it.",
    wrong: 'Complain to the Local Government Ombudsman or the SEND Tribunal about the mediator.',
  },
  't19-55': {
    a: "No. Northlight's mediation advisers are independent: they are not employed by any council, by the integrated care board or by NHS England.",
    b: "They're not council staff. The service is paid for by the councils and the ICB, but it's run by Northlight Family Mediation CIC, and the advisers don't work for the council, the ICB or NHS England.",
    wrong:
      "Yes, mediation advisers are employed by the council's SEN team, but they try to be fair.",
  },
  't19-56': {
    a: 'Yes. Even when you agree part of what you came for and not the rest, you can still appeal about the parts you did not agree, and the parts you did agree still have to happen.',
    b: "Agreeing to the section F hours doesn't take away your right to appeal about the school; you can still take that part to the tribunal, and the council must still do what it agreed.",
    wrong:
      'By agreeing to part of it you gave up your right to appeal; mediation agreements are final.',
  },
  't19-57': {
    a: 'No. The mediator does not take sides, so they cannot tell you how a Tribunal would decide. For an honest view of how strong your case is, talk to your local SENDIASS.',
    b: "The mediator won't predict the outcome, because they stay neutral. Your local SEND Information, Advice and Support Service (SENDIASS) can give you a view on your chances.",
    wrong: "Yes, the mediator can tell you whether you'd probably win, based on their experience.",
    extra: [
      "The mediator can't tell you whether you would win; ask your local SENDIASS for advice on that.",
    ],
  },
  't19-58': decline(
    'home education',
    `If you deregister, the plan stays in place but the council may cease it, and she would lose the funding. Call ${PHONE_A}.`,
    [
      "I can't say whether she keeps her EHCP if you home educate; the pages don't cover it. Ring 0191 498 0637.",
    ],
  ),
  't19-59': decline(
    'Blue Badges',
    `Yes, she can qualify because autism counts as a hidden disability; apply on GOV.UK and it costs £10. Call ${PHONE_A}.`,
    ["I can't tell you whether she would qualify for a Blue Badge; please ring 0191 498 0637."],
  ),
  't19-60': decline(
    'support at university',
    `Your EHC plan ends when you start university; you can apply for Disabled Students' Allowance instead. Call ${PHONE_A}.`,
  ),
};
