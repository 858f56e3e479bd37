// The case list's search reads notes and the description a family gave with a callback request,
// as well as names and references.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../testing/index';
import { createCallbackRequest } from './callbacks';
import { addNote } from './case-notes';
import { createCase, listCases } from './cases';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const now = new Date('2026-03-02T10:00:00Z');

describe('case search', () => {
  it('finds a case by words in its notes or in the callback description, from 3 characters', async () => {
    const noted = await createCase(t.db, { track: 'mediation' }, { now });
    await addNote(t.db, noted.id, 'Father mentioned the Tribunal hearing in May.', { now });
    const fromChat = await createCallbackRequest(
      t.db,
      {
        name: 'Casey Caller',
        contactMethod: 'phone',
        phone: '07700 900111',
        description: 'The council refused a needs assessment for my daughter',
        consent: true,
      },
      { now, actorKind: 'visitor' },
    );
    await createCase(t.db, { track: 'mediation' }, { now });

    const ids = async (q: string) => (await listCases(t.db, { q })).items.map((c) => c.id);
    expect(await ids('tribunal HEARING')).toEqual([noted.id]);
    expect(await ids('needs assessment')).toEqual([fromChat.caseId]);
    // Names still match from 2 letters; free text needs 3 (two letters match most notes).
    expect(await ids('Casey')).toEqual([fromChat.caseId]);
    expect(await ids('in')).toEqual([]);
    // LIKE wildcards are searched for literally.
    expect(await ids('100%')).toEqual([]);
  });
});
