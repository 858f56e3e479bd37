import { describe, expect, it } from 'vitest';
import { calculateExpenses, formatPounds } from './index';

describe('calculateExpenses (R18)', () => {
  it('adds each line at the Regs 41 rates', () => {
    const r = calculateExpenses({
      publicTransportPence: 1250,
      carMiles: 30.5,
      taxiPence: 900,
      lostEarningsPence: 6000,
      carerHours: 3,
      childrenCared: 2,
      overnight: { kind: 'inner_london', nights: 2, costPerNightPence: 9000 },
    });
    expect(r.lines.map((l) => [l.key, l.allowedPence])).toEqual([
      ['public_transport', 1250],
      ['car', 763],
      ['taxi', 900],
      ['lost_earnings', 4500],
      ['carer', 3210],
      ['overnight', 16200],
    ]);
    expect(r.totalPence).toBe(1250 + 763 + 900 + 4500 + 3210 + 16200);
    expect(r.totalText).toBe('£268.23');
    expect(r.explanation).toContain(
      'Lost earnings are paid up to £45, so the rest cannot be paid.',
    );
    expect(r.source).toContain('reg. 41');
  });

  it('uses the cap when no cost is given, and the flat rate with family or friends', () => {
    expect(calculateExpenses({ overnight: { kind: 'elsewhere', nights: 1 } }).totalPence).toBe(
      7100,
    );
    const ff = calculateExpenses({
      overnight: { kind: 'family_or_friends', nights: 3, costPerNightPence: 0 },
    });
    expect(ff.totalPence).toBe(6300);
    expect(ff.lines[0]?.note).toBe('3 nights, £21 a night when staying with family or friends.');
    const cheap = calculateExpenses({
      overnight: { kind: 'elsewhere', nights: 1, costPerNightPence: 5000 },
    });
    expect(cheap.totalPence).toBe(5000);
  });

  it('words single items and small earnings', () => {
    const r = calculateExpenses({ carerHours: 1, childrenCared: 1, lostEarningsPence: 2000 });
    expect(r.lines[0]?.note).toBe('Lost earnings are paid up to £45.');
    expect(r.lines[1]?.note).toContain('1 child');
    expect(
      calculateExpenses({ overnight: { kind: 'elsewhere', nights: 1 } }).lines[0]?.note,
    ).toContain('1 night,');
    expect(calculateExpenses({}).totalText).toBe('£0.00');
    expect(calculateExpenses({ carerHours: 2 }).lines).toEqual([]);
  });

  it('rejects bad amounts clearly', () => {
    expect(() => calculateExpenses({ taxiPence: -1 })).toThrow(
      /taxiPence must be a whole number of 0 or more/,
    );
    expect(() => calculateExpenses({ taxiPence: 1.5 })).toThrow(/whole number/);
    expect(() => calculateExpenses({ carMiles: Number.NaN })).toThrow(/carMiles must be a number/);
    expect(() => calculateExpenses({ carMiles: '3' as never })).toThrow(/carMiles/);
    expect(() =>
      calculateExpenses({ overnight: { kind: 'toString' as never, nights: 1 } }),
    ).toThrow(/overnight.kind/);
    expect(() => calculateExpenses({ overnight: 3 as never })).toThrow(/needs an object/);
  });

  it('formats pounds', () => {
    expect(formatPounds(5)).toBe('£0.05');
    expect(formatPounds(12345)).toBe('£123.45');
  });
});
