import { describe, expect, it } from 'vitest';
import { factProblems, summarise } from './fact-checks';

const today = '2026-01-05';

describe('factProblems', () => {
  it('refuses past-only facts in the future, but not a mediation date ahead', () => {
    expect(factProblems({ decisionDate: '2026-01-06' }, {}, today)).toEqual([
      { path: 'decisionDate', message: 'The date on the decision letter cannot be in the future.' },
    ]);
    expect(factProblems({ mediationDate: '2026-02-01' }, {}, today)).toEqual([]);
    expect(factProblems({ mediationDate: '2027-02-01' }, {}, today, 'patch.')).toEqual([
      {
        path: 'patch.mediationDate',
        message: 'The mediation date is more than a year ahead. Check the year.',
      },
    ]);
  });

  it('checks the order against stored facts, only for fields being changed', () => {
    const before = { mediationDate: '2025-12-10', mediationRequestedDate: '2025-11-01' };
    expect(factProblems({ mediationEndedDate: '2025-12-09' }, before, today, 'facts.')).toEqual([
      {
        path: 'facts.mediationEndedDate',
        message: 'The date the mediation ended cannot be before the mediation date.',
      },
    ]);
    expect(factProblems({ laNotifiedDate: '2025-10-30' }, before, today)[0]?.path).toBe(
      'laNotifiedDate',
    );
    // Bad stored data does not block an unrelated change.
    expect(
      factProblems(
        { decisionDate: '2025-09-01' },
        { ...before, mediationEndedDate: '2025-01-01' },
        today,
      ),
    ).toEqual([]);
  });

  it('summarises several problems in one sentence', () => {
    const p = (n: number) => ({ path: `f${n}`, message: `Problem ${n}.` });
    expect(summarise([p(1), p(2)])).toBe('Problem 1; Problem 2.');
    expect(summarise([p(1), p(2), p(3), p(4), p(5)])).toBe(
      'Problem 1; Problem 2; Problem 3; and 2 more.',
    );
  });
});
