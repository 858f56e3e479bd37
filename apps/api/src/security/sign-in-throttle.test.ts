// Issue 15: ten wrong passwords for a known e-mail, from anywhere, used to lock the account for
// everyone for 15 minutes. Now an attacker's addresses are throttled, the account only slows
// down, and its owner still signs in with the right password and code.
import { listAudit, setUserTotp } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  callTrpc,
  cookieFrom,
  createStaff,
  createTestApp,
  TEST_PASSWORD,
  type TestApp,
} from '../testing/harness';
import { newTotpSecret, totpCodeAt } from './totp';
import { BURST_ALERT_ATTEMPTS, SLOWDOWN_MAX_MS, SLOWDOWN_STEP_MS } from './sign-in-throttle';

let t: TestApp;
beforeAll(async () => {
  // Behind a proxy: the address is the last X-Forwarded-For entry.
  t = await createTestApp({ config: { trustProxy: true } });
});
afterAll(() => t?.close());

const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
const login = (email: string, password: string, ip: string, cookie: string | null = null) =>
  callTrpc(t, 'auth.login', { email, password }, { ...from(ip), cookie });

/** `n` wrong passwords at `email`, spread over `addresses` addresses, all at once. */
async function attack(email: string, n: number, addresses: number) {
  return Promise.all(
    Array.from({ length: n }, (_, i) =>
      login(email, `guess number ${i}`, `203.0.113.${(i % addresses) + 1}`),
    ),
  );
}

describe('sign-in throttling', () => {
  it('an attack from many addresses does not lock the owner out: password + code still get in', async () => {
    const user = await createStaff(t, 'admin');
    const secret = newTotpSecret();
    await setUserTotp(
      t.db,
      user.id,
      { secret, enabled: true },
      { now: t.clock.now(), actorKind: 'system' },
    );
    const results = await attack(user.email, 24, 8); // 3 per address: under the pair limit
    expect(results.every((r) => r.status === 401)).toBe(true);

    const first = await login(user.email, TEST_PASSWORD, '198.51.100.7');
    expect(first.status, first.raw).toBe(200);
    expect(first.data).toMatchObject({ status: 'totp_required' });
    const code = await callTrpc(
      t,
      'auth.verifyTotp',
      { code: totpCodeAt(secret, t.clock.now()) },
      { ...from('198.51.100.7'), cookie: cookieFrom(first) },
    );
    expect(code.status, code.raw).toBe(200);
    expect(code.data).toMatchObject({ status: 'signed_in' });
  });

  it('slows an account under pressure down instead of refusing it', async () => {
    const user = await createStaff(t, 'viewer');
    await attack(user.email, 12, 4); // two over the account's limit
    const started = performance.now();
    const res = await login(user.email, TEST_PASSWORD, '198.51.100.8');
    const ms = performance.now() - started;
    expect(res.status).toBe(200);
    // The 13th attempt is 3 over: held back 3 steps.
    expect(ms).toBeGreaterThanOrEqual(3 * SLOWDOWN_STEP_MS - 20);
    expect(ms).toBeLessThan(SLOWDOWN_MAX_MS + 2_000);
  });

  it('refuses the address that made the attempts, at that account, and no other', async () => {
    const user = await createStaff(t, 'viewer');
    for (let i = 0; i < 10; i++) {
      expect((await login(user.email, `wrong ${i}`, '192.0.2.50')).status).toBe(401);
    }
    const refused = await login(user.email, TEST_PASSWORD, '192.0.2.50');
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.error?.message).toMatch(/Too many sign-in attempts\. Please wait \d+ minutes?/);
    expect((await login(user.email, TEST_PASSWORD, '192.0.2.51')).status).toBe(200);
    // The same address may still sign in to another account.
    const other = await createStaff(t, 'viewer');
    expect((await login(other.email, TEST_PASSWORD, '192.0.2.50')).status).toBe(200);
  });

  it('one address trying many accounts is refused after 30 attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) {
      statuses.push((await login(`nobody-${i}@desk.test`, 'wrong password', '192.0.2.99')).status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it('a burst at one account is written to the audit log once for admins', async () => {
    const user = await createStaff(t, 'caseworker');
    await attack(user.email, BURST_ALERT_ATTEMPTS + 5, 8);
    const { items } = await listAudit(t.db, { action: 'auth.sign_in_burst' });
    const mine = items.filter((i) => i.entityId === user.id);
    expect(mine).toHaveLength(1);
    expect(mine[0]?.detail).toMatchObject({ attempts: BURST_ALERT_ATTEMPTS });
  });
});
