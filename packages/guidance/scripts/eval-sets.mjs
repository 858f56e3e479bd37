#!/usr/bin/env node
// Scores every question set this package is measured on, in one table: the package's own probe
// sets (sample page, --today 2025-06-10), the shared dev set, and each other service under
// test/services/*/ (its pages beside questions.jsonl). The held-out sets are never read.
// Usage (from packages/guidance): node scripts/eval-sets.mjs [--verbose] [--only NAME] [--settings JSON]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
// --package DIR: score another checkout of this package (e.g. main, for the "before" figures).
const pkg = argv.includes('--package')
  ? argv[argv.indexOf('--package') + 1]
  : join(dirname(fileURLToPath(import.meta.url)), '..');
const verbose = argv.includes('--verbose');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
// --settings JSON: retrieval's semantic settings for this run (src/semantic/settings.ts).
const settings = argv.includes('--settings') ? argv[argv.indexOf('--settings') + 1] : undefined;

let shared = pkg;
while (!existsSync(join(shared, 'shared', 'eval', 'score.mjs')) && dirname(shared) !== shared)
  shared = dirname(shared);
shared = join(shared, 'shared');
if (!existsSync(shared)) shared = '/work/shared';

const sets = [];
for (const f of readdirSync(join(pkg, 'test')).sort())
  if (f.endsWith('.jsonl') && !f.includes('holdout'))
    sets.push({
      name: f.replace('.jsonl', ''),
      file: join(pkg, 'test', f),
      guidance: join(shared, 'guidance'),
      // The families-* sets were written with their dates relative to 3 December 2026.
      today: f.startsWith('families') ? '2026-12-03' : '2025-06-10',
    });
sets.push({
  name: 'dev',
  file: join(shared, 'eval', 'dev.jsonl'),
  guidance: join(shared, 'guidance'),
  today: '2026-12-03',
});
const services = join(pkg, 'test', 'services');
const heldOut = JSON.parse(readFileSync(join(services, 'held-out.json'), 'utf8')).services;
if (existsSync(services))
  for (const s of readdirSync(services).sort()) {
    if (heldOut.includes(s)) continue; // held out: never read, never trained on
    const q = join(services, s, 'questions.jsonl');
    const pages = existsSync(join(services, s, 'pages'))
      ? join(services, s, 'pages')
      : join(services, s);
    if (existsSync(q))
      sets.push({
        name: `service:${s}`,
        file: q,
        guidance: pages,
        today: '2026-12-03',
      });
  }

const out = mkdtempSync(join(tmpdir(), 'eval-sets-'));
const rows = [];
for (const set of sets) {
  if (only && !set.name.includes(only)) continue;
  const answers = join(out, `${set.name.replace(/\W/g, '_')}.jsonl`);
  const ask = spawnSync(
    'npx',
    [
      'tsx',
      ...(settings ? ['scripts/ask-with.ts', settings] : ['src/cli/ask.ts']),
      '--guidance',
      set.guidance,
      '--jsonl',
      set.file,
      '--today',
      set.today,
    ],
    { cwd: pkg, encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  writeFileSync(answers, ask.stdout);
  let scored = '';
  try {
    scored = execFileSync(
      'node',
      [join(shared, 'eval', 'score.mjs'), set.file, answers, ...(verbose ? ['--verbose'] : [])],
      { encoding: 'utf8' },
    );
  } catch (e) {
    scored = e.stdout;
  }
  const m = /answer quality: (\d+)\/(\d+)/.exec(scored);
  const types = [...scored.matchAll(/^ {2}(\w+): (\d+)\/(\d+)$/gm)]
    .map(([, t, p, n]) => `${t} ${p}/${n}`)
    .join(', ');
  rows.push({ set: set.name, passed: m ? +m[1] : NaN, total: m ? +m[2] : NaN, types });
  if (verbose) console.log(`## ${set.name}\n${scored}`);
}
for (const r of rows)
  console.log(
    `${r.set.padEnd(24)} ${String(r.passed).padStart(4)}/${String(r.total).padEnd(4)} ${r.types}`,
  );
