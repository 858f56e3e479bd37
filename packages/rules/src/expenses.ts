// R18: the expenses the body that arranges mediation pays the parent or young person (Regs 41).
// Money is whole pence so totals never suffer from floating-point rounding.
import { RulesInputError } from './errors';
import { readObject } from './inputs';
import { sources } from './sources';
import type { Explained } from './tracks';

/** The amounts set by Regs 41, in pence. */
export const EXPENSE_RATES = {
  carPerMile: 25,
  lostEarningsMax: 4500,
  carerPerHourPerChild: 535,
  overnight: { inner_london: 8100, elsewhere: 7100, family_or_friends: 2100 },
} as const;

export type OvernightKind = keyof typeof EXPENSE_RATES.overnight;

export interface ExpensesInput {
  /** Standard-class public transport fares paid, in pence. */
  publicTransportPence?: number;
  /** Miles driven by private car (there and back). */
  carMiles?: number;
  /** Taxi fares paid, in pence. */
  taxiPence?: number;
  /** Earnings lost to attend, in pence. */
  lostEarningsPence?: number;
  /** Hours of paid care for children while attending, and how many children. */
  carerHours?: number;
  childrenCared?: number;
  /** Nights away, where, and (for paid accommodation) the cost per night in pence. */
  overnight?: { kind: OvernightKind; nights: number; costPerNightPence?: number };
}

export interface ExpenseLine {
  key: 'public_transport' | 'car' | 'taxi' | 'lost_earnings' | 'carer' | 'overnight';
  label: string;
  claimedPence: number;
  allowedPence: number;
  note: string;
}

export interface ExpensesResult extends Explained {
  rule: 'R18';
  lines: ExpenseLine[];
  totalPence: number;
  /** "£123.45". */
  totalText: string;
}

export function formatPounds(pence: number): string {
  return `£${(pence / 100).toFixed(2)}`;
}

function amount(o: Record<string, unknown>, field: string, integer: boolean): number {
  const v = o[field] ?? 0;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || (integer && !Number.isInteger(v))) {
    throw new RulesInputError(
      field,
      `${field} must be ${integer ? 'a whole number' : 'a number'} of 0 or more.`,
    );
  }
  return v;
}

/** R18: works out what the arranging body pays, line by line, with the rate for each. */
export function calculateExpenses(input: ExpensesInput): ExpensesResult {
  const o = readObject(input, 'calculateExpenses');
  const lines: ExpenseLine[] = [];
  const fares = amount(o, 'publicTransportPence', true);
  if (fares > 0) {
    lines.push({
      key: 'public_transport',
      label: 'Public transport',
      claimedPence: fares,
      allowedPence: fares,
      note: 'Standard-class fares are paid in full.',
    });
  }
  const miles = amount(o, 'carMiles', false);
  if (miles > 0) {
    const pay = Math.round(miles * EXPENSE_RATES.carPerMile);
    lines.push({
      key: 'car',
      label: 'Car',
      claimedPence: pay,
      allowedPence: pay,
      note: `${miles} miles at 25p a mile.`,
    });
  }
  const taxi = amount(o, 'taxiPence', true);
  if (taxi > 0) {
    lines.push({
      key: 'taxi',
      label: 'Taxi',
      claimedPence: taxi,
      allowedPence: taxi,
      note: 'Taxi fares are paid. Keep the receipt.',
    });
  }
  const earnings = amount(o, 'lostEarningsPence', true);
  if (earnings > 0) {
    const pay = Math.min(earnings, EXPENSE_RATES.lostEarningsMax);
    lines.push({
      key: 'lost_earnings',
      label: 'Lost earnings',
      claimedPence: earnings,
      allowedPence: pay,
      note:
        pay < earnings
          ? 'Lost earnings are paid up to £45, so the rest cannot be paid.'
          : 'Lost earnings are paid up to £45.',
    });
  }
  const hours = amount(o, 'carerHours', false);
  const children = amount(o, 'childrenCared', true);
  if (hours > 0 && children > 0) {
    const pay = Math.round(hours * children * EXPENSE_RATES.carerPerHourPerChild);
    lines.push({
      key: 'carer',
      label: 'Care for children',
      claimedPence: pay,
      allowedPence: pay,
      note: `${hours} hours for ${children} ${children === 1 ? 'child' : 'children'} at £5.35 an hour for each child.`,
    });
  }
  if (o['overnight'] !== undefined) lines.push(overnightLine(o['overnight']));
  const total = lines.reduce((sum, l) => sum + l.allowedPence, 0);
  const steps = [
    ...lines.map((l) => `${l.label}: ${formatPounds(l.allowedPence)}. ${l.note}`),
    `Total: ${formatPounds(total)}. The body that arranges the mediation pays this, and may ask for receipts.`,
  ];
  const cited = sources('regs-41');
  return {
    rule: 'R18',
    lines,
    totalPence: total,
    totalText: formatPounds(total),
    explanation: steps.join(' '),
    steps,
    source: cited.map((s) => s.cite).join('; '),
    sources: cited,
  };
}

const OVERNIGHT_TEXT: Record<OvernightKind, string> = {
  inner_london: 'up to £81 a night in inner London',
  elsewhere: 'up to £71 a night outside inner London',
  family_or_friends: '£21 a night when staying with family or friends',
};

function overnightLine(value: unknown): ExpenseLine {
  const o = readObject(value, 'overnight');
  const kind = o['kind'] as OvernightKind;
  if (typeof kind !== 'string' || !Object.hasOwn(EXPENSE_RATES.overnight, kind)) {
    throw new RulesInputError(
      'overnight.kind',
      'overnight.kind must be one of: inner_london, elsewhere, family_or_friends.',
    );
  }
  const nights = amount(o, 'nights', true);
  const cap = EXPENSE_RATES.overnight[kind];
  const cost = o['costPerNightPence'] === undefined ? cap : amount(o, 'costPerNightPence', true);
  const perNight = kind === 'family_or_friends' ? cap : Math.min(cost, cap);
  return {
    key: 'overnight',
    label: 'Overnight stay',
    claimedPence: cost * nights,
    allowedPence: perNight * nights,
    note: `${nights} ${nights === 1 ? 'night' : 'nights'}, ${OVERNIGHT_TEXT[kind]}.`,
  };
}
