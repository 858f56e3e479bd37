import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DbInputError } from '../errors';
import { createTestDb, type TestDb } from '../testing/index';
import { listAudit } from './audit';
import { listTextOverrides, removeTextOverride, setTextOverride } from './text-overrides';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const actor = (now: Date) => ({ now, actorKind: 'system' as const });

describe('text overrides', () => {
  it('sets, replaces, lists per language and removes a correction, each audited', async () => {
    const now = new Date('2026-12-03T10:00:00Z');
    await setTextOverride(t.db, { language: 'pl', key: 'send', text: ' Wyślij ' }, actor(now));
    await setTextOverride(t.db, { language: 'pl', key: 'send', text: 'Wyślij teraz' }, actor(now));
    await setTextOverride(t.db, { language: 'ur', key: 'send', text: 'بھیجیں' }, actor(now));
    expect((await listTextOverrides(t.db, 'pl')).map((o) => [o.key, o.text])).toEqual([
      ['send', 'Wyślij teraz'],
    ]);
    expect(await listTextOverrides(t.db)).toHaveLength(2);

    await removeTextOverride(t.db, { language: 'pl', key: 'send' }, actor(now));
    expect(await listTextOverrides(t.db, 'pl')).toEqual([]);
    await expect(
      removeTextOverride(t.db, { language: 'pl', key: 'send' }, actor(now)),
    ).rejects.toBeInstanceOf(DbInputError);

    const actions = (await listAudit(t.db, { entityType: 'text_override' })).items.map(
      (a) => a.action,
    );
    expect(actions.sort()).toEqual([
      'translations.override_remove',
      'translations.override_set',
      'translations.override_set',
      'translations.override_set',
    ]);
    // The audit row names the text, never holds it.
    const { items: rows } = await listAudit(t.db, { entityType: 'text_override' });
    expect(JSON.stringify(rows)).not.toContain('Wyślij');
  });

  it('refuses an empty or overlong text', async () => {
    const now = new Date('2026-12-03T10:00:00Z');
    for (const text of ['  ', 'x'.repeat(2001)]) {
      await expect(
        setTextOverride(t.db, { language: 'pl', key: 'send', text }, actor(now)),
      ).rejects.toBeInstanceOf(DbInputError);
    }
  });
});
