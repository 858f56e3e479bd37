import {
  createCallbackRequest,
  createConversation,
  getConversation,
  listAudit,
  type StaffUser,
} from '@sen/db';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCase } from '../../testing/cases';
import { storeDocument } from '../../testing/documents';
import type { TestApp } from '../../testing/harness';
import { routerTest } from '../../testing/router-test';

const rt = routerTest({ admin: 'admin' });
const { as } = rt;

let t: TestApp;
let admin: StaffUser;

interface Lookup {
  people: { id: string; caseId: string; caseReference: string; fullName: string }[];
  callbackRequests: { id: string; conversationId: string | null }[];
  conversations: { id: string; caseId: string | null }[];
  truncated: boolean;
}

let conversationId: string;
let callbackCaseId: string;
let intakeCaseId: string;

beforeAll(async () => {
  ({
    t,
    users: { admin },
  } = rt);
  const now = t.clock.now();
  const convo = await createConversation(t.db, {
    siteId: null,
    tokenHash: 'x'.repeat(64),
    hostOrigin: null,
    now,
  });
  conversationId = convo.id;
  // The person asked for a callback from the chat (which opened a case) …
  const cb = await createCallbackRequest(
    t.db,
    {
      conversationId,
      name: 'Morgan Quill',
      contactMethod: 'phone',
      phone: '07700 900555',
      email: 'Morgan.Quill@family.test',
      description: 'About the plan',
      consent: true,
    },
    { now, actorKind: 'visitor' },
  );
  callbackCaseId = cb.caseId;
  // … and staff took a phone call from them on another case, with the number written differently.
  const intake = await makeCase(t, {
    people: [
      { role: 'parent_carer', fullName: 'Morgan Quill', phone: '+44 7700 900555' },
      { role: 'child', fullName: 'Robin Quill' },
    ],
  });
  intakeCaseId = intake.id;
  await makeCase(t, { people: [{ role: 'parent_carer', fullName: 'Someone Else' }] });
});

describe('subjects (look a person up for subject access and erasure)', () => {
  it('finds every case and conversation by name, e-mail or phone', async () => {
    const byName = (await as(admin, 'subjects.lookup', { name: 'morgan q' })).data as Lookup;
    expect(byName.people.map((p) => p.caseId).sort()).toEqual(
      [callbackCaseId, intakeCaseId].sort(),
    );
    expect(byName.callbackRequests).toHaveLength(1);
    expect(byName.conversations.map((c) => c.id)).toEqual([conversationId]);

    const byEmail = (await as(admin, 'subjects.lookup', { email: 'morgan.quill@FAMILY.test' }))
      .data as Lookup;
    expect(byEmail.people.map((p) => p.caseId)).toEqual([callbackCaseId]);

    // Phones match on their digits: "07700 900555" and "+44 7700 900555" differ in digits.
    const byPhone = (await as(admin, 'subjects.lookup', { phone: '07700-900-555' })).data as Lookup;
    expect(byPhone.people.map((p) => p.caseId)).toEqual([callbackCaseId]);
    expect(byPhone.callbackRequests).toHaveLength(1);
  });

  it('explains a search that cannot work', async () => {
    const none = await as(admin, 'subjects.lookup', {});
    expect(none.status).toBe(400);
    expect(none.error?.message).toBe('Give a name, an e-mail address or a phone number.');
    const short = await as(admin, 'subjects.lookup', { phone: '123' });
    expect(short.error?.message).toBe('Type at least 6 digits of the phone number.');
  });

  it('never writes the search terms to the audit log', async () => {
    await as(admin, 'subjects.lookup', { name: 'Morgan', email: 'morgan.quill@family.test' });
    const rows = (await listAudit(t.db, { action: 'subject.lookup' })).items;
    expect(rows.length).toBeGreaterThan(0);
    expect(JSON.stringify(rows).toLowerCase()).not.toMatch(/morgan|quill|900555/);
    expect(rows[0]!.detail).toMatchObject({ byName: true, byEmail: true, byPhone: false });
  });

  it('exports and then erases exactly the chosen records, documents included', async () => {
    const found = (await as(admin, 'subjects.lookup', { name: 'Morgan Quill' })).data as Lookup;
    const personIds = found.people.map((p) => p.id);
    const callbackIds = found.callbackRequests.map((c) => c.id);
    const onIntake = found.people.find((p) => p.caseId === intakeCaseId)!;
    const doc = await storeDocument(t, intakeCaseId, { personId: onIntake.id });

    const exported = await as(admin, 'subjects.export', { personIds, callbackIds });
    expect(exported.status, exported.raw.slice(0, 300)).toBe(200);
    const data = exported.data as {
      people: unknown[];
      cases: { documents: { id: string }[]; conversations: unknown[] }[];
      callbackRequests: unknown[];
    };
    expect(data.people).toHaveLength(2);
    expect(data.callbackRequests).toHaveLength(1);
    expect(data.cases.flatMap((c) => c.documents.map((d) => d.id))).toContain(doc.id);

    const unconfirmed = await as(admin, 'subjects.erase', {
      selection: { personIds, callbackIds },
      confirm: 'yes',
    });
    expect(unconfirmed.status).toBe(400);
    const erased = await as(admin, 'subjects.erase', {
      selection: { personIds, callbackIds },
      confirm: 'erase',
    });
    expect(erased.data).toMatchObject({
      people: 2,
      callbackRequests: 1,
      conversations: 1,
      documents: 1,
    });
    expect(await getConversation(t.db, conversationId)).toBeUndefined();
    const after = (await as(admin, 'subjects.lookup', { name: 'Morgan Quill' })).data as Lookup;
    expect(after.people).toEqual([]);
    expect(after.callbackRequests).toEqual([]);
    // The child on the intake case is someone else and stays.
    const child = (await as(admin, 'subjects.lookup', { name: 'Robin Quill' })).data as Lookup;
    expect(child.people).toHaveLength(1);
  });
});
