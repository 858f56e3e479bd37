// Writes check/answers-a.jsonl: one right answer per question, written by hand, with citations whose
// quote is the passage of the named page around the first cite phrase. Proves the questions are satisfiable.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { pageTexts, pageTitle } from './strip.mjs';
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const qs = readFileSync(join(root, 'questions.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l));

const DECLINE = (topic) =>
  `Millbeck's pages don't cover ${topic}, so I can't answer that from them. Please ring Millbeck SEND Resolution on 0115 496 0583 (or text 07700 900417), and they can tell you who to ask.`;

const ANSWERS = {
  '01': "It's free. Millbeck is free for families and young people, and you will never be sent a bill, whether or not you reach an agreement. You don't need a solicitor to use it.",
  '02': "Millbeck is run by Larkmoor Families Trust, a registered charity. The two councils and the ICB pay for it under a contract, but they do not run it, and none of the mediators or mediation advisers works for either council, the ICB or NHS England. The mediator is independent: they don't take sides (not the council's and not yours) and won't tell you what to decide.",
  '03': "Yes, you can use the service. It is open to anyone with parental responsibility or who looks after the child day to day, and the page gives a grandparent raising a grandchild as an example. As the council has refused to change his plan after the review, contact a mediation adviser within 2 months of the date on the council's letter.",
  '04': "A refusal to assess is a decision you can appeal, so it follows the mediation route, not disagreement resolution. First ring 0115 496 0583 for a mediation information call with a mediation adviser, within 2 months of the date on the council's letter. After that you can choose mediation, or decline it and get a certificate so you can appeal.",
  '06': 'This sounds like support in the plan not being delivered, rather than a decision you can appeal, so disagreement resolution is usually the better fit. It is an informal meeting with an independent facilitator and can cover how a school or the council is carrying out its SEN duties. Everyone has to agree to take part. Your local SENDIASS can also help you raise it with the council.',
  '07': 'The health and social care parts of a plan cannot be appealed to the Tribunal on their own. What you can do is ask for mediation about the health part. If the disagreement is only about health, the ICB (the NHS integrated care board) arranges the mediation, and it must take place within 30 days of the ICB being told.',
  '08': 'No. A disability discrimination claim against a school does not need a mediation certificate, so you can go straight to the Tribunal. Such claims must be made within 6 months of what happened.',
  10: "No, you don't need to. If your appeal is only about the school or college named in the plan (or the type of school, or no school being named), you don't need a mediation certificate, so you can appeal without contacting an adviser. You can still choose mediation if you'd like.",
  11: "You have 2 months to contact a mediation adviser, and they run from the date on the council's decision letter: the date it was written, not the day it arrived in the post. So count from the date printed on the letter.",
  12: 'If you decide not to have mediation, Millbeck will send your mediation certificate within 3 working days of you telling them. You need the certificate to register your appeal.',
  14: 'The mediation must take place within 30 days of the council being told you want mediation. These are ordinary calendar days, not working days. If the council cannot manage that, it must say so and you get your certificate instead.',
  15: "You must be given at least 5 working days' notice of the date and venue, unless you agree to less. If you need longer to book time off, tell Millbeck when they contact you.",
  16: "You don't have to sit and wait. If the council cannot arrange mediation within 30 days, it must tell Millbeck as soon as possible, and Millbeck will then issue your certificate within 3 working days. You are treated as having taken part in mediation, so you can go ahead with your appeal.",
  18: "Your appeal must reach the SEND Tribunal by whichever is later: 2 months from the date on the council's decision letter, or 1 month from the date on your mediation certificate. It is one calendar month from the certificate, not 30 days.",
  19: "You don't lose it. If the last day falls in August, the deadline moves to the first working day after 31 August. Appeals must arrive by 5pm on that day.",
  20: 'A disability discrimination claim must be made within 6 months of the thing you are complaining about, and the August and Christmas extensions do not apply to disability discrimination claims.',
  22: 'When the council agrees to change what the plan says about needs or provision (sections B and F), it must do so within 5 weeks of the agreement, unless you agreed a different timescale in writing.',
  23: 'From the date of the agreement, the council must tell you within 2 weeks that it will assess. It must then either tell you within 10 weeks that it will not issue a plan, or issue the final plan within 14 weeks.',
  24: "Yes, you can. The service is open to anyone with parental responsibility or who looks after the child day to day, and foster carers are named. A decision to cease a plan can be appealed, so contact a mediation adviser within 2 months of the date on the council's letter.",
  26: "The social care part of a plan can't be appealed, and for agreements like that the council must act within 2 weeks of the agreement, unless a different timescale was agreed in writing.",
  27: "Yes, that's allowed. The usual time limit for changing the plan is 5 weeks, but the time limits apply unless you and the council agreed a different timescale in writing at the mediation, which is what you did.",
  28: "No, it's one mediation. When the disagreement is about health and other things too, the council arranges it and the ICB (the health side) takes part.",
  30: 'Yes. When a mediation is only about health and the ICB arranged it, the ICB must tell the council within 1 week of any agreement, so the plan can be updated.',
  31: "Millbeck cannot make the council carry out an agreement. You can write to your SEN caseworker at the council quoting the date of the agreement and the time limit, ask your local SENDIASS to help you follow it up, and use the council's complaints procedure if nothing happens.",
  32: "Talk to your mediator or ring Millbeck first. For a formal stage 1 complaint, write to the Service Manager at complaints@millbeck-send.example or by post: they acknowledge it within 3 working days and send a full reply within 15 working days. If you're still unhappy, stage 2 goes to the chair of trustees, who replies within 20 working days.",
  34: "Your case file is kept for 3 years after your case closes and is then securely deleted. Copies of certificates are kept for 6 years, and the mediator's handwritten notes are shredded at the end of the day. You can ask for a copy of what they hold by emailing data@millbeck-send.example.",
  35: 'What is said in mediation is confidential. Millbeck will not give the Tribunal any notes of what was said, and your certificate does not say what was discussed.',
  36: 'Mostly it stays confidential, but there are limits. Millbeck must share information if they believe a child or adult is at risk of serious harm, if they learn about a serious crime, or if a court orders it. In a safeguarding case they contact social care or the police, and they usually tell you first unless that would put someone at risk.',
  38: "Meetings are not recorded, by Millbeck or anyone else, so you can't record it on your phone. Instead you can bring a supporter to take notes for you, and you will get a written copy of anything agreed.",
  39: 'Yes. Millbeck can book a professional interpreter (translator) for any language, free of charge, so you do not pay. Tell them at least 5 working days before the meeting.',
  40: 'Tak (yes): this leaflet is available in Polish, as well as Urdu, Romanian, Punjabi and Arabic. Ask Millbeck for a copy.',
  42: "You don't need to find your own. Millbeck books qualified BSL/English interpreters at no cost to you. They can also arrange a lipspeaker or live speech-to-text.",
  43: 'Yes. Both venues have step-free access and an accessible toilet. The Spindle Street Centre in Hobbs Cross has free parking with two blue badge spaces by the entrance; the Riverside Rooms in Wellsby have a pay and display car park opposite.',
  44: "Yes. You can join by video link from home, or by phone if video doesn't suit you. Millbeck sends the link 2 days before and can do a test call first.",
  46: 'Meetings usually last up to 3 hours and start at 10am or 1.30pm, and you can ask for a break whenever you need one.',
  47: "Yes, you can. A young person over compulsory school age and under 25 can use the service in their own right, and it is your choice whether your parents are involved. A decision to stop a plan can be appealed, so contact a mediation adviser within 2 months of the date on the council's letter.",
  48: "Yes, you can bring her. A supporter can be a friend, a relative, an advocate or a lawyer, and you don't need the council's agreement to bring your supporter. She can speak for you if you want.",
  50: 'Yes. The council (or the ICB for health-only mediation) pays back 25p a mile if you drive. Ask for a claim form at the end of the meeting and send it back with receipts within 4 weeks.',
  51: 'There is no creche at either venue. But you can claim the cost of care for children you would normally look after, at up to £5.35 an hour per child.',
  52: 'Yes. Call or text Millbeck at least 2 working days before, and they will try to find a new date within the 30-day limit.',
  54: 'On Tuesdays the phone line stays open until 7pm. You can also text 07700 900417 or email help@millbeck-send.example, and messages left out of hours are answered within one working day.',
  55: 'The office is closed from 25 December to 1 January (and at weekends and bank holidays). Time limits keep running while they are closed, so get in touch early, before the break, if your 2 months are nearly up.',
  56: 'Yes: Wellsby SENDIASS (SEND Information, Advice and Support Service) gives free, impartial advice. A caseworker can help you get ready and may be able to come with you. Phone 0115 496 0874, text 07700 900652, or email advice@wellsby-sendiass.example.',
  58: "Millbeck cannot issue a certificate once the 2 months have passed. But it isn't too late for everything: you can ask the Tribunal for permission to appeal without a certificate, and you can still use disagreement resolution.",
  59: 'Yes. If you are the parent, the mediator will take reasonable steps to find out what your child thinks, for example by meeting him beforehand, reading something written or drawn, or watching a short video. He does not have to come to the meeting.',
  '05': DECLINE('school transport decisions'),
  '09': DECLINE('school suspensions or exclusions'),
  13: DECLINE("benefits such as DLA or Carer's Allowance"),
  17: DECLINE('autism diagnosis or NHS waiting lists'),
  21: DECLINE('legal aid'),
  25: DECLINE('how to fill in the Tribunal appeal form'),
  29: DECLINE('how long the Tribunal takes to hold a hearing'),
  33: DECLINE('choosing between schools'),
  37: DECLINE('expenses for going to a Tribunal hearing'),
  41: DECLINE(
    "mediation about child arrangements after a separation; Millbeck's service is about special educational needs",
  ),
  45: DECLINE('personal budgets or direct payments'),
  49: DECLINE('what happens to an EHC plan if you home educate'),
  53: DECLINE('the time limits for deciding on a request for an EHC needs assessment'),
  60: DECLINE('your rights at work or time off from your employer'),
  57: DECLINE('school admission appeals'),
};

function quoteAround(text, phrase) {
  const i = text.indexOf(phrase);
  if (i < 0) throw new Error(`phrase not in text: ${phrase}`);
  let s = Math.max(0, text.lastIndexOf('. ', i) + 2);
  if (i - s > 300) s = i - 150;
  let e = text.indexOf('. ', i + phrase.length);
  e = e < 0 ? text.length : e + 1;
  if (e - i > 300) e = i + phrase.length + 150;
  return text.slice(s, e).trim();
}

const out = [];
for (const q of qs) {
  const key = q.id.replace('t17-', '');
  const answer = ANSWERS[key];
  if (!answer) throw new Error(`no answer for ${q.id}`);
  const citations = [];
  if (q.type === 'answer') {
    const path = join(root, 'pages', q.file);
    citations.push({ title: pageTitle(path), quote: quoteAround(pageTexts(path)[0], q.cite[0]) });
  }
  out.push({ id: q.id, answer, citations });
}
writeFileSync(join(here, 'answers-a.jsonl'), out.map((a) => JSON.stringify(a)).join('\n') + '\n');
console.log(`wrote ${out.length} answers`);
