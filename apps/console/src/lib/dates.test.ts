import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDate, isIsoDate, relativeDue, todayInEngland } from './dates';

describe('dates', () => {
  it('takes today in England, not UTC', () => {
    // 23:30 UTC on 30 June is already 1 July in British Summer Time.
    expect(todayInEngland(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(todayInEngland(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('checks ISO dates strictly', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('28/02/2026')).toBe(false);
  });

  it('formats and counts days', () => {
    expect(formatDate('2026-03-05')).toBe('Thu 5 Mar 2026');
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(relativeDue('2026-03-01', '2026-03-04')).toBe('overdue by 3 days');
    expect(relativeDue('2026-03-04', '2026-03-04')).toBe('due today');
    expect(relativeDue('2026-03-05', '2026-03-04')).toBe('in 1 day');
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
  });
});
