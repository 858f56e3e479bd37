import { describe, expect, it } from 'vitest';
import { bulkSummary, bulkTargets } from './bulk-actions';

describe('bulk actions', () => {
  it('offers the states a step leads to, with the facts those steps need, never certificates', () => {
    const targets = bulkTargets();
    expect(targets.map((t) => t.state)).not.toContain('certificate_issued');
    expect(targets.find((t) => t.state === 'closed')?.needs).toEqual([]);
    expect(targets.find((t) => t.state === 'mediation_held')?.needs.map((n) => n.name)).toEqual([
      'mediationEndedDate',
    ]);
  });

  it('sums up what was done and what was not', () => {
    expect(bulkSummary([{ id: 'a', reference: 'MED-1', ok: true }])).toBe('1 case done.');
    expect(
      bulkSummary([
        { id: 'a', reference: 'MED-1', ok: true },
        { id: 'b', reference: 'MED-2', ok: false, reason: 'x' },
        { id: 'c', reference: null, ok: false, reason: 'y' },
      ]),
    ).toBe('1 case done; 2 cases not done (reasons below).');
  });
});
