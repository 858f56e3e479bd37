// Three answers for every question, used by check.mjs to test the questions themselves:
//   a      the right answer in the page's own words (it quotes the page)
//   b      the right answer in other words (or in the asker's language)
//   wrong  a plausible wrong answer: outside knowledge, a nearby page fact that does not apply,
//          or the usual date slip. It carries the same (right) citations, so it must fail on
//          `must` or `must_not` alone.
// check.mjs adds the citations (the page sentences around each cite phrase).

const TEL = '01223 496 0472';

// a right answer to a question the pages do not cover
const declineA = (topic) =>
  `Fenreach's published pages don't cover ${topic}, so I can't give you a reliable answer from them. Please ring Fenreach SEND Mediation on ${TEL} (or send a WhatsApp to 07700 900815) and an adviser can point you to the right people.`;
const declineB = (topic) =>
  `Sorry, the Fenreach guidance says nothing about ${topic}. The team may know who to ask: call +44 1223 496 0472 or email hello@fenreachmediation.example.`;

export const ANSWERS = {
  't28-01': {
    a: 'Yes. On Tuesday and Thursday the phones are answered from 12 noon to 8pm, our late line for people who work days. You can also send a WhatsApp at any time.',
    b: "Ring on a Tuesday or a Thursday afternoon or evening, any time up to eight o'clock, after your shift ends.",
    wrong: 'Our phones are open every evening until 8pm, and on Saturdays from 9am.',
  },
  't28-02': {
    a: 'Ousefen County Council, Breckmere Council and the Ouse and Saltings Integrated Care Board pay for Fenreach, but they have no say over what we tell you. Our advisers and mediators work for the charity alone, and families never pay us anything.',
    b: 'The councils and the ICB fund the service, but we are independent: they cannot tell us what to say, and none of our staff works for them.',
    wrong: "Yes, we're run by the council's SEND team, so we do follow its line.",
  },
  't28-03': {
    a: 'Your sister is wrong: the latest is Wednesday 30 December 2026. The written notice has to reach you at least 5 working days ahead of the meeting, and Saturdays, Sundays and bank holidays are skipped when you count those 5 days. Counting back from Thursday 7 January: Wednesday 6, Tuesday 5, Monday 4 January, then (skipping the weekend and 1 January) Thursday 31 and Wednesday 30 December.',
    b: 'Only weekends and the bank holidays (25 and 28 December, 1 January) are left out; the other days between Christmas and New Year are working days. Five working days back from 7 January is 30/12/2026.',
    wrong:
      "Your sister's right: the Christmas fortnight doesn't count, so the deadline is 24 December.",
  },
  't28-04': {
    a: declineA('ear defenders or ear protection for children'),
    b: declineB('ear defenders for fireworks'),
    wrong:
      'Go for the big over-ear ones with an SNR of about 25dB; foam plugs are hard for small ears.',
  },
  't28-05': {
    a: "Before we talk about your child we always check two things: the child's first name and your postcode. We will never ask for bank details, a password or a payment over the phone. If a caller does, put the phone down and ring us back on 01223 496 0472.",
    b: "We only ask for your child's first name and your postcode. Anyone asking for bank details is not us: hang up and ring us back on 01223 496 0472.",
    wrong:
      'We ring from a withheld number for privacy, and we may ask for your bank details to pay expenses.',
  },
  't28-06': {
    a: 'Your last day is Sunday 28 February 2027. You have two months from the date on the letter, and where the later month is too short to have that date, your last day is the final day of that month. If it falls on a weekend it is not carried forward, so it stays on 28 February.',
    b: "It's 28/02/2027, the end of February, because February 2027 has no 31st. Two months isn't 60 days, and the date doesn't roll on to the Monday, so contact us before then.",
    wrong: 'Your brother-in-law is right: 2 months is 60 days, so the deadline is 1 March 2027.',
  },
  't28-07': {
    a: 'Hollowdyke Methodist Schoolroom has an accessible toilet with a hoist and a changing bench, and the number 46 bus stops outside. At the Old Granary everything is at ground level and step-free too.',
    b: 'Choose the Hollowdyke Methodist Schoolroom: its accessible toilet has a hoist and a changing bench for a personal care change.',
    wrong: "We'll hold it at your child's school, which has a Changing Places toilet.",
  },
  't28-08': {
    a: declineA('adapted bikes or trikes and grants for them'),
    b: declineB('adapted tricycles'),
    wrong:
      'Apply to the Family Fund or Newlife for a grant, and try one first at a Wheels for All session.',
  },
  't28-09': {
    a: 'A message left after 1pm, or over a weekend, is returned by 1pm on the following working day, so you should hear from us by 1pm today.',
    b: "As you rang in the evening, expect our call before one o'clock today. If it has not come by then, ring 01223 496 0472.",
    wrong: 'We aim to call back within 48 hours.',
  },
  't28-10': {
    a: 'That would be disagreement resolution, not mediation. It can be used whether or not there is an EHC plan, against any setting including a nursery or pre-school. But nobody can be made to come: it only goes ahead if everyone involved says yes, and it never produces a certificate.',
    b: "The route is disagreement resolution, which doesn't need a plan. It's voluntary for everyone, so the playgroup can decline to come.",
    wrong:
      "Yes, that's mediation, and the playgroup has to attend; she'll get a certificate afterwards.",
  },
  't28-11': {
    a: 'If we cannot get hold of you, we try twice more on different days and at different times. After that we send a WhatsApp or a text, and if seven working days go by without a reply we write to you by post. Your enquiry stays open for six months.',
    b: "Don't worry: we ring two more times at different times, then send a text or WhatsApp, then a letter, and your enquiry stays open for 6 months.",
    wrong:
      "We only try once; if you miss it your enquiry is closed straight away and you'll have to ring us back.",
  },
  't28-12': {
    a: declineA('railcards or travel discounts'),
    b: declineB('the Disabled Persons Railcard'),
    wrong: 'Yes, you qualify with an EHCP: the railcard costs £20 a year and gives a third off.',
  },
  't28-13': {
    a: "The deadline is Monday 4 January 2027. Use the later of the two: the letter gives 28 November, the certificate gives Sunday 27 December. That is inside the Christmas stretch, so the deadline is the first working day once New Year's Day has passed. The Tribunal must have it by 5pm.",
    b: 'Your friend is wrong about the 28th, which is a bank holiday inside the Christmas window anyway. The appeal is due by 5pm on 04/01/2027.',
    wrong: "Your friend's right: the deadline is 28 December.",
  },
  't28-14': {
    a: 'Tuesday 29 to Thursday 31 December: phones off, but WhatsApp and email are checked at 11am each day. So send us a message and we will pick it up that morning.',
    b: 'Nobody answers the phone that week, but send a WhatsApp or an email: someone reads them at eleven each morning from the 29th to the 31st.',
    wrong: 'The phones are open as normal on 29, 30 and 31 December, late line included.',
  },
  't28-15': {
    a: 'You can just bring him. You can bring a supporter or an advocate. Nobody else has to agree to that, and your supporter can be a solicitor if you like.',
    b: 'No permission needed: a supporter is your choice, and a lawyer is fine.',
    wrong: "You need the council's agreement first; if they object, the mediator decides.",
  },
  't28-16': {
    a: declineA('tongue-tie treatment or waiting times'),
    b: declineB('tongue-tie operations'),
    wrong: 'Ask your health visitor for a referral; the wait for a frenotomy is usually 4 weeks.',
  },
  't28-17': {
    a: 'Yes, you need a certificate, but just one. Section I together with section B or F: yes, a single certificate for the lot. One conversation with an adviser covers every part of the decision, so you will not be asked to collect several certificates.',
    b: 'Because the appeal is about section F as well as the school, you do need to speak to an adviser first. One certificate covers both.',
    wrong:
      'School appeals skip mediation, so you can go straight to the Tribunal with no certificate.',
  },
  't28-18': {
    a: 'On the table there is a smooth grey pebble. Pick it up or slide it towards the mediator whenever you need to stop, and we pause there and then, no explanation needed. We call it the pause pebble.',
    b: 'Just pick up the pebble on the table or push it across, and everyone stops. You do not have to say a word.',
    wrong: 'Raise your hand and tell the mediator you need a break.',
  },
  't28-19': {
    a: "Yes, we'll talk to you. For school matters the law treats anyone who looks after a child day to day as a parent, so no court order or guardianship paper is needed.",
    b: "No papers are needed: you're bringing her up, so you count as her parent for this.",
    wrong: "You'd need a special guardianship order first, otherwise it has to be her mum.",
  },
  't28-20': {
    a: declineA('music therapy'),
    b: declineB('music therapy on the NHS'),
    wrong: 'Private music therapy costs about £50 a session; look on the BAMT website.',
  },
  't28-21': {
    a: "You don't need a certificate: a discrimination claim is made under the Equality Act 2010, so it needs no mediation certificate. You have six months, so your deadline is Thursday 24 December 2026. Since July 2020 there is no extra time for Christmas, so it stays on Christmas Eve.",
    b: 'No certificate needed, and no Christmas extension for these claims. Six months from 24 June is 24/12/2026, Christmas Eve.',
    wrong:
      "You're right: with Christmas you get extra time, and the deadline is 4 January 2027. You need a certificate first.",
  },
  't28-22': {
    a: "Yes, foster carers can ring us themselves. We will ask you to tell the child's social worker that you have been in touch, because the council usually shares parental responsibility and may need to be part of any decision.",
    b: 'You can call us yourself; just let his social worker know you have done so.',
    wrong: 'It has to go through his social worker; only the council can contact us.',
  },
  't28-23': {
    a: 'Sorry, no recordings of any kind, by anyone. We write the main points up on a flipchart as we go, and you can take a photo of the final sheet.',
    b: "You can't record it, but the mediator writes the key points on a flipchart and you can photograph the last page to take home.",
    wrong: 'Yes, go ahead and record it, and we will email you a recording as well.',
  },
  't28-24': {
    a: declineA('Makaton courses'),
    b: declineB('Makaton classes for grandparents'),
    wrong: 'The Makaton Charity runs an online course for about £40; it is not free.',
  },
  't28-25': {
    a: 'No, go straight to the Tribunal: an appeal only about section I, including no school named, does not need a certificate. Your deadline is Tuesday 22 December 2026, two months from the letter. That is an ordinary working day that stays where it is, so Christmas does not push it into January.',
    b: 'No certificate is needed for this. The appeal is due by 5pm on 22/12/2026; it does not move.',
    wrong: 'You need a certificate first, and Christmas pushes the deadline to 4 January 2027.',
  },
  't28-26': {
    a: 'As he is over compulsory school age he deals with this in his own name, so we need him to say so himself. He only has to tell us once by phone, WhatsApp or a signed slip, and that stands until he tells us otherwise.',
    b: "Yes, we need his say so, because at 17 it's his case. A signed slip or a quick WhatsApp from him once is enough.",
    wrong: 'You can just ring for him; no need to ask him.',
  },
  't28-27': {
    a: "An interpreter costs you nothing, in any spoken language. Please give us seven working days' warning for a meeting in a room, and three working days for a video meeting. We never ask a child or a family member to interpret.",
    b: 'மொழிபெயர்ப்பாளர் இலவசம், நீங்கள் பணம் கட்ட வேண்டாம். அறையில் நடக்கும் கூட்டத்திற்கு ஏழு வேலை நாட்கள் முன்பே எங்களிடம் சொல்லுங்கள். 01223 496 0472',
    wrong:
      'You have to pay for the interpreter, or bring a relative to interpret, with 10 working days notice.',
  },
  't28-28': {
    a: declineA('insoles or orthotics'),
    b: declineB('toe walking'),
    wrong: 'Buy them online; an orthotist on the NHS takes too long.',
  },
  't28-29': {
    a: 'Because the two months from 20 September have run out, we cannot give you a certificate. That is not the end: you can still ask the Tribunal to let you appeal without one, and we can explain how.',
    b: 'The adviser window has closed, so no certificate now. But you have not lost the appeal: ask the Tribunal for permission to appeal anyway.',
    wrong: "Yes, you've lost the chance to appeal; you can no longer appeal at all.",
  },
  't28-30': {
    a: 'We are happy to explain how mediation works in general and to send posters and leaflets for the staff room, but we can only talk about a particular pupil once the family has contacted us and agreed. Each term there is a free online briefing for school staff, Fenreach in Twenty.',
    b: 'General information yes, her case no, until the family has been in touch with us and agreed. Ask about our termly staff briefing.',
    wrong: "Yes, of course we can discuss her case with you; ring us with the child's name.",
  },
  't28-31': {
    a: 'A meeting lasts two and a half hours at most. We stop for a break every 45 minutes, and if there is more to sort out we book another session rather than keep going.',
    b: 'At most 2.5 hours, with a break every forty-five minutes; if you need to stop, we book another session.',
    wrong: 'Meetings last up to three hours with a ten-minute break every hour.',
  },
  't28-32': {
    a: declineA('allergy testing or eczema'),
    b: declineB('allergy tests'),
    wrong: 'Ask your GP to refer her to dermatology for skin prick tests.',
  },
  't28-33': {
    a: 'As only health is in dispute, the integrated care board arranges it. It must happen within 30 days of the ICB being told, which is Sunday 27 December 2026. These are calendar days, weekends and bank holidays included, and the date is not pushed on.',
    b: 'The ICB organises it, and the 30 days are calendar days, not working days: the last date is 27/12/2026.',
    wrong: 'The council arranges it within 30 working days, so by 11 January 2027.',
  },
  't28-34': {
    a: 'Yes. You get your bus fares back, and £5.35 an hour for each child for childcare. Claim on our form FX1 within six weeks of the meeting.',
    b: 'The bus money and the babysitter are paid back: the babysitter at 5.35 pounds an hour for each child. Send the FX1 form in the 6 weeks after the meeting.',
    wrong: 'Childcare is not paid; you have to pay it yourself.',
  },
  't28-35': {
    a: 'Fen Kettle is on the first Monday of every month from 10am to 12 noon, no need to book. The next one is Monday 7 December 2026. There is no session in January, so after that it is Monday 1 February 2027.',
    b: 'Come along on 7 December between ten and twelve. None in January; the one after is 1 February 2027.',
    wrong: 'Yes, there is one in January, on the third Wednesday; please book ahead.',
  },
  't28-36': {
    a: declineA('phone contracts'),
    b: declineB('mobile phone deals'),
    wrong: 'Yes, there are: try giffgaff or VOXI, which let you set a spend cap.',
  },
  't28-37': {
    a: 'No appeal, but mediation is still available. Section G (health) or H (social care) on its own cannot go to the Tribunal, but you can still ask for mediation about it.',
    b: 'Hapana, sehemu H peke yake haiwezi kukatiwa rufaa kwa Tribunal. Lakini mediation bado inawezekana kwa mtoto wenu, na hiyo ni bure. Piga simu 01223 496 0472.',
    wrong: 'Yes, you can appeal section H to the Tribunal; no mediation is possible.',
  },
  't28-38': {
    a: 'No, he never has to come. The mediator must make reasonable efforts to learn what the child thinks, so we send children a stamped Postcard to the Mediator to fill in or draw on, or he can send a voice note or video.',
    b: 'Не, той не е длъжен да идва на срещата. Ще му изпратим пощенска картичка, на която да напише или нарисува какво мисли. Може и гласово съобщение.',
    wrong: 'He has to come to the meeting so the mediator can hear him.',
  },
  't28-39': {
    a: 'Yes. We can send any of our letters in large print or Easy Read, or read aloud as a WhatsApp voice note.',
    b: 'We can record our letters as a voice note for you to listen to, or send them in Easy Read.',
    wrong: 'We only send paper letters, but we can print them on cream paper.',
  },
  't28-40': {
    a: declineA('bed-wetting alarms'),
    b: declineB('bedwetting'),
    wrong: 'Yes, they work: ask the Bladder and Bowel service, or ERIC sells one for £40.',
  },
  't28-41': {
    a: 'Yes, you can do it yourself. Once over compulsory school age you make these decisions, and any appeal is in your own name. The council ending the plan is a decision that needs a certificate first, so you do need to speak to a mediation adviser before appealing.',
    b: 'It is your appeal, in your name, and your parents do not have to be involved. You need our certificate first.',
    wrong:
      'Your parents have to appeal for you, and you can go straight to the Tribunal with no certificate.',
  },
  't28-42': {
    a: 'Yes. No bank account? We text you a PayPoint code that you can swap for cash at a local shop.',
    b: 'You can still be paid: we send a code by text and you collect the cash from a shop with PayPoint.',
    wrong: 'You need a bank account; otherwise we send a cheque.',
  },
  't28-43': {
    a: 'Your mediation certificate goes out within 3 working days of the meeting ending, whether or not you agree. From Tuesday 22 December the working days are 23 and 24 December and, after the bank holidays on 25 and 28 December and the weekend, Tuesday 29 December 2026.',
    b: 'Uiterlijk dinsdag 29 december 2026: 3 werkdagen na de mediation. Eerste en tweede kerstdag (25 en 28 december) tellen niet mee, 24 december wel. Het duurt dus niet tot januari.',
    wrong: "Your husband's right: the deadline is 4 January 2027.",
  },
  't28-44': {
    a: declineA('communication apps or funding for them'),
    b: declineB('AAC apps'),
    wrong: 'Proloquo2Go is best; it costs about £250 and school can claim it back.',
  },
  't28-45': {
    a: 'Your deadline is Monday 21 December 2026. The later of the two dates is Saturday 19 December (certificate plus one month). It is not in the Christmas stretch, so move it on to the next working day. Never move it backwards, so Friday 18 December is not the deadline, though sending it early is fine.',
    b: 'The 19th is a Saturday, so the date goes forward to Monday 21/12/2026, by 5pm.',
    wrong: 'Yes, it moves back to Friday 18 December.',
  },
  't28-46': {
    a: 'Tell our service manager, Rosalind Thurlow. She will acknowledge your complaint within 3 working days and send a full reply within 15 working days. If that does not put things right, a trustee can look at it again.',
    b: 'Complain to Rosalind Thurlow, the service manager: she replies within three working days to say she has it, and in full within fifteen working days.',
    wrong: "Complain to the council's SEND team; they reply within 20 working days to reply.",
  },
  't28-47': {
    a: 'The certificate must reach you by Wednesday 30 December 2026: within three working days, counted from the day you tell us (Thursday 24, Tuesday 29 and Wednesday 30 December). There is no need to sit through a meeting.',
    b: 'You get a certificate without a meeting. Three working days from 23 December is 30/12/2026; Christmas Eve and the days after the bank holidays count.',
    wrong:
      'You have to attend a mediation meeting first, and the certificate is due by 4 January 2027.',
  },
  't28-48': {
    a: declineA('football teams for disabled children'),
    b: declineB('Sunday league football'),
    wrong: 'Yes, there are frame football teams run by the FA; ask the local county FA.',
  },
  't28-49': {
    a: "Health and social care can't be appealed on their own, so they must do it within 2 weeks of the agreement, unless you all agree another time in writing. From Wednesday 16 December that is Wednesday 30 December 2026; Christmas counts.",
    b: 'They have two weeks, holidays included, so by 30/12/2026.',
    wrong: "The nurse is right, Christmas doesn't count, so they have until 13 January 2027.",
  },
  't28-50': {
    a: 'We keep your case notes for three years after our last contact with you, so we should still have them. Ask in writing or by WhatsApp and we will send a copy free of charge within one month.',
    b: 'Yes, notes are kept for 3 years, and a copy is free; you will have it within a month of asking.',
    wrong: 'Notes are kept two years after the case closes, and a copy costs a £10 fee.',
  },
  't28-51': {
    a: 'The final plan is due by Monday 1 March 2027. For a plan, the council gets a draft in 5 weeks, final in 11 weeks. These are calendar weeks from the day of the agreement, so Christmas and the holidays count.',
    b: 'Eleven weeks from 14 December, holidays included: 01/03/2027. The clock started on the day you agreed.',
    wrong:
      "The officer's right: the clock doesn't start till the new year, so 14 weeks from January.",
  },
  't28-52': {
    a: declineA('boat hire on the Broads'),
    b: declineB('accessible boats'),
    wrong: 'Yes, several yards do; try the Nancy Oldfield Trust. You need no licence.',
  },
  't28-53': {
    a: 'Her deadline would be Wednesday 1 September 2027. The later date is 20 August (the certificate plus a month). Any date in August means the deadline is the first working day of September, which is Wednesday 1 September.',
    b: 'Because 20 August falls in August, it moves to the first working day in September: 01/09/2027, by 5pm.',
    wrong: "Yes, she's right: the deadline is 20 August 2027.",
  },
  't28-54': {
    a: 'No. A voicemail, a WhatsApp, a text or an email sent before midnight on that day all count. Our answerphone and our inbox log the date and the minute a message arrives.',
    b: "You're fine: send us a WhatsApp or leave a voicemail on the 24th, any time up to midnight, and it counts.",
    wrong: "Yes, you're too late unless you ring us by 5pm on 23 December.",
  },
  't28-55': {
    a: 'The video meeting is on Webex, which opens in your browser, so nothing to download. We WhatsApp you the link two working days before, and the day before you can have a ten-minute practice call with us.',
    b: "Webex works in your phone's web browser: tap the link we send you two working days ahead. We'll do a practice call with you the day before.",
    wrong: 'You need to download the Zoom app and create an account first.',
  },
  't28-56': {
    a: declineA('head lice treatments'),
    b: declineB('nits'),
    wrong: 'Yes, try a dimeticone lotion from the pharmacy; no combing needed.',
  },
  't28-57': {
    a: 'No. The council has to let us know as soon as it can, and we send your certificate within three working days. The law then treats you as though you had taken part, so you can go on to appeal.',
    b: "You don't lose out: you get the certificate within 3 working days and count as having mediated.",
    wrong: 'Yes, you lose out: you have to wait and you get no certificate.',
  },
  't28-58': {
    a: 'Yes. If you would rather not be in the same room as the council officer, I can sit you in separate rooms and go back and forth between you.',
    b: 'You can be in separate rooms, with the mediator carrying messages back and forth between you and her.',
    wrong: 'You have to be in the same room, but you can bring a supporter.',
  },
  't28-59': {
    a: "Yes. On Thursdays there is also a video slot from 6pm to 8pm, which suits people who can't get time off.",
    b: 'Pick the Thursday evening video meeting, six till eight.',
    wrong: 'We hold Saturday meetings in person at the Old Granary.',
  },
  't28-60': {
    a: declineA('holiday cottages or grants for holidays'),
    b: declineB('accessible holidays'),
    wrong: 'Yes, there are: the Calvert Trust, and the Family Fund gives grants of about £500.',
  },
};
