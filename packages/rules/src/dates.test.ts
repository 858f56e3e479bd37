import { describe, expect, it } from 'vitest';
import { addCalendarDays, addCalendarMonths, calendarDaysBetween, formatDate } from './index';
import { monthName, toParts } from './dates';

describe('dates', () => {
  it('writes dates the way explanations do', () => {
    expect(formatDate('2025-05-06')).toBe('Tuesday 6 May 2025');
    expect(monthName(12)).toBe('December');
    expect(toParts(0)).toEqual({ year: 1970, month: 1, day: 1 });
  });
  it('applies the month-end rule', () => {
    expect(addCalendarMonths('2024-12-31', 2)).toBe('2025-02-28');
    expect(addCalendarMonths('2023-12-31', 2)).toBe('2024-02-29');
    expect(addCalendarMonths('2025-03-31', 1)).toBe('2025-04-30');
    expect(addCalendarMonths('2025-03-03', 2)).toBe('2025-05-03');
    expect(addCalendarMonths('2025-01-31', -2)).toBe('2024-11-30');
    expect(addCalendarMonths('2025-11-15', 3)).toBe('2026-02-15');
  });
  it('adds calendar days', () => {
    expect(addCalendarDays('2025-06-30', 30)).toBe('2025-07-30');
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(calendarDaysBetween('2026-12-03', '2026-12-04')).toBe(1);
    expect(calendarDaysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(calendarDaysBetween('2026-12-03', '2026-11-30')).toBe(-3);
  });
});
