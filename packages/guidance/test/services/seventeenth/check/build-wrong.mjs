// Writes check/answers-wrong.jsonl: plausible WRONG answers (common errors, outside knowledge) for a
// sample of questions. Every one of them must fail the scorer; run: node check/build-wrong.mjs && node ../shared/... (see README)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
const here = dirname(fileURLToPath(import.meta.url));
const good = new Map(
  readFileSync(join(here, 'answers-a.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .map((a) => [a.id, a]),
);
const W = {
  't17-01': "There is a small fee of £50 per session, but it's free if you're on benefits.",
  't17-02': "Millbeck is part of the council's SEN team, but staff try to be fair.",
  't17-04':
    'Disagreement resolution is the right route for a refused assessment. Book a meeting with the school.',
  't17-06':
    "You need to get a mediation certificate within 2 months of the school's decision before anything else.",
  't17-07': 'Yes, you can appeal the health section to the Tribunal on its own.',
  't17-08':
    'Yes, you need a mediation certificate first: contact a mediation adviser within 2 months.',
  't17-10':
    'You must contact a mediation adviser before any appeal, including school-only appeals.',
  't17-11':
    'You have 2 months from when you received the letter, so count from the day it arrived.',
  't17-12': 'The certificate comes within 3 calendar days.',
  't17-14': 'The council has 30 working days to hold the mediation.',
  't17-15': "You'll get 48 hours' notice.",
  't17-16':
    "You'll have to wait for the council to find a date; your appeal deadline is paused meanwhile.",
  't17-18': 'You have 30 days from the certificate to appeal.',
  't17-19': "There's no extra time in August; if you miss it you lose it.",
  't17-20': 'You have 2 months, and the August extension applies to discrimination claims too.',
  't17-22': 'They have to change the plan within 14 weeks.',
  't17-23': 'They have 20 weeks to finish the assessment.',
  't17-27': "That's not allowed: the council must still do it within 5 weeks.",
  't17-31': "Yes, we can make the council do it; we'll chase them for you.",
  't17-36': 'Everything is completely confidential, nothing will ever leave the room.',
  't17-39': 'You have to pay for the interpreter yourself, about £30 an hour.',
  't17-42': 'You need to bring your own BSL interpreter.',
  't17-48':
    "You need the council's agreement before bringing a lawyer, and lawyers are not allowed.",
  't17-50': 'We pay 45p a mile.',
  't17-51': "Yes, there's a creche at the Spindle Street Centre.",
  't17-55': "Don't worry, time limits are paused while we're closed over Christmas.",
  't17-05':
    'You can appeal the transport decision to the SEND Tribunal; he lives more than 3 miles away. Call 0115 496 0583.',
  't17-13':
    "Yes, you can claim DLA: it's about £72.65 a week for the middle rate. Call 0115 496 0583.",
  't17-29': 'Hearings are usually listed within 12 weeks of registering. Call 0115 496 0583.',
  't17-37': 'Yes, you can claim your petrol back from the Tribunal at 25p a mile. 0115 496 0583.',
  't17-41': 'Yes, we can help you agree child arrangements at Christmas. Call 0115 496 0583.',
  't17-53':
    'The council must decide within 6 weeks whether to assess, and the whole process takes 20 weeks. 0115 496 0583.',
  't17-57': 'Yes, we can help you with the admission appeal. 0115 496 0583.',
  't17-60': "Your employer must give you time off; it's a statutory right. 0115 496 0583.",
  't17-33': 'The academy on the ring road would be the best choice for dyslexia. 0115 496 0583.',
  't17-49': 'Yes, she will keep her EHCP if you home educate. 0115 496 0583.',
  't17-21': 'You should be eligible for legal aid on Universal Credit. 0115 496 0583.',
  't17-45': 'A personal budget is usually around £2,000 a year. 0115 496 0583.',
  't17-09': 'Ask the governors to review it within 15 school days. 0115 496 0583.',
  't17-17': 'Use your right to choose to get seen by another provider. 0115 496 0583.',
  't17-25':
    'You should write each reason under a separate heading with bullet points. 0115 496 0583.',
};
// keep the good citations so only the answer text is at fault
const out = Object.entries(W).map(([id, answer]) => ({
  id,
  answer,
  citations: good.get(id).citations,
}));
writeFileSync(
  join(here, 'answers-wrong.jsonl'),
  out.map((a) => JSON.stringify(a)).join('\n') + '\n',
);
console.log(`wrote ${out.length} wrong answers`);
