// Reading the inputs of a rule: one place that turns bad input into a clear RulesInputError.
import { workingCalendar, type WorkingCalendar } from './calendar';
import { parseIsoDate } from './dates';
import { RulesInputError } from './errors';
import type { RuleOptions } from './result';

export function readObject(input: unknown, fn: string): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new RulesInputError('input', `${fn} needs an object of named dates.`);
  }
  return input as Record<string, unknown>;
}

export function readDate(input: Record<string, unknown>, field: string): number {
  return parseIsoDate(input[field], field);
}

export function readOptionalDate(input: Record<string, unknown>, field: string): number | null {
  const value = input[field];
  return value === undefined || value === null || value === '' ? null : parseIsoDate(value, field);
}

/** Validates `today` up front (so a bad one fails even when no warning is due) and the calendar. */
export function readOptions(input: Record<string, unknown>): {
  options: RuleOptions;
  cal: WorkingCalendar;
} {
  const options = input as RuleOptions;
  if (options.today !== undefined) parseIsoDate(options.today, 'today');
  return { options, cal: workingCalendar(options.calendar) };
}
