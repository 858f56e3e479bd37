#!/usr/bin/env node
// Validates questions.jsonl against the pages in ./pages.
//   node check.mjs
// Checks: every line is JSON with the expected fields; ids run t13-01..t13-60 in order;
// every regex compiles; every cite phrase occurs verbatim in some page's text (HTML: tags
// stripped, entities decoded, whitespace collapsed; all pages: whitespace collapsed);
// "file" names a page; declines sit at every fourth id, carry answerable:false, cite [] and a
// phone "must" that matches the service number in its usual spellings.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const pagesDir = join(here, 'pages');
const service = JSON.parse(readFileSync(join(here, 'service.json'), 'utf8'));
const errors = [];
const err = (m) => errors.push(m);

for (const k of ['name', 'phone', 'email', 'website'])
  if (typeof service[k] !== 'string' || !service[k]) err(`service.json: missing ${k}`);

const decode = (s) =>
  s
    .replace(/&nbsp;/g, ' ')
    .replace(/&middot;/g, '·')
    .replace(/&copy;/g, '©')
    .replace(/&pound;/g, '£')
    .replace(/&rsquo;/g, '\u2019')
    .replace(/&lsquo;/g, '\u2018')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const collapse = (s) => s.replace(/\s+/g, ' ').trim();
const pages = {};
for (const f of readdirSync(pagesDir)) {
  let t = readFileSync(join(pagesDir, f), 'utf8');
  if (f.endsWith('.html'))
    t = decode(
      t.replace(/<script[^]*?<\/script>|<style[^]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, ' '),
    );
  pages[f] = collapse(t);
}
if (Object.keys(pages).length !== 3) err(`expected 3 pages, found ${Object.keys(pages).length}`);

const lines = readFileSync(join(here, 'questions.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());
if (lines.length !== 60) err(`expected 60 questions, found ${lines.length}`);

const phoneSpellings = [
  service.phone,
  service.phone.replace(/\s+/g, ''),
  service.phone.replace(/\s+/g, '-'),
  '+44 ' + service.phone.slice(1),
  '+44 (0)' + service.phone.slice(1),
  '+44' + service.phone.slice(1).replace(/\s+/g, ''),
];
const counts = {};
const allowed = new Set(['id', 'q', 'type', 'answerable', 'must', 'must_not', 'cite', 'file']);
lines.forEach((line, i) => {
  let o;
  try {
    o = JSON.parse(line);
  } catch (e) {
    err(`line ${i + 1}: not JSON (${e.message})`);
    return;
  }
  const want = `t13-${String(i + 1).padStart(2, '0')}`;
  const at = `${o.id ?? 'line ' + (i + 1)}`;
  if (o.id !== want) err(`${at}: id should be ${want}`);
  for (const k of Object.keys(o)) if (!allowed.has(k)) err(`${at}: unexpected field ${k}`);
  if (typeof o.q !== 'string' || o.q.length < 10) err(`${at}: bad q`);
  if (!['answer', 'decline'].includes(o.type)) err(`${at}: type must be answer or decline`);
  counts[o.type] = (counts[o.type] ?? 0) + 1;
  if (
    !Array.isArray(o.must) ||
    !o.must.length ||
    !o.must.every((g) => Array.isArray(g) && g.length)
  )
    err(`${at}: must must be non-empty list of non-empty groups`);
  if (!Array.isArray(o.must_not)) err(`${at}: must_not must be a list`);
  if (!Array.isArray(o.cite)) err(`${at}: cite must be a list`);
  if (!pages[o.file]) err(`${at}: file ${o.file} is not a page`);
  const regexes = [...(o.must ?? []).flat(), ...(o.must_not ?? [])];
  for (const r of regexes) {
    if (typeof r !== 'string') {
      err(`${at}: regex not a string`);
      continue;
    }
    try {
      new RegExp(r, 'im');
    } catch (e) {
      err(`${at}: bad regex /${r}/: ${e.message}`);
    }
  }
  // a question's own wording must not trip its must_not (sanity: catches over-broad patterns)
  for (const r of o.must_not ?? []) {
    try {
      if (new RegExp(r, 'im').test(o.q)) err(`${at}: must_not /${r}/ matches the question itself`);
    } catch {
      // a pattern that does not compile is reported above
    }
  }
  const shouldDecline = (i + 1) % 4 === 0;
  if (o.type === 'decline') {
    if (!shouldDecline) err(`${at}: decline at wrong position`);
    if (o.answerable !== false) err(`${at}: decline needs answerable:false`);
    if ((o.cite ?? []).length) err(`${at}: decline cite must be []`);
    if (!o.must_not?.length) err(`${at}: decline needs must_not`);
    const ok =
      (o.must ?? []).length === 1 &&
      phoneSpellings.every((p) =>
        o.must[0].some((r) => new RegExp(r, 'i').test(`Please ring us on ${p}.`)),
      );
    if (!ok)
      err(
        `${at}: decline must be one group matching the phone ${service.phone} (spaces, hyphens, +44)`,
      );
    if (o.must[0].some((r) => new RegExp(r, 'i').test('Call 0113 496 0999')))
      err(`${at}: phone regex too loose`);
  } else {
    if (shouldDecline) err(`${at}: every fourth id should be a decline`);
    if ('answerable' in o && o.answerable !== true) err(`${at}: answer with answerable:false`);
    if (!o.cite?.length) err(`${at}: answer needs cite`);
    for (const c of o.cite ?? []) {
      const hit = Object.entries(pages).find(([, t]) => t.includes(collapse(c)));
      if (!hit) err(`${at}: cite phrase not verbatim in any page: "${c}"`);
    }
    // the main file should hold at least one of the cite phrases
    if (pages[o.file] && !(o.cite ?? []).some((c) => pages[o.file].includes(collapse(c))))
      err(`${at}: no cite phrase is in its file ${o.file}`);
  }
});
if (counts.answer !== 45 || counts.decline !== 15)
  err(`expected 45 answer + 15 decline, got ${JSON.stringify(counts)}`);

const words = Object.fromEntries(
  Object.entries(pages).map(([f, t]) => {
    let body = t;
    if (f.endsWith('.html')) {
      const raw = readFileSync(join(pagesDir, f), 'utf8');
      const m = raw.match(/<main[^]*<\/main>/);
      body = m ? collapse(decode(m[0].replace(/<[^>]+>/g, ' '))) : t;
    }
    return [f, body.split(' ').filter((w) => /[A-Za-z0-9£]/.test(w)).length];
  }),
);
const total = Object.values(words).reduce((a, b) => a + b, 0);
if (total < 2400 || total > 3100) err(`body word count ${total} outside 2,500–3,000 (±100)`);

for (const e of errors) console.log('ERROR ' + e);
console.log(`words: ${JSON.stringify(words)} total ${total}`);
console.log(`questions: ${lines.length} ${JSON.stringify(counts)}`);
console.log(errors.length ? `FAILED with ${errors.length} error(s)` : 'OK');
process.exitCode = errors.length ? 1 : 0;
