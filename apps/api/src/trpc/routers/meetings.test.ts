// Disagreement resolution done properly through the staff API: who the disagreement is with,
// the other people, the meeting with its lifecycle refusals, and the meeting as an .ics file
// and in a per-user calendar feed, each parsed with ical.js (a maintained iCalendar parser).
import { Writable } from 'node:stream';
import { listAudit, type StaffUser } from '@sen/db';
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../http/app';
import { makeCase } from '../../testing/cases';
import { createLogger } from '../../lib/logger';
import { createStaff, ORIGIN, type TestApp } from '../../testing/harness';
import { routerTest } from '../../testing/router-test';

const rt = routerTest({ caseworker: 'caseworker', mediator: 'mediator', viewer: 'viewer' });
const { as } = rt;

let t: TestApp;
let caseworker: StaffUser;
let mediator: StaffUser;
let viewer: StaffUser;

beforeAll(async () => {
  ({
    t,
    users: { caseworker, mediator, viewer },
  } = rt);
});

function events(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
}

const drCase = (assigneeId: string, patch = {}) =>
  makeCase(t, {
    track: 'disagreement_resolution',
    state: 'mediation_requested',
    mediationRequestedDate: '2026-01-02',
    assigneeId,
    ...patch,
  });

const meeting = {
  date: '2026-01-20',
  startTime: '10:00',
  endTime: '12:30',
  venue: 'Civic Centre, Room 4',
  attendees: ['Parent (Ms Example)', 'SENCO'],
  supporter: 'IASS adviser',
  interpreter: 'Polish',
};

type Detail = {
  case: { otherPartyKind: string | null; otherPartyName: string | null; mediationDate: string };
  contacts: { role: string; fullName: string; organisation: string | null }[];
  meeting: { startTime: string; venue: string; attendees: string[]; interpreter: string } | null;
};

describe('other party, other people and the meeting', () => {
  it('records who the disagreement is with, the other people and the meeting, shown on the case', async () => {
    const row = await drCase(caseworker.id);
    const party = await as(caseworker, 'caseParties.setOtherParty', {
      caseId: row.id,
      otherParty: { kind: 'academy_trust', name: 'St Mary Academy Trust' },
    });
    expect(party.status, party.raw.slice(0, 300)).toBe(200);
    const added = await as(caseworker, 'caseParties.addContact', {
      caseId: row.id,
      contact: { role: 'senco', fullName: 'Ann Teacher', organisation: 'St Mary Academy' },
    });
    expect(added.status, added.raw.slice(0, 300)).toBe(200);
    const saved = await as(caseworker, 'meetings.save', { caseId: row.id, meeting });
    expect(saved.status, saved.raw.slice(0, 300)).toBe(200);

    const got = await as(caseworker, 'cases.get', { id: row.id });
    const d = got.data as Detail;
    expect(d.case).toMatchObject({
      otherPartyKind: 'academy_trust',
      otherPartyName: 'St Mary Academy Trust',
      mediationDate: '2026-01-20',
    });
    expect(d.contacts).toMatchObject([
      { role: 'senco', fullName: 'Ann Teacher', organisation: 'St Mary Academy' },
    ]);
    expect(d.meeting).toMatchObject({
      startTime: '10:00',
      venue: 'Civic Centre, Room 4',
      attendees: ['Parent (Ms Example)', 'SENCO'],
      interpreter: 'Polish',
    });
    const actions = (await listAudit(t.db, { entityId: row.id })).items.map((a) => a.action);
    expect(actions).toEqual(
      expect.arrayContaining(['case.other_party', 'case.meeting_create', 'case.read']),
    );
  });

  it('accepts only kinds from the fixed list, including the council and a health body', async () => {
    const row = await drCase(caseworker.id);
    for (const kind of ['council', 'health_body']) {
      const res = await as(caseworker, 'caseParties.setOtherParty', {
        caseId: row.id,
        otherParty: { kind, name: null },
      });
      expect(res.status).toBe(200);
    }
    const bad = await as(caseworker, 'caseParties.setOtherParty', {
      caseId: row.id,
      otherParty: { kind: 'the school down the road', name: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(bad.error?.message).toBe('Choose who the disagreement is with.');
  });

  it('refuses a meeting before the other party is known, with the reason on the field', async () => {
    const row = await drCase(caseworker.id);
    const res = await as(caseworker, 'meetings.save', { caseId: row.id, meeting });
    expect(res.status).toBe(400);
    expect(res.error?.message).toBe(
      'Record who the disagreement is with before arranging the meeting.',
    );
    expect(res.error?.data?.fieldErrors).toEqual([
      { path: 'otherPartyKind', message: res.error?.message },
    ]);
  });

  it('refuses by the lifecycle: not yet requested, closed, and a held meeting’s date', async () => {
    const early = await makeCase(t, {
      track: 'disagreement_resolution',
      assigneeId: caseworker.id,
    });
    const a = await as(caseworker, 'meetings.save', { caseId: early.id, meeting });
    expect(a.status).toBe(400);
    expect(a.error?.message).toMatch(/asked for disagreement resolution first/);

    const closed = await drCase(caseworker.id, { state: 'closed' });
    const b = await as(caseworker, 'caseParties.setOtherParty', {
      caseId: closed.id,
      otherParty: { kind: 'council', name: null },
    });
    expect(b.status).toBe(400);
    expect(b.error?.message).toBe('This case is closed: who is involved can no longer be changed.');
    const c = await as(caseworker, 'caseParties.addContact', {
      caseId: closed.id,
      contact: { role: 'council_officer', fullName: 'Officer' },
    });
    expect(c.status).toBe(400);

    const held = await drCase(caseworker.id, {
      state: 'mediation_held',
      otherPartyKind: 'school',
      mediationDate: '2026-01-04',
      mediationEndedDate: '2026-01-04',
    });
    const moved = await as(caseworker, 'meetings.save', {
      caseId: held.id,
      meeting: { ...meeting, date: '2026-01-06' },
    });
    expect(moved.status).toBe(400);
    expect(moved.error?.message).toMatch(/its date cannot change now/);
    const corrected = await as(caseworker, 'meetings.save', {
      caseId: held.id,
      meeting: { ...meeting, date: '2026-01-04', venue: 'Library' },
    });
    expect(corrected.status, corrected.raw.slice(0, 300)).toBe(200);
  });

  it('explains bad times, links and a missing place, and keeps the case as it was', async () => {
    const row = await drCase(caseworker.id, { otherPartyKind: 'council' });
    const check = async (m: object, message: string | RegExp) => {
      const res = await as(caseworker, 'meetings.save', { caseId: row.id, meeting: m });
      expect(res.status).toBe(400);
      expect(res.error?.message).toMatch(message);
    };
    await check({ ...meeting, startTime: '10am' }, 'Enter the start time as hours and minutes');
    await check({ ...meeting, endTime: '09:00' }, 'The meeting must end after it starts.');
    await check({ ...meeting, onlineUrl: 'http://meet.test/x' }, /starting with https/);
    await check({ ...meeting, venue: '' }, 'Give the venue, or the link');
    await check({ ...meeting, date: '2025-12-30' }, /before the day it was asked for/);
    await check({ ...meeting, date: '2027-06-01' }, /more than a year ahead/);
    const d = (await as(caseworker, 'cases.get', { id: row.id })).data as Detail;
    expect(d.case.mediationDate).toBeNull();
    expect(d.meeting).toBeNull();
  });

  it('keeps per-case access: another caseworker’s case is 403, a mediator’s unassigned one 404', async () => {
    const other = await createStaff(t, 'caseworker');
    const row = await drCase(other.id, { otherPartyKind: 'council' });
    expect((await as(caseworker, 'meetings.save', { caseId: row.id, meeting })).status).toBe(403);
    expect((await as(mediator, 'meetings.ics', { caseId: row.id })).status).toBe(404);
    expect(
      (
        await as(mediator, 'caseParties.setOtherParty', {
          caseId: row.id,
          otherParty: { kind: 'school', name: null },
        })
      ).status,
    ).toBe(404);
  });
});

describe('meeting as an .ics event', () => {
  it('parses, in UTC across summer time, with only the reference, time and place', async () => {
    const row = await drCase(caseworker.id, { otherPartyKind: 'council' });
    await as(caseworker, 'caseParties.addContact', {
      caseId: row.id,
      contact: { role: 'senco', fullName: 'Ann Teacher' },
    });
    const summer = { ...meeting, date: '2026-07-01', onlineUrl: 'https://meet.example.org/r/42' };
    expect(
      (await as(caseworker, 'meetings.save', { caseId: row.id, meeting: summer })).status,
    ).toBe(200);
    const res = await as(viewer, 'meetings.ics', { caseId: row.id });
    expect(res.status, res.raw.slice(0, 300)).toBe(200);
    const file = res.data as { fileName: string; text: string };
    expect(file.fileName).toBe(`${row.reference}-meeting.ics`);
    const [event, ...more] = events(file.text);
    expect(more).toEqual([]);
    expect(event!.summary).toBe(`${row.reference}: disagreement resolution meeting`);
    // 10:00 British Summer Time is 09:00 UTC.
    expect(event!.startDate.toJSDate().toISOString()).toBe('2026-07-01T09:00:00.000Z');
    expect(event!.endDate.toJSDate().toISOString()).toBe('2026-07-01T11:30:00.000Z');
    expect(event!.location).toBe('Civic Centre, Room 4 (or online: https://meet.example.org/r/42)');
    for (const secret of ['Example', 'Ann Teacher', 'Polish', 'IASS', 'SENCO', 'Alex']) {
      expect(file.text).not.toContain(secret);
    }
    const actions = (await listAudit(t.db, { entityId: row.id })).items.map((a) => a.action);
    expect(actions).toContain('case.meeting_ics');
  });

  it('says when there is no meeting yet', async () => {
    const row = await drCase(caseworker.id);
    const res = await as(caseworker, 'meetings.ics', { caseId: row.id });
    expect(res.status).toBe(404);
    expect(res.error?.message).toMatch(/No meeting is arranged/);
  });
});

describe('calendar feed', () => {
  const get = (path: string) => t.app.request(`${ORIGIN}${path}`);

  it('serves my meetings by a secret URL; rotating or stopping it, or no token, gives nothing', async () => {
    const feedOwner = await createStaff(t, 'mediator');
    const mine = await makeCase(t, {
      state: 'mediation_requested',
      assigneeId: feedOwner.id,
    });
    const theirs = await makeCase(t, { state: 'mediation_requested', assigneeId: caseworker.id });
    for (const c of [mine, theirs]) {
      const who = c === mine ? feedOwner : caseworker;
      const res = await as(who, 'meetings.save', { caseId: c.id, meeting });
      expect(res.status, res.raw.slice(0, 200)).toBe(200);
    }
    expect((await as(feedOwner, 'calendar.feed')).data).toEqual({ active: false, createdAt: null });
    const first = (await as(feedOwner, 'calendar.rotateFeed')).data as { url: string };
    expect(first.url).toMatch(/^http:\/\/desk\.test\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const path = new URL(first.url).pathname;

    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await res.text();
    const feed = events(text);
    expect(feed.map((e) => e.summary)).toEqual([`${mine.reference}: mediation meeting`]);
    expect(feed[0]!.startDate.toJSDate().toISOString()).toBe('2026-01-20T10:00:00.000Z');
    expect(text).not.toContain('Example');
    expect(text).not.toContain('Polish');

    expect((await as(feedOwner, 'calendar.feed')).data).toMatchObject({ active: true });
    const second = (await as(feedOwner, 'calendar.rotateFeed')).data as { url: string };
    expect(second.url).not.toBe(first.url);
    const old = await get(path);
    expect(old.status).toBe(404);
    expect(await old.text()).toBe('');
    expect((await get(new URL(second.url).pathname)).status).toBe(200);

    for (const bare of ['/calendar/', '/calendar/.ics', '/calendar/x.ics', '/calendar']) {
      const r = await get(bare);
      expect(r.status, bare).toBe(404);
      expect(await r.text()).not.toContain('BEGIN:VCALENDAR');
    }

    await as(feedOwner, 'calendar.stopFeed');
    expect((await get(new URL(second.url).pathname)).status).toBe(404);
    const audits = (await listAudit(t.db, { entityId: feedOwner.id })).items.map((a) => a.action);
    expect(audits).toEqual(
      expect.arrayContaining([
        'calendar_feed.create',
        'calendar_feed.rotate',
        'calendar_feed.read',
      ]),
    );
  });

  it('keeps the token out of the request log', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logged = createApp({ ...t.deps, logger: createLogger('info', sink) });
    const { url } = (await as(caseworker, 'calendar.rotateFeed')).data as { url: string };
    const token = /calendar\/(.+)\.ics$/.exec(url)![1]!;
    expect((await logged.request(url)).status).toBe(200);
    expect((await logged.request(`${ORIGIN}/calendar/${token.slice(1)}x.ics`)).status).toBe(404);
    const out = lines.join('');
    expect(out).toContain('"path":"/calendar/[token]"');
    expect(out).not.toContain(token.slice(1, 40));
  });
});
