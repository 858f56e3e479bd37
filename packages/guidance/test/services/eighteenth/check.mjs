#!/usr/bin/env node
// Validates this evaluation set and proves its scoring works:
//   1. structure: 60 questions (45 answer + 15 decline), ids, files, regexes, cite lengths;
//   2. every cite phrase occurs word for word in the page named by `file` (markup stripped,
//      broken lines joined) and in no other page (each fact lives on one page);
//   3. fairness: no must_not regex matches the page sentence a right answer would quote, and
//      extra right phrasings (check/answers.mjs EXTRA_RIGHT) pass must and must_not;
//   4. builds check/answers-a.jsonl and check/answers-b.jsonl (two right phrasings) and
//      check/answers-wrong.jsonl, runs the shared scorer on each: right = 60/60, wrong = 0/60,
//      and every wrong answer fails on its text (it carries the right citations).
// Usage: node check.mjs [path/to/score.mjs]
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pageText } from './check/strip.mjs';
import { ANSWERS, EXTRA_RIGHT } from './check/answers.mjs';
import { buildQuestions } from './check/build-questions.mjs';

const root = dirname(fileURLToPath(import.meta.url));
const scorer = process.argv[2] ?? '/work/shared/eval/score.mjs';
const errors = [];
const notes = [];
const err = (m) => errors.push(m);

// Same normalisation as the scorer uses for citations.
const norm = (s) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9@.'/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const flat = (s) =>
  s
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();

// ---- service and pages
const service = JSON.parse(readFileSync(join(root, 'service.json'), 'utf8'));
for (const k of ['name', 'phone', 'email', 'website'])
  if (!service[k]) err(`service.json: missing ${k}`);
if (!/\.example\b/.test(service.email) || !/\.example\b/.test(service.website))
  err('service.json: email and website must be on .example');
const pageFiles = readdirSync(join(root, 'pages')).sort();
if (pageFiles.length !== 3) err(`pages/: expected 3 files, found ${pageFiles.length}`);
const pages = Object.fromEntries(pageFiles.map((f) => [f, pageText(join(root, 'pages', f))]));
const exts = new Set(pageFiles.map((f) => extname(f)));
let words = 0;
for (const [f, t] of Object.entries(pages)) {
  words += t.split(' ').length;
  if (!norm(t).includes(norm(service.phone)))
    err(`${f}: service phone ${service.phone} not on the page`);
}
notes.push(
  `pages: ${pageFiles.length} files (${[...exts].join(', ')}), ${words} words after stripping`,
);

// ---- questions
const qPath = join(root, 'questions.jsonl');
const lines = readFileSync(qPath, 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const questions = lines.map((l, i) => {
  try {
    return JSON.parse(l);
  } catch (e) {
    err(`questions.jsonl:${i + 1}: ${e.message}`);
    return {};
  }
});
// questions.jsonl must be what check/build-questions.mjs writes (the source of the regexes).
const built = buildQuestions();
const builtJsonl = built.map(({ key: _key, ...q }) => JSON.stringify(q)).join('\n');
if (builtJsonl !== lines.join('\n'))
  err('questions.jsonl is stale: run node check/build-questions.mjs');
const keyOf = Object.fromEntries(built.map((q) => [q.id, q.key]));

const count = (t) => questions.filter((q) => q.type === t).length;
if (questions.length !== 60) err(`expected 60 questions, found ${questions.length}`);
if (count('answer') !== 45) err(`expected 45 answer questions, found ${count('answer')}`);
if (count('decline') !== 15) err(`expected 15 decline questions, found ${count('decline')}`);
const ids = new Set();

const compile = (id, r, flags) => {
  try {
    return new RegExp(r, flags);
  } catch (e) {
    err(`${id}: bad regex /${r}/: ${e.message}`);
    return /$^/;
  }
};

for (const q of questions) {
  const id = q.id;
  if (!/^t18-\d\d$/.test(id ?? '')) err(`bad id ${id}`);
  if (ids.has(id)) err(`duplicate id ${id}`);
  ids.add(id);
  if (!q.q || q.q.length < 8) err(`${id}: question text missing`);
  if (!Array.isArray(q.must) || !Array.isArray(q.must_not) || !Array.isArray(q.cite)) {
    err(`${id}: must, must_not and cite must be arrays`);
    continue;
  }
  q.must.forEach((g) =>
    Array.isArray(g) && g.length
      ? g.forEach((r) => compile(id, r, 'i'))
      : err(`${id}: empty must group`),
  );
  q.must_not.forEach((r) => compile(id, r, 'im'));
  if (!ANSWERS[keyOf[id]]) err(`${id}: no answers in check/answers.mjs for key ${keyOf[id]}`);

  if (q.type === 'decline') {
    if (q.answerable !== false) err(`${id}: decline needs "answerable": false`);
    if (q.cite.length) err(`${id}: decline must have cite: []`);
    // The phone group must accept the service's number and reject a neighbouring one.
    const other = service.phone.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    if (
      !q.must.some((g) =>
        g.every((r) => new RegExp(r, 'i').test(service.phone) && !new RegExp(r, 'i').test(other)),
      )
    )
      err(`${id}: decline must require the phone number`);
    if (!q.must_not.length)
      err(`${id}: decline should have must_not regexes for the outside-knowledge answer`);
    continue;
  }
  if (q.type !== 'answer') {
    err(`${id}: unknown type ${q.type}`);
    continue;
  }
  if (!pages[q.file]) {
    err(`${id}: file ${q.file} not in pages/`);
    continue;
  }
  if (q.cite.length < 1 || q.cite.length > 2) err(`${id}: 1-2 cite phrases expected`);
  for (const c of q.cite) {
    const n = c.trim().split(/\s+/).length;
    if (n < 4 || n > 10) err(`${id}: cite "${c}" has ${n} words (4-10 expected)`);
    if (!pages[q.file].includes(flat(c)))
      err(`${id}: cite "${c}" not found word for word in ${q.file}`);
    for (const [f, t] of Object.entries(pages)) {
      if (f !== q.file && norm(t).includes(norm(c)))
        err(`${id}: cite "${c}" also occurs in ${f} (facts belong to one page)`);
    }
  }
}

// ---- the passage a right answer quotes: the sentence around the cite phrase
function quoteFor(file, phrase) {
  const text = pages[file];
  const at = text.indexOf(flat(phrase));
  if (at < 0) return phrase;
  let start = 0;
  for (const m of text.slice(0, at).matchAll(/[.?!]\s/g)) start = m.index + 2;
  const after = text.slice(at + flat(phrase).length).search(/[.?!](\s|$)/);
  let end = after < 0 ? text.length : at + flat(phrase).length + after + 1;
  if (end - start > 360) {
    // long table runs: keep a window around the phrase
    start = Math.max(start, at - 120);
    end = Math.min(end, at + flat(phrase).length + 120);
    while (start > 0 && text[start - 1] !== ' ') start--; // whole words only
    while (end < text.length && text[end] !== ' ') end++;
  }
  return text.slice(start, end).trim();
}
const titleOf = (file) =>
  ({
    '.html': (
      readFileSync(join(root, 'pages', file), 'utf8').match(/<title>([^<]*)<\/title>/i)?.[1] ?? file
    ).replace(/&amp;/g, '&'),
  })[extname(file)] ?? pages[file].split(' ').slice(0, 12).join(' ');

// Fairness: a right answer that simply quotes the page must not trip must_not.
for (const q of questions.filter((x) => x.type === 'answer' && pages[x.file])) {
  for (const c of q.cite) {
    const quote = quoteFor(q.file, c);
    for (const r of q.must_not)
      if (new RegExp(r, 'im').test(quote))
        err(`${q.id}: must_not /${r}/ matches the cited page sentence "${quote}"`);
  }
}

// ---- build answer files
const build = (variant) =>
  questions.map((q) => {
    const a = ANSWERS[keyOf[q.id]] ?? {};
    const cite =
      q.type === 'answer' && pages[q.file]
        ? variant === 'b' && q.cite[1]
          ? q.cite[1]
          : q.cite[0]
        : null;
    const citations = cite ? [{ title: titleOf(q.file), quote: quoteFor(q.file, cite) }] : [];
    return { id: q.id, answer: a[variant === 'wrong' ? 'wrong' : variant] ?? '', citations };
  });
const files = {};
for (const v of ['a', 'b', 'wrong']) {
  files[v] = join(root, 'check', `answers-${v}.jsonl`);
  writeFileSync(
    files[v],
    build(v)
      .map((x) => JSON.stringify(x))
      .join('\n') + '\n',
  );
}

// Our own reading of each wrong answer, to show it fails on its text, and how.
let viaMustNot = 0;
for (const row of build('wrong')) {
  const q = questions.find((x) => x.id === row.id);
  const missing = q.must.filter((g) => !g.some((r) => new RegExp(r, 'i').test(row.answer))).length;
  const caught = q.must_not.filter((r) => new RegExp(r, 'im').test(row.answer)).length;
  if (!missing && !caught) err(`${q.id}: wrong answer passes on its text: "${row.answer}"`);
  if (caught) viaMustNot++;
}
notes.push(`wrong answers caught by must_not: ${viaMustNot}/60 (the rest fail a must group)`);

// Extra right phrasings must pass every must group and trip no must_not.
let extras = 0;
for (const [key, texts] of Object.entries(EXTRA_RIGHT)) {
  const q = questions.find((x) => keyOf[x.id] === key);
  if (!q) {
    err(`EXTRA_RIGHT: unknown key ${key}`);
    continue;
  }
  for (const t of texts) {
    extras++;
    const missing = q.must.filter((g) => !g.some((r) => new RegExp(r, 'i').test(t)));
    const caught = q.must_not.filter((r) => new RegExp(r, 'im').test(t));
    if (missing.length || caught.length)
      err(
        `${q.id}: extra right phrasing fails (${missing.length ? 'missing ' + JSON.stringify(missing) : ''}${caught.length ? ' caught by ' + JSON.stringify(caught) : ''}): "${t}"`,
      );
  }
}
notes.push(`extra right phrasings checked against must/must_not: ${extras}`);

// ---- run the shared scorer
const run = (file) => {
  if (!existsSync(scorer)) {
    err(`scorer not found: ${scorer}`);
    return { code: -1, out: '' };
  }
  const r = spawnSync(process.execPath, [scorer, qPath, file, '--verbose'], { encoding: 'utf8' });
  return { code: r.status, out: (r.stdout ?? '') + (r.stderr ?? '') };
};
const last = (out) => out.trim().split('\n').pop();
for (const v of ['a', 'b']) {
  const { code, out } = run(files[v]);
  notes.push(`scorer on answers-${v}.jsonl: ${last(out)}`);
  if (code !== 0 || !/answer quality: 60\/60/.test(out))
    err(`answers-${v}.jsonl should score 60/60:\n${out}`);
}
{
  const { out } = run(files.wrong);
  notes.push(`scorer on answers-wrong.jsonl: ${last(out)}`);
  if (!/answer quality: 0\/60/.test(out)) err(`answers-wrong.jsonl should score 0/60:\n${out}`);
}

console.log(
  `questions: ${questions.length} (answer ${count('answer')}, decline ${count('decline')})`,
);
for (const f of pageFiles)
  console.log(`  ${f}: ${questions.filter((q) => q.file === f).length} answer questions`);
for (const n of notes) console.log(n);
if (errors.length) {
  console.log(`\n${errors.length} problem(s):`);
  for (const e of errors) console.log(`- ${e}`);
  process.exitCode = 1;
} else console.log('OK: all checks passed');
