// The partner-site widget: what it costs a host page and a visitor.
// - Bytes: the loader (on every host page view) and everything the first open loads (frame JS +
//   CSS), gzip, as a ratio of their budgets (3 KB and 40 KB); the flows loaded later, for scale.
// - Time from clicking the launcher to a focused question box on the demo partner page (a second
//   origin, the whole system as `pnpm start` runs it, a fresh browser context each time, so
//   nothing is cached), against a baseline measured the same way in the same run: a bare page
//   that inserts a cross-origin iframe whose only content is an input it focuses.
// Goals: loader <= 3 KB gzip, first open <= 40 KB gzip.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSystem } from '@sen/api/server';
import { BUDGET, DIST_DIR, formatKb, measureWidgetBuild } from '@sen/widget/size';

const RUNS = 12;
const WARMUP = 2;
const here = dirname(fileURLToPath(import.meta.url));
const widgetDir = join(here, '..', '..', 'apps', 'widget');

if (!existsSync(join(DIST_DIR, 'loader.js'))) {
  console.log('building the widget first…');
  spawnSync('npm', ['run', '--silent', 'build'], { cwd: widgetDir, stdio: 'inherit' });
}

const sizes = measureWidgetBuild();
const row = (label: string, gzip: number, raw: number, budget?: number) =>
  console.log(
    `${label.padEnd(34)} ${formatKb(gzip).padStart(9)} gzip ${formatKb(raw).padStart(10)} raw` +
      (budget ? `   ${((gzip / budget) * 100).toFixed(0)}% of ${formatKb(budget)} budget` : ''),
  );
console.log('## bytes');
row('loader.js (every host page view)', sizes.loader.gzip, sizes.loader.raw, BUDGET.loaderGzip);
row('first open (frame JS + CSS)', sizes.firstOpen.gzip, sizes.firstOpen.raw, BUDGET.firstOpenGzip);
row('flows, loaded when chosen', sizes.later.gzip, sizes.later.raw);
const overBudget =
  sizes.loader.gzip > BUDGET.loaderGzip || sizes.firstOpen.gzip > BUDGET.firstOpenGzip;

// playwright-core is the e2e package's dependency; borrow it from there rather than add a
// browser driver to the benchmarks' own dependencies.
const requireFromE2e = createRequire(join(here, '..', '..', 'apps', 'e2e', 'package.json'));
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
// The few playwright-core calls used here, typed locally (bench does not depend on it).
interface PwLocator {
  waitFor(): Promise<void>;
  click(): Promise<void>;
}
interface PwFrame {
  url(): string;
  evaluate(expression: string): Promise<unknown>;
}
interface PwPage {
  goto(url: string): Promise<unknown>;
  frames(): PwFrame[];
  getByRole(role: 'button', options: { name: string | RegExp }): PwLocator;
}
interface PwBrowser {
  newContext(): Promise<{ newPage(): Promise<PwPage>; close(): Promise<void> }>;
  close(): Promise<void>;
}
interface Playwright {
  chromium: { launch(options: { executablePath: string; args: string[] }): Promise<PwBrowser> };
}
let playwright: Playwright | undefined;
try {
  playwright = requireFromE2e('playwright-core') as Playwright;
} catch {
  playwright = undefined;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

function listen(
  handler: Parameters<typeof createServer>[1],
): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

if (!playwright || !chromiumPath) {
  console.log('\n## click to focused input\nskipped: no Chromium (apt-get install -y chromium)');
} else {
  const dataDir = mkdtempSync(join(tmpdir(), 'sen-bench-widget-'));
  const system = await startSystem({
    port: 0,
    demoPort: 0,
    host: '127.0.0.1',
    dataDir,
    logLevel: 'silent',
    adminPassword: 'bench-admin-password-1',
    consoleDir: null,
  });
  // Baseline: the least any cross-origin chat iframe can cost, on the same machine and browser.
  // Same hand-over as the widget: the parent focuses the frame and posts "focus"; the frame
  // focuses its input.
  const inner = await listen((_req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(
      '<!doctype html><title>x</title><input id="question" aria-label="q">' +
        '<script>addEventListener("message", () => document.getElementById("question").focus())</script>',
    );
  });
  const outer = await listen((_req, res) => {
    res.setHeader('Content-Type', 'text/html');
    res.end(`<!doctype html><title>bare</title><button id="open">Ask us</button><script>
      document.getElementById('open').onclick = () => {
        const f = document.createElement('iframe');
        f.src = '${inner.url}/';
        f.onload = () => { f.focus(); f.contentWindow.postMessage('focus', '${inner.url}'); };
        document.body.append(f);
      };</script>`);
  });

  const browser = await playwright.chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

  async function clickToFocus(
    url: string,
    launcher: (page: PwPage) => PwLocator,
    frameUrlPart: string,
  ): Promise<number> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    const button = launcher(page);
    await button.waitFor();
    const t0 = performance.now();
    await button.click();
    const frame = await (async () => {
      for (;;) {
        const f = page.frames().find((x) => x.url().includes(frameUrlPart));
        if (f) return f;
        await new Promise((r) => setTimeout(r, 2));
      }
    })();
    // Polled with evaluate: waitForFunction would need 'unsafe-eval', which the frame's CSP refuses.
    while (
      !(await frame.evaluate('document.activeElement && document.activeElement.id === "question"'))
    ) {
      if (performance.now() - t0 > 30_000) throw new Error(`no focused input at ${url}`);
    }
    const ms = performance.now() - t0;
    await context.close();
    return ms;
  }

  async function series(run: () => Promise<number>) {
    for (let i = 0; i < WARMUP; i++) await run();
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await run());
    samples.sort((a, b) => a - b);
    return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
  }

  try {
    const bare = await series(() =>
      clickToFocus(outer.url, (p) => p.getByRole('button', { name: 'Ask us' }), inner.url),
    );
    const widget = await series(() =>
      clickToFocus(
        system.demoUrl,
        (p) => p.getByRole('button', { name: /ask us/i }),
        '/widget/frame',
      ),
    );
    console.log(`\n## click to focused input (${RUNS} runs, cold cache each)`);
    console.log(
      `baseline: bare cross-origin iframe   p50 ${bare.p50.toFixed(0)} ms  p95 ${bare.p95.toFixed(0)} ms`,
    );
    console.log(
      `widget on the demo partner page      p50 ${widget.p50.toFixed(0)} ms  p95 ${widget.p95.toFixed(0)} ms`,
    );
    console.log(
      `ratio widget / baseline              p50 ${(widget.p50 / bare.p50).toFixed(1)}x  p95 ${(widget.p95 / bare.p95).toFixed(1)}x`,
    );
  } finally {
    await browser.close();
    inner.server.close();
    outer.server.close();
    await system.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (overBudget) {
  console.log('\nOVER BUDGET');
  process.exit(1);
}
