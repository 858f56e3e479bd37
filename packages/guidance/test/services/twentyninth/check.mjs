#!/usr/bin/env node
// Validator for the "twentyninth" blind evaluation set. Exit 0 = all good.
//
//   node check.mjs
//
// 1. questions.jsonl equals what check/build-questions.mjs renders
// 2. three pages in three formats (a Squarespace site page saved from the browser as HTML, a
//    Notion page exported as Markdown, the WebVTT captions of a recorded webinar saved as text),
//    their format features, word counts, what the stripper leaves behind, no 8-word run shared
//    with the shared guidance or the pages of twentyeighth, twentyseventh and twentysixth,
//    service.json, contact details on every page
// 3. 60 questions (45 answer, 15 decline), ids, fields, regexes, page spread, languages and
//    their scripts, askers, dialect, follow-ons, routes, dates, decline topics
// 4. cite phrases: 4-10 words, verbatim on their page, on no other page, not in the question;
//    no must_not matches the page sentences a right answer quotes
// 5. writes check/answers-{a,b,wrong}.jsonl and scores them with /work/shared/eval/score.mjs:
//    a and b must score 60/60, wrong 0/60
// Also: every date question's answer is recomputed from the rules (RULES.md), after the rule
// code itself has been checked against /work/shared/domain/rules-examples.json.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { META, render, QUESTIONS_PATH } from './check/build-questions.mjs';
import { ANSWERS } from './check/answers.mjs';
import { loadPages, isSquarespace, isNotion, isWebVtt } from './check/strip.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = '/work/shared';
const SCORER = join(SHARED, 'eval', 'score.mjs');
const RULE_EXAMPLES = join(SHARED, 'domain', 'rules-examples.json');
const SHARED_GUIDANCE = join(SHARED, 'guidance', 'kids-london-sen-mediation-local-offer.txt');
// The earlier sets: while this set is written in /work/fresh they live in /work/fresh/ref
// (join(HERE, '..', 'ref')); when it joins them as a sibling, set REF to join(HERE, '..').
const REF = join(HERE, '..');
const set = (name) => join(REF, name);
// the three latest sets: their pages must not be reused
const EARLIER = [set('twentyeighth'), set('twentyseventh'), set('twentysixth')];
// decline topics, languages, service details and questions must also be new against all of these
// (only these three are in REF; the older sets' languages are in SPEC_LANGS below)
const TOPIC_SETS = [...EARLIER];

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
const shingles = (t) => {
  const w = norm(t).split(' ');
  const out = [];
  for (let i = 0; i + 8 <= w.length; i++) out.push(w.slice(i, i + 8).join(' '));
  return out;
};

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
  const raw = Object.fromEntries(pages.map((p) => [p.file, readFileSync(p.path, 'utf8')]));
  const sq = pages.find((p) => p.file.endsWith('.html') && isSquarespace(raw[p.file]));
  const nt = pages.find((p) => p.file.endsWith('.md') && isNotion(raw[p.file]));
  const wv = pages.find((p) => p.file.endsWith('.txt') && isWebVtt(raw[p.file]));
  if (pages.length !== 3 || !sq || !nt || !wv)
    fail(
      S,
      `want a Squarespace .html page, a Notion .md export and WebVTT webinar captions .txt, got ${pages.map((p) => p.file).join(', ')}`,
    );
  const total = pages.reduce((n, p) => n + p.words, 0);
  for (const p of pages) {
    if (p.words < 1200 || p.words > 1600) fail(S, `${p.file}: ${p.words} words (want 1200-1600)`);
  }
  if (total < 3600 || total > 4800) fail(S, `total ${total} words (want 3600-4800)`);
  else ok(S, `${pages.map((p) => `${p.file} ${p.words}`).join(', ')}; total ${total} words`);

  const count = (s, re) => (s.match(re) ?? []).length;
  const need = (page, what, test) => {
    if (page && !test(raw[page.file])) fail(S, `${page.file}: ${what}`);
  };

  // 1. a Squarespace site page saved from the browser
  if (sq) {
    const h = raw[sq.file];
    need(sq, 'no "saved from url" comment', (x) =>
      /^<!DOCTYPE html>\n<!-- saved from url=\(\d{4}\)https:\/\/[^ ]+ -->/.test(x),
    );
    need(
      sq,
      'no "This is Squarespace." comment and SQUARESPACE_CONTEXT script',
      (x) =>
        /<!-- This is Squarespace\. -->/.test(x) &&
        /<script>Static = window\.Static \|\| \{\}; Static\.SQUARESPACE_CONTEXT = \{[\s\S]*?\};<\/script>/.test(
          x,
        ),
    );
    need(
      sq,
      'no JSON-LD WebSite and Organization scripts',
      (x) => /"@type":"WebSite"/.test(x) && /"@type":"Organization"/.test(x),
    );
    need(sq, 'no site header with a skip link, logo and navigation', (x) =>
      /<header data-test="header" id="header"[\s\S]*?Skip to Content[\s\S]*?header-title-logo[\s\S]*?<nav class="header-nav-list">[\s\S]*?<\/header>/.test(
        x,
      ),
    );
    need(sq, 'no footer sections with copyright and social links', (x) =>
      /<footer class="sections" id="footer-sections"[\s\S]*?&copy;[\s\S]*?socialaccountlinks-v2-block[\s\S]*?<\/footer>/.test(
        x,
      ),
    );
    need(sq, 'no cookie banner with Manage / Decline / Accept all', (x) =>
      /<div class="sqs-cookie-banner-v2-container"[\s\S]*?We use cookies[\s\S]*?Manage cookies[\s\S]*?Decline[\s\S]*?Accept all<\/button>/.test(
        x,
      ),
    );
    const htmlBlocks = count(
      h,
      /class="sqs-block html-block sqs-block-html" data-blend-mode="NORMAL" data-block-type="2"/g,
    );
    const feBlocks = count(h, /<div class="fe-block fe-block-yui_[\w]+">/g);
    const sections = count(
      h,
      /<section data-test="page-section" data-section-theme="\w+" class="page-section layout-engine-section/g,
    );
    const grids = count(h, /<style>\.fe-6571c\w+ \{[^<]+\}<\/style>/g);
    const pre = count(h, /<p class="" style="white-space:pre-wrap;">/g);
    if (htmlBlocks < 10 || feBlocks < 15 || sections < 8 || grids < 8 || pre < 25)
      fail(
        S,
        `Squarespace page has ${htmlBlocks} html blocks, ${feBlocks} fluid-engine blocks, ${sections} page sections, ${grids} grid styles, ${pre} pre-wrap paragraphs (want 10+, 15+, 8+, 8+, 25+: block soup)`,
      );
    const items = [
      ...h.matchAll(
        /<button class="accordion-item__click-target" aria-expanded="false"[^>]*aria-controls="([\w-]+)"[^>]*><span class="accordion-item__title"[^>]*>([^<]+)<\/span>[\s\S]*?<\/button><\/h4><div class="accordion-item__dropdown" role="region" id="\1"/g,
      ),
    ];
    if (items.length < 4 || items.some((m) => !/\?$/.test(m[2])))
      fail(
        S,
        `Squarespace page has ${items.length} accordion FAQ items (want 4+, each title a question)`,
      );
    const lis = count(h, /<li><p class="" style="white-space:pre-wrap;">/g);
    if (lis < 15) fail(S, `Squarespace page has ${lis} list items (want 15+)`);
    const rows = count(h, /<tr><td /g);
    if (
      !/<div class="sqs-block code-block sqs-block-code" data-block-type="23"[\s\S]*?<table/.test(
        h,
      ) ||
      rows < 4
    )
      fail(S, `Squarespace page has no code-block table with 4+ rows (${rows})`);
    const btn = count(
      h,
      /class="sqs-block button-block sqs-block-button"[\s\S]*?sqs-block-button-element"/g,
    );
    if (btn < 1) fail(S, 'Squarespace page has no button block');
    need(sq, 'no image block', (x) => /class="sqs-block image-block sqs-block-image"/.test(x));
    ok(
      S,
      `Squarespace page: saved-from comment, "This is Squarespace." comment, SQUARESPACE_CONTEXT, JSON-LD, header with skip link, logo and nav, ${sections} page sections, ${feBlocks} fluid-engine blocks (${htmlBlocks} html), ${grids} grid styles, ${pre} pre-wrap paragraphs, ${lis} list items, a ${rows}-row table in a code block, ${items.length} accordion FAQ questions, a button, an image, footer, cookie banner`,
    );
  }

  // 2. a Notion page exported as Markdown
  if (nt) {
    const m = raw[nt.file];
    const props = m.match(/^# .+\n\n((?:[A-Z][\w ]+: .+\n)+)\n/)?.[1] ?? '';
    const keys = [...props.matchAll(/^([A-Z][\w ]+): /gm)].map((x) => x[1]);
    for (const k of ['Owner', 'Last edited time', 'Status', 'Tags'])
      if (!keys.includes(k)) fail(S, `Notion properties lack ${k} (have ${keys.join(', ')})`);
    const asides = count(m, /^<aside>\n[\p{Extended_Pictographic}][\s\S]*?\n<\/aside>$/gmu);
    if (asides < 3) fail(S, `Notion page has ${asides} <aside> callouts with an emoji (want 3+)`);
    need(nt, 'no image exported beside the page', (x) =>
      /^!\[[\w.-]+\.png\]\([^)]*%20[0-9a-f]{32}\/[\w.-]+\.png\)$/m.test(x),
    );
    const links = count(m, /\[[^\]]+\]\([^)]*%20[0-9a-f]{32}\.md\)/g);
    if (links < 3) fail(S, `Notion page has ${links} links to exported pages (want 3+)`);
    const toggles = count(m, /^- .+\?\n {4}\n {4}\S/gm);
    if (toggles < 3)
      fail(S, `Notion page has ${toggles} toggle items with indented bodies (want 3+)`);
    const tasks = count(m, /^- \[[ x]\] \S/gm);
    if (tasks < 3) fail(S, `Notion page has ${tasks} to-do items (want 3+)`);
    const pipe = count(m, /^\|.*\|\n\|(?: -{3} \|)+$/gm);
    if (pipe < 2) fail(S, `Notion page has ${pipe} Markdown tables (want 2+)`);
    const lists = count(m, /^- (?!\[)\S/gm) + count(m, /^\d\. \S/gm);
    if (lists < 10) fail(S, `Notion page has ${lists} list items (want 10+)`);
    need(nt, 'no --- divider', (x) => /^---$/m.test(x));
    ok(
      S,
      `Notion export: properties ${keys.join(', ')}, ${asides} <aside> callouts, an exported image, ${links} links to exported pages, ${toggles} toggles, ${tasks} to-dos, ${pipe} tables, ${lists} list items, a divider`,
    );
  }

  // 3. a recorded webinar's captions (WebVTT, saved as .txt)
  if (wv) {
    const t = raw[wv.file];
    const cues = t.split(/\n\s*\n/).filter((c) => / --> /.test(c));
    const timed = cues.map((c) =>
      c.match(/^(\d+)\n(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})\n/),
    );
    const bad = timed.filter((x) => !x).length;
    const speakers = new Set(
      cues.map((c) => c.match(/\n([A-Z][\w'-]+ [A-Z][\w'-]+): /)?.[1]).filter(Boolean),
    );
    const wrapped = cues.filter((c) => c.split('\n').length > 3).length;
    const sounds = count(t, /^\[[A-Za-z ]+\]$/gm);
    if (cues.length < 40 || bad || speakers.size < 2 || wrapped < 15 || sounds < 1)
      fail(
        S,
        `WebVTT captions have ${cues.length} cues (${bad} malformed), ${speakers.size} speakers, ${wrapped} wrapped cues, ${sounds} sound tags (want 40+, 0, 2+, 15+, 1+)`,
      );
    need(wv, 'no WEBVTT header and NOTE block with a title', (x) =>
      /^WEBVTT\n\nNOTE\nTitle: .+\n/.test(x),
    );
    // cue numbers run 1, 2, 3 ... and times never go backwards
    const ok1 = timed.every(
      (x, i) => x && Number(x[1]) === i + 1 && x[2] < x[3] && (!i || timed[i - 1][3] <= x[2]),
    );
    if (!ok1) fail(S, 'WebVTT cue numbers or times out of order');
    const qs = cues.filter((c) => /asks, .+\?/.test(c.replace(/\n/g, ' '))).length;
    if (qs < 4) fail(S, `webinar has ${qs} attendee questions read out (want 4+)`);
    const spoken = count(t.replace(/\n(?!\d+\n|\n)/g, ' '), /Number (one|two|three|four)/g);
    if (spoken < 4) fail(S, `webinar has ${spoken} spoken list items (want 4+)`);
    ok(
      S,
      `WebVTT captions: header and NOTE, ${cues.length} numbered, timed cues from ${speakers.size} speakers, ${wrapped} wrapped over two lines, ${sounds} sound tags, ${qs} attendee questions (the FAQ), ${spoken} spoken list items`,
    );
  }

  // the stripper leaves no markup behind
  for (const p of pages) {
    const left = p.blocks.filter((b) =>
      /<\/?[a-z][^>]*>|<\/?[A-Z]\w*|&[a-z]+;|&#\d+;|\u200b|^\||^>|^#|^[;*!•]|^(- |\d+\. )|\[[ x]\] |\]\(|!\[|%20|sqs-|fe-block|yui_|data-block-type|SQUARESPACE|<\/?aside>|^---$|^WEBVTT|^NOTE\b|\d\d:\d\d:\d\d\.\d{3}|-->|^\d+$|\[Music\]|^(Jess Armstrong|Olumide Henshaw): |\p{Extended_Pictographic}|(^|\s)[*_~][^*_~\s][^*_~]*[*_~](\s|[.,]|$)/u.test(
        b,
      ),
    );
    if (left.length)
      fail(S, `${p.file}: stripped text keeps markup: ${left.slice(0, 2).join(' / ')}`);
  }
  // nor the boilerplate the strippers are meant to drop
  const BOILER = {
    [sq?.file]: [
      'Skip to Content',
      'Home',
      'Routes and time limits',
      'Webinars',
      'Support Keelrow',
      'Get in touch\n',
      'Keelrow Family Mediation Ltd',
      'Privacy notice',
      'We use cookies',
      'Manage cookies',
      'Accept all',
      'Facebook',
      'red brick rope works',
      'This is Squarespace',
    ],
    [nt?.file]: [
      'Owner:',
      'Last edited time',
      'Status: Published',
      'Reviewed by',
      'Audience:',
      'keelrow-logo',
      'Related:',
      'Expenses and travel',
      '.md',
    ],
    [wv?.file]: [
      'WEBVTT',
      'NOTE',
      'Recorded:',
      'Captions: auto-generated',
      '-->',
      '[Music]',
      'Jess Armstrong:',
      'Olumide Henshaw:',
      '00:00:',
    ],
  };
  for (const p of pages)
    for (const junk of BOILER[p.file] ?? [])
      if (p.blocks.join('\n').includes(junk)) fail(S, `${p.file}: stripped text keeps "${junk}"`);

  // own words: no run of 8 words shared with the shared guidance or the earlier sets' pages
  const theirs = new Set(shingles(readFileSync(SHARED_GUIDANCE, 'utf8')));
  const earlier = new Set();
  let nEarlier = 0;
  for (const dir of EARLIER) {
    if (!existsSync(join(dir, 'pages'))) {
      fail(S, `earlier pages not found at ${dir}/pages`);
      continue;
    }
    const { loadPages: loadEarlier } = await import(join(dir, 'check', 'strip.mjs'));
    for (const p of loadEarlier(join(dir, 'pages'))) {
      nEarlier++;
      for (const s of shingles(p.blocks.join(' \n '))) earlier.add(s);
    }
  }
  for (const p of pages) {
    const mine = shingles(p.blocks.join(' \n '));
    const shared = mine.filter((s) => theirs.has(s));
    if (shared.length)
      fail(
        S,
        `${p.file} shares 8-word runs with the shared guidance: ${shared.slice(0, 3).join(' / ')}`,
      );
    const copied = mine.filter((s) => earlier.has(s));
    if (copied.length)
      fail(
        S,
        `${p.file} shares 8-word runs with an earlier set's pages: ${copied.slice(0, 3).join(' / ')}`,
      );
  }
  if (nEarlier !== 9) fail(S, `read ${nEarlier} earlier pages (want 9)`);
  ok(
    S,
    `no 8-word run copied from /work/shared/guidance or the ${nEarlier} pages of twentyeighth, twentyseventh and twentysixth`,
  );
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
  if (!/^0191 498 0\d{3}$/.test(service.phone ?? ''))
    fail(S, `phone ${service.phone} is not in Ofcom's 0191 498 0xxx drama range (Tyneside)`);
  if (!/@[\w.-]+\.example$/.test(service.email ?? ''))
    fail(S, `email ${service.email} is not on a .example domain`);
  if (!/^https?:\/\/[\w.-]+\.example\/?$/.test(service.website ?? ''))
    fail(S, `website ${service.website} is not a .example domain`);
  const TEXT = '07700 900462';
  const ADDRESS = '11 Chandlers Quay, Cragburn CG4 7LN';
  // nothing repeated from the earlier sets: service.json fields, the text number, the names
  for (const dir of TOPIC_SETS) {
    const f = join(dir, 'service.json');
    if (!existsSync(f)) {
      fail(S, `earlier service.json not found at ${f}`);
      continue;
    }
    const them = JSON.parse(readFileSync(f, 'utf8'));
    for (const k of ['name', 'phone', 'email', 'website'])
      if (them[k] === service[k]) fail(S, `service.json ${k} repeats ${f}`);
    const theirText = [
      join(dir, 'README.md'),
      ...readdirSync(join(dir, 'pages')).map((p) => join(dir, 'pages', p)),
    ]
      .map((p) => readFileSync(p, 'utf8'))
      .join('\n');
    for (const mine of [
      TEXT,
      service.phone,
      'Keelrow',
      'Cragburn',
      'Wansdale',
      'Coldfell',
      'Chandlers Quay',
      'Ropery',
      'Blackhope',
      'Harbour Street',
      'Quaker Meeting House',
      'Bernadette Ridley',
      'Ailsa Furness',
      'Olumide Henshaw',
      'Jess Armstrong',
      'Stottie',
      'traffic light cards',
      'Over to Me',
      'Ring Me',
      'safe word',
      'Whereby',
    ])
      if (mine && theirText.includes(mine)) fail(S, `"${mine}" already appears in ${dir}`);
  }
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
    if (!text.includes(TEXT)) fail(S, `${p.file} lacks the text number`);
    if (!text.includes(ADDRESS)) fail(S, `${p.file} lacks the address`);
  }
  ok(
    S,
    `${service.name}: ${service.phone}, text ${TEXT}, ${service.email}, ${service.website}; contact details on all three pages; nothing repeated from the three earlier sets`,
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
    if (!/^t29-\d\d$/.test(id ?? '')) fail(S, `bad id ${id}`);
    if (id !== `t29-${String(i + 1).padStart(2, '0')}`)
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
        '0191 498 0736',
        '01914980736',
        '+44 191 498 0736',
        '0191-498-0736',
        '(0191) 498 0736',
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
    if (n !== 15) fail(S, `${f}: ${n} answer questions (want 15)`);

  // ---- languages
  const langs = Object.entries(META).filter(([, m]) => m.lang);
  if (langs.length < 4) fail(S, `${langs.length} questions in other languages (want 4 or more)`);
  // words end at a space or punctuation: \b does not work next to letters such as é or ū
  const W = (ws) => `(?:^|[\\s,.;:!?(«»"'])(?:${ws})(?=[\\s,.;:!?)«»"']|$)`;
  const SCRIPT = {
    // Vietnamese: Latin letters with its own vowels (ư ơ ă â ê ô đ and tone marks) and small words
    Vietnamese: new RegExp(
      `[ươăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ][\\s\\S]*${W('tôi|không|có|của|và|là|được|cho|con|tiền|này')}|${W('tôi|không|có|của|và|là|được|cho|con|tiền|này')}[\\s\\S]*[ươăđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]`,
      'i',
    ),
    // Lithuanian: Latin letters with ą č ę ė į š ų ū ž and its small words
    Lithuanian: new RegExp(
      `[ąčęėįšųūž][\\s\\S]*${W('ir|bus|jei|jeigu|iki|kada|ar|per|nes|mūsų|jūsų|yra|darbo|dienos|dienų|turite|gausite')}`,
      'i',
    ),
    // Gujarati script: at least twenty Gujarati letters
    Gujarati: /(?:[\u0A80-\u0AFF][^\u0A80-\u0AFF]{0,3}){20}/,
    // Farsi (Persian): Arabic script with the Persian letters پ چ ژ گ or ی and its small words
    Farsi: new RegExp(`[پچژگ][\\s\\S]*${W('را|از|به|که|و|می‌توانم|آیا|است|شما|یک|دو|سال')}`),
  };
  const qOf = (id) => questions.find((x) => x.id === id)?.q ?? '';
  const NOT_THIS = {
    // Vietnamese, not French, Portuguese or Spanish: no ç ñ œ (ã and õ are Vietnamese tones
    // too), none of their small words
    Vietnamese: (s) =>
      /[çñœ]/i.test(s) ||
      /(^|[\s,.;:!?(])(le|la|les|est|que|não|el|los|une|et)(?=[\s,.;:!?)]|$)/i.test(s),
    // Lithuanian, not Latvian or Polish: none of ā ē ī ķ ļ ņ ģ (Latvian) or ł ń ś ź ż ó (Polish)
    Lithuanian: (s) => /[āēīķļņģłńśźżó]/i.test(s),
    // Gujarati, with no other Indic script mixed in (Devanagari, Bengali, Gurmukhi, Oriya,
    // Tamil, Telugu, Kannada, Malayalam, Sinhala)

    Gujarati: (s) => /[\u0900-\u0A7F\u0B00-\u0DFF]/.test(s),
    // Farsi, not Arabic, Urdu, Kurdish (Sorani) or Pashto: no ة (Arabic), no ٹ ڈ ڑ ں ے ھ (Urdu),
    // no ڕ ڵ ۆ ێ (Sorani), no ټ ډ ړ ښ ږ (Pashto); Persian digits only
    Farsi: (s) => /[ةٹڈڑںےھڕڵۆێټډړښږ٠-٩]/.test(s),
  };
  for (const [id, m] of langs) {
    if (!SCRIPT[m.lang]) fail(S, `${id}: no script check for ${m.lang}`);
    else if (!SCRIPT[m.lang].test(qOf(id)))
      fail(S, `${id}: the question is not written in ${m.lang}`);
    else if (NOT_THIS[m.lang](qOf(id)))
      fail(S, `${id}: the question has letters of a neighbouring language, not ${m.lang}`);
    const b = ANSWERS[id]?.b ?? '';
    if (SCRIPT[m.lang] && (!SCRIPT[m.lang].test(b) || NOT_THIS[m.lang](b)))
      fail(S, `${id}: answer b is not in ${m.lang}`);
  }
  for (const want of Object.keys(SCRIPT))
    if (!langs.some(([, m]) => m.lang === want)) fail(S, `no question in ${want}`);
  // the languages are new: none was used by the three earlier sets (nor those the SPEC lists)
  const theirLangs = new Set();
  for (const dir of TOPIC_SETS) {
    const f = join(dir, 'check', 'build-questions.mjs');
    if (existsSync(f))
      for (const x of readFileSync(f, 'utf8').matchAll(/lang: '([^']+)'/g)) theirLangs.add(x[1]);
  }
  if (theirLangs.size < 12) fail(S, `read only ${theirLangs.size} languages from the earlier sets`);
  // the SPEC also rules out the languages of the sets before them
  for (const l of [
    'Tamil',
    'Swahili',
    'Bulgarian',
    'Dutch',
    'Polish',
    'Turkish',
    'Urdu',
    'Arabic',
    'Somali',
    'Romanian',
    'Spanish',
    'French',
    'Portuguese',
  ])
    theirLangs.add(l);
  for (const [id, m] of langs) {
    const base = m.lang.replace(/ \(.*\)$/, '');
    if ([...theirLangs].some((l) => l === m.lang || l.replace(/ \(.*\)$/, '') === base))
      fail(S, `${id}: ${m.lang} was already used by an earlier set`);
  }
  if (!langs.some(([, m]) => m.date)) fail(S, 'no question in another language asks for a date');

  // ---- dates and routes
  const dates = Object.entries(META).filter(([, m]) => m.date);
  if (dates.length < 10 || dates.length > 13)
    fail(S, `${dates.length} date questions (want 10-13)`);
  const fns = new Set(dates.map(([, m]) => m.date.fn));
  for (const fn of [
    'adviserContactDeadline',
    'certificateDueDate',
    'mediationArrangeBy',
    'mediationNoticeBy',
    'appealDeadline',
    'discriminationClaimDeadline',
    'afterAgreementBy',
  ])
    if (!fns.has(fn)) fail(S, `no date question uses ${fn}`);
  const notes = dates.map(([, m]) => m.date.note).join(' | ');
  for (const [what, re] of [
    ['the Christmas rule', /Christmas window/],
    ['the August rule', /in August/],
    ['the month-end rule', /last day of February/],
    ['an appeal without a certificate', /without a certificate/],
    ['a certificate later than the letter', /certificate \+ 1 (calendar )?month/],
    ['a weekend moved to the next working day', /next working day/],
    ['a calendar date not moved', /not moved/],
    ['the health-only two weeks', /R16/],
    ['calendar weeks after an agreement', /R15/],
  ])
    if (!re.test(notes)) fail(S, `no date question tests ${what}`);
  const routes = Object.entries(META).filter(([, m]) => m.route);
  if (routes.length < 6 || routes.length > 10)
    fail(S, `${routes.length} route questions (want 6-10)`);
  for (const [what, re] of [
    ['disagreement resolution', /disagreement resolution/],
    ['mediation with a certificate', /certificate needed/],
    ['a certificate without a meeting', /certificate without a meeting/],
    ['section I only', /section I only/],
    ['health only', /health only/],
    ['social care only', /social care only/],
    ['a discrimination claim', /discrimination/],
    ['a missed adviser window', /window missed/],
  ])
    if (!routes.some(([, m]) => re.test(m.route))) fail(S, `no route question about ${what}`);

  // ---- askers
  const askers = Object.values(META).map((m) => m.asker ?? '');
  for (const [who, re, n] of [
    ['a foster carer', /foster carer/, 1],
    ['young people aged 16-25', /^young person \((1[6-9]|2[0-5])\)/, 3],
    ['young people asking in their own name', /^young person \(\d\d\), in own name/, 2],
    ['a SENCO, teacher or teaching assistant', /SENCO|teacher|teaching assistant/, 2],
    ['a grandparent or kinship carer', /grandparent|kinship/, 1],
    ['a parent with little English writing English', /little English \(writing English\)/, 1],
    ['a dad', /^dad\b/, 2],
    ['someone with a disability', /with a disability/, 3],
    ['a shift worker', /shift worker/, 2],
  ]) {
    const got = askers.filter((a) => re.test(a)).length;
    if (got < n) fail(S, `${got} questions from ${who} (want ${n}+)`);
  }
  if (Object.keys(META).length !== 60)
    fail(S, `META describes ${Object.keys(META).length} questions (want 60)`);

  // ---- moderate Geordie (Tyneside) dialect: these words, each used at least once, in English
  // questions
  const english = questions.filter((q) => !META[q.id]?.lang);
  const allQ = english.map((q) => q.q.toLowerCase()).join(' \n ');
  const GEORDIE = [
    ['howay', /\bhoway\b/],
    ['bairn', /\bbairns?'?s?\b/],
    ['divvent', /\bdivvent\b/],
    ['gan / gannin', /\bgan(nin|s)?\b/],
    ['wor (our)', /\bwor\b/],
    ['nowt / owt', /\b(nowt|owt)\b/],
    ['yous', /\byous\b/],
    ['cannae / dinnae', /\b(cannae|dinnae)\b/],
    ['nae (no)', /\bnae\b/],
    ['wi (with)', /\bwi\b/],
    ['me (my)', /\bme (sister|mam|bairn|phone|pension)\b/],
    ['pet', /\bpet\b/],
    ['ower (over)', /\bower\b/],
    ['am (I am)', /(^|\n |[.,] )am (the|20)\b/],
  ];
  for (const [w, re] of GEORDIE) if (!re.test(allQ)) fail(S, `no question uses "${w}"`);
  const DIALECT =
    /\b(howay|bairns?|divvent|gan|gannin|gans|wor|nowt|owt|yous|cannae|dinnae|nae|wi|pet|ower|man|grafting|summat)\b/i;
  const dialect = english.filter((q) => DIALECT.test(q.q)).length;
  if (dialect < 10 || dialect > 25)
    fail(S, `${dialect} questions in dialect (want a moderate 10-25)`);
  const follow = askers.filter((a) => /follow-on/.test(a)).length;
  if (follow < 3) fail(S, `${follow} follow-on questions (want 3 or more)`);
  const followQ = questions.filter((q) => /^and (what )?if\b/i.test(q.q)).length;
  if (followQ < 3) fail(S, `${followQ} questions open with "and if" / "and what if" (want 3+)`);

  // ---- declines: each has a topic, and no topic repeats one of the three earlier sets' declines
  const declineTopics = decline.map((q) => [q.id, META[q.id]?.topic]);
  for (const [id, t] of declineTopics) if (!t) fail(S, `${id}: decline has no topic in META`);
  const theirTopics = [];
  for (const dir of TOPIC_SETS) {
    const f = join(dir, 'README.md');
    const readme = existsSync(f) ? readFileSync(f, 'utf8') : '';
    const para = readme.match(/\*\*Declines\*\*[\s\S]*?\n\n/)?.[0] ?? '';
    const topics = [
      ...para.replace(/\s+/g, ' ').matchAll(/(?:^|[,:] )([A-Za-z0-9' -]+?) \(\d\d\)/g),
    ].map((m) => m[1].trim().toLowerCase());
    if (topics.length !== 15)
      fail(S, `could not read the decline topics of ${f} (${topics.length})`);
    theirTopics.push(...topics);
  }
  // a topic is "repeated" if it is the same, or if its key words are all in one earlier topic
  const keyWords = (t) =>
    t
      .toLowerCase()
      .split(/[^a-z0-9']+/)
      .filter(
        (w) =>
          w.length > 3 &&
          ![
            'with',
            'from',
            'child',
            'children',
            'young',
            'person',
            'people',
            'disabled',
            'disability',
            'autistic',
            'learning',
          ].includes(w),
      );
  for (const [id, t] of declineTopics) {
    if (!t) continue;
    if (theirTopics.includes(t.toLowerCase()))
      fail(S, `${id}: decline topic "${t}" repeats an earlier set's`);
    const mine = keyWords(t);
    const close = theirTopics.find((x) => {
      const theirs = keyWords(x);
      return (
        mine.length && mine.filter((w) => theirs.includes(w)).length >= Math.min(2, mine.length)
      );
    });
    if (close) fail(S, `${id}: decline topic "${t}" is close to an earlier set's "${close}"`);
  }
  // this README lists the same topics, in the form the next set's check.mjs reads
  {
    const mine =
      readFileSync(join(HERE, 'README.md'), 'utf8').match(/\*\*Declines\*\*[\s\S]*?\n\n/)?.[0] ??
      '';
    const listed = [
      ...mine.replace(/\s+/g, ' ').matchAll(/(?:^|[,:] )([A-Za-z0-9' -]+?) \((\d\d)\)/g),
    ].map((m) => `t29-${m[2]} ${m[1].trim()}`);
    const want = declineTopics.map(([id, t]) => `${id} ${t}`);
    if (listed.join('|') !== want.join('|'))
      fail(
        S,
        `README's decline list differs from META: ${listed.filter((x) => !want.includes(x)).join('; ') || want.filter((x) => !listed.includes(x)).join('; ')}`,
      );
  }
  if (new Set(declineTopics.map(([, t]) => t)).size !== declineTopics.length)
    fail(S, 'two declines share a topic');
  // the questions are new: no run of 8 words shared with the earlier sets' questions
  const theirQ = new Set();
  for (const dir of TOPIC_SETS) {
    const tq = join(dir, 'questions.jsonl');
    if (!existsSync(tq)) {
      fail(S, `earlier questions not found at ${tq}`);
      continue;
    }
    for (const l of readFileSync(tq, 'utf8')
      .split('\n')
      .filter((x) => x.trim()))
      for (const sh of shingles(JSON.parse(l).q)) theirQ.add(sh);
  }
  for (const q of questions) {
    const hit = shingles(q.q).find((x) => theirQ.has(x));
    if (hit) fail(S, `${q.id} shares "${hit}" with an earlier set's question`);
  }
  for (const id of Object.keys(META))
    if (!ids.has(id)) fail(S, `META names unknown question ${id}`);
  ok(
    S,
    `${questions.length} questions, ${answer.length} answer / ${decline.length} decline; spread ${JSON.stringify(spread)}; ` +
      `languages ${langs.map(([id, m]) => `${id} ${m.lang}`).join(', ')}; ${dates.length} date, ${routes.length} route questions; ` +
      `${dialect} in Geordie dialect, ${follow} follow-ons; ${theirTopics.length} earlier decline topics, none repeated`,
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
  // R15/R16: the council's time limit after a mediation agreement, in calendar weeks
  afterAgreementBy: ({ agreementDate, weeks }) => addDays(agreementDate, 7 * weeks),
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
    // the answers a and b give the right date
    for (const k of ['a', 'b'])
      if (!dateGroups.every((g) => g.some((r) => new RegExp(r, 'i').test(ANSWERS[id]?.[k] ?? ''))))
        fail(S, `${id}: answer ${k} does not give ${got}`);
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
