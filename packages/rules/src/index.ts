export const RULES_VERSION = '0.1.0';
export * from './case-facts';
export { RulesInputError } from './errors';
export {
  type IsoDate,
  addCalendarDays,
  addCalendarMonths,
  formatDate,
  FIRST_YEAR,
  LAST_YEAR,
} from './dates';
export {
  type BankHoliday,
  type CalendarOverrides,
  addWorkingDays,
  bankHolidays,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
} from './calendar';
export { easterSunday, ONE_OFF_CHANGES } from './bank-holidays';
export { SOURCES, type Source, type SourceId } from './sources';
export type { DeadlineResult, RuleId, RuleOptions, RuleWarning, WarningCode } from './result';
export * from './deadlines';
