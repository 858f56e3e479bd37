#!/usr/bin/env node
// Validator for the "twentyfifth" blind evaluation set. Exit 0 = all good.
//
//   node check.mjs
//
// 1. questions.jsonl equals what check/build-questions.mjs renders
// 2. three pages in three formats (a Confluence page exported to HTML, a reStructuredText
//    source saved as .txt, a Word document converted to Markdown by pandoc), their format
//    features, word counts,
//    what the stripper leaves behind, no 8-word run shared with the shared guidance or the pages
//    of the three earlier sets, service.json, contact details on every page
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
import { loadPages, isConfluence, isRst, isPandocDocx } from './check/strip.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = '/work/shared';
const SCORER = join(SHARED, 'eval', 'score.mjs');
const RULE_EXAMPLES = join(SHARED, 'domain', 'rules-examples.json');
const SHARED_GUIDANCE = join(SHARED, 'guidance', 'kids-london-sen-mediation-local-offer.txt');
// the set this one is modelled on, and the two before it: their pages and questions must not be
// reused, and no decline topic of theirs may come back
const TEMPLATE = join(HERE, '..', 'twentyfourth');
const EARLIER = [TEMPLATE, join(HERE, '..', 'twentythird'), join(HERE, '..', 'twentysecond')];
// decline topics must also be new against the set before those
const TOPIC_SETS = [...EARLIER, join(HERE, '..', 'twentyfirst')];

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
  const conf = pages.find((p) => p.file.endsWith('.html') && isConfluence(raw[p.file]));
  const rst = pages.find((p) => p.file.endsWith('.txt') && isRst(raw[p.file]));
  const pd = pages.find((p) => p.file.endsWith('.md') && isPandocDocx(raw[p.file]));
  if (pages.length !== 3 || !conf || !rst || !pd)
    fail(
      S,
      `want a Confluence .html export, a reStructuredText .txt source and a pandoc .md page, got ${pages.map((p) => p.file).join(', ')}`,
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

  // 1. a Confluence page exported to HTML
  if (conf) {
    const h = raw[conf.file];
    need(
      conf,
      'no Confluence export skeleton (#page, #main-header, #content.view)',
      (x) =>
        /<div id="page">/.test(x) &&
        /<div id="main-header">/.test(x) &&
        /<div id="content" class="view">/.test(x),
    );
    const crumbs = count(h.match(/<ol id="breadcrumbs">[\s\S]*?<\/ol>/)?.[0] ?? '', /<li\b/g);
    if (crumbs < 3) fail(S, `Confluence page has ${crumbs} breadcrumbs (want 3+)`);
    need(
      conf,
      'no page title heading and "Created by … last modified" metadata',
      (x) =>
        /<h1 id="title-heading" class="pagetitle">/.test(x) &&
        /<div class="page-metadata">[\s\S]*?Created by <span class='author'>/.test(x),
    );
    need(conf, 'no table-of-contents macro', (x) => /<div class='toc-macro rbtoc\d+'>/.test(x));
    const kinds = new Set(
      [...h.matchAll(/confluence-information-macro-(information|note|warning|tip)"/g)].map(
        (m) => m[1],
      ),
    );
    if (kinds.size < 2) fail(S, `Confluence page has ${kinds.size} kinds of info macro (want 2+)`);
    need(conf, 'no panel macro with a header', (x) =>
      /<div class="panel"[^>]*><div class="panelHeader"/.test(x),
    );
    const tables = count(h, /<table class="wrapped confluenceTable">/g);
    const th = count(h, /<th class="confluenceTh">/g);
    const td = count(h, /<td class="confluenceTd">/g);
    if (tables < 2 || th < 4 || td < 15)
      fail(
        S,
        `Confluence page has ${tables} confluenceTables, ${th} th and ${td} td cells (want 2+, 4+, 15+)`,
      );
    const heads = count(h, /<h[12] id="Familyhandbook:gettingintouchandgettinghelp-[A-Za-z]+">/g);
    if (heads < 8)
      fail(S, `Confluence page has ${heads} headings with Confluence anchor ids (want 8+)`);
    const exp = [
      ...h.matchAll(
        /<div id="expander-(\d+)" class="expand-container"><div id="expander-control-\1" class="expand-control"[^>]*><span class="expand-control-icon icon">&nbsp;<\/span><span class="expand-control-text">([^<]+)<\/span><\/div><div id="expander-content-\1" class="expand-content expand-hidden">/g,
      ),
    ];
    const expQ = exp.filter((m) => /\?$/.test(m[2])).length;
    if (exp.length < 4 || expQ !== exp.length)
      fail(
        S,
        `Confluence FAQ has ${exp.length} expand macros, ${expQ} with a question (want 4+, all)`,
      );
    need(conf, 'no status lozenge', (x) =>
      /<span class="status-macro aui-lozenge[^"]*"[^>]*>[A-Z ]+<\/span>/.test(x),
    );
    need(conf, 'no user mention', (x) => /class="confluence-userlink user-mention"/.test(x));
    const tasks = count(
      h.match(/<ul class="inline-task-list"[\s\S]*?<\/ul>/)?.[0] ?? '',
      /<li data-inline-task-id="\d+">/g,
    );
    if (tasks < 3) fail(S, `Confluence page has ${tasks} inline tasks (want 3+)`);
    const lists = count(h.match(/<div id="main-content"[\s\S]*/)?.[0] ?? '', /<(ul|ol)>/g);
    if (lists < 3) fail(S, `Confluence page has ${lists} plain bullet or numbered lists (want 3+)`);
    need(
      conf,
      'no attachments section and "Document generated by Confluence" footer',
      (x) =>
        /<h2 id="attachments" class="pageSectionTitle">Attachments:<\/h2>/.test(x) &&
        /Document generated by Confluence on/.test(x),
    );
    ok(
      S,
      `Confluence export: ${crumbs} breadcrumbs, title and metadata, TOC macro, info macros (${[...kinds].join(', ')}), panel, ${tables} confluenceTables (${td} cells), ${heads} anchored headings, ${exp.length} expand-macro questions, status lozenge, user mention, ${tasks} tasks, ${lists} lists, attachments and footer`,
    );
  }

  // 2. a reStructuredText source
  if (rst) {
    const t = raw[rst.file];
    const lines = t.split('\n');
    const RULE = /^([=\-~^])\1{3,}$/;
    // overlined title and subtitle, each rule as long as the other
    const over = lines.filter(
      (l, i) =>
        RULE.test(l) &&
        lines[i + 2] === l &&
        lines[i + 1].trim() &&
        l.length >= lines[i + 1].length,
    ).length;
    if (over < 2) fail(S, `reST has ${over} overlined titles (want a title and a subtitle)`);
    const heads = lines
      .map((l, i) => [l, lines[i + 1] ?? '', lines[i - 1] ?? ''])
      .filter(([l, u, p]) => l.trim() && !/^[\s.:*#+|-]/.test(l) && RULE.test(u) && !RULE.test(p));
    const short = heads.filter(([l, u]) => u.length < l.length);
    if (short.length)
      fail(S, `reST heading rules shorter than their text: ${short.map(([l]) => l).join(' / ')}`);
    const secs = heads.filter(([, u]) => u[0] === '=').length;
    const subs = heads.filter(([, u]) => u[0] === '-').length;
    const faq = heads.filter(([l, u]) => u[0] === '-' && /\?$/.test(l)).length;
    if (secs < 6 || subs < 3 || faq < 4)
      fail(
        S,
        `reST has ${secs} sections, ${subs} subsections, ${faq} question subsections (want 6+, 3+, 4+)`,
      );
    for (const k of ['Author', 'Date', 'Revision'])
      if (!new RegExp(`^:${k}: \\S`, 'm').test(t)) fail(S, `reST docinfo lacks :${k}:`);
    const subsDef = [...t.matchAll(/^\.\. \|([\w-]+)\| replace:: \S/gm)].map((m) => m[1]);
    const subsUsed = [
      ...t.replace(/^\.\. \|[\w-]+\| replace::.*$/gm, '').matchAll(/\|([\w-]+)\|/g),
    ].map((m) => m[1]);
    if (subsDef.length < 2 || !subsUsed.length || subsUsed.some((u) => !subsDef.includes(u)))
      fail(
        S,
        `reST substitutions: defined ${subsDef.join(', ')}, used ${[...new Set(subsUsed)].join(', ')}`,
      );
    need(rst, 'no contents directive', (x) => /^\.\. contents:: .+\n {3}:local:/m.test(x));
    const adm = [...t.matchAll(/^\.\. (note|warning|tip|important|caution)::$/gm)].map((m) => m[1]);
    if (new Set(adm).size < 3) fail(S, `reST has admonitions ${adm.join(', ')} (want 3+ kinds)`);
    const lt =
      t.match(
        /^\.\. list-table:: .+\n {3}:header-rows: 1\n {3}:widths: [\d ]+\n\n((?: {3}.*\n|\n)+)/m,
      )?.[1] ?? '';
    const ltRows = count(lt, /^ {3}\* - /gm);
    if (ltRows < 8)
      fail(S, `reST list-table has ${ltRows} rows (want 8+, with :header-rows: and :widths:)`);
    const grid = t.match(/^\+[-+]+\+\n\|.*\|\n\+[=+]+\+\n(?:[|+].*\n)+/m)?.[0] ?? '';
    const gridRows = count(grid, /^\+-[-+]+\+$/gm);
    if (gridRows < 4)
      fail(S, `reST grid table has ${gridRows} body rows (want 4+, with a ==== header rule)`);
    const dl = count(t, /^[A-Z][\w ,]+\n {3}\S/gm);
    if (dl < 2) fail(S, `reST has ${dl} definition-list terms (want 2+)`);
    const enums = count(t, /^(#|\d)\. \S/gm);
    const bullets = count(t, /^\* \S/gm);
    if (enums < 6 || bullets < 3)
      fail(S, `reST has ${enums} enumerated and ${bullets} bullet items (want 6+, 3+)`);
    const fnRefs = count(t, /\[#\]_/g);
    const fnDefs = count(t, /^\.\. \[#\] \S/gm);
    if (fnRefs < 2 || fnRefs !== fnDefs)
      fail(
        S,
        `reST has ${fnRefs} auto-numbered footnote references and ${fnDefs} footnotes (want 2+, equal)`,
      );
    const targets = [...t.matchAll(/^\.\. _([\w-]+):$/gm)].map((m) => m[1]);
    const refs = [...t.matchAll(/:ref:`[^<`]+<([\w-]+)>`/g)].map((m) => m[1]);
    if (targets.length < 3 || !refs.length || refs.some((r) => !targets.includes(r)))
      fail(
        S,
        `reST internal targets ${targets.join(', ')} and :ref: roles ${refs.join(', ')} (want 3+ targets, refs to them)`,
      );
    const named = [...t.matchAll(/^\.\. _([^:\n]+): https?:\/\/\S+$/gm)].map((m) => m[1]);
    if (!named.length || named.some((n) => !t.includes(`\`${n}\`_`)))
      fail(S, 'reST has no named external target used by a `Name`_ reference');
    need(rst, 'no embedded-URI link `text <url>`_', (x) => /`[^`<]+ <https?:\/\/[^>]+>`_/.test(x));
    const secRefs = [...t.matchAll(/`([^`<]+)`_/g)]
      .map((m) => m[1])
      .filter((r) => !named.includes(r));
    if (!secRefs.length || secRefs.some((r) => !heads.some(([l]) => l === r)))
      fail(
        S,
        `reST implicit section references ${secRefs.join(', ')} (want 1+, each a real section title)`,
      );
    need(rst, 'no comment block at the top', (x) =>
      /^\.\. (?![_|[])(?![\w-]+::)\S/.test(x.split('\n')[0]),
    );
    need(rst, 'no rubric', (x) => /^\.\. rubric:: \S/m.test(x));
    ok(
      S,
      `reStructuredText: overlined title and subtitle, docinfo, ${subsDef.length} substitutions, contents, ${secs} sections / ${subs} subsections (${faq} FAQ questions), admonitions (${[...new Set(adm)].join(', ')}), a ${ltRows}-row list-table, a ${gridRows}-row grid table, ${dl} definition terms, ${enums} enumerated and ${bullets} bullet items, ${fnRefs} footnotes, ${targets.length} targets with :ref:, named and embedded links, section references, comment and rubric`,
    );
  }

  // 3. a Word document converted to Markdown by pandoc
  if (pd) {
    const m = raw[pd.file];
    const yaml = m.match(/^---\n((?:[a-z]+: .*\n)+)---\n/)?.[1] ?? '';
    const keys = [...yaml.matchAll(/^([a-z]+):/gm)].map((x) => x[1]);
    if (keys.join() !== 'author,date,title')
      fail(
        S,
        `pandoc metadata keys ${keys.join(', ')} (want author, date, title, in pandoc's alphabetical order)`,
      );
    const imgs = count(
      m,
      /!\[[^\]]+\]\(media\/image\d+\.(png|jpe?g)\)\{width="[\d.]+in"\s+height="[\d.]+in"\}/g,
    );
    if (imgs < 2) fail(S, `pandoc page has ${imgs} media/ images with width and height (want 2+)`);
    need(pd, 'no custom-style fenced div', (x) =>
      /^::: \{custom-style="[^"]+"\}\n[\s\S]+?\n:::$/m.test(x),
    );
    const heads = count(m, /^#{1,2} \[\]\{#_Toc\d+ \.anchor\}\S/gm);
    if (heads < 10)
      fail(S, `pandoc page has ${heads} headings with Word _Toc bookmarks (want 10+)`);
    const grid = m.match(/^\+[-+]+\+\n\|.*\|\n\+[=+]+\+\n(?:[|+].*\n)+/m)?.[0] ?? '';
    const gridRows = count(grid, /^\+-[-+]+\+$/gm);
    if (gridRows < 4) fail(S, `pandoc grid table has ${gridRows} body rows (want 4+)`);
    const simple = m.match(/^ {2}\S.*\n {2}-{3,}( +-{3,})+\n((?: {2}\S.*\n)+)/m)?.[2] ?? '';
    const simpleRows = count(simple, /^ {2}\S/gm);
    if (simpleRows < 4) fail(S, `pandoc simple table has ${simpleRows} rows (want 4+)`);
    const bullets = count(m, /^- {3}\S/gm);
    const numbered = count(m, /^\d\. {2}\S/gm);
    if (bullets < 4 || numbered < 3)
      fail(
        S,
        `pandoc page has ${bullets} "-   " bullets and ${numbered} "1.  " items (want 4+, 3+)`,
      );
    const fnRefs = [...m.matchAll(/\[\^(\d+)\](?!:)/g)].map((x) => x[1]);
    const fnDefs = [...m.matchAll(/^\[\^(\d+)\]: \S/gm)].map((x) => x[1]);
    if (fnRefs.length < 2 || fnRefs.join() !== fnDefs.join())
      fail(
        S,
        `pandoc footnotes: references ${fnRefs.join(', ')}, notes ${fnDefs.join(', ')} (want 2+, matching)`,
      );
    const cs = [
      ...m.matchAll(/\{\.comment-start\s+id="(\d+)"\s+author="[^"]+"\s+date="[^"]+"\}/g),
    ].map((x) => x[1]);
    const ce = [...m.matchAll(/\[\]\{\.comment-end\s+id="(\d+)"\}/g)].map((x) => x[1]);
    if (!cs.length || cs.join() !== ce.join())
      fail(S, 'pandoc page has no Word comment with matching comment-start and comment-end');
    const esc = count(m, /\\'/g);
    if (esc < 3) fail(S, `pandoc page has ${esc} backslash-escaped apostrophes (want 3+)`);
    const qa = count(m, /^\*\*[^*]+\?\*\*\\\n\S/gm);
    if (qa < 4) fail(S, `pandoc Q&A has ${qa} bold questions ending in a line break (want 4+)`);
    need(pd, 'no [text]{.underline} span', (x) => /\[[^\]]+\]\{\.underline\}/.test(x));
    need(pd, 'no autolink <address>', (x) => /<[\w.]+@[\w.]+>/.test(x));
    ok(
      S,
      `pandoc Markdown from Word: metadata ${keys.join(', ')}, ${imgs} images, custom-style div, ${heads} _Toc headings, a ${gridRows}-row grid table and a ${simpleRows}-row simple table, ${bullets} bullets and ${numbered} numbered items, ${fnRefs.length} footnotes, a Word comment, ${esc} escapes, ${qa} Q&A line breaks, underline span, autolink`,
    );
  }

  // the stripper leaves no markup behind
  for (const p of pages) {
    const left = p.blocks.filter((b) =>
      /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;|^\||^[=~^+-]{3,}|::|^\.\. |\|[\w-]+\||\[#\]|`|\*\*|\]\{|\{[#.]|\[\^|^:::|\\|!\[|^(#|\* |- |\d+\. )|\b\w+_(?=[\s).,]|$)|expand-|confluence/i.test(
        b,
      ),
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
    `no 8-word run copied from /work/shared/guidance or the ${nEarlier} pages of twentyfourth, twentythird and twentysecond`,
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
  if (!/^0117 496 0\d{3}$/.test(service.phone ?? ''))
    fail(S, `phone ${service.phone} is not in Ofcom's 0117 496 0xxx drama range`);
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
    if (!/18 Chandlers Wharf, Severnhythe/.test(text)) fail(S, `${p.file} lacks the address`);
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
    if (!/^t25-\d\d$/.test(id ?? '')) fail(S, `bad id ${id}`);
    if (id !== `t25-${String(i + 1).padStart(2, '0')}`)
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
        '0117 496 0583',
        '01174960583',
        '+44 117 496 0583',
        '0117-496-0583',
        '(0117) 496 0583',
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
  // words end at a space or punctuation: \b does not work next to letters such as è or ó
  const W = (ws) => `(?:^|[\\s,.;:!?(])(?:${ws})(?=[\\s,.;:!?)]|$)`;
  const SCRIPT = {
    // Lithuanian letters (ą č ę ė į š ų ū ž) and its small words
    Lithuanian: new RegExp(
      `[ąčęėįšųūž][\\s\\S]*${W('ir|kad|mano|yra|ar|su|per|kada|iki|jei|po|bus')}`,
      'i',
    ),
    // Arabic script with letters only Pashto uses (ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې)
    Pashto:
      /[\u0600-\u06FF]{3}[\s\S]*[\u067C\u0681\u0685\u0689\u0693\u0696\u069A\u06AB\u06BC\u06CD\u06D0]/,
    // Vietnamese tone-marked vowels and its small words
    Vietnamese: new RegExp(
      `[ơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ][\\s\\S]*${W('tôi|của|là|có|không|và|được|trong')}`,
      'i',
    ),
    // Italian accented vowels and its small words
    Italian: new RegExp(`[àèéìòù][\\s\\S]*${W('il|di|che|per|mio|una|non|è|lo|la|ma')}`, 'i'),
  };
  for (const [id, m] of langs) {
    const q = questions.find((x) => x.id === id);
    if (!SCRIPT[m.lang]) fail(S, `${id}: no script check for ${m.lang}`);
    else if (!SCRIPT[m.lang].test(q?.q ?? ''))
      fail(S, `${id}: the question is not written in ${m.lang}`);
  }
  const qOf = (id) => questions.find((x) => x.id === id)?.q ?? '';
  // Pashto, not Urdu or Persian: no Urdu-only ے ں ٹ ڈ ڑ, no Arabic-only ة
  for (const [id] of langs.filter(([, x]) => x.lang === 'Pashto'))
    if (/[\u06D2\u06BA\u0679\u0688\u0691\u0629]/.test(qOf(id)))
      fail(S, `${id}: Urdu or Arabic letter forms in a Pashto question`);
  // Italian, not Spanish or Portuguese: no ñ, ã, õ, ç
  for (const [id] of langs.filter(([, x]) => x.lang === 'Italian'))
    if (/[ñãõç¿¡]/i.test(qOf(id)))
      fail(S, `${id}: Spanish or Portuguese letters in an Italian question`);
  // Lithuanian, not Latvian or Polish: no ā ē ī ļ ņ ķ ģ ł ś ż
  for (const [id] of langs.filter(([, x]) => x.lang === 'Lithuanian'))
    if (/[āēīļņķģłśż]/i.test(qOf(id)))
      fail(S, `${id}: Latvian or Polish letters in a Lithuanian question`);
  // the languages are new: none was used by the earlier sets
  const theirLangs = new Set();
  for (const dir of TOPIC_SETS) {
    const f = join(dir, 'check', 'build-questions.mjs');
    if (existsSync(f))
      for (const x of readFileSync(f, 'utf8').matchAll(/lang: '([^']+)'/g)) theirLangs.add(x[1]);
  }
  if (theirLangs.size < 12) fail(S, `read only ${theirLangs.size} languages from the earlier sets`);
  for (const [id, m] of langs)
    if (theirLangs.has(m.lang)) fail(S, `${id}: ${m.lang} was already used by an earlier set`);
  // answer b is written in the asker's language
  for (const [id, m] of langs) {
    const b = ANSWERS[id]?.b ?? '';
    if (SCRIPT[m.lang] && !SCRIPT[m.lang].test(b)) fail(S, `${id}: answer b is not in ${m.lang}`);
  }
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
    ['a SENCO, teacher or teaching assistant', /SENCO|teacher|teaching assistant/, 2],
    ['a grandparent or kinship carer', /grandparent|kinship/, 1],
    ['a parent with little English writing English', /little English \(writing English\)/, 1],
    ['a dad', /^dad\b/, 2],
    ['someone with a disability', /with a disability/, 2],
  ]) {
    const got = askers.filter((a) => re.test(a)).length;
    if (got < n) fail(S, `${got} questions from ${who} (want ${n}+)`);
  }
  // moderate West Country (Bristol) dialect: these words, each used at least once
  const allQ = questions.map((q) => q.q.toLowerCase()).join(' \n ');
  for (const [w, re] of [
    ['my lover', /\bmy lover\b/],
    ['gert', /\bgert\b/],
    ['lush', /\blush\b/],
    ['babber', /\bbabber('s)?\b/],
    ['dreckly', /\bdreckly\b/],
    ['tamping', /\btamping\b/],
    ["where's … to", /\bwhere's [a-z ]{1,20} to\b/],
    ["we'm", /\bwe'm\b/],
  ])
    if (!re.test(allQ)) fail(S, `no question uses "${w}"`);
  const dialect = questions.filter((q) =>
    /\b(my lover|gert|gurt|lush|babber('s)?|dreckly|tamping|we'm|innit|where's [a-z ]{1,20} to)\b/i.test(
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
    ].map((m) => `t25-${m[2]} ${m[1].trim()}`);
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
