// The dated rules R2-R8 and R11-R14: pure functions, ISO dates in and out, each result with
// its steps in plain English, its sources and its warnings.
import { type WorkingCalendar, onOrNextWorkingDay, stepWorkingDays } from './calendar';
import { type IsoDate, addMonths, formatIsoDate, formatLong, fromParts, toParts } from './dates';
import { RulesInputError } from './errors';
import { readDate, readObject, readOptionalDate, readOptions } from './inputs';
import {
  type DeadlineResult,
  type RuleOptions,
  type TemplatedWarning,
  finish,
  warning,
} from './result';
import { sources } from './sources';
import { type Template, english, tpl } from './texts';

/** Names the bank holidays (not weekends) between two days, for "X is a bank holiday" steps. */
/** The bank holidays (not weekends) strictly between two days, one note each. */
function skippedHolidayTemplates(from: number, to: number, cal: WorkingCalendar): Template[] {
  const notes: Template[] = [];
  const [lo, hi] = from < to ? [from, to] : [to, from];
  for (let d = lo + 1; d < hi; d += 1) {
    const reason = cal.nonWorkingReasonTemplate(d);
    if (reason !== null && reason.key !== 'reason.saturday' && reason.key !== 'reason.sunday') {
      notes.push(tpl('step.holidayNotCounted', { date: isoOf(d), reason: { text: reason } }));
    }
  }
  return notes;
}

function skippedHolidays(from: number, to: number, cal: WorkingCalendar): string[] {
  return skippedHolidayTemplates(from, to, cal).map(english);
}

/** A day number as a template's date parameter. */
function isoOf(day: number): { date: IsoDate } {
  return { date: formatIsoDate(day) };
}

function countWorkingDays(
  fromDay: number,
  n: number,
  cal: WorkingCalendar,
  what: string,
): { day: number; steps: string[] } {
  const day = stepWorkingDays(fromDay, n, cal);
  const direction = n < 0 ? 'before' : 'after';
  const steps = [
    `${what}. Weekends and bank holidays do not count.`,
    ...skippedHolidays(fromDay, day, cal),
    `${Math.abs(n)} working days ${direction} ${formatLong(fromDay)} is ${formatLong(day)}.`,
  ];
  return { day, steps };
}

export interface AdviserContactInput extends RuleOptions {
  /** The date on the decision letter (not the day it arrived). */
  decisionDate: IsoDate;
}

/** R2: the latest day to contact the mediation adviser: the letter date + 2 months. */
export function adviserContactDeadline(input: AdviserContactInput): DeadlineResult {
  const o = readObject(input, 'adviserContactDeadline');
  const decision = readDate(o, 'decisionDate');
  const { options, cal } = readOptions(o);
  const day = addMonths(decision, 2);
  return finish({
    rule: 'R2',
    day,
    steps: [
      tpl('r2.letterDated', { decision: isoOf(decision) }),
      tpl('r2.lastDay', { deadline: isoOf(day) }),
    ],
    sourceIds: ['regs-33'],
    cal,
    options,
    calendarPeriod: true,
  });
}

export interface AdviserLastDayInput extends RuleOptions {
  /** A last day to contact the adviser the family worked out themselves (2 months after the letter). */
  lastDay: IsoDate;
}

/**
 * R2 for a last day the family already has ("my 2 months run out on 30 December and you're
 * shut"): unlike an appeal's (R13), it is never moved, so it stays; a warning says when it is
 * not a working day.
 */
export function adviserLastDayStays(input: AdviserLastDayInput): DeadlineResult {
  const o = readObject(input, 'adviserLastDayStays');
  const day = readDate(o, 'lastDay');
  const { options, cal } = readOptions(o);
  return finish({
    rule: 'R2',
    day,
    steps: [tpl('r2.lastDayGiven', { deadline: isoOf(day) }), tpl('r2.notMoved')],
    sourceIds: ['regs-33'],
    cal,
    options,
    calendarPeriod: true,
  });
}

export interface CertificateWindowInput extends RuleOptions {
  decisionDate: IsoDate;
  /** When the person first contacted the mediation adviser. */
  contactDate: IsoDate;
}

export interface CertificateWindowResult extends DeadlineResult {
  /** Whether the adviser can still issue a certificate. */
  canIssue: boolean;
}

/** R3: the adviser may issue a certificate only if the contact was within the R2 2 months. */
export function certificateWindow(input: CertificateWindowInput): CertificateWindowResult {
  const o = readObject(input, 'certificateWindow');
  const contact = readDate(o, 'contactDate');
  const r2 = adviserContactDeadline(input);
  const deadline = addMonths(readDate(o, 'decisionDate'), 2);
  const canIssue = contact <= deadline;
  const steps = [
    ...r2.steps,
    canIssue
      ? `The adviser was contacted on ${formatLong(contact)}, in time, so the adviser can issue a certificate.`
      : `The adviser was contacted on ${formatLong(contact)}, after that day, so the adviser cannot issue a certificate. The person can still ask the Tribunal for permission to appeal without one.`,
  ];
  return {
    ...r2,
    rule: 'R3',
    steps,
    explanation: steps.join(' '),
    source: `${r2.source}; SEND Regulations 2014, reg. 34(2)-(3)`,
    sources: [...r2.sources, ...sources('regs-34')],
    canIssue,
  };
}

export type CertificateReason = 'declined' | 'mediation_ended' | 'la_cannot_arrange';

export interface CertificateDueInput extends RuleOptions {
  /** The day the adviser was told the person declines mediation, the mediation ended, or the LA cannot arrange it. */
  from: IsoDate;
  /** Which event `from` is; it changes only the rule number and wording. */
  reason?: CertificateReason;
}

const CERTIFICATE_RULES = {
  declined: {
    rule: 'R4',
    event: 'The person told the adviser they do not want mediation on',
    source: 'regs-34',
  },
  mediation_ended: { rule: 'R11', event: 'The mediation ended on', source: 'regs-39' },
  la_cannot_arrange: {
    rule: 'R12',
    event: 'The adviser was told the mediation cannot take place within 30 days on',
    note: 'The person is treated as having taken part in mediation, so the certificate lets them appeal.',
    source: 'regs-39',
  },
} as const;

/** R4, R11, R12: the mediation certificate is due within 3 working days. */
export function certificateDueDate(input: CertificateDueInput): DeadlineResult {
  const o = readObject(input, 'certificateDueDate');
  const from = readDate(o, 'from');
  const { options, cal } = readOptions(o);
  const reason = o['reason'] ?? 'declined';
  if (typeof reason !== 'string' || !Object.hasOwn(CERTIFICATE_RULES, reason)) {
    throw new RulesInputError(
      'reason',
      'reason must be one of: declined, mediation_ended, la_cannot_arrange.',
    );
  }
  const spec = CERTIFICATE_RULES[reason as CertificateReason];
  const { day, steps } = countWorkingDays(
    from,
    3,
    cal,
    'The certificate is due within 3 working days',
  );
  return finish({
    rule: spec.rule,
    day,
    steps: [
      `${spec.event} ${formatLong(from)}.`,
      ...steps,
      `So the certificate must be issued by ${formatLong(day)}.`,
      ...('note' in spec ? [spec.note] : []),
    ],
    sourceIds: [spec.source],
    cal,
    options,
  });
}

export interface FromInput extends RuleOptions {
  from: IsoDate;
}

/** R5: the LA tells the health body (ICB) within 3 working days of learning mediation is wanted. */
export function healthBodyNoticeDueDate(input: FromInput): DeadlineResult {
  const o = readObject(input, 'healthBodyNoticeDueDate');
  const from = readDate(o, 'from');
  const { options, cal } = readOptions(o);
  const { day, steps } = countWorkingDays(
    from,
    3,
    cal,
    'The council must tell the health body (the integrated care board) within 3 working days',
  );
  return finish({
    rule: 'R5',
    day,
    steps: [
      `The council learned on ${formatLong(from)} that the person wants mediation that includes health care.`,
      ...steps,
      `So the health body must be told by ${formatLong(day)}.`,
    ],
    sourceIds: ['regs-35'],
    cal,
    options,
  });
}

export interface MediationArrangeInput extends FromInput {
  /** True when the mediation is only about health care: the ICB arranges it (reg. 36). */
  healthOnly?: boolean;
}

/** R7: the mediation must take place within 30 calendar days (not working days). */
export function mediationArrangeBy(input: MediationArrangeInput): DeadlineResult {
  const o = readObject(input, 'mediationArrangeBy');
  const from = readDate(o, 'from');
  const { options, cal } = readOptions(o);
  const body =
    o['healthOnly'] === true
      ? 'health body (the integrated care board)'
      : 'council (local authority)';
  const day = from + 30;
  return finish({
    rule: 'R7',
    day,
    steps: [
      `The ${body} was told on ${formatLong(from)} that the person wants mediation.`,
      `The mediation must take place within 30 days. These are calendar days, not working days.`,
      `30 days after ${formatLong(from)} is ${formatLong(day)}.`,
    ],
    sourceIds: o['healthOnly'] === true ? ['regs-36'] : ['regs-35'],
    cal,
    options,
    calendarPeriod: true,
  });
}

export interface MediationNoticeInput extends RuleOptions {
  mediationDate: IsoDate;
}

/** R8: the person must get at least 5 working days' notice of the mediation's date and place. */
export function mediationNoticeBy(input: MediationNoticeInput): DeadlineResult {
  const o = readObject(input, 'mediationNoticeBy');
  const mediation = readDate(o, 'mediationDate');
  const { options, cal } = readOptions(o);
  const { day, steps } = countWorkingDays(
    mediation,
    -5,
    cal,
    'Notice of the date and place must be given at least 5 working days before the mediation',
  );
  return finish({
    rule: 'R8',
    day,
    steps: [
      `The mediation is on ${formatLong(mediation)}.`,
      ...steps,
      `So the notice must be given by ${formatLong(day)}, unless the person agrees to shorter notice.`,
    ],
    sourceIds: ['regs-37'],
    cal,
    options,
  });
}

export interface AppealDeadlineInput extends RuleOptions {
  /** The date on the decision letter, i.e. when notice of the decision was sent. */
  decisionDate: IsoDate;
  /** The date the mediation certificate was issued, if there is one. */
  certificateDate?: IsoDate | null;
  /**
   * True when the appeal is only about the school or institution named (or its type, or none
   * named): no certificate is needed, so a certificate does not extend the time.
   */
  placementOnly?: boolean;
}

/** R13: the SEND Tribunal appeal deadline (Tribunal Rules r.20(1)(c) and r.12). */
export function appealDeadline(input: AppealDeadlineInput): DeadlineResult {
  const o = readObject(input, 'appealDeadline');
  const decision = readDate(o, 'decisionDate');
  const certificate = readOptionalDate(o, 'certificateDate');
  const { options, cal } = readOptions(o);
  const warnings: TemplatedWarning[] = [];
  const afterLetter = addMonths(decision, 2);
  const steps: Template[] = [
    tpl('r13.letterDated', { decision: isoOf(decision), afterLetter: isoOf(afterLetter) }),
  ];
  let base = afterLetter;
  if (certificate !== null && o['placementOnly'] === true) {
    steps.push(tpl('r13.placementOnly'));
    warnings.push(warning('certificate_not_needed', tpl('warning.certificateNotNeeded')));
  } else if (certificate !== null) {
    const afterCertificate = addMonths(certificate, 1);
    steps.push(
      tpl('r13.certificateDated', {
        certificate: isoOf(certificate),
        afterCertificate: isoOf(afterCertificate),
      }),
    );
    if (certificate < decision) {
      warnings.push(
        warning('certificate_before_decision', tpl('warning.certificateBeforeDecision')),
      );
    }
    if (afterCertificate > afterLetter) {
      base = afterCertificate;
      steps.push(tpl('r13.laterCounts', { date: isoOf(base) }));
    } else {
      steps.push(tpl('r13.laterCountsNotShorter', { date: isoOf(base) }));
    }
  }
  return r13Result(base, steps, cal, options, warnings);
}

/** R13's last day from `base` (its moves, then "by 5pm"), with the steps that led to `base`. */
function r13Result(
  base: number,
  steps: Template[],
  cal: WorkingCalendar,
  options: RuleOptions,
  warnings: TemplatedWarning[] = [],
): DeadlineResult {
  const day = r13Moves(base, cal, steps);
  steps.push(tpl('r13.byFivePm', { date: isoOf(day) }));
  return finish({
    rule: 'R13',
    day,
    steps,
    sourceIds: ['tribunal-r20', 'tribunal-r12'],
    cal,
    options,
    byFivePm: true,
    extraWarnings: warnings,
  });
}

/**
 * R13's moves of the last day: 25 December to 1 January → the first working day after 1 January;
 * August → the first working day after 31 August; otherwise a day that is not a working day →
 * the next working day. Pushes the steps that explain the move and returns the day.
 */
function r13Moves(base: number, cal: WorkingCalendar, steps: Template[]): number {
  const { month, day: dom, year } = toParts(base);
  let day: number;
  if ((month === 12 && dom >= 25) || (month === 1 && dom === 1)) {
    const newYear = fromParts(month === 12 ? year + 1 : year, 1, 1);
    day = onOrNextWorkingDay(newYear + 1, cal);
    steps.push(
      tpl('r13.christmas', { date: isoOf(base) }),
      ...skippedHolidayTemplates(newYear, day, cal),
    );
  } else if (month === 8) {
    const endOfAugust = fromParts(year, 8, 31);
    day = onOrNextWorkingDay(endOfAugust + 1, cal);
    steps.push(
      tpl('r13.august', { date: isoOf(base) }),
      ...skippedHolidayTemplates(endOfAugust, day, cal),
    );
  } else if (!cal.isWorkingDay(base)) {
    day = onOrNextWorkingDay(base, cal);
    steps.push(
      tpl('r13.notWorkingDay', {
        date: isoOf(base),
        reason: { text: cal.nonWorkingReasonTemplate(base)! },
      }),
      ...skippedHolidayTemplates(base, day, cal),
    );
  } else {
    day = base;
  }
  return day;
}

export interface AppealLastDayInput extends RuleOptions {
  /** A last day to appeal the family worked out themselves (2 months after the letter, …). */
  lastDay: IsoDate;
}

/**
 * R13's moves applied to a last day the family already has ("my deadline lands on 12 August,
 * does the summer change it?"): the day the Tribunal accepts the appeal, by 5pm.
 */
export function appealLastDayMoves(input: AppealLastDayInput): DeadlineResult {
  const o = readObject(input, 'appealLastDayMoves');
  const base = readDate(o, 'lastDay');
  const { options, cal } = readOptions(o);
  return r13Result(base, [], cal, options);
}

export interface DisabilityClaimInput extends RuleOptions {
  /** The day the discrimination happened (for a continuing act, its last day). */
  actDate: IsoDate;
}

/**
 * R14: a disability discrimination claim against a school: 6 months starting with the day of
 * the act, so the last day is the day before the same date 6 months later. The Christmas and
 * August extensions do not apply, and the law does not move it off a weekend: warn instead.
 */
export function disabilityClaimDeadline(input: DisabilityClaimInput): DeadlineResult {
  const o = readObject(input, 'disabilityClaimDeadline');
  const act = readDate(o, 'actDate');
  const { options, cal } = readOptions(o);
  // The period ends the day before the same date 6 months on; when that month has no such date
  // (31 August -> February), the whole of the last month counts.
  const sameDate = addMonths(act, 6);
  const day = toParts(sameDate).day === toParts(act).day ? sameDate - 1 : sameDate;
  return finish({
    rule: 'R14',
    day,
    steps: [
      `The discrimination happened on ${formatLong(act)}.`,
      `The claim must be made within 6 months, counting that day as the first, so the last day is ${formatLong(day)}.`,
      'The Christmas and August extensions for appeals do not apply to these claims.',
      'No mediation certificate is needed. The Tribunal can sometimes accept a late claim, but do not rely on it.',
    ],
    sourceIds: ['equality-act-sch17', 'tribunal-r12'],
    cal,
    options,
    calendarPeriod: true,
  });
}
