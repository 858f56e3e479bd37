// The shape every dated rule returns, and the shared wording for its warnings.
import type { CalendarOverrides, WorkingCalendar } from './calendar';
import { type IsoDate, formatIsoDate, formatLong, parseIsoDate } from './dates';
import { type Source, type SourceId, sources } from './sources';
import { type Template, english, tpl } from './texts';

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

/** A warning as a template (texts.ts); its message is the template in English. */
export interface TemplatedWarning {
  code: WarningCode;
  template: Template;
}

export function warning(code: WarningCode, template: Template): TemplatedWarning {
  return { code, template };
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
  /**
   * `steps` as templates (texts.ts), one per step, for the rules a front end shows in another
   * language (R2, R13); absent where the rule is explained in English only.
   */
  stepTemplates?: Template[];
  /** Each warning's message as a template, in the order of `warnings`. */
  warningTemplates?: Template[];
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
  /** The steps in English, or as templates (then written out in English for `steps`). */
  steps: string[] | Template[];
  sourceIds: SourceId[];
  cal: WorkingCalendar;
  options: RuleOptions | undefined;
  byFivePm?: boolean;
  /** A calendar period that does not move off non-working days: warn instead. */
  calendarPeriod?: boolean;
  extraWarnings?: TemplatedWarning[];
}

export function finish(args: FinishArgs): DeadlineResult {
  const { rule, day, sourceIds, cal, options, byFivePm = false } = args;
  const templates = args.steps.every((s) => typeof s !== 'string')
    ? (args.steps as Template[])
    : undefined;
  const steps = templates ? templates.map(english) : (args.steps as string[]);
  const warnings: TemplatedWarning[] = [...(args.extraWarnings ?? [])];
  const date = { date: formatIsoDate(day) };
  if (args.calendarPeriod) {
    const reason = cal.nonWorkingReasonTemplate(day);
    if (reason !== null) {
      warnings.push(
        warning(
          'not_working_day',
          tpl('warning.notWorkingDay', { date, reason: { text: reason } }),
        ),
      );
    }
  }
  if (options?.today !== undefined) {
    const today = parseIsoDate(options.today, 'today');
    if (today > day) {
      warnings.push(warning('passed', tpl('warning.passed', { date })));
    } else if (today === day) {
      warnings.push(
        warning('due_today', tpl(byFivePm ? 'warning.dueTodayFivePm' : 'warning.dueToday')),
      );
    }
  }
  const cited = sources(...sourceIds);
  return {
    rule,
    date: formatIsoDate(day),
    dateText: formatLong(day),
    explanation: steps.join(' '),
    steps,
    ...(templates && templates.length ? { stepTemplates: templates } : {}),
    source: cited.map((s) => s.cite).join('; '),
    sources: cited,
    warnings: warnings.map((w) => ({ code: w.code, message: english(w.template) })),
    warningTemplates: warnings.map((w) => w.template),
    byFivePm,
  };
}
