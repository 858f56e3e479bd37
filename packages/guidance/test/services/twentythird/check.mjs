#!/usr/bin/env node
// Validator for the "twentythird" blind evaluation set. Exit 0 = all good.
//
//   node check.mjs
//
// 1. questions.jsonl equals what check/build-questions.mjs renders
// 2. three pages in three formats (a Google Docs "Download as Web page" export, a Mailchimp
//    e-mail newsletter saved as HTML, a Hugo/Jekyll Markdown source), their format features,
//    word counts, what the stripper leaves behind, no 8-word run shared with the shared guidance
//    or the pages of the two earlier sets, service.json, contact details on every page
// 3. 60 questions (45 answer, 15 decline), ids, fields, regexes, page spread, languages and
//    their scripts, askers, dialect, follow-ons, routes, dates, decline topics
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
import { loadPages, isGoogleDoc, isMailchimp, frontMatter } from './check/strip.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = '/work/shared';
const SCORER = join(SHARED, 'eval', 'score.mjs');
const RULE_EXAMPLES = join(SHARED, 'domain', 'rules-examples.json');
const SHARED_GUIDANCE = join(SHARED, 'guidance', 'kids-london-sen-mediation-local-offer.txt');
// the set this one is modelled on, and the one before it: their pages and questions must not be
// reused, and no decline topic of theirs may come back
const TEMPLATE = join(HERE, '..', 'twentysecond');
const EARLIER = [TEMPLATE, join(HERE, '..', 'twentyfirst')];

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
  const gdoc = pages.find((p) => p.file.endsWith('.html') && isGoogleDoc(raw[p.file]));
  const mail = pages.find((p) => p.file.endsWith('.html') && isMailchimp(raw[p.file]));
  const hugo = pages.find((p) => p.file.endsWith('.md'));
  if (pages.length !== 3 || !gdoc || !mail || !hugo)
    fail(
      S,
      `want a Google Docs .html export, a Mailchimp .html e-mail and a Hugo .md page, got ${pages.map((p) => p.file).join(', ')}`,
    );
  const total = pages.reduce((n, p) => n + p.words, 0);
  for (const p of pages) {
    if (p.words < 900 || p.words > 2000) fail(S, `${p.file}: ${p.words} words (want 900-2000)`);
  }
  if (total < 3500 || total > 4500) fail(S, `total ${total} words (want 3500-4500)`);
  else ok(S, `${pages.map((p) => `${p.file} ${p.words}`).join(', ')}; total ${total} words`);

  const count = (s, re) => (s.match(re) ?? []).length;
  const need = (page, what, test) => {
    if (page && !test(raw[page.file])) fail(S, `${page.file}: ${what}`);
  };

  // 1. Google Docs "Download as Web page (.html)"
  if (gdoc) {
    const h = raw[gdoc.file];
    const style = h.match(/<style type="text\/css">([\s\S]*?)<\/style>/)?.[1] ?? '';
    const classes = new Set([...style.matchAll(/\.c(\d+)\{/g)].map((m) => Number(m[1])));
    const maxClass = Math.max(0, ...classes);
    if (classes.size < 25 || maxClass < 25)
      fail(
        S,
        `Google Doc <style> has ${classes.size} generated .cN classes up to .c${maxClass} (want 25+)`,
      );
    const bold = new Set([...style.matchAll(/\.(c\d+)\{[^}]*font-weight:700/g)].map((m) => m[1]));
    need(gdoc, 'no lst-kix list classes in the <style> block', () =>
      /\.lst-kix_[a-z0-9]+-0>li:before/.test(style),
    );
    need(gdoc, 'no <body class="cN doc-content">', (x) =>
      /<body class="c\d+ doc-content">/.test(x),
    );
    const realHeadings = count(h, /<h[1-3] class="c\d+" id="h\.[a-z0-9]+">/g);
    const styledHeadings = [
      ...h.matchAll(/<p class="c\d+"><span class="(c\d+)">[^<]{3,80}<\/span><\/p>/g),
    ].filter((m) => bold.has(m[1])).length;
    if (realHeadings < 3)
      fail(S, `Google Doc has ${realHeadings} <h1>-<h3> headings with id="h.…" (want 3+)`);
    if (styledHeadings < 3)
      fail(
        S,
        `Google Doc has ${styledHeadings} headings that are only bold <p><span> lines (want 3+)`,
      );
    const fragmented = [...h.matchAll(/<p class="c\d+">([\s\S]*?)<\/p>/g)].filter(
      (m) => count(m[1], /<span\b/g) >= 3,
    ).length;
    if (fragmented < 6)
      fail(S, `Google Doc has ${fragmented} paragraphs split over 3+ <span>s (want 6+)`);
    const lists = count(h, /<ul class="c\d+ lst-kix_[a-z0-9]+-0 start">/g);
    if (lists < 2)
      fail(S, `Google Doc has ${lists} <ul class="cN lst-kix_…_0 start"> lists (want 2+)`);
    const tables = count(h, /<table\b/g);
    if (tables !== 1) fail(S, `Google Doc has ${tables} tables (want exactly one)`);
    const marks = [
      ...h.matchAll(/<sup[^>]*><a href="#ftnt(\d+)" id="ftnt_ref\1">\[([a-z])\]<\/a><\/sup>/g),
    ];
    const notes = [...h.matchAll(/<a href="#ftnt_ref(\d+)" id="ftnt\1">\[([a-z])\]<\/a>/g)];
    const afterHr = h.slice(h.lastIndexOf('<hr'));
    if (
      marks.length < 3 ||
      notes.length !== marks.length ||
      !notes.every((n) => afterHr.includes(n[0]))
    )
      fail(
        S,
        `Google Doc footnotes: ${marks.length} [a]-style markers, ${notes.length} notes at the end (want 3+, matched, after the last <hr>)`,
      );
    need(
      gdoc,
      'no comment anchor (cmnt_ref) with its comment at the end',
      (x) =>
        /<sup[^>]*><a href="#cmnt1" id="cmnt_ref1">\[[a-z]\]<\/a><\/sup>/.test(x) &&
        /<a href="#cmnt_ref1" id="cmnt1">/.test(afterHr),
    );
    const spacers = count(h, /<p class="c\d+"><span class="c\d+"><\/span><\/p>/g);
    if (spacers < 5) fail(S, `Google Doc has ${spacers} empty spacer paragraphs (want 5+)`);
    need(gdoc, 'no google.com/url?q= link', (x) =>
      /href="https:\/\/www\.google\.com\/url\?q=/.test(x),
    );
    ok(
      S,
      `Google Docs export: ${classes.size} generated classes (.c0-.c${maxClass}), ${realHeadings} real and ${styledHeadings} bold-<p> headings, ${fragmented} span-split paragraphs, ${lists} lst-kix lists, one table, ${marks.length} footnotes [${marks.map((m) => m[2]).join(',')}], a comment anchor, ${spacers} spacers`,
    );
  }

  // 2. a Mailchimp e-mail newsletter saved as HTML
  if (mail) {
    const h = raw[mail.file];
    const tables = count(h, /<table\b/g);
    if (tables < 15) fail(S, `newsletter has ${tables} tables (want a table layout, 15+)`);
    need(mail, 'no hidden preheader text', (x) =>
      /<span class="mcnPreviewText" style="display:none;[^"]*">[^<]{20,}<\/span>/.test(x),
    );
    need(mail, 'no "View this email in your browser" link', (x) =>
      /<a href="[^"]+">View this email in your browser<\/a>/.test(
        x.replace(/ target="_blank"/g, ''),
      ),
    );
    const mso = count(h, /<!--\[if (gte )?mso( \d+)?\]>|<!--\[if \(gte mso 9\)\|\(IE\)\]>/g);
    if (mso < 4) fail(S, `newsletter has ${mso} MSO conditional comments (want 4+)`);
    need(mail, 'no header image with alt text', (x) =>
      /id="templateHeader"[\s\S]*?<img[^>]*alt="[^"]{20,}"/.test(x),
    );
    need(mail, 'no "Ask the mediator" Q&A column with 3+ questions', (x) => {
      const col = x.match(/<h2>Ask the mediator<\/h2>([\s\S]*?)<\/td>/)?.[1] ?? '';
      return count(col, /<h3>&ldquo;[\s\S]*?\?&rdquo;<\/h3>/g) >= 3;
    });
    need(
      mail,
      'no "Dates for your diary" block with dated rows',
      (x) =>
        /<h2>Dates for your diary<\/h2>/.test(x) &&
        count(
          x,
          /<tr><td width="32%"><strong>(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ \w+ 20\d\d<\/strong>/g,
        ) >= 3,
    );
    need(
      mail,
      'no two-column block',
      (x) => count(x, /class="mcnTextContentContainer columnWrapper"/g) === 2,
    );
    need(mail, 'no button link', (x) => /class="mcnButton"[^>]*href="https?:\/\/[^"]+"/.test(x));
    const social = count(
      h,
      /<img src="[^"]*social-block[^"]*" alt="(Facebook|Instagram|YouTube|X|Website)"/g,
    );
    if (social < 3) fail(S, `newsletter has ${social} social icons (want 3+)`);
    need(
      mail,
      'no footer with the postal address, "Why did I get this?", unsubscribe and preferences',
      (x) =>
        /Our mailing address is:/.test(x) &&
        />Why did I get this\?</.test(x) &&
        />unsubscribe from this list</.test(x) &&
        />update your preferences</.test(x),
    );
    ok(
      S,
      `Mailchimp e-mail: ${tables} layout tables, hidden preheader, view-in-browser link, ${mso} MSO conditionals, header image with alt text, Ask the mediator Q&A, dates for your diary, two-column block, button, ${social} social icons, footer with address, "Why did I get this?", unsubscribe and preferences`,
    );
  }

  // 3. a Hugo/Jekyll Markdown source
  if (hugo) {
    const m = raw[hugo.file];
    const fm = frontMatter(m);
    const keys = fm ? Object.keys(fm.fields) : [];
    for (const k of ['title', 'date', 'tags', 'description', 'weight', 'draft'])
      if (!keys.includes(k)) fail(S, `Hugo front matter lacks ${k}`);
    if (fm && fm.fields.draft !== 'false') fail(S, 'Hugo front matter is not draft: false');
    const det = count(m, /^\{\{< details summary="[^"]+" >\}\}$/gm);
    const detEnd = count(m, /^\{\{< \/details >\}\}$/gm);
    if (det < 3 || det !== detEnd)
      fail(S, `Hugo page has ${det} details shortcodes (${detEnd} closed; want 3+)`);
    const call = count(m, /^\{\{< callout type="warning" >\}\}$/gm);
    if (call < 1 || call !== count(m, /^\{\{< \/callout >\}\}$/gm))
      fail(S, 'Hugo page lacks a closed {{< callout type="warning" >}} shortcode');
    const kram = count(m, /^\{: \.[\w-]+\}$/gm);
    if (kram < 1) fail(S, 'Hugo page lacks a kramdown attribute line ({: .notice})');
    const refs = new Set([...m.matchAll(/\[\^(\w+)\](?!:)/g)].map((x) => x[1]));
    const defs = new Set([...m.matchAll(/^\[\^(\w+)\]:/gm)].map((x) => x[1]));
    if (refs.size < 2 || [...refs].some((r) => !defs.has(r)))
      fail(
        S,
        `Hugo page footnotes: ${refs.size} references, ${defs.size} definitions (want 2+, all defined)`,
      );
    const table = count(m, /^\|( --- \|)+$/gm);
    if (table < 1) fail(S, 'Hugo page has no Markdown table');
    const dl = count(m, /^[A-Z][\w ]+\n: \S/gm);
    if (dl < 4) fail(S, `Hugo page has ${dl} glossary terms with ": definition" lines (want 4+)`);
    const ents = count(m, /&[a-z]+;/g);
    if (ents < 5) fail(S, `Hugo page has ${ents} HTML entities (want 5+)`);
    if (!/^<!--more-->$/m.test(m)) fail(S, 'Hugo page lacks the <!--more--> marker');
    const rel = count(m, /\]\((\.\.\/|\/)[^)]*\)/g);
    if (rel < 2) fail(S, `Hugo page has ${rel} relative links (want 2+)`);
    ok(
      S,
      `Hugo Markdown: front matter (${keys.join(', ')}), ${det} details and ${call} callout shortcodes, ${kram} kramdown line, ${refs.size} footnotes, a table, ${dl} glossary terms, ${ents} entities, <!--more-->, ${rel} relative links`,
    );
  }

  // the stripper leaves no markup behind
  for (const p of pages) {
    const left = p.blocks.filter((b) =>
      /<\/?[a-z][^>]*>|\{\{[<%]|\{:|\[\^|&[a-z]+;|&#\d+;|\[[a-e]\]|\*\|[A-Z_:]+\|\*|^\|/i.test(b),
    );
    if (left.length)
      fail(S, `${p.file}: stripped text keeps markup: ${left.slice(0, 2).join(' / ')}`);
  }

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
  ok(
    S,
    `no 8-word run copied from /work/shared/guidance or the ${nEarlier} pages of twentysecond and twentyfirst`,
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
  for (const dir of EARLIER) {
    const f = join(dir, 'service.json');
    if (!existsSync(f)) continue;
    const them = JSON.parse(readFileSync(f, 'utf8'));
    for (const k of ['name', 'phone', 'email', 'website'])
      if (them[k] === service[k]) fail(S, `service.json ${k} repeats ${f}`);
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
    if (!/07700 ?900\d{3}/.test(text)) fail(S, `${p.file} lacks the text number`);
    if (!/27 Furnace Street, Gorsebrook/.test(text)) fail(S, `${p.file} lacks the address`);
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
    if (!/^t23-\d\d$/.test(id ?? '')) fail(S, `bad id ${id}`);
    if (id !== `t23-${String(i + 1).padStart(2, '0')}`)
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
        '0121 496 0915',
        '01214960915',
        '+44 121 496 0915',
        '0121-496-0915',
        '(0121) 496 0915',
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
  // the question is really written in that language (its script, or its own letters and words)
  const SCRIPT = {
    Gujarati: /[\u0A80-\u0AFF]{3}/,
    // Arabic script with letters Arabic does not use (پ چ ژ گ) or the Persian forms of ی and ک
    Persian: /[\u0600-\u06FF]{3}[\s\S]*[\u067E\u0686\u0698\u06AF\u06CC\u06A9]/,
    Turkish: /[çğışöüİ][\s\S]*\b(ve|bir|için|mi|mı|bu|ne|en|ile)\b/i,
    Spanish: /[¿¡ñáéíóú][\s\S]*\b(el|la|de|que|por|se|mi|una|los)\b/i,
  };
  for (const [id, m] of langs) {
    const q = questions.find((x) => x.id === id);
    if (!SCRIPT[m.lang]) fail(S, `${id}: no script check for ${m.lang}`);
    else if (!SCRIPT[m.lang].test(q?.q ?? ''))
      fail(S, `${id}: the question is not written in ${m.lang}`);
  }
  // Persian, not Arabic: no Arabic-only letter forms (ك ي)
  for (const [id] of langs.filter(([, x]) => x.lang === 'Persian'))
    if (/[\u0643\u064A]/.test(questions.find((x) => x.id === id)?.q ?? ''))
      fail(S, `${id}: Arabic letter forms in a Persian question`);
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
  for (const [who, re, n] of [
    ['a foster carer', /foster carer/, 1],
    ['young people aged 16-25', /^young person \((1[6-9]|2[0-5])\)/, 3],
    ['young people asking in their own name', /^young person \(\d\d\), in own name/, 2],
    ['a SENCO or teacher', /SENCO|teacher/, 2],
    ['a parent with little English writing English', /little English \(writing English\)/, 1],
    ['a dad', /^dad\b/, 2],
    ['someone with a disability', /with a disability/, 2],
  ]) {
    const got = askers.filter((a) => re.test(a)).length;
    if (got < n) fail(S, `${got} questions from ${who} (want ${n}+)`);
  }
  // moderate Black Country dialect: the spec's words, each used at least once
  const allQ = questions.map((q) => q.q.toLowerCase()).join(' \n ');
  for (const [w, re] of [
    ['ar', /(^|[^a-z'])ar([^a-z']|$)/],
    ['yow', /\byow\b/],
    ['bab', /\bbab\b/],
    ['bostin', /\bbostin\b/],
    ['tara-a-bit', /\btara-a-bit\b/],
    ['ow bist', /\bow bist\b/],
  ])
    if (!re.test(allQ)) fail(S, `no question uses "${w}"`);
  const dialect = questions.filter((q) =>
    /\b(yow|yowr|ay|cor|bab|bostin|ar|werk|werkin|summat|our kid|ow bist|ow am yow|tara-a-bit|day catch)\b/i.test(
      q.q,
    ),
  ).length;
  if (dialect < 10 || dialect > 25)
    fail(S, `${dialect} questions in dialect (want a moderate 10-25)`);
  const follow = askers.filter((a) => /follow-on/.test(a)).length;
  if (follow < 3) fail(S, `${follow} follow-on questions (want 3 or more)`);
  // declines: each has a topic, and no topic repeats one of the earlier sets' declines exactly
  const declineTopics = decline.map((q) => [q.id, META[q.id]?.topic]);
  for (const [id, t] of declineTopics) if (!t) fail(S, `${id}: decline has no topic in META`);
  const theirTopics = [];
  for (const dir of EARLIER) {
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
  for (const [id, t] of declineTopics)
    if (t && theirTopics.includes(t.toLowerCase()))
      fail(S, `${id}: decline topic "${t}" repeats an earlier set's`);
  // this README lists the same topics, in the form the next set's check.mjs reads
  {
    const mine =
      readFileSync(join(HERE, 'README.md'), 'utf8').match(/\*\*Declines\*\*[\s\S]*?\n\n/)?.[0] ??
      '';
    const listed = [
      ...mine.replace(/\s+/g, ' ').matchAll(/(?:^|[,:] )([A-Za-z0-9' -]+?) \((\d\d)\)/g),
    ].map((m) => `t23-${m[2]} ${m[1].trim()}`);
    const want = declineTopics.map(([id, t]) => `${id} ${t}`);
    if (listed.join('|') !== want.join('|'))
      fail(
        S,
        `README's decline list differs from META: ${listed.filter((x) => !want.includes(x)).join('; ')}`,
      );
  }
  if (new Set(declineTopics.map(([, t]) => t)).size !== declineTopics.length)
    fail(S, 'two declines share a topic');
  // the questions are new: no run of 8 words shared with the earlier sets' questions
  const theirQ = new Set();
  for (const dir of EARLIER) {
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
      `${theirTopics.length} earlier decline topics, none repeated`,
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
