import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../schema/index';
import { createTestDb, type TestDb } from '../testing/index';
import { listAudit } from './audit';
import {
  createSession,
  deleteUserSessions,
  getSessionWithUser,
  purgeExpiredSessions,
} from './sessions';
import { createUser, ensureAdmin, getUserForLogin, listUsers, updateUser } from './users';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const now = new Date('2026-03-02T10:00:00Z');
const hashPassword = async (pw: string) => `hashed:${pw}`;

describe('users', () => {
  it('ensureAdmin creates one admin with a one-time password that must be changed', async () => {
    const first = await ensureAdmin(t.db, { email: 'Admin@Example.org', hashPassword, now });
    expect(first.created).toBe(true);
    expect(first.oneTimePassword).toMatch(/^[\w-]{20}$/);
    const row = await getUserForLogin(t.db, 'admin@example.org');
    expect(row?.passwordHash).toBe(`hashed:${first.oneTimePassword}`);
    expect(row?.mustChangePassword).toBe(true);
    expect(row?.role).toBe('admin');
    const again = await ensureAdmin(t.db, { email: 'admin@example.org', hashPassword, now });
    expect(again).toEqual({ created: false, email: 'Admin@Example.org' });
    const { items } = await listAudit(t.db, { action: 'user.create' });
    expect(items).toHaveLength(1);
    expect(JSON.stringify(items)).not.toContain('example.org');
  });

  it('refuses duplicate emails (any case) and unknown roles', async () => {
    await expect(
      createUser(
        t.db,
        { email: 'ADMIN@example.org', name: 'X', role: 'viewer', passwordHash: 'h' },
        { now },
      ),
    ).rejects.toThrow(/already exists/);
    await expect(
      createUser(
        t.db,
        { email: 'x@example.org', name: 'X', role: 'boss' as StaffRole, passwordHash: 'h' },
        { now },
      ),
    ).rejects.toThrow(/Unknown role/);
  });

  it('will not disable or demote the last active admin', async () => {
    const admin = await getUserForLogin(t.db, 'admin@example.org');
    await expect(updateUser(t.db, admin!.id, { disabled: true }, { now })).rejects.toThrow(
      /last active admin/,
    );
    const users = await listUsers(t.db);
    expect(users[0]).not.toHaveProperty('passwordHash');
  });

  it('sessions expire, and disabled users have none', async () => {
    const user = await createUser(
      t.db,
      { email: 'cw@example.org', name: 'Case Worker', role: 'caseworker', passwordHash: 'h' },
      { now },
    );
    const expiresAt = new Date(now.getTime() + 60_000);
    await createSession(t.db, { id: 's1', userId: user.id, csrfToken: 'c', expiresAt, now });
    expect((await getSessionWithUser(t.db, 's1', now))?.user.email).toBe('cw@example.org');
    expect(await getSessionWithUser(t.db, 's1', expiresAt)).toBeUndefined();
    await updateUser(t.db, user.id, { disabled: true }, { now });
    expect(await getSessionWithUser(t.db, 's1', now)).toBeUndefined();
    expect(await purgeExpiredSessions(t.db, expiresAt)).toBe(1);
    expect(await deleteUserSessions(t.db, user.id)).toBe(0);
  });
});
