import { describe, expect, it } from 'vitest';
import { isIsoDate } from './dates';
import { todayInEngland } from './england-today';

describe('todayInEngland', () => {
  it('is the date in London, not in UTC, during British Summer Time', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(todayInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
  });
  it('is the UTC date in winter, when London keeps GMT', () => {
    expect(todayInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('1900-01-01')).toBe(true);
  });
  it('refuses dates that do not exist, other shapes and non-strings', () => {
    for (const bad of [
      '2027-02-29',
      '2026-13-01',
      '2026-00-10',
      '2026-04-31',
      '2026-4-1',
      ' 2026-04-01',
      '01/04/2026',
      '',
      null,
      20260401,
    ]) {
      expect(isIsoDate(bad)).toBe(false);
    }
  });
});
