import { listAudit } from '@sen/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestApp,
  callTrpc,
  createStaff,
  sessionCookie,
  ORIGIN,
  type TestApp,
} from '../testing/harness';
import { contentSecurityPolicy, inlineScriptHashes } from './headers';

let t: TestApp;
let cookie: string;
beforeAll(async () => {
  t = await createTestApp();
  cookie = await sessionCookie(t, (await createStaff(t, 'admin')).id);
});
afterAll(() => t.close());

describe('CSRF: same origin AND the custom header, on every procedure', () => {
  it('accepts a console call', async () => {
    expect((await callTrpc(t, 'auth.logout', undefined, { cookie: null })).status).toBe(200);
  });

  it.each([
    ['no CSRF header', { csrf: false }],
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['no Origin or Referer', { origin: null }],
    ['a look-alike Origin', { origin: `${ORIGIN}.evil.example` }],
  ])('refuses a mutation with %s, before it runs', async (_name, opts) => {
    const res = await callTrpc(t, 'auth.logout', undefined, { cookie, ...opts });
    expect(res.status).toBe(403);
    expect(res.error?.message).toMatch(/cross-site/);
    // The session survived: the refused logout did not run.
    const me = await callTrpc(t, 'auth.me', undefined, { cookie });
    expect(me.data).not.toBeNull();
    const { items } = await listAudit(t.db, { action: 'request.csrf_refused' });
    expect(items[0]?.detail).toMatchObject({ path: 'auth.logout' });
  });

  it('accepts a same-origin Referer when Origin is absent', async () => {
    const res = await callTrpc(t, 'auth.me', undefined, {
      cookie,
      origin: null,
      headers: { referer: `${ORIGIN}/console/cases` },
    });
    expect(res.status).toBe(200);
  });

  it('refuses GET on /trpc, so no input ever travels in a URL', async () => {
    const res = await t.app.request(`${ORIGIN}/trpc/auth.me?input=%7B%7D`, {
      headers: { 'x-sen-csrf': '1', cookie },
    });
    expect(res.status).toBe(405);
  });
});

describe('security headers on every answer', () => {
  it.each(['/health', '/trpc/auth.me', '/api/widget/v1/office-hours', '/nowhere', '/console/'])(
    '%s',
    async (path) => {
      const res = await t.app.request(`${ORIGIN}${path}`, {
        method: path.startsWith('/trpc') ? 'POST' : 'GET',
      });
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).toMatch(/frame-ancestors 'none'/);
      expect(csp.match(/script-src [^;]*/)?.[0]).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('strict-transport-security')).toBeNull();
    },
  );

  it('adds HSTS and a __Host- Secure cookie behind HTTPS', async () => {
    const https = await createTestApp({ config: { publicUrl: 'https://desk.example.org' } });
    try {
      const user = await createStaff(https, 'viewer', { email: 'https-user@desk.test' });
      const res = await https.app.request('https://desk.example.org/trpc/auth.login', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-sen-csrf': '1',
          origin: 'https://desk.example.org',
        },
        body: JSON.stringify({
          json: { email: user.email, password: 'correct-horse-battery-staple' },
        }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=31536000/);
      expect(res.headers.getSetCookie()[0]).toMatch(
        /^__Host-sen_session=.*; Path=\/; HttpOnly; SameSite=Strict; .*Secure/,
      );
    } finally {
      await https.close();
    }
  });

  it('hashes inline bootstrap scripts instead of allowing unsafe-inline', () => {
    const html =
      '<script>boot()</script><script src="/a.js"></script><script type="module">  </script>';
    const hashes = inlineScriptHashes(html);
    expect(hashes).toHaveLength(1);
    expect(contentSecurityPolicy({ scriptHashes: hashes })).toMatch(
      /script-src 'self' 'sha256-[A-Za-z0-9+/]+=*'/,
    );
  });
});
