// Widget chat throughput and p95 latency at 50 concurrent visitors (offline answers, the whole
// system as `pnpm start` runs it on embedded PGlite), as a ratio to a bare Hono route served the
// same way in the same run; on PostgreSQL too when TEST_DATABASE_URL is set.
// Goal: at least 0.3 of bare Hono's throughput.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  p50: number;
  p95: number;
  errors: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function post(url: string, body: string, headers: Record<string, string>): Promise<number> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
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
}

/** `workers` loops, each sending one request after another, for `seconds`. */
async function load(
  seconds: number,
  send: (worker: number, i: number) => Promise<number>,
): Promise<Load> {
  const latencies: number[] = [];
  let errors = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, w) => {
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

async function measure(
  label: string,
  send: (w: number, i: number) => Promise<number>,
): Promise<Load> {
  await load(WARMUP_SECONDS, send);
  const r = await load(SECONDS, send);
  console.log(
    `${label.padEnd(34)} ${r.rps.toFixed(0).padStart(6)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   errors ${r.errors}`,
  );
  return r;
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
    const result = await measure('widget chat message (JSON answer)', (w, i) => {
      const c = conversations[w]!;
      return post(
        `${origin}/api/widget/v1/conversations/${c.conversationId}/messages`,
        JSON.stringify({ text: QUESTIONS[(w + i) % QUESTIONS.length] }),
        { 'content-type': 'application/json', origin, authorization: `Bearer ${c.token}` },
      );
    });
    const ratio = result.rps / baseline.rps;
    console.log(
      `throughput ratio to bare Hono: ${ratio.toFixed(3)} (goal ≥ 0.3: ${ratio >= 0.3 ? 'met' : 'NOT met'}); p95 ${(result.p95 / baseline.p95).toFixed(1)}x bare Hono's`,
    );
  } finally {
    await system.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  console.log(
    `${CONCURRENCY} concurrent clients, ${SECONDS} s each after ${WARMUP_SECONDS} s warm-up; server and clients in one process`,
  );
  // Baseline: a bare Hono JSON route on the same server stack.
  const bare = new Hono().post('/echo', async (c) =>
    c.json({ ok: true, got: (await c.req.json<{ text: string }>()).text.length }),
  );
  const bareServer = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: bare.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const bareUrl = `http://127.0.0.1:${(bareServer.address() as { port: number }).port}/echo`;
  const baseline = await measure('bare Hono POST (baseline)', (_w, i) =>
    post(bareUrl, JSON.stringify({ text: QUESTIONS[i % QUESTIONS.length] }), {
      'content-type': 'application/json',
    }),
  );
  bareServer.close();

  try {
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
  } finally {
    agent.destroy();
  }
}

await main();
