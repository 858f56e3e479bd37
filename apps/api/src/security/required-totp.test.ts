import { listAudit } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callTrpc,
  cookieFrom,
  createStaff,
  createTestApp,
  sessionCookie,
  TEST_PASSWORD,
  type TestApp,
} from '../testing/harness';
import { totpCodeAt } from './totp';

let t: TestApp;
let admin: string;
beforeAll(async () => {
  t = await createTestApp();
  admin = await sessionCookie(t, (await createStaff(t, 'admin')).id);
});
afterAll(() => t.close());

const login = (email: string) =>
  callTrpc(t, 'auth.login', { email, password: TEST_PASSWORD }, { cookie: null });

describe('an admin requires two-step sign-in for some roles', () => {
  it('validates the roles given', async () => {
    const bad = await callTrpc(
      t,
      'settings.update',
      { requireTotpForRoles: ['caseworker', 'boss'] },
      { cookie: admin },
    );
    expect(bad.status).toBe(400);
    expect(bad.error?.message).toBe('Roles are admin, caseworker, mediator or viewer.');
    const ok = await callTrpc(
      t,
      'settings.update',
      { requireTotpForRoles: ['caseworker', 'caseworker'] },
      { cookie: admin },
    );
    expect(ok.status, ok.raw).toBe(200);
    expect(ok.data).toMatchObject({ requireTotpForRoles: ['caseworker'] });
  });

  it('sends a caseworker without it to set it up, refuses everything else until done', async () => {
    const user = await createStaff(t, 'caseworker');
    const cookie = cookieFrom(await login(user.email));
    expect((await callTrpc(t, 'auth.me', undefined, { cookie })).data).toMatchObject({
      secondFactorDone: true,
      totpSetupRequired: true,
    });
    const refused = await callTrpc(t, 'cases.list', {}, { cookie });
    expect(refused.status).toBe(403);
    expect(refused.error?.message).toBe('Set up two-step sign-in before you continue.');
    const audit = await listAudit(t.db, { action: 'access.denied', actorId: user.id });
    expect(audit.items[0]?.detail).toMatchObject({ reason: 'totp_setup_required' });

    const setup = await callTrpc(t, 'auth.totpSetup', undefined, { cookie });
    expect(setup.status, setup.raw).toBe(200);
    const { secret } = setup.data as { secret: string };
    const enabled = await callTrpc(
      t,
      'auth.totpEnable',
      { code: totpCodeAt(secret, t.clock.now()) },
      { cookie },
    );
    expect(enabled.status, enabled.raw).toBe(200);
    const after = cookieFrom(enabled);
    expect((await callTrpc(t, 'auth.me', undefined, { cookie: after })).data).toMatchObject({
      totpSetupRequired: false,
    });
    expect((await callTrpc(t, 'cases.list', {}, { cookie: after })).status).toBe(200);
    // Required for the role: it cannot be switched off again.
    const off = await callTrpc(
      t,
      'auth.totpDisable',
      { password: TEST_PASSWORD },
      { cookie: after },
    );
    expect(off.status).toBe(403);
  });

  it('leaves other roles alone', async () => {
    const viewer = await createStaff(t, 'viewer');
    const cookie = cookieFrom(await login(viewer.email));
    expect((await callTrpc(t, 'auth.me', undefined, { cookie })).data).toMatchObject({
      totpSetupRequired: false,
    });
    expect((await callTrpc(t, 'cases.list', {}, { cookie })).status).toBe(200);
  });
});
