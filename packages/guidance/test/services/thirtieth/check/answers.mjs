// For every question: a right answer (a) and a plausible wrong one (wrong).
// check.mjs adds the citation for (a): the page block holding the question's first cite phrase.
const T = 'Tidewell on 01632 960583';
const DECLINE = (topic) =>
  `I'm sorry, Tidewell's guidance doesn't cover ${topic}, so I can't give you a reliable answer. It may be worth asking the people who deal with that directly, or you can ring ${T} and an adviser can tell you who might help.`;

export const ANSWERS = {
  't30-01': {
    a: "Yes: book a Pick-a-Time call. Text the word TIDE and the time that suits you to 07700 900719, and an adviser will ring you then. You can pick any half-hour between 7.30am and 8.30pm, Monday to Friday, with one working day's notice, so a slot after you're back on the quay at 6 works. On Wednesdays the phones are also staffed until 7.30pm.",
    wrong:
      'Our phone lines are open on Saturdays as well, and we will call you back within 2 hours of any message. Just give your safe word when we ring.',
  },
  't30-02': {
    a: "No, he isn't right. Only an independent adviser can issue a certificate, and none of Tidewell's advisers or mediators is employed by an English local authority, an integrated care board or NHS England. Penwarne Council, the Council of the Isles of Carrow and the Tamar and Kernow ICB pay for the service under a contract, but the contract gives them no say in any family's case, and it is free for you.",
    wrong:
      "Yes, he's right: our advisers are employed by Penwarne Council, which is why it is free. Families pay a fee only for the certificate.",
  },
  't30-03': {
    a: "The council has to give you written notice at least five working days before the mediation. Counting back from Friday 8 January 2027, and skipping the weekend and the New Year's Day bank holiday on Friday 1 January, the latest day is Thursday 31 December 2026. A phone call does not count as notice, so the written notice (by email and post) must reach you by then unless you agree to shorter notice.",
    wrong:
      "He's right. You need 5 days' notice, so the deadline is 3 January, and the phone call counts anyway.",
  },
  't30-05': {
    a: 'Before we ring you for the first time we send a text from 07700 900719 with the name of the person who will call. Our calls always come from 01632 960583 and never from a withheld or private number, and we will never ask for your bank details, a PIN, a password or your National Insurance number. If anything feels wrong, hang up and ring 01632 960583 yourself.',
    wrong:
      'Our calls come from a withheld number for privacy. To check it is us we will ask for your date of birth and then we may ask for your bank details so that we can pay expenses.',
  },
  't30-06': {
    a: "No, she isn't right. The two months run from the date on the letter, Monday 5 October 2026, not from when it arrived, so your last day to contact a mediation adviser is Saturday 5 December 2026. That date is not moved to the Monday just because it is a weekend. Please get in touch today or Friday 4 December; if you can't, a voicemail, text or email on Saturday 5 December still counts as contacting us that day.",
    wrong:
      "Yes, she's right: the two months runs from when you received the letter, so your deadline is 12 December. And if it's a weekend you do get till the Monday.",
  },
  't30-07': {
    a: 'St Wenna Village Hall would suit you best: it has a hearing loop in every room, plus a free car park and the 14 bus stops outside.',
    wrong:
      'The Net Loft has a hearing loop, or we can hold it at the council offices which have a loop.',
  },
  't30-09': {
    a: "Sorry, we're closed on Christmas Eve, Thursday 24 December (texts to 07700 900719 are read between 9am and 11am only). From Tuesday 29 to Thursday 31 December the phones are on from 10am to 1pm for certificates and urgent deadlines only, and we're closed on 1 January. Usual hours start again on Monday 4 January 2027.",
    wrong:
      "Yes, we're open on Christmas Eve from 9am to 5pm. After Christmas we are back on 2 January.",
  },
  't30-10': {
    a: "Mediation isn't the route here, because there's no appealable decision. Disagreement resolution is: it covers disagreements with nurseries and other early years providers about the support a child gets, and your son does not need an EHC plan for it. But it is voluntary: it only goes ahead if everybody involved, including the nursery, agrees to take part, so they don't have to come. It doesn't lead to a certificate.",
    wrong:
      'Yes, the nursery has to attend mediation once you ask for it, and you will get a mediation certificate at the end. You need an EHC plan first though.',
  },
  't30-11': {
    a: "We don't give up straight away. We try twice by phone, on two different working days, and send a text. If we still haven't spoken to you, we post a letter five working days later, and your enquiry stays open for 45 days from the date of that letter. Even after that you can get back in touch and we'll pick up where we left off.",
    wrong: 'We make three tries and then close the enquiry after 90 days.',
  },
  't30-13': {
    a: 'Neither. Two months from the letter is 30 November, but one month from the certificate is Sunday 27 December, and you take the later date. Because that falls between 25 December and 1 January, the deadline moves to the first working day after 1 January, which is Monday 4 January 2027. The Tribunal must receive the appeal by 5pm that day.',
    wrong: "Sadly the deadline is 30 November, so you've missed it. It's too late now.",
  },
  't30-14': {
    a: "Yes. As well as the morning meetings (10.15am to 1.15pm), there is a twilight meeting on Wednesdays at the Net Loft from 4pm to 6.30pm, and an online meeting on the second Saturday of each month from 9.30am to 12 noon for families who can't get time off.",
    wrong:
      'We hold meetings every Saturday and on Sunday mornings, and there are Monday evening slots from 6pm to 8pm.',
  },
  't30-15': {
    a: 'Da. Un interpret este gratuit (free) – nu trebuie să plătiți nimic. Pentru un interpret prezent la întâlnire, anunțați-ne cu opt (8) zile lucrătoare înainte; pentru un interpret la telefon sau video, de obicei ajunge o zi lucrătoare. Sunați la Tidewell: 01632 960583.',
    wrong:
      'You must pay for the interpreter yourself, or bring a family member to interpret. Give us 10 working days.',
  },
  't30-17': {
    a: "It's one certificate, not two. Because your appeal includes section F as well as the school, you need a mediation certificate before appealing, so you can't go straight to the Tribunal, but one certificate covers the whole appeal, including the school named in section I.",
    wrong:
      'You need two separate certificates. Yes, you can go straight to the tribunal over the school bit.',
  },
  't30-18': {
    a: "You'll be given an anchor card at the start. If a panic attack starts, just put it face up on the table (or hold it up to the camera) and the mediator will stop for a break straight away; you don't have to explain why. There's also a ten-minute break after every 50 minutes, and the mediator can use two rooms if being in the same room is too much.",
    wrong:
      "You'll need to tell the mediator that you need a break. We take a break every 45 minutes, or you can use the pause pebble.",
  },
  't30-19': {
    a: "Yes, we'll talk to you. Grandparents who are bringing a child up can contact us; we won't ask to see a court order or any other paperwork, we only ask who the child lives with day to day.",
    wrong:
      'Sorry, only parents can contact us, so you would need a special guardianship order first, or her mum has to get in touch.',
  },
  't30-21': {
    a: "A disability discrimination claim is made under the Equality Act 2010, so you don't need a mediation certificate. The claim must reach the Tribunal within six months of the exclusion, which means by Wednesday 23 December 2026. Your sister is mixing it up with SEND appeals: the Christmas and August extensions don't apply to discrimination claims (since July 2020), so it isn't extended.",
    wrong:
      'You need a mediation certificate first, and your sister is right: it is extended, so the deadline is 4 January.',
  },
  't30-22': {
    a: "Yes, you can contact Tidewell yourself. Foster carers are welcome to get in touch directly; please let your supervising social worker know that you have contacted us, but you don't need their permission first.",
    wrong:
      "Sorry, it has to go through his social worker, and you need the council's permission before we can talk to you.",
  },
  't30-23': {
    a: "Yes, you can bring a solicitor (or another supporter or advocate) to the mediation. You don't need anyone's permission to bring them, so the council doesn't have to say yes first.",
    wrong:
      "Solicitors are not allowed at mediation, and you would need the council's permission to bring anyone.",
  },
  't30-25': {
    a: "No, you don't need a mediation certificate: an appeal that is only about the school named in section I can go straight to the Tribunal. Without a certificate your deadline is two months from the letter's date, so Tuesday 19 January 2027 (a working day), and the Tribunal must receive it by 5pm.",
    wrong: 'You still need a mediation certificate, and the deadline is 19 December.',
  },
  't30-26': {
    a: "Yes. Tidewell's Speak for Me arrangement lets your mum do the talking. You only need to tell us once, by a voice note, a text from your own phone or by signing a Speak for Me card, and it lasts for six months before we check with you again. You don't have to sign every time, you can take it back at any time, and the decisions stay yours.",
    wrong:
      'You need to sign a consent form every time we call, and it lasts until the case closes.',
  },
  't30-27': {
    a: 'ستاسو د زوی یادښتونه موږ د قضیې له بندېدو وروسته ۱۸ میاشتې (18 months) ساتو، بیا یې له منځه وړو. د منځګړیتوب سند (mediation certificate) کاپي شپږ کاله ساتل کېږي. تاسو کولی شئ د ټولو هغو معلوماتو کاپي وغواړئ چې موږ یې لرو؛ دا وړیا (free) ده او په یوه میاشت کې درلېږل کېږي. Tidewell: 01632 960583',
    wrong: 'We keep the notes for two years, and a copy costs £10 and takes 40 days.',
  },
  't30-29': {
    a: "Once more than two months have passed since the letter, an adviser is no longer allowed to issue a mediation certificate. But you haven't necessarily lost your right to appeal: you can ask the Tribunal for permission to appeal without a certificate, explaining why you couldn't contact an adviser in time (your illness).",
    wrong:
      "Yes, you have lost the right to appeal; it's too late to do anything. Actually we can still issue you a certificate anyway.",
  },
  't30-30': {
    a: "We don't take referrals from professionals: the mum needs to contact us herself, and without the family's agreement we can't discuss a named child. For general questions about how mediation works, SENCOs can ring us on Monday afternoons between 12.30pm and 2pm, and we can post your school office a pack of Pass It On cards to hand to families.",
    wrong:
      'Yes, we can take the referral from you and we can discuss the named pupil with you. We also run termly training days for school staff.',
  },
  't30-31': {
    a: 'No, he never has to take part or come to the meeting. The mediator has to take reasonable steps to find out his views, and he can fill in a Lighthouse sheet (which has space to draw or write), send a voice note or short video, or meet the mediator for up to 30 minutes with an adult he trusts at home or school.',
    wrong:
      'He has to come to the meeting and speak to the mediator, or fill in the Message in a Bottle form.',
  },
  't30-33': {
    a: "Because the mediation is about health (section G) and something else (section F), the council arranges it and the ICB takes part; the council must tell the ICB within 3 working days. It must take place within 30 calendar days of the council being told, so by Sunday 27 December 2026. That's 30 calendar days, not 30 working days, and the date isn't moved even though it's a Sunday.",
    wrong:
      'The NHS (the ICB) arranges it, and it has 30 working days, so the latest date is 13 January.',
  },
  't30-34': {
    a: "Yes, a BSL interpreter is free, but for an interpreter in person we need four weeks' notice. You don't need to phone: during phone hours you can reach us through the BSL video relay link on the website without booking, or text 07700 900719, email ask@tidewellmediation.example or use Evening Chat.",
    wrong:
      "A BSL interpreter needs eight working days' notice and you have to pay for it, or bring a family member to interpret.",
  },
  't30-35': {
    a: "Yes: Walk and Talk. On the last Saturday of each month an adviser leads a walk along Porthkellis harbour from 10am to 11.30am; meet at the old lifeboat house on Quay Street (the Sail Loft Café upstairs if it's pouring). No booking, and buggies, children and dogs on leads are welcome. There isn't one on 26 December, so the next is Saturday 30 January 2027, then Saturday 27 February.",
    wrong:
      'The next one is on 26 December at the library, and you need to book. Dogs are not allowed.',
  },
  't30-37': {
    a: 'ሽምግልናው ስለ ጤና ክፍሉ (section G) ብቻ ስለሆነ የሚያዘጋጀው የጤና ቦርዱ ነው — the integrated care board (ICB), Tamar and Kernow ICB, arranges the mediation, not the council. Tidewell: 01632 960583',
    wrong: 'The council arranges it, and you can appeal section G on its own to the Tribunal.',
  },
  't30-38': {
    a: 'Sorry, no: no one may record the meeting, on a phone or online. Instead the mediator types up whatever is agreed on a big screen as you go, so everyone sees the exact wording, and you get the written agreement afterwards.',
    wrong: "Yes, that's fine, you can record it on your phone.",
  },
  't30-39': {
    a: "Choose Polkerris Children's Centre: its own staff run a free play session in the next room for brothers and sisters under five, if you book it at least ten working days ahead. A baby in arms can come into the room, and you could also take part online or by phone.",
    wrong:
      'The Net Loft has a crèche; book it 5 working days ahead, and you will have to pay for it.',
  },
  't30-41': {
    a: "No, that isn't right. At 20 you're a young person, so the rights are yours: you contact the mediation adviser, decide about mediation and bring any appeal in your own name (your mum can still help). A decision to cease (stop maintaining) the plan can be appealed, and you'll need a mediation certificate first, so contact an adviser within two months of the letter's date.",
    wrong:
      "Yes, she's right: your mum has to be the one to appeal, and you don't need a certificate for a ceasing decision.",
  },
  't30-42': {
    a: "The council (or ICB) pays standard-class bus or train fares, and a taxi if there's no sensible alternative and it's agreed beforehand. If paying up front is hard, tell Tidewell at least five working days before and they will book and pay for your tickets or taxi themselves. With no bank account, they can pay into a credit union account, or you can collect the money in cash from the Net Loft and sign for it.",
    wrong:
      "We can't pay you without a bank account; you'd need to open one. Otherwise we send a cheque or a PayPoint code.",
  },
  't30-43': {
    a: 'Se não houver acordo, o certificado de mediação deve ser emitido no prazo de 3 dias úteis (working days) após o fim da mediação. Os fins de semana não contam. Contando a partir de quarta-feira, 6 de janeiro: quinta 7, sexta 8 e segunda 11 — ou seja, até segunda-feira, 11 de janeiro de 2027 (Monday 11 January 2027). Tidewell: 01632 960583.',
    wrong: 'O prazo é 9 de janeiro: 3 dias de calendário, os fins de semana contam.',
  },
  't30-45': {
    a: "Your deadline is Thursday 24 December 2026. Two months from the letter is 2 December; one month from the certificate is 24 December, and you take the later date. The Christmas rule only moves a deadline that falls between 25 December and 1 January, and 24 December is a normal working day, so it isn't pushed into January. The Tribunal must receive your appeal by 5pm on 24 December.",
    wrong: "Your friend's right, it gets pushed into January, so the deadline is 4 January.",
  },
  't30-46': {
    a: "No. For families on the Isles of Carrow, our mediator comes over on the ferry and holds the meeting at Carrow Community Hall, so you don't need to cross to the mainland. Online and phone meetings are available too.",
    wrong: 'You have to come to the mainland; mediation is held at the Net Loft only.',
  },
  't30-47': {
    a: "If you decide not to try mediation, the certificate must be issued within 3 working days of telling the adviser. From Thursday 31 December, Friday 1 January is a bank holiday and the weekend doesn't count, so the three working days are Monday 4, Tuesday 5 and Wednesday 6 January: expect it by Wednesday 6 January 2027, not mid January.",
    wrong:
      'You must attend mediation before you can get a certificate. It will come by 14 January.',
  },
  't30-49': {
    a: "Your social worker isn't right. For things that can't be appealed, like the social care part, the council must do what was agreed within 2 weeks of the agreement (calendar weeks, unless you agree another timescale in writing). From Friday 11 December that's Friday 25 December 2026. That's Christmas Day, but the date isn't moved, so in practice expect it before Christmas.",
    wrong: "Yes, the social worker is right, there's no time limit for social care.",
  },
  't30-50': {
    a: "Complaints go to Tidewell's service manager, Morwenna Trevaskis, by phone, email or post. They confirm they've got it by the end of the next working day and send a full answer within 12 working days. If you're still unhappy, the independent chair of the board, Dr Ruth Angove, can look at it again and replies within 25 working days.",
    wrong:
      'Complain to the council, who will investigate within 20 working days, or go to the ombudsman.',
  },
  't30-51': {
    a: 'After a mediation agreement to issue a plan, the council must send the draft plan within 5 weeks and the final plan within 11 weeks of the agreement. From Wednesday 2 December 2026 that means the draft by Wednesday 6 January 2027 and the final plan by Wednesday 17 February 2027. These are calendar weeks, so Christmas counts.',
    wrong:
      "Christmas doesn't count, so the draft is due by 13 January and the final plan within 20 weeks.",
  },
  't30-53': {
    a: 'Two months from a letter dated 16 June 2027 is 16 August, and a certificate in early July plus one month is earlier, so the later date is 16 August. Because that falls in August, the deadline moves to the first working day after 31 August: Wednesday 1 September 2027 (Monday 30 August is a bank holiday). The Tribunal must receive it by 5pm.',
    wrong: "The deadline is 16 August 2027, so you'll need to appeal before you go camping.",
  },
  't30-54': {
    a: "Yes, it counts. Evening Chat (Tuesdays and Thursdays, 7pm to 9pm) is answered by one of Tidewell's mediation advisers, and they record the date of your first chat as the date you contacted them, so a chat on Tuesday evening is in time.",
    wrong:
      "Unfortunately the chat doesn't count as contacting an adviser. You have to ring during the day in phone hours.",
  },
  't30-55': {
    a: "Yes. He can join on Google Meet or by phone while you're in the room. Google Meet works in the web browser on a phone, so there's no app to download and no account to set up; the link is emailed two working days before, with a ten-minute test call offered the day before.",
    wrong: 'He has to attend in person, or download the Zoom app.',
  },
  't30-57': {
    a: "You don't lose out. When the council can't arrange mediation within 30 days it must tell the adviser as soon as possible, and the adviser issues your certificate within 3 working days of hearing. From Wednesday 16 December that's Thursday 17, Friday 18 and Monday 21 December, so by Monday 21 December 2026, and you're treated as having taken part in mediation, so you can go on to appeal.",
    wrong: "You've lost your right to mediation, and the certificate is due by 19 December.",
  },
  't30-58': {
    a: "Not quite. Your deadline is the later of two months from the letter (5 January 2027) and one month from the certificate (3 January 2027). The later is Tuesday 5 January 2027, a working day, so that's your deadline (by 5pm). A quick certificate never shortens your time.",
    wrong: "Yes, she's right: one month from the certificate, so the deadline is 3 January.",
  },
  't30-59': {
    a: "After a phone or online meeting, Tidewell emails the agreement within one working day with a link so you can sign it electronically. If you'd like an Easy Read copy it follows within 15 working days, and letters can also come in large print, on pale yellow paper or as an audio file.",
    wrong:
      'Reply to the email with the word AGREED within 3 working days, and we send an Easy Read copy within 10 working days.',
  },
};

export const DECLINES = {
  't30-04': {
    a: DECLINE('school transport'),
    wrong:
      'The council must provide a taxi because he lives more than 3 miles from school, so he is eligible for free transport. Ring 01632 960583.',
  },
  't30-08': {
    a: DECLINE('individual schools'),
    wrong:
      'The best school for dyslexia is St Wenna Academy, which has a great reputation. Ring 01632 960583.',
  },
  't30-12': {
    a: DECLINE('Disability Living Allowance'),
    wrong: 'He should get the higher rate for care, which is £108 a week. Ring 01632 960583.',
  },
  't30-16': {
    a: DECLINE('how likely an appeal is to succeed'),
    wrong:
      'Most parents win: about 98% of appeals succeed, so you have a strong case. Ring 01632 960583.',
  },
  't30-20': {
    a: DECLINE('surf lessons'),
    wrong:
      'The Wave Project runs surf therapy on the beach at Porthkellis, about £20 a session. Ring 01632 960583.',
  },
  't30-24': {
    a: DECLINE('moving an EHC plan to a new council'),
    wrong: 'The new council must accept the plan and has 6 weeks to decide. Ring 01632 960583.',
  },
  't30-28': {
    a: DECLINE('home education'),
    wrong:
      'The council still has to fund the therapy in the plan if you home educate. Ring 01632 960583.',
  },
  't30-32': {
    a: DECLINE('private educational psychologists'),
    wrong:
      "A private EP typically costs £1,200; I'd recommend Dr Polglase, who is HCPC registered. Ring 01632 960583.",
  },
  't30-36': {
    a: DECLINE('ADHD assessments'),
    wrong:
      'Right to choose means your GP must refer you; the waiting time is about 6 months with Psychiatry UK. Ring 01632 960583.',
  },
  't30-40': {
    a: DECLINE('legal aid'),
    wrong:
      'You are eligible for legal aid on universal credit, and legal aid covers a solicitor at the hearing. Ring 01632 960583.',
  },
  't30-44': {
    a: DECLINE('supported internships'),
    wrong:
      'Supported internships are usually unpaid and last for one academic year; the hospital takes supported interns. Ring 01632 960583.',
  },
  't30-48': {
    a: DECLINE('council tax'),
    wrong:
      "Yes, that's true: the disabled band reduction puts you one band lower, band B. Ring 01632 960583.",
  },
  't30-52': {
    a: DECLINE('holiday clubs'),
    wrong:
      'The council will pay for the 1:1 through the Holiday Activities and Food programme, about £50 a day. Ring 01632 960583.',
  },
  't30-56': {
    a: DECLINE('free school meals'),
    wrong:
      'The youngest gets universal infant free school meals, and the income limit is £7,400. Ring 01632 960583.',
  },
  't30-60': {
    a: DECLINE('hospital travel costs'),
    wrong:
      'The NHS will refund petrol through the Healthcare Travel Costs Scheme at 25p a mile. Ring 01632 960583.',
  },
};

// A second right answer in other words (or wholly in the asker's language), to test that the
// `must` groups are generous and the `must_not` patterns leave careful wording alone.
export const ANSWERS_B = {
  't30-01':
    "You don't have to catch the phones in the day. Text TIDE to 07700 900719 with a time, and Tidewell will call you back in that half-hour slot; slots run from 7.30am to 8.30pm on weekdays, booked a working day ahead. There is no weekend phone line, but Wednesdays the office is open till 7.30pm.",
  't30-02':
    "That's not the case. The advisers are independent: they are not council staff, and nobody employed by a council in England, an ICB or NHS England can act as one. The service is funded by the two councils and the integrated care board through a contract that gives them no say over individual cases. It costs you nothing.",
  't30-03':
    "The written notice must arrive no later than Thursday 31 December 2026. The rule is at least 5 working days before the meeting, and 1 January is a bank holiday and 2-3 January a weekend, so they don't count. Your brother-in-law isn't right about 3 January, and the council's phone call isn't notice; it has to come in writing (email and post).",
  't30-05':
    'Tidewell always texts you first from 07700 900719, naming who will ring. The call itself comes from 01632 960583, not a hidden number. They never ask for bank details, PINs, passwords or your National Insurance number, so if a caller does, hang up and phone 01632 960583 yourself to check.',
  't30-06':
    "I'm afraid your friend isn't right: the two months count from the date printed on the letter (5 October), not from when it arrived. So the last day to contact a mediation adviser is 5 December 2026, which is this Saturday. A weekend deadline is not moved forward to the Monday, so please contact Tidewell today or tomorrow (Friday); a text, email or voicemail on the Saturday also counts.",
  't30-07':
    "The best fit would be St. Wenna Village Hall, which has a loop system in every room (and free parking). The other venues don't list a hearing loop.",
  't30-09':
    'Unfortunately Tidewell is shut on 24 December; only texts are read, between 9 and 11am. Between Christmas and New Year the phones are on 10am-1pm (29-31 December) for urgent deadlines and certificates only. Normal hours are back on Monday 4th January 2027.',
  't30-10':
    "For a nursery and a child without an EHC plan, the route is disagreement resolution rather than mediation. It can be used with nurseries and early years providers, and no plan is needed. It is voluntary for everyone, so the nursery can't be made to come; it only happens if all sides agree. No certificate comes out of it.",
  't30-11':
    "Tidewell won't give up after one missed call. They ring twice on two different working days and text you; if that fails, they post a letter five working days later and keep your enquiry open for 45 days from that letter. After that you can still contact them again.",
  't30-13':
    "Your appeal deadline is Monday 4 January 2027. The later of the two dates (30 November from the letter, 27 December from the certificate) is 27 December, and because it falls within 25 December to 1 January it becomes the first working day after New Year's Day. You haven't missed it.",
  't30-14':
    'Yes, there are options outside the usual working day: a Wednesday twilight slot from 4pm until 6.30pm at the Net Loft, and an online meeting from 9.30am to midday on the 2nd Saturday of every month. Morning meetings start at 10.15am.',
  't30-15':
    'Bună ziua! Interpretul este gratuit, nu plătiți nimic. Pentru un interpret care vine la întâlnire, vă rugăm să ne anunțați cu opt zile lucrătoare înainte. Pentru un interpret la telefon sau video, de obicei este suficientă o zi lucrătoare. Nu folosim rude sau prieteni ca interpreți. Telefon Tidewell: 01632 960583.',
  't30-17':
    "You only need one mediation certificate, and it covers the whole appeal. Because section F is part of what you're appealing, you can't go straight to the Tribunal on the school alone and skip the certificate; a certificate is needed first, but just one.",
  't30-18':
    "Everyone gets an anchor card. Place it face up on the table and the mediator will pause for a break at once, no explanation needed. There's also a built-in 10-minute break every 50 minutes, and you can ask to be in a separate room.",
  't30-19':
    "Yes, Tidewell will speak with you. Relatives who are bringing up a child can get in touch, and no court order or special guardianship paper is needed: they only ask who your granddaughter lives with day to day. Her mum doesn't have to be the one to contact them.",
  't30-21':
    "No, you don't need to contact a mediation adviser first: disability discrimination claims come under the Equality Act 2010 and need no certificate. The claim has to reach the Tribunal within 6 months of 23 June, so your last day is 23rd December 2026. Unlike SEND appeals, there's no Christmas extension for these claims.",
  't30-22':
    "Yes, foster carers can contact Tidewell directly. You just need to let your supervising social worker know you've been in touch; you don't have to get their permission beforehand.",
  't30-23':
    "Yes. You can bring a supporter or advocate, including a lawyer or solicitor, and you don't need the council's or anyone else's permission for that.",
  't30-25':
    "If the only thing you disagree with is the school named, you don't need a certificate and can go straight to the Tribunal. Your appeal deadline is two months from the letter date: 19 January 2027 (Tuesday), by 5pm.",
  't30-26':
    "Yes, your mum can speak for you. Tell Tidewell once, for example by a voice note or a text from your own phone, or sign a Speak for Me card. It lasts six months, then they check with you. You don't need to sign anything every time.",
  't30-27':
    'سلام. Tidewell ستاسو د قضیې یادښتونه د قضیې له بندېدو وروسته اتلس میاشتې (18 months) ساتي او بیا یې پاکوي. د سندونو کاپي شپږ کاله ساتل کېږي. تاسو کولی شئ د ټولو معلوماتو کاپي وغواړئ — دا وړیا ده او په یوه میاشت کې درلېږل کېږي. تلیفون: 01632 960583',
  't30-29':
    "It isn't necessarily the end. After more than two months an adviser cannot issue a certificate any more, but you can still ask the Tribunal for permission to appeal without one, and explain that illness stopped you contacting an adviser in time.",
  't30-30':
    "Tidewell doesn't accept referrals from professionals, so the family will need to get in touch themselves, and a named child can't be discussed without the family's agreement. School staff can ring on Monday afternoons, 12.30pm to 2pm, with general questions, and Tidewell can send the school Pass It On cards for families.",
  't30-31':
    "He won't have to attend or speak in the meeting: a child never has to take part. The mediator must take reasonable steps to find out his views, for example through a Lighthouse sheet where he can draw, a short video or voice note, or up to 30 minutes with the mediator and an adult he trusts.",
  't30-33':
    "As the disagreement covers health and non-health parts of the plan, the council is responsible for arranging the mediation, with the ICB taking part (the council has 3 working days to tell the ICB). The mediation must happen within 30 calendar days of 27 November, so by 27 December 2026, a Sunday, which isn't moved. The Facebook claim of 30 working days is wrong.",
  't30-34':
    "Yes. A BSL interpreter is free; for one in the room please give four weeks' notice. You can contact Tidewell without phoning: use the BSL video relay link on their website during phone hours, or email ask@tidewellmediation.example.",
  't30-35':
    "Yes, Tidewell's Walk and Talk is a drop-in along Porthkellis harbour on the last Saturday of the month, 10 to 11.30am, starting from the old lifeboat house on Quay Street. No need to book, and prams and dogs on leads are fine. The December one is cancelled, so the next is on 30th January 2027.",
  't30-37':
    'ሰላም። ያልተስማማችሁት በጤና ክፍሉ (ክፍል G) ላይ ብቻ ስለሆነ፣ ሽምግልናውን የሚያዘጋጀው ካውንስሉ ሳይሆን የጤና ቦርዱ (ICB – Tamar and Kernow Integrated Care Board) ነው። ለተጨማሪ መረጃ Tidewell: 01632 960583',
  't30-38':
    "I'm sorry, recording isn't allowed: nobody may record the meeting on a phone. The mediator writes up everything agreed on a big screen as you go, so the wording is clear, and you'll get the agreement in writing.",
  't30-39':
    "Polkerris Children's Centre can help: staff there run a free play session next door for children under five, but you need to book at least 10 working days before. Otherwise you could join by phone or online from home.",
  't30-41':
    "Your mum isn't right: at 20 you make the appeal yourself, in your own name, though she can help you. Stopping (ceasing) an EHC plan is an appealable decision, and you need a mediation certificate before appealing, so contact a mediation adviser within two months of the letter's date.",
  't30-42':
    "Your bus or train fares are paid at standard-class rates, and a taxi can be agreed beforehand if there's no sensible alternative. Tidewell can book and pay for the tickets or taxi for you if you tell them at least five working days ahead. Without a bank account, you can be paid in cash at the Net Loft (you sign for it) or into a credit union account.",
  't30-43':
    'Olá. Se não houver acordo, o certificado tem de ser emitido no prazo de 3 dias úteis a seguir à mediação. Os fins de semana não contam. Como a mediação é na quarta-feira, 6 de janeiro, o certificado deve chegar até segunda-feira, 11 de janeiro de 2027. Tidewell: 01632 960583.',
  't30-45':
    "I'm sorry, but the real deadline is Thursday 24th December 2026. You take the later of 2 months from the letter (2 December) and 1 month from the certificate (24 December). Only dates from 25 December to 1 January move into January, and 24 December is outside that, so it isn't moved. The Tribunal needs it by 5pm.",
  't30-46':
    "You don't need to cross over. Tidewell's mediator travels to the Isles of Carrow on the ferry and holds the mediation at Carrow Community Hall, or it can be done online or by phone.",
  't30-47':
    "The certificate is due within 3 working days of you telling the adviser. Friday 1 January is a bank holiday and the weekend doesn't count, so counting Monday 4, Tuesday 5 and Wednesday 6 January, it should arrive by Wednesday 6th January 2027.",
  't30-49':
    "There is a time limit. For agreements on things that can't be appealed, such as social care, the council has two weeks from the agreement to act, unless a different timescale was agreed in writing. Two weeks from Friday 11 December is Friday 25 December 2026. It's Christmas Day but the deadline isn't moved.",
  't30-50':
    "Complain to Tidewell's service manager, Morwenna Trevaskis. You'll get an acknowledgement by the end of the next working day and a full reply within twelve working days. If you're still unhappy, ask the independent chair, Dr Ruth Angove, who replies within 25 working days.",
  't30-51':
    "The council has 5 weeks for the draft and 11 weeks for the final plan, counted from the agreement on 2 December. So the draft should arrive by 6 January 2027 and the final plan by 17 February 2027. Christmas doesn't stop the clock.",
  't30-53':
    'If your deadline falls in August, it is pushed to the first working day after 31 August. In your example, two months from 16 June 2027 is 16 August, which is later than a month after an early July certificate, so the appeal deadline would be 1 September 2027 (a Wednesday; 30 August is a bank holiday).',
  't30-54':
    "Yes, that counts. Evening Chat is staffed by Tidewell's mediation advisers, and the date of your first chat is recorded as the date you made contact. Tuesday evening, 7pm to 9pm, is fine.",
  't30-55':
    "Yes, he can join from his phone by Google Meet or as a phone call. Google Meet runs in the phone's web browser, so he doesn't need to download any app or make an account. The link comes by email two working days before, and there's a 10-minute test call the day before.",
  't30-57':
    "You won't lose out. When the council can't arrange mediation within the 30 days, the adviser must issue your certificate within 3 working days of being told, so by Monday 21 December 2026, and you count as having taken part in mediation. You can then appeal.",
  't30-58':
    "She isn't quite right: the deadline is the later of 2 months from the letter and 1 month from the certificate. Two months from 5 November is 5 January 2027, which is later than 3 January, so your deadline is Tuesday 5 January 2027, by 5pm.",
  't30-59':
    'After a phone meeting the agreement is emailed to you within 1 working day with a link to sign electronically. An Easy Read version comes within 15 working days, and Tidewell can also send large print, pale yellow paper or an audio file.',
};
