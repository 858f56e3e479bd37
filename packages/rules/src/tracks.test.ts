import { describe, expect, it } from 'vitest';
import {
  APPEAL_MATTERS,
  APPEAL_MATTER_LABELS,
  certificateNeeded,
  whoArrangesMediation,
} from './index';

describe('certificateNeeded (R1)', () => {
  it('is not needed for a school-only appeal', () => {
    const r = certificateNeeded({ appealMatters: ['plan_placement_i', 'no_placement_named'] });
    expect(r).toMatchObject({ rule: 'R1', needed: false, appealable: true });
    expect(r.source).toContain('s.55(2)-(3)');
  });
  it('is needed as soon as anything else is appealed', () => {
    for (const m of APPEAL_MATTERS.filter(
      (x) => x !== 'plan_placement_i' && x !== 'no_placement_named',
    )) {
      const r = certificateNeeded({ appealMatters: ['plan_placement_i', m] });
      expect(r.needed).toBe(true);
      expect(r.explanation).toContain(APPEAL_MATTER_LABELS[m]);
    }
  });
  it('is not needed for a disability discrimination claim', () => {
    const r = certificateNeeded({ disabilityDiscrimination: true });
    expect(r).toMatchObject({ needed: false, appealable: false });
    expect(r.steps[0]).toContain('Equality Act');
    expect(certificateNeeded({}).appealable).toBe(false);
    expect(certificateNeeded({ appealMatters: null as never }).appealable).toBe(false);
  });
  it('rejects unknown matters', () => {
    expect(() => certificateNeeded({ appealMatters: ['school_trip'] })).toThrow(
      /"school_trip" is not a decision that can be appealed/,
    );
    expect(() => certificateNeeded({ appealMatters: 'cease_plan' as never })).toThrow(
      /must be a list/,
    );
  });
});

describe('whoArrangesMediation (R6)', () => {
  it('health only: the ICB', () => {
    expect(whoArrangesMediation({ healthIssues: true })).toMatchObject({
      arranger: 'icb',
      healthBodyTakesPart: true,
    });
  });
  it('health and more: the council, with the ICB taking part', () => {
    const r = whoArrangesMediation({ healthIssues: true, educationIssues: true });
    expect(r).toMatchObject({ arranger: 'la', healthBodyTakesPart: true });
    expect(r.explanation).toContain('3 working days');
    expect(whoArrangesMediation({ healthIssues: true, socialCareIssues: true }).arranger).toBe(
      'la',
    );
  });
  it('no health: the council', () => {
    expect(whoArrangesMediation({ educationIssues: true })).toMatchObject({
      arranger: 'la',
      healthBodyTakesPart: false,
    });
  });
});
