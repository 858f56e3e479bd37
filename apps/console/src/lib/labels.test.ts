import { AGREEMENT_KINDS } from '@sen/rules';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_KIND_LABELS, label } from './labels';

describe('labels staff read', () => {
  it('has words for every kind of agreement the rules know', () => {
    for (const kind of AGREEMENT_KINDS) {
      expect(AGREEMENT_KIND_LABELS[kind], kind).toBeTruthy();
      expect(label(AGREEMENT_KIND_LABELS, kind)).not.toMatch(/_/);
    }
    // The option a new user saw as "keep_plan" in "Record an agreement".
    expect(label(AGREEMENT_KIND_LABELS, 'keep_plan')).toBe('Keep the plan in place (no change)');
  });
});
