#!/usr/bin/env node
// Validates questions.jsonl against pages/ and service.json.  Run: node check.mjs   (exit 0 = all good)
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { pageTexts, norm } from './check/strip.mjs';

const dir = dirname(fileURLToPath(import.meta.url));
const errors = [];
const err = (m) => errors.push(m);

// service.json
const service = JSON.parse(readFileSync(join(dir, 'service.json'), 'utf8'));
for (const k of ['name', 'phone', 'email', 'website'])
  if (typeof service[k] !== 'string' || !service[k]) err(`service.json: missing ${k}`);
if (!/\.example$/.test(service.email.split('@')[1] ?? ''))
  err('service.json: email domain should end .example');
if (!/^https?:\/\/[^/]+\.example(\/|$)/.test(service.website))
  err('service.json: website should be on .example');

// pages
const pagesDir = join(dir, 'pages');
const pageFiles = readdirSync(pagesDir).filter((f) => /\.(html|md|txt)$/.test(f));
const texts = Object.fromEntries(pageFiles.map((f) => [f, pageTexts(join(pagesDir, f))]));
for (const ext of ['html', 'md', 'txt'])
  if (!pageFiles.some((f) => f.endsWith('.' + ext))) err(`pages/: no .${ext} page`);

// questions
const lines = readFileSync(join(dir, 'questions.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const qs = [];
lines.forEach((l, i) => {
  try {
    qs.push(JSON.parse(l));
  } catch (e) {
    err(`questions.jsonl:${i + 1}: ${e.message}`);
  }
});

const want = Array.from({ length: 60 }, (_, i) => `t17-${String(i + 1).padStart(2, '0')}`);
const ids = qs.map((q) => q.id);
const dup = ids.filter((id, i) => ids.indexOf(id) !== i);
if (dup.length) err(`duplicate ids: ${dup.join(', ')}`);
const missing = want.filter((id) => !ids.includes(id));
if (missing.length) err(`missing ids: ${missing.join(', ')}`);
const extra = ids.filter((id) => !want.includes(id));
if (extra.length) err(`unexpected ids: ${extra.join(', ')}`);

const compiles = (id, where, r) => {
  if (typeof r !== 'string' || !r) {
    err(`${id}: ${where}: not a non-empty string`);
    return false;
  }
  for (const flags of ['im', 'i']) {
    try {
      const re = new RegExp(r, flags);
      if (re.test('')) err(`${id}: ${where}: /${r}/ matches the empty string`);
    } catch (e) {
      err(`${id}: ${where}: /${r}/ (${flags}) does not compile: ${e.message}`);
      return false;
    }
  }
  return true;
};

let phoneRegex = null;
let nAns = 0,
  nDec = 0;
for (const q of qs) {
  const id = q.id ?? '(no id)';
  if (typeof q.q !== 'string' || q.q.trim().length < 5) err(`${id}: q missing or too short`);
  if (!Array.isArray(q.must)) err(`${id}: must is not a list`);
  else
    q.must.forEach((g, gi) => {
      if (!Array.isArray(g) || !g.length) err(`${id}: must[${gi}] is not a non-empty list`);
      else g.forEach((r) => compiles(id, `must[${gi}]`, r));
    });
  if (!Array.isArray(q.must_not)) err(`${id}: must_not is not a list`);
  else q.must_not.forEach((r) => compiles(id, 'must_not', r));
  if (!Array.isArray(q.cite)) err(`${id}: cite is not a list`);

  if (q.type === 'answer') {
    nAns++;
    if ('answerable' in q && q.answerable !== true)
      err(`${id}: answer question with answerable=${q.answerable}`);
    if (!q.file || !texts[q.file]) {
      err(`${id}: file ${q.file} is not a page in pages/`);
      continue;
    }
    if (!q.cite?.length) err(`${id}: answer question without cite`);
    if (!q.must?.length) err(`${id}: answer question without must`);
    for (const c of q.cite ?? []) {
      const words = c.trim().split(/\s+/).length;
      if (words < 4 || words > 10) err(`${id}: cite "${c}" has ${words} words (want 4-10)`);
      for (const [vi, t] of texts[q.file].entries())
        if (!t.includes(c))
          err(`${id}: cite "${c}" not verbatim in stripped ${q.file} (variant ${vi})`);
      if (!norm(texts[q.file][0]).includes(norm(c)))
        err(`${id}: cite "${c}" not found after scorer normalisation`);
    }
  } else if (q.type === 'decline') {
    nDec++;
    if (q.answerable !== false) err(`${id}: decline question needs "answerable": false`);
    if (q.file) err(`${id}: decline question should not name a file`);
    if (!Array.isArray(q.cite) || q.cite.length) err(`${id}: decline question needs cite: []`);
    if (!Array.isArray(q.must) || q.must.length !== 1 || q.must[0]?.length !== 1)
      err(`${id}: decline must should be [[phone regex]]`);
    else {
      if (phoneRegex === null) phoneRegex = q.must[0][0];
      else if (q.must[0][0] !== phoneRegex)
        err(`${id}: decline phone regex differs from the others`);
    }
    if (!q.must_not?.length) err(`${id}: decline question without must_not`);
  } else err(`${id}: unknown type ${q.type}`);
}
if (nAns !== 45) err(`want 45 answer questions, have ${nAns}`);
if (nDec !== 15) err(`want 15 decline questions, have ${nDec}`);

if (phoneRegex) {
  if (!new RegExp(phoneRegex, 'i').test(service.phone))
    err(`service.json phone "${service.phone}" does not match the decline regex /${phoneRegex}/`);
  if (!new RegExp(phoneRegex, 'im').test(texts[pageFiles[0]][0]))
    err(`phone regex not found in ${pageFiles[0]}`);
} else err('no decline phone regex found');

// the service phone must be in the pages, so a decline answer can take it from there
for (const f of pageFiles)
  if (!texts[f][0].includes(service.phone))
    err(`${f}: service phone ${service.phone} not on the page`);

if (errors.length) {
  for (const e of errors) console.log('ERROR ' + e);
  console.log(`${errors.length} error(s)`);
  process.exitCode = 1;
} else
  console.log(
    `ok: ${qs.length} questions (${nAns} answer, ${nDec} decline), ${pageFiles.length} pages, all regexes compile, all cites found`,
  );
