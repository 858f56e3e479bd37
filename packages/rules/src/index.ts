export const RULES_VERSION = '0.1.0';
export * from './case-facts';
export { RulesInputError } from './errors';
export {
  type IsoDate,
  addCalendarDays,
  addCalendarMonths,
  calendarDaysBetween,
  formatDate,
  isIsoDate,
  FIRST_YEAR,
  LAST_YEAR,
} from './dates';
export { todayInEngland } from './england-today';
export {
  type BankHoliday,
  type CalendarOverrides,
  addWorkingDays,
  bankHolidays,
  isWorkingDay,
  nextWorkingDay,
  nonWorkingReason,
} from './calendar';
export { ONE_OFF_CHANGES } from './bank-holidays';
export { SOURCES, type Source, type SourceId } from './sources';
export type { DeadlineResult, RuleId, RuleOptions, RuleWarning, WarningCode } from './result';
export * from './deadlines';
export * from './agreements';
export * from './tracks';
export * from './attendance';
export * from './expenses';
export * from './lifecycle';
export * from './case-deadlines';
export * from './route-flow';
export * from './meetings';
export {
  RULE_TEXTS,
  type RuleTextKey,
  type Template,
  type TemplateParam,
  renderTemplate,
} from './texts';
