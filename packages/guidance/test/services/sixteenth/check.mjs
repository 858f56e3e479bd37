#!/usr/bin/env node
// Validates the sixteenth test set: node check.mjs  (run from this folder or anywhere)
// - questions.jsonl parses; ids unique and t16-01..t16-60; 45 "answer" + 15 "decline"
// - every must / must_not regex compiles (as the scorer builds them: flags "i" and "im")
// - every cite phrase occurs verbatim in the pages' text (HTML stripped, entities decoded,
//   whitespace collapsed), and in the file the question names
// - decline questions: answerable false, cite [], must = the service's phone regex
// - service.json has name, phone, email, website, and the phone regex matches its phone
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const errors = [];
const fail = (m) => errors.push(m);

const ENTITIES = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  ndash: '\u2013',
  mdash: '\u2014',
  copy: '\u00a9',
  pound: '\u00a3',
  hellip: '\u2026',
};
const decode = (s) =>
  s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n) => ENTITIES[n.toLowerCase()] ?? m);
const pageText = (name, raw) => {
  let t = raw;
  if (/\.html?$/i.test(name)) {
    t = t
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ');
    t = decode(t);
  }
  return t.replace(/\s+/g, ' ').trim();
};

// pages
const pagesDir = join(here, 'pages');
const pages = new Map();
for (const f of readdirSync(pagesDir))
  pages.set(`pages/${f}`, pageText(f, readFileSync(join(pagesDir, f), 'utf8')));
const allText = [...pages.values()].join(' \n ');
const words = [...pages.values()].reduce((n, t) => n + t.split(' ').filter(Boolean).length, 0);

// service.json
const service = JSON.parse(readFileSync(join(here, 'service.json'), 'utf8'));
for (const k of ['name', 'phone', 'email', 'website'])
  if (!service[k]) fail(`service.json: missing ${k}`);
for (const k of ['phone', 'email'])
  if (service[k] && !allText.includes(service[k]))
    fail(`service.json: ${k} ${service[k]} not in pages`);

// questions
const lines = readFileSync(join(here, 'questions.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const qs = lines
  .map((l, i) => {
    try {
      return JSON.parse(l);
    } catch (e) {
      fail(`questions.jsonl:${i + 1}: ${e.message}`);
      return null;
    }
  })
  .filter(Boolean);
const ids = new Set();
const counts = { answer: 0, decline: 0 };
const compiles = (r, flags, where) => {
  if (typeof r !== 'string') return (fail(`${where}: regex is not a string`), null);
  try {
    return new RegExp(r, flags);
  } catch (e) {
    fail(`${where}: bad regex /${r}/: ${e.message}`);
    return null;
  }
};
qs.forEach((q, i) => {
  const where = q.id ?? `line ${i + 1}`;
  if (!q.id || !/^t16-\d{2}$/.test(q.id)) fail(`${where}: bad id`);
  if (ids.has(q.id)) fail(`${where}: duplicate id`);
  ids.add(q.id);
  if (typeof q.q !== 'string' || q.q.length < 3) fail(`${where}: missing q`);
  if (!(q.type in counts)) fail(`${where}: type must be answer or decline, got ${q.type}`);
  else counts[q.type]++;
  if (!Array.isArray(q.must) || q.must.length === 0)
    fail(`${where}: must needs at least one group`);
  for (const [g, group] of (q.must ?? []).entries()) {
    if (!Array.isArray(group) || group.length === 0)
      fail(`${where}: must[${g}] is not a non-empty list`);
    else group.forEach((r) => compiles(r, 'i', `${where} must[${g}]`));
  }
  if (q.must_not !== undefined && !Array.isArray(q.must_not))
    fail(`${where}: must_not is not a list`);
  (q.must_not ?? []).forEach((r) => compiles(r, 'im', `${where} must_not`));
  if (!Array.isArray(q.cite)) fail(`${where}: cite is not a list`);
  if (q.type === 'answer') {
    if (!q.cite?.length) fail(`${where}: answer question needs cite phrases`);
    if (!q.file || !pages.has(q.file)) fail(`${where}: file ${q.file} is not one of the pages`);
    for (const c of q.cite ?? []) {
      const flat = String(c).replace(/\s+/g, ' ').trim();
      if (!allText.includes(flat)) fail(`${where}: cite phrase not verbatim in pages: "${c}"`);
    }
    if (
      q.file &&
      pages.has(q.file) &&
      !(q.cite ?? []).some((c) => pages.get(q.file).includes(String(c).replace(/\s+/g, ' ').trim()))
    )
      fail(`${where}: no cite phrase occurs in its own file ${q.file}`);
    if (q.answerable === false) fail(`${where}: answer question marked answerable false`);
  }
  if (q.type === 'decline') {
    if (q.answerable !== false) fail(`${where}: decline question needs answerable: false`);
    if (q.cite?.length) fail(`${where}: decline question must have cite []`);
    if (!q.must_not?.length)
      fail(`${where}: decline question should list must_not (plausible wrong answers)`);
    const phoneOk =
      (q.must ?? []).length === 1 &&
      q.must[0].some((r) => {
        try {
          return new RegExp(r, 'i').test(service.phone);
        } catch {
          return false;
        }
      });
    if (!phoneOk) fail(`${where}: decline must should be the service phone regex`);
  }
});
for (let n = 1; n <= 60; n++)
  if (!ids.has(`t16-${String(n).padStart(2, '0')}`))
    fail(`missing id t16-${String(n).padStart(2, '0')}`);
if (qs.length !== 60) fail(`expected 60 questions, found ${qs.length}`);
if (counts.answer !== 45) fail(`expected 45 answer questions, found ${counts.answer}`);
if (counts.decline !== 15) fail(`expected 15 decline questions, found ${counts.decline}`);

console.log(`pages: ${pages.size} files, ${words} words (markup stripped)`);
console.log(`questions: ${qs.length} (answer ${counts.answer}, decline ${counts.decline})`);
if (!existsSync(join(here, 'README.md'))) fail('README.md missing');
if (errors.length) {
  for (const e of errors) console.log(`ERROR ${e}`);
  console.log(`${errors.length} problem(s)`);
  process.exitCode = 1;
} else console.log('check: ok');
