import { getUser, listAudit } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callTrpc,
  cookieFrom,
  createStaff,
  createTestApp,
  sessionCookie,
  type TestApp,
} from '../../testing/harness';

let t: TestApp;
let adminId: string;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  adminId = (await createStaff(t, 'admin')).id;
  admin = await sessionCookie(t, adminId);
});
afterAll(() => t.close());

const me = async (cookie: string) => (await callTrpc(t, 'auth.me', undefined, { cookie })).data;

describe('users', () => {
  it('creates a user whose temporary password works once and must be changed', async () => {
    const res = await callTrpc(
      t,
      'users.create',
      { name: 'Sam Case', email: 'Sam@Desk.test', role: 'caseworker' },
      { cookie: admin },
    );
    expect(res.status, res.raw).toBe(200);
    const { user, temporaryPassword } = res.data as {
      user: { id: string; mustChangePassword: boolean };
      temporaryPassword: string;
    };
    expect(user.mustChangePassword).toBe(true);
    expect(temporaryPassword.replace(/-/g, '')).toHaveLength(20);
    const login = await callTrpc(t, 'auth.login', {
      email: 'sam@desk.test',
      password: temporaryPassword,
    });
    expect(login.data).toMatchObject({ status: 'password_change_required' });
    const cookie = cookieFrom(login)!;
    expect((await callTrpc(t, 'cases.list', {}, { cookie })).status).toBe(403);
    // The password itself never reaches the audit log.
    const audit = await listAudit(t.db, { entityId: user.id });
    expect(JSON.stringify(audit.items)).not.toContain(temporaryPassword);
  });

  it('refuses a duplicate email and a bad role clearly', async () => {
    const dup = await callTrpc(
      t,
      'users.create',
      { name: 'Again', email: 'sam@desk.test', role: 'viewer' },
      { cookie: admin },
    );
    expect(dup.status).toBe(409);
    expect(dup.error?.message).toMatch(/already exists/);
    const role = await callTrpc(
      t,
      'users.create',
      { name: 'X', email: 'x@desk.test', role: 'owner' },
      { cookie: admin },
    );
    expect(role.status).toBe(400);
    expect(role.raw).toMatch(/Role must be viewer, caseworker, mediator or admin/);
  });

  it('disabling a user ends their sessions at once', async () => {
    const target = await createStaff(t, 'mediator');
    const cookie = await sessionCookie(t, target.id);
    expect(await me(cookie)).not.toBeNull();
    const res = await callTrpc(
      t,
      'users.update',
      { id: target.id, patch: { disabled: true } },
      { cookie: admin },
    );
    expect(res.status, res.raw).toBe(200);
    expect(res.data).toMatchObject({ user: { disabled: true }, sessionsEnded: 1 });
    expect(await me(cookie)).toBeNull();
    expect((await callTrpc(t, 'guidance.list', undefined, { cookie })).status).toBe(401);
    const enable = await callTrpc(
      t,
      'users.update',
      { id: target.id, patch: { disabled: false } },
      { cookie: admin },
    );
    expect(enable.data).toMatchObject({ user: { disabled: false } });
    // Re-enabling does not bring the old session back.
    expect(await me(cookie)).toBeNull();
  });

  it('changes a role, effective on the next request', async () => {
    const target = await createStaff(t, 'viewer');
    const cookie = await sessionCookie(t, target.id);
    expect((await callTrpc(t, 'sites.list', undefined, { cookie })).status).toBe(403);
    await callTrpc(
      t,
      'users.update',
      { id: target.id, patch: { role: 'caseworker' } },
      { cookie: admin },
    );
    expect((await callTrpc(t, 'sites.list', undefined, { cookie })).status).toBe(200);
  });

  it('does not let an admin lock themselves out', async () => {
    const res = await callTrpc(
      t,
      'users.update',
      { id: adminId, patch: { disabled: true } },
      { cookie: admin },
    );
    expect(res.status).toBe(400);
    expect(res.error?.message).toMatch(/your own account/);
    const demote = await callTrpc(
      t,
      'users.update',
      { id: adminId, patch: { role: 'viewer' } },
      { cookie: admin },
    );
    expect(demote.status).toBe(400);
  });

  it('resets a password: old sessions end, the new one must be changed', async () => {
    const target = await createStaff(t, 'caseworker');
    const cookie = await sessionCookie(t, target.id);
    const res = await callTrpc(t, 'users.resetPassword', { id: target.id }, { cookie: admin });
    expect(res.status, res.raw).toBe(200);
    expect(await me(cookie)).toBeNull();
    expect((await getUser(t.db, target.id))?.mustChangePassword).toBe(true);
    const login = await callTrpc(t, 'auth.login', {
      email: target.email,
      password: (res.data as { temporaryPassword: string }).temporaryPassword,
    });
    expect(login.data).toMatchObject({ status: 'password_change_required' });
  });

  it('resets two-step sign-in and lists staff names for pickers', async () => {
    const target = await createStaff(t, 'caseworker');
    const res = await callTrpc(t, 'users.resetTwoFactor', { id: target.id }, { cookie: admin });
    expect(res.status, res.raw).toBe(200);
    const viewer = await sessionCookie(t, (await createStaff(t, 'viewer')).id);
    const staff = (await callTrpc(t, 'users.staff', undefined, { cookie: viewer })).data as Record<
      string,
      unknown
    >[];
    expect(staff.length).toBeGreaterThan(0);
    expect(Object.keys(staff[0]!).sort()).toEqual(['id', 'name', 'role']);
  });
});
