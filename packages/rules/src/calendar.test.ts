import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  RulesInputError,
  addWorkingDays,
  bankHolidays,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
} from './index';
import { easterSunday } from './bank-holidays';
import { addCalendarDays, formatIsoDate, fromParts } from './dates';
import { OFFICIAL_BANK_HOLIDAYS } from './test-support';

const OFFICIAL = OFFICIAL_BANK_HOLIDAYS;

describe('bank holidays', () => {
  it.each(Object.entries(OFFICIAL))(
    '%s matches the official England and Wales list',
    (year, dates) => {
      expect(bankHolidays(Number(year)).map((h) => h.date)).toEqual(dates);
      for (const d of dates) expect(isWorkingDay(d)).toBe(false);
    },
  );

  it.each([
    [2018, '01-01 03-30 04-02 05-07 05-28 08-27 12-25 12-26'],
    [2019, '01-01 04-19 04-22 05-06 05-27 08-26 12-25 12-26'],
    [2020, '01-01 04-10 04-13 05-08 05-25 08-31 12-25 12-28'],
    [2021, '01-01 04-02 04-05 05-03 05-31 08-30 12-27 12-28'],
    [2022, '01-03 04-15 04-18 05-02 06-02 06-03 08-29 09-19 12-26 12-27'],
    [2023, '01-02 04-07 04-10 05-01 05-08 05-29 08-28 12-25 12-26'],
  ])('%s matches the published list, one-offs included', (year, list) => {
    expect(
      bankHolidays(year)
        .map((h) => h.date.slice(5))
        .join(' '),
    ).toBe(list);
  });

  it('names the days and writes them out', () => {
    expect(bankHolidays(2026).at(-1)).toEqual({
      date: '2026-12-28',
      name: 'Boxing Day (substitute day)',
      label: 'Monday 28 December 2026',
    });
  });

  it('carries the published one-off changes', () => {
    const dates = (y: number) => bankHolidays(y).map((h) => h.date);
    expect(dates(2020)).toContain('2020-05-08');
    expect(dates(2020)).not.toContain('2020-05-04');
    expect(dates(2022)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
    expect(dates(2022)).not.toContain('2022-05-30');
    expect(dates(2023)).toContain('2023-05-08');
    expect(dates(2012)).toEqual(expect.arrayContaining(['2012-06-04', '2012-06-05']));
    expect(dates(2012)).not.toContain('2012-05-28');
    expect(dates(1995)).toContain('1995-05-08');
    expect(dates(1999)).toContain('1999-12-31');
    expect(dates(2011)).toContain('2011-04-29');
    expect(dates(2002)).toEqual(expect.arrayContaining(['2002-06-03', '2002-06-04']));
    expect(dates(1981)).toContain('1981-07-29');
  });

  it('handles every Christmas and New Year weekday pattern', () => {
    // 2021: Christmas Saturday, Boxing Day Sunday; 2022: Christmas Sunday; 2021 New Year Friday;
    // 2022 New Year Saturday; 2023 New Year Sunday.
    expect(bankHolidays(2021).map((h) => h.date)).toEqual(
      expect.arrayContaining(['2021-12-27', '2021-12-28']),
    );
    expect(bankHolidays(2022).map((h) => h.date)).toEqual(
      expect.arrayContaining(['2022-01-03', '2022-12-26', '2022-12-27']),
    );
    expect(bankHolidays(2023).map((h) => h.date)).toContain('2023-01-02');
    expect(nonWorkingReason('2021-12-25')).toBe('Christmas Day');
    expect(nonWorkingReason('2022-12-27')).toBe('a bank holiday (Christmas Day (substitute day))');
  });

  it('computes Easter for known years', () => {
    const known = ['2019-04-21', '2024-03-31', '2025-04-20', '2038-04-25', '2285-03-22'];
    for (const iso of known) {
      const y = Number(iso.slice(0, 4));
      expect(formatIsoDate(easterSunday(y))).toBe(iso);
    }
  });

  it('gives 8 or more holidays, all on weekdays, in every year the rules cover', () => {
    for (let y = 1978; y <= 2199; y += 1) {
      const list = bankHolidays(y);
      expect(list.length).toBeGreaterThanOrEqual(8);
      for (const h of list) expect(nonWorkingReason(h.date)).not.toMatch(/^a S/);
    }
  });

  it('rejects years it does not cover', () => {
    expect(() => bankHolidays(1977)).toThrow(RulesInputError);
    expect(() => bankHolidays(2200)).toThrow(RulesInputError);
    expect(() => bankHolidays(2025.5)).toThrow(/whole number/);
  });
});

describe('admin overrides', () => {
  const calendar = { add: ['2026-06-15', '2026-06-13'], remove: ['2026-05-04', '2026-04-03'] };

  it('adds and removes days', () => {
    expect(isWorkingDay('2026-06-15', calendar)).toBe(false);
    expect(nonWorkingReason('2026-06-15', calendar)).toBe('a bank holiday added by the service');
    expect(isWorkingDay('2026-05-04', calendar)).toBe(true);
    expect(addWorkingDays('2026-06-12', 1, calendar)).toBe('2026-06-16');
    const list = bankHolidays(2026, calendar).map((h) => h.date);
    expect(list).toContain('2026-06-15');
    expect(list).not.toContain('2026-05-04');
    expect(list).not.toContain('2026-06-13'); // a Saturday is not listed as a holiday
    expect(bankHolidays(2027, calendar).map((h) => h.date)).toEqual(OFFICIAL[2027]);
  });

  it('never makes Good Friday, Christmas Day or a weekend a working day', () => {
    expect(isWorkingDay('2026-04-03', calendar)).toBe(false);
    expect(bankHolidays(2026, calendar).map((h) => h.date)).toContain('2026-04-03');
    expect(isWorkingDay('2026-12-25', { remove: ['2026-12-25'] })).toBe(false);
    expect(isWorkingDay('2026-06-13', { remove: ['2026-06-13'] })).toBe(false);
  });

  it('follows overrides edited in place, and many different overrides', () => {
    const edited: { add: string[] } = { add: [] };
    expect(isWorkingDay('2026-06-15', edited)).toBe(true);
    edited.add.push('2026-06-15');
    expect(isWorkingDay('2026-06-15', edited)).toBe(false);
    for (let d = 1; d <= 40; d += 1) {
      const iso = `2026-07-${String(Math.min(d, 31)).padStart(2, '0')}`;
      expect(isWorkingDay(iso, { add: [iso] })).toBe(false);
    }
  });

  it('accepts an empty override and reuses a calendar', () => {
    const empty = {};
    expect(isWorkingDay('2026-05-04', empty)).toBe(false);
    expect(isWorkingDay('2026-05-05', empty)).toBe(true);
  });

  it('rejects bad overrides clearly', () => {
    expect(() => isWorkingDay('2026-05-04', { add: ['2026-02-30'] })).toThrow(
      /calendar\.add\[0\] "2026-02-30" is not a real calendar date/,
    );
    expect(() => isWorkingDay('2026-05-04', { add: '2026-01-01' as never })).toThrow(
      /must be a list/,
    );
    expect(() => isWorkingDay('2026-05-04', 'x' as never)).toThrow(/calendar must be an object/);
    expect(() => isWorkingDay('2026-05-04', null as never)).toThrow(/calendar must be an object/);
  });

  it('checks a list that only looks like one seen before (remembered calendars)', () => {
    expect(isWorkingDay('2026-06-15', { add: ['2026-06-15'] })).toBe(false);
    // A String object prints the same as the valid list above but is not a date string.
    const lookalike = { add: [new String('2026-06-15') as never] };
    expect(() => isWorkingDay('2026-06-15', lookalike)).toThrow(/calendar\.add\[0\]/);
    expect(() => isWorkingDay('2026-06-15', lookalike)).toThrow(/calendar\.add\[0\]/);
    // The same days in another order are the same calendar.
    expect(isWorkingDay('2026-06-16', { add: ['2026-06-15', '2026-06-16'] })).toBe(false);
    expect(isWorkingDay('2026-06-16', { add: ['2026-06-16', '2026-06-15'] })).toBe(false);
    // More calendars than are remembered: each still answers from its own overrides.
    for (let d = 1; d <= 70; d += 1) {
      const iso = addCalendarDays('2027-03-01', d);
      expect(isWorkingDay(iso, { remove: [], add: [iso] })).toBe(false);
    }
  });
});

describe('working days', () => {
  it('follows the Tribunal definition', () => {
    expect(isWorkingDay('2025-12-24')).toBe(true);
    expect(isWorkingDay('2025-12-29')).toBe(true);
    expect(isWorkingDay('2025-12-27')).toBe(false);
    expect(nonWorkingReason('2025-12-28')).toBe('a Sunday');
    expect(nonWorkingReason('2025-12-27')).toBe('a Saturday');
    expect(nonWorkingReason('2025-12-29')).toBeNull();
  });

  it('adds and subtracts working days', () => {
    expect(addWorkingDays('2025-12-23', 3)).toBe('2025-12-30');
    expect(addWorkingDays('2025-12-30', -3)).toBe('2025-12-23');
    expect(addWorkingDays('2025-12-27', 0)).toBe('2025-12-27');
    expect(addWorkingDays('2025-12-27', 1)).toBe('2025-12-29');
    expect(nextWorkingDay('2025-12-24')).toBe('2025-12-29');
  });

  it('rejects a non-integer count', () => {
    expect(() => addWorkingDays('2025-01-01', 1.5)).toThrow(RulesInputError);
    expect(() => addWorkingDays('2025-01-01', Number.NaN)).toThrow(RulesInputError);
    expect(() => addWorkingDays('2025-01-01', 20_000)).toThrow(RulesInputError);
  });

  const anyDate = fc
    .integer({ min: fromParts(2024, 1, 1), max: fromParts(2030, 12, 31) })
    .map(formatIsoDate);

  it('adding n > 0 working days lands on a working day, and going back returns', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 1, max: 60 }), (date, n) => {
        const later = addWorkingDays(date, n);
        expect(isWorkingDay(later)).toBe(true);
        expect(later > date).toBe(true);
        const back = addWorkingDays(later, -n);
        if (isWorkingDay(date)) expect(back).toBe(date);
        else expect(back < date).toBe(true);
      }),
    );
  });

  it('counts exactly n working days in between, the end included and the start not', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -30, max: 30 }), (date, n) => {
        const start = dayOf(date);
        const end = dayOf(addWorkingDays(date, n));
        const [lo, hi] = n >= 0 ? [start + 1, end] : [end, start - 1];
        let count = 0;
        for (let d = lo; d <= hi; d += 1) if (isWorkingDay(formatIsoDate(d))) count += 1;
        expect(count).toBe(Math.abs(n));
      }),
    );
  });
});

function dayOf(iso: string): number {
  return fromParts(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
}
