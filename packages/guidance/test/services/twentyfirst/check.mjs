#!/usr/bin/env node
// Validator for the "twentyfirst" blind evaluation set. Exit 0 = all good.
//
//   node check.mjs
//
// 1. questions.jsonl equals what check/build-questions.mjs renders
// 2. three pages in three formats (a Google Docs web-page export, WebVTT captions of a recorded
//    Q&A, a static-site Markdown page), word counts, no 8-word run shared with the shared guidance
//    or the template's pages, service.json, contact details on every page
// 3. 60 questions (45 answer, 15 decline), ids, fields, regexes, page spread, languages, dates
// 4. cite phrases: 4-10 words, verbatim on their page, on no other page, not in the question;
//    no must_not matches the page sentences a right answer quotes; on the captions page every
//    cite phrase lies inside one cue, so a quote taken from the raw captions carries it too
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
import { loadPages, parseVtt, SPEAKER, TIMING } from './check/strip.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = '/work/shared';
const SCORER = join(SHARED, 'eval', 'score.mjs');
const RULE_EXAMPLES = join(SHARED, 'domain', 'rules-examples.json');
const SHARED_GUIDANCE = join(SHARED, 'guidance', 'kids-london-sen-mediation-local-offer.txt');
// the previous set: its pages and questions must not be reused
const TEMPLATE = join(HERE, '..', 'twentieth');

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

  // 1. a Google Docs "Download as web page" export
  need('html', 'no <style> block of generated classes (.c1{...})', (h) =>
    /<style type="text\/css">[^<]*\.c\d+\{[^}]*\}[^<]*\.c\d+\{/.test(h),
  );
  need('html', 'no body class "doc-content"', (h) => /<body class="c\d+ doc-content">/.test(h));
  need('html', 'no title paragraph (<p class="… title">)', (h) =>
    /<p class="(c\d+ )?title"/.test(h),
  );
  need('html', 'no <h2 class="cN"><span class="cN"> headings', (h) =>
    /<h2 class="c\d+"[^>]*><span class="c\d+">/.test(h),
  );
  need(
    'html',
    'fewer than 60 <span class="cN"> runs',
    (h) => count(h, /<span class="c\d+">/g) >= 60,
  );
  need(
    'html',
    'lists lack lst-kix_… classes at two levels',
    (h) =>
      /<ul class="c\d+ lst-kix_[a-z0-9]+-0( start)?">/.test(h) &&
      /<ul class="c\d+ lst-kix_[a-z0-9]+-1( start)?">/.test(h),
  );
  need(
    'html',
    'no table cells with inline widths',
    (h) =>
      /<table[^>]*>/.test(h) && count(h, /<td class="c\d+"[^>]*style="width:[\d.]+pt;?"/g) >= 6,
  );
  need(
    'html',
    'fewer than 4 empty spacer paragraphs',
    (h) => count(h, /<p class="c\d+"><span class="c\d+"><\/span><\/p>/g) >= 4,
  );
  need('html', 'fewer than 10 &nbsp;', (h) => count(h, /&nbsp;/g) >= 10);
  need('html', 'no Google redirect links', (h) =>
    /href="https:\/\/www\.google\.com\/url\?q=/.test(h),
  );
  {
    const h = raw.html ?? '';
    const refs = [
      ...h.matchAll(/<sup><a href="#ftnt(\d+)" id="ftnt_ref\1">\[\1\]<\/a><\/sup>/g),
    ].map((m) => m[1]);
    const notes = [...h.matchAll(/<a href="#ftnt_ref(\d+)" id="ftnt\1">\[\1\]<\/a>/g)].map(
      (m) => m[1],
    );
    if (refs.length < 3)
      fail(S, `.html page has ${refs.length} footnote links [N] (want 3 or more)`);
    if (refs.join() !== notes.join())
      fail(
        S,
        `.html footnote links ${refs.join()} do not match the notes at the foot ${notes.join()}`,
      );
    if (h.lastIndexOf('id="ftnt_ref') > h.indexOf('id="ftnt1"'))
      fail(S, '.html footnotes are not at the foot of the page');
    ok(
      S,
      `Google Docs export: ${count(h, /<span class="c\d+">/g)} spans, ${count(h, /&nbsp;/g)} &nbsp;, ${count(h, /<p class="c\d+"><span class="c\d+"><\/span><\/p>/g)} spacers, ${refs.length} footnotes`,
    );
  }

  // 2. WebVTT captions of a recorded online Q&A
  if (raw.txt) {
    const t = raw.txt;
    if (!/^WEBVTT( - .+)?\n\n/.test(t)) fail(S, 'captions lack a WEBVTT header line');
    const cues = parseVtt(t);
    if (cues.length < 60) fail(S, `captions have ${cues.length} cues (want 60 or more)`);
    const secs = (ts) => ts.split(':').reduce((a, x) => a * 60 + Number(x), 0);
    let prevEnd = 0;
    cues.forEach((c, i) => {
      if (c.id !== String(i + 1)) fail(S, `cue ${i + 1} is numbered ${c.id}`);
      if (!(secs(c.start) < secs(c.end))) fail(S, `cue ${c.id}: ${c.start} --> ${c.end}`);
      if (secs(c.start) < prevEnd) fail(S, `cue ${c.id} starts before cue ${i} ends`);
      prevEnd = secs(c.end);
    });
    const lines = t.split('\n');
    const timingLines = lines.filter((l) => TIMING.test(l));
    if (timingLines.length !== cues.length) fail(S, 'captions: a timing line is malformed');
    const textLines = t
      .split(/\n{2,}/)
      .filter((b) => TIMING.test(b.split('\n')[1] ?? ''))
      .flatMap((b) => b.split('\n').slice(2));
    if (textLines.some((l) => l.length > 70)) fail(S, 'captions have cue lines over 70 characters');
    const labels = new Set(cues.map((c) => c.text.match(SPEAKER)?.[1]).filter(Boolean));
    for (const want of ['Host', 'SPEAKER 1', 'SPEAKER 2'])
      if (!labels.has(want)) fail(S, `captions lack the speaker label "${want}:"`);
    if (![...labels].some((l) => /^[A-Z][a-z]+ [A-Z][a-z]+$/.test(l)))
      fail(S, 'captions lack a named speaker label');
    const spoken = cues.map((c) => c.text).join(' ');
    for (const [what, re] of [
      ['"um"', /\bum\b/i],
      ['"so yeah"', /\bso yeah\b/i],
      ['[inaudible]', /\[inaudible\]/],
      ['[laughs]', /\[laughs\]/],
    ])
      if (!re.test(spoken)) fail(S, `captions lack ${what}`);
    const broken = cues.filter(
      (c, i) => !/[.!?\]]$/.test(c.text) && cues[i + 1] && !SPEAKER.test(cues[i + 1].text),
    );
    if (broken.length < 10)
      fail(S, `only ${broken.length} sentences run across cues (want 10 or more)`);
    const readOut = cues.filter((c) => /^Host: .*\b(asks|asking|says)\b/.test(c.text));
    if (readOut.length < 4)
      fail(S, `the host reads out ${readOut.length} parents' questions (want 4 or more)`);
    if (lines.some((l) => /^#|^[A-Z][A-Z ,'-]{12,}$/.test(l)))
      fail(S, 'captions contain a heading: facts must be stated in speech');
    ok(
      S,
      `captions: ${cues.length} cues, speakers ${[...labels].join(' / ')}, ${broken.length} sentences across cues, ${readOut.length} questions read out`,
    );
  }

  // 3. a static-site Markdown page
  if (raw.md) {
    const m = raw.md;
    const fm = m.match(/^---\n([\s\S]*?)\n---\n/);
    if (!fm) fail(S, 'markdown page has no YAML front matter');
    else
      for (const k of ['title', 'date', 'tags', 'layout'])
        if (!new RegExp(`^${k}:\\s*\\S`, 'm').test(fm[1])) fail(S, `front matter lacks ${k}`);
    const body = fm ? m.slice(fm[0].length) : m;
    const fnRefs = new Set([...body.matchAll(/\[\^(\w+)\](?!:)/g)].map((x) => x[1]));
    const fnDefs = new Set([...body.matchAll(/^\[\^(\w+)\]:/gm)].map((x) => x[1]));
    if (fnRefs.size < 2) fail(S, 'markdown page has fewer than 2 footnotes');
    for (const r of fnRefs) if (!fnDefs.has(r)) fail(S, `footnote [^${r}] has no definition`);
    const refLinks = [...body.matchAll(/\]\[([\w-]+)\]/g)].map((x) => x[1]);
    if (refLinks.length < 2) fail(S, 'markdown page has fewer than 2 reference-style links');
    for (const r of refLinks)
      if (!new RegExp(`^\\[${r}\\]:\\s+https?://`, 'm').test(body))
        fail(S, `link reference [${r}] is undefined`);
    for (const a of ['> [!NOTE]', '> [!WARNING]'])
      if (!body.includes(a)) fail(S, `markdown page lacks a ${a} admonition`);
    const defs = body
      .split('\n')
      .filter((l, i, all) => /^: \S/.test(l) && /^\S/.test(all[i - 1] ?? ''));
    if (defs.length < 3)
      fail(S, `markdown glossary has ${defs.length} definitions (want 3 or more)`);
    if (count(body, /<table>/g) !== 1)
      fail(S, 'markdown page should embed exactly one HTML <table>');
    if (!/\{\{< button [^>]*>\}\}[^{]+\{\{< \/button >\}\}/.test(body))
      fail(S, 'markdown page lacks a {{< button >}} shortcode');
    ok(
      S,
      `markdown: front matter, ${fnRefs.size} footnotes, ${refLinks.length} reference links, 2 admonitions, ${defs.length} glossary terms, 1 table, ${count(body, /\{\{< button/g)} shortcodes`,
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
  if (!/^0121 496 0\d{3}$/.test(service.phone ?? ''))
    fail(S, `phone ${service.phone} is not in Ofcom's 0121 496 0xxx drama range`);
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
    if (!/^t21-\d\d$/.test(id ?? '')) fail(S, `bad id ${id}`);
    if (id !== `t21-${String(i + 1).padStart(2, '0')}`)
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
        '0121 496 0738',
        '01214960738',
        '+44 121 496 0738',
        '0121-496-0738',
        '(0121) 496 0738',
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
  if (langs.length < 3 || langs.length > 4)
    fail(S, `${langs.length} questions in other languages (want 3-4)`);
  // the question is really written in that language (its script or its own letters)
  const SCRIPT = {
    'Punjabi (Gurmukhi)': /[\u0A00-\u0A7F]{3}/,
    Arabic: /[\u0600-\u06FF]{3}/,
    Persian: /[\u067E\u0686\u06AF\u06CC\u06A9]/,
    Romanian: /[ăâîșțĂÂÎȘȚ]/,
  };
  for (const [id, m] of langs) {
    const q = questions.find((x) => x.id === id);
    if (!SCRIPT[m.lang]) fail(S, `${id}: no script check for ${m.lang}`);
    else if (!SCRIPT[m.lang].test(q?.q ?? ''))
      fail(S, `${id}: the question is not written in ${m.lang}`);
  }
  const notOnList = langs.filter(
    ([, m]) => !['Punjabi (Gurmukhi)', 'Romanian', 'Arabic', 'Somali', 'Bengali'].includes(m.lang),
  );
  if (!notOnList.length) fail(S, "all the languages come from the spec's example list");
  const dates = Object.entries(META).filter(([, m]) => m.date);
  if (dates.length < 8 || dates.length > 11)
    fail(S, `${dates.length} date questions (want about 9)`);
  const routes = Object.entries(META).filter(([, m]) => m.route);
  if (routes.length < 4 || routes.length > 7)
    fail(S, `${routes.length} route questions (want about 5)`);
  const askers = Object.values(META).map((m) => m.asker ?? '');
  for (const [who, re] of [
    ['a grandparent', /grand(parent|mother|father|ad|ma)/],
    ['a foster carer', /foster carer/],
    ['two young people aged 16-25', /young person \((1[6-9]|2[0-5])\)/],
    ['a SENCO', /SENCO/],
    ['a parent with little English', /little English/],
  ]) {
    const n = askers.filter((a) => re.test(a)).length;
    if (n < (who.startsWith('two') ? 2 : 1)) fail(S, `no question from ${who}`);
  }
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
const txtPage = pages.find((p) => p.file.endsWith('.txt'));
const cueTexts = txtPage ? parseVtt(readFileSync(txtPage.path, 'utf8')).map((c) => c.text) : [];
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
      if (page.file.endsWith('.txt') && !cueTexts.some((t) => norm(t).includes(norm(phrase))))
        fail(S, `${q.id}: "${phrase}" runs across two caption cues`);
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
