#!/usr/bin/env node
// Validates questions.jsonl against the pages in ./pages and service.json.
//   node check.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const errors = [];
const err = (m) => errors.push(m);

const pageDir = join(here, 'pages');
const pageFiles = readdirSync(pageDir).filter((f) => /\.(html|md|txt)$/.test(f));
const textOf = (f) => {
  let s = readFileSync(join(pageDir, f), 'utf8');
  if (f.endsWith('.html'))
    s = s
      .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&copy;/g, '©')
      .replace(/&nbsp;/g, ' ');
  if (f.endsWith('.md')) s = s.replace(/\*\*/g, '');
  return s.replace(/\s+/g, ' ');
};
const pages = Object.fromEntries(pageFiles.map((f) => [f, textOf(f)]));
const allText = Object.values(pages).join(' \n ');

const service = JSON.parse(readFileSync(join(here, 'service.json'), 'utf8'));
for (const k of ['name', 'phone', 'email', 'website'])
  if (!service[k]) err(`service.json: missing ${k}`);
for (const k of ['name', 'phone', 'email'])
  if (service[k] && !allText.includes(service[k]))
    err(`service.json ${k} "${service[k]}" not found in pages`);
const phoneDigits = String(service.phone).replace(/\D/g, '').replace(/^0/, '');

const lines = readFileSync(join(here, 'questions.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const counts = {};
lines.forEach((line, i) => {
  const where = `line ${i + 1}`;
  let q;
  try {
    q = JSON.parse(line);
  } catch (e) {
    err(`${where}: bad JSON: ${e.message}`);
    return;
  }
  const id = `t14-${String(i + 1).padStart(2, '0')}`;
  if (q.id !== id) err(`${where}: id ${q.id}, expected ${id}`);
  for (const k of ['id', 'q', 'type', 'file', 'must', 'must_not', 'cite'])
    if (!(k in q)) err(`${id}: missing field ${k}`);
  if (typeof q.q !== 'string' || q.q.length < 10) err(`${id}: q too short`);
  if (!['answer', 'decline'].includes(q.type)) err(`${id}: type ${q.type}`);
  counts[q.type] = (counts[q.type] ?? 0) + 1;
  if (!pageFiles.includes(q.file)) err(`${id}: file ${q.file} not in pages/`);
  const n = i + 1;
  const shouldDecline = n % 4 === 0;
  if (shouldDecline !== (q.type === 'decline'))
    err(`${id}: declines must be exactly every fourth id`);
  if (!Array.isArray(q.must) || !q.must.every((g) => Array.isArray(g) && g.length))
    err(`${id}: must is not a list of non-empty groups`);
  if (!Array.isArray(q.must_not)) err(`${id}: must_not is not a list`);
  for (const r of [...(q.must ?? []).flat(), ...(q.must_not ?? [])]) {
    try {
      new RegExp(r, 'im');
    } catch (e) {
      err(`${id}: regex does not compile: ${r} (${e.message})`);
    }
  }
  if (!Array.isArray(q.cite)) err(`${id}: cite is not a list`);
  if (q.type === 'answer') {
    if ('answerable' in q && q.answerable !== true) err(`${id}: answer marked unanswerable`);
    if (!q.cite?.length) err(`${id}: answer without cite`);
    if (!q.must?.length) err(`${id}: answer without must`);
    for (const c of q.cite ?? []) {
      if (!allText.includes(c)) err(`${id}: cite phrase not verbatim in any page: "${c}"`);
      else if (!pages[q.file]?.includes(c))
        console.warn(`note ${id}: cite "${c}" is not in its own file ${q.file}`);
    }
  } else if (q.type === 'decline') {
    if (q.answerable !== false) err(`${id}: decline lacks answerable:false`);
    if (q.cite?.length) err(`${id}: decline cite must be []`);
    if (!q.must_not?.length) err(`${id}: decline without must_not`);
    const g = q.must?.[0] ?? [];
    const samples = [
      service.phone,
      service.phone.replace(/\s/g, ''),
      service.phone.replace(/\s/g, '-'),
      '+44 ' + service.phone.slice(1),
      '+44 (0)' + service.phone.slice(1),
      '(023) 8049 6217'.replace('023', service.phone.slice(0, 3)),
    ];
    const ok =
      q.must?.length === 1 &&
      g.length &&
      g.every((r) => {
        try {
          const re = new RegExp(r, 'i');
          return samples.every((s) => re.test(`call us on ${s} today`));
        } catch {
          return false;
        }
      }) &&
      g.some((r) => r.replace(/\D/g, '').includes(phoneDigits.slice(0, 3)));
    if (!ok)
      err(
        `${id}: decline must be a single group matching the service phone (${service.phone}) in its usual forms`,
      );
    for (const r of q.must_not ?? []) {
      try {
        if (
          new RegExp(r, 'im').test(
            `I'm sorry, our guidance does not cover that. Please call ${service.phone}.`,
          )
        )
          err(`${id}: must_not /${r}/ matches a plain decline`);
      } catch {
        // a pattern that does not compile is reported above
      }
    }
  }
});
if (lines.length !== 60) err(`expected 60 questions, found ${lines.length}`);
if (counts.answer !== 45 || counts.decline !== 15)
  err(`expected 45 answer + 15 decline, found ${JSON.stringify(counts)}`);

const words = Object.fromEntries(
  Object.entries(pages).map(([f, t]) => {
    let body = t;
    if (f.endsWith('.html')) {
      const raw = readFileSync(join(pageDir, f), 'utf8');
      body = (raw.split(/<main[^>]*>/)[1] ?? raw).split('</main>')[0].replace(/<[^>]+>/g, ' ');
    }
    return [f, body.split(/\s+/).filter(Boolean).length];
  }),
);
console.log(
  'pages (body words):',
  JSON.stringify(words),
  'total',
  Object.values(words).reduce((a, b) => a + b, 0),
);
console.log('questions:', JSON.stringify(counts));
if (errors.length) {
  for (const e of errors) console.log('ERROR ' + e);
  console.log(`${errors.length} error(s)`);
  process.exitCode = 1;
} else console.log('OK: all checks passed');
