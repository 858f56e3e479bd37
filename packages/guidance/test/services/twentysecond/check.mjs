#!/usr/bin/env node
// Validator for the "twentysecond" blind evaluation set. Exit 0 = all good.
//
//   node check.mjs
//
// 1. questions.jsonl equals what check/build-questions.mjs renders
// 2. three pages in three formats (a PDF leaflet run through pdftotext -layout, a WordPress page
//    built with Gutenberg/Elementor blocks, a Notion page exported to Markdown), word counts, no
//    8-word run shared with the shared guidance or the template's pages, service.json, contact
//    details on every page
// 3. 60 questions (45 answer, 15 decline), ids, fields, regexes, page spread, languages, dates
// 4. cite phrases: 4-10 words, verbatim on their page, on no other page, not in the question;
//    no must_not matches the page sentences a right answer quotes; on the leaflet every question
//    has a cite phrase that survives in the raw pdftotext text, so a quote copied from it counts
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
import { loadPages, pdfPages, stripHtml, faqFromJsonLd } from './check/strip.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = '/work/shared';
const SCORER = join(SHARED, 'eval', 'score.mjs');
const RULE_EXAMPLES = join(SHARED, 'domain', 'rules-examples.json');
const SHARED_GUIDANCE = join(SHARED, 'guidance', 'kids-london-sen-mediation-local-offer.txt');
// the previous set: its pages and questions must not be reused
const TEMPLATE = join(HERE, '..', 'twentyfirst');

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
  const count = (s, re) => (s.match(re) ?? []).length;
  const need = (ext, what, test) => {
    if (!test(raw[ext] ?? '')) fail(S, `.${ext} page: ${what}`);
  };

  // 1. a PDF leaflet run through pdftotext -layout
  if (raw.txt) {
    const t = raw.txt;
    const pdf = pdfPages(t);
    const rawPages = t.replace(/\f$/, '').split('\f');
    if (rawPages.length < 3)
      fail(S, `leaflet has ${rawPages.length} pages (want 3 or more, split by form feeds)`);
    // running header and footer with page numbers on every page
    const numbered = rawPages.filter((p, i) =>
      new RegExp(`Page ${i + 1} of ${rawPages.length}\\s*$`).test(p.trimEnd()),
    ).length;
    if (numbered !== rawPages.length)
      fail(S, `only ${numbered} of ${rawPages.length} leaflet pages end with "Page N of M"`);
    const firstLines = new Set(rawPages.map((p) => p.split('\n').find((l) => l.trim())));
    if (firstLines.size !== 1) fail(S, 'leaflet pages do not share one running header');
    const dropped = rawPages.reduce(
      (n, p, i) =>
        n + p.split('\n').filter((l) => l.trim()).length - pdf[i].filter((l) => l.trim()).length,
      0,
    );
    if (dropped < 2 * rawPages.length)
      fail(S, 'the stripper did not drop the running header and footer');
    const lines = t.split('\n');
    const hyph = lines.filter(
      (l, i) => /[a-z]-$/.test(l) && /^\s*[a-z]/.test((lines[i + 1] ?? '').replace(/^.{0,0}/, '')),
    ).length;
    if (hyph < 4) fail(S, `leaflet has ${hyph} words hyphenated across line ends (want 4 or more)`);
    const twoCol = lines.filter(
      (l) => (l.match(/\S\s{3,}\S/g) ?? []).length === 1 && /^\S/.test(l) && l.length > 60,
    ).length;
    if (twoCol < 8) fail(S, `leaflet has ${twoCol} two-column lines (want 8 or more)`);
    const tableRows = lines.filter((l) => (l.match(/\S\s{3,}\S/g) ?? []).length >= 2).length;
    if (tableRows < 6)
      fail(S, `leaflet has ${tableRows} table lines laid out with spaces (want 6 or more)`);
    const bullets = [count(t, /^\s*\u2022\s/gm), count(t, /^\s*\uF0B7\s/gm)];
    if (bullets[0] < 3 || bullets[1] < 3)
      fail(S, `leaflet bullets • ${bullets[0]},  ${bullets[1]} (want 3 or more of each)`);
    if (!/┌─+┐/.test(t) || !/└─+┘/.test(t) || count(t, /^│.*│$/gm) < 4)
      fail(S, 'leaflet lacks a callout box drawn with ┌ │ └');
    if (/[<>]\w|^#/m.test(t)) fail(S, 'leaflet contains markup');
    ok(
      S,
      `pdftotext leaflet: ${rawPages.length} pages with running header and "Page N of M" footer, ${hyph} hyphenated line ends, ${twoCol} two-column lines, ${tableRows} table lines, bullets ${bullets.join('/')}, a drawn callout box`,
    );
  }

  // 2. a WordPress page built with Gutenberg and Elementor blocks
  if (raw.html) {
    const h = raw.html;
    need(
      'html',
      'no theme header with a menu',
      (x) => /<header[^>]*site-header/.test(x) && count(x, /class="menu-item/g) >= 5,
    );
    need(
      'html',
      'no cookie notice',
      (x) => /id="cookie-notice"/.test(x) && /<button[^>]*cn-set-cookie/.test(x),
    );
    const wp = count(h, /<!-- wp:[a-z-]+/g);
    need('html', 'fewer than 8 <!-- wp:... --> block comments', () => wp >= 8);
    need('html', 'no Elementor accordion', (x) => /class="elementor-accordion"/.test(x));
    const panels = count(h, /<div[^>]*class="elementor-tab-content[^"]*"[^>]*\bhidden>/g);
    need('html', 'fewer than 5 hidden accordion panels', () => panels >= 5);
    need('html', 'no <details> block', (x) =>
      /<details class="wp-block-details"><summary>/.test(x),
    );
    let faq = [];
    for (const m of h.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)) {
      try {
        const j = JSON.parse(m[1]);
        if (j['@type'] === 'FAQPage') faq = faqFromJsonLd(j);
      } catch (e) {
        fail(S, `JSON-LD does not parse: ${e.message}`);
      }
    }
    if (faq.length < 6) fail(S, `FAQPage JSON-LD has ${faq.length / 2} questions (want 3 or more)`);
    const visible = norm(
      stripHtml(h.replace(/<script type="application\/ld\+json"[\s\S]*?<\/script>/g, '')).join(
        ' \n ',
      ),
    );
    const repeated = faq.filter(
      (x, i) => i % 2 === 1 && visible.includes(norm(x).slice(0, 60)),
    ).length;
    const own = faq.filter((x, i) => i % 2 === 1 && !visible.includes(norm(x).slice(0, 60))).length;
    if (repeated < 1 || own < 1)
      fail(S, `JSON-LD should repeat some answers (${repeated}) and hold some of its own (${own})`);
    need(
      'html',
      'no "Share this" bar',
      (x) => /Share this/.test(x) && /sharer|intent\/post|wa\.me/.test(x),
    );
    need(
      'html',
      'no related posts',
      (x) => /related-posts/.test(x) && count(x, /ast-related-post"/g) >= 2,
    );
    need(
      'html',
      'fewer than 3 sidebar widgets',
      (x) => /id="secondary"/.test(x) && count(x, /<aside id="[\w-]+" class="[^"]*widget/g) >= 3,
    );
    need('html', 'no footer', (x) => /<footer class="site-footer"/.test(x));
    ok(
      S,
      `WordPress page: ${wp} wp: block comments, Elementor accordion with ${panels} hidden panels, a details block, FAQPage JSON-LD with ${faq.length / 2} questions (${repeated} repeated, ${own} only there), cookie notice, share bar, related posts, sidebar widgets, footer`,
    );
  }

  // 3. a Notion page exported to Markdown
  if (raw.md) {
    const m = raw.md;
    if (!/^# \S/.test(m)) fail(S, 'Notion page does not open with its # title');
    const props = m
      .split('\n')
      .slice(1, 10)
      .filter((l) => /^(Owner|Last edited|Status|Tags|Created|Audience): \S/.test(l));
    if (
      props.length < 3 ||
      !props.some((l) => l.startsWith('Owner:')) ||
      !props.some((l) => l.startsWith('Last edited:'))
    )
      fail(S, 'Notion page lacks its property lines (Owner:, Last edited:, ...)');
    const asides = [...m.matchAll(/<aside>\n(\S+) [\s\S]*?<\/aside>/g)].filter((x) =>
      /\p{Extended_Pictographic}/u.test(x[1]),
    );
    if (asides.length < 2)
      fail(S, `Notion page has ${asides.length} <aside> callouts with an emoji (want 2 or more)`);
    const toggles = [...m.matchAll(/^- [^[\n].*\n {4}\n {4}\S/gm)].length;
    if (toggles < 4) fail(S, `Notion page has ${toggles} toggles (want 4 or more)`);
    const tables = count(m, /^\|( --- \|)+$/gm);
    if (tables < 1) fail(S, 'Notion page has no exported database table');
    const sub = count(m, /\]\([^)\s]*%20[0-9a-f]{32}\.md\)/g);
    if (sub < 3) fail(S, `Notion page has ${sub} sub-page links with hex ids (want 3 or more)`);
    const boxes = count(m, /^- \[[ x]\] /gm);
    if (boxes < 4) fail(S, `Notion page has ${boxes} checkbox items (want 4 or more)`);
    ok(
      S,
      `Notion export: ${props.length} property lines, ${asides.length} emoji callouts, ${toggles} toggles, ${tables} tables, ${sub} sub-page links, ${boxes} checkboxes`,
    );
  }

  // own words: no run of 8 words shared with the shared guidance or the template's pages
  const shingles = (t) => {
    const w = norm(t).split(' ');
    const s = new Set();
    for (let i = 0; i + 8 <= w.length; i++) s.add(w.slice(i, i + 8).join(' '));
    return s;
  };
  const theirs = shingles(readFileSync(SHARED_GUIDANCE, 'utf8'));
  let templatePages = [];
  if (!existsSync(join(TEMPLATE, 'pages')))
    fail(S, `template pages not found at ${TEMPLATE}/pages`);
  else {
    const { loadPages: loadTemplatePages } = await import(join(TEMPLATE, 'check', 'strip.mjs'));
    templatePages = loadTemplatePages(join(TEMPLATE, 'pages'));
  }
  const template = new Set(templatePages.flatMap((p) => [...shingles(p.blocks.join(' \n '))]));
  for (const p of pages) {
    const mine = [...shingles(p.blocks.join(' \n '))];
    const shared = mine.filter((s) => theirs.has(s));
    if (shared.length)
      fail(
        S,
        `${p.file} shares 8-word runs with the shared guidance: ${shared.slice(0, 3).join(' / ')}`,
      );
    const copied = mine.filter((s) => template.has(s));
    if (copied.length)
      fail(
        S,
        `${p.file} shares 8-word runs with the template's pages: ${copied.slice(0, 3).join(' / ')}`,
      );
  }
  ok(
    S,
    `no 8-word run copied from /work/shared/guidance or the template's ${templatePages.length} pages`,
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
  if (!/^(0191 498 0\d{3}|01642 496 0\d{3})$/.test(service.phone ?? ''))
    fail(S, `phone ${service.phone} is not in Ofcom's 0191 498 0xxx or 01642 496 0xxx drama range`);
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
    if (!/The Chandlery/.test(text)) fail(S, `${p.file} lacks the address`);
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
    if (!/^t22-\d\d$/.test(id ?? '')) fail(S, `bad id ${id}`);
    if (id !== `t22-${String(i + 1).padStart(2, '0')}`)
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
        '0191 498 0462',
        '01914980462',
        '+44 191 498 0462',
        '0191-498-0462',
        '(0191) 498 0462',
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
  const langs = Object.entries(META).filter(([, m]) => m.lang);
  if (langs.length < 4) fail(S, `${langs.length} questions in other languages (want 4 or more)`);
  // the question is really written in that language (its script, or its own words for Somali)
  const SCRIPT = {
    Ukrainian: /[\u0400-\u04FF]{3}[\s\S]*[іїєґІЇЄҐ]/,
    Bengali: /[\u0980-\u09FF]{3}/,
    'Chinese (Simplified)': /[\u4E00-\u9FFF]{3}/,
    Somali: /\b(waxaan|wuxuu|ma|si|aan|kadib|maxaa)\b[\s\S]*\b(iyo|ugu|lagu|ka|ku|karaa)\b/i,
  };
  for (const [id, m] of langs) {
    const q = questions.find((x) => x.id === id);
    if (!SCRIPT[m.lang]) fail(S, `${id}: no script check for ${m.lang}`);
    else if (!SCRIPT[m.lang].test(q?.q ?? ''))
      fail(S, `${id}: the question is not written in ${m.lang}`);
  }
  // traditional characters would mean it is not Simplified Chinese
  for (const [id] of langs.filter(([, x]) => x.lang.startsWith('Chinese')))
    if (/[們這說時為對會與還過裡後個麼]/.test(questions.find((x) => x.id === id)?.q ?? ''))
      fail(S, `${id}: traditional characters in a Simplified Chinese question`);
  for (const want of Object.keys(SCRIPT))
    if (!langs.some(([, m]) => m.lang === want)) fail(S, `no question in ${want}`);
  if (!langs.some(([, m]) => m.date)) fail(S, 'no question in another language asks for a date');
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
    ['the month-end rule', /last day of February|no 3[01] /],
    ['an appeal without a certificate', /without a certificate/],
  ])
    if (!re.test(notes)) fail(S, `no date question tests ${what}`);
  const routes = Object.entries(META).filter(([, m]) => m.route);
  if (routes.length < 6 || routes.length > 10)
    fail(S, `${routes.length} route questions (want 6-10)`);
  const askers = Object.values(META).map((m) => m.asker ?? '');
  for (const [who, re] of [
    ['a kinship carer', /kinship carer/],
    ['two young people aged 16-25', /^young person \((1[6-9]|2[0-5])\)/],
    ['a SENCO or teaching assistant', /SENCO|teaching assistant/],
    ['a parent with little English', /little English/],
  ]) {
    const n = askers.filter((a) => re.test(a)).length;
    if (n < (who.startsWith('two') ? 2 : 1)) fail(S, `no question from ${who}`);
  }
  // moderate North East dialect: the spec's words, each used at least once
  const allQ = questions.map((q) => q.q.toLowerCase()).join(' \n ');
  for (const w of ['howay', 'bairn', 'wor lass', 'canny', 'divvent'])
    if (!allQ.includes(w)) fail(S, `no question uses "${w}"`);
  const follow = askers.filter((a) => /follow-on/.test(a)).length;
  if (follow < 3) fail(S, `${follow} follow-on questions (want 3 or more)`);
  // declines: each has a topic, and no topic repeats one of the template's declines exactly
  const declineTopics = decline.map((q) => [q.id, META[q.id]?.topic]);
  for (const [id, t] of declineTopics) if (!t) fail(S, `${id}: decline has no topic in META`);
  const templateReadme = existsSync(join(TEMPLATE, 'README.md'))
    ? readFileSync(join(TEMPLATE, 'README.md'), 'utf8')
    : '';
  const declinePara = templateReadme.match(/\*\*Declines\*\*[\s\S]*?\n\n/)?.[0] ?? '';
  const theirTopics = [
    ...declinePara.replace(/\s+/g, ' ').matchAll(/(?:^|[,:] )([A-Za-z0-9' -]+?) \(\d\d\)/g),
  ].map((m) => m[1].trim().toLowerCase());
  if (theirTopics.length !== 15)
    fail(S, `could not read the template's decline topics (${theirTopics.length})`);
  for (const [id, t] of declineTopics)
    if (t && theirTopics.includes(t.toLowerCase()))
      fail(S, `${id}: decline topic "${t}" repeats the template's`);
  if (new Set(declineTopics.map(([, t]) => t)).size !== declineTopics.length)
    fail(S, 'two declines share a topic');
  // the questions are new: no run of 8 words shared with the template's questions
  const tq = join(TEMPLATE, 'questions.jsonl');
  if (existsSync(tq)) {
    const sh = (t) => {
      const w = norm(t).split(' ');
      const out = [];
      for (let i = 0; i + 8 <= w.length; i++) out.push(w.slice(i, i + 8).join(' '));
      return out;
    };
    const theirs = new Set(
      readFileSync(tq, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .flatMap((l) => sh(JSON.parse(l).q)),
    );
    for (const q of questions) {
      const hit = sh(q.q).find((x) => theirs.has(x));
      if (hit) fail(S, `${q.id} shares "${hit}" with a template question`);
    }
  } else fail(S, `template questions not found at ${tq}`);
  for (const id of Object.keys(META))
    if (!ids.has(id)) fail(S, `META names unknown question ${id}`);
  ok(
    S,
    `${questions.length} questions, ${answer.length} answer / ${decline.length} decline; spread ${JSON.stringify(spread)}; ` +
      `languages ${langs.map(([id, m]) => `${id} ${m.lang}`).join(', ')}; ${dates.length} date, ${routes.length} route questions; ` +
      `${theirTopics.length} template decline topics, none repeated`,
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
// the leaflet as pdftotext printed it, lines joined: a quote copied straight from it (with its
// hyphenated line ends and side-by-side columns) must still carry one cite phrase per question
const txtPage = pages.find((p) => p.file.endsWith('.txt'));
const rawLeaflet = txtPage ? norm(readFileSync(txtPage.path, 'utf8')) : '';
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
    if (page.file.endsWith('.txt') && !q.cite.some((c) => rawLeaflet.includes(norm(c))))
      fail(
        S,
        `${q.id}: no cite phrase survives in the raw leaflet text (all cut by a hyphen or a column)`,
      );
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
