// Checks on case facts that need today's date or the other facts, which zod alone cannot make:
// a date that has not happened yet, or dates in an impossible order. Only problems that involve
// a field being changed are reported, so old data never blocks an unrelated edit.
import { addCalendarDays, FACT_LABELS, type CaseDateField, type CaseFacts } from '@sen/rules';
import type { FieldProblem } from '../service-error';

/** Facts that record something that has already happened (a mediation date may be ahead). */
const PAST_ONLY: readonly CaseDateField[] = [
  'decisionDate',
  'firstContactDate',
  'declinedDate',
  'mediationRequestedDate',
  'laNotifiedDate',
  'laCannotArrangeDate',
  'mediationEndedDate',
  'agreementDate',
  'certificateIssuedDate',
];

/** [earlier, later]: the later fact cannot be before the earlier one. */
const ORDER: readonly [CaseDateField, CaseDateField][] = [
  ['mediationRequestedDate', 'laNotifiedDate'],
  ['mediationDate', 'mediationEndedDate'],
  ['mediationDate', 'agreementDate'],
  ['decisionDate', 'mediationDate'],
];

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Problems with `patch` applied to `before` (the stored facts, if any), each with the input
 * path `${prefix}${field}`.
 */
export function factProblems(
  patch: Partial<Record<CaseDateField, string | null | undefined>>,
  before: Partial<CaseFacts>,
  today: string,
  prefix = '',
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const after = { ...before, ...definedOnly(patch) } as Partial<
    Record<CaseDateField, string | null>
  >;
  for (const field of PAST_ONLY) {
    const value = patch[field];
    if (value && value > today) {
      problems.push({
        path: `${prefix}${field}`,
        message: `${sentence(FACT_LABELS[field])} cannot be in the future.`,
      });
    }
  }
  // A mediation is arranged weeks ahead, not years: a far date is a typo in the year.
  const mediation = patch.mediationDate;
  if (mediation && mediation > addCalendarDays(today, 366)) {
    problems.push({
      path: `${prefix}mediationDate`,
      message: 'The mediation date is more than a year ahead. Check the year.',
    });
  }
  for (const [earlier, later] of ORDER) {
    if (patch[earlier] === undefined && patch[later] === undefined) continue;
    const a = after[earlier];
    const b = after[later];
    if (a && b && b < a) {
      const field = patch[later] !== undefined ? later : earlier;
      problems.push({
        path: `${prefix}${field}`,
        message: `${sentence(FACT_LABELS[later])} cannot be before ${FACT_LABELS[earlier]}.`,
      });
    }
  }
  return problems;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** One sentence for the error message: the first problems, then "and n more". */
export function summarise(problems: readonly FieldProblem[]): string {
  const shown = problems.slice(0, 3).map((p) => p.message.replace(/\.$/, ''));
  const more = problems.length - shown.length;
  return `${shown.join('; ')}${more > 0 ? `; and ${more} more` : ''}.`;
}
