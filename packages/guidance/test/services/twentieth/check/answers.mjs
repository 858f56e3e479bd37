// Three answers for every question, used by check.mjs to test the questions themselves:
//   a      the right answer in the page's own words (it quotes the page)
//   b      the right answer in other words (or in the asker's language)
//   wrong  a plausible wrong answer: outside knowledge, a nearby page fact that does not apply,
//          or the usual date slip. It carries the same (right) citations, so it must fail on
//          `must` or `must_not` alone.
// check.mjs adds the citations (the page sentences around each cite phrase).

const TEL = '01632 960274';

// a right answer to a question the pages do not cover
const declineA = (topic) =>
  `Fen Edge's guidance pages don't cover ${topic}, so I can't give you a reliable answer from them. Please ring Fen Edge SEND Mediation on ${TEL} (or text 07700 900518) and an adviser can tell you who to ask.`;
const declineB = (topic) =>
  `Sorry, that's outside what the published Fen Edge pages explain: there's nothing on ${topic}. The service can point you in the right direction if you call +44 1632 960274 or email hello@fenedgemediation.example.`;

export const ANSWERS = {
  't20-01': {
    a: 'Yes. In education law a person who has day-to-day care of a child counts as a parent, so you can contact us yourself and take part in your own right. Give us a ring on 01632 960274.',
    b: "It doesn't need to be his mum. Because you look after your grandson every day, the law treats you as his parent for this, so you can call us directly on 01632 960274.",
    wrong:
      'Sorry, it has to be his mum or someone with a court order. Only his mother can ask for mediation unless you apply for a special guardianship order.',
  },
  't20-02': {
    a: "Your last day is 19 December 2026. The clock starts on the date printed on the council's decision letter, not on the day the letter came through your door. This contact date is not moved when it falls on a Saturday, Sunday or bank holiday, and 19 December 2026 is a Saturday, but a voicemail, text or email that reaches us on the last day still counts.",
    b: "It runs from the date on the letter (19/10/2026), not from when it arrived, so you must contact an adviser by Saturday 19/12/2026. Because that's a weekend it doesn't move on to the Monday, so text or email that day at the latest, or better, before.",
    wrong:
      "It's two months from when you received the letter on 26 October, so you have until 26 December 2026.",
  },
  't20-03': {
    a: 'No. Since April 2026 we have not used any council building for a mediation. We book a neutral place as near to your home as we can, such as The Granary in Marshbridge, Saltmere Library community room, Lode End Village Hall or Wensey Family Hub.',
    b: "Not at all: the service stopped holding mediations in council buildings in spring 2026. They'll find a neutral venue near you, like Lode End Village Hall or the Wensey Family Hub, or you can join online.",
    wrong:
      "Yes, mediations are held at the council offices in Marshbridge, as that's where the SEND officers are based.",
  },
  't20-04': {
    a: declineA('school or college transport after 16'),
    b: declineB('post-16 travel arrangements or contributions'),
    wrong:
      'Councils can charge a contribution for post-16 transport under their post-16 transport policy statement, so yes, it is legal. Ring 01632 960274 if you want to talk it over.',
  },
  't20-05': {
    a: 'There is no fee. Families never pay for anything we do. The service is funded through a contract with Fenmarsh County Council, Castle Wensey Borough Council and the Ouse and Marshland Integrated Care Board.',
    b: "Nothing to pay at all, and it doesn't come out of your fostering allowance: the councils and the integrated care board fund the service under a contract, so it's free for you.",
    wrong:
      'Each mediation session costs £60 per hour, which usually comes out of your fostering allowance.',
  },
  't20-06': {
    a: "No, you haven't missed it. Take whichever of those two dates is later: two months from the letter is 2 December 2026, and one month from the certificate is 26 December 2026. That date lands from 25 December to 1 January, so your deadline becomes the first working day after 1 January, which is Monday 4 January 2027. The Tribunal has to receive your appeal by 5pm.",
    b: "You're still in time. The later of the two dates counts (certificate date + 1 month = Saturday 26/12/2026), and because that falls in the Christmas window it moves to the first working day of the new year: 04/01/2027, by 5pm.",
    wrong: "Sorry, you've missed it: the deadline was 2 December 2026, two months from the letter.",
  },
  't20-07': {
    a: 'No. Your child never has to attend. The mediator has to make reasonable efforts to find out what the child thinks: your child can fill in a "My Voice" sheet, record a short voice note or video, meet the mediator beforehand, or join part of the meeting only if you and the mediator both agree.',
    b: "She won't have to come. Her views can be passed on through a My Voice sheet, a voice note or video, or a short chat with the mediator at home or school; she'd only join part of the meeting if you and the mediator agree.",
    wrong: 'Yes, she has to attend so the mediator can hear her views directly.',
  },
  't20-08': {
    a: 'No. An appeal that is only about section I (the school or college named, the type of placement, or the fact that nothing is named) goes straight to the Tribunal with no certificate.',
    b: "If your appeal is just about the school named in section I, you don't need a mediation certificate; you can send your appeal directly to the Tribunal. If you later decide to challenge section B or F as well, that changes and you will need one.",
    wrong:
      'Yes, you still need a certificate first: you must contact a mediation adviser before any appeal.',
  },
  't20-09': {
    a: declineA('school suspensions or exclusions'),
    b: declineB('how to challenge a suspension'),
    wrong:
      'For a suspension of more than 5 school days in a term the governing board must consider your representations, so ask for a meeting with the governors within 15 school days. You can call 01632 960274 too.',
  },
  't20-10': {
    a: 'By Tuesday 8 December 2026 at the latest. Tell your adviser, and your certificate will be issued within three working days of the day you told them; the weekend does not count. Most families receive it by email the same day.',
    b: 'Sertifikatą turite gauti per tris darbo dienas nuo tos dienos, kai pasakėte patarėjai, t. y. vėliausiai 2026 m. gruodžio 8 d. (antradienį). Savaitgalis neskaičiuojamas. Dažniausiai jis atsiunčiamas el. paštu tą pačią dieną.',
    wrong: 'Within 3 working days, counting today, so by Monday 7 December 2026.',
  },
  't20-11': {
    a: 'Yes. Online mediations use Microsoft Teams, and we email the joining link two days before. You can keep your camera off, or join by phone only if that is easier.',
    b: "It can all happen online, on Microsoft Teams rather than Zoom, with a practice call first if you'd like. Or you can just dial in by phone. No need to travel.",
    wrong: 'No, mediation has to be held in person, but we can refund your bus fare.',
  },
  't20-12': {
    a: "This is disagreement resolution rather than mediation. Disagreement resolution can look at how a school or academy is meeting a child's special educational needs, whether there is an EHC plan or just SEN support. Everyone involved has to say yes before a disagreement resolution meeting can go ahead. No one, the school included, can be made to attend.",
    b: "Because there's no plan and this isn't a decision you could take to the Tribunal, the route is disagreement resolution: an independent facilitator chairs a meeting with you and the academy. It's voluntary, so the academy has to agree to take part.",
    wrong:
      "Yes, you can ask for mediation, and the academy must attend once you ask. If it doesn't help you can appeal to the SEND Tribunal.",
  },
  't20-13': {
    a: "No, that's not right for you. Your deadline is two months from the letter: 24 December 2026. Christmas Eve counts as a working day, and the Christmas rule only starts on 25 December, so the appeal must reach the Tribunal by 5pm on Thursday 24 December 2026.",
    b: "Sadly not. With no certificate involved the time limit is simply 2 months from the letter date, which is Thurs 24/12/2026. That's a normal working day and before the 25 Dec to 1 Jan window, so there is no extension into the new year.",
    wrong:
      "Yes, that's right: because of Christmas you get until the first working day in January, which is Monday 4 January 2027.",
  },
  't20-14': {
    a: declineA('Disability Living Allowance or other benefits'),
    b: declineB('DLA claims or benefit rates'),
    wrong: 'Yes, you can claim DLA for ADHD; the care component middle rate is about £73 a week.',
  },
  't20-15': {
    a: "No. We book a professional interpreter for you, in any spoken language or in British Sign Language, and there is no charge for this. Please don't bring a child along to interpret for you. Let us know about a week before the meeting.",
    b: 'جی نہیں۔ ہم آپ کے لیے ایک پیشہ ور ترجمان کا انتظام کرتے ہیں، اور یہ بالکل مفت ہے۔ براہ کرم اپنے بیٹے یا کسی بچے سے ترجمہ نہ کروائیں۔ ملاقات سے تقریباً ایک ہفتہ پہلے ہمیں بتا دیں: 01632 960274',
    wrong:
      "Yes, please bring your own interpreter, or your son can translate for you. We can't pay for interpreters.",
  },
  't20-16': {
    a: 'When health is the only thing in dispute, the Ouse and Marshland Integrated Care Board is the body that arranges and pays for the mediation.',
    b: "As it's only the health part (the physio in section G), the NHS side arranges it: the Ouse and Marshland ICB sets up and funds the mediation, not the council.",
    wrong:
      "It's the council, not the NHS: the council arranges all mediation, and you could appeal the physio to the Tribunal.",
  },
  't20-17': {
    a: 'By 2 January 2027. The mediation must be held within 30 days of the council being told. These are ordinary calendar days, not working days, and the last day stays the same even if it is a weekend or a bank holiday, so Christmas does not push it back (2 January 2027 is a Saturday).',
    b: "30 calendar days from 3 December is Saturday 02/01/2027. Weekends and the bank holidays over Christmas don't extend it, so in practice expect a date before then.",
    wrong:
      'It must happen within 30 working days, so Christmas and the bank holidays push it back to mid-January 2027.',
  },
  't20-18': {
    a: 'Mediations can now start as late as 4pm, and online sessions can run until 7pm.',
    b: "The latest start time is four o'clock in the afternoon, and if you do it online it can carry on until 7 in the evening.",
    wrong: 'Mediations run in school hours only; the latest start is 1pm.',
  },
  't20-19': {
    a: declineA('personal budgets or what they can pay for'),
    b: declineB('asking for a personal budget'),
    wrong:
      "Ask for a personal budget when the plan is in draft; it's set out in Section J, and direct payments can cover therapies like riding.",
  },
  't20-20': {
    a: 'No. Whether to mediate is your decision alone. Once you tell us you want it, the council has no choice: it must arrange the mediation and take part, and the integrated care board must join in too if any health issue is on the table.',
    b: 'Nie. Jeśli wybierze Pan/Pani mediację, council nie może odmówić: musi ją zorganizować i wziąć w niej udział. Jeśli chodzi o sprawy zdrowotne, musi też uczestniczyć integrated care board (ICB). Telefon: 01632 960274.',
    wrong:
      'Tak, council może odmówić. Mediation is voluntary for everyone, so all parties have to agree before it goes ahead.',
  },
  't20-21': {
    a: 'Two months from the letter is 10 August 2027 and one month from the certificate is 15 July 2027; take whichever of those two dates is later, which is 10 August. If it lands in August, your deadline becomes the first working day after 31 August, and that is Wednesday 1 September 2027 (30 August 2027 is a bank holiday anyway). The Tribunal must receive it by 5pm.',
    b: 'The later date is 10/08/2027 (2 months from the letter), but because it falls in August the deadline moves to the first working day after the end of August: Wed 01/09/2027.',
    wrong:
      "Your deadline would be 10 August 2027, two months from the letter; the summer holidays don't change it.",
  },
  't20-22': {
    a: 'Tell us what helps and we will plan around it. We can give you a separate quiet room to wait in and to go back to, turn the lights down, send you the running order in writing beforehand, and provide papers in large print or easy read. You can step out whenever you need to, without explaining why.',
    b: "The service can set aside a quiet room just for you, dim the lights, send the running order in advance and let you leave the room at any point without giving a reason. Just tell them what you need; no diagnosis or doctor's letter is needed.",
    wrong:
      "Send us a copy of your diagnosis and we'll see whether reasonable adjustments can be made; the rooms are standard meeting rooms.",
  },
  't20-23': {
    a: 'No. A disability discrimination claim against a school is made under the Equality Act, not as an SEN appeal, so it does not need a certificate either.',
    b: "You can go straight to the Tribunal with a discrimination claim; no mediation certificate is required because it's an Equality Act claim rather than an appeal about the EHC plan.",
    wrong:
      "Yes, you'll first need a certificate: you must contact a mediation adviser before making any claim to the Tribunal.",
  },
  't20-24': {
    a: declineA('school admissions or finding a school place'),
    b: declineB('applying for a primary school place'),
    wrong:
      "Make an in-year application through Castle Wensey's admissions team; if the school is full you can go to an admissions appeal.",
  },
  't20-25': {
    a: 'If the mediation ends on Wednesday 23 December 2026, we issue your certificate within three working days of the day it ended. Christmas Eve counts as a working day, but Christmas Day and the Boxing Day bank holiday (Monday 28 December) do not, so the latest date is Wednesday 30 December 2026.',
    b: "Latest is Wed 30/12/2026: the three working days after 23 December are 24 Dec, 29 Dec and 30 Dec, because 25 Dec and 28 Dec are bank holidays and the weekend doesn't count.",
    wrong:
      'Three working days after 23 December takes you past Christmas, so expect it by Monday 28 December 2026.',
  },
  't20-26': {
    a: "You can bring a supporter or an advocate with you (a friend, a relative, a SENDIASS worker or a lawyer), and you don't need permission from the council or anyone else to do that. If you would like more people to come as well, the mediator will check beforehand that everyone at the meeting is comfortable with that.",
    b: "Yes: your support worker and your mate can come as your supporters without asking the council's permission. Anyone extra, like your mum, can come if everyone at the mediation agrees, and the mediator will check that first.",
    wrong:
      'You can bring only one person, and the council has to agree to any supporter in advance.',
  },
  't20-27': {
    a: "It's your decision. After the end of Year 11, the right to ask for mediation and the right to appeal belong to the young person, not to their parents, right up to their 25th birthday. Parents can still play a big part: if the young person is happy with it, a parent can phone us for them, come to meetings and speak alongside them.",
    b: "Since you've finished Year 11, appealing is up to you, not your mum. She can only help or speak for you if you want her to.",
    wrong:
      "Your mum can appeal on your behalf because you are under 18; it's her decision until you're 18.",
  },
  't20-28': {
    a: 'Não, a sua amiga não tem razão. A certificate that arrives quickly never cuts your time short: you always keep the full two months from the letter. Dois meses a partir de 20 de novembro de 2026 é 20 de janeiro de 2027 (quarta-feira), que é um dia útil. O recurso tem de chegar ao Tribunal até às 17h de 20 de janeiro de 2027.',
    b: 'No, your friend is wrong. The deadline is the later of two dates: 2 months from the letter (20 January 2027) or 1 month from the certificate (24 December 2026). The later is Wednesday 20 January 2027, and the appeal must arrive by 5pm.',
    wrong: 'Sim, é verdade: o prazo é 24 de dezembro de 2026, um mês a partir do certificado.',
  },
  't20-29': {
    a: declineA('getting ready for a Tribunal hearing'),
    b: declineB('preparing for the hearing day or witnesses'),
    wrong:
      "You can bring up to 3 witnesses; read the hearing bundle carefully and wear whatever is comfortable. You can bring a supporter too, without anyone's permission.",
  },
  't20-30': {
    a: 'Most mediations take between two and a half and three hours, and we book the room for half a day. There is a break at least once an hour, and you can ask for one at any other time.',
    b: "Usually 2.5 to 3 hours. There's a scheduled break every hour or so, and you can ask for extra breaks whenever you need them, so popping out is fine.",
    wrong: "It's usually a full day, 9 to 5, with one lunch break.",
  },
  't20-31': {
    a: 'Yes. Where a young person does not have the mental capacity to make a particular decision, that decision can be taken for them by a parent, by a deputy appointed by the Court of Protection, or by someone holding a lasting power of attorney. Our advisers will talk this through with the family, and we do not ask for medical reports before we start.',
    b: "If she lacks capacity to make this decision, you as her parent can ask for mediation on her behalf (a Court of Protection deputy or attorney could too). You don't need a doctor's report before contacting the service.",
    wrong:
      "Only your daughter can ask for mediation now she is over 18, and you'll need a doctor's capacity assessment first.",
  },
  't20-32': {
    a: 'Sorry, no. If more than two months have passed, our advisers are not allowed to issue a certificate. You can still ask the SEND Tribunal for permission to appeal without one, and you should explain to the Tribunal why you were late.',
    b: "Because it's more than 2 months since the July letter, an adviser can't issue a certificate now. But you haven't necessarily lost the chance: ask the Tribunal for permission to appeal without a certificate and explain why you're late.",
    wrong: "Yes, we can still issue a certificate for you; just ring an adviser and we'll send it.",
  },
  't20-33': {
    a: "Ring or text us as soon as you know. Two working days' notice helps us a lot, but tell us even if it is the same morning. There is no charge for moving a date, and asking to move it does not affect your certificate or your right to appeal.",
    b: "Let them know as early as possible, ideally 2 working days ahead. Moving it is free and won't affect your certificate or appeal; they'll contact the council and mediator and send you a new appointment letter.",
    wrong: "We need 10 working days' notice to move a mediation, and there's a £25 rebooking fee.",
  },
  't20-34': {
    a: declineA('legal aid or paying for a solicitor'),
    b: declineB('legal aid for a Tribunal appeal'),
    wrong:
      "On Universal Credit you would usually qualify for legal help; it's means tested, so contact Civil Legal Advice.",
  },
  't20-35': {
    a: 'Yes. Refusing to carry out an EHC needs assessment is one of the council decisions that can go to the Tribunal. For most appeals the Tribunal will not register your case unless it comes with a certificate from a mediation adviser. Asking for one does not commit you to mediation.',
    b: "You can appeal a refusal to assess to the SEND Tribunal. You don't have to mediate, but you do need to speak to a mediation adviser first and get a certificate; you can say no to mediation and still get it.",
    wrong:
      'A refusal to assess cannot be appealed, so you have to go to mediation first and hope the council changes its mind.',
  },
  't20-36': {
    a: 'A disability discrimination claim to the Tribunal has its own time limit: it must arrive within six months of the thing you are complaining about, so by 18 December 2026. The Christmas and August extensions do not apply to these claims.',
    b: 'You have 6 months from the trip decision on 18 June, so the claim must reach the Tribunal by Friday 18/12/2026. No Christmas or August extension applies to discrimination claims.',
    wrong:
      'You have 2 months from the incident, and the Christmas extension gives you until 4 January 2027.',
  },
  't20-37': {
    a: 'No. What is said in mediation stays in the room. Everybody, including the council and health staff, signs an agreement at the start not to repeat what was said or offered, and the mediator will not give evidence for anyone.',
    b: "They shouldn't. Everyone at mediation, council staff included, signs up at the start to keep what's said and offered confidential, and the mediator won't act as a witness. Only the written agreement leaves the room.",
    wrong:
      'Yes, anything you say can be used as evidence at the Tribunal, and the mediator may give evidence about it.',
  },
  't20-38': {
    a: declineA("university or Disabled Students' Allowance"),
    b: declineB('DSA applications'),
    wrong:
      "Apply through Student Finance England; you'll have a study needs assessment and DSA can pay for software and a note-taker.",
  },
  't20-39': {
    a: 'Our line on 01632 960274 is staffed Monday to Thursday from 9am to 4.30pm and on Fridays from 9am to 1pm.',
    b: 'On a Friday the phones are only staffed in the morning, 9 till 1pm, so ring before 1pm.',
    wrong: "We're open until 4.30pm on Fridays, so any time after school drop-off is fine.",
  },
  't20-40': {
    a: 'You will be told the date and venue at least five working days before the meeting, unless you are content with shorter notice.',
    b: "You should get at least 5 working days' notice of when and where it is, unless you agreed to a shorter notice period. Two days isn't enough unless you said that was OK.",
    wrong: "They only have to give you 2 working days' notice of the date and place.",
  },
  't20-41': {
    a: 'What is said in mediation stays private, but there are two exceptions. If something said suggests that a child or an adult is at risk of serious harm, the mediator must tell the right safeguarding team. The mediator would also have to share information if a court ordered it. Where it is safe, we will tell you before we pass anything on.',
    b: "Mostly it stays confidential, but if what you say suggests your children or you might be at risk of serious harm, the mediator has to pass it to the safeguarding team, and they'd tell you first if it's safe. A court order is the only other exception. If you are in danger now, call 999.",
    wrong:
      "Don't worry, mediation is completely confidential, so nothing you say will ever go any further.",
  },
  't20-42': {
    a: declineA('apprenticeships or English and maths requirements'),
    b: declineB('what happens to a plan during an apprenticeship'),
    wrong:
      'Yes, he can keep his EHCP during an apprenticeship, and with an EHCP he only needs Entry Level 3 functional skills.',
  },
  't20-43': {
    a: 'Yes, partly. On Christmas Eve and on the weekdays between Christmas and New Year that are not bank holidays, the phones are open from 10am to 2pm. We are closed on bank holidays.',
    b: "They're open on the working days in that week, but with shorter hours, 10 till 2pm; on the bank holidays themselves the line is shut. You can also text or email.",
    wrong: "No, we're closed over the whole Christmas holiday and reopen on 4 January.",
  },
  't20-44': {
    a: 'The council must carry out what was agreed within the time limits, counted from the date of the agreement: for a change to section B and/or section F, it must amend the plan within 5 weeks. A different timescale only applies if everybody agreed it in writing.',
    b: 'They have five weeks from the day you reached agreement to amend section F, unless you all agreed a different timescale in writing.',
    wrong: 'The council has 14 weeks, the same as for a new EHC plan, to make the change.',
  },
  't20-45': {
    a: "Your contact details and the dates of your case are kept for two years after we close your case. A copy of your certificate and of any signed agreement: kept for six years. The mediator's handwritten notes: shredded at the end of the meeting. You can ask for a copy of everything we hold about you. It is free, and we will send it within one month.",
    b: "They hold your contact details and case dates for 2 years after closing your file, and your certificate and any signed agreement for 6 years. The mediator's rough notes are shredded on the day. You can get a copy of your records free of charge within a month.",
    wrong: 'We keep everything indefinitely, and a copy of your file costs £10.',
  },
  't20-46': {
    a: declineA('respite or short breaks'),
    b: declineB('getting short breaks for a disabled child'),
    wrong:
      "Ask children's services for a carer's assessment and look at the council's short breaks statement.",
  },
  't20-47': {
    a: 'Yes. If daytime calls are difficult because of work or the school run, ask for an evening callback: our advisers make these on Tuesdays between 5.30pm and 7.30pm.',
    b: 'They can ring you after work: evening callbacks happen on a Tuesday, any time from half past five to half past seven. Text 07700 900518 to book one.',
    wrong: "Sorry, we don't offer evening calls, but you could ring on a Saturday morning.",
  },
  't20-48': {
    a: 'If the agreement is to carry out an EHC needs assessment, the council must tell you it will assess within 2 weeks; then it must either tell you no plan will be made within 10 weeks, or issue the final plan within 14 weeks, all counted from the date of the agreement.',
    b: "They have two weeks from the agreement to confirm the assessment, and if a plan follows, the final version is due within fourteen weeks of the agreement (a 'no plan' decision within ten).",
    wrong:
      'The normal EHC timescale applies, so expect a final plan about 20 weeks after the agreement.',
  },
  't20-49': {
    a: "If you can, tell the mediator or adviser first. If not, write or email to our service manager, Rosalind Achebe-Thorne, within three months of what happened. We confirm we have your complaint within two working days and send a full reply within 20 working days. If you are still unhappy, ask for a review by one of the Lantern Family Trust's trustees who has had nothing to do with your case.",
    b: "Put your complaint in writing or by email to Rosalind Achebe-Thorne, who manages the service, within 3 months. You'll get an acknowledgement in 2 working days and a full answer within twenty working days; if that doesn't resolve it, an uninvolved trustee can review it.",
    wrong:
      "Complain to the council's SEND team, and if that fails go to the Local Government Ombudsman; it usually takes 12 weeks.",
  },
  't20-50': {
    a: declineA('Blue Badges'),
    b: declineB('Blue Badge eligibility'),
    wrong:
      'Since 2019 Blue Badges cover hidden disabilities, so she may qualify; apply through your council.',
  },
  't20-51': {
    a: 'Yes. You are welcome to text 07700 900518 or email hello@fenedgemediation.example instead of phoning. Texts and emails are answered within one working day.',
    b: 'Yes, you can write to them. Send a text message to 07700 900518 or an email to hello@fenedgemediation.example. They reply in 1 working day.',
    wrong: 'Please phone us, we only take calls by telephone. Emails take up to 5 working days.',
  },
  't20-52': {
    a: 'Yes. Whoever arranged your mediation pays these expenses for you to attend: your own car is paid at 25p for every mile (so £10 for 40 miles), and lost earnings up to £45. Send the claim form from your appointment pack, with receipts, within six weeks of the mediation.',
    b: 'You can claim mileage at 25 pence a mile (40 miles = £10) and your lost pay up to a maximum of £45. The council, or the ICB if only health was involved, pays; send the claim form and receipts within 6 weeks.',
    wrong:
      "Sorry, you can't claim travel or lost earnings; the service is free but expenses aren't paid.",
  },
  't20-53': {
    a: 'If you run out of time before everything has been covered, the mediator can set up a second meeting, as long as everyone agrees.',
    b: "It doesn't have to end there: another session can be arranged by the mediator if everyone agrees to it.",
    wrong:
      "Sorry, you only get one session; if it didn't settle, you'll need to start again with a new request.",
  },
  't20-54': {
    a: declineA('home education'),
    b: declineB('what happens to EHC plan provision if you home educate'),
    wrong:
      "If you electively home educate, the council does not have to fund the provision unless it's EOTAS.",
  },
  't20-55': {
    a: 'Yes. A SENCO, health visitor, social worker or the SENDIASS team can refer a family, but only once the family has given permission, and we will always speak to the family ourselves before anything is booked.',
    b: 'You can refer them, as long as mum agrees to it first. The service will then ring her themselves before arranging anything; families can also just get in touch directly.',
    wrong:
      "Families have to refer themselves, schools can't refer. Please ask mum to fill in our online referral form.",
  },
  't20-56': {
    a: 'No. If the council cannot arrange the mediation within the 30 days, it must tell us as soon as it can. We will then issue your certificate within three working days, and you are treated as having been to mediation, so your right of appeal is not affected.',
    b: "You don't need to start again. The council has to let the service know, and the adviser then sends your certificate within 3 working days; it counts as if you'd mediated, so you can still appeal.",
    wrong:
      "Yes, you'll have to start over and ask for mediation again; the 30 days can be extended by the council.",
  },
  't20-57': {
    a: 'Yes. Your appointment letter now names everyone attending and their job title.',
    b: 'You will: the letter confirming your appointment lists every person who will be at the mediation, with their role.',
    wrong: "No, you won't know who is attending until you arrive on the day.",
  },
  't20-58': {
    a: declineA('CAMHS waiting lists or ADHD assessments'),
    b: declineB('Right to Choose or private ADHD assessments'),
    wrong:
      'Yes, you can use Right to Choose: ask your GP to refer you to a provider like Psychiatry UK; shared care can follow.',
  },
  't20-59': {
    a: declineA('free school meals'),
    b: declineB('free school meals entitlement'),
    wrong:
      "No, an EHCP doesn't give automatic entitlement; it depends on benefits such as Universal Credit with income under £7,400, though universal infant free school meals cover Reception to Year 2.",
  },
  't20-60': {
    a: declineA('SATs or exam access arrangements'),
    b: declineB('extra time or readers in SATs'),
    wrong:
      "Yes, the school can apply for up to 25% extra time and a reader if it's her normal way of working.",
  },
};
