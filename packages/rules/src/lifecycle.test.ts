import { describe, expect, it } from 'vitest';
import {
  DEADLINES_STARTED_BY,
  DEADLINE_KEYS,
  FINAL_STATES,
  STATES,
  STATE_LABELS,
  TRACKS,
  TRACK_STATES,
  TRANSITIONS,
  type CaseFacts,
  canTransition,
  emptyCaseFacts,
  stateLabel,
  transitionsFrom,
} from './index';

describe('lifecycle data', () => {
  it('uses only known states, and every non-final state of a track can be left', () => {
    for (const track of TRACKS) {
      for (const x of TRANSITIONS[track]) {
        expect(TRACK_STATES[track]).toContain(x.from);
        expect(TRACK_STATES[track]).toContain(x.to);
      }
      for (const state of TRACK_STATES[track]) {
        const out = transitionsFrom(track, state);
        if (FINAL_STATES.includes(state)) expect(out).toEqual([]);
        else expect(out.map((x) => x.to)).toContain('withdrawn');
      }
    }
  });

  it('can reach closed from enquiry on each track, and every state from enquiry', () => {
    for (const track of TRACKS) {
      const seen = new Set<string>(['enquiry']);
      const queue = ['enquiry'];
      while (queue.length) {
        const s = queue.shift() as (typeof STATES)[number];
        for (const x of transitionsFrom(track, s)) {
          if (!seen.has(x.to)) {
            seen.add(x.to);
            queue.push(x.to);
          }
        }
      }
      expect([...seen].sort()).toEqual([...TRACK_STATES[track]].sort());
    }
  });

  it('labels every state and words disagreement resolution its own way', () => {
    for (const s of STATES) expect(STATE_LABELS[s].length).toBeGreaterThan(3);
    expect(stateLabel('disagreement_resolution', 'mediation_arranged')).toBe('Meeting arranged');
    expect(stateLabel('disagreement_resolution', 'closed')).toBe('Closed');
    expect(stateLabel('mediation', 'mediation_arranged')).toBe('Mediation arranged');
  });

  it('says which deadlines each state starts, with known keys', () => {
    for (const s of STATES) {
      for (const k of DEADLINES_STARTED_BY[s]) expect(DEADLINE_KEYS).toContain(k);
    }
    expect(DEADLINES_STARTED_BY.mediation_declined).toEqual(['certificate_after_decline']);
  });

  it('rejects an unknown track', () => {
    expect(() => transitionsFrom('appeal' as never, 'enquiry')).toThrow(/track must be one of/);
  });
});

describe('canTransition', () => {
  const base: CaseFacts = emptyCaseFacts();

  it('lists the facts still missing', () => {
    const r = canTransition(base, 'information_given');
    expect(r).toEqual({
      ok: false,
      missing: ['decisionDate', 'firstContactDate'],
      reason: 'Fill in first: the date on the decision letter; the date of first contact.',
    });
  });

  it('allows the move once the facts are there', () => {
    const facts = { ...base, decisionDate: '2025-03-03', firstContactDate: '2025-03-10' };
    expect(canTransition(facts, 'information_given')).toEqual({
      ok: true,
      missing: [],
      reason: 'Record that information about mediation was given',
    });
  });

  it('refuses moves the track does not allow', () => {
    const r = canTransition(base, 'certificate_issued');
    expect(r.ok).toBe(false);
    expect(r.reason).toBe('A case that is "Enquiry" cannot move to "Certificate issued".');
    expect(canTransition({ ...base, state: 'closed' }, 'enquiry').ok).toBe(false);
  });

  it('checks that the dates are real and the agreement kind is known', () => {
    const held: CaseFacts = {
      ...base,
      state: 'mediation_held',
      agreementDate: '2025-02-30',
      agreementKind: 'assess',
    };
    expect(canTransition(held, 'agreement')).toEqual({
      ok: false,
      missing: [],
      reason: 'agreementDate "2025-02-30" is not a real calendar date.',
    });
    const kind = { ...held, agreementDate: '2025-02-03', agreementKind: 'lunch' as never };
    expect(canTransition(kind, 'agreement').reason).toMatch(
      /what the agreement is about must be one of/,
    );
    expect(canTransition({ ...kind, agreementKind: 'assess' }, 'agreement').ok).toBe(true);
  });

  it('works on the disagreement resolution track', () => {
    const dr = emptyCaseFacts('disagreement_resolution');
    expect(canTransition(dr, 'information_given').missing).toEqual(['firstContactDate']);
    expect(canTransition({ ...dr, state: 'mediation_requested' }, 'closed').ok).toBe(true);
    expect(canTransition({ ...dr, state: 'information_given' }, 'mediation_declined').ok).toBe(
      false,
    );
  });

  it('treats empty strings as missing', () => {
    expect(
      canTransition(
        { ...base, decisionDate: '', firstContactDate: '2025-01-01' },
        'information_given',
      ).missing,
    ).toEqual(['decisionDate']);
  });
});
