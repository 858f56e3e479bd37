import { describe, expect, it } from 'vitest';
import {
  canArrangeMeeting,
  canChangeParties,
  CONTACT_ROLE_LABELS,
  CONTACT_ROLES,
  emptyCaseFacts,
  isMeetingTime,
  meetingKind,
  OTHER_PARTY_KINDS,
  OTHER_PARTY_LABELS,
  type CaseFacts,
  type MeetingPlan,
} from './index';

const plan: MeetingPlan = {
  date: '2026-12-10',
  startTime: '10:00',
  endTime: '12:00',
  venue: 'Town Hall, Room 2',
};

function dr(patch: Partial<CaseFacts> = {}): CaseFacts {
  return {
    ...emptyCaseFacts('disagreement_resolution'),
    state: 'mediation_requested',
    mediationRequestedDate: '2026-11-20',
    ...patch,
  };
}

describe('who is involved', () => {
  it('labels every other-party kind and contact role, including the council and a health body', () => {
    expect(OTHER_PARTY_KINDS).toContain('council');
    expect(OTHER_PARTY_KINDS).toContain('health_body');
    for (const k of OTHER_PARTY_KINDS) expect(OTHER_PARTY_LABELS[k]).toBeTruthy();
    for (const r of CONTACT_ROLES) expect(CONTACT_ROLE_LABELS[r]).toBeTruthy();
  });

  it('may change until the case is closed or withdrawn', () => {
    expect(canChangeParties(dr())).toEqual({ ok: true, reason: '' });
    const closed = canChangeParties(dr({ state: 'closed' }));
    expect(closed.ok).toBe(false);
    expect(closed.reason).toBe('This case is closed: who is involved can no longer be changed.');
    expect(canChangeParties(dr({ state: 'withdrawn' })).reason).toMatch(/withdrawn/);
  });
});

describe('canArrangeMeeting', () => {
  it('allows a disagreement resolution meeting once requested and the other party is known', () => {
    expect(canArrangeMeeting(dr(), plan, 'academy_trust')).toEqual({ ok: true, reason: '' });
    expect(canArrangeMeeting(dr({ state: 'mediation_arranged' }), plan, 'council').ok).toBe(true);
  });

  it('refuses on disagreement resolution until the other party is recorded', () => {
    expect(canArrangeMeeting(dr(), plan, null)).toEqual({
      ok: false,
      reason: 'Record who the disagreement is with before arranging the meeting.',
      field: 'otherPartyKind',
    });
  });

  it('does not need the other party on the mediation track (the council is always the other side)', () => {
    const med = { ...dr(), track: 'mediation' as const };
    expect(canArrangeMeeting(med, plan, null).ok).toBe(true);
  });

  it('refuses before the family asked for a meeting, naming the track', () => {
    for (const state of ['enquiry', 'information_given', 'mediation_declined'] as const) {
      const check = canArrangeMeeting(dr({ state }), plan, 'school');
      expect(check.ok).toBe(false);
      expect(check.reason).toMatch(/asked for disagreement resolution first/);
    }
    const med = canArrangeMeeting({ ...dr({ state: 'enquiry' }), track: 'mediation' }, plan, null);
    expect(med.reason).toMatch(/asked for mediation first/);
  });

  it('refuses when the council cannot arrange mediation within 30 days', () => {
    const check = canArrangeMeeting(
      { ...dr({ state: 'la_cannot_arrange' }), track: 'mediation' },
      plan,
      null,
    );
    expect(check).toMatchObject({ ok: false, reason: expect.stringMatching(/certificate is due/) });
  });

  it('refuses any change on a closed or withdrawn case', () => {
    expect(canArrangeMeeting(dr({ state: 'closed' }), plan, 'school').reason).toBe(
      'This case is closed: the disagreement resolution meeting can no longer be changed.',
    );
    expect(canArrangeMeeting(dr({ state: 'withdrawn' }), plan, 'school').ok).toBe(false);
  });

  it('after the meeting, keeps its date but lets the details be corrected', () => {
    const held = dr({ state: 'mediation_held', mediationDate: '2026-12-10' });
    expect(canArrangeMeeting(held, { ...plan, venue: 'Library' }, 'school').ok).toBe(true);
    expect(canArrangeMeeting(held, { ...plan, date: '2026-12-11' }, 'school')).toEqual({
      ok: false,
      reason:
        'The meeting took place on Thursday 10 December 2026: its date cannot change now. You can still correct the time, place and who came.',
      field: 'date',
    });
    const none = canArrangeMeeting(dr({ state: 'no_agreement' }), plan, 'school');
    expect(none.reason).toBe(
      'No disagreement resolution meeting took place on this case, so there is none to record.',
    );
  });

  it('refuses a meeting before the day it was asked for', () => {
    expect(canArrangeMeeting(dr(), { ...plan, date: '2026-11-19' }, 'school')).toEqual({
      ok: false,
      reason: 'The meeting cannot be before the day it was asked for (Friday 20 November 2026).',
      field: 'date',
    });
    expect(
      canArrangeMeeting(
        dr({ mediationRequestedDate: null }),
        { ...plan, date: '2026-01-01' },
        'school',
      ).ok,
    ).toBe(true);
  });

  it('checks the times and that there is somewhere to meet', () => {
    const check = (p: Partial<MeetingPlan>) => canArrangeMeeting(dr(), { ...plan, ...p }, 'school');
    expect(check({ startTime: '9am' })).toMatchObject({ ok: false, field: 'startTime' });
    expect(check({ startTime: '24:00' })).toMatchObject({ ok: false, field: 'startTime' });
    expect(check({ endTime: '1pm' })).toMatchObject({ ok: false, field: 'endTime' });
    expect(check({ endTime: '10:00' })).toEqual({
      ok: false,
      reason: 'The meeting must end after it starts.',
      field: 'endTime',
    });
    expect(check({ endTime: null }).ok).toBe(true);
    expect(check({ venue: '  ', onlineUrl: null })).toEqual({
      ok: false,
      reason: 'Give the venue, or the link for an online meeting (or both).',
      field: 'venue',
    });
    expect(check({ venue: null, onlineUrl: 'https://meet.example.org/abc' }).ok).toBe(true);
  });

  it('names meetings by track and reads 24-hour times', () => {
    expect(meetingKind('mediation')).toBe('mediation');
    expect(meetingKind('disagreement_resolution')).toBe('disagreement resolution');
    expect(isMeetingTime('09:05')).toBe(true);
    expect(isMeetingTime('9:05')).toBe(false);
    expect(isMeetingTime(905)).toBe(false);
  });
});
