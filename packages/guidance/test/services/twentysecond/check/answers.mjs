// Three answers for every question, used by check.mjs to test the questions themselves:
//   a      the right answer in the page's own words (it quotes the page)
//   b      the right answer in other words (or in the asker's language)
//   wrong  a plausible wrong answer: outside knowledge, a nearby page fact that does not apply,
//          or the usual date slip. It carries the same (right) citations, so it must fail on
//          `must` or `must_not` alone.
// check.mjs adds the citations (the page sentences around each cite phrase).

const TEL = '0191 498 0462';

// a right answer to a question the pages do not cover
const declineA = (topic) =>
  `Keelrow's published pages don't cover ${topic}, so I can't give you a reliable answer from them. Please ring Keelrow SEND Mediation on ${TEL} (or text 07700 900517) and an adviser can tell you who to ask.`;
const declineB = (topic) =>
  `Sorry, there's nothing in the Keelrow guidance about ${topic}. The team can point you to the right people if you call +44 191 498 0462 or email hello@keelrowmediation.example.`;

export const ANSWERS = {
  't22-01': {
    a: 'No. Keelrow is paid by Tynemarsh and Coldfell councils and the Tyne and Fellside Integrated Care Board under a contract, but being paid by them does not make us part of them. A mediation adviser cannot be employed by a council, an integrated care board or NHS England, and not one of our staff is.',
    b: "Keelrow is independent: it's run by a not-for-profit company, and none of its advisers or mediators works for either council. The councils fund it, but that doesn't make it the SEN team.",
    wrong:
      "Yes, Keelrow is part of the council's SEND service, so what you say goes back to the SEN team, but it is kept confidential.",
  },
  't22-02': {
    a: 'Yes, you can. If a child lives with you and you look after them from day to day, the law treats you as a parent for special educational needs purposes, with or without a special guardianship order or a child arrangements order. You do not have to send us any paperwork to prove it.',
    b: "You count as his parent for SEN purposes because he lives with you and you care for him day to day. No court order is needed and Keelrow won't ask for proof, so you can contact them yourself.",
    wrong:
      'Only his mam can use the service unless you have a special guardianship order, so you will need to get an order first and send us proof.',
  },
  't22-03': {
    a: "No. We do not hold mediations in schools. We pick somewhere neutral and as close to home as we can: The Chandlery on the Tynemarsh riverside, Coldfell Miners' Welfare Hall or Saltmeadows Community Centre, or it can be on Microsoft Teams or by phone.",
    b: "You won't have to go into the school: Keelrow never uses schools as venues. It can be at one of their community venues, like the Saltmeadows centre, or online.",
    wrong:
      "Mediations are usually held at the child's school so staff can attend, but you could ask for the council offices instead.",
  },
  't22-04': {
    a: declineA('home to school transport'),
    b: declineB('school transport or taxi entitlement'),
    wrong:
      'He is entitled to free school transport because the school is beyond the statutory walking distance of 3 miles; appeal the decision through the council.',
  },
  't22-05': {
    a: 'Your last day is Sunday 28 February 2027. Where the same date does not exist two months later, the last day of that month is used, and February 2027 only has 28 days. The two months are not stretched for weekends: if the last day is a Sunday, it is still the last day, so get in touch before then.',
    b: "Count two months from the date on the letter, 30/12/2026. February 2027 has no 30th, so it's the end of February, 28/02/2027. That's a Sunday, but it doesn't move on to Monday 1 March, so contact an adviser on or before it.",
    wrong: 'Because 28 February is a Sunday, your deadline is Monday 1 March 2027.',
  },
  't22-06': {
    a: 'Yes, it counts. If your two months end on a day when our lines are closed, a voicemail, text, WhatsApp or email that reaches us by 11.59pm on that day is treated as you contacting an adviser in time. Keep a screenshot or note of when you sent it.',
    b: 'A message left on the last day is fine: Keelrow treats a voicemail, text or email that arrives any time up to midnight that day as getting in touch in time. Save proof of when you sent it.',
    wrong:
      "A voicemail doesn't count: you must speak to an adviser live, so ring on the Friday before.",
  },
  't22-07': {
    a: 'Saltmeadows Community Centre in South Tynemarsh is the best fit. Its access is listed as: Step-free, hearing loop in every room. If you meet on Microsoft Teams instead, captions can be switched on.',
    b: 'The Saltmeadows centre, which is also closest to you, has an induction loop in all its rooms, so his hearing aids can pick up the speakers.',
    wrong: 'The Chandlery is best because it has a hearing loop in the meeting room.',
  },
  't22-08': {
    a: declineA("exclusions or the governors' review of an exclusion"),
    b: declineB('permanent exclusion and how to challenge it'),
    wrong:
      'The governors must meet within 15 school days; if they uphold it you can go to an independent review panel, and Keelrow can come to the meeting with you.',
  },
  't22-09': {
    a: 'What you need is disagreement resolution rather than mediation. It is open at any stage whether or not the child has an EHC plan, and covers the help a school or academy gives. But it only goes ahead if every party agrees to take part, so the academy can decline.',
    b: "Without a plan there's no council decision to appeal, so this is disagreement resolution. It's voluntary for everyone, so the academy can't be made to come.",
    wrong:
      'Yes, ask for mediation: the academy has to attend, and you will get a certificate so you can appeal to the SEND Tribunal.',
  },
  't22-10': {
    a: "We return every voicemail and message by the end of the next working day. If we can't reach you we try once more the following morning, and after two missed calls we send a text offering you a time slot. You can also say in your message when suits you, and we will stick to it.",
    b: "Expect a call back within one working day. If they miss you, they try again the next morning and then text you a slot; tell them your off-shift times and they'll ring then.",
    wrong:
      'We aim to ring back within 3 working days, and if we miss you twice we close the referral.',
  },
  't22-11': {
    a: 'Yes. On Thursdays we also run online meetings from 5pm to 7.30pm for parents who cannot get away from work, on Microsoft Teams.',
    b: "There are after-work sessions: Thursday evenings, 5 till 7.30pm, held online, so you needn't travel to Coldfell.",
    wrong: "Yes, we hold evening mediations at Coldfell Miners' Welfare Hall on Mondays from 5pm.",
  },
  't22-12': {
    a: declineA('Blue Badges'),
    b: declineB('parking permits such as the Blue Badge'),
    wrong:
      'He should qualify under the hidden disabilities rules; apply through gov.uk, it costs £10.',
  },
  't22-13': {
    a: "Your sister's date isn't the deadline. Take whichever date is later: two months from the letter (2 December 2026) or one month from the certificate (30 December 2026). That is 30 December, which falls between 25 December and 1 January, so the deadline moves to the first working day after 1 January: Monday 4 January 2027. The Tribunal must receive it by 5pm.",
    b: "You haven't missed it. With a certificate dated 30/11/2026 you get the later of the two dates, and that lands in the Christmas window, so your appeal must reach the Tribunal by 5pm on 04/01/2027.",
    wrong:
      "Your sister is right: two months from the letter was 2 December, so you've already missed it.",
  },
  't22-14': {
    a: 'Yes. The phones are staffed on Christmas Eve (Thursday 24 December) from 9am until noon. We are closed on Friday 25 and Monday 28 December and Friday 1 January. On Tuesday 29, Wednesday 30 and Thursday 31 December an adviser answers the phones from 10am to 2pm.',
    b: "You can ring on the 24th in the morning, up to 12 noon, and then between Christmas and New Year (29th, 30th and 31st) from 10am till 2pm. They're shut on the 25th, 28th and 1 January.",
    wrong: "We're closed over the whole Christmas period and reopen on 4 January.",
  },
  't22-15': {
    a: "You can bring him. Your supporter or advocate could be a friend, a relative, a support worker or a lawyer, and you do not need anyone's agreement to bring them.",
    b: "A solicitor can come as your supporter, and it's your choice alone: neither the council nor anyone else can stop him coming.",
    wrong:
      "You will need to ask the council first; they can refuse if they don't want a lawyer there.",
  },
  't22-16': {
    a: declineA('home education or taking a child off the school roll'),
    b: declineB('educating a child at home'),
    wrong:
      'Write a deregistration letter to the head; the EHCP will stop once he is home educated.',
  },
  't22-17': {
    a: "No, you don't need a certificate. When only the setting named (section I) is challenged, the placement, its type or a blank section I can go straight to the Tribunal, as long as nothing else in the plan is being challenged.",
    b: 'An appeal only about the school named is one of the exceptions: no mediation certificate is needed, so you can appeal straight away.',
    wrong:
      'Yes, you need a certificate first: you must contact a mediation adviser before any appeal.',
  },
  't22-18': {
    a: "You can pass our details on, or fill in our referral form, but only with the family's written agreement, and we check with them first. A SENCO or teaching assistant may come to a mediation meeting if everyone taking part agrees.",
    b: 'Give her our number or refer her with her written consent. You can come to the meeting as long as all the parties agree.',
    wrong:
      'Yes, just refer her yourself without her consent; staff cannot attend the meeting though.',
  },
  't22-19': {
    a: "It shouldn't be. The people from the council (and the integrated care board if health is involved) have to be people who can agree to things there and then, not someone who needs to take it back to panel.",
    b: 'The council must send someone with the authority to agree a settlement in the meeting itself.',
    wrong:
      'The council can send anyone they choose, and decisions will have to go back to panel afterwards.',
  },
  't22-20': {
    a: declineA('autism assessment waiting lists or private diagnoses'),
    b: declineB('CAMHS or autism diagnosis waits'),
    wrong:
      'Use your right to choose to go to another provider; the council must accept a private diagnosis.',
  },
  't22-21': {
    a: "No, that doesn't apply to you. The exception is only for section I on its own. For section I with B or F you need a certificate: yes, and it covers the whole appeal, including section F.",
    b: "Because you're also appealing the provision in section F, you still need a mediation certificate before the Tribunal will take either part, so contact an adviser first.",
    wrong:
      "Yes, you can skip the adviser: school appeals don't need a certificate, so the whole thing can go straight in.",
  },
  't22-22': {
    a: 'Yes, you can have an interpreter and you will not be charged for it. Please let us know at least seven days before a meeting. We will not ask your children, or anyone else in your family, to interpret for you.',
    b: 'হ্যাঁ, দোভাষী বিনামূল্যে দেওয়া হবে। মিটিংয়ের অন্তত ৭ দিন আগে জানাতে হবে। আপনার ছেলে বা পরিবারের কেউ অনুবাদ করবে না, পেশাদার দোভাষী থাকবে।',
    wrong:
      'Your son can interpret for you; otherwise you have to pay for the interpreter and give us 2 days notice.',
  },
  't22-23': {
    a: 'He does not have to come: your child does not have to come to the meeting for his views to count. The mediator has to take reasonable steps to find out what he thinks. He could fill in the "My say" sheet, write something, record a voice note and send it to our text number, or have a short video call with the mediator.',
    b: 'His views can be typed on his tablet and sent in, or he can use the My say sheet; he never needs to be in the room.',
    wrong:
      'He has to attend so the mediator can hear him directly; children must be present for their views to count.',
  },
  't22-24': {
    a: declineA("moving from children's to adult social care"),
    b: declineB('the move to adult social care at 18'),
    wrong:
      'Adult social care must do a transition assessment under the Care Act before he turns 18.',
  },
  't22-25': {
    a: 'No. Health (G) or care (H) only: these sections cannot be appealed to the Tribunal by themselves, but mediation is still open to you. Where the disagreement is only about health provision, the integrated care board arranges the mediation.',
    b: "The health part can't go to the Tribunal alone. You can still mediate, and for a health-only issue it's the ICB (Tyne and Fellside), not the council, that sets it up.",
    wrong:
      'Yes, you can appeal section G to the Tribunal, and the council arranges a mediation first.',
  },
  't22-26': {
    a: 'Yes. The body that arranges the mediation pays 25p a mile if you drive, and if you lose pay to attend you can claim up to £45.',
    b: 'Mileage is paid at 25 pence a mile, and lost wages up to £45 for the day.',
    wrong: "You can claim 45p a mile and your full day's pay.",
  },
  't22-27': {
    a: 'Other people, such as a teacher, can come only if everyone taking part says yes. If people cannot agree on this, the mediator decides.',
    b: "You can be there if all the parties agree; since the council officer isn't keen, the mediator makes the final decision.",
    wrong: 'The council officer decides, and school staff are not allowed to attend mediations.',
  },
  't22-28': {
    a: declineA('school admission appeals'),
    b: declineB('appealing a refused school place'),
    wrong: 'Lodge an appeal with the admissions appeal panel within 20 school days of the refusal.',
  },
  't22-29': {
    a: "You do not need a mediation certificate for it: it's a claim under the Equality Act 2010. It must be made within six months of the thing that happened, so by Thursday 24 December 2026 (Christmas Eve), and the Christmas and August extensions do not apply to it.",
    b: 'No certificate is needed for a discrimination claim. Six months from 24/06/2026 is 24/12/2026 and you get no extra time for Christmas, so get it in by then.',
    wrong:
      'You need a mediation certificate first, and over Christmas the deadline moves to 4 January 2027.',
  },
  't22-30': {
    a: 'Fill in the green expenses form and send it to us with your tickets or receipts within six weeks of the meeting. The money is paid into your bank account within ten working days of us receiving the form. Childcare is £5.35 an hour per child.',
    b: "Use the green claim form, send it with the tickets and childminder receipt within 6 weeks, and you'll be paid by bank transfer within 10 working days.",
    wrong: 'Fill in the yellow form within 28 days and we pay you in cash.',
  },
  't22-31': {
    a: "No. Nobody records a mediation, on video or sound. The mediator's own rough notes are shredded once the agreement has been signed, or once the mediation ends without one.",
    b: 'Maya, shirka lama duubo (no recording). Qoraallada mediator-ka waa la jeexjeexaa (shredded) marka heshiiska la saxeexo.',
    wrong: "Yes, you can record it on your phone, and the mediator's notes are kept for six years.",
  },
  't22-32': {
    a: declineA('legal aid or representation at the Tribunal'),
    b: declineB('legal aid for SEND appeals'),
    wrong:
      'You should qualify for legal aid (legal help) on Universal Credit, and Keelrow can represent you.',
  },
  't22-33': {
    a: "You will get it by Tuesday 8 December 2026: we issue your certificate within three working days of you letting us know, and weekends don't count.",
    b: 'Сертифікат має бути виданий до вівторка, 8 грудня 2026 року (протягом трьох робочих днів; субота й неділя не рахуються).',
    wrong: 'You will get it by 6 December, three calendar days after you told us.',
  },
  't22-34': {
    a: 'We keep case records for six years after your case closes and then delete them securely. You can ask for a copy of everything we hold about you at any time; it is free, and we will send it within one month.',
    b: 'Records are held for 6 years after the case ends. A copy for yourself costs nothing and arrives within a month.',
    wrong: 'We destroy everything once the mediation ends, and a copy costs £10.',
  },
  't22-35': {
    a: "They must tell you the date, the time and the place at least five working days beforehand, unless you agree to less. Counting back from Friday 8 January and skipping New Year's Day, that is Thursday 31 December 2026.",
    b: 'Five working days before 08/01/2027, leaving out the 1 January bank holiday, is 31/12/2026, so they need to tell you the venue by then.',
    wrong: 'The latest is 3 January: they only have to give 5 days before the meeting.',
  },
  't22-36': {
    a: declineA('bullying'),
    b: declineB('how to deal with bullying at school'),
    wrong:
      "Ask to see the school's anti-bullying policy and write to the governors; if nothing changes, ask us for disagreement resolution.",
  },
  't22-37': {
    a: 'It must take place by Sunday 27 December 2026. When the issue is health alone, the 30 days run from the integrated care board being told. They are calendar days, and the thirtieth day stays where it is even if it lands at a weekend.',
    b: "30 calendar days from 27/11/2026 is 27/12/2026. It's a Sunday in the Christmas break, but the rule doesn't move it.",
    wrong: "It's 30 working days, so it has to happen by mid-January 2027.",
  },
  't22-38': {
    a: "You can complain by phone, email or letter. Our service manager acknowledges complaints within two working days and sends a full reply within fifteen working days; if that doesn't put things right, the chair of the Keelrow Partnership board reviews it. Making a complaint will never affect the help you get from us.",
    b: '可以通过电话、电子邮件或信件投诉。我们会在2个工作日内确认收到，15个工作日内给您完整答复。投诉不会影响我们对您的帮助，我们会继续帮助您。',
    wrong:
      'Complaints must be in writing only; we reply within 28 working days, and then you can go to the Local Government Ombudsman.',
  },
  't22-39': {
    a: 'The council must send the draft plan within 5 weeks and the final plan within 11 weeks, counted from the day of the agreement. From Tuesday 1 December 2026 the final plan is due by Tuesday 16 February 2027, unless a different timescale was agreed in writing.',
    b: 'Eleven calendar weeks from 01/12/2026 takes you to 16/02/2027 for the final plan; the Christmas holidays still count.',
    wrong:
      "They have the usual 20 weeks, and school holidays don't count, so the final plan is due in late April.",
  },
  't22-40': {
    a: declineA('free school meals'),
    b: declineB('free school meals eligibility'),
    wrong: 'Yes, children with an EHCP get free school meals automatically.',
  },
  't22-41': {
    a: 'No certificate is needed: the placement, its type or a blank section I can go straight to the Tribunal. Your deadline is two months from the letter, Saturday 30 January 2027; if it is any other weekend or bank holiday, it moves to the next working day, so Monday 1 February 2027, by 5pm.',
    b: "Appeals only about the school named don't need a mediation certificate. Two months from 30/11/2026 falls on a Saturday, so the Tribunal must get it by 01/02/2027.",
    wrong: "Yes, it's the 30th of January, but you need a mediation certificate first.",
  },
  't22-42': {
    a: 'Yes, Wednesday: 9am to 7.30pm, our late line for working parents. Friday: 9am to 1pm. Monday, Tuesday and Thursday are 9am to 5pm.',
    b: 'The late line is on Wednesdays until half past seven. Fridays close at 1pm.',
    wrong: "We're open late on Tuesdays until 7.30pm, and Friday until 5pm.",
  },
  't22-43': {
    a: 'For something about health or social care only, the rule is: do what was agreed within 2 weeks, so by Wednesday 16 December 2026. Where the agreement is about health alone, the integrated care board must let the council know what was agreed within one week.',
    b: 'The health body has 2 weeks from 02/12/2026, so until 16/12/2026, to act on it, and has 7 days to tell the council.',
    wrong: 'The health bit has the same 5 weeks as section F, so by 6 January 2027.',
  },
  't22-44': {
    a: declineA('extra time or readers in exams'),
    b: declineB('extra time and readers in GCSE exams'),
    wrong:
      'The SENCO applies to the JCQ for access arrangements, and she should get 25% extra time.',
  },
  't22-45': {
    a: "It is too late for a certificate: after the two months have gone we are not allowed to issue a certificate. But it isn't necessarily the end. You could still ask the Tribunal for permission to appeal without one, though that is the Tribunal's decision.",
    b: "An adviser can't give you a certificate now. You can still ask the Tribunal itself to let you appeal without one.",
    wrong: 'An adviser can still issue you a certificate because you were in hospital.',
  },
  't22-46': {
    a: 'Yes, no appointment needed. An adviser is at Tynemarsh Central Library on the third Saturday of the month, 10am to noon (there are no drop-ins in August), and at Coldfell Library on the first Wednesday.',
    b: 'Pop into Tynemarsh Central Library on the 3rd Saturday of each month between 10 and 12.',
    wrong: 'Yes, every Saturday at Tynemarsh Central Library, but you need to book an appointment.',
  },
  't22-47': {
    a: "Your mediation certificate will be sent to you within three working days of the meeting ending. New Year's Day is a bank holiday, so after Thursday 31 December that is Monday 4, Tuesday 5 and Wednesday 6 January 2027.",
    b: 'Three working days after 31/12/2026, skipping the 1 January bank holiday and the weekend, is 06/01/2027.',
    wrong: 'You will get it by 4 January 2027, three days after the meeting.',
  },
  't22-48': {
    a: declineA('disagreements between separated parents'),
    b: declineB('family mediation between parents'),
    wrong: 'Yes, we can mediate between you and his dad; you would first need a MIAM.',
  },
  't22-49': {
    a: "You don't have to wait. If the council cannot arrange mediation within 30 days, it must let us know without delay. We then issue a certificate within three working days and you are treated as having taken part in mediation, so you can appeal.",
    b: 'The council should tell the adviser, who then gives you a certificate within 3 working days; the law counts it as if you had mediated.',
    wrong: 'You just have to wait: you cannot get a certificate until the mediation happens.',
  },
  't22-50': {
    a: 'Yes, if you cannot reasonably get there and back in a day. The arranging body can pay £21 a night if you stay with family or friends (or up to £71 a night for a hotel).',
    b: 'Staying with your sister counts: you can claim twenty-one pounds a night for staying with a relative.',
    wrong: 'Only hotels are covered, at up to £81 a night; staying with family is not covered.',
  },
  't22-51': {
    a: 'Yes. If you reach an agreement, it is written down and signed before everyone leaves, and we email you a copy within two working days.',
    b: 'You get it in writing: the agreement is signed on the day and emailed to you within 2 working days.',
    wrong: "It's just a verbal agreement; we post a summary within 10 working days.",
  },
  't22-52': {
    a: declineA('school attendance fines'),
    b: declineB('fines for school absence'),
    wrong: 'Yes, the council can issue a penalty notice of £80 if attendance falls below 90%.',
  },
  't22-53': {
    a: 'You need a certificate for this (Ending (ceasing) a plan needs one), and you appeal in your own name. Take the later of 9 August and 14 July: 9 August is in August, so it moves to the first working day after 31 August: Wednesday 1 September 2027.',
    b: 'As a young person you bring the appeal yourself, once you have the mediation certificate. Because the later date lands in August, the Tribunal must receive it by 01/09/2027.',
    wrong: "Your mate is right, it's 9 August, and you don't need a certificate.",
  },
  't22-54': {
    a: 'We will need to hear from him that he is happy for you to speak for him. A short text from his phone, or him saying so at the start of the call, is enough.',
    b: 'He has to give his OK, but it can be just a text or WhatsApp message from him; then you can talk to the adviser for him.',
    wrong: 'Yes, you can just ring and sort it for him; he is under 18 so we deal with parents.',
  },
  't22-55': {
    a: 'Yes. There is a short break at least once an hour, and we can split things into two shorter meetings on different days. You can stop at any time: every family gets a "time out" card, and there is always a private room.',
    b: 'It can be broken up over 2 shorter sessions, and you can take a break whenever you need.',
    wrong: 'It has to last the full three hours, with a break only at lunch.',
  },
  't22-56': {
    a: declineA('short breaks and respite'),
    b: declineB('respite care for kinship carers'),
    wrong:
      "Ask the council for a carer's assessment; you are entitled to direct payments for short breaks.",
  },
  't22-57': {
    a: 'An adviser will phone you. We aim to hold it within four working days, and it normally lasts between twenty and forty minutes. There is no pressure to choose mediation: you do not have to decide on the call.',
    b: "Someone will ring you in 4 working days or less, for about 20 to 40 minutes. You don't have to say yes; it's your choice.",
    wrong:
      'An adviser calls within 2 working days for about two hours, and you must decide on the call.',
  },
  't22-58': {
    a: 'What you tell an adviser stays with Keelrow. We share it only with your permission, or if we think a child or adult is at risk of serious harm.',
    b: "It won't be passed to the school or council unless you agree, the only exception being a safeguarding risk of serious harm.",
    wrong: 'Yes, we will pass it to the school and the council so they can respond.',
  },
  't22-59': {
    a: "Yes. The Chandlery has two parking bays by the door; book one with us. It's on the first floor, with a lift and an accessible toilet.",
    b: 'There are 2 bays you can reserve by the entrance, and a lift up to the first-floor room.',
    wrong: 'There is no parking at our office and it is only reached by the stairs.',
  },
  't22-60': {
    a: declineA('support at university'),
    b: declineB('help for students at university'),
    wrong: "Apply for Disabled Students' Allowance through Student Finance.",
  },
};
