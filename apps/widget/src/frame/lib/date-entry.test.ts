import { describe, expect, it } from 'vitest';
import { parseDateEntry, parseMonth, todayInEngland } from './date-entry';

const today = '2026-11-28';
const parse = (day: string, month: string, year: string, allowFuture = false) =>
  parseDateEntry({ day, month, year }, { today, allowFuture });

describe('parseDateEntry', () => {
  it('accepts real dates with or without leading zeros and with month names', () => {
    expect(parse('3', '3', '2026')).toEqual({ ok: true, iso: '2026-03-03' });
    expect(parse(' 03 ', '03', '2026')).toEqual({ ok: true, iso: '2026-03-03' });
    expect(parse('24', 'October', '2025')).toEqual({ ok: true, iso: '2025-10-24' });
    expect(parse('24', 'oct', '2025')).toEqual({ ok: true, iso: '2025-10-24' });
    expect(parse('29', '2', '2024')).toEqual({ ok: true, iso: '2024-02-29' });
  });

  it('says which part is missing', () => {
    expect(parse('', '', '')).toMatchObject({ ok: false, problem: { code: 'dateMissing' } });
    expect(parse('3', '', '2026')).toMatchObject({
      ok: false,
      problem: { code: 'dateMissingPart', part: 'month', parts: ['month'] },
    });
    expect(parse('', '', '2026')).toMatchObject({
      problem: { code: 'dateMissingPart', part: 'day', parts: ['day', 'month'] },
    });
  });

  it('refuses dates that do not exist, pointing at the wrong part', () => {
    expect(parse('29', '2', '2025')).toMatchObject({
      problem: { code: 'dateNotReal', parts: ['day'] },
    });
    expect(parse('31', '4', '2025')).toMatchObject({
      problem: { code: 'dateNotReal', parts: ['day'] },
    });
    expect(parse('3', '13', '2025')).toMatchObject({
      problem: { code: 'dateNotReal', parts: ['month'] },
    });
    expect(parse('0', '0', '2025')).toMatchObject({
      problem: { code: 'dateNotReal', parts: ['day', 'month'] },
    });
    expect(parse('3', 'Smarch', '2025')).toMatchObject({
      problem: { code: 'dateNotReal', parts: ['month'] },
    });
    expect(parse('3', '3', '20x5')).toMatchObject({
      problem: { code: 'dateNotReal', parts: ['year'] },
    });
  });

  it('needs a four-digit year from 2014 on', () => {
    expect(parse('3', '3', '26')).toMatchObject({ problem: { code: 'dateYearFourDigits' } });
    expect(parse('3', '3', '2013')).toMatchObject({ problem: { code: 'dateTooFarBack' } });
  });

  it('refuses future dates unless allowed', () => {
    expect(parse('29', '11', '2026')).toMatchObject({ problem: { code: 'dateFuture' } });
    expect(parse('28', '11', '2026')).toEqual({ ok: true, iso: '2026-11-28' });
    expect(parse('29', '11', '2026', true)).toEqual({ ok: true, iso: '2026-11-29' });
  });
});

describe('parseMonth', () => {
  it('reads numbers and names, not nonsense', () => {
    expect(parseMonth('12')).toBe(12);
    expect(parseMonth('Sept')).toBe(9);
    expect(parseMonth('september')).toBe(9);
    expect(parseMonth('ju')).toBeNaN();
    expect(parseMonth('junk')).toBeNaN();
  });
});

describe('todayInEngland', () => {
  it('uses London time, not UTC', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST).
    expect(todayInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});
