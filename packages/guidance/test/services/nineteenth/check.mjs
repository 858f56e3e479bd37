#!/usr/bin/env node
// Validates the nineteenth evaluation set: node check.mjs   (exit 0 = all good)
//
// 1. questions.jsonl is exactly what check/build-questions.mjs renders (not stale)
// 2. pages: three files, word counts after stripping; service.json
// 3. structure: 60 questions, 45 answer / 15 decline, ids, fields, regexes compile, page spread
// 4. cite phrases: 4-10 words, verbatim on their page (after stripping), on no other page,
//    not copied into the question; no must_not matches the page sentence a right answer quotes
// 5. answers: writes check/answers-{a,b,wrong}.jsonl (citations = the page sentences around the
//    cite phrases; wrong answers carry the same right citations) and runs the shared scorer:
//    a and b must score 60/60, wrong 0/60; extra right phrasings are checked directly.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PAGES, PHONE, render, QUESTIONS_PATH } from './check/build-questions.mjs';
import { stripFile, wordCount } from './check/strip.mjs';
import { ANSWERS } from './check/answers.mjs';

const ROOT = dirname(fileURLToPath(import.meta.url));
const SCORER = '/work/shared/eval/score.mjs';
const errors = [];
const fail = (m) => errors.push(m);
const out = (m) => console.log(m);

// same normalisation as the scorer uses for cite matching
const norm = (s) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9@.'/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const words = (s) => s.trim().split(/\s+/).length;

// ---- 1. freshness --------------------------------------------------------------------------
const onDisk = existsSync(QUESTIONS_PATH) ? readFileSync(QUESTIONS_PATH, 'utf8') : '';
if (onDisk !== render()) fail('questions.jsonl is stale: run `node check/build-questions.mjs`');
const qs = onDisk
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

// ---- 2. pages and service.json ----------------------------------------------------------------
const pageText = {};
const pageTitle = {};
let total = 0;
for (const file of Object.values(PAGES)) {
  const p = join(ROOT, 'pages', file);
  if (!existsSync(p)) {
    fail(`missing page ${file}`);
    continue;
  }
  const text = stripFile(p);
  pageText[file] = text;
  pageTitle[file] = text.split('\n')[0];
  const n = wordCount(text);
  total += n;
  out(`page ${file}: ${n} words`);
}
out(`pages total: ${total} words`);
if (total < 3500 || total > 4000) fail(`pages total ${total} words, expected 3,500-4,000`);

const service = JSON.parse(readFileSync(join(ROOT, 'service.json'), 'utf8'));
for (const k of ['name', 'phone', 'email', 'website'])
  if (!service[k]) fail(`service.json lacks ${k}`);
if (!new RegExp(PHONE.source).test(service.phone))
  fail('service.json phone does not match the decline phone regex');
if (!/\.example$/.test(service.email) || !/\.example\/?$/.test(service.website))
  fail('service.json email/website must end in .example');
for (const [file, text] of Object.entries(pageText)) {
  if (!text.includes(service.phone))
    fail(`${file} does not show the phone number ${service.phone}`);
}

// ---- 3. structure -----------------------------------------------------------------------------
if (qs.length !== 60) fail(`expected 60 questions, got ${qs.length}`);
const byType = { answer: 0, decline: 0 };
const byPage = Object.fromEntries(Object.values(PAGES).map((f) => [f, 0]));
const seen = new Set();
qs.forEach((q, i) => {
  const want = `t19-${String(i + 1).padStart(2, '0')}`;
  if (q.id !== want) fail(`question ${i + 1} has id ${q.id}, expected ${want}`);
  if (seen.has(q.id)) fail(`duplicate id ${q.id}`);
  seen.add(q.id);
  if (!q.q || q.q.length < 40) fail(`${q.id}: question too short`);
  byType[q.type] = (byType[q.type] ?? 0) + 1;
  if (
    !Array.isArray(q.must) ||
    !q.must.length ||
    q.must.some((g) => !Array.isArray(g) || !g.length)
  )
    fail(`${q.id}: must must be non-empty groups`);
  if (!Array.isArray(q.must_not) || !q.must_not.length)
    fail(`${q.id}: must_not must be a non-empty list`);
  for (const g of q.must ?? [])
    for (const r of g) {
      try {
        new RegExp(r, 'i');
      } catch (e) {
        fail(`${q.id}: bad must regex ${r}: ${e.message}`);
      }
    }
  for (const r of q.must_not ?? []) {
    try {
      new RegExp(r, 'im');
    } catch (e) {
      fail(`${q.id}: bad must_not regex ${r}: ${e.message}`);
    }
  }
  if (q.type === 'answer') {
    if (!(q.file in byPage)) fail(`${q.id}: unknown file ${q.file}`);
    else byPage[q.file]++;
    if (!q.cite?.length) fail(`${q.id}: answer question without cite`);
  } else if (q.type === 'decline') {
    if (q.answerable !== false) fail(`${q.id}: decline needs answerable:false`);
    if (q.cite?.length) fail(`${q.id}: decline must have cite []`);
    if (q.must.length !== 1 || !q.must[0].every((r) => new RegExp(r, 'i').test(service.phone)))
      fail(`${q.id}: decline must is one phone group`);
  } else fail(`${q.id}: unknown type ${q.type}`);
});
if (byType.answer !== 45 || byType.decline !== 15)
  fail(`expected 45 answer / 15 decline, got ${byType.answer} / ${byType.decline}`);
for (const [f, n] of Object.entries(byPage))
  if (n < 13 || n > 17) fail(`page ${f} has ${n} answer questions (want about 15)`);
out(
  `questions: ${qs.length} (answer ${byType.answer}, decline ${byType.decline}); per page: ${Object.entries(
    byPage,
  )
    .map(([f, n]) => `${f} ${n}`)
    .join(', ')}`,
);

// ---- 4. cite phrases and the sentences they sit in ---------------------------------------------
// The sentence(s) of a page line that contain the phrase.
function sentencesAround(file, phrase) {
  const lines = pageText[file].split('\n');
  const found = [];
  for (const line of lines) {
    const at = line.indexOf(phrase);
    if (at < 0) continue;
    const spans = [];
    const re = /(?<=[.!?])\s+(?=[A-Z0-9"\u201c\u2018'(\u00a3])/g;
    let start = 0;
    let m;
    while ((m = re.exec(line))) {
      spans.push([start, m.index]);
      start = m.index + m[0].length;
    }
    spans.push([start, line.length]);
    const hit = spans.filter(([s, e]) => e > at && s < at + phrase.length);
    found.push(line.slice(hit[0][0], hit[hit.length - 1][1]));
  }
  return found;
}

const citations = {}; // id -> [{title, quote, url}]
for (const q of qs) {
  if (q.type !== 'answer' || !pageText[q.file]) continue;
  citations[q.id] = [];
  for (const phrase of q.cite) {
    const n = words(phrase);
    if (n < 4 || n > 10) fail(`${q.id}: cite "${phrase}" has ${n} words (4-10)`);
    const sents = sentencesAround(q.file, phrase);
    if (!sents.length) {
      fail(`${q.id}: cite "${phrase}" is not verbatim within one block of ${q.file}`);
      continue;
    }
    for (const [other, text] of Object.entries(pageText)) {
      if (other !== q.file && norm(text).includes(norm(phrase)))
        fail(`${q.id}: cite "${phrase}" also occurs on ${other}`);
    }
    if (norm(q.q).includes(norm(phrase)))
      fail(`${q.id}: the question copies its cite phrase "${phrase}"`);
    for (const s of sents) {
      for (const r of q.must_not)
        if (new RegExp(r, 'im').test(s))
          fail(`${q.id}: must_not /${r}/ matches the page sentence "${s}"`);
      citations[q.id].push({ title: pageTitle[q.file], quote: s, url: q.file });
    }
  }
}

// ---- 5. answers through the shared scorer ------------------------------------------------------
const answerFile = (kind) => join(ROOT, 'check', `answers-${kind}.jsonl`);
for (const kind of ['a', 'b', 'wrong']) {
  const lines = qs
    .map((q) => {
      const a = ANSWERS[q.id];
      if (!a || !a[kind]) {
        fail(`${q.id}: no ${kind} answer in check/answers.mjs`);
        return null;
      }
      return JSON.stringify({ id: q.id, answer: a[kind], citations: citations[q.id] ?? [] });
    })
    .filter(Boolean);
  writeFileSync(answerFile(kind), lines.join('\n') + '\n');
}
const score = (kind) => {
  const r = spawnSync(process.execPath, [SCORER, QUESTIONS_PATH, answerFile(kind)], {
    encoding: 'utf8',
  });
  const m = r.stdout.match(/answer quality: (\d+)\/(\d+)/);
  return { passed: m ? Number(m[1]) : -1, of: m ? Number(m[2]) : -1, stdout: r.stdout };
};
const results = {};
for (const kind of ['a', 'b', 'wrong']) {
  results[kind] = score(kind);
  const { passed, of } = results[kind];
  out(`scorer, ${kind === 'wrong' ? 'wrong answers' : `right answers (${kind})`}: ${passed}/${of}`);
}
for (const kind of ['a', 'b']) {
  if (results[kind].passed !== 60)
    fail(`right answers (${kind}) scored ${results[kind].passed}/60:\n${results[kind].stdout}`);
}
if (results.wrong.passed !== 0) {
  const passedWrong = qs
    .filter((q) => !results.wrong.stdout.includes(`FAIL ${q.id} `))
    .map((q) => q.id);
  fail(`wrong answers scored ${results.wrong.passed}/60 (should be 0): ${passedWrong.join(', ')}`);
}

// extra right phrasings: text only (citations are already proven by a and b)
let extras = 0;
for (const q of qs) {
  for (const text of ANSWERS[q.id]?.extra ?? []) {
    extras++;
    for (const g of q.must)
      if (!g.some((r) => new RegExp(r, 'i').test(text)))
        fail(`${q.id}: extra right answer misses ${JSON.stringify(g)}: "${text}"`);
    for (const r of q.must_not)
      if (new RegExp(r, 'im').test(text))
        fail(`${q.id}: extra right answer hits must_not /${r}/: "${text}"`);
  }
}
out(`extra right phrasings checked: ${extras}`);

// how the wrong answers fail (for information): on must, on must_not, or both
const how = { must: 0, must_not: 0, both: 0 };
for (const q of qs) {
  const t = ANSWERS[q.id]?.wrong ?? '';
  const m = q.must.some((g) => !g.some((r) => new RegExp(r, 'i').test(t)));
  const n = q.must_not.some((r) => new RegExp(r, 'im').test(t));
  how[m && n ? 'both' : m ? 'must' : 'must_not']++;
}
out(
  `wrong answers fail on: must only ${how.must}, must_not only ${how.must_not}, both ${how.both}`,
);

if (errors.length) {
  console.log(`\nFAILED (${errors.length}):`);
  for (const e of errors) console.log(` - ${e}`);
  process.exitCode = 1;
} else {
  console.log('\nOK: right answers 60/60, wrong answers 0/60');
}
