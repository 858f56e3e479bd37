import { listAudit, updateUser } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callTrpc,
  cookieFrom,
  createStaff,
  createTestApp,
  TEST_PASSWORD,
  type TestApp,
} from '../testing/harness';
import { totpCodeAt } from './totp';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function login(email: string, password = TEST_PASSWORD, cookie: string | null = null) {
  return callTrpc(t, 'auth.login', { email, password }, { cookie });
}

async function me(cookie: string | null) {
  return (await callTrpc(t, 'auth.me', undefined, { cookie })).data as {
    user: { id: string; role: string };
  } | null;
}

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Strict session cookie and audits the login', async () => {
    const user = await createStaff(t, 'caseworker');
    const res = await login(user.email.toUpperCase());
    expect(res.status).toBe(200);
    expect(res.data).toMatchObject({
      status: 'signed_in',
      user: { id: user.id, role: 'caseworker' },
    });
    const set = res.headers.getSetCookie().join('\n');
    expect(set).toMatch(
      /^sen_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/m,
    );
    expect(set).not.toMatch(/Secure/);
    expect((await me(cookieFrom(res)))?.user.id).toBe(user.id);
    const { items } = await listAudit(t.db, { actorId: user.id, action: 'auth.login' });
    expect(items).toHaveLength(1);
  });

  it('refuses a wrong password or unknown account with the same message, and audits it', async () => {
    const user = await createStaff(t, 'viewer');
    const wrong = await login(user.email, 'not the password at all');
    const unknown = await login('nobody@desk.test', 'not the password at all');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.error?.message).toBe(unknown.error?.message);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    const { items } = await listAudit(t.db, { action: 'auth.login_failed', entityId: user.id });
    expect(items[0]?.detail).toMatchObject({ reason: 'password' });
  });

  it('rotates the session on login: a token planted before login is dead after it (fixation)', async () => {
    const attacker = await createStaff(t, 'viewer');
    const victim = await createStaff(t, 'admin');
    const planted = cookieFrom(await login(attacker.email));
    expect(planted).not.toBeNull();
    const res = await login(victim.email, TEST_PASSWORD, planted);
    const fresh = cookieFrom(res);
    expect(fresh).not.toBe(planted);
    expect(await me(planted)).toBeNull();
    expect((await me(fresh))?.user.id).toBe(victim.id);
  });

  it('answers 429 with Retry-After and a human message after too many attempts on one account', async () => {
    const user = await createStaff(t, 'viewer');
    let last = await login(user.email, 'wrong password 0');
    for (let i = 1; i <= 10; i++) last = await login(user.email, `wrong password ${i}`);
    expect(last.status).toBe(429);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last.error?.message).toMatch(/Too many sign-in attempts\. Please wait \d+ minutes?/);
    // Even the right password waits: the limit is on attempts, not failures.
    expect((await login(user.email)).status).toBe(429);
    t.clock.advance(16 * 60_000);
    expect((await login(user.email)).status).toBe(200);
  });

  it('refuses a disabled user', async () => {
    const user = await createStaff(t, 'viewer');
    await updateUser(
      t.db,
      user.id,
      { disabled: true },
      { now: t.clock.now(), actorKind: 'system' },
    );
    expect((await login(user.email)).status).toBe(401);
  });
});

describe('session lifetime (server-side, fake clock)', () => {
  it('ends after 30 minutes idle', async () => {
    const user = await createStaff(t, 'viewer');
    const cookie = cookieFrom(await login(user.email));
    t.clock.advance(29 * 60_000);
    expect(await me(cookie)).not.toBeNull();
    t.clock.advance(29 * 60_000);
    expect(await me(cookie)).not.toBeNull();
    t.clock.advance(30 * 60_000 + 1000);
    expect(await me(cookie)).toBeNull();
  });

  it('ends 12 hours after sign-in however busy the user is', async () => {
    const user = await createStaff(t, 'viewer');
    const cookie = cookieFrom(await login(user.email));
    for (let elapsed = 0; elapsed < 12 * 60 - 20; elapsed += 20) {
      t.clock.advance(20 * 60_000);
      expect(await me(cookie), `after ${elapsed + 20} minutes`).not.toBeNull();
    }
    t.clock.advance(21 * 60_000);
    expect(await me(cookie)).toBeNull();
  });

  it('ends on logout, and the cookie is cleared', async () => {
    const user = await createStaff(t, 'viewer');
    const cookie = cookieFrom(await login(user.email));
    const out = await callTrpc(t, 'auth.logout', undefined, { cookie });
    expect(out.status).toBe(200);
    expect(out.headers.getSetCookie().join()).toMatch(/sen_session=; .*Max-Age=0/);
    expect(await me(cookie)).toBeNull();
    const { items } = await listAudit(t.db, { actorId: user.id, action: 'auth.logout' });
    expect(items).toHaveLength(1);
  });

  it('ends when an admin disables the user', async () => {
    const user = await createStaff(t, 'caseworker');
    const cookie = cookieFrom(await login(user.email));
    await updateUser(
      t.db,
      user.id,
      { disabled: true },
      { now: t.clock.now(), actorKind: 'system' },
    );
    expect(await me(cookie)).toBeNull();
  });
});

describe('denials are audited', () => {
  it('writes who was refused what, without personal data', async () => {
    const res = await callTrpc(t, 'auth.totpSetup', undefined, { cookie: null });
    expect(res.status).toBe(401);
    const { items } = await listAudit(t.db, { action: 'access.denied' });
    expect(items[0]).toMatchObject({
      actorKind: 'visitor',
      detail: { path: 'auth.totpSetup', reason: 'no_session' },
    });
  });
});

describe('password change and two-step sign-in', () => {
  it('forces a first-login password change, then signs out every other device', async () => {
    const user = await createStaff(t, 'admin', { mustChangePassword: true });
    const first = await login(user.email);
    expect(first.data).toMatchObject({ status: 'password_change_required' });
    const other = cookieFrom(await login(user.email));
    const cookie = cookieFrom(await login(user.email));
    const weak = await callTrpc(
      t,
      'auth.changePassword',
      { currentPassword: TEST_PASSWORD, newPassword: 'short' },
      { cookie },
    );
    expect(weak.status).toBe(400);
    expect(weak.error?.message).toMatch(/12 characters/);
    const ok = await callTrpc(
      t,
      'auth.changePassword',
      { currentPassword: TEST_PASSWORD, newPassword: 'a long and new pass phrase' },
      { cookie },
    );
    expect(ok.status).toBe(200);
    const rotated = cookieFrom(ok);
    expect(rotated).not.toBe(cookie);
    expect(await me(other)).toBeNull();
    expect(await me(cookie)).toBeNull();
    expect(await me(rotated)).toMatchObject({ user: { id: user.id, mustChangePassword: false } });
    expect((await login(user.email, 'a long and new pass phrase')).status).toBe(200);
  });

  it('sets up TOTP, then asks for a code at the next sign-in', async () => {
    const user = await createStaff(t, 'mediator');
    let cookie = cookieFrom(await login(user.email));
    const setup = await callTrpc(t, 'auth.totpSetup', undefined, { cookie });
    const { secret, uri } = setup.data as { secret: string; uri: string };
    expect(uri).toMatch(/^otpauth:\/\/totp\//);
    expect((await callTrpc(t, 'auth.totpEnable', { code: '000000' }, { cookie })).status).toBe(400);
    const enabled = await callTrpc(
      t,
      'auth.totpEnable',
      { code: totpCodeAt(secret, t.clock.now()) },
      { cookie },
    );
    expect(enabled.status).toBe(200);

    const second = await login(user.email);
    expect(second.data).toMatchObject({ status: 'totp_required' });
    cookie = cookieFrom(second);
    expect(await me(cookie)).toMatchObject({ secondFactorDone: false });
    const wrong = await callTrpc(t, 'auth.verifyTotp', { code: '000000' }, { cookie });
    expect(wrong.status).toBe(401);
    // The code just used to switch TOTP on is spent: a replay is refused.
    const replayed = await callTrpc(
      t,
      'auth.verifyTotp',
      { code: totpCodeAt(secret, t.clock.now()) },
      { cookie },
    );
    expect(replayed.status).toBe(401);
    t.clock.advance(30_000);
    const code = totpCodeAt(secret, t.clock.now());
    const right = await callTrpc(t, 'auth.verifyTotp', { code }, { cookie });
    expect(right.status).toBe(200);
    const after = cookieFrom(right);
    expect(after).not.toBe(cookie);
    expect(await me(after)).toMatchObject({ secondFactorDone: true });
    // Someone who saw that code cannot use it on a sign-in of their own.
    const thief = cookieFrom(await login(user.email));
    expect((await callTrpc(t, 'auth.verifyTotp', { code }, { cookie: thief })).status).toBe(401);
  });
});
