import { canArrangeMeeting, canChangeParties } from '@sen/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/index';
import { listAudit } from './audit';
import {
  deleteCalendarFeed,
  findCalendarFeedOwner,
  getCalendarFeed,
  setCalendarFeedToken,
} from './calendar-feeds';
import { listCaseEvents } from './case-events';
import { getCalendarMeeting, getMeeting, listCalendarMeetings, saveMeeting } from './case-meetings';
import {
  addContact,
  listContacts,
  removeContact,
  setOtherParty,
  updateContact,
} from './case-parties';
import { createCase, getCase } from './cases';
import { createUser } from './users';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const now = new Date('2026-12-03T10:00:00Z');
const actor = { now };
const partiesGuard = (f: Parameters<typeof canChangeParties>[0]) => canChangeParties(f);

async function drCase(state: 'mediation_requested' | 'closed' = 'mediation_requested') {
  return createCase(
    t.db,
    { track: 'disagreement_resolution', state, mediationRequestedDate: '2026-11-20' },
    actor,
  );
}

describe('other party and other people', () => {
  it('records who the disagreement is with, with a timeline event and audit row', async () => {
    const c = await drCase();
    const row = await setOtherParty(
      t.db,
      c.id,
      { kind: 'academy_trust', name: ' St Mary Academy Trust ' },
      actor,
      partiesGuard,
    );
    expect(row).toMatchObject({
      otherPartyKind: 'academy_trust',
      otherPartyName: 'St Mary Academy Trust',
    });
    expect(row.version).toBe(c.version + 1);
    const events = await listCaseEvents(t.db, c.id);
    expect(events.at(-1)).toMatchObject({
      kind: 'other_party_set',
      detail: { kind: 'academy_trust', named: true },
    });
    const audits = await listAudit(t.db, { entityId: c.id });
    expect(audits.items.map((a) => a.action)).toContain('case.other_party');
  });

  it('refuses on a closed case with the rules reason, and an unknown kind', async () => {
    const c = await drCase('closed');
    await expect(
      setOtherParty(t.db, c.id, { kind: 'council', name: null }, actor, partiesGuard),
    ).rejects.toThrow('This case is closed: who is involved can no longer be changed.');
    await expect(
      setOtherParty(t.db, c.id, { kind: 'pub' as never, name: null }, actor),
    ).rejects.toThrow(/Unknown kind/);
    expect((await getCase(t.db, c.id))!.otherPartyKind).toBeNull();
  });

  it('adds, corrects and removes other people on the case only', async () => {
    const c = await drCase();
    const other = await drCase();
    const senco = await addContact(
      t.db,
      c.id,
      { role: 'senco', fullName: 'Ann Example', organisation: 'St Mary Academy' },
      actor,
    );
    await updateContact(t.db, c.id, senco.id, { email: 'senco@school.test' }, actor);
    await expect(updateContact(t.db, other.id, senco.id, { phone: '1' }, actor)).rejects.toThrow(
      'That person is not on this case.',
    );
    await expect(addContact(t.db, c.id, { role: 'senco', fullName: '  ' }, actor)).rejects.toThrow(
      /name is empty/,
    );
    expect(await listContacts(t.db, c.id)).toMatchObject([
      { role: 'senco', fullName: 'Ann Example', email: 'senco@school.test' },
    ]);
    await removeContact(t.db, c.id, senco.id, actor);
    expect(await listContacts(t.db, c.id)).toEqual([]);
    const kinds = (await listCaseEvents(t.db, c.id)).map((e) => e.kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['contact_added', 'contact_updated', 'contact_removed']),
    );
  });
});

describe('meetings', () => {
  it('saves the meeting and moves the case mediation date with it', async () => {
    const user = await createUser(
      t.db,
      {
        email: 'med@example.org',
        name: 'Med',
        role: 'mediator',
        passwordHash: 'x',
      },
      actor,
    );
    const c = await createCase(
      t.db,
      { track: 'mediation', state: 'mediation_requested', assigneeId: user.id },
      actor,
    );
    const guard = (f: Parameters<typeof canArrangeMeeting>[0]) =>
      canArrangeMeeting(f, { date: '2026-12-10', startTime: '10:00', venue: 'Hall' }, null);
    const saved = await saveMeeting(
      t.db,
      c.id,
      {
        date: '2026-12-10',
        startTime: '10:00',
        endTime: '12:00',
        venue: 'Hall',
        attendees: ['Parent', ' ', 'SENCO'],
        interpreter: 'Polish',
      },
      actor,
      guard,
    );
    expect(saved.case.mediationDate).toBe('2026-12-10');
    expect(saved.meeting).toMatchObject({ attendees: ['Parent', 'SENCO'], interpreter: 'Polish' });
    await saveMeeting(
      t.db,
      c.id,
      { date: '2026-12-11', startTime: '14:00', onlineUrl: 'https://meet.test/a' },
      actor,
    );
    expect(await getMeeting(t.db, c.id)).toMatchObject({ startTime: '14:00', venue: null });
    expect(await getCalendarMeeting(t.db, c.id)).toMatchObject({
      reference: c.reference,
      date: '2026-12-11',
    });
    const feed = await listCalendarMeetings(t.db, { assigneeId: user.id, fromDate: '2026-12-01' });
    expect(feed.map((m) => m.caseId)).toEqual([c.id]);
    expect(
      await listCalendarMeetings(t.db, { assigneeId: user.id, fromDate: '2026-12-12' }),
    ).toEqual([]);
    const events = await listCaseEvents(t.db, c.id);
    expect(events.at(-1)).toMatchObject({
      kind: 'meeting_saved',
      detail: { changes: { mediationDate: { from: '2026-12-10', to: '2026-12-11' } } },
    });
  });

  it('refuses with the lifecycle reason under the lock, and a stale version', async () => {
    const c = await drCase();
    await expect(
      saveMeeting(
        t.db,
        c.id,
        { date: '2026-12-10', startTime: '10:00', venue: 'Hall' },
        actor,
        (f) =>
          canArrangeMeeting(
            f,
            { date: '2026-12-10', startTime: '10:00', venue: 'Hall' },
            f.track === 'disagreement_resolution' ? null : 'x',
          ),
      ),
    ).rejects.toThrow('Record who the disagreement is with before arranging the meeting.');
    await expect(
      saveMeeting(
        t.db,
        c.id,
        { date: '2026-12-10', startTime: '10:00', venue: 'Hall', expectedVersion: 99 },
        actor,
      ),
    ).rejects.toThrow(/Someone else changed this case/);
    await expect(
      saveMeeting(t.db, c.id, { date: '2026-02-30', startTime: '10:00' }, actor),
    ).rejects.toThrow(/not a date/);
    expect(await getMeeting(t.db, c.id)).toBeNull();
  });
});

describe('calendar feeds', () => {
  it('keeps one hash per user: rotation makes the old hash find nobody', async () => {
    const user = await createUser(
      t.db,
      {
        email: 'feed@example.org',
        name: 'Feed',
        role: 'caseworker',
        passwordHash: 'x',
      },
      actor,
    );
    expect(await getCalendarFeed(t.db, user.id)).toBeNull();
    await setCalendarFeedToken(t.db, user.id, 'hash-one', actor);
    expect(await findCalendarFeedOwner(t.db, 'hash-one')).toEqual({
      id: user.id,
      role: 'caseworker',
    });
    await setCalendarFeedToken(t.db, user.id, 'hash-two', actor);
    expect(await findCalendarFeedOwner(t.db, 'hash-one')).toBeNull();
    expect(await findCalendarFeedOwner(t.db, 'hash-two')).not.toBeNull();
    expect(await deleteCalendarFeed(t.db, user.id, actor)).toBe(true);
    expect(await findCalendarFeedOwner(t.db, 'hash-two')).toBeNull();
    const actions = (await listAudit(t.db, { entityId: user.id })).items.map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'calendar_feed.create',
        'calendar_feed.rotate',
        'calendar_feed.delete',
      ]),
    );
  });
});
