import { describe, expect, it } from 'vitest';
import { checkOrigin, checkOrigins } from './origins';

describe('checkOrigin', () => {
  it.each([
    ['https://www.example.gov.uk', 'https://www.example.gov.uk'],
    ['https://Example.ORG/', 'https://example.org'],
    ['https://example.org:443', 'https://example.org'],
    ['https://local-offer.example.org:8443', 'https://local-offer.example.org:8443'],
    ['http://localhost:5174', 'http://localhost:5174'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
  ])('accepts %s as %s', (raw, origin) => {
    expect(checkOrigin(raw)).toEqual({ ok: true, origin });
  });

  it.each([
    ['https://example.org/local-offer', /no path/],
    ['https://example.org?x=1', /no path/],
    ['https://*.example.org', /wildcards/],
    ['http://example.org', /must use https/],
    ['ftp://example.org', /must start with https/],
    ['example.org', /scheme and host/],
    ['https://user:pw@example.org', /user name/],
    ['https://intranet', /full host name/],
    ['https://1.2.3.4', /full host name/],
    ['', /empty/],
  ])('refuses %s with a clear message', (raw, message) => {
    const r = checkOrigin(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('merges duplicates and collects every problem', () => {
    expect(
      checkOrigins(['https://a.example', 'https://A.example/', 'https://b.example/x', 'nope']),
    ).toEqual({
      origins: ['https://a.example'],
      problems: [expect.stringMatching(/b\.example\/x.*no path/), expect.stringMatching(/nope/)],
    });
  });
});
