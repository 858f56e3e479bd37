// Runs against dist/ (the package's `test` script builds first).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUDGET, DIST_DIR, formatKb, measureWidgetBuild } from './measure-build';

const sizes = measureWidgetBuild();

describe('size budget', () => {
  it(`keeps the loader within ${formatKb(BUDGET.loaderGzip)} gzip`, () => {
    expect(sizes.loader.gzip).toBeLessThanOrEqual(BUDGET.loaderGzip);
  });

  it(`keeps everything the first open loads within ${formatKb(BUDGET.firstOpenGzip)} gzip`, () => {
    expect(sizes.firstOpen.files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(sizes.firstOpen.files.some((f) => f.endsWith('.css'))).toBe(true);
    expect(sizes.firstOpen.gzip).toBeLessThanOrEqual(BUDGET.firstOpenGzip);
  });

  it('loads the flows only when chosen', () => {
    expect(sizes.later.files.some((f) => /route-flow/.test(f))).toBe(true);
    expect(
      sizes.firstOpen.files.some((f) => /route-flow|callback-form|deadline-calculator/.test(f)),
    ).toBe(false);
  });
});

describe('build output', () => {
  const html = readFileSync(join(DIST_DIR, 'frame.html'), 'utf8');
  const loader = readFileSync(join(DIST_DIR, 'loader.js'), 'utf8');

  it('has no inline script or style in the frame page (its CSP forbids them)', () => {
    for (const tag of html.match(/<script\b[^>]*>[\s\S]*?<\/script>/g) ?? []) {
      expect(tag).toMatch(/\bsrc=/);
      expect(tag).toMatch(/><\/script>$/);
    }
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it('uses relative asset paths, so it works under /widget/', () => {
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^\.\/assets\//);
  });

  it('builds the loader as a plain script with no storage, cookies or network of its own', () => {
    expect(loader).not.toMatch(/^\s*import\s/m);
    expect(loader).not.toMatch(/\bexport\s/);
    for (const banned of [
      'localStorage',
      'sessionStorage',
      'document.cookie',
      'fetch(',
      'XMLHttpRequest',
      'sendBeacon',
      'innerHTML',
    ]) {
      expect(loader, banned).not.toContain(banned);
    }
  });

  it('ships the integrators’ type file', () => {
    expect(readFileSync(join(DIST_DIR, 'sen-mediation-desk.d.ts'), 'utf8')).toContain(
      'SENMediationDeskApi',
    );
  });
});
