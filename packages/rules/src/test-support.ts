// Test helpers shared by the test files (not exported from the package).
import { formatIsoDate, fromParts } from './dates';

/** The official gov.uk England and Wales lists, written by hand. */
export const OFFICIAL_BANK_HOLIDAYS: Readonly<Record<number, readonly string[]>> = {
  2024: [
    '2024-01-01',
    '2024-03-29',
    '2024-04-01',
    '2024-05-06',
    '2024-05-27',
    '2024-08-26',
    '2024-12-25',
    '2024-12-26',
  ],
  2025: [
    '2025-01-01',
    '2025-04-18',
    '2025-04-21',
    '2025-05-05',
    '2025-05-26',
    '2025-08-25',
    '2025-12-25',
    '2025-12-26',
  ],
  2026: [
    '2026-01-01',
    '2026-04-03',
    '2026-04-06',
    '2026-05-04',
    '2026-05-25',
    '2026-08-31',
    '2026-12-25',
    '2026-12-28',
  ],
  2027: [
    '2027-01-01',
    '2027-03-26',
    '2027-03-29',
    '2027-05-03',
    '2027-05-31',
    '2027-08-30',
    '2027-12-27',
    '2027-12-28',
  ],
};

const official = new Set(Object.values(OFFICIAL_BANK_HOLIDAYS).flat());

/** An oracle for 2024-2027 that shares no code with the calendar: JS Date + the hand list. */
export function oracleIsWorkingDay(iso: string): boolean {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !official.has(iso);
}

export function oracleAddDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function dayNumber(iso: string): number {
  return fromParts(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
}

export { formatIsoDate, fromParts };
