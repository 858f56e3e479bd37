// The service's own sentence under a rule's answer: found by the route's or deadline's fixed
// words, chosen among by what the family wrote, and for a decision, the sentence that lists it.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadGuidanceFolder } from '../cli/load-folder';
import { answerOnce } from '../answer';
import { parseDocuments } from '../ingest/parse-document';
import { createGuidanceIndex } from '../search/guidance-index';
import type { GuidanceDocument, ServiceInfo } from '../types';
import { concernPassage } from './guidance-support';
import { statesPeriod } from './words';

// A made-up service's page (01632 96xxxx is Ofcom's range for fiction), written so that two
// sentences state the same 3 working days and two sentences are about the mediation adviser.
const PAGE: GuidanceDocument = {
  id: 'harbour/mediation.md',
  title: 'Harbour SEND Mediation',
  url: 'https://example.org/harbour/mediation',
  asOf: '2026-11-01',
  format: 'markdown',
  body: `# Harbour SEND Mediation

## Before an appeal

For most appeals you need to talk to one of our mediation advisers and get a certificate first.
Whether you then go to mediation is up to you.

You can ask for mediation after your council decides:

- not to carry out an EHC needs assessment;
- to stop maintaining the plan.

## Certificates

If you decide you do not want mediation, we send your certificate within 3 working days of you telling us.

After a mediation meeting, we send the certificate within 3 working days of the meeting ending.

## When it happens

If the council can't arrange for the mediation to take place within the 30 days, it must tell us straight away.

The meeting has to happen within 30 days of the council hearing from you.

## Contact

Call us on 01632 960 456.
`,
};
const SERVICE: ServiceInfo = {
  name: 'Harbour SEND Mediation',
  phone: '01632 960 456',
  crisisMessage: 'If anyone is in immediate danger, call 999.',
};
const index = createGuidanceIndex(parseDocuments([PAGE]));
const ask = (text: string) =>
  answerOnce(text, { index, service: SERVICE, today: '2026-12-03', state: undefined });

describe("the service's own words under a rule's answer", () => {
  it('quotes the sentence listing the decision the family describes, with the route', async () => {
    const a = await ask(
      'the council have written to say they will not assess my son for an EHCP, what can we do?',
    );
    expect(a.kind).toBe('route');
    const quotes = a.citations.map((c) => c.quote).join(' ');
    expect(quotes).toContain('not to carry out an EHC needs assessment');
  });

  it('does not quote a list of decisions that does not name the one described', async () => {
    // Refusing to change the plan after a review is not in this page's list.
    const a = await ask(
      'after the annual review the council refused to change anything in his plan, what now?',
    );
    expect(a.kind).toBe('route');
    const quotes = a.citations.map((c) => c.quote).join(' ');
    expect(quotes).not.toContain('not to carry out an EHC needs assessment');
  });

  it("chooses between sentences stating the same period by the family's own words", async () => {
    // Dated, so the rule answers and quotes the service's sentence for the 3 working days.
    const declined = await ask(
      'we told the adviser on 1 December that we do not want mediation, when should the certificate come?',
    );
    expect(declined.kind).toBe('deadline');
    expect(declined.text).toContain('of you telling us');
    const after = await ask(
      'our mediation meeting ended on 1 December, when should the certificate come?',
    );
    expect(after.kind).toBe('deadline');
    expect(after.text).toContain('of the meeting ending');
  });

  it('quotes a sentence stating the limit rather than one referring back to it', async () => {
    const a = await ask(
      'we told the council on 1 December we want mediation, when must it happen by?',
    );
    expect(a.kind).toBe('deadline');
    expect(a.text).toContain('within 30 days of the council hearing');
    expect(statesPeriod(['30 days'], 'within the 30 days')).toBe(false);
    expect(statesPeriod(['2 months'], 'those 2 months, or within 2 months of the letter')).toBe(
      true,
    );
  });
});

describe("the service's sentence about a route", () => {
  it('quotes the one saying what the route means, not one that only shares its words', async () => {
    // The tenth test service's pages name discrimination claims in two sentences: the list of
    // appeals needing no certificate, and the Christmas and August extensions not applying.
    const pages = join(dirname(fileURLToPath(import.meta.url)), '../../test/services/tenth/pages');
    const own = createGuidanceIndex(parseDocuments(await loadGuidanceFolder(pages)));
    const a = await answerOnce(
      'the school keeps excluding my autistic son, I want to claim disability discrimination. do I need a mediation adviser first?',
      { index: own, service: SERVICE, today: '2026-12-03', state: undefined },
    );
    expect(a.kind).toBe('route');
    const quotes = a.citations.map((c) => c.quote).join(' ');
    expect(quotes).toContain('you are making a disability discrimination claim');
    expect(quotes).not.toContain("don't apply to disability discrimination claims");
  });
});

describe("what else the family asked about a time limit, in the service's words", () => {
  it('is never a list’s lead-in alone, without its items', async () => {
    // The seventeenth test service's pages put the August move in a list under "Some other points
    // about the deadline:"; retrieval's best answer to this message is that lead-in.
    const pages = join(
      dirname(fileURLToPath(import.meta.url)),
      '../../test/services/seventeenth/pages',
    );
    const own = createGuidanceIndex(parseDocuments(await loadGuidanceFolder(pages)));
    const a = await answerOnce(
      'if my deadline for the appeal ends up being in the summer holidays in august do i lose it or do they give extra time',
      { index: own, service: SERVICE, today: '2026-12-03', state: undefined },
    );
    expect(a.kind).toBe('deadline');
    expect(a.text).toContain('first working day after 31 August');
    // A quote introducing a list comes with its items; none ends its paragraph on the colon.
    for (const paragraph of a.text.split('\n\n')) expect(paragraph).not.toMatch(/:\s*$/);
  });
});

describe('concernPassage', () => {
  it('never answers with a lead-in alone, however the page introduces its list', () => {
    // A page of my own whose lead-in ends ":-", as some councils' pages do; its items are the
    // list that follows, which a concern quote would not show.
    const body = `# Willow SEND Mediation

## When mediation is open to you

Mediation about a plan is only available:-

- after the council makes a decision you can appeal to the Tribunal;
- about the health and care parts of a plan.

## Cost

Mediation is free for families.
`;
    const willow = createGuidanceIndex(
      parseDocuments([{ id: 'w', title: 'Willow', format: 'markdown', body }]),
    );
    for (const q of [
      'when is mediation about a plan available to us?',
      'is mediation about the plan only available sometimes?',
    ])
      expect(concernPassage(q, willow, [], { ofTime: false }), q).toBeUndefined();
  });
});

describe('a question asked beside a deadline', () => {
  // A page of my own: the time limit, and the car park, which no deadline reply would quote.
  const body = `# Alder SEND Mediation

## Time limits

Contact our mediation adviser within 2 months of the date on the council's decision letter.

## Getting here

Our office at 4 Mill Lane has six free parking spaces behind the building.

The outreach bus visits Lowbridge market on the first Tuesday of each month, from 10am to 1pm.
`;
  const alder = createGuidanceIndex(
    parseDocuments([{ id: 'a', title: 'Alder', format: 'markdown', body }]),
  );
  const askAlder = (text: string) =>
    answerOnce(text, { index: alder, service: SERVICE, today: '2026-12-03', state: undefined });

  it('answers it from the guidance under the date', async () => {
    const a = await askAlder(
      'letter dated 20 October saying they wont assess. is the outreach bus coming to lowbridge this month and what time, or am i too late',
    );
    expect(a.kind).toBe('deadline');
    expect(a.text).toContain('Sunday 20 December 2026');
    expect(a.text).toContain('from 10am to 1pm');
    expect(a.citations.map((c) => c.quote)).toContain(
      'The outreach bus visits Lowbridge market on the first Tuesday of each month, from 10am to 1pm.',
    );
  });

  it('adds nothing when the guidance does not answer it', async () => {
    const a = await askAlder(
      'letter dated 20 October saying they wont assess. whats my last day to ring the adviser, and can i bring my dog?',
    );
    expect(a.kind).toBe('deadline');
    expect(a.text).not.toContain('parking');
    expect(a.text).not.toContain('outreach bus');
  });
});
