// What a worked-out deadline turned on (the Christmas move, a short month, the later of two
// dates, the event the count starts from), read from @sen/rules' own working, and the service's
// sentence for it quoted under the date.
import {
  adviserContactDeadline,
  agreementDeadlines,
  appealDeadline,
  certificateDueDate,
  mediationArrangeBy,
} from '@sen/rules';
import { describe, expect, it } from 'vitest';
import { answerOnce } from '../answer';
import { parseDocuments } from '../ingest/parse-document';
import { createGuidanceIndex } from '../search/guidance-index';
import type { GuidanceDocument, ServiceInfo } from '../types';
import type { StateDate } from '../conversation/state';
import { DEADLINE_FACETS, facetsOf, searchOf } from './deadline-facets';

const date = (role: StateDate['role'], iso: string): StateDate =>
  ({ role, date: iso, text: iso }) as StateDate;

describe('facetsOf', () => {
  it('reads the Christmas move and the later of two dates from the appeal working', () => {
    const letter = date('decision', '2026-10-20');
    const certificate = date('certificate', '2026-11-26');
    const result = appealDeadline({ decisionDate: letter.date, certificateDate: certificate.date });
    const facets = facetsOf({
      calc: 'appeal',
      result,
      used: [letter, certificate],
      dates: [letter, certificate],
    });
    expect(facets).toEqual(expect.arrayContaining(['christmas', 'later_of_two']));
    expect(facets).not.toContain('august');
  });

  it('knows a short month, and a letter that arrived later than its date', () => {
    const letter = date('decision', '2026-12-30');
    const arrived = date('received', '2027-01-04');
    const result = adviserContactDeadline({ decisionDate: letter.date });
    const facets = facetsOf({ calc: 'adviser', result, used: [letter], dates: [letter, arrived] });
    expect(facets).toEqual(expect.arrayContaining(['month_end', 'letter_date', 'not_moved']));
    const plain = date('decision', '2026-10-14');
    expect(
      facetsOf({
        calc: 'adviser',
        result: adviserContactDeadline({ decisionDate: plain.date }),
        used: [plain],
        dates: [plain],
      }),
    ).toEqual([]);
  });

  it('knows when the 2 months to contact an adviser are over', () => {
    const letter = date('decision', '2026-09-01');
    const result = adviserContactDeadline({ decisionDate: letter.date });
    const base = { calc: 'adviser' as const, result, used: [letter], dates: [letter] };
    expect(facetsOf({ ...base, today: '2026-12-03' })[0]).toBe('window_missed');
    expect(facetsOf({ ...base, today: '2026-10-01' })).not.toContain('window_missed');
  });

  it('knows the adviser window is over when an appeal counted from the letter alone has gone by', () => {
    const letter = date('decision', '2026-08-14');
    const appeal = (used: StateDate[]) =>
      facetsOf({
        calc: 'appeal',
        result: appealDeadline({
          decisionDate: letter.date,
          ...(used[1] ? { certificateDate: used[1].date } : {}),
        }),
        used,
        dates: used,
        today: '2026-12-03',
      });
    expect(appeal([letter])[0]).toBe('window_missed');
    // A certificate came: the adviser was reached in time, whatever the appeal's date.
    expect(appeal([letter, date('certificate', '2026-09-20')])).not.toContain('window_missed');
  });

  it('tells the certificate after a meeting from the one after declining, and Christmas Eve', () => {
    const meeting = date('mediation', '2026-12-23');
    const after = certificateDueDate({ from: meeting.date, reason: 'mediation_ended' });
    const base = { calc: 'certificate' as const, used: [meeting], dates: [meeting] };
    expect(facetsOf({ ...base, result: after, ended: true })).toEqual([
      'meeting_ended',
      'christmas_eve',
    ]);
    const told = date('adviser', '2026-12-01');
    expect(
      facetsOf({
        calc: 'certificate',
        result: certificateDueDate({ from: told.date, reason: 'declined' }),
        used: [told],
        dates: [told],
      }),
    ).toEqual(['declined']);
  });

  it('names health alone, calendar days and what an agreement was about', () => {
    const told = date('told', '2026-12-04');
    expect(
      facetsOf({
        calc: 'arrange',
        result: mediationArrangeBy({ from: told.date, healthOnly: true }),
        used: [told],
        dates: [told],
        healthOnly: true,
      }),
    ).toEqual(expect.arrayContaining(['health_only', 'calendar_days']));
    const day = date('mediation', '2026-12-02');
    const steps = agreementDeadlines({ agreementDate: day.date, kind: 'school_name_or_type_only' });
    expect(
      facetsOf({
        calc: 'agreement',
        result: steps[steps.length - 1]!,
        used: [day],
        dates: [day],
        agreed: 'school_name_or_type_only',
      }),
    ).toEqual(['agreed_placement', 'calendar_days']);
  });

  it('has a search in conversation.json for every facet', () => {
    for (const f of DEADLINE_FACETS) expect(searchOf(f).states.length).toBeGreaterThan(2);
  });
});

// A made-up service (01632 96xxxx is Ofcom's range for fiction), in words of its own: each thing a
// deadline can turn on said once, and near misses that share the words but say something else.
const PAGE: GuidanceDocument = {
  id: 'lantern/dates.md',
  title: 'Lantern SEND Mediation: dates',
  url: 'https://example.org/lantern/dates',
  format: 'markdown',
  body: `# Lantern SEND Mediation: your dates

## Getting in touch with an adviser

Ring one of our advisers within 2 months of the date on the council's decision letter.
Count from the date typed at the top of the letter, not from when it came through your door.
If the month you end up in has fewer days, your limit is the final day of that shorter month.
Once those 2 months are over, we are no longer able to hand out a certificate, but the Tribunal can be asked to let you appeal without one.

## Appealing

Your appeal must reach the Tribunal within 2 months of the decision letter, or 1 month of the certificate.
Use whichever of those two gives you longer.
Should the last day fall from 25 December to 1 January, the Tribunal takes it on the first working day of the new year.
Our office shuts for Christmas from 24 December.

## Certificates

When you tell us mediation is not for you, the certificate follows within 3 working days of that call.
When a mediation meeting finishes, with or without an agreement, the certificate follows within 3 working days of it ending.
Christmas Eve is a normal working day for this count.

## Contact

Phone 01632 960 789.
`,
};
const SERVICE: ServiceInfo = {
  name: 'Lantern SEND Mediation',
  phone: '01632 960 789',
  crisisMessage: 'If anyone is in immediate danger, call 999.',
};
const index = createGuidanceIndex(parseDocuments([PAGE]));
const ask = (text: string) =>
  answerOnce(text, { index, service: SERVICE, today: '2026-12-03', state: undefined });
const quotes = async (text: string) => (await ask(text)).citations.map((c) => c.quote);

/** Answers from PAGE with one more sentence of the service's own after it. */
const askWith = (sentence: string) => {
  const index = createGuidanceIndex(
    parseDocuments([{ ...PAGE, body: `${PAGE.body}${sentence}\n` }]),
  );
  return (text: string) => answerOnce(text, { index, service: SERVICE, today: '2026-12-03' });
};
const quotesWith = (sentence: string) => {
  const askIt = askWith(sentence);
  return async (text: string) => (await askIt(text)).citations.map((c) => c.quote);
};
/** What counts as contact on a day the office is shut, in one service's words. */
const COUNTED_WHEN_SHUT =
  'A voicemail or an email left on your last day is counted as contact then, even when the office is closed.';

describe("the service's sentence for what the date turned on", () => {
  it('quotes the Christmas move and the later of two dates under an appeal date', async () => {
    const q = await quotes(
      'decision letter dated 20 october, certificate came dated 26 november. when do i have to appeal by?',
    );
    expect(q.some((x) => x.includes('from 25 December to 1 January'))).toBe(true);
    expect(q.some((x) => x.includes('whichever of those two'))).toBe(true);
    // The office's own Christmas closing says nothing about the appeal.
    expect(q.some((x) => x.includes('Our office shuts'))).toBe(false);
  });

  it('quotes the move for a time of year named without a date, under the appeal rule', async () => {
    const quotesOf = quotesWith(
      'A last day that lands in August moves to the first working day of September.',
    );
    for (const q of [
      'if my appeal deadline ends up in the summer holidays when we are away do we lose it?',
      'what happens to the deadline for the tribunal if it falls in august',
    ])
      expect(
        (await quotesOf(q)).some((x) => x.includes('lands in August')),
        q,
      ).toBe(true);
    const christmas = await quotesOf('whats the appeal deadline if it lands over xmas?');
    expect(christmas.some((x) => x.includes('from 25 December to 1 January'))).toBe(true);
    expect(christmas.some((x) => x.includes('lands in August'))).toBe(false);
    // No time of year named: the rule, without the August move (the Christmas one shares the
    // rule's paragraph on this page, so it comes with it).
    const plain = await quotesOf('how long do i have to appeal to the tribunal?');
    expect(plain.some((x) => x.includes('lands in August'))).toBe(false);
  });

  it('quotes the certificate sentence for a meeting that ended, not for declining', async () => {
    const after = await quotes(
      'our mediation was on wednesday 23rd december and we did not agree. when should the certificate come?',
    );
    expect(after.some((x) => x.includes('When a mediation meeting finishes'))).toBe(true);
    expect(after.some((x) => x.includes('not for you'))).toBe(false);
    expect(after.some((x) => x.includes('Christmas Eve is a normal working day'))).toBe(true);
    const declined = await quotes(
      'I rang the adviser on 1 December and said no to mediation. When will I get the certificate?',
    );
    expect(declined.some((x) => x.includes('not for you'))).toBe(true);
  });

  it('quotes the short month, and the letter date when the letter came late', async () => {
    const q = await quotes(
      'the letter will be dated 30 december, whats the last day to ring an adviser?',
    );
    expect(q.some((x) => x.includes('final day of that shorter month'))).toBe(true);
    const late = await quotes(
      'the letter was dated 14 october but it only came on 21 october. last day to ring an adviser?',
    );
    expect(late.some((x) => x.includes('not from when it came through your door'))).toBe(true);
    expect(late.some((x) => x.includes('shorter month'))).toBe(false);
  });

  it('quotes what counts as contact when the last day to ring an adviser falls while we are shut', async () => {
    const quotes = quotesWith(COUNTED_WHEN_SHUT);
    const shut = await quotes(
      'my 2 months to ring an adviser run out on 29 december and youre shut then. does an email count?',
    );
    expect(shut.some((x) => x.includes('counted as contact then'))).toBe(true);
    // A Sunday: the office is shut whether or not the family says so.
    const sunday = await quotes(
      'the letter was dated 6 october, whats the last day to ring an adviser?',
    );
    expect(sunday.some((x) => x.includes('counted as contact then'))).toBe(true);
    // An ordinary weekday and no closure named: not what the family is unsure of.
    const plain = await quotes(
      'the letter was dated 14 october, whats the last day to ring an adviser?',
    );
    expect(plain.some((x) => x.includes('counted as contact then'))).toBe(false);
  });

  it("quotes what counts as contact under an appeal date whose adviser's day falls while we are shut", async () => {
    const quotes = quotesWith(COUNTED_WHEN_SHUT);
    // 12 October + 2 months is Saturday 12 December: the appeal moves to the Monday, the day to
    // reach the adviser does not, and the family asks about ringing on the Monday.
    const saturday = await quotes(
      'letter refusing an assessment dated 12 October, when is my last day and can i leave it till the monday after?',
    );
    expect(saturday.some((x) => x.includes('counted as contact then'))).toBe(true);
    // The family says the office is shut on an ordinary weekday ("you're all shut").
    const named = await quotes(
      "council letter dated 14 october about his plan, when do i have to appeal? I think you're all shut that week",
    );
    expect(named.some((x) => x.includes('counted as contact then'))).toBe(true);
    const plain = await quotes(
      'council letter dated 14 october about his plan, when do i have to appeal?',
    );
    expect(plain.some((x) => x.includes('counted as contact then'))).toBe(false);
  });

  it('tells a family whose last day falls while we are shut, with no date, that it stays and what counts', async () => {
    const askShut = askWith(
      'If you leave a message or email us while the office is shut, we will count the day of your message as the day you contacted us.',
    );
    for (const q of [
      'my 2 months runs out over christmas and you lot are shut, am i completely screwed',
      "my deadline to contact the adviser lands on a day you're closed, what do I do if nobody is there?",
    ]) {
      const a = await askShut(q);
      expect(a.kind, q).toBe('deadline');
      expect(a.text, q).toMatch(/not moved/);
      expect(
        a.citations.some((c) => c.quote.includes('we will count the day of your message')),
        q,
      ).toBe(true);
    }
    // Another time limit the adviser keeps, with its date: the certificate's count, not this.
    const certificate = await askShut(
      'we told the adviser on the 22nd dec that we dont want mediation and your office is shut from xmas eve. does christmas eve count for the certificate?',
    );
    expect(certificate.text).not.toMatch(
      /Your last day to contact a mediation adviser is 2 months/,
    );
  });

  it('finds what follows a missed window though the page words it its own way', async () => {
    const q = await quotes(
      'the letter was dated 1st september and i missed the 2 months to ring an adviser. can i still get a certificate?',
    );
    expect(q.some((x) => x.includes('let you appeal without one'))).toBe(true);
  });
});

describe('a missed adviser window read from the letter it names', () => {
  it('a letter from a month long gone, with no day: what can still be done (R3)', async () => {
    const a = await ask(
      'only just found the letter saying they wont reassess him. it was dated back in september. can i still get a certificate?',
    );
    expect(a.text).toMatch(/cannot issue a mediation certificate/);
    expect(a.text).toMatch(/permission to appeal without one/);
  });

  it('a letter of last month is not called too late', async () => {
    const a = await ask(
      'the letter saying they wont reassess him came in november. can i still get a certificate?',
    );
    expect(a.text).not.toMatch(/cannot issue a mediation certificate/);
  });
});
