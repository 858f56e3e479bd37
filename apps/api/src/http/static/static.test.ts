import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestSite, HOST_ORIGIN } from '../../testing/fixtures';
import { createTestApp, ORIGIN, type TestApp } from '../../testing/harness';

let t: TestApp;
let root: string;

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'sen-web-'));
  const widget = path.join(root, 'widget');
  const consoleDir = path.join(root, 'console');
  mkdirSync(path.join(widget, 'assets'), { recursive: true });
  mkdirSync(path.join(consoleDir, '_app/immutable'), { recursive: true });
  writeFileSync(path.join(widget, 'loader.js'), 'console.log("loader")');
  writeFileSync(
    path.join(widget, 'frame.html'),
    '<!doctype html><script>boot()</script><div id=app></div>',
  );
  writeFileSync(path.join(widget, 'assets/frame-abc.js'), 'export {}');
  writeFileSync(
    path.join(consoleDir, 'index.html'),
    '<!doctype html><script>start()</script>console',
  );
  writeFileSync(path.join(consoleDir, '_app/immutable/app-1.js'), 'export {}');
  writeFileSync(path.join(root, 'secret.txt'), 'outside');
  t = await createTestApp({ config: { widgetDir: widget, consoleDir } });
  await createTestSite(t.db, t.clock.now());
  await createTestSite(t.db, t.clock.now(), 'off-site', { enabled: false });
});
afterAll(async () => {
  await t.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (p: string, headers: Record<string, string> = {}) =>
  t.app.request(`${ORIGIN}${p}`, { headers });

describe('widget files', () => {
  it('serves loader.js to any site, cached, with CORS *', async () => {
    const res = await get('/widget/loader.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('cache-control')).toMatch(/max-age=3600/);
  });

  it('serves the frame only to the site’s own origins (frame-ancestors), hashing its boot script', async () => {
    const res = await get('/widget/frame?site=test-site', {
      referer: `${HOST_ORIGIN}/local-offer`,
    });
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(`frame-ancestors ${HOST_ORIGIN}`);
    expect(csp).toMatch(/script-src 'self' 'sha256-/);
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(await res.text()).toMatch(/boot\(\)/);
  });

  it.each([
    ['an unknown site', '/widget/frame?site=nope', {}],
    ['a switched-off site', '/widget/frame?site=off-site', {}],
    [
      'a host page not on the allowlist',
      '/widget/frame?site=test-site',
      { referer: 'https://evil.example/' },
    ],
    ['a malformed key', '/widget/frame?site=%3Cscript%3E', {}],
  ])('shows a friendly page with no chat for %s', async (_n, p, headers) => {
    const res = await get(p, headers);
    const html = await res.text();
    expect(html).toMatch(/Chat is not available/);
    expect(html).not.toMatch(/boot\(\)|<script/);
  });

  it('serves hashed assets for a year and refuses path tricks', async () => {
    const res = await get('/widget/assets/frame-abc.js');
    expect(res.headers.get('cache-control')).toMatch(/immutable/);
    for (const p of [
      '/widget/../secret.txt',
      '/widget/%2e%2e/secret.txt',
      '/widget/frame.html',
      '/widget/assets/%00x',
    ]) {
      expect((await get(p)).status, p).toBe(404);
    }
  });
});

describe('console', () => {
  it('serves the SPA shell for any console path, with its boot script hashed in the CSP', async () => {
    for (const p of ['/console/', '/console/cases/123']) {
      const res = await get(p);
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/console/);
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self' 'sha256-/);
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
    expect((await get('/console/_app/immutable/app-1.js')).headers.get('cache-control')).toMatch(
      /immutable/,
    );
    expect((await get('/console/_app/missing.js')).status).toBe(404);
  });

  it('sends / to the console', async () => {
    const res = await get('/');
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/console/');
  });
});
