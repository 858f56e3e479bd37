import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, HOST_ORIGIN } from '../testing/fixtures';
import { createTestApp, ORIGIN, type TestApp } from '../testing/harness';
import type { RateLimiter } from '../security/rate-limit';

// Property: whatever arrives at a public endpoint, the answer is never a 5xx.
let t: TestApp;
let conv: { conversationId: string; token: string };
// Rate limits would turn most runs into 429s and hide the handlers from the fuzzer.
const unlimited: RateLimiter = { hit: async () => ({ allowed: true, retryAfterSeconds: 1 }) };

beforeAll(async () => {
  t = await createTestApp({ rateLimiter: unlimited });
  await createTestSite(t.db, t.clock.now());
  const res = await t.app.request(`${ORIGIN}/api/widget/v1/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    body: JSON.stringify({ siteKey: 'test-site', hostOrigin: HOST_ORIGIN }),
  });
  conv = (await res.json()) as typeof conv;
});
afterAll(() => t.close());

/** Bodies: valid-looking objects with hostile values, any JSON, and text that is not JSON. */
const hostileString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    '<script>',
    "'; drop table users; --",
    '../../etc/passwd',
    'a'.repeat(1001),
    '𝕏'.repeat(600),
    '__proto__',
    'constructor',
  ),
);
const value = fc.oneof(
  hostileString,
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(hostileString, { maxLength: 3 }),
  fc.dictionary(hostileString, hostileString, { maxKeys: 3 }),
);
const objectWith = (keys: string[]) =>
  fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] });
const body = (keys: string[]) =>
  fc.oneof(
    objectWith(keys).map((o) => JSON.stringify(o)),
    fc.jsonValue().map((v) => JSON.stringify(v)),
    fc.string({ maxLength: 100 }),
  );

const ENDPOINTS: { name: string; path: fc.Arbitrary<string>; keys: string[]; auth?: boolean }[] = [
  {
    name: 'POST /conversations',
    path: fc.constant('/api/widget/v1/conversations'),
    keys: ['siteKey', 'hostOrigin'],
  },
  {
    name: 'POST /conversations/:id/messages',
    path: fc
      .oneof(fc.constant('conv'), hostileString)
      .map(
        (id) =>
          `/api/widget/v1/conversations/${id === 'conv' ? conv.conversationId : encodeURIComponent(id)}/messages`,
      ),
    keys: ['text'],
    auth: true,
  },
  {
    name: 'POST /messages/:id/feedback',
    path: fc
      .oneof(
        fc.uuid().map((id) => `${conv.conversationId}.${id}`),
        fc.uuid(),
        hostileString,
      )
      .map((id) => `/api/widget/v1/messages/${encodeURIComponent(id)}/feedback`),
    keys: ['rating', 'comment'],
    auth: true,
  },
  { name: 'POST /triage', path: fc.constant('/api/widget/v1/triage'), keys: ['answers'] },
  {
    name: 'POST /deadlines',
    path: fc.constant('/api/widget/v1/deadlines'),
    keys: ['calculation', 'dates'],
  },
  {
    name: 'POST /callbacks',
    path: fc.constant('/api/widget/v1/callbacks'),
    keys: [
      'conversationId',
      'name',
      'contactMethod',
      'phone',
      'email',
      'bestTime',
      'localAuthority',
      'description',
      'consent',
    ],
    auth: true,
  },
  { name: 'tRPC auth.login', path: fc.constant('/trpc/auth.login'), keys: ['json'] },
  { name: 'tRPC auth.me', path: fc.constant('/trpc/auth.me'), keys: ['json'] },
  {
    name: 'tRPC batch',
    path: fc.constant('/trpc/auth.me,auth.login,auth.logout?batch=1'),
    keys: ['0', '1', '2'],
  },
];

describe('fuzz: no public endpoint answers 5xx', () => {
  for (const ep of ENDPOINTS) {
    it(ep.name, async () => {
      await fc.assert(
        fc.asyncProperty(
          ep.path,
          body(ep.keys),
          fc.boolean(),
          fc.option(hostileString),
          async (path, raw, withAuth, contentType) => {
            const headers: Record<string, string> = {
              'content-type': contentType ?? 'application/json',
              origin: ORIGIN,
              'x-sen-csrf': '1',
            };
            if (ep.auth && withAuth) headers.authorization = `Bearer ${conv.token}`;
            let res: Response;
            try {
              res = await t.app.request(`${ORIGIN}${path}`, { method: 'POST', headers, body: raw });
            } catch (error) {
              // A header value the Request constructor itself refuses never reaches the server.
              if (error instanceof TypeError) return;
              throw error;
            }
            expect(res.status, `${path} ${raw.slice(0, 100)}`).toBeLessThan(500);
          },
        ),
        { numRuns: 60 },
      );
    });
  }

  it('GET /widget/frame with any site key', async () => {
    await fc.assert(
      fc.asyncProperty(hostileString, hostileString, async (site, referer) => {
        const res = await t.app.request(`${ORIGIN}/widget/frame?site=${encodeURIComponent(site)}`, {
          headers: /^[\x20-\x7e]*$/.test(referer) ? { referer } : {},
        });
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
