// R15-R17: what must happen after a mediation agreement, and by when. The periods are calendar
// weeks from the agreement; none moves off a weekend or holiday, so a warning says so instead.
import { AGREEMENT_KINDS, type AgreementKind } from './case-facts';
import { type IsoDate, formatLong } from './dates';
import { RulesInputError } from './errors';
import { readDate, readObject, readOptions } from './inputs';
import { type DeadlineResult, type RuleOptions, finish } from './result';

export interface AgreementDeadline extends DeadlineResult {
  /** Stable key, e.g. `final_plan`. */
  key: string;
  /** What must be done, in plain English. */
  label: string;
}

interface Step {
  key: string;
  weeks: number;
  label: string;
}

const APPEALABLE: Record<
  Exclude<AgreementKind, 'non_appealable' | 'other_timescale_agreed'>,
  Step[]
> = {
  assess: [
    {
      key: 'confirm_assessment',
      weeks: 2,
      label: 'The council tells you it will carry out the assessment',
    },
    {
      key: 'no_plan_decision',
      weeks: 10,
      label: 'If the council decides not to make a plan, it tells you',
    },
    {
      key: 'final_plan',
      weeks: 14,
      label: 'If the council makes a plan, it sends you the final plan',
    },
  ],
  make_plan: [
    { key: 'draft_plan', weeks: 5, label: 'The council sends you a draft plan' },
    { key: 'final_plan', weeks: 11, label: 'The council sends you the final plan' },
  ],
  amend_plan: [{ key: 'amended_plan', weeks: 5, label: 'The council sends you the amended plan' }],
  school_name_or_type_only: [
    {
      key: 'amended_plan',
      weeks: 2,
      label: 'The council names the agreed school or type of school in the plan',
    },
  ],
  reconsider: [
    {
      key: 'reconsidered_decision',
      weeks: 2,
      label: 'The council looks at its decision again and tells you',
    },
  ],
  keep_plan: [{ key: 'keep_plan', weeks: 0, label: 'The council keeps the plan in place' }],
};

export interface AgreementInput extends RuleOptions {
  agreementDate: IsoDate;
  /** One of AGREEMENT_KINDS. */
  kind: AgreementKind;
}

/**
 * R15 (appealable matters, Regs 42(2) and 44(2)) and R16 (anything else, Regs 42(3)): the
 * deadlines for acting on a mediation agreement. An empty list when another timescale was
 * agreed in writing (Regs 42(5)).
 */
export function agreementDeadlines(input: AgreementInput): AgreementDeadline[] {
  const o = readObject(input, 'agreementDeadlines');
  const agreed = readDate(o, 'agreementDate');
  const { options, cal } = readOptions(o);
  const kind = o['kind'] as AgreementKind;
  if (!AGREEMENT_KINDS.includes(kind)) {
    throw new RulesInputError('kind', `kind must be one of: ${AGREEMENT_KINDS.join(', ')}.`);
  }
  if (kind === 'other_timescale_agreed') return [];
  const intro = `The mediation agreement was made on ${formatLong(agreed)}.`;
  if (kind === 'non_appealable') {
    const day = agreed + 14;
    return [
      {
        key: 'agreed_action',
        label: 'The council or health body does what it agreed',
        ...finish({
          rule: 'R16',
          day,
          steps: [
            intro,
            'The agreement is about something that cannot be appealed, such as health or social care.',
            `The body must do what it agreed within 2 weeks, by ${formatLong(day)}, unless a different time was agreed in writing.`,
          ],
          sourceIds: ['regs-42'],
          cal,
          options,
          calendarPeriod: true,
        }),
      },
    ];
  }
  return APPEALABLE[kind].map((step) => {
    const day = agreed + step.weeks * 7;
    const when =
      step.weeks === 0
        ? 'straight away'
        : `within ${step.weeks} weeks of the agreement, by ${formatLong(day)}`;
    return {
      key: step.key,
      label: step.label,
      ...finish({
        rule: 'R15',
        day,
        steps: [
          intro,
          'It is about a decision that could be appealed, so the council has the same time it would have after a Tribunal order.',
          `${step.label}: ${when}, unless a different time was agreed in writing.`,
        ],
        sourceIds: ['regs-42', 'regs-44'],
        cal,
        options,
        calendarPeriod: true,
      }),
    };
  });
}

/** R17: the ICB tells the council about an agreement on health care only within 1 week. */
export function icbNoticeOfAgreementBy(
  input: { agreementDate: IsoDate } & RuleOptions,
): DeadlineResult {
  const o = readObject(input, 'icbNoticeOfAgreementBy');
  const agreed = readDate(o, 'agreementDate');
  const { options, cal } = readOptions(o);
  const day = agreed + 7;
  return finish({
    rule: 'R17',
    day,
    steps: [
      `The mediation agreement, about health care only, was made on ${formatLong(agreed)}.`,
      `The health body (the integrated care board) must tell the council about it within 1 week, by ${formatLong(day)}.`,
    ],
    sourceIds: ['regs-42'],
    cal,
    options,
    calendarPeriod: true,
  });
}
