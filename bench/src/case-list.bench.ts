// The console's case list at 100,000 cases, on embedded PGlite and (when TEST_DATABASE_URL or
// DATABASE_URL names a server) on PostgreSQL, in a throwaway database. Prints p50/p95 per common
// filter and each as a ratio of a primary-key lookup measured in the same run.
// Goal: p95 under 50 ms on PostgreSQL.
import {
  dashboardCounts,
  getCase,
  listCases,
  listDeadlinesDue,
  readDbEnv,
  serviceReport,
  type CaseListFilter,
} from '@sen/db';
import { createTestDb, generateSampleCases, readTestEnv } from '@sen/db/testing';

const CASES = 100_000;
const RUNS = 40;
const WARMUP = 4;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function run(label: string, serverUrl: string | null): Promise<void> {
  console.log(`\n## ${label}`);
  const handle = await createTestDb({ serverUrl });
  try {
    const t0 = performance.now();
    const generated = await generateSampleCases(handle.db, { cases: CASES });
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`generated ${generated.cases} cases, ${generated.people} people in ${seconds} s`);
    const db = handle.db;
    const sample = generated.sample;
    // A cursor 20 pages deep, to show that deep pages cost the same as the first.
    let cursor: string | null = null;
    for (let i = 0; i < 20; i++)
      cursor = (await listCases(db, { cursor: cursor ?? undefined })).nextCursor;
    const list = (filter: CaseListFilter) => () => listCases(db, filter);
    const queries: [string, () => Promise<unknown>][] = [
      ['baseline: getCase by id', () => getCase(db, sample.id)],
      ['open cases, newest activity (default view)', list({ open: true })],
      ['all cases with total count', list({ withTotal: true })],
      ['state = mediation_requested', list({ state: 'mediation_requested' })],
      ['open + assigned to one caseworker', list({ open: true, assigneeId: sample.assigneeId })],
      ['open + unassigned', list({ open: true, assigneeId: 'none' })],
      ['local authority', list({ localAuthorityId: sample.localAuthorityId })],
      [
        'local authority with total count',
        list({ localAuthorityId: sample.localAuthorityId, withTotal: true }),
      ],
      [
        'track = disagreement_resolution + state',
        list({ track: 'disagreement_resolution', state: 'enquiry' }),
      ],
      [
        'created in the last 30 days',
        list({ createdFrom: new Date('2026-10-01T00:00:00Z'), sort: 'created' }),
      ],
      ['reference, exact', list({ q: sample.reference })],
      ['reference fragment "0042"', list({ q: '0042' })],
      ['person name "okonkwo"', list({ q: 'okonkwo' })],
      ['person name "priya pat"', list({ q: 'priya pat' })],
      ['page 21 by cursor', list({ cursor: cursor! })],
      [
        'deadlines due in the next 14 days',
        () => listDeadlinesDue(db, { from: '2026-11-01', to: '2026-11-14', today: '2026-11-01' }),
      ],
      [
        'dashboard counts',
        () =>
          dashboardCounts(db, {
            userId: sample.assigneeId,
            startOfToday: new Date('2026-11-01T00:00:00Z'),
          }),
      ],
      [
        'service report for a month',
        () =>
          serviceReport(db, {
            from: new Date('2026-10-01T00:00:00Z'),
            to: new Date('2026-11-01T00:00:00Z'),
          }),
      ],
    ];
    const CASE_LIST_ROWS = new Set(queries.slice(1, 15).map(([name]) => name));
    let baseline = 0;
    console.log(
      `${'query'.padEnd(46)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p95 ÷ baseline'.padStart(15)}`,
    );
    let worst = 0;
    for (const [name, fn] of queries) {
      const { p50, p95 } = await time(fn);
      if (!baseline) baseline = p95;
      // The goal covers the case list; deadlines, dashboard and report are shown for context.
      else if (CASE_LIST_ROWS.has(name)) worst = Math.max(worst, p95);
      console.log(
        `${name.padEnd(46)} ${p50.toFixed(2).padStart(8)} ${p95.toFixed(2).padStart(8)} ${(p95 / baseline).toFixed(1).padStart(14)}×`,
      );
    }
    const verdict = worst < 50 ? 'met' : 'missed';
    console.log(
      `case list: worst p95 ${worst.toFixed(1)} ms (goal on PostgreSQL: under 50 ms, ${verdict})`,
    );
  } finally {
    await handle.close();
  }
}

await run('PGlite (in memory)', null);
const serverUrl = readTestEnv().TEST_DATABASE_URL ?? readDbEnv().DATABASE_URL;
if (serverUrl) await run('PostgreSQL (throwaway database on the server)', serverUrl);
else console.log('\nSet TEST_DATABASE_URL to also measure PostgreSQL.');
