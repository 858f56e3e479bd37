#!/usr/bin/env node
// Validator for the "twentyseventh" blind evaluation set. Exit 0 = all good.
//
//   node check.mjs
//
// 1. questions.jsonl equals what check/build-questions.mjs renders
// 2. three pages in three formats (a LocalGov Drupal council page saved as HTML, a Docusaurus
//    MDX page, an adviser's e-mail reply saved as plain text), their format features, word counts,
//    what the stripper leaves behind, no 8-word run shared with the shared guidance or the pages
//    of twentysixth, twentyfifth and twentyfourth, service.json, contact details on every page
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
import { loadPages, isLocalGovDrupal, isDocusaurus, isEmail } from './check/strip.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const SHARED = '/work/shared';
const SCORER = join(SHARED, 'eval', 'score.mjs');
const RULE_EXAMPLES = join(SHARED, 'domain', 'rules-examples.json');
const SHARED_GUIDANCE = join(SHARED, 'guidance', 'kids-london-sen-mediation-local-offer.txt');
// the earlier sets are this folder's siblings (test/services/<set>)
const REF = join(HERE, '..');
const set = (name) => join(REF, name);
// the template and the two sets before it: their pages must not be reused
const EARLIER = [set('twentysixth'), set('twentyfifth'), set('twentyfourth')];
// decline topics, languages, service details and questions must also be new against all of these
const TOPIC_SETS = [...EARLIER, set('twentythird'), set('twentysecond'), set('twentyfirst')];

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
  const dr = pages.find((p) => p.file.endsWith('.html') && isLocalGovDrupal(raw[p.file]));
  const dx = pages.find((p) => p.file.endsWith('.mdx') && isDocusaurus(raw[p.file]));
  const em = pages.find((p) => p.file.endsWith('.txt') && isEmail(raw[p.file]));
  if (pages.length !== 3 || !dr || !dx || !em)
    fail(
      S,
      `want a LocalGov Drupal .html page, a Docusaurus .mdx page and an e-mail reply .txt, got ${pages.map((p) => p.file).join(', ')}`,
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

  // 1. a LocalGov Drupal council page (Local Offer) saved as HTML
  if (dr) {
    const h = raw[dr.file];
    need(
      dr,
      'no Drupal generator meta and localgov stylesheet',
      (x) => /<meta name="Generator" content="Drupal \d+/.test(x) && /localgov_/.test(x),
    );
    need(dr, 'no skip link to the main content', (x) =>
      /<a href="#main-content" class="skip-link[^"]*">Skip to main content<\/a>/.test(x),
    );
    need(dr, 'no header with a search form', (x) =>
      /<header class="lgd-header"[\s\S]*?<form class="localgov-search-form"[^>]*role="search"[\s\S]*?<\/header>/.test(
        x,
      ),
    );
    const crumbs = count(
      h.match(/<nav class="lgd-breadcrumbs"[\s\S]*?<\/nav>/)?.[0] ?? '',
      /<li class="lgd-breadcrumbs__item"/g,
    );
    if (crumbs < 3) fail(S, `Drupal breadcrumbs have ${crumbs} items (want 3+)`);
    const otp = h.match(/<nav class="lgd-page-section-navigation"[\s\S]*?<\/nav>/)?.[0] ?? '';
    const otpLinks = [...otp.matchAll(/<a href="#([\w-]+)">/g)].map((m) => m[1]);
    if (!/On this page/.test(otp) || otpLinks.length < 6)
      fail(S, `Drupal "On this page" navigation has ${otpLinks.length} links (want 6+)`);
    for (const id of otpLinks)
      if (!new RegExp(`id="${id}"`).test(h)) fail(S, `"On this page" links to missing #${id}`);
    const panes = [
      ...h.matchAll(
        /<div class="localgov-accordion-pane">\s*<h3 class="localgov-accordion-pane__heading"><button[^>]*aria-controls="([\w-]+)"[^>]*>([^<]+)<\/button><\/h3>\s*<div class="localgov-accordion-pane__content" id="\1"/g,
      ),
    ];
    const paneQ = panes.filter((m) => /\?$/.test(m[2])).length;
    if (
      !/<div class="localgov-accordion" data-localgov-accordion>/.test(h) ||
      panes.length < 4 ||
      paneQ !== panes.length
    )
      fail(
        S,
        `Drupal page has ${panes.length} localgov-accordion panes, ${paneQ} with a question (want 4+, all)`,
      );
    const tables = count(h, /<table[^>]*>\s*<caption>[^<]+<\/caption>\s*<thead>/g);
    const th = count(h, /<th scope="col">/g);
    const td = count(h, /<td>/g);
    if (tables < 2 || th < 4 || td < 15)
      fail(S, `Drupal page has ${tables} captioned tables, ${th} th, ${td} td (want 2+, 4+, 15+)`);
    need(dr, 'no "Was this page helpful?" feedback form', (x) =>
      /<form class="localgov-page-feedback-form"[\s\S]*?Was this page helpful\?[\s\S]*?<\/form>/.test(
        x,
      ),
    );
    need(dr, 'no "Last updated" line', (x) =>
      /<p class="lgd-page-last-updated">Last updated: \d{1,2} \w+ 20\d\d<\/p>/.test(x),
    );
    const card =
      h.match(
        /<section id="contact-card" class="localgov-directories-contact" itemscope itemtype="https:\/\/schema\.org\/Organization">[\s\S]*?<\/section>/,
      )?.[0] ?? '';
    const props = new Set([...card.matchAll(/itemprop="(\w+)"/g)].map((m) => m[1]));
    for (const p of ['name', 'telephone', 'email', 'url', 'address', 'streetAddress', 'postalCode'])
      if (!props.has(p)) fail(S, `Drupal contact card lacks itemprop="${p}"`);
    const footer = count(
      h.match(/<footer class="lgd-footer"[\s\S]*?<\/footer>/)?.[0] ?? '',
      /<li><a href="https:\/\/www\.wolverstone\.gov\.example/g,
    );
    if (footer < 3) fail(S, `Drupal footer has ${footer} council links (want 3+)`);
    ok(
      S,
      `LocalGov Drupal page: generator meta, skip link, header with search form, ${crumbs} breadcrumbs, "On this page" with ${otpLinks.length} links, ${panes.length} localgov-accordion FAQ panes, ${tables} captioned tables (${td} cells), feedback form, "Last updated", contact card with itemprop ${[...props].join(' ')}, footer of ${footer} council links`,
    );
  }

  // 2. a Docusaurus MDX page
  if (dx) {
    const m = raw[dx.file];
    const fm = m.match(/^---\n([\s\S]*?)\n---\n/)?.[1] ?? '';
    const keys = [...fm.matchAll(/^([a-z_]+):/gm)].map((x) => x[1]);
    if (!keys.includes('title') || !keys.includes('sidebar_position') || keys.length < 4)
      fail(
        S,
        `Docusaurus front matter keys ${keys.join(', ')} (want title, sidebar_position and 2+ more)`,
      );
    need(
      dx,
      "no import Tabs / TabItem from '@theme/…'",
      (x) =>
        /^import Tabs from '@theme\/Tabs';$/m.test(x) &&
        /^import TabItem from '@theme\/TabItem';$/m.test(x),
    );
    const items = [...m.matchAll(/^<TabItem value="([\w-]+)" label="([^"]+)"( default)?>$/gm)];
    if (
      !/^<Tabs[^>]*>$/m.test(m) ||
      !/^<\/Tabs>$/m.test(m) ||
      items.length < 3 ||
      count(m, /^<\/TabItem>$/gm) !== items.length
    )
      fail(
        S,
        `Docusaurus page has ${items.length} <TabItem value label> blocks in <Tabs> (want 3+, each closed)`,
      );
    const adm = [
      ...m.matchAll(/^:::(tip|warning|note|info|danger|caution)(?: (.+))?\n[\s\S]*?\n:::$/gm),
    ];
    const kinds = new Set(adm.map((x) => x[1]));
    if (!kinds.has('tip') || !kinds.has('warning') || !adm.some((x) => x[1] === 'warning' && x[2]))
      fail(
        S,
        `Docusaurus admonitions ${[...kinds].join(', ')} (want :::tip and a titled :::warning)`,
      );
    const det = [
      ...m.matchAll(/^<details>\n<summary>([^<]+)<\/summary>\n\n[\s\S]*?\n<\/details>$/gm),
    ].map((x) => x[1]);
    if (det.length < 4 || det.some((q) => !/\?$/.test(q)))
      fail(
        S,
        `Docusaurus page has ${det.length} <details> FAQ blocks (want 4+, each summary a question)`,
      );
    const pipe = count(m, /^\|.*\|\n\|(?:-{3,}\|)+$/gm);
    if (pipe < 2) fail(S, `Docusaurus page has ${pipe} Markdown tables (want 2+)`);
    need(dx, 'no {/* comment */}', (x) => /\{\/\*[^*]+\*\/\}/.test(x));
    const jsx = count(m, /<a className="[^"]+" href="[^"]+">[^<]+<\/a>/g);
    if (jsx < 2) fail(S, `Docusaurus page has ${jsx} JSX <a className> links (want 2+)`);
    const anchors = count(m, /^##+ .+ \{#[\w-]+\}$/gm);
    if (anchors < 3) fail(S, `Docusaurus page has ${anchors} headings with {#custom-id} (want 3+)`);
    const lists = count(m, /^- \S/gm) + count(m, /^\d\. \S/gm);
    if (lists < 6) fail(S, `Docusaurus page has ${lists} list items (want 6+)`);
    ok(
      S,
      `Docusaurus MDX: front matter ${keys.join(', ')}, Tabs imports, ${items.length} TabItems, admonitions (${[...kinds].join(', ')}), ${det.length} <details> FAQ questions, ${pipe} Markdown tables, a {/* comment */}, ${jsx} JSX links, ${anchors} {#custom-id} headings, ${lists} list items`,
    );
  }

  // 3. an e-mail reply saved as plain text
  if (em) {
    const t = raw[em.file];
    const head = t.slice(0, t.indexOf('\n\n'));
    for (const hd of ['From', 'To', 'Date', 'Subject'])
      if (!new RegExp(`^${hd}: \\S`, 'm').test(head)) fail(S, `e-mail lacks the ${hd}: header`);
    need(em, 'Subject is not a reply ("Re: …")', (x) => /^Subject: Re: /m.test(x));
    need(em, 'Date header is not RFC 5322', (x) =>
      /^Date: (Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} \w{3} 20\d\d \d\d:\d\d:\d\d [+-]\d{4}$/m.test(
        x,
      ),
    );
    const reply = t.slice(0, t.search(/^On .+ wrote:$/m));
    const quoted = t.slice(t.search(/^On .+ wrote:$/m));
    const points = [...reply.matchAll(/^(\d+)\) .+\?$/gm)].map((x) => Number(x[1]));
    const asked = [...quoted.matchAll(/^> (\d+)\. /gm)].map((x) => Number(x[1]));
    if (points.length < 6 || points.join() !== asked.join())
      fail(
        S,
        `e-mail answers points ${points.join(',')} but the family asked ${asked.join(',')} (want 6+, point by point)`,
      );
    const qLines = count(quoted, /^>( .*)?$/gm);
    if (qLines < 8 || !/^> Sent from my iPhone$/m.test(quoted))
      fail(
        S,
        `e-mail quotes ${qLines} ">" lines (want 8+ and "Sent from my iPhone" in the quoted part)`,
      );
    if (/Sent from my iPhone/.test(reply))
      fail(S, 'e-mail has "Sent from my iPhone" outside the quoted part');
    need(em, 'no "--" signature with contact details', (x) =>
      /^--\n[A-Z][\s\S]*?Phone: [\d ]+[\s\S]*?Email: \S+@\S+/m.test(x),
    );
    need(em, 'no confidentiality disclaimer', (x) => /^CONFIDENTIALITY: /m.test(x));
    const rows = count(reply, /^ {4}\S.*\s\|\s\S.*$/gm);
    if (rows < 8) fail(S, `e-mail's plain-text table has ${rows} rows (want 8+)`);
    const bullets = count(reply, /^ {2}\* \S/gm) + count(reply, /^ {2}[a-f]\. \S/gm);
    if (bullets < 6) fail(S, `e-mail has ${bullets} list items (want 6+)`);
    ok(
      S,
      `e-mail reply: From/To/Date/Subject headers, ${points.length} points answered in the family's order, a table of ${rows} rows, ${bullets} list items, a signature, a disclaimer, ${qLines} quoted lines ending "Sent from my iPhone"`,
    );
  }

  // the stripper leaves no markup behind
  for (const p of pages) {
    const left = p.blocks.filter((b) =>
      /<\/?[a-z][^>]*>|<\/?[A-Z]\w*|&[a-z]+;|&#\d+;|^\||^>|^:::|\{\/\*|\{#[\w-]+\}|^import |className|itemprop|^[;*#!]|^(- |\d+\. |\d+\) |[a-f]\. )|\]\(|localgov|lgd-|^(From|To|Date|Subject|Message-ID|MIME-Version|Content-Type): |^--$/.test(
        b,
      ),
    );
    if (left.length)
      fail(S, `${p.file}: stripped text keeps markup: ${left.slice(0, 2).join(' / ')}`);
  }
  // nor the boilerplate the strippers are meant to drop
  const BOILER = {
    [dr?.file]: [
      'Skip to main content',
      'Search the Local Offer',
      'On this page',
      'Was this page helpful',
      'Send feedback',
      'Last updated',
      'Accessibility statement',
      'Privacy and cookies',
      'Contact the council',
      'Sorting out disagreements',
    ],
    [dx?.file]: ['@theme', 'sidebar_position', 'Reviewed with the parent panel', 'groupId'],
    [em?.file]: [
      'Sent from my iPhone',
      'CONFIDENTIALITY',
      'wrote:',
      'Message-ID',
      'jo.whitlam77',
      'Thanks for the chat at Brew and Ask',
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
    `no 8-word run copied from /work/shared/guidance or the ${nEarlier} pages of twentysixth, twentyfifth and twentyfourth`,
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
  if (!/^0115 496 0\d{3}$/.test(service.phone ?? ''))
    fail(S, `phone ${service.phone} is not in Ofcom's 0115 496 0xxx drama range (Nottingham)`);
  if (!/@[\w.-]+\.example$/.test(service.email ?? ''))
    fail(S, `email ${service.email} is not on a .example domain`);
  if (!/^https?:\/\/[\w.-]+\.example\/?$/.test(service.website ?? ''))
    fail(S, `website ${service.website} is not a .example domain`);
  const TEXT = '07700 900386';
  const ADDRESS = '17 Hosiery Row, Wolverstone BQ7 3HX';
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
      'Bramblegate',
      'Wolverstone',
      'Ashmere',
      'Sallowby',
      'Brinsmoor',
      'Hosiery Row',
      'Lace Works',
      'Hazel Brocklehurst',
      'Tendai Mukwashi',
      'Gurpreet Sandhu',
      'Trent Vale and Peak Edge',
      'Brew and Ask',
      'Three Wishes',
      'lollipop',
      'Jitsi',
      'Trent Rider',
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
    `${service.name}: ${service.phone}, text ${TEXT}, ${service.email}, ${service.website}; contact details on all three pages; nothing repeated from the six earlier sets`,
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
    if (!/^t27-\d\d$/.test(id ?? '')) fail(S, `bad id ${id}`);
    if (id !== `t27-${String(i + 1).padStart(2, '0')}`)
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
        '0115 496 0658',
        '01154960658',
        '+44 115 496 0658',
        '0115-496-0658',
        '(0115) 496 0658',
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
    // Hungarian: its double-acute letters (ő ű) and its small words
    Hungarian: new RegExp(
      `[őű][\\s\\S]*${W('a|az|és|hogy|nem|van|meg|de|is|egy|vagy|ha|mi|kell|mikor|mennyi')}|${W('a|az|és|hogy|nem|van|meg|de|is|egy|vagy|ha|mi|kell|mikor|mennyi')}[\\s\\S]*[őű]`,
      'i',
    ),
    // Czech: its letters ř ě ů and its small words
    Czech: new RegExp(
      `[řěů][\\s\\S]*${W('a|je|to|na|se|že|mi|do|pro|ale|jak|nebo|v|ve|nám|kdy|jako')}|${W('a|je|to|na|se|že|mi|do|pro|ale|jak|nebo|v|ve|nám|kdy|jako')}[\\s\\S]*[řěů]`,
      'i',
    ),
    // Greek script and its small words
    Greek: new RegExp(
      `[α-ωάέήίόύώ]{3}[\\s\\S]*${W('και|το|να|η|ο|με|για|θα|δεν|τι|στο|που|τη|του')}`,
      'i',
    ),
    // Albanian: ë and its small words
    Albanian: new RegExp(
      `ë[\\s\\S]*${W('dhe|është|një|në|për|që|me|nuk|jam|kam|a|si|ai|im|të')}|${W('dhe|është|një|në|për|që|me|nuk|jam|kam|a|si|ai|im|të')}[\\s\\S]*ë`,
      'i',
    ),
  };
  const qOf = (id) => questions.find((x) => x.id === id)?.q ?? '';
  const NOT_THIS = {
    // Hungarian, not Czech, Slovak, Romanian, German or Finnish: none of ř ě ů č š ž ň ă ș ț ß ä
    Hungarian: (s) => /[řěůčšžňășțßä]/i.test(s),
    // Czech, not Slovak or Polish: a Czech-only letter (ř ě ů) and none of ä ô ĺ ŕ ľ ł ą ę ś ć ż ź ń
    Czech: (s) => /[äôĺŕľłąęśćżźń]/i.test(s) || !/[řěů]/i.test(s),
    // Greek, and no Cyrillic mixed in
    Greek: (s) => /[а-яёіїєґ]/i.test(s),
    // Albanian, not French, Turkish or Kurdish (Latin): none of é è ê à â î ô û œ ş ğ ı, and a
    // word only Albanian uses
    Albanian: (s) =>
      /[éèêàâîôûœşğı]/i.test(s) ||
      !/(^|[\s,.;:!?(])(është|një|dhe|nuk|për|që)(?=[\s,.;:!?)]|$)/i.test(s),
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
  // the languages are new: none was used by the five earlier sets
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

  // ---- moderate East Midlands (Nottingham and Derby) dialect: these words, each used at least
  // once, in English questions
  const english = questions.filter((q) => !META[q.id]?.lang);
  const allQ = english.map((q) => q.q.toLowerCase()).join(' \n ');
  const EAST_MIDLANDS = [
    ['ay up', /\bay up\b/],
    ['me duck', /\bme duck\b/],
    ['mardy', /\bmardy\b/],
    ['nesh', /\bnesh\b/],
    ['gizza', /\bgizza\b/],
    ["it's looking black over Bill's mother's", /black over bill'?s mother'?s/],
    ['jitty', /\bjitty\b/],
    ['me mam', /\bme mam\b/],
    ['yo (you)', /\byo\b/],
    ['summat', /\bsummat\b/],
    ['owt / nowt', /\b(owt|nowt)\b/],
    ['yous', /\byous\b/],
    ['me lad / me nan / me sister', /\bme (lad|nan|sister|brother|grandson)\b/],
  ];
  for (const [w, re] of EAST_MIDLANDS) if (!re.test(allQ)) fail(S, `no question uses "${w}"`);
  const DIALECT =
    /\b(ay up|me duck|mardy|nesh|gizza|jitty|me (mam|lad|nan|sister|brother|grandson|phone|little girl|daughter)|yo|yo'?re|yous|summat|owt|nowt|dead nervous|the missus)\b|black over bill'?s mother'?s/i;
  const dialect = english.filter((q) => DIALECT.test(q.q)).length;
  if (dialect < 10 || dialect > 25)
    fail(S, `${dialect} questions in dialect (want a moderate 10-25)`);
  const cobOrGizza = english.filter((q) => /\b(gizza|cob)\b/i.test(q.q)).length;
  if (!cobOrGizza) fail(S, 'no question uses "gizza" or "cob"');
  const follow = askers.filter((a) => /follow-on/.test(a)).length;
  if (follow < 3) fail(S, `${follow} follow-on questions (want 3 or more)`);
  const followQ = questions.filter((q) => /^and (what )?if\b/i.test(q.q)).length;
  if (followQ < 3) fail(S, `${followQ} questions open with "and if" / "and what if" (want 3+)`);

  // ---- declines: each has a topic, and no topic repeats one of the six earlier sets' declines
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
    ].map((m) => `t27-${m[2]} ${m[1].trim()}`);
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
      `${dialect} in East Midlands dialect, ${follow} follow-ons; ${theirTopics.length} earlier decline topics, none repeated`,
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
