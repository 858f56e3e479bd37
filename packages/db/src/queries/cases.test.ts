import { canTransition } from '@sen/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/index';
import { listAudit } from './audit';
import { listCaseEvents } from './case-events';
import { addPerson, listPeople } from './case-people';
import { addNote, listNotes } from './case-notes';
import {
  createCase,
  getCase,
  getCaseByReference,
  listCases,
  transitionCase,
  updateCase,
} from './cases';
import { issueCertificate } from './certificates';
import { createLocalAuthority } from './local-authorities';
import { createUser } from './users';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const now = new Date('2026-03-02T10:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

describe('cases', () => {
  it('allocates unique MED-YYYY-NNNN references under concurrency', async () => {
    const created = await Promise.all(
      Array.from({ length: 12 }, () => createCase(t.db, { track: 'mediation' }, { now })),
    );
    const refs = created.map((c) => c.reference).sort();
    expect(new Set(refs).size).toBe(12);
    expect(refs[0]).toBe('MED-2026-0001');
    expect(refs[11]).toBe('MED-2026-0012');
    const nextYear = await createCase(
      t.db,
      { track: 'mediation' },
      { now: new Date('2027-01-01T00:00:00Z') },
    );
    expect(nextYear.reference).toBe('MED-2027-0001');
  });

  it('rejects unknown states, matters and bad dates with a readable reason', async () => {
    await expect(
      createCase(t.db, { track: 'mediation', decisionDate: '2026-02-30' }, { now }),
    ).rejects.toThrow(/decisionDate "2026-02-30" is not a date/);
    await expect(
      createCase(t.db, { track: 'mediation', appealMatters: ['school_uniform'] }, { now }),
    ).rejects.toThrow(/unknown appeal matter/);
    // @ts-expect-error an unknown state
    await expect(createCase(t.db, { track: 'mediation', state: 'limbo' }, { now })).rejects.toThrow(
      /unknown state/,
    );
  });

  it('updates facts with a version check, and transitions with timeline and audit', async () => {
    const actor = await createUser(
      t.db,
      { email: 'm@example.org', name: 'Mia Mediator', role: 'mediator', passwordHash: 'h' },
      { now },
    );
    const c = await createCase(
      t.db,
      {
        track: 'mediation',
        decisionDate: '2026-02-20',
        people: [{ role: 'parent_carer', fullName: 'Alex Parent', email: 'alex@example.org' }],
      },
      { now, actorId: actor.id },
    );
    const updated = await updateCase(
      t.db,
      c.id,
      { patch: { firstContactDate: '2026-03-02', healthIssues: true }, expectedVersion: 1 },
      { now: later(1), actorId: actor.id },
    );
    expect(updated.version).toBe(2);
    await expect(
      updateCase(
        t.db,
        c.id,
        { patch: { healthIssues: false }, expectedVersion: 1 },
        { now: later(2) },
      ),
    ).rejects.toThrow(/Someone else changed this case/);
    const moved = await transitionCase(
      t.db,
      c.id,
      {
        from: 'enquiry',
        to: 'mediation_requested',
        facts: { mediationRequestedDate: '2026-03-03' },
      },
      { now: later(3), actorId: actor.id },
    );
    expect(moved.state).toBe('mediation_requested');
    expect(moved.mediationRequestedDate).toBe('2026-03-03');
    await expect(
      transitionCase(t.db, c.id, { from: 'enquiry', to: 'withdrawn' }, { now: later(4) }),
    ).rejects.toThrow(/now "mediation_requested"/);
    await expect(
      transitionCase(
        t.db,
        c.id,
        {
          from: 'mediation_requested',
          to: 'mediation_arranged',
          guard: (f) => canTransition(f, 'mediation_arranged'),
        },
        { now: later(4) },
      ),
    ).rejects.toThrow(/Fill in first/);
    const closed = await transitionCase(
      t.db,
      c.id,
      { from: 'mediation_requested', to: 'withdrawn', facts: { outcome: 'withdrawn' } },
      { now: later(5), actorId: actor.id },
    );
    expect(closed.concludedAt).toEqual(later(5));
    const events = await listCaseEvents(t.db, c.id);
    expect(events.map((e) => e.kind)).toEqual([
      'created',
      'facts_updated',
      'transition',
      'transition',
    ]);
    expect(events[2]).toMatchObject({ fromState: 'enquiry', toState: 'mediation_requested' });
    const auditRows = await listAudit(t.db, { entityType: 'case', entityId: c.id });
    expect(auditRows.items.map((a) => a.action)).toEqual([
      'case.transition',
      'case.transition',
      'case.update',
      'case.create',
    ]);
    expect(JSON.stringify(auditRows.items)).not.toMatch(/Alex|alex@/);
  });

  it('people, notes and certificates touch the case and its timeline', async () => {
    const c = await createCase(t.db, { track: 'mediation' }, { now });
    await addPerson(
      t.db,
      c.id,
      { role: 'child', fullName: 'Sam Child', dateOfBirth: '2015-05-01' },
      { now: later(1) },
    );
    await addNote(t.db, c.id, '  Called back, left a message.  ', { now: later(2) });
    await issueCertificate(
      t.db,
      c.id,
      { type: 'declined_mediation', issuedOn: '2026-03-04' },
      { now: later(3) },
    );
    const after = await getCase(t.db, c.id);
    expect(after?.certificateIssuedDate).toBe('2026-03-04');
    expect(after?.updatedAt).toEqual(later(3));
    expect((await listNotes(t.db, c.id))[0]?.body).toBe('Called back, left a message.');
    expect((await listPeople(t.db, c.id))[0]?.fullName).toBe('Sam Child');
    expect((await getCaseByReference(t.db, c.reference.toLowerCase()))?.id).toBe(c.id);
  });
});

describe('listCases', () => {
  it('filters, searches by name and reference, and pages with a cursor without gaps', async () => {
    const la = await createLocalAuthority(t.db, { name: 'Camden' }, { now });
    const made = [];
    for (let i = 0; i < 7; i++) {
      made.push(
        await createCase(
          t.db,
          {
            track: i % 2 ? 'disagreement_resolution' : 'mediation',
            localAuthorityId: la.id,
            people: [
              { role: 'parent_carer', fullName: i === 3 ? 'Priya Okonkwo-Smith' : `Parent ${i}` },
            ],
          },
          // Two cases share a timestamp to prove the id tie-break.
          { now: later(100 + Math.min(i, 5)) },
        ),
      );
    }
    const byLa = await listCases(t.db, { localAuthorityId: la.id, withTotal: true, limit: 3 });
    expect(byLa.total).toBe(7);
    const seen = [...byLa.items];
    let cursor = byLa.nextCursor;
    while (cursor) {
      const page = await listCases(t.db, { localAuthorityId: la.id, limit: 3, cursor });
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    expect(seen.map((c) => c.id).sort()).toEqual(made.map((c) => c.id).sort());
    expect(seen[0]?.localAuthorityName).toBe('Camden');

    const byName = await listCases(t.db, { q: 'okonkwo' });
    expect(byName.items.map((c) => c.reference)).toEqual([made[3]!.reference]);
    expect(byName.items[0]?.personName).toBe('Priya Okonkwo-Smith');
    const byRef = await listCases(t.db, { q: made[5]!.reference.toLowerCase() });
    expect(byRef.items).toHaveLength(1);
    const fragment = made[5]!.reference.slice(-4);
    expect((await listCases(t.db, { q: fragment })).items.map((c) => c.id)).toContain(made[5]!.id);
    const dr = await listCases(t.db, {
      localAuthorityId: la.id,
      track: 'disagreement_resolution',
      withTotal: true,
    });
    expect(dr.total).toBe(3);
    expect((await listCases(t.db, { q: '100%_' })).items).toEqual([]);
    await expect(listCases(t.db, { cursor: 'nonsense' })).rejects.toThrow(/out of date/);
  });
});
