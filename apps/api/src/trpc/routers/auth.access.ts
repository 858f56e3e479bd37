import { defineAccess, EVERYONE, STAFF } from '../../testing/access';
import { TEST_PASSWORD } from '../../testing/harness';

export default defineAccess({
  cases: [
    { path: 'auth.me', allow: EVERYONE },
    {
      path: 'auth.login',
      allow: EVERYONE,
      input: (fx, _caller, user) => ({
        email: (user ?? fx.users.viewer).email,
        password: TEST_PASSWORD,
      }),
      note: 'signing in is open to all; it only replaces the session the browser had',
    },
    { path: 'auth.logout', allow: EVERYONE, freshUser: true },
    {
      path: 'auth.verifyTotp',
      allow: STAFF,
      input: () => ({ code: '123456' }),
      okStatuses: [400],
      note: 'a signed-in user without TOTP is told it is not on (400)',
    },
    {
      path: 'auth.changePassword',
      allow: STAFF,
      freshUser: true,
      input: () => ({ currentPassword: TEST_PASSWORD, newPassword: 'a fresh passphrase for 2026' }),
    },
    { path: 'auth.totpSetup', allow: STAFF, freshUser: true },
    {
      path: 'auth.totpEnable',
      allow: STAFF,
      freshUser: true,
      input: () => ({ code: '123456' }),
      okStatuses: [409],
      note: 'without a started set-up the caller is told to start again (409)',
    },
    {
      path: 'auth.totpDisable',
      allow: STAFF,
      freshUser: true,
      input: () => ({ password: TEST_PASSWORD }),
    },
  ],
});
