// A young person asking whether they can act for themselves is told the rights are their own,
// with the service's sentence for it, whatever else answers the message.
import { describe, expect, it } from 'vitest';
import { answerOnce } from '../answer';
import { parseDocuments } from '../ingest/parse-document';
import { createGuidanceIndex } from '../search/guidance-index';
import type { GuidanceDocument, ServiceInfo } from '../types';
import { directLead } from './direct';

// A made-up service (01632 96xxxx is Ofcom's range for fiction), in words of its own.
const PAGE: GuidanceDocument = {
  id: 'willow/young-people.md',
  title: 'Willow SEND Mediation',
  format: 'markdown',
  body: `# Willow SEND Mediation

## Young people

Once you have left Year 11 and until you are 25, you can choose mediation and appeal in your own name.

## Our meetings

A mediation meeting usually lasts about three hours, with breaks.

## Contact

Phone 01632 960 901.
`,
};
const SERVICE: ServiceInfo = {
  name: 'Willow SEND Mediation',
  phone: '01632 960 901',
  crisisMessage: 'If anyone is in immediate danger, call 999.',
};
const index = createGuidanceIndex(parseDocuments([PAGE]));
const ask = (text: string) =>
  answerOnce(text, { index, service: SERVICE, today: '2026-12-03', state: undefined });

describe('a young person acting in their own name', () => {
  it('says the rights are theirs, with the service sentence, beside a route', async () => {
    const a = await ask(
      "i'm 19 and at college. the council want to stop my plan. can i appeal it myself or does it have to be my mum?",
    );
    expect(a.text).toMatch(/until you turn 25, these rights are your own/);
    expect(a.citations.some((c) => c.quote.includes('in your own name'))).toBe(true);
  });

  it('quotes a service that says it in its own words ("young adults up to the age of 25")', async () => {
    const other = createGuidanceIndex(
      parseDocuments([
        {
          id: 'alder/about.md',
          title: 'Alder Mediation',
          format: 'markdown',
          body: '# Alder Mediation\n\nWe are a free, impartial service for parents, carers and young adults up to the age of 25.\n\nOur meetings last about two hours.\n',
        },
      ]),
    );
    const a = await answerOnce('im 22, can i ask for mediation myself or do my parents have to?', {
      index: other,
      service: SERVICE,
      today: '2026-12-03',
      state: undefined,
    });
    expect(a.text).toMatch(/these rights are your own/);
    expect(a.citations.some((c) => c.quote.includes('young adults up to the age of 25'))).toBe(
      true,
    );
  });

  it('says nothing of it to a parent, or to a young person not asking', async () => {
    const parent = await ask(
      'my son is 19 and the council want to stop his plan. can i appeal it myself?',
    );
    expect(parent.text).not.toMatch(/these rights are your own/);
    const notAsking = await ask("i'm 19. how long does a mediation meeting last?");
    expect(notAsking.text).not.toMatch(/these rights are your own/);
  });
});

describe('the age in a direct answer', () => {
  it('reads the upper end of a range ("aged 16 to 25")', () => {
    expect(
      directLead(
        'am i too old for this at 19?',
        'A guide for young people aged 16 to 25 about disagreements.',
        19,
      ),
    ).toMatch(/upper age of 25, and 19 is under it/);
  });
});
