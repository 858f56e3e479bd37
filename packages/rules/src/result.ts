// The shape every dated rule returns, and the shared wording for its warnings.
import type { CalendarOverrides, WorkingCalendar } from './calendar';
import { type IsoDate, formatIsoDate, formatLong, parseIsoDate } from './dates';
import { type Source, type SourceId, sources } from './sources';

export type RuleId =
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R4'
  | 'R5'
  | 'R6'
  | 'R7'
  | 'R8'
  | 'R9'
  | 'R10'
  | 'R11'
  | 'R12'
  | 'R13'
  | 'R14'
  | 'R15'
  | 'R16'
  | 'R17'
  | 'R18';

export type WarningCode =
  | 'not_working_day'
  | 'passed'
  | 'due_today'
  | 'certificate_before_decision'
  | 'certificate_not_needed'
  | 'done_late'
  | 'arranged_late'
  | 'not_applicable';

export interface RuleWarning {
  code: WarningCode;
  message: string;
}

/** Options every dated rule accepts besides its own inputs. */
export interface RuleOptions {
  /** Today's date, for "already passed" warnings. The rules never read a clock. */
  today?: IsoDate;
  /** Admin bank holiday overrides. */
  calendar?: CalendarOverrides;
}

export interface DeadlineResult {
  rule: RuleId;
  /** The deadline, `YYYY-MM-DD`. */
  date: IsoDate;
  /** The deadline written out: "Tuesday 6 May 2025". */
  dateText: string;
  /** Every step in one paragraph of plain English. */
  explanation: string;
  steps: string[];
  /** Short citation(s), e.g. "SEND Regulations 2014, reg. 33". */
  source: string;
  sources: Source[];
  warnings: RuleWarning[];
  /** True when the act must be done by 5pm on the day (Tribunal Rules r.12(1)). */
  byFivePm: boolean;
}

interface FinishArgs {
  rule: RuleId;
  day: number;
  steps: string[];
  sourceIds: SourceId[];
  cal: WorkingCalendar;
  options: RuleOptions | undefined;
  byFivePm?: boolean;
  /** A calendar period that does not move off non-working days: warn instead. */
  calendarPeriod?: boolean;
  extraWarnings?: RuleWarning[];
}

export function finish(args: FinishArgs): DeadlineResult {
  const { rule, day, steps, sourceIds, cal, options, byFivePm = false } = args;
  const warnings: RuleWarning[] = [...(args.extraWarnings ?? [])];
  if (args.calendarPeriod) {
    const reason = cal.nonWorkingReason(day);
    if (reason !== null) {
      warnings.push({
        code: 'not_working_day',
        message: `${formatLong(day)} is not a working day (it is ${reason}). This deadline does not move to the next working day, so act before it.`,
      });
    }
  }
  if (options?.today !== undefined) {
    const today = parseIsoDate(options.today, 'today');
    if (today > day) {
      warnings.push({
        code: 'passed',
        message: `This date has passed: it was ${formatLong(day)}.`,
      });
    } else if (today === day) {
      warnings.push({
        code: 'due_today',
        message: byFivePm ? 'This is due today, by 5pm.' : 'This is due today.',
      });
    }
  }
  const cited = sources(...sourceIds);
  return {
    rule,
    date: formatIsoDate(day),
    dateText: formatLong(day),
    explanation: steps.join(' '),
    steps,
    source: cited.map((s) => s.cite).join('; '),
    sources: cited,
    warnings,
    byFivePm,
  };
}
