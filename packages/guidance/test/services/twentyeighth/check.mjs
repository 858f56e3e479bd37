#!/usr/bin/env node
// Validator for the "twentyeighth" blind evaluation set. Exit 0 = all good.
//
//   node check.mjs
//
// 1. questions.jsonl equals what check/build-questions.mjs renders
// 2. three pages in three formats (a Wix site page saved from the browser as HTML, an Obsidian
//    note in Markdown, a WhatsApp group chat exported as text), their format features, word
//    counts, what the stripper leaves behind, no 8-word run shared with the shared guidance or
//    the pages of twentyseventh, twentysixth and twentyfifth, service.json, contact details on
//    every page
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
import { loadPages, isWix, isObsidian, isWhatsApp } from './check/strip.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = '/work/shared';
const SCORER = join(SHARED, 'eval', 'score.mjs');
const RULE_EXAMPLES = join(SHARED, 'domain', 'rules-examples.json');
const SHARED_GUIDANCE = join(SHARED, 'guidance', 'kids-london-sen-mediation-local-offer.txt');
// The earlier sets are this folder's siblings: join(HERE, '..', '<set>'). While this set is
// written in /work/fresh they live in /work/fresh/ref; when it joins them, set REF to
// join(HERE, '..').
const REF = join(HERE, '..');
const set = (name) => join(REF, name);
// the three latest sets: their pages must not be reused
const EARLIER = [set('twentyseventh'), set('twentysixth'), set('twentyfifth')];
// decline topics, languages, service details and questions must also be new against all of these
const TOPIC_SETS = [
  ...EARLIER,
  set('twentyfourth'),
  set('twentythird'),
  set('twentysecond'),
  set('twentyfirst'),
];

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
  const wx = pages.find((p) => p.file.endsWith('.html') && isWix(raw[p.file]));
  const ob = pages.find((p) => p.file.endsWith('.md') && isObsidian(raw[p.file]));
  const wa = pages.find((p) => p.file.endsWith('.txt') && isWhatsApp(raw[p.file]));
  if (pages.length !== 3 || !wx || !ob || !wa)
    fail(
      S,
      `want a Wix .html page, an Obsidian .md note and a WhatsApp chat export .txt, got ${pages.map((p) => p.file).join(', ')}`,
    );
  const total = pages.reduce((n, p) => n + p.words, 0);
  for (const p of pages) {
    if (p.words < 1200 || p.words > 1800) fail(S, `${p.file}: ${p.words} words (want 1200-1800)`);
  }
  if (total < 3500 || total > 4500) fail(S, `total ${total} words (want 3500-4500)`);
  else ok(S, `${pages.map((p) => `${p.file} ${p.words}`).join(', ')}; total ${total} words`);

  const count = (s, re) => (s.match(re) ?? []).length;
  const need = (page, what, test) => {
    if (page && !test(raw[page.file])) fail(S, `${page.file}: ${what}`);
  };

  // 1. a Wix site page saved from the browser
  if (wx) {
    const h = raw[wx.file];
    need(wx, 'no "saved from url" comment', (x) =>
      /^<!DOCTYPE html>\n<!-- saved from url=\(\d{4}\)https:\/\/[^ ]+ -->/.test(x),
    );
    need(
      wx,
      'no Wix meta-site id and viewer-model JSON',
      (x) =>
        /<meta http-equiv="X-Wix-Meta-Site-Id" content="[\w-]+">/.test(x) &&
        /<script type="application\/json" id="wix-viewer-model">\{[\s\S]*?\}<\/script>/.test(x),
    );
    need(wx, 'no "Skip to Main Content" button', (x) =>
      /<button id="SKIP_TO_CONTENT_BTN"[^>]*>Skip to Main Content<\/button>/.test(x),
    );
    need(wx, 'no SITE_HEADER with a menu', (x) =>
      /<header id="SITE_HEADER"[\s\S]*?<nav [^>]*class="wixui-horizontal-menu"[\s\S]*?<\/header>/.test(
        x,
      ),
    );
    need(wx, 'no SITE_FOOTER with "created with Wix.com"', (x) =>
      /<footer id="SITE_FOOTER"[\s\S]*?Proudly created with <a href="https:\/\/www\.wix\.com\/"[\s\S]*?<\/footer>/.test(
        x,
      ),
    );
    need(wx, 'no cookie consent banner with Accept / Decline / Settings', (x) =>
      /<div id="consent-banner-root"[\s\S]*?This website uses cookies[\s\S]*?Settings[\s\S]*?Decline All[\s\S]*?Accept<\/button>/.test(
        x,
      ),
    );
    const rich = count(h, /data-testid="richTextElement"/g);
    const spans = count(h, /<span style="[^"]+" class="wixui-rich-text__text">/g);
    const inline = count(h, / style="[^"]*(font-size|line-height|color)[^"]*"/g);
    const strips = count(h, /<section id="comp-\w+" class="wixui-column-strip"/g);
    const empties = count(h, /<span class="wixui-rich-text__text">&#8203;<\/span>/g);
    if (rich < 20 || spans < 40 || inline < 40 || strips < 8)
      fail(
        S,
        `Wix page has ${rich} rich-text elements, ${spans} styled spans, ${inline} inline styles, ${strips} column strips (want 20+, 40+, 40+, 8+: div soup)`,
      );
    const items = [
      ...h.matchAll(
        /<button type="button" data-testid="accordion-item-header" aria-expanded="false" aria-controls="([\w-]+)" id="[\w-]+">([^<]+)<\/button><\/h3><div id="\1" role="region"[^>]*data-testid="accordion-item-content"[^>]*hidden>/g,
      ),
    ];
    if (items.length < 4 || items.some((m) => !/\?$/.test(m[2])))
      fail(S, `Wix page has ${items.length} accordion FAQ items (want 4+, each header a question)`);
    const lis = count(h, /<li class="wixui-rich-text__text">/g);
    if (lis < 10) fail(S, `Wix page has ${lis} rich-text list items (want 10+)`);
    const btn = count(h, /data-testid="linkElement"[^>]*class="[^"]*wixui-button/g);
    if (btn < 1) fail(S, 'Wix page has no button element');
    ok(
      S,
      `Wix page: saved-from comment, meta-site id, viewer-model JSON, skip button, SITE_HEADER menu, ${strips} column strips, ${rich} rich-text elements, ${spans} styled spans, ${inline} inline styles, ${empties} zero-width empty paragraphs, ${lis} list items, ${items.length} accordion FAQ questions, a button, SITE_FOOTER "created with Wix.com", cookie banner`,
    );
  }

  // 2. an Obsidian note in Markdown
  if (ob) {
    const m = raw[ob.file];
    const fm = m.match(/^---\n([\s\S]*?)\n---\n/)?.[1] ?? '';
    const keys = [...fm.matchAll(/^([a-z_]+):/gm)].map((x) => x[1]);
    for (const k of ['aliases', 'tags', 'cssclasses'])
      if (!keys.includes(k)) fail(S, `Obsidian properties lack ${k}: (have ${keys.join(', ')})`);
    if (
      !/^aliases:\n( {2}- .+\n)+/m.test(fm + '\n') ||
      !/^tags:\n( {2}- [\w/-]+\n)+/m.test(fm + '\n')
    )
      fail(S, 'Obsidian aliases and tags are not YAML lists');
    need(ob, 'no %% comment %%', (x) => /%%[^%]+%%/.test(x));
    need(ob, 'no ![[embed]] with a size', (x) => /^!\[\[[\w.-]+\.(png|jpg|svg)\|\d+\]\]$/m.test(x));
    const wl = count(m, /(?<!!)\[\[[^\]|]+\]\]/g);
    const wla = count(m, /(?<!!)\[\[[^\]|]+\|[^\]]+\]\]/g);
    if (wl < 1 || wla < 2)
      fail(S, `Obsidian note has ${wl} plain and ${wla} aliased [[wikilinks]] (want 1+ and 2+)`);
    const callouts = [...m.matchAll(/^> \[!(\w+)\][+-]?(?: (.+))?\n(?:>.*\n)+/gm)];
    const kinds = new Set(callouts.map((x) => x[1]));
    if (callouts.length < 3 || kinds.size < 3 || !callouts.every((x) => x[2]))
      fail(
        S,
        `Obsidian note has ${callouts.length} titled callouts of ${kinds.size} kinds (want 3+, 3+)`,
      );
    need(ob, 'no ==highlight==', (x) => /==[^=\n]+==/.test(x));
    need(ob, 'no ^block-id', (x) => /\s\^[\w-]+$/m.test(x));
    need(ob, 'no line of #tags', (x) => /^(#[\w/-]+ ?){2,}$/m.test(x));
    const tasks = count(m, /^- \[[ x]\] \S/gm);
    if (tasks < 3) fail(S, `Obsidian note has ${tasks} task items (want 3+)`);
    const pipe = count(m, /^\|.*\|\n\|(?: ?-{3,} ?\|)+$/gm);
    if (pipe < 2) fail(S, `Obsidian note has ${pipe} Markdown tables (want 2+)`);
    const lists = count(m, /^- (?!\[)\S/gm) + count(m, /^\d\. \S/gm);
    if (lists < 6) fail(S, `Obsidian note has ${lists} list items (want 6+)`);
    ok(
      S,
      `Obsidian note: properties ${keys.join(', ')}, a %% comment %%, an embed, ${wl + wla} wikilinks (${wla} aliased), ${callouts.length} callouts (${[...kinds].join(', ')}), a ==highlight==, a ^block-id, a #tags line, ${tasks} tasks, ${pipe} tables, ${lists} list items`,
    );
  }

  // 3. a WhatsApp group chat exported as text
  if (wa) {
    const t = raw[wa.file];
    const lines = t.split('\n').filter((l) => l.trim());
    const stamped = lines.filter((l) => /^\d\d\/\d\d\/\d{4}, \d\d:\d\d - /.test(l));
    const msgs = stamped.filter((l) => /^\d\d\/\d\d\/\d{4}, \d\d:\d\d - [^:"]+?: /.test(l));
    const senders = new Set(msgs.map((l) => l.match(/ - ([^:"]+?): /)[1]));
    const system = stamped.length - msgs.length;
    const cont = lines.length - stamped.length;
    if (msgs.length < 30 || senders.size < 6 || system < 4 || cont < 15)
      fail(
        S,
        `WhatsApp export has ${msgs.length} messages from ${senders.size} senders, ${system} system lines, ${cont} continuation lines (want 30+, 6+, 4+, 15+)`,
      );
    // timestamps never go backwards
    const when = stamped.map((l) => {
      const [, d, mo, y, hh, mm] = l.match(/^(\d\d)\/(\d\d)\/(\d{4}), (\d\d):(\d\d)/);
      return `${y}${mo}${d}${hh}${mm}`;
    });
    if (when.some((w, i) => i && w < when[i - 1])) fail(S, 'WhatsApp timestamps go backwards');
    need(wa, 'no "<Media omitted>"', (x) => /: <Media omitted>$/m.test(x));
    need(wa, 'no "This message was deleted"', (x) => /: This message was deleted$/m.test(x));
    need(wa, 'no "<This message was edited>"', (x) => /<This message was edited>$/m.test(x));
    need(wa, 'no "(file attached)"', (x) => /\.vcf \(file attached\)$/m.test(x));
    need(wa, 'no *bold* formatting', (x) => /(^|\s)\*[^*\n]+\*(\s|[.,]|$)/m.test(x));
    const mono = t.match(/^[^\n]*\n?```\n([\s\S]*?)\n```$/m)?.[1] ?? '';
    const rows = count(mono, /^.+\|.+$/gm);
    if (rows < 6) fail(S, `WhatsApp monospace table has ${rows} rows (want 6+)`);
    const bullets = count(t, /^• \S/gm) + count(t, /^\d\. \S/gm);
    if (bullets < 10) fail(S, `WhatsApp export has ${bullets} list lines (want 10+)`);
    const qs = msgs.filter(
      (l) => !/Fenreach/.test(l.match(/ - ([^:"]+?): /)[1]) && /\?/.test(l),
    ).length;
    if (qs < 6) fail(S, `WhatsApp export has ${qs} questions from families (want 6+)`);
    ok(
      S,
      `WhatsApp export: ${msgs.length} messages from ${senders.size} senders, ${system} system lines, ${cont} continuation lines, ${qs} family questions, media omitted, a deleted and an edited message, an attached contact card, *bold*, a monospace table of ${rows} rows, ${bullets} list lines`,
    );
  }

  // the stripper leaves no markup behind
  for (const p of pages) {
    const left = p.blocks.filter((b) =>
      /<\/?[a-z][^>]*>|<\/?[A-Z]\w*|&[a-z]+;|&#\d+;|\u200b|^\||^>|\[\[|\]\]|%%|==\S|\^[\w-]+$|\[!\w+\]|^#|(^|\s)#[a-z][\w/-]*$|^[;*!•]|^(- |\d+\. )|\[[ x]\] |\]\(|wixui|data-testid|comp-\w+|^```|^\d\d\/\d\d\/\d{4}, \d\d:\d\d|<Media omitted>|This message was (deleted|edited)|\(file attached\)|(^|\s)[*_~][^*_~\s][^*_~]*[*_~](\s|[.,]|$)/.test(
        b,
      ),
    );
    if (left.length)
      fail(S, `${p.file}: stripped text keeps markup: ${left.slice(0, 2).join(' / ')}`);
  }
  // nor the boilerplate the strippers are meant to drop
  const BOILER = {
    [wx?.file]: [
      'Skip to Main Content',
      'Home',
      'Which route?',
      'Support our work',
      'Proudly created with',
      'Registered charity in England',
      'This website uses cookies',
      'Cookie Policy',
      'Decline All',
      'Facebook',
      'heron over a fen drain',
    ],
    [ob?.file]: [
      'aliases',
      'cssclasses',
      'publish: true',
      'Vault:',
      'Old routes draft',
      'fenreach-logo',
      '#send',
      'missed-window',
    ],
    [wa?.file]: [
      'end-to-end encrypted',
      'created group',
      'added Kezia',
      'changed this group',
      'changed the group',
      'Media omitted',
      'This message was deleted',
      'file attached',
      'Kezia Bunting (Fenreach):',
      'Dawn H:',
      '10/11/2026',
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
    `no 8-word run copied from /work/shared/guidance or the ${nEarlier} pages of twentyseventh, twentysixth and twentyfifth`,
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
  if (!/^01(603|223) 496 0\d{3}$/.test(service.phone ?? ''))
    fail(
      S,
      `phone ${service.phone} is not in Ofcom's 01603 / 01223 496 0xxx drama range (Norwich, Cambridge)`,
    );
  if (!/@[\w.-]+\.example$/.test(service.email ?? ''))
    fail(S, `email ${service.email} is not on a .example domain`);
  if (!/^https?:\/\/[\w.-]+\.example\/?$/.test(service.website ?? ''))
    fail(S, `website ${service.website} is not a .example domain`);
  const TEXT = '07700 900815';
  const ADDRESS = '6 Staithe Lane, Wyvenham FW4 2RJ';
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
      'Fenreach',
      'Wyvenham',
      'Ousefen',
      'Breckmere',
      'Hollowdyke',
      'Sedgeholme',
      'Staithe Lane',
      'Old Granary',
      'Rosalind Thurlow',
      'Kezia Bunting',
      'Marek Sadowski',
      'Ouse and Saltings',
      'Fen Kettle',
      'pause pebble',
      'Postcard to the Mediator',
      'FX1',
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
    `${service.name}: ${service.phone}, text ${TEXT}, ${service.email}, ${service.website}; contact details on all three pages; nothing repeated from the seven earlier sets`,
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
    if (!/^t28-\d\d$/.test(id ?? '')) fail(S, `bad id ${id}`);
    if (id !== `t28-${String(i + 1).padStart(2, '0')}`)
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
        '01223 496 0472',
        '012234960472',
        '+44 1223 496 0472',
        '01223-496-0472',
        '(01223) 496 0472',
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
    // Dutch: Latin letters and its own small words (het, niet, een, wij, onze, ook ...)
    Dutch: new RegExp(
      `${W('het|niet|een|wij|onze|ons|ook|maar|moet|kunnen|wanneer|uiterlijk|dochter|zoon')}[\\s\\S]*${W('de|van|is|en|ik|dat|op|te|met|voor|naar')}`,
      'i',
    ),
    // Swahili: its small words (ni, na, ya, wa, kwa) and words such as mtoto, wangu, je
    Swahili: new RegExp(
      `${W('mtoto|wangu|mwanangu|je|nini|kwa|lakini|sana|kuhusu|tafadhali|shule')}[\\s\\S]*${W('ni|na|ya|wa|za|la|kwa|hii|hiyo')}`,
      'i',
    ),
    // Bulgarian: Cyrillic with ъ and its small words (ще, и, на, за, да, не, се, е)
    Bulgarian: new RegExp(
      `ъ[\\s\\S]*${W('ще|и|на|за|да|не|се|е|от|с|ли|как|съм|ни|ми')}|${W('ще|и|на|за|да|не|се|е|от|с|ли|как|съм|ни|ми')}[\\s\\S]*ъ`,
      'i',
    ),
    // Tamil script: at least twenty Tamil letters
    Tamil: /(?:[\u0B80-\u0BFF][^\u0B80-\u0BFF]{0,3}){20}/,
  };
  const qOf = (id) => questions.find((x) => x.id === id)?.q ?? '';
  const NOT_THIS = {
    // Dutch, not German, Afrikaans or Flemish-French: none of ß ä ö ü ê ô, no German "nicht",
    // "und", "ist", no Afrikaans "nie", "ek", "jy", "het ... nie"
    Dutch: (s) =>
      /[ßäöüêôé]/i.test(s) ||
      /(^|[\s,.;:!?(])(nicht|und|ist|ich|nie|ek|jy|ons is)(?=[\s,.;:!?)]|$)/i.test(s),
    // Swahili: plain Latin letters only (no accents), no Zulu/Xhosa "ngi-", no Lingala "mpe"
    Swahili: (s) => /[à-ÿāēīōū]/i.test(s) || /(^|\s)(ngi\w+|mpe|ukuthi)(?=\s|$)/i.test(s),
    // Bulgarian, not Russian, Ukrainian, Serbian or Macedonian: none of ы э ё і ї є ґ ј љ њ ћ ђ џ ѓ ќ ѕ
    Bulgarian: (s) => /[ыэёіїєґјљњћђџѓќѕ]/i.test(s),
    // Tamil, with no other Indic script mixed in (Devanagari, Bengali, Gurmukhi, Gujarati,
    // Telugu, Kannada, Malayalam, Sinhala)
    // eslint-disable-next-line no-misleading-character-class -- a range of whole scripts, not one character
    Tamil: (s) => /[\u0900-\u0B7F\u0C00-\u0DFF]/.test(s),
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
  // the languages are new: none was used by the seven earlier sets
  const theirLangs = new Set();
  for (const dir of TOPIC_SETS) {
    const f = join(dir, 'check', 'build-questions.mjs');
    if (existsSync(f))
      for (const x of readFileSync(f, 'utf8').matchAll(/lang: '([^']+)'/g)) theirLangs.add(x[1]);
  }
  if (theirLangs.size < 15) fail(S, `read only ${theirLangs.size} languages from the earlier sets`);
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

  // ---- moderate Norfolk and Suffolk dialect: these words, each used at least
  // once, in English questions
  const english = questions.filter((q) => !META[q.id]?.lang);
  const allQ = english.map((q) => q.q.toLowerCase()).join(' \n ');
  const NORFOLK_SUFFOLK = [
    ['bor', /\bbor\b/],
    ['on the huh', /\bon the huh\b/],
    ['squit', /\bsquit\b/],
    ['mawther', /\bmawther\b/],
    ["dussn't", /\bdussn'?t\b/],
    ['that do', /\bthat do\b/],
    ['hold yew hard', /\bhold yew hard\b/],
    ['yew (you)', /\byew\b/],
    ['suffin', /\bsuffin\b/],
    ['mardle', /\bmardle\b/],
    ['thas / ent', /\b(thas|ent)\b/],
  ];
  for (const [w, re] of NORFOLK_SUFFOLK) if (!re.test(allQ)) fail(S, `no question uses "${w}"`);
  const DIALECT =
    /\b(bor|on the huh|squit|mawther|dussn'?t|that do|hold yew hard|yew|suffin|mardle|thas|ent|afore|blust|blast|dew|hin)\b/i;
  const dialect = english.filter((q) => DIALECT.test(q.q)).length;
  if (dialect < 10 || dialect > 25)
    fail(S, `${dialect} questions in dialect (want a moderate 10-25)`);
  const follow = askers.filter((a) => /follow-on/.test(a)).length;
  if (follow < 3) fail(S, `${follow} follow-on questions (want 3 or more)`);
  const followQ = questions.filter((q) => /^and (what )?if\b/i.test(q.q)).length;
  if (followQ < 3) fail(S, `${followQ} questions open with "and if" / "and what if" (want 3+)`);

  // ---- declines: each has a topic, and no topic repeats one of the seven earlier sets' declines
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
    ].map((m) => `t28-${m[2]} ${m[1].trim()}`);
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
      `${dialect} in Norfolk/Suffolk dialect, ${follow} follow-ons; ${theirTopics.length} earlier decline topics, none repeated`,
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
