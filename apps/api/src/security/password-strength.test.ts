import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passwordProblem } from './passwords';
import {
  callTrpc,
  cookieFrom,
  createStaff,
  createTestApp,
  TEST_PASSWORD,
  type TestApp,
} from '../testing/harness';

describe('a new password is judged by the strength estimator', () => {
  it.each([
    'abcdefghijkl', // long enough, but a sequence
    'qwertyuiop12', // a keyboard walk
    'Password1234', // a leaked favourite
    'iloveyou2026!',
    'Tribunal2026!', // a word of this service and a year
  ])('refuses %s with advice', async (p) => {
    expect(await passwordProblem(p)).toMatch(/too easy to guess\. \S/);
  });

  it.each(['Harbour-lantern-kestrel-2026', 'a long and new pass phrase', TEST_PASSWORD])(
    'accepts %s',
    async (p) => expect(await passwordProblem(p)).toBeNull(),
  );

  it('still refuses short passwords and the email name', async () => {
    expect(await passwordProblem('Xq7#pLm2')).toMatch(/12 characters/);
    expect(await passwordProblem('jo.bloggs-harbour-lantern', 'jo.bloggs@council.test')).toMatch(
      /email name/,
    );
  });
});

describe('changing a password over the staff API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it("an admin cannot choose 'abcdefghijkl'", async () => {
    const admin = await createStaff(t, 'admin', { mustChangePassword: true });
    const cookie = cookieFrom(
      await callTrpc(t, 'auth.login', { email: admin.email, password: TEST_PASSWORD }),
    );
    const res = await callTrpc(
      t,
      'auth.changePassword',
      { currentPassword: TEST_PASSWORD, newPassword: 'abcdefghijkl' },
      { cookie },
    );
    expect(res.status).toBe(400);
    expect(res.error?.message).toMatch(/too easy to guess/);
  });
});
