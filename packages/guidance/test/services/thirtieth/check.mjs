#!/usr/bin/env node
// Validates the thirtieth set.  node check.mjs   (exit 0 = all good)
import { readFileSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { QUESTIONS, META, dateOk } from './check/build-questions.mjs';
import { ANSWERS, DECLINES, ANSWERS_B } from './check/answers.mjs';
import { strip, pageFiles } from './check/strip.mjs';
import * as R from './check/rules.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REF = join(HERE, '..'); // the earlier sets, beside it in test/services
const SCORE = '/work/shared/eval/score.mjs';
let errors = 0;
const err = (m) => {
  errors++;
  console.log('ERROR', m);
};
const ok = (m) => console.log('ok   ', m);
// the scorer's normalisation, copied from score.mjs
const norm = (s) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9@.'/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

// 1. questions.jsonl is the build's output
const onDisk = readFileSync(join(HERE, 'questions.jsonl'), 'utf8');
if (onDisk !== QUESTIONS.map((q) => JSON.stringify(q)).join('\n') + '\n')
  err('questions.jsonl differs from check/build-questions.mjs (run it)');
const qs = onDisk
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l));

// 2. ids, types, fields
const ids = qs.map((q) => q.id);
const want = Array.from({ length: 60 }, (_, i) => `t30-${String(i + 1).padStart(2, '0')}`);
if (JSON.stringify(ids) !== JSON.stringify(want)) err('ids are not t30-01..t30-60 in order');
const byType = {};
for (const q of qs) {
  byType[q.type] = (byType[q.type] ?? 0) + 1;
  const keys = Object.keys(q).join(',');
  if (q.type === 'answer' && keys !== 'id,q,type,file,must,must_not,cite')
    err(`${q.id} keys ${keys}`);
  if (q.type === 'decline' && keys !== 'id,q,type,answerable,must,must_not,cite')
    err(`${q.id} keys ${keys}`);
  if (
    q.type === 'decline' &&
    (q.answerable !== false || q.cite.length !== 0 || q.must.length !== 1)
  )
    err(`${q.id} decline convention`);
  if (q.type === 'answer' && !pageFiles().includes(q.file)) err(`${q.id} file ${q.file}`);
}
ok(`types ${JSON.stringify(byType)}`);
const perFile = {};
for (const q of qs.filter((q) => q.type === 'answer')) perFile[q.file] = (perFile[q.file] ?? 0) + 1;
ok(`answer questions a page ${JSON.stringify(perFile)}`);

// 3. regexes compile
for (const q of qs) {
  for (const g of q.must)
    for (const r of g) {
      try {
        new RegExp(r, 'i');
      } catch (e) {
        err(`${q.id} must /${r}/: ${e.message}`);
      }
    }
  for (const r of q.must_not) {
    try {
      new RegExp(r, 'im');
    } catch (e) {
      err(`${q.id} must_not /${r}/: ${e.message}`);
    }
  }
}
ok('all regexes compile');

// 4. cite phrases: verbatim on the question's page after stripping, 3-10 words, not in the question;
//    the page block a right answer quotes trips no must_not
const pageBlocks = Object.fromEntries(pageFiles().map((f) => [f, strip(f)]));
const pageNorm = Object.fromEntries(
  Object.entries(pageBlocks).map(([f, b]) => [f, norm(b.join(' '))]),
);
const blockFor = (phrase) => {
  for (const [f, blocks] of Object.entries(pageBlocks)) {
    const b = blocks.find((x) => norm(x).includes(norm(phrase)));
    if (b) return { f, b };
  }
  return null;
};
for (const q of qs.filter((q) => q.type === 'answer')) {
  if (!q.cite.length) err(`${q.id} has no cite`);
  for (const c of q.cite) {
    const n = norm(c).split(' ').length;
    if (n < 3 || n > 8) err(`${q.id} cite "${c}" has ${n} words`);
    const found = blockFor(c);
    if (!found) {
      err(`${q.id} cite "${c}" is on no page`);
      continue;
    }
    if (!pageNorm[q.file].includes(norm(c)) && c === q.cite[0])
      err(`${q.id} first cite "${c}" is not on its own page ${q.file}`);
    if (norm(q.q).includes(norm(c))) err(`${q.id} cite "${c}" is in the question`);
    for (const r of q.must_not)
      if (new RegExp(r, 'im').test(found.b))
        err(
          `${q.id} must_not /${r.slice(0, 60)}/ matches the cited block: ${found.b.slice(0, 100)}`,
        );
  }
}
ok('cite phrases checked');

// 5. date questions: the rule code passes rules-examples.json, then each answer is recomputed
const ex = JSON.parse(readFileSync('/work/shared/domain/rules-examples.json', 'utf8'));
for (const e of ex) if (R[e.fn](e.input).date !== e.expected) err(`rules example ${e.id}`);
for (const [id, m] of Object.entries(META)) {
  if (!m.fn) continue;
  const checkOne = (fn, input, expected) => {
    const got = R[fn](input).date;
    if (got !== expected)
      err(`${id} ${fn}(${JSON.stringify(input)}) = ${got}, META says ${expected}`);
    const q = qs.find((x) => x.id === id);
    const grp = JSON.stringify(dateOk(expected).slice(0, 4));
    if (!q.must.some((g) => JSON.stringify(g.slice(0, 4)) === grp))
      err(`${id} must has no group for ${expected}`);
    for (const fmt of [
      `${+expected.slice(8)} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][+expected.slice(5, 7) - 1]} ${expected.slice(0, 4)}`,
      `${R.weekday(expected)} ${+expected.slice(8)} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][+expected.slice(5, 7) - 1]}`,
      `${expected.slice(8)}/${expected.slice(5, 7)}/${expected.slice(0, 4)}`,
      expected,
      `${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][+expected.slice(5, 7) - 1]} ${+expected.slice(8)}th`,
    ]) {
      if (!dateOk(expected).some((r) => new RegExp(r, 'i').test(fmt)))
        err(`${id} date format "${fmt}" not accepted`);
    }
    return got;
  };
  const d = checkOne(m.fn, m.input, m.expected);
  if (m.also) checkOne(m.also.fn, m.also.input, m.also.expected);
  console.log(`ok    ${id} ${m.rule}: ${R.weekday(d)} ${d}`);
}

// 6. contact details on every page
const svc = JSON.parse(readFileSync(join(HERE, 'service.json'), 'utf8'));
for (const f of pageFiles()) {
  const t = pageBlocks[f].join(' ');
  for (const k of ['phone', 'email']) if (!t.includes(svc[k])) err(`${f} lacks ${k} ${svc[k]}`);
}
// and nothing reused from the earlier sets
for (const set of ['twentyseventh', 'twentyeighth', 'twentyninth']) {
  const s = JSON.parse(readFileSync(join(REF, set, 'service.json'), 'utf8'));
  for (const k of Object.keys(svc)) if (s[k] === svc[k]) err(`service.json ${k} repeats ${set}`);
  const all =
    readFileSync(join(REF, set, 'README.md'), 'utf8') +
    readFileSync(join(REF, set, 'questions.jsonl'), 'utf8');
  for (const w of [
    'Tidewell',
    'Porthkellis',
    'Penwarne',
    'Isles of Carrow',
    'Tamar and Kernow',
    '01632 960583',
    '07700 900719',
    'Trevaskis',
    'Pascoe',
    'Kitto',
    'Angove',
    'Hocking',
    'Lighthouse sheet',
    'anchor card',
    'Walk and Talk',
    'Pick-a-Time',
    'Speak for Me',
  ])
    if (all.toLowerCase().includes(w.toLowerCase())) err(`"${w}" is already used by ${set}`);
}
ok('service.json and names');

// 7. answers a (right), wrong and empty; scored by the shared scorer
const aRows = [],
  bRows = [],
  wRows = [],
  eRows = [];
for (const q of qs) {
  const src = q.type === 'decline' ? DECLINES[q.id] : ANSWERS[q.id];
  if (!src) {
    err(`${q.id} has no reference answers`);
    continue;
  }
  const cites = q.cite.length ? [{ title: q.file, quote: blockFor(q.cite[0]).b }] : [];
  aRows.push({ id: q.id, answer: src.a, citations: cites });
  bRows.push({
    id: q.id,
    answer: q.type === 'decline' ? src.a : ANSWERS_B[q.id],
    citations: q.cite.length
      ? [{ title: q.file, quote: blockFor(q.cite[q.cite.length - 1]).b }]
      : [],
  });
  wRows.push({ id: q.id, answer: src.wrong, citations: [] });
  eRows.push({ id: q.id, answer: '', citations: [] });
  // every wrong answer trips a must_not
  if (!q.must_not.some((r) => new RegExp(r, 'im').test(src.wrong)))
    err(`${q.id} wrong answer trips no must_not`);
}
const out = (n, rows) => {
  const p = join(HERE, 'check', `answers-${n}.jsonl`);
  writeFileSync(p, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return p;
};
const run = (p) => {
  try {
    return execFileSync('node', [SCORE, join(HERE, 'questions.jsonl'), p], { encoding: 'utf8' });
  } catch (e) {
    return e.stdout;
  }
};
const last = (s) => s.trim().split('\n').pop();
const rb = run(out('b', bRows));
if (!/answer quality: 60\/60/.test(last(rb))) {
  err('answers b do not all pass');
  console.log(rb);
} else ok(`answers b: ${last(rb)}`);
const ra = run(out('a', aRows)),
  rw = run(out('wrong', wRows)),
  re = run(out('empty', eRows));
if (!/answer quality: 60\/60/.test(last(ra))) {
  err('answers a do not all pass');
  console.log(ra);
} else ok(`answers a: ${last(ra)}`);
if (!/answer quality: 0\/60/.test(last(rw))) {
  err('some wrong answers pass');
  console.log(
    rw
      .split('\n')
      .filter((l) => !l.startsWith('FAIL') && !l.startsWith('     '))
      .join('\n'),
  );
} else ok(`wrong answers: ${last(rw)}`);
if (!/answer quality: 0\/60/.test(last(re))) {
  err('some empty answers pass');
} else ok(`empty answers: ${last(re)}`);

// 8. originality: no run of 8 words shared with the shared guidance or the earlier sets' pages and questions
import { readdirSync } from 'node:fs';
const words = (t) =>
  norm(t.replace(/<[^>]+>/g, ' '))
    .split(' ')
    .filter(Boolean);
const grams = (t, n = 8) => {
  const w = words(t),
    g = new Set();
  for (let i = 0; i + n <= w.length; i++) g.add(w.slice(i, i + n).join(' '));
  return g;
};
const others = [
  readFileSync('/work/shared/guidance/kids-london-sen-mediation-local-offer.txt', 'utf8'),
];
for (const set of ['twentyseventh', 'twentyeighth', 'twentyninth']) {
  for (const f of readdirSync(join(REF, set, 'pages')))
    others.push(readFileSync(join(REF, set, 'pages', f), 'utf8'));
  others.push(
    readFileSync(join(REF, set, 'questions.jsonl'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l).q)
      .join('\n'),
  );
}
const theirs = new Set();
for (const o of others) for (const g of grams(o)) theirs.add(g);
const mine = [
  ...pageFiles().map((f) => [f, pageBlocks[f].join(' ')]),
  ...qs.map((q) => [q.id, q.q]),
];
let shared = 0;
for (const [name, t] of mine)
  for (const g of grams(t))
    if (theirs.has(g)) {
      shared++;
      console.log(`  shared 8 words in ${name}: "${g}"`);
    }
if (shared) err(`${shared} 8-word runs shared with earlier material`);
else ok('no 8-word run shared with the shared guidance or the earlier sets');

console.log(errors ? `${errors} error(s)` : 'all good');
process.exitCode = errors ? 1 : 0;
