import { describe, expect, it } from 'vitest';
import { externalizeBootstrap } from './csp-safe-bootstrap.js';

const page = `<!doctype html><html><head><link rel="modulepreload" href="/console/_app/a.js"></head>
<body><div class="app-root">
  <script>
    {
      __sveltekit_abc = { base: "/console" };
      const element = document.currentScript.parentElement;
      import("/console/_app/immutable/entry/start.js").then((app) => { app.start(element) });
    }
  </script>
</div></body></html>`;

describe('externalizeBootstrap', () => {
  it('replaces the inline boot script with an external one under the base path', () => {
    const out = externalizeBootstrap(page, '/console');
    expect(out.html).not.toMatch(/<script>/);
    expect(out.html).toContain(`<script src="/console/_app/${out.fileName}"></script>`);
    expect(out.code).toContain('document.currentScript.parentElement');
    expect(out.fileName).toMatch(/^boot-[0-9a-f]{12}\.js$/);
  });

  it('names the file after its content, so a cached copy is never stale', () => {
    const a = externalizeBootstrap(page, '/console').fileName;
    const b = externalizeBootstrap(page.replace('abc', 'xyz'), '/console').fileName;
    expect(a).not.toBe(b);
  });

  it('refuses a page whose scripts it does not recognise rather than shipping a broken console', () => {
    expect(() => externalizeBootstrap('<html><body></body></html>', '/console')).toThrow(/found 0/);
    expect(() => externalizeBootstrap(page + '<script>alert(1)</script>', '/console')).toThrow(
      /found 2/,
    );
  });
});
