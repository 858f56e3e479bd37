// Deadlines computed from a case's facts on every read (never stored), each with its status.
import { agreementDeadlines, icbNoticeOfAgreementBy } from './agreements';
import { type CalendarOverrides, withResolvedCalendar } from './calendar';
import {
  CASE_DATE_FIELDS,
  type CaseFacts,
  type CaseState,
  PLACEMENT_ONLY_MATTERS,
} from './case-facts';
import { type IsoDate, formatLong, parseIsoDate } from './dates';
import {
  adviserContactDeadline,
  appealDeadline,
  certificateDueDate,
  healthBodyNoticeDueDate,
  mediationArrangeBy,
  mediationNoticeBy,
} from './deadlines';
import { RulesInputError } from './errors';
import type { DeadlineKey } from './lifecycle';
import type { DeadlineResult, RuleWarning } from './result';
import { readAppealMatters } from './tracks';

export type DeadlineStatus = 'upcoming' | 'due_soon' | 'overdue' | 'done' | 'not_applicable';

/** `agreement_action:<part>` when an agreement sets several deadlines (e.g. draft and final plan). */
export type CaseDeadlineKey =
  Exclude<DeadlineKey, 'agreement_action'> | `agreement_action:${string}`;

export interface CaseDeadline extends DeadlineResult {
  key: CaseDeadlineKey;
  /** What must happen, in plain English. */
  label: string;
  status: DeadlineStatus;
  /** The fact that shows it was done, when there is one. */
  doneOn: IsoDate | null;
}

export interface CaseDeadlineOptions {
  today: IsoDate;
  calendar?: CalendarOverrides;
  /** A deadline this many calendar days away or fewer is `due_soon` (default 7). */
  dueSoonDays?: number;
}

const HELD_OR_LATER: readonly CaseState[] = [
  'mediation_held',
  'agreement',
  'partial_agreement',
  'no_agreement',
  'certificate_issued',
  'follow_up',
];
const ARRANGED_OR_LATER: readonly CaseState[] = ['mediation_arranged', ...HELD_OR_LATER];

interface Draft {
  key: CaseDeadlineKey;
  label: string;
  result: DeadlineResult;
  /** Date the thing was done (from the facts), or null. */
  doneOn: IsoDate | null;
  /** Done without a dated fact (the case moved past it). */
  doneByState?: boolean;
  notApplicable?: string;
  extra?: RuleWarning[];
}

/**
 * Every deadline that applies to a case, from its facts, with a status relative to `today`.
 * Closed and withdrawn cases show what is left as `not_applicable`.
 */
export function computeCaseDeadlines(
  facts: CaseFacts,
  options: CaseDeadlineOptions,
): CaseDeadline[] {
  if (typeof facts !== 'object' || facts === null) {
    throw new RulesInputError('facts', 'computeCaseDeadlines needs the case facts.');
  }
  if (typeof options !== 'object' || options === null) {
    throw new RulesInputError('today', 'computeCaseDeadlines needs { today }.');
  }
  const today = parseIsoDate(options.today, 'today');
  const dueSoonDays = options.dueSoonDays ?? 7;
  if (!Number.isInteger(dueSoonDays) || dueSoonDays < 0) {
    throw new RulesInputError('dueSoonDays', 'dueSoonDays must be a whole number of 0 or more.');
  }
  for (const field of CASE_DATE_FIELDS) {
    if (facts[field] !== null && facts[field] !== undefined) parseIsoDate(facts[field], field);
  }
  const matters = readAppealMatters(facts.appealMatters);
  const calendar = withResolvedCalendar(options.calendar);
  const mediation = facts.track === 'mediation';
  const healthOnly = facts.healthIssues && !facts.educationIssues && !facts.socialCareIssues;
  const drafts: Draft[] = [];

  if (mediation && facts.decisionDate) {
    const result = adviserContactDeadline({ decisionDate: facts.decisionDate, calendar });
    const late = facts.firstContactDate !== null && facts.firstContactDate > result.date;
    drafts.push({
      key: 'adviser_contact',
      label: 'Contact the mediation adviser',
      result,
      doneOn: facts.firstContactDate,
      extra: late
        ? [
            {
              code: 'done_late',
              message:
                'First contact was after this date, so the adviser cannot issue a certificate. The family can ask the Tribunal for permission to appeal without one.',
            },
          ]
        : [],
    });
  }
  if (mediation && facts.declinedDate) {
    drafts.push(
      certificate(facts, facts.declinedDate, 'declined', 'certificate_after_decline', calendar),
    );
  }
  if (mediation && facts.laNotifiedDate) {
    if (facts.healthIssues && !healthOnly) {
      drafts.push({
        key: 'health_body_notice',
        label: 'The council tells the health body',
        result: healthBodyNoticeDueDate({ from: facts.laNotifiedDate, calendar }),
        doneOn: null,
        doneByState: ARRANGED_OR_LATER.includes(facts.state),
      });
    }
    const result = mediationArrangeBy({ from: facts.laNotifiedDate, healthOnly, calendar });
    const late = facts.mediationDate !== null && facts.mediationDate > result.date;
    drafts.push({
      key: 'mediation_by',
      label: 'The mediation takes place',
      result,
      doneOn: late ? null : facts.mediationDate,
      notApplicable: facts.laCannotArrangeDate
        ? 'The council said it cannot arrange the mediation within 30 days, so a certificate is due instead.'
        : undefined,
      extra: late
        ? [
            {
              code: 'arranged_late',
              message: `The mediation is set for ${formatLong(parseIsoDate(facts.mediationDate))}, after the 30 days. Unless the family agreed to this, the adviser must be told and a certificate issued.`,
            },
          ]
        : [],
    });
  }
  if (mediation && facts.mediationDate && !facts.laCannotArrangeDate) {
    drafts.push({
      key: 'mediation_notice',
      label: 'Give notice of the date and place',
      result: mediationNoticeBy({ mediationDate: facts.mediationDate, calendar }),
      doneOn: null,
      doneByState: HELD_OR_LATER.includes(facts.state),
    });
  }
  if (mediation && facts.laCannotArrangeDate) {
    drafts.push(
      certificate(
        facts,
        facts.laCannotArrangeDate,
        'la_cannot_arrange',
        'certificate_la_cannot_arrange',
        calendar,
      ),
    );
  }
  if (mediation && facts.mediationEndedDate) {
    drafts.push(
      certificate(
        facts,
        facts.mediationEndedDate,
        'mediation_ended',
        'certificate_after_mediation',
        calendar,
      ),
    );
  }
  // Show the appeal clock whenever an appeal may be possible: named matters, or a mediation case
  // about education whose matters are not filled in yet. Health or care alone cannot be appealed.
  if (facts.decisionDate && (matters.length > 0 || (mediation && facts.educationIssues))) {
    const placementOnly =
      matters.length > 0 && matters.every((m) => PLACEMENT_ONLY_MATTERS.includes(m));
    const result = appealDeadline({
      decisionDate: facts.decisionDate,
      certificateDate: mediation ? facts.certificateIssuedDate : null,
      placementOnly,
      calendar,
    });
    if (!mediation) {
      result.steps.push('Disagreement resolution does not give more time to appeal.');
      result.explanation = result.steps.join(' ');
    }
    drafts.push({ key: 'appeal', label: 'Appeal to the SEND Tribunal', result, doneOn: null });
  }
  if (mediation && facts.agreementDate && facts.agreementKind) {
    for (const a of agreementDeadlines({
      agreementDate: facts.agreementDate,
      kind: facts.agreementKind,
      calendar,
    })) {
      const { key, label, ...result } = a;
      drafts.push({
        key: `agreement_action:${key}`,
        label,
        result,
        doneOn: null,
        doneByState: facts.state === 'closed',
      });
    }
  }
  if (mediation && facts.agreementDate && healthOnly) {
    drafts.push({
      key: 'icb_tells_la',
      label: 'The health body tells the council about the agreement',
      result: icbNoticeOfAgreementBy({ agreementDate: facts.agreementDate, calendar }),
      doneOn: null,
      doneByState: facts.state === 'closed',
    });
  }

  const finalState = facts.state === 'closed' || facts.state === 'withdrawn';
  return drafts
    .map((d) => withStatus(d, today, dueSoonDays, finalState))
    .sort((a, b) => a.date.localeCompare(b.date));
}

function certificate(
  facts: CaseFacts,
  from: IsoDate,
  reason: 'declined' | 'la_cannot_arrange' | 'mediation_ended',
  key: CaseDeadlineKey,
  calendar: CalendarOverrides | undefined,
): Draft {
  const issued =
    facts.certificateIssuedDate !== null && facts.certificateIssuedDate >= from
      ? facts.certificateIssuedDate
      : null;
  return {
    key,
    label: 'Issue the mediation certificate',
    result: certificateDueDate({ from, reason, calendar }),
    doneOn: issued,
  };
}

function withStatus(
  d: Draft,
  today: number,
  dueSoonDays: number,
  finalState: boolean,
): CaseDeadline {
  const day = parseIsoDate(d.result.date);
  const warnings = [...d.result.warnings, ...(d.extra ?? [])];
  let status: DeadlineStatus;
  if (d.notApplicable) {
    status = 'not_applicable';
    warnings.push({ code: 'not_applicable', message: d.notApplicable });
  } else if (d.doneOn !== null || d.doneByState) {
    status = 'done';
    if (
      d.doneOn !== null &&
      d.doneOn > d.result.date &&
      !warnings.some((w) => w.code === 'done_late')
    ) {
      warnings.push({
        code: 'done_late',
        message: `This was done on ${formatLong(parseIsoDate(d.doneOn))}, after the deadline.`,
      });
    }
  } else if (finalState) {
    status = 'not_applicable';
  } else if (today > day) {
    status = 'overdue';
    warnings.push({ code: 'passed', message: `This date has passed: it was ${formatLong(day)}.` });
  } else {
    status = day - today <= dueSoonDays ? 'due_soon' : 'upcoming';
    if (day === today) {
      warnings.push({
        code: 'due_today',
        message: d.result.byFivePm ? 'This is due today, by 5pm.' : 'This is due today.',
      });
    }
  }
  // Built property by property: a spread of the result was the slowest line of a case list.
  const r = d.result;
  return {
    rule: r.rule,
    date: r.date,
    dateText: r.dateText,
    explanation: r.explanation,
    steps: r.steps,
    source: r.source,
    sources: r.sources,
    warnings,
    byFivePm: r.byFivePm,
    key: d.key,
    label: d.label,
    status,
    doneOn: d.doneOn,
  };
}
