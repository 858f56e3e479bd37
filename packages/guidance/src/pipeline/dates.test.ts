import { describe, expect, it } from 'vitest';
import { findDates, letterMonthEnd } from './dates';

const TODAY = '2025-06-10';
const dates = (m: string, today = TODAY) => findDates(m, today).map((d) => [d.date, d.role]);

describe('findDates', () => {
  it.each([
    ['decision on 3 March 2025', '2025-03-03'],
    ['on 3rd March 2025', '2025-03-03'],
    ['the 3rd of March, 2025', '2025-03-03'],
    ['March 3, 2025', '2025-03-03'],
    ['dated 03/03/2025', '2025-03-03'],
    ['dated 3.3.25', '2025-03-03'],
    ['2025-03-03', '2025-03-03'],
    ['15 Jan', '2025-01-15'],
    ['on 1 Sept', '2025-09-01'],
    ['调解在2025年3月3日', '2025-03-03'],
    ['决定信是3月3号寄来的', '2025-03-03'],
    ['3월 3일에 중재가 있어요', '2025-03-03'],
  ])('reads %j', (m, iso) => expect(findDates(m, TODAY)[0]?.date).toBe(iso));

  it('takes the year nearest today when none is written', () => {
    expect(findDates('letter dated 20 December', '2026-01-10')[0]).toMatchObject({
      date: '2025-12-20',
      yearInferred: true,
    });
    expect(findDates('mediation booked for 5 January', '2025-12-20')[0]?.date).toBe('2026-01-05');
  });

  it('puts a letter written about without a year in the past, even when the next one is nearer', () => {
    // A decision letter is never dated ahead, nor has it come yet: "dated 3 March" in December
    // is last March (whose 2 months have run out), not next March.
    expect(findDates('letter dated 5 January', '2025-12-20')[0]?.date).toBe('2025-01-05');
    const [dated, came] = findDates(
      "letter saying they won't amend the plan is dated 3 March but it didnt arrive till the 10th",
      '2026-12-03',
    );
    expect(dated).toMatchObject({ date: '2026-03-03', role: 'decision' });
    // A day said alone is the latest such day, or the next one after a word of the future.
    expect(
      dates('the mediation is booked for the 14th, the letter was dated the 2nd', '2026-12-10'),
    ).toEqual([
      ['2026-12-14', 'mediation'],
      ['2026-12-02', 'decision'],
    ]);
    // A weekday written with a date without a year says which year, as far as the role allows.
    expect(
      dates(
        'if the mediation ends up on Friday 8 January, when is the certificate due?',
        '2026-12-03',
      ),
    ).toEqual([['2027-01-08', 'mediation']]);
    expect(dates('if we then get the certificate on Friday 9 July', '2026-12-03')).toEqual([
      ['2027-07-09', 'certificate'],
    ]);
    expect(dates('the letter was dated Friday 9 July', '2026-12-03')).toEqual([
      ['2026-07-09', 'decision'],
    ]);
    // "Dated" looks back to what was dated; "mediation" in "the mediation certificate" names the
    // certificate, not a meeting (no "and" between the two to end the first clause).
    expect(
      findDates(
        'the councils letter was dated 2/10 then the mediation certificate arrived dated 16/11, whens my last day',
        '2026-12-03',
      ).map((d) => [d.date, d.role]),
    ).toEqual([
      ['2026-10-02', 'decision'],
      ['2026-11-16', 'certificate'],
    ]);
    // The same for an adviser, in any order the language puts them: "asesor de mediación",
    // "arabuluculuk danışmanı", "consilierul de mediere" are the adviser, not a meeting.
    for (const message of [
      'I rang the mediation adviser on 1 December',
      'Llamé al asesor de mediación el 1 de diciembre',
      "Arabuluculuk danışmanını 1 Aralık'ta aradım",
      'Am sunat consilierul de mediere pe 1 decembrie',
      'Zadzwoniłam do doradcy 1 grudnia',
    ])
      expect(
        findDates(message, '2026-12-03').map((d) => [d.date, d.role]),
        message,
      ).toEqual([['2026-12-01', 'adviser']]);
    // A meeting named alone is still the meeting.
    expect(findDates('la mediación fue el 1 de diciembre', '2026-12-03')[0]?.role).toBe(
      'mediation',
    );
    // The day it came, said alone, is the 10th after the letter's date: 10 March.
    expect(came).toMatchObject({ date: '2026-03-10', role: 'received' });
    // Unless the family says it is still to be written.
    expect(
      findDates('the council say the letter will be dated 30th December', '2026-12-03')[0],
    ).toMatchObject({ date: '2026-12-30', role: 'decision' });
  });

  it('reads tomorrow, and a guess at the answer as a last day, not an event', () => {
    expect(dates('the mediation is tomorrow')).toEqual([['2025-06-11', 'mediation']]);
    expect(dates('i reckon the 30th of june')).toEqual([['2025-06-30', 'last_day']]);
    expect(dates('they should have got the letter to me by 22 June')).toEqual([
      ['2025-06-22', 'last_day'],
    ]);
    // A time limit that ends, or is up, on a day: that day is its last.
    expect(dates('my 2 months to contact you end on 20 june')).toEqual([
      ['2025-06-20', 'last_day'],
    ]);
    expect(dates('my time is up on the 20th of june')).toEqual([['2025-06-20', 'last_day']]);
  });

  it('reads a day said alone after a date with its month as the first such day after that date', () => {
    const today = '2026-12-03';
    // "2nd May" written in December is last May, and "the 15th" after it is 15 May.
    expect(
      dates('the letter is dated 2nd May but we only got it on the 15th, post is rubbish', today),
    ).toEqual([
      ['2026-05-02', 'decision'],
      ['2026-05-15', 'received'],
    ]);
    expect(dates('letter dated 30 october, arrived on the 3rd', today)[1]?.[0]).toBe('2026-11-03');
    // A day said to come is still the next one from today.
    expect(dates('letter dated 14 october, the mediation is on the 10th', today)[1]?.[0]).toBe(
      '2026-12-10',
    );
    // With no date before it, the latest such day up to today.
    expect(dates('i rang you on the 20th', today)[0]?.[0]).toBe('2026-11-20');
  });

  it('reads the day a letter came after its date in one clause: "dated 30 October, got it on the 3rd"', () => {
    const today = '2026-12-03';
    for (const m of [
      'letter dated 30 october, got it on the 3rd',
      'letter dated 30 october, only received it 3 november',
      'dated 30 october but we didnt get it till 3 november',
    ])
      expect(dates(m, today), m).toEqual([
        ['2026-10-30', 'decision'],
        ['2026-11-03', 'received'],
      ]);
    // "Got" before "dated" is the letter's own date.
    expect(dates('got a letter dated 3 november', today)).toEqual([['2026-11-03', 'decision']]);
  });

  it('reads "my last day to ring the adviser is 24 December" as a last day, not the call', () => {
    const today = '2026-12-03';
    expect(dates('my last day to ring the adviser is 24 december', today)).toEqual([
      ['2026-12-24', 'last_day'],
    ]);
    expect(
      dates(
        'what if my last day for getting hold of the adviser ends up being the 31st december',
        today,
      ),
    ).toEqual([['2026-12-31', 'last_day']]);
    // The adviser reached on a day is still that day.
    expect(dates('i rang the adviser on 24 november', today)).toEqual([['2026-11-24', 'adviser']]);
  });

  it('rejects impossible dates', () => {
    expect(findDates('31/02/2025 and 45 March', TODAY)).toEqual([]);
  });

  it('reads today and yesterday', () => {
    expect(dates('the letter came today')).toEqual([[TODAY, 'received']]);
    expect(dates('the letter is dated today')).toEqual([[TODAY, 'decision']]);
    expect(findDates('we got it yesterday', TODAY)[0]?.date).toBe('2025-06-09');
  });

  // TODAY is a Tuesday.
  it.each([
    ['the letter came last Tuesday', '2025-06-03', 'exact'],
    ['dated last Monday', '2025-06-09', 'exact'],
    ['dated this past Wednesday', '2025-06-04', 'exact'],
    ['it was dated 3 days ago', '2025-06-07', 'exact'],
    ['the decision came six weeks ago', '2025-04-29', 'about'],
    ['a couple of weeks ago', '2025-05-27', 'about'],
    ['a month ago', '2025-05-10', 'about'],
    ['2 months ago', '2025-04-10', 'about'],
    ['we got it last week', '2025-06-03', 'about'],
    ['the letter came last month', '2025-05-10', 'about'],
  ])('reads %j from today', (m, iso, relative) =>
    expect(findDates(m, TODAY)[0]).toMatchObject({ date: iso, relative }),
  );

  it('reads a weekday by its tense: "is on Friday" the next one, "told us on Monday" the last', () => {
    // Tuesday 10 June 2025.
    expect(dates('the mediation is on Friday')).toEqual([['2025-06-13', 'mediation']]);
    expect(dates('they told us on Monday')).toEqual([['2025-06-09', 'told']]);
    expect(dates('the mediation is this Thursday')).toEqual([['2025-06-12', 'mediation']]);
    expect(dates('mediation is booked for next Tuesday')).toEqual([['2025-06-17', 'mediation']]);
    // A weekday with no word of tense is no date: opening hours, a choice of days.
    expect(findDates('we are open Monday to Friday', TODAY)).toEqual([]);
    expect(findDates('can I ring on Monday?', TODAY)).toEqual([]);
  });

  it('gives a role word to the nearer of two dates only', () => {
    expect(
      dates(
        'the council want to hold the mediation next Wednesday, they only let me know yesterday',
      ),
    ).toEqual([
      ['2025-06-11', 'mediation'],
      ['2025-06-09', 'unknown'],
    ]);
  });

  it('gives dates listed as alternatives the same role', () => {
    expect(
      dates('if the last day falls on boxing day or new years eve do I have to submit?'),
    ).toEqual([
      ['2025-12-26', 'last_day'],
      ['2025-12-31', 'last_day'],
    ]);
  });

  it('reads the day a mediation was held from the family’s words for it', () => {
    expect(dates('we had mediation yesterday, no agreement')).toEqual([
      ['2025-06-09', 'mediation'],
    ]);
    expect(dates('the meeting finished yesterday')).toEqual([['2025-06-09', 'mediation']]);
  });

  it('tells the day a letter arrived from the date on it', () => {
    expect(dates('Our decision letter came on 10 March but was dated 5 March 2025')).toEqual([
      ['2025-03-10', 'received'],
      ['2025-03-05', 'decision'],
    ]);
  });

  it('reads a weekday of last week as that day of the calendar week before this one', () => {
    // Tuesday 10 June 2025: last week ran Monday 2 to Sunday 8 June.
    for (const m of [
      'the certificate came on the Tuesday of last week',
      'we rang the adviser tuesday last week',
      'last week on Thursday we told the council',
    ])
      expect(findDates(m, TODAY)[0]).toMatchObject({ relative: 'exact' });
    expect(findDates('the Tuesday of last week', TODAY)[0]?.date).toBe('2025-06-03');
    expect(findDates('Sunday last week', TODAY)[0]?.date).toBe('2025-06-08');
    expect(findDates('last week on Thursday', TODAY)[0]?.date).toBe('2025-06-05');
  });

  it('reads a day named instead of dated, before or after it, ahead or past', () => {
    const dec = '2026-12-03';
    expect(findDates('the wednesday before christmas', dec)[0]?.date).toBe('2026-12-23');
    expect(findDates('on Christmas Eve', dec)[0]?.date).toBe('2026-12-24');
    expect(findDates('the Monday after New Year', dec)[0]?.date).toBe('2027-01-04');
    expect(findDates("the Monday after New Year's Day", dec)[0]?.date).toBe('2027-01-04');
    // "Christmas" alone is a season, not a date.
    expect(
      findDates('booked for tuesday 22nd december (yes really right before xmas)', dec),
    ).toEqual([expect.objectContaining({ date: '2026-12-22' })]);
    expect(findDates('boxing day', '2027-01-20')[0]?.date).toBe('2026-12-26');
  });

  it('reads through an aside in brackets before the date: "my certificate (from the adviser) is dated …"', () => {
    const today = '2026-12-03';
    expect(dates('my certificate (from the adviser) is dated 19 November', today)).toEqual([
      ['2026-11-19', 'certificate'],
    ]);
    expect(dates('the mediation (finally!) was on 30 november', today)).toEqual([
      ['2026-11-30', 'mediation'],
    ]);
    // Told an IASS caseworker, not sent a decision: no letter's date to count from.
    expect(
      dates(
        "I told Shirin (my IASS caseworker) on the phone last Friday that we want mediation about ending my son's plan",
        today,
      ),
    ).toEqual([['2026-11-27', 'told']]);
  });

  it('reads a bracket as its own clause: "dated 21 October (came the 28th)"', () => {
    expect(
      dates(
        'the letter was dated 21st October (came the 28th). what is the deadline?',
        '2026-12-03',
      ),
    ).toEqual([
      ['2026-10-21', 'decision'],
      ['2026-10-28', 'received'],
    ]);
  });

  it('reads a date set before its clause by a comma or brackets with the clause it opens', () => {
    const cases: [string, string][] = [
      [
        "On Tuesday 22 December, I'm going to tell the adviser we don't want mediation",
        '2026-12-22',
      ],
      ['Friday (4 December) i tell the adviser no to mediation', '2026-12-04'],
      // French, Romanian: "On Tuesday 22 December, I'll tell the adviser …", "Tomorrow (Friday,
      // 4 December) I want to tell the adviser …".
      [
        'Le mardi 22 décembre, je vais dire au conseiller que je ne veux pas de médiation.',
        '2026-12-22',
      ],
      [
        'Mâine (vineri, 4 decembrie) vreau să-i spun consilierului că nu vreau mediere.',
        '2026-12-04',
      ],
    ];
    for (const [message, date] of cases)
      expect(dates(message, '2026-12-03'), message).toContainEqual([date, 'adviser']);
    // A date after its clause's words keeps its own clause.
    expect(dates('On 3 March, the council wrote to refuse the assessment', '2026-12-03')).toEqual([
      ['2026-03-03', 'decision'],
    ]);
  });

  it('tells the certificate date from the decision date', () => {
    expect(dates('we got the certificate on 12 April and the decision was 1 March')).toEqual([
      ['2025-04-12', 'certificate'],
      ['2025-03-01', 'decision'],
    ]);
    expect(
      dates(
        'The council sent me their decision on 3 March 2025, and the mediation certificate came on 20/03/2025',
      ),
    ).toEqual([
      ['2025-03-03', 'decision'],
      ['2025-03-20', 'certificate'],
    ]);
  });
});

describe('letterMonthEnd', () => {
  it.each([
    ['it was dated back in september, so its way over 2 months', '2026-09-30'],
    ['we got the final plan back in january', '2026-01-31'],
    ['the decision letter came in november', '2026-11-30'],
  ])('reads the month of a past letter: %s', (m, want) => {
    expect(letterMonthEnd(m, '2026-12-03')).toBe(want);
  });

  it.each([
    'the letter is dated 2nd september',
    'the decision letter is due in january',
    'the plan will be sent in february',
    'my plan review is in may',
    'we went on holiday in august',
  ])('reads nothing from %s', (m) => {
    expect(letterMonthEnd(m, '2026-12-03')).toBeUndefined();
  });

  it('reads nothing, and does not throw, when the caller gives no valid today', () => {
    for (const today of ['soon', '2026-13-45', ''])
      expect(letterMonthEnd('the letter was dated back in september', today)).toBeUndefined();
  });
});

describe('a date the family contacted us on', () => {
  it('is the adviser contact when they say they rang, emailed or left a message', () => {
    expect(dates('I rang on 2 June asking for the certificate, how long can they take?')).toEqual([
      ['2025-06-02', 'adviser'],
    ]);
    expect(dates('we emailed you on 20 May to say no to mediation')).toEqual([
      ['2025-05-20', 'adviser'],
    ]);
    // Someone else ringing the family is not their contact with the adviser.
    expect(dates('the council rang on 2 May to say they will not assess')).not.toEqual([
      ['2025-05-02', 'adviser'],
    ]);
  });
});

describe('the day a letter came', () => {
  it('is read from "came", learners\' "it come to my house", not from a visit still to come', () => {
    expect(dates('letter dated 2 May but it come to my house only 9 May')).toEqual([
      ['2025-05-02', 'decision'],
      ['2025-05-09', 'received'],
    ]);
    // A van or a visit that comes is no letter arriving, and no day in the past.
    expect(dates('does the library van still come to Fennick on 24 June?')).toEqual([
      ['2025-06-24', 'unknown'],
    ]);
  });
});
