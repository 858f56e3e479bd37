// Three answers for every question, used by check.mjs to test the questions themselves:
//   a      the right answer in the page's own words (it quotes the page)
//   b      the right answer in other words (or in the asker's language)
//   wrong  a plausible wrong answer: outside knowledge, a nearby page fact that does not apply,
//          or the usual date slip. It carries the same (right) citations, so it must fail on
//          `must` or `must_not` alone.
// check.mjs adds the citations (the page sentences around each cite phrase).

const TEL = '0117 496 0583';

// a right answer to a question the pages do not cover
const declineA = (topic) =>
  `Tidemark's published pages don't cover ${topic}, so I can't give you a reliable answer from them. Please ring Tidemark SEND Mediation on ${TEL} (or text 07700 900926) and an adviser can point you to the right people.`;
const declineB = (topic) =>
  `Sorry, the Tidemark guidance says nothing about ${topic}. The team may know who to ask: call +44 117 496 0583 or email talktous@tidemarkmediation.example.`;

export const ANSWERS = {
  't25-01': {
    a: 'No. The two councils and the Levels and Estuary Integrated Care Board cover our costs, but that money buys our time, not our opinions: none of them can tell an adviser or a mediator what to say or what to decide. A mediation adviser must be independent by law, and every Tidemark adviser and mediator is employed by Tidemark and by nobody else.',
    b: "Tidemark is independent. The councils fund it, but they can't steer what the advisers or mediators say, and none of the staff work for the council.",
    wrong:
      "Yes, we're part of the council's SEND team, so we do have to follow the council's view.",
  },
  't25-02': {
    a: 'On the first and third Saturday of each month there is a Saturday morning line from 10am to 1pm, for parents who work all week. On weekdays the phones are open 9am to 4.45pm (Friday until 2pm), and you can leave a voicemail or text 07700 900926 at any hour. Our office is The Old Ropewalk, 18 Chandlers Wharf, Severnhythe SH4 7RW.',
    b: 'Try the Saturday line: it runs 10am-1pm on the 1st and 3rd Saturdays of the month. The office is on Chandlers Wharf in Severnhythe.',
    wrong: 'We have an evening line every weekday until 7.30pm, so ring after work.',
  },
  't25-03': {
    a: 'Not unless you agree. The council has to give you notice in writing of the date, the time and the place, and that notice must reach you at least five working days before the meeting. A shorter gap is allowed only if you say yes to it, and saying no will never count against you.',
    b: 'No: you should get written notice 5 working days ahead. They can only go shorter if you agree, so you can ask for another date.',
    wrong: "Yes, that's fine: 48 hours' notice is enough, so you have to attend.",
  },
  't25-04': {
    a: declineA('hospital passports'),
    b: declineB('hospital passports or how a hospital plans a blood test for an autistic child'),
    wrong:
      'Your GP can print one off; the learning disability nurse will fill it in with you on the day.',
  },
  't25-05': {
    a: "Your last day is Sunday 28 February 2027. You have 2 months from the letter's own date, and when the month two months on has no day with the same number you get until the end of that month: a letter dated 30 December leaves you until 28 February. This closing day is fixed. It stays put even when it is a Saturday, a Sunday, a bank holiday or part of Christmas, so it is not 1 or 2 March.",
    b: "It's 28/02/2027, the end of February. That's a Sunday, but it doesn't get moved to the Monday, so get in touch before then.",
    wrong: 'As there is no 30 February, your deadline is 1 March 2027.',
  },
  't25-06': {
    a: 'Yes. Some people find an unexpected call hard to manage. Just say "text first" in your message and we will send a text ten minutes before we ring. An adviser rings you back before the end of the next working day.',
    b: "Ask for a text first when you leave your message: they'll text you 10 minutes before calling, by the end of the next working day.",
    wrong: "We can't text before calling, but we'll ring within 3 working days.",
  },
  't25-07': {
    a: "The latest is Wednesday 30 December 2026. That notice must reach you at least five working days before the meeting, and Saturdays, Sundays and bank holidays do not count towards the five. Christmas week does count, apart from its bank holidays: counting back from Thursday 7 January you have Wednesday 6, Tuesday 5 and Monday 4 January, then (skipping the New Year's Day bank holiday) Thursday 31 and Wednesday 30 December.",
    b: "Your sister's not right: the days between Christmas and New Year are working days, and only 25 and 28 December and 1 January are skipped. Five working days back from 7 January lands on 30/12/2026.",
    wrong:
      "Yes, your sister's right: Christmas week doesn't count, so the deadline was 22 December.",
  },
  't25-08': {
    a: declineA('help at airports for disabled travellers'),
    b: declineB('airport assistance when you fly with a wheelchair user'),
    wrong:
      'Book special assistance with the airline at least 48 hours before, and wear a sunflower lanyard.',
  },
  't25-09': {
    a: 'This is disagreement resolution rather than mediation. An independent facilitator helps you and the other side settle a dispute about special educational provision, including the way a nursery is doing its job, and your child does not need an EHC plan. Every side takes part only by choice, so the nursery can simply say no. It has nothing to do with appeals and never leads to a certificate.',
    b: "Because she has no plan, the route is disagreement resolution, not mediation. It's voluntary for everyone, so the nursery doesn't have to come.",
    wrong:
      "You can ask for mediation, and the nursery has to attend; you'll get a certificate afterwards.",
  },
  't25-10': {
    a: "No. We make two attempts to reach you, one in the morning and one after 3pm. If both are missed, we text you three time slots and you reply 1, 2 or 3 to choose one. Nobody's case is closed because they were hard to get hold of.",
    b: "We won't give up: after two tries (morning and after 3pm) you get a text with 3 slots, and you just reply with a number.",
    wrong: "After two missed calls we close your case, so you'd need to ring us again.",
  },
  't25-11': {
    a: 'Pilgrove Village Hall has two Blue Badge bays by the front door, and inside there is level access, an accessible toilet and a kitchen for drinks. The Old Ropewalk is fine too: its garden room is step-free, with its own side door.',
    b: "Go for Pilgrove Village Hall: disabled parking bays right by the door and level access inside, plus an accessible loo. The Ropewalk's garden room has no steps either.",
    wrong: 'Lydmoor Library is best: it has a Changing Places toilet with a hoist.',
  },
  't25-12': {
    a: declineA('apprenticeships for young people with an EHC plan'),
    b: declineB('keeping a plan during an apprenticeship or the English and maths rules'),
    wrong:
      'Yes, you can keep your plan on an apprenticeship, and you may do Entry Level 3 functional skills instead.',
  },
  't25-13': {
    a: "Your deadline is Tuesday 12 January 2027, by 5pm. Start from the decision letter's date and count on 2 months (12 January); then take the certificate date and add one calendar month (26 December). That is a month, not 30 days. Your deadline is whichever of those two dates comes later, so 12 January.",
    b: 'You have until 12/01/2027 at 5pm: the letter date plus two months beats the certificate date plus a month, and the later date wins.',
    wrong: "Your mate's right, the deadline is 26 December 2026.",
  },
  't25-14': {
    a: 'Yes. Tuesday 29 and Wednesday 30 December: calls and emails answered 10am to 1pm; no meetings take place. On Thursday 31 December we answer calls and emails between 10am and noon, and our usual hours return on Monday 4 January 2027.',
    b: "Yes, someone's on the phones from 10am till 1pm on Tuesday 29 December, but there are no meetings between Christmas and New Year.",
    wrong: "No, we're closed the whole week between Christmas and New Year; ring on 4 January.",
  },
  't25-15': {
    a: 'Yes. On Wednesdays we also run twilight meetings online from 4.30pm to 7.30pm, handy if your job keeps you busy in the day. Online meetings use Whereby in your web browser, with no app and no account, and we text the link the working day before.',
    b: "There's a Wednesday evening slot, online only, from half past four to half past seven.",
    wrong: 'We run Thursday evening meetings from 5.30pm on Zoom.',
  },
  't25-16': {
    a: declineA('needle phobia and vaccinations'),
    b: declineB('how school jabs are given to a child who is very afraid of needles'),
    wrong: 'Ask the school immunisation team for numbing cream, or ask whether he can be sedated.',
  },
  't25-17': {
    a: 'Because you are appealing sections B and F, you need a mediation certificate first. You do not have to sit through a mediation meeting to get one: telling the adviser you have decided against mediation is enough, and we send the certificate within 3 working days.',
    b: "You'll need a certificate before appealing B and F, but mediation itself is optional: just tell the adviser you don't want mediation and the certificate follows within 3 working days.",
    wrong:
      'You must go to mediation before the Tribunal will accept an appeal about sections B and F.',
  },
  't25-18': {
    a: "Yes. Kinship carers who are bringing up a relative's child, such as grandparents, aunts, uncles or older brothers and sisters, can contact us. This applies with or without a court order, and we never ask to see paperwork.",
    b: "Of course: as his gran bringing him up, you can deal with us yourself. No court order or documents are needed, and you don't need his dad's permission.",
    wrong:
      "You'll need a special guardianship order, or his dad has to give his consent in writing first.",
  },
  't25-19': {
    a: 'A meeting usually lasts about two and a half hours and is never longer than four. Every 75 minutes at the latest we stop for ten minutes, and we also stop whenever anyone asks. If a long meeting would be too much, we can split it into two shorter ones on different days, both inside the 30 days.',
    b: 'Usually around 2.5 hours, with a ten-minute break at least every hour and a quarter, and you can ask for a break any time. It can be split across two different days.',
    wrong:
      "Meetings run for three hours at most, with a break every 45 minutes, and they can't be split.",
  },
  't25-20': {
    a: declineA('NHS hearing aids or glue ear'),
    b: declineB('hearing tests, glue ear or getting hearing aids'),
    wrong: 'Ask the GP for an audiology referral; she can get NHS hearing aids or grommets.',
  },
  't25-21': {
    a: 'No certificate: a claim like this is brought under the Equality Act 2010. It is not an appeal about a plan, so no certificate is needed. The claim has to reach the Tribunal within 6 months of the thing that happened, which makes your last day Thursday 24 December 2026. The Christmas and August extensions do not apply to these claims, so the 6 months are never stretched.',
    b: "You don't need a certificate for a discrimination claim. You've got 6 months from the trip being refused, so it must be in by 24/12/2026, and Christmas doesn't add anything.",
    wrong:
      "You need a certificate first, and because of Christmas you'll get extra time until 4 January 2027.",
  },
  't25-22': {
    a: "Yes. Foster carers can contact us themselves; we ask foster carers to let the child's social worker know they have contacted us.",
    b: "You can ring us directly as his foster carer. Just tell his social worker you've been in touch.",
    wrong:
      'It has to come from the local authority, because only birth parents or the council can ask for mediation.',
  },
  't25-23': {
    a: 'On the table there is a smooth pebble from the harbour beach. Pick it up, or slide it across to the mediator, and everything stops for a pause. You never need to explain why you want one.',
    b: "You don't have to speak: just pick up the pause stone on the table or push it towards the mediator and everything stops.",
    wrong: 'Hold up the red traffic-light card and explain to the mediator why you need to stop.',
  },
  't25-24': {
    a: declineA('support for young carers'),
    b: declineB('help for a child who cares for a disabled brother or sister'),
    wrong:
      "She's entitled to a young carer's assessment from the council and can join a young carers group.",
  },
  't25-25': {
    a: 'No, you can go to the Tribunal straight away: when section I is the only thing in dispute, no certificate is needed. Your deadline is the letter date plus 2 months: Wednesday 23 December 2026, by 5pm. The Christmas rule only applies if the date lands anywhere from 25 December to 1 January, and 23 December is a working day before that window, so it stays as it is.',
    b: "No certificate is needed for a school-only appeal, and the deadline is 23/12/2026 at 5pm. It isn't pushed into January, because 23 December falls before the Christmas window.",
    wrong: 'You need a certificate first, and because of Christmas you have until 4 January 2027.',
  },
  't25-26': {
    a: 'Once your son or daughter is over compulsory school age, the decisions belong to them. We can still work with you on their behalf, but first we need their go-ahead. They can give it in a quick phone call, by a text from their own phone, or by signing our one-page Go-ahead slip. They do not have to give a reason.',
    b: 'Yes, you can do the talking, as long as he gives his go-ahead once: a text from his own mobile is enough, no phone call needed.',
    wrong: "You can't: he has to ring us himself, or you'd need a lasting power of attorney.",
  },
  't25-27': {
    a: 'Yes, he can come: your child can attend when both you and the mediator think they should come. Coming to the meeting is never required of a child, though. Where a parent is taking part, the mediator must take reasonable steps to find out what the child thinks: he could fill in a Tidemark postcard to the mediator, draw a picture, record a short video or voice note, or have a chat with the mediator at home or at school.',
    b: "Sì, può partecipare se lei e il mediatore siete d'accordo, ma non è mai obbligato a venire. Il mediatore deve cercare di conoscere il suo punto di vista: può scrivere una cartolina al mediatore, fare un disegno, registrare un messaggio vocale o parlare con il mediatore a casa o a scuola.",
    wrong: "He must come to the meeting, otherwise his views can't be heard.",
  },
  't25-28': {
    a: declineA("children's hospice care"),
    b: declineB('what a hospice offers a child or how a referral works'),
    wrong: "Children's hospices offer short breaks for the whole family, and you can self-refer.",
  },
  't25-29': {
    a: 'It is not the end. Once the 2 months have passed, the law stops an adviser from issuing you a certificate. You are not shut out completely: you can ask the SEND Tribunal for permission to appeal without a certificate, and you should explain why you were late (your dad being in hospital).',
    b: "An adviser can't give you a certificate now that the 2 months are up, but you can still ask the Tribunal to let you appeal without one. Explain about your dad.",
    wrong: "That's it I'm afraid: after 2 months you can't appeal at all.",
  },
  't25-30': {
    a: 'Not yet. SENCOs are welcome to ring us for general information about how mediation works, but we cannot discuss a particular child until the family has contacted us, or has signed the consent box on our referral form.',
    b: 'Please hold off on his details: until the family gets in touch themselves or signs the consent part of our referral form, we can only talk in general terms.',
    wrong: "Yes, just send us his details and we'll contact the council.",
  },
  't25-31': {
    a: 'No. You can bring a supporter or advocate of your choice. This can be a friend, a relative or a lawyer, and you can bring them without asking anyone first.',
    b: "The council doesn't get a say: a supporter, including a solicitor, can come with you without anyone's permission.",
    wrong: 'The council has to agree first; a solicitor can only come if everyone agrees.',
  },
  't25-32': {
    a: declineA('the Duke of Edinburgh award'),
    b: declineB('how the Duke of Edinburgh expedition works for disabled young people'),
    wrong: 'Yes, your DofE leader can adapt the expedition section for you.',
  },
  't25-33': {
    a: 'When only the health parts of the plan are in dispute, the Levels and Estuary Integrated Care Board arranges the mediation, not the council. It must be held within 30 days of the integrated care board hearing that you want it: from Friday 11 December 2026 that is Sunday 10 January 2027. These are calendar days rather than working days, and the final day is not moved, weekend or holiday.',
    b: "The ICB sets it up, because it's only about health. 30 calendar days from 11 December is 10/01/2027, a Sunday, and it isn't moved to the Monday.",
    wrong: 'The council arranges it, within 30 working days, so by 22 January 2027.',
  },
  't25-34': {
    a: "Interpreters cost you nothing. We can find one for British Sign Language or any spoken language, including Tigrinya. For an interpreter in the room with you, please give us three weeks' notice.",
    b: 'It is free. For an interpreter sitting with you in the meeting, tell us 3 weeks before.',
    wrong: "You have to pay for an interpreter yourself, and we need 10 working days' notice.",
  },
  't25-35': {
    a: "Yes. You can join by phone: a conference line you ring at the start time, which works from an ordinary landline. You don't need a smartphone or a computer.",
    b: 'You can take part on the phone: we give you a number to dial from your home phone at the start, with no internet needed.',
    wrong: "You'll need a smartphone to download the Whereby app, or you must attend in person.",
  },
  't25-36': {
    a: declineA("disabled people's bus passes"),
    b: declineB('bus passes for disabled young people or travelling with a companion'),
    wrong:
      'Yes, with epilepsy you can apply for a disabled bus pass, and a companion pass lets your mum travel free after 9.30am.',
  },
  't25-37': {
    a: 'Yes. You need a certificate before appealing a refusal to assess, but telling the adviser you have decided against mediation is enough. We issue it within 3 working days of you telling us that you do not want mediation, and email it as a PDF.',
    b: 'هو. د ارزونې د ردولو په اړه اپیل لپاره سند (سرټیفیکیټ) ته اړتیا لرئ، خو منځګړیتوب ته اړتیا نشته. کله چې تاسو موږ ته ووایاست چې منځګړیتوب نه غواړئ، مشاور په ۳ کاري ورځو کې سند درلېږي.',
    wrong:
      'You have to go to mediation first; the certificate comes within 10 working days after the meeting.',
  },
  't25-38': {
    a: 'Yes. The council or integrated care board that arranged the mediation pays your reasonable costs: standard-class bus fares, and pay you lose by taking time off, up to £45. Send the lilac claim form with your receipts within 10 weeks of the meeting. Payment goes straight into your bank account within 12 working days of the form reaching us.',
    b: 'Có. Hội đồng hoặc cơ quan y tế đã sắp xếp buổi hòa giải sẽ trả tiền xe buýt và tiền lương bị mất, tối đa £45. Bạn gửi mẫu đơn màu tím hoa cà kèm hóa đơn trong vòng 10 tuần sau buổi họp. Tiền được chuyển vào tài khoản ngân hàng của bạn trong vòng 12 ngày làm việc.',
    wrong:
      'You can claim £45 on the form, but send it within 6 weeks; payment takes 20 working days.',
  },
  't25-39': {
    a: 'No. Nothing said in the meeting is recorded. Nobody, including the mediator, may make an audio or video recording, and that includes on a phone. But if you reach an agreement, the mediator writes it up before anyone leaves, reads it aloud and asks everyone to sign it, and you can bring your own notes.',
    b: "Recording isn't allowed, even on your phone. What helps: bring your own written notes, and any agreement is written down and signed before you leave, with a large print or audio copy if you want.",
    wrong: "Yes, that's fine, and the mediator will send you a recording afterwards.",
  },
  't25-40': {
    a: declineA('keys for locked accessible toilets'),
    b: declineB('getting a key for locked public disabled toilets'),
    wrong: 'Buy a RADAR key from Disability Rights UK for about £5.',
  },
  't25-41': {
    a: 'Yes. From the end of compulsory school age until their 25th birthday, a young person makes these choices in their own name: asking for mediation, taking the certificate and bringing the appeal. The council has decided to stop maintaining the plan, which is a decision you can appeal, and you need a certificate first (telling the adviser you have decided against mediation is enough to get one).',
    b: "You're 19, so it's your decision and you can do it all yourself. Ending a plan can be appealed, and you'll need a mediation certificate before you appeal.",
    wrong:
      "Your mum has to do it for you, but you don't need a certificate to appeal a plan being stopped.",
  },
  't25-42': {
    a: 'If you cannot afford to pay for travel up front, ask for a travel voucher or a prebooked taxi and nothing comes out of your pocket.',
    b: "Ask us for a voucher for the train, or we can book a taxi in advance, so you don't have to find the money first.",
    wrong: 'You have to pay up front and claim it back later on the lilac form.',
  },
  't25-43': {
    a: 'After an online meeting we email the agreement for electronic signature by the end of the same day, so you can read it through before you sign. Ask us for a copy in large print or as audio and we will send it within 3 working days.',
    b: 'With a video meeting the agreement comes to you by email for an e-signature the same day, so you can go over it calmly first; you can also ask for an audio or large-print version.',
    wrong:
      'You have to sign it on the screen straight away, and we post a paper copy within 2 working days.',
  },
  't25-44': {
    a: declineA('pupil premium spending'),
    b: declineB('how pupil premium is spent or reported to parents'),
    wrong: "Pupil premium is £1,480 a year, and his parents can see exactly how it's spent.",
  },
  't25-45': {
    a: 'No, your deadline is Monday 4 January 2027, by 5pm. Your deadline is whichever of those two dates comes later: the letter date plus 2 months (30 December) or the certificate date plus one calendar month (20 December). 30 December is later, but if the date lands anywhere from 25 December to 1 January, use the first working day after 1 January instead.',
    b: "It's actually 04/01/2027 at 5pm. 30 December falls inside the Christmas window (25 December to 1 January), so it moves to the first working day after New Year.",
    wrong: "Yes, 30 December is your last day, since it's a working day.",
  },
  't25-46': {
    a: 'Yes: come and talk to an adviser over a cup of tea at Pilgrove Village Hall on the last Friday of the month, from 10am to 11.30am. There is no need to book. We take a break in August and December, so the next morning is on Friday 29 January 2027.',
    b: "There's an Ask Us Anything drop-in at Pilgrove Village Hall, 10-11.30am, no booking. None in December, so the next is 29/01/2027.",
    wrong: "Yes, there's one before Christmas at Pilgrove Village Hall on 18 December.",
  },
  't25-47': {
    a: 'Whatever happens in the room, the adviser sends your mediation certificate at the latest 3 working days after the meeting finishes: you get one whether or not you reached an agreement. The weekend does not count, so from Wednesday 9 December the latest is Monday 14 December 2026 (Thursday 10, Friday 11 and Monday 14).',
    b: 'Pažymėjimą gausite ne vėliau kaip per 3 darbo dienas po mediacijos, nesvarbu, ar susitarėte. Savaitgalis neskaičiuojamas, todėl vėliausia data yra pirmadienis, 2026 m. gruodžio 14 d.',
    wrong: "You'll get it within 3 calendar days, so by Saturday 12 December.",
  },
  't25-48': {
    a: declineA('the Adoption Support Fund'),
    b: declineB('therapy funding for adopted children'),
    wrong: 'You can get up to £2,500 a year, and the regional adoption agency applies for you.',
  },
  't25-49': {
    a: "We issue the certificate within 3 working days of you telling us that you do not want mediation. Christmas Eve is a working day, so if you tell us on Monday 21 December the latest is Thursday 24 December 2026 (Tuesday 22, Wednesday 23 and Thursday 24). Nothing waits until January, and you don't have to come to a meeting at all.",
    b: "You don't have to wait till January: 3 working days from Monday 21 December takes you to 24/12/2026, because Christmas Eve counts as a working day.",
    wrong: "Christmas Eve doesn't count, so the certificate is due by 29 December.",
  },
  't25-50': {
    a: 'Yes, it still counts. If your last day is a day when our office is shut, a voicemail, text, WhatsApp message or email that reaches us on that day still counts. We go by the time stamp on your message, not by the moment somebody reads it.',
    b: "An email sent on 1 January is fine: it's judged by when it arrived, even though nobody reads it until we reopen.",
    wrong: "Emails on a closed day don't count, so you have to get it in before Christmas.",
  },
  't25-51': {
    a: 'Yes: to change section B or section F the council has 5 weeks from the day of the agreement, so from Thursday 10 December 2026 the deadline is Thursday 14 January 2027. These are calendar weeks, and the Christmas holiday is counted like any other time.',
    b: 'There is a real deadline: 5 calendar weeks from 10 December, which is 14/01/2027. Christmas is not taken off the count.',
    wrong: "Christmas doesn't count, so it's 5 working weeks: 21 January 2027.",
  },
  't25-52': {
    a: declineA('online safety for an autistic teenager'),
    b: declineB('keeping a teenager safe online'),
    wrong: 'Set up Google Family Link and report anything worrying to CEOP.',
  },
  't25-53': {
    a: 'She was in time. Her deadline was the later of 25 August (letter date plus 2 months) and 8 August (certificate plus one month), so 25 August, but a date in August is replaced by the first working day in September. 31 August 2026 was a bank holiday, so the deadline was Tuesday 1 September 2026 at 5pm.',
    b: 'Yes, she was on time: because her date landed in August, the deadline moved to the first working day after 31 August, which was 01/09/2026.',
    wrong: 'She was late: the deadline was 25 August 2026.',
  },
  't25-54': {
    a: 'Notes of your calls and meetings stay on file for 5 years from the day your case is closed. After that they are deleted or shredded. You can have a free copy of everything we hold about you; we send it within one calendar month of your request.',
    b: "We keep your records five years after the case closes, then destroy them. Ask and you'll get a free copy within a month.",
    wrong: 'We keep records for 6 years, and a copy costs a fee of £10.',
  },
  't25-55': {
    a: 'Health and social care points cannot be appealed, but an agreement about them still has to be carried out within 2 weeks unless a different time is agreed in writing: from Monday 7 December that is Monday 21 December 2026. If health is the only subject of the agreement, the integrated care board has 1 week to inform the council, so by Monday 14 December.',
    b: 'Two weeks: the health part has to be done by 21/12/2026, and the ICB has to let the council know within one week.',
    wrong:
      "They get 5 weeks, the same as for sections B and F, so 11 January 2027, and there's no need to tell the council.",
  },
  't25-56': {
    a: declineA('eye tests and glasses for children'),
    b: declineB('free sight tests, glasses or opticians for children with Down syndrome'),
    wrong: 'Yes, children under 16 get free NHS sight tests and an optical voucher for glasses.',
  },
  't25-57': {
    a: 'Not to the Tribunal. Section G (health) or section H (social care) by itself cannot be appealed on its own, but mediation about it is still open to you, and as there is nothing about health the council arranges it on its own.',
    b: "Section H on its own can't go to the Tribunal, but you can still ask for mediation about it, and the council would arrange that.",
    wrong: 'Yes, you can appeal section H to the Tribunal, but you need a certificate first.',
  },
  't25-58': {
    a: 'Talk to your adviser first. If that does not settle it, write to Rosalind Tucker, our service manager. She will confirm she has your complaint within 4 working days and send you a full reply within 18 working days. Still not happy? Within 28 days of her reply you can ask for an independent review by a reviewer from outside the company, who will answer within 21 days.',
    b: "Complain to Rosalind Tucker, the service manager: she acknowledges within four working days and gives a full answer within eighteen working days, and there's an outside reviewer after that if needed.",
    wrong:
      "Email the adviser's manager Kezia; you'll hear back within 10 working days, or go to the Ombudsman.",
  },
  't25-59': {
    a: 'We send you a list of everyone who is coming with the notice. If the list changes, we tell you by 10am on the working day before the meeting. From the council (and the integrated care board if health is involved) come officers who need the authority to say yes there and then.',
    b: "You'll get a list of who's attending along with the notice of the meeting, and any change is passed on by 10am the working day before, so no surprises.",
    wrong: "You won't be told who is coming until the day itself.",
  },
  't25-60': {
    a: declineA('registering to vote'),
    b: declineB('voting or getting help at a polling station'),
    wrong: 'Yes, you can register online, and a companion can help you in the polling booth.',
  },
};
