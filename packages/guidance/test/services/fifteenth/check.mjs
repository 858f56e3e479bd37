#!/usr/bin/env node
// Validates questions.jsonl against the pages in ./pages and service.json.
//   node check.mjs
// Exits 0 when every check passes; prints word counts and question counts either way.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const PREFIX = 't15';
const errors = [];
const err = (m) => errors.push(m);

// ---- pages -------------------------------------------------------------
const pageDir = join(here, 'pages');
const pageFiles = readdirSync(pageDir).filter((f) => /\.(html|md|txt)$/.test(f));
const ENTITIES = {
  amp: '&',
  copy: '©',
  nbsp: ' ',
  middot: '·',
  quot: '"',
  apos: "'",
  lt: '<',
  gt: '>',
  pound: '£',
  ndash: '–',
  mdash: '—',
  rsquo: '’',
  lsquo: '‘',
};
const decode = (s) =>
  s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&([a-z]+);/gi, (m, n) => ENTITIES[n.toLowerCase()] ?? m);
const stripHtml = (s) =>
  decode(s.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' '));
const textOf = (f) => {
  let s = readFileSync(join(pageDir, f), 'utf8');
  if (f.endsWith('.html')) s = stripHtml(s);
  if (f.endsWith('.md')) s = s.replace(/\*\*/g, '').replace(/^#+\s*/gm, '');
  return s.replace(/\s+/g, ' ');
};
const pages = Object.fromEntries(pageFiles.map((f) => [f, textOf(f)]));
const allText = Object.values(pages).join(' \n ');
if (pageFiles.length !== 3) err(`expected 3 pages, found ${pageFiles.length}`);
for (const ext of ['html', 'md', 'txt'])
  if (!pageFiles.some((f) => f.endsWith('.' + ext))) err(`no .${ext} page`);

// the HTML page must have the required structure
const htmlFile = pageFiles.find((f) => f.endsWith('.html'));
if (htmlFile) {
  const raw = readFileSync(join(pageDir, htmlFile), 'utf8');
  const main = (raw.split(/<main[^>]*>/)[1] ?? '').split('</main>')[0];
  if (!main) err(`${htmlFile}: no <main>`);
  for (const [what, re] of [
    ['a <table> in <main>', /<table[\s\S]*<th[\s>][\s\S]*<\/table>/],
    ['<details><summary> items in <main>', /<details>\s*<summary>/],
    ['a <ul> in <main>', /<ul>/],
    ['an <ol> in <main>', /<ol>/],
  ])
    if (!re.test(main)) err(`${htmlFile}: missing ${what}`);
  for (const [what, re] of [
    ['cookie banner', /cookie/i],
    ['header nav', /<nav[^>]*aria-label="Main menu"/],
    ['breadcrumbs', /breadcrumb/i],
    ['footer links', /<footer[\s\S]*<a [\s\S]*<\/footer>/],
  ])
    if (!re.test(raw.replace(main, ''))) err(`${htmlFile}: missing site clutter: ${what}`);
}

// ---- service.json --------------------------------------------------------
const service = JSON.parse(readFileSync(join(here, 'service.json'), 'utf8'));
for (const k of ['name', 'phone', 'email', 'website'])
  if (!service[k]) err(`service.json: missing ${k}`);
for (const k of ['name', 'phone', 'email'])
  if (service[k] && !allText.includes(service[k]))
    err(`service.json ${k} "${service[k]}" not found in pages`);
const host = String(service.website)
  .replace(/^https?:\/\//, '')
  .replace(/\/.*$/, '');
if (!allText.includes(host)) err(`service.json website host "${host}" not found in pages`);
if (!/^0121 496 0\d{3}$/.test(service.phone))
  err(`service.json phone ${service.phone} is not in the Ofcom drama range 0121 496 0xxx`);
if (!/\.example$/.test(host) || !/\.example$/.test(service.email))
  err('service.json email/website must use .example');
const phoneDigits = String(service.phone).replace(/\D/g, '').replace(/^0/, '');
const contactPage = pageFiles.find((f) => f.endsWith('.txt') && pages[f].includes(service.phone));
if (!contactPage) err('no .txt contact page holding the service phone number');

const p = service.phone; // "0121 496 0583"
const phoneSamples = [
  p,
  p.replace(/\s/g, ''),
  p.replace(/\s/g, '-'),
  '+44 ' + p.slice(1),
  '+44 (0)' + p.slice(1),
  '+44' + p.slice(1).replace(/\s/g, ''),
  `(${p.slice(0, 4)}) ${p.slice(5)}`,
];
const refusals = [
  `I'm sorry, our guidance does not cover that. Please call ${p}.`,
  `Sorry, I can't answer that from the information I have. Please phone ${p} and someone will help.`,
  `The pages I can use do not cover this question. You could ring Common Ground on ${p}.`,
];

// ---- questions -----------------------------------------------------------
const lines = readFileSync(join(here, 'questions.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim());
const counts = {};
const byFile = {};
lines.forEach((line, i) => {
  const where = `line ${i + 1}`;
  let q;
  try {
    q = JSON.parse(line);
  } catch (e) {
    err(`${where}: bad JSON: ${e.message}`);
    return;
  }
  const id = `${PREFIX}-${String(i + 1).padStart(2, '0')}`;
  if (q.id !== id) err(`${where}: id ${q.id}, expected ${id}`);
  for (const k of ['id', 'q', 'type', 'file', 'must', 'must_not', 'cite'])
    if (!(k in q)) err(`${id}: missing field ${k}`);
  if (typeof q.q !== 'string' || q.q.length < 10) err(`${id}: q too short`);
  if (!['answer', 'decline'].includes(q.type)) err(`${id}: type ${q.type}`);
  counts[q.type] = (counts[q.type] ?? 0) + 1;
  if (!pageFiles.includes(q.file)) err(`${id}: file ${q.file} not in pages/`);
  if (q.type === 'answer') byFile[q.file] = (byFile[q.file] ?? 0) + 1;
  const shouldDecline = (i + 1) % 4 === 0;
  if (shouldDecline !== (q.type === 'decline'))
    err(`${id}: declines must be exactly every fourth id`);
  if (
    !Array.isArray(q.must) ||
    !q.must.length ||
    !q.must.every((g) => Array.isArray(g) && g.length)
  )
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
    for (const c of q.cite ?? []) {
      if (!allText.includes(c)) err(`${id}: cite phrase not verbatim in any page: "${c}"`);
      else if (!pages[q.file]?.includes(c))
        console.warn(`note ${id}: cite "${c}" is not in its own file ${q.file}`);
    }
    // a must_not that matches the page's own wording of the cited fact would reject a faithful quote-back
    for (const r of q.must_not ?? []) {
      let re;
      try {
        re = new RegExp(r, 'im');
      } catch {
        continue;
      }
      for (const c of q.cite ?? [])
        if (re.test(c)) err(`${id}: must_not /${r}/ matches its own cite phrase "${c}"`);
    }
  } else if (q.type === 'decline') {
    if (q.answerable !== false) err(`${id}: decline lacks answerable:false`);
    if (q.cite?.length) err(`${id}: decline cite must be []`);
    if (!q.must_not?.length) err(`${id}: decline without must_not`);
    if (contactPage && q.file !== contactPage)
      err(`${id}: decline file should be the contact page ${contactPage}`);
    const g = q.must?.[0] ?? [];
    const ok =
      q.must?.length === 1 &&
      g.length &&
      g.every((r) => {
        try {
          const re = new RegExp(r, 'i');
          return (
            phoneSamples.every((s) => re.test(`call us on ${s} today`)) &&
            !re.test('call us on 0121 496 0584 today')
          );
        } catch {
          return false;
        }
      }) &&
      g.some((r) => r.replace(/\D/g, '').includes(phoneDigits.slice(0, 3)));
    if (!ok)
      err(
        `${id}: decline must be a single group matching the service phone (${p}) in its usual forms`,
      );
    for (const r of q.must_not ?? []) {
      try {
        const re = new RegExp(r, 'im');
        for (const s of refusals)
          if (re.test(s)) err(`${id}: must_not /${r}/ matches a plain decline: "${s}"`);
        if (re.test(q.q))
          console.warn(
            `note ${id}: must_not /${r}/ matches the question itself (an answer echoing it would fail)`,
          );
      } catch {
        // a pattern that does not compile is reported above
      }
    }
  }
});
if (lines.length !== 60) err(`expected 60 questions, found ${lines.length}`);
if (counts.answer !== 45 || counts.decline !== 15)
  err(`expected 45 answer + 15 decline, found ${JSON.stringify(counts)}`);

// ---- word counts -----------------------------------------------------------
const words = Object.fromEntries(
  pageFiles.map((f) => {
    let body = pages[f];
    if (f.endsWith('.html')) {
      const raw = readFileSync(join(pageDir, f), 'utf8');
      body = stripHtml((raw.split(/<main[^>]*>/)[1] ?? raw).split('</main>')[0]);
    }
    return [f, body.split(/\s+/).filter(Boolean).length];
  }),
);
const total = Object.values(words).reduce((a, b) => a + b, 0);
if (total < 2500 || total > 3200) err(`body text is ${total} words, expected 2,500-3,200`);
console.log('pages (body words):', JSON.stringify(words), 'total', total);
console.log('questions:', JSON.stringify(counts), 'answers by file:', JSON.stringify(byFile));
if (errors.length) {
  for (const e of errors) console.log('ERROR ' + e);
  console.log(`${errors.length} error(s)`);
  process.exitCode = 1;
} else console.log('OK: all checks passed');
