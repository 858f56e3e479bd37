#!/usr/bin/env node
// Validator for the "twentieth" blind evaluation set. Exit 0 = all good.
//
//   node check.mjs
//
// 1. questions.jsonl equals what check/build-questions.mjs renders
// 2. three pages in three formats, word counts, service.json, contact details on every page
// 3. 60 questions (45 answer, 15 decline), ids, fields, regexes, page spread, languages, dates
// 4. cite phrases: 4-10 words, verbatim on their page, on no other page, not in the question;
//    no must_not matches the page sentences a right answer quotes
// 5. writes check/answers-{a,b,wrong}.jsonl and scores them with /work/shared/eval/score.mjs:
//    a and b must score 60/60, wrong 0/60
// Also: every date question's answer is recomputed from the rules (RULES.md), after the rule
// code itself has been checked against /work/shared/domain/rules-examples.json.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { META, render, QUESTIONS_PATH } from './check/build-questions.mjs';
import { ANSWERS } from './check/answers.mjs';
import { loadPages } from './check/strip.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = '/work/shared';
const SCORER = join(SHARED, 'eval', 'score.mjs');
const RULE_EXAMPLES = join(SHARED, 'domain', 'rules-examples.json');
const SHARED_GUIDANCE = join(SHARED, 'guidance', 'kids-london-sen-mediation-local-offer.txt');

const problems = [];
const fail = (section, msg) => problems.push(`[${section}] ${msg}`);
const ok = (section, msg) => console.log(`ok  [${section}] ${msg}`);

// the scorer's normalisation, so "verbatim" means what the scorer will accept
const norm = (s) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9@.'/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const straighten = (s) => s.replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"');
const words = (s) => s.trim().split(/\s+/).filter(Boolean);

// ---------------------------------------------------------------- 1. questions.jsonl
{
  const S = '1 build';
  const rendered = render();
  if (!existsSync(QUESTIONS_PATH))
    fail(S, 'questions.jsonl is missing: run node check/build-questions.mjs');
  else if (readFileSync(QUESTIONS_PATH, 'utf8') !== rendered)
    fail(
      S,
      'questions.jsonl differs from check/build-questions.mjs: run node check/build-questions.mjs',
    );
  else ok(S, 'questions.jsonl equals the rendering of check/build-questions.mjs');
}
const questions = existsSync(QUESTIONS_PATH)
  ? readFileSync(QUESTIONS_PATH, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
  : [];

// ---------------------------------------------------------------- 2. pages and service
const pages = loadPages();
const byFile = new Map(pages.map((p) => [p.file, p]));
{
  const S = '2 pages';
  const exts = pages
    .map((p) => p.file.split('.').pop())
    .sort()
    .join(',');
  if (pages.length !== 3 || exts !== 'html,md,txt')
    fail(
      S,
      `want one .html, one .txt and one .md page, got ${pages.map((p) => p.file).join(', ')}`,
    );
  const total = pages.reduce((n, p) => n + p.words, 0);
  for (const p of pages) {
    if (p.words < 900 || p.words > 2000) fail(S, `${p.file}: ${p.words} words (want 900-2000)`);
  }
  if (total < 3500 || total > 4500) fail(S, `total ${total} words (want 3500-4500)`);
  else ok(S, `${pages.map((p) => `${p.file} ${p.words}`).join(', ')}; total ${total} words`);

  // the formats the spec asks for
  const raw = Object.fromEntries(
    pages.map((p) => [p.file.split('.').pop(), readFileSync(p.path, 'utf8')]),
  );
  const need = {
    html: [
      'wp-block-group',
      'wp-block-heading',
      'wp-block-columns',
      'wp-block-buttons',
      'wp-block-table',
      'wp-block-details',
      'cookie-notice',
      'Share this',
      'comment-list',
      'bypostauthor',
      'Recent posts',
      'Categories',
      'Newsletter',
      'site-footer',
      'main-navigation',
      'widget-area',
    ],
    md: ['<details>', '<summary>', '|---|', '\n> ', '\n1. ', '## 🏡'],
    txt: ['\f', 'Page 2 of 6', '\u2022 ', '\uf0b7 '],
  };
  for (const [ext, list] of Object.entries(need))
    for (const s of list)
      if (!(raw[ext] ?? '').includes(s)) fail(S, `.${ext} page lacks ${JSON.stringify(s)}`);
  if (raw.txt) {
    const lines = raw.txt.split('\n');
    const long = lines.filter((l) => l.length > 82);
    if (long.length) fail(S, `leaflet has ${long.length} lines over 82 characters`);
    const hyph = lines.filter((l, i) => /[a-z]-$/.test(l) && /^[a-z]/.test(lines[i + 1] ?? ''));
    if (hyph.length < 3)
      fail(S, `leaflet has ${hyph.length} words broken at line ends (want 3 or more)`);
    const pagesTxt = raw.txt.split('\f').filter((p) => p.trim());
    if (!pagesTxt.every((p, i) => p.includes(`Page ${i + 1} of ${pagesTxt.length}`)))
      fail(S, 'leaflet pages lack their running footer');
    const breaks = pagesTxt.slice(0, -1).filter(
      (p) =>
        !/[.!?:]\s*$/.test(
          p
            .split('\n')
            .filter((l) => l.trim() && !/Page \d+ of/.test(l))
            .pop() ?? '',
        ),
    );
    if (breaks.length < 1) fail(S, 'no sentence runs across a page break in the leaflet');
    if (!/^\S.*\s{2,}\S.*\s{2,}\S/m.test(raw.txt))
      fail(S, 'leaflet has no table in aligned columns');
    ok(
      S,
      `leaflet: ${pagesTxt.length} pages, ${hyph.length} hyphenated line ends, ${breaks.length} page breaks mid-sentence`,
    );
  }
  if (raw.md) {
    const emojiHeadings = raw.md
      .split('\n')
      .filter((l) => /^#+ .*\p{Extended_Pictographic}/u.test(l));
    if (emojiHeadings.length < 2) fail(S, 'markdown page has fewer than 2 headings with emoji');
  }

  // own words: no run of 8 words shared with the first service's page
  const shingles = (t) => {
    const w = norm(t).split(' ');
    const s = new Set();
    for (let i = 0; i + 8 <= w.length; i++) s.add(w.slice(i, i + 8).join(' '));
    return s;
  };
  const theirs = shingles(readFileSync(SHARED_GUIDANCE, 'utf8'));
  for (const p of pages) {
    const shared = [...shingles(p.blocks.join(' \n '))].filter((s) => theirs.has(s));
    if (shared.length)
      fail(
        S,
        `${p.file} shares 8-word runs with the shared guidance: ${shared.slice(0, 3).join(' / ')}`,
      );
  }
  ok(S, 'no 8-word run copied from /work/shared/guidance');
}
let service = {};
{
  const S = '2 service';
  try {
    service = JSON.parse(readFileSync(join(HERE, 'service.json'), 'utf8'));
  } catch (e) {
    fail(S, `service.json: ${e.message}`);
  }
  for (const k of ['name', 'phone', 'email', 'website'])
    if (typeof service[k] !== 'string' || !service[k]) fail(S, `service.json lacks ${k}`);
  if (!/^01632 960\d{3}$/.test(service.phone ?? ''))
    fail(S, `phone ${service.phone} is not in Ofcom's 01632 960xxx drama range`);
  if (!/@[\w.-]+\.example$/.test(service.email ?? ''))
    fail(S, `email ${service.email} is not on a .example domain`);
  if (!/^https?:\/\/[\w.-]+\.example\/?$/.test(service.website ?? ''))
    fail(S, `website ${service.website} is not a .example domain`);
  const digits = (s) => s.replace(/\D/g, '');
  for (const p of pages) {
    const text = p.blocks.join(' ');
    if (!digits(text).includes(digits(service.phone ?? 'x')))
      fail(S, `${p.file} lacks the phone number`);
    if (!text.includes(service.email ?? 'x')) fail(S, `${p.file} lacks the email address`);
    if (
      !text.includes(
        String(service.website ?? 'x')
          .replace(/^https?:\/\//, '')
          .replace(/\/$/, ''),
      )
    )
      fail(S, `${p.file} lacks the website`);
    if (!/07700 ?900\d{3}/.test(text)) fail(S, `${p.file} lacks the text number`);
  }
  ok(
    S,
    `${service.name}: ${service.phone}, ${service.email}, ${service.website}; contact details on all three pages`,
  );
}

// ---------------------------------------------------------------- 3. questions
{
  const S = '3 questions';
  if (questions.length !== 60) fail(S, `${questions.length} questions (want 60)`);
  const answer = questions.filter((q) => q.type === 'answer');
  const decline = questions.filter((q) => q.type === 'decline');
  if (answer.length !== 45 || decline.length !== 15)
    fail(S, `${answer.length} answer / ${decline.length} decline (want 45/15)`);
  const ids = new Set();
  for (const [i, q] of questions.entries()) {
    const id = q.id;
    if (!/^t20-\d\d$/.test(id ?? '')) fail(S, `bad id ${id}`);
    if (id !== `t20-${String(i + 1).padStart(2, '0')}`)
      fail(S, `id ${id} out of order at line ${i + 1}`);
    if (ids.has(id)) fail(S, `duplicate id ${id}`);
    ids.add(id);
    const want =
      q.type === 'decline'
        ? ['id', 'q', 'type', 'answerable', 'must', 'must_not', 'cite']
        : ['id', 'q', 'type', 'file', 'must', 'must_not', 'cite'];
    if (Object.keys(q).join() !== want.join())
      fail(S, `${id}: fields ${Object.keys(q).join()} (want ${want.join()})`);
    if (typeof q.q !== 'string' || q.q.length < 10) fail(S, `${id}: question text`);
    if (
      !Array.isArray(q.must) ||
      !q.must.length ||
      !q.must.every((g) => Array.isArray(g) && g.length)
    )
      fail(S, `${id}: must groups`);
    if (!Array.isArray(q.must_not) || !q.must_not.length) fail(S, `${id}: must_not`);
    for (const r of [...(q.must ?? []).flat(), ...(q.must_not ?? [])]) {
      try {
        new RegExp(r, 'i');
        new RegExp(r, 'im');
      } catch (e) {
        fail(S, `${id}: regex ${r}: ${e.message}`);
      }
    }
    if (q.type === 'decline') {
      if (q.answerable !== false || q.cite.length)
        fail(S, `${id}: a decline has answerable:false and no cite`);
      if (q.must.length !== 1) fail(S, `${id}: a decline's must is one phone group`);
      for (const form of [
        '01632 960274',
        '01632960274',
        '+44 1632 960274',
        '01632-960-274',
        '(01632) 960 274',
      ]) {
        if (!q.must[0].some((r) => new RegExp(r, 'i').test(form)))
          fail(S, `${id}: phone regex misses ${form}`);
      }
    } else if (q.type === 'answer') {
      if (!byFile.has(q.file)) fail(S, `${id}: unknown page ${q.file}`);
      if (!q.cite.length) fail(S, `${id}: no cite phrases`);
    } else fail(S, `${id}: type ${q.type}`);
  }
  const spread = Object.fromEntries(
    pages.map((p) => [p.file, answer.filter((q) => q.file === p.file).length]),
  );
  for (const [f, n] of Object.entries(spread))
    if (n < 13 || n > 17) fail(S, `${f}: ${n} answer questions (want about 15)`);
  const langs = Object.entries(META).filter(([, m]) => m.lang);
  if (langs.length !== 4) fail(S, `${langs.length} questions in other languages (want 4)`);
  const notOnList = langs.filter(
    ([, m]) => !['Polish', 'Romanian', 'Urdu', 'Bengali', 'Somali'].includes(m.lang),
  );
  if (!notOnList.length) fail(S, "all four languages come from the spec's example list");
  const dates = Object.entries(META).filter(([, m]) => m.date);
  if (dates.length < 6 || dates.length > 10)
    fail(S, `${dates.length} date questions (want about 7)`);
  const routes = Object.entries(META).filter(([, m]) => m.route);
  if (routes.length < 4) fail(S, `${routes.length} route questions (want about 4)`);
  for (const id of Object.keys(META))
    if (!ids.has(id)) fail(S, `META names unknown question ${id}`);
  ok(
    S,
    `${questions.length} questions, ${answer.length} answer / ${decline.length} decline; spread ${JSON.stringify(spread)}; ` +
      `languages ${langs.map(([id, m]) => `${id} ${m.lang}`).join(', ')}; ${dates.length} date, ${routes.length} route questions`,
  );
}

// ---------------------------------------------------------------- 4. cite phrases and quotes
// The citation a right answer gives: the smallest run of sentences, inside one stripped block,
// that contains the cite phrase.
const sentences = (block) => block.split(/(?<=[.!?])\s+(?=["\u201c(]?[A-Z0-9£])/);
function quoteFor(page, phrase) {
  const want = straighten(phrase);
  for (const block of page.blocks) {
    if (!straighten(block).includes(want)) continue;
    const ss = sentences(block);
    for (let len = 1; len <= ss.length; len++) {
      for (let i = 0; i + len <= ss.length; i++) {
        const q = ss.slice(i, i + len).join(' ');
        if (straighten(q).includes(want)) return q;
      }
    }
    return block;
  }
  return null;
}
const citations = new Map(); // id -> [{title, quote}]
{
  const S = '4 cites';
  let n = 0;
  for (const q of questions.filter((x) => x.type === 'answer')) {
    const page = byFile.get(q.file);
    if (!page) continue;
    const cits = [];
    for (const phrase of q.cite) {
      n++;
      const w = words(phrase).length;
      if (w < 4 || w > 10) fail(S, `${q.id}: "${phrase}" has ${w} words (want 4-10)`);
      const quote = quoteFor(page, phrase);
      if (!quote) {
        fail(S, `${q.id}: "${phrase}" is not verbatim in one block of ${q.file}`);
        continue;
      }
      for (const other of pages.filter((p) => p !== page)) {
        if (norm(other.blocks.join(' \n ')).includes(norm(phrase)))
          fail(S, `${q.id}: "${phrase}" also appears on ${other.file}`);
      }
      if (norm(q.q).includes(norm(phrase)))
        fail(S, `${q.id}: "${phrase}" is copied into the question`);
      for (const r of q.must_not)
        if (new RegExp(r, 'im').test(quote))
          fail(S, `${q.id}: must_not /${r}/ matches the quoted page sentence "${quote}"`);
      if (!cits.some((c) => c.quote === quote)) cits.push({ title: page.title, quote });
    }
    citations.set(q.id, cits);
  }
  ok(S, `${n} cite phrases checked on ${citations.size} answer questions`);
}

// ---------------------------------------------------------------- dates, from the rules
// England and Wales bank holidays (GOV.UK list); 2026 Boxing Day is substituted to Mon 28 Dec,
// 2027 Christmas and Boxing Day to Mon 27 and Tue 28 Dec.
const BANK_HOLIDAYS = new Set([
  '2024-01-01',
  '2024-03-29',
  '2024-04-01',
  '2024-05-06',
  '2024-05-27',
  '2024-08-26',
  '2024-12-25',
  '2024-12-26',
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-05',
  '2025-05-26',
  '2025-08-25',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
]);
const D = (iso) => new Date(`${iso}T00:00:00Z`);
const iso = (d) => d.toISOString().slice(0, 10);
const addDays = (s, n) => {
  const d = D(s);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
};
const isWorkingDay = (s) => {
  const wd = D(s).getUTCDay();
  return wd !== 0 && wd !== 6 && !BANK_HOLIDAYS.has(s);
};
const addMonths = (s, n) => {
  const [y, m, d] = s.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(d, last));
  return iso(t);
};
const addWorkingDays = (s, n) => {
  let d = s;
  let k = 0;
  const step = n < 0 ? -1 : 1;
  while (k < Math.abs(n)) {
    d = addDays(d, step);
    if (isWorkingDay(d)) k++;
  }
  return d;
};
const nextWorkingDayAfter = (s) => addWorkingDays(s, 1);
const RULES = {
  adviserContactDeadline: ({ decisionDate }) => addMonths(decisionDate, 2),
  certificateDueDate: ({ from }) => addWorkingDays(from, 3),
  mediationArrangeBy: ({ from }) => addDays(from, 30),
  mediationNoticeBy: ({ mediationDate }) => addWorkingDays(mediationDate, -5),
  discriminationClaimDeadline: ({ actDate }) => addMonths(actDate, 6),
  appealDeadline: ({ decisionDate, certificateDate }) => {
    const a = addMonths(decisionDate, 2);
    const b = certificateDate ? addMonths(certificateDate, 1) : a;
    const later = a > b ? a : b;
    const [y, m, d] = later.split('-').map(Number);
    if ((m === 12 && d >= 25) || (m === 1 && d === 1))
      return nextWorkingDayAfter(`${m === 12 ? y + 1 : y}-01-01`);
    if (m === 8) return nextWorkingDayAfter(`${y}-08-31`);
    return isWorkingDay(later) ? later : nextWorkingDayAfter(later);
  },
};
{
  const S = 'dates';
  const examples = JSON.parse(readFileSync(RULE_EXAMPLES, 'utf8'));
  for (const ex of examples) {
    const got = RULES[ex.fn](ex.input);
    if (got !== ex.expected)
      fail(S, `rules-examples ${ex.id} ${ex.fn}: got ${got}, want ${ex.expected}`);
  }
  ok(S, `rule code passes all ${examples.length} rules-examples.json cases`);
  if (iso(D('2026-12-03')) !== '2026-12-03' || D('2026-12-03').getUTCDay() !== 4)
    fail(S, 'today is not Thursday 3 December 2026');
  const MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  for (const [id, m] of Object.entries(META).filter(([, x]) => x.date)) {
    const got = RULES[m.date.fn](m.date.input);
    if (got !== m.date.expected) {
      fail(
        S,
        `${id}: ${m.date.fn}(${JSON.stringify(m.date.input)}) = ${got}, META says ${m.date.expected}`,
      );
      continue;
    }
    const q = questions.find((x) => x.id === id);
    const dd = D(got);
    const [y, mo, da] = got.split('-');
    const forms = [
      `${Number(da)} ${MONTHS[dd.getUTCMonth()]} ${y}`,
      `${DAYS[dd.getUTCDay()]} ${Number(da)} ${MONTHS[dd.getUTCMonth()]} ${y}`,
      `${MONTHS[dd.getUTCMonth()]} ${Number(da)}, ${y}`,
      `${da}/${mo}/${y}`,
      got,
    ];
    // the group(s) holding the date must accept every form; other groups test other facts
    const accepts = (g, f) => g.some((r) => new RegExp(r, 'i').test(`The last day is ${f}.`));
    const dateGroups = q.must.filter((g) => forms.some((f) => accepts(g, f)));
    if (!dateGroups.length) fail(S, `${id}: no must group accepts the date ${got}`);
    for (const f of forms) {
      const sentence = `The last day is ${f}.`;
      if (dateGroups.some((g) => !accepts(g, f))) fail(S, `${id}: must does not accept "${f}"`);
      const hit = q.must_not.filter((r) => new RegExp(r, 'im').test(sentence));
      if (hit.length) fail(S, `${id}: must_not /${hit[0]}/ rejects the right date "${f}"`);
    }
  }
  ok(
    S,
    `${Object.values(META).filter((x) => x.date).length} date questions recomputed; their regexes accept 5 date formats`,
  );
}

// ---------------------------------------------------------------- 5. answers, scored
{
  const S = '5 answers';
  const missing = questions.filter(
    (q) =>
      !ANSWERS[q.id] ||
      !['a', 'b', 'wrong'].every(
        (k) => typeof ANSWERS[q.id][k] === 'string' && ANSWERS[q.id][k].length,
      ),
  );
  if (missing.length) fail(S, `answers missing for ${missing.map((q) => q.id).join(', ')}`);
  for (const q of questions.filter((x) => x.type === 'answer')) {
    const a = ANSWERS[q.id]?.a ?? '';
    if (!q.cite.some((p) => norm(a).includes(norm(p))))
      fail(S, `${q.id}: answer (a) does not use the page's words (no cite phrase in it)`);
  }
  // a wrong answer must be caught by must_not too, not only by a missing fact
  for (const q of questions) {
    const w = ANSWERS[q.id]?.wrong ?? '';
    if (!q.must_not.some((r) => new RegExp(r, 'im').test(w)))
      fail(S, `${q.id}: the wrong answer trips no must_not`);
  }
  const extra = Object.keys(ANSWERS).filter((id) => !questions.some((q) => q.id === id));
  if (extra.length) fail(S, `answers for unknown ids ${extra.join(', ')}`);
  const want = { a: 60, b: 60, wrong: 0 };
  for (const kind of ['a', 'b', 'wrong']) {
    const path = join(HERE, 'check', `answers-${kind}.jsonl`);
    const rows = questions.map((q) =>
      JSON.stringify({
        id: q.id,
        answer: ANSWERS[q.id]?.[kind] ?? '',
        citations: citations.get(q.id) ?? [],
      }),
    );
    writeFileSync(path, rows.join('\n') + '\n');
    const run = spawnSync(process.execPath, [SCORER, QUESTIONS_PATH, path], { encoding: 'utf8' });
    const out = `${run.stdout}${run.stderr}`;
    const m = out.match(/answer quality: (\d+)\/(\d+)/);
    if (!m) {
      fail(S, `score.mjs on answers-${kind}: no result\n${out}`);
      continue;
    }
    const passed = Number(m[1]);
    if (passed !== want[kind] || Number(m[2]) !== questions.length) {
      const detail =
        kind === 'wrong'
          ? questions
              .filter((q) => !out.includes(`FAIL ${q.id} `))
              .map((q) => `${q.id} passed`)
              .join('; ')
          : out
              .split('\n')
              .filter((l) => l.startsWith('FAIL') || l.startsWith('     '))
              .join('\n');
      fail(
        S,
        `answers-${kind}: ${m[1]}/${m[2]} (want ${want[kind]}/${questions.length})\n${detail}`,
      );
    } else ok(S, `answers-${kind}: ${m[1]}/${m[2]}`);
  }
}

if (problems.length) {
  console.log(`\n${problems.length} problem(s):`);
  for (const p of problems) console.log(`FAIL ${p}`);
  process.exitCode = 1;
} else console.log('\nall checks passed');
