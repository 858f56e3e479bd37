// Start-to-ready of `pnpm start`'s server (`node apps/api/start.js`: the bundle `pnpm build` made,
// or the sources through tsx when not built): from spawning the process until /health answers
// 200, for a first start (new data folder: create the database from the built template or by
// initdb + migrations, seed, create the admin) and a second start on the same folder. Baseline,
// in the same run: a plain node process that serves a bare Hono route.
// Goals: first start ≤ 8 s, second start ≤ 2 s. Run `pnpm build` first to measure what
// `pnpm start` runs (the bench says which one it measured).
// Then the memory of the running server (resident set size, from /proc) after families' questions
// have loaded everything an answer uses (the index, the word vectors, the conversation state):
// goal under 400 MB.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const main = join(root, 'apps/api/start.js');

async function readyIn(
  args: string[],
  env: Record<string, string>,
): Promise<{ ms: number; child: ChildProcess }> {
  const started = performance.now();
  const child = spawn(process.execPath, args, {
    cwd: join(root, 'apps/api'),
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const url = `http://127.0.0.1:${env.PORT}/health`;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${out}`);
    if (performance.now() - started > 60_000) throw new Error(`not ready after 60 s:\n${out}`);
    try {
      const res = await fetch(url);
      if (res.status === 200) return { ms: performance.now() - started, child };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

// Questions that reach every part of an answer: retrieval with the word vectors, a deadline, a
// route, a follow-up read with the conversation's state.
const QUESTIONS = [
  'is mediation free?',
  'the council refused to assess my son, what can I do',
  'the decision letter was dated 2 November, when must I appeal by?',
  'and what if it is only about the school named?',
  'can someone in my corner come with me to the meeting',
  'they want to stop his plan now he is 18',
];

/** Resident memory (MB) of a started server after one conversation of QUESTIONS; null off Linux. */
async function residentAfterQuestions(env: Record<string, string>): Promise<number | null> {
  // The demo page's port makes the seeded demo site accept this origin, as in the browser.
  const demoPort = String(Number(env.PORT) + 1);
  const { child } = await readyIn([main], { ...env, DEMO_PORT: demoPort });
  try {
    const origin = `http://127.0.0.1:${env.PORT}`;
    const started = await fetch(`${origin}/api/widget/v1/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ siteKey: 'demo', hostOrigin: `http://127.0.0.1:${demoPort}` }),
    });
    if (!started.ok) throw new Error(`could not start a conversation: ${started.status}`);
    const { conversationId, token } = (await started.json()) as {
      conversationId: string;
      token: string;
    };
    for (const text of QUESTIONS) {
      const res = await fetch(`${origin}/api/widget/v1/conversations/${conversationId}/messages`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          origin,
          authorization: `Bearer ${token}`,
        },
        body: JSON.stringify({ text }),
      });
      if (!res.ok) throw new Error(`a question was refused: ${res.status} ${await res.text()}`);
    }
    const status = `/proc/${child.pid}/status`;
    if (!existsSync(status)) return null;
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(status, 'utf8'));
    return kb ? Number(kb[1]) / 1024 : null;
  } finally {
    await stop(child);
  }
}

const PORT = String(41_000 + Math.floor(Math.random() * 2000));
const dataDir = mkdtempSync(join(tmpdir(), 'sen-bench-start-'));
// Written inside the api package so it resolves hono the same way main.ts does.
const bareFile = join(root, 'apps/api', `.bench-bare-hono-${PORT}.mjs`);
const env = {
  PORT,
  DEMO_PORT: 'off',
  HOST: '127.0.0.1',
  DATA_DIR: join(dataDir, 'data'),
  ADMIN_PASSWORD: 'bench-admin-password-1',
  LOG_LEVEL: 'warn',
};

console.log(
  existsSync(join(root, 'apps/api/dist/main.js'))
    ? 'measuring the built bundle (apps/api/dist/main.js)'
    : 'measuring the sources through tsx (no build: run `pnpm build` for what `pnpm start` runs)',
);
console.log(
  existsSync(join(root, 'packages/db/dist/pglite-template.tar'))
    ? 'new data folders start from the built PGlite template'
    : 'no built PGlite template: a new data folder runs initdb and every migration',
);
try {
  writeFileSync(
    bareFile,
    `import { serve } from '@hono/node-server';
import { Hono } from 'hono';
serve({ fetch: new Hono().get('/health', (c) => c.json({ status: 'ok' })).fetch, hostname: '127.0.0.1', port: ${PORT} });
`,
  );
  const bare = await readyIn([bareFile], env);
  const baseline = bare.ms;
  await stop(bare.child);
  const first = await readyIn([main], env);
  await stop(first.child);
  const second = await readyIn([main], env);
  await stop(second.child);

  const memory = await residentAfterQuestions(env);

  const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`baseline: bare Hono process ready in   ${fmt(baseline)}`);
  console.log(
    `first start (new data folder):          ${fmt(first.ms)}  (${(first.ms / baseline).toFixed(1)}x baseline; goal ≤ 8 s: ${first.ms <= 8000 ? 'met' : 'NOT met'})`,
  );
  console.log(
    `second start (same data folder):        ${fmt(second.ms)}  (${(second.ms / baseline).toFixed(1)}x baseline; goal ≤ 2 s: ${second.ms <= 2000 ? 'met' : 'NOT met'})`,
  );
  if (memory !== null)
    console.log(
      `memory after ${QUESTIONS.length} questions:         ${memory.toFixed(0)} MB resident (goal < 400 MB: ${memory < 400 ? 'met' : 'NOT met'})`,
    );
} finally {
  rmSync(bareFile, { force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
