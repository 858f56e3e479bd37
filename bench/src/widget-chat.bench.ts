// Widget chat throughput and p95 latency at 50 concurrent visitors (offline answers, the whole
// system as `pnpm start` runs it on embedded PGlite), as a ratio to a bare Hono route served the
// same way in the same run; on PostgreSQL too when TEST_DATABASE_URL is set. Each message is
// sent both ways the API answers: as JSON, and as the SSE stream the widget reads.
// Goal: at least 0.3 of bare Hono's throughput.
// The load comes from a child process (this file run with --client), the same client for the
// baseline and the subject: in one process the client's own HTTP work takes CPU from the server
// and the ratio measures the client as much as the server.
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { startSystem } from '@sen/api/server';
import { createTestDb, readTestEnv } from '@sen/db/testing';
import { Hono } from 'hono';

const CONCURRENCY = 50;
const SECONDS = 8;
const WARMUP_SECONDS = 2;
const QUESTIONS = [
  'What is mediation?',
  'Do I need a certificate before I appeal?',
  'How long does the council have to arrange mediation?',
  'Can I bring someone with me?',
  'My letter is dated 3 March 2026, when do I have to appeal by?',
];

interface Load {
  rps: number;
  /** Server CPU time per request, µs (set by measure). */
  cpuPerRequest?: number;
  p50: number;
  p95: number;
  errors: number;
}

/** What the child is asked to send: worker `w`'s `i`-th request posts `bodies[(w * stride + i) % n]`. */
interface LoadSpec {
  label: string;
  seconds: number;
  warmupSeconds: number;
  concurrency: number;
  /** Per worker: the URL and headers it posts to. */
  targets: { url: string; headers: Record<string, string> }[];
  bodies: string[];
  stride: number;
}

/** The child's side: runs the load and sends the figures back. */
async function runClient(spec: LoadSpec): Promise<Load> {
  const agent = new Agent({ keepAlive: true, maxSockets: spec.concurrency });
  const post = (url: string, body: string, headers: Record<string, string>) => {
    const u = new URL(url);
    return new Promise<number>((resolve, reject) => {
      request(
        {
          hostname: u.hostname,
          port: u.port,
          path: u.pathname,
          method: 'POST',
          agent,
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      )
        .on('error', reject)
        .end(body);
    });
  };
  const send = (w: number, i: number) => {
    const t = spec.targets[w % spec.targets.length]!;
    return post(t.url, spec.bodies[(w * spec.stride + i) % spec.bodies.length]!, t.headers);
  };
  await load(spec.concurrency, spec.warmupSeconds, send);
  const result = await load(spec.concurrency, spec.seconds, send);
  agent.destroy();
  return result;
}

/** `concurrency` loops, each sending one request after another, for `seconds`. */
async function load(
  concurrency: number,
  seconds: number,
  send: (worker: number, i: number) => Promise<number>,
): Promise<Load> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      for (let i = 0; performance.now() < until; i++) {
        const t0 = performance.now();
        const status = await send(w, i).catch(() => 0);
        latencies.push(performance.now() - t0);
        if (status < 200 || status >= 300) errors++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pick = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] ?? 0;
  return { rps: latencies.length / elapsed, p50: pick(0.5), p95: pick(0.95), errors };
}

/** Runs the load in a child process (this file with --client) and prints its figures. */
async function measure(spec: Omit<LoadSpec, 'seconds' | 'warmupSeconds' | 'concurrency'>) {
  const child = fork(fileURLToPath(import.meta.url), ['--client'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const cpu0 = process.cpuUsage();
  const r = await new Promise<Load>((resolve, reject) => {
    child.once('message', (m) => resolve(m as Load));
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`load client exited (${code})`)));
    child.send({
      ...spec,
      seconds: SECONDS,
      warmupSeconds: WARMUP_SECONDS,
      concurrency: CONCURRENCY,
    } satisfies LoadSpec);
  });
  // The server's CPU per request (this process, warm-up included): steadier than throughput on
  // a machine shared with other work.
  const cpu = process.cpuUsage(cpu0);
  child.disconnect();
  const cpuPerRequest = (cpu.user + cpu.system) / (r.rps * (SECONDS + WARMUP_SECONDS));
  console.log(
    `${spec.label.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   errors ${r.errors}   server CPU ${cpuPerRequest.toFixed(0).padStart(4)} µs/req`,
  );
  return { ...r, cpuPerRequest };
}

async function chat(label: string, databaseUrl: string | null, baseline: Load) {
  console.log(`\n## ${label}`);
  const dataDir = mkdtempSync(join(tmpdir(), 'sen-bench-chat-'));
  const system = await startSystem({
    port: 0,
    // The demo page's origin is the allowed host origin of the seeded demo site.
    demoPort: 0,
    host: '127.0.0.1',
    dataDir,
    databaseUrl,
    logLevel: 'silent',
    adminPassword: 'bench-admin-password-1',
    consoleDir: null,
    widgetDir: null,
    // Limits still count every hit (the cost stays in), they just never refuse the bench.
    wrapRateLimiter: (limiter) => ({
      hit: (key, rule) => limiter.hit(key, { ...rule, limit: Number.MAX_SAFE_INTEGER }),
      ...(limiter.hitMany
        ? {
            hitMany: (hits) =>
              limiter.hitMany!(
                hits.map((h) => ({ ...h, rule: { ...h.rule, limit: Number.MAX_SAFE_INTEGER } })),
              ),
          }
        : {}),
    }),
  });
  try {
    await system.deps.guidance.refresh();
    const origin = system.url;
    const conversations = await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        const res = await fetch(`${origin}/api/widget/v1/conversations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin },
          body: JSON.stringify({ siteKey: 'demo', hostOrigin: new URL(system.demoUrl).origin }),
        });
        if (!res.ok)
          throw new Error(`could not start a conversation: ${res.status} ${await res.text()}`);
        return (await res.json()) as { conversationId: string; token: string };
      }),
    );
    // The same messages both ways the widget API answers: JSON, and the SSE stream the widget
    // itself reads.
    for (const [label, accept] of [
      ['widget chat message (JSON answer)', 'application/json'],
      ['widget chat message (SSE stream)', 'text/event-stream'],
    ] as const) {
      const result = await measure({
        label,
        targets: conversations.map((c) => ({
          url: `${origin}/api/widget/v1/conversations/${c.conversationId}/messages`,
          headers: {
            'content-type': 'application/json',
            accept,
            origin,
            authorization: `Bearer ${c.token}`,
          },
        })),
        bodies: QUESTIONS.map((q) => JSON.stringify({ text: q })),
        stride: 1,
      });
      const ratio = result.rps / baseline.rps;
      console.log(
        `  throughput ratio to bare Hono: ${ratio.toFixed(3)} (goal ≥ 0.3: ${ratio >= 0.3 ? 'met' : 'NOT met'}); p95 ${(result.p95 / baseline.p95).toFixed(1)}x bare Hono's; server CPU per request ${(result.cpuPerRequest! / baseline.cpuPerRequest!).toFixed(1)}x bare Hono's`,
      );
    }
  } finally {
    await system.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  console.log(
    `${CONCURRENCY} concurrent clients, ${SECONDS} s each after ${WARMUP_SECONDS} s warm-up; clients in a child process`,
  );
  // Baseline: a bare Hono JSON route on the same server stack.
  const bare = new Hono().post('/echo', async (c) =>
    c.json({ ok: true, got: (await c.req.json<{ text: string }>()).text.length }),
  );
  const bareServer = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: bare.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as { port: number }).port}/echo`;
  const baseline = await measure({
    label: 'bare Hono POST (baseline)',
    targets: [{ url: bareUrl, headers: { 'content-type': 'application/json' } }],
    bodies: QUESTIONS.map((q) => JSON.stringify({ text: q })),
    stride: 0,
  });
  bareServer.close();

  await chat('embedded PGlite', null, baseline);
  const serverUrl = readTestEnv().TEST_DATABASE_URL;
  if (serverUrl) {
    const db = await createTestDb({ serverUrl });
    try {
      await chat('PostgreSQL', db.url!, baseline);
    } finally {
      await db.close();
    }
  } else {
    console.log('\n(PostgreSQL: set TEST_DATABASE_URL to measure it too)');
  }
}

if (process.argv.includes('--client')) {
  process.once('message', (spec) => {
    void runClient(spec as LoadSpec).then((r) => process.send!(r));
  });
} else {
  await main();
}
