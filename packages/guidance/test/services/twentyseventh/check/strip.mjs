// Page -> plain text, one block (paragraph, list item, table row, heading, note) per line.
//
//   node check/strip.mjs [page ...]     prints each page's blocks and its word count
//
// The stripped text is what cite phrases are checked against and what the citations in the
// generated answers quote: a right answer may quote any sentence of it.
import { readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'pages');

const ENTITIES = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '\u2013',
  mdash: '\u2014',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  hellip: '\u2026',
  middot: '\u00b7',
  copy: '\u00a9',
  pound: '\u00a3',
  eacute: '\u00e9',
};
export const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e.toLowerCase()] ?? m;
  });

const tidy = (blocks) => blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);

// ------------------------------------------------------------------ LocalGov Drupal page, saved as HTML
// A council Local Offer page built with LocalGov Drupal, saved from the browser. Dropped: <head>,
// scripts, the skip link, the header (logo, main menu, search form), the breadcrumbs, the "On this
// page" section navigation, the "Was this page helpful?" feedback form, the "Last updated" line
// and the footer with its council links. Kept: the page title (<h1>) as the first block, then the
// page content: headings, paragraphs, list items, the directory contact card (its itemprop
// microdata spans joined into their lines), each table's <caption> and each row as
// `cell | cell | cell`, and each localgov-accordion pane's button (the FAQ question) and its
// hidden content as separate blocks.
export const isLocalGovDrupal = (html) =>
  /<meta name="Generator" content="Drupal \d+/.test(html) && /class="localgov-/.test(html);

const BLOCK =
  'p|div|h[1-6]|li|ul|ol|tr|table|tbody|thead|caption|section|article|header|footer|nav|main|button|fieldset|legend|form|details|summary';
const htmlToBlocks = (s) => {
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, 'gi'), '\n');
  s = s.replace(/<[^>]+>/g, '');
  return tidy(decode(s).split('\n'));
};
const rowBlock = (row) =>
  [...row.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)]
    .map((c) => htmlToBlocks(c[1]).join(' '))
    .join(' | ');

export function stripDrupal(html) {
  const title = decode(
    html.match(/<h1 class="lgd-page-title-block__title">([\s\S]*?)<\/h1>/)?.[1] ?? '',
  )
    .replace(/<[^>]+>/g, '')
    .trim();
  const content =
    html.match(
      /<div class="lgd-page-content[^"]*">([\s\S]*?)<div class="lgd-page-feedback">/,
    )?.[1] ?? '';
  const prep = content
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi, (m) => `<p>${rowBlock(m).replace(/</g, '&lt;')}</p>`);
  return tidy([title, ...htmlToBlocks(prep)]);
}

// ------------------------------------------------------------------ Docusaurus MDX page
// A Docusaurus docs page in MDX. The front matter's title is the first block (the rest of the
// front matter dropped); import lines and {/* comments */} are dropped; <Tabs> wrappers are
// dropped and each <TabItem value label> gives its label as a block before its body;
// ":::tip Title" / ":::warning Title" admonitions give their title (or the kind) and their body
// as blocks; <details> FAQ blocks give the <summary> question and the answer as blocks; JSX
// <a className> links keep their text, one block a link; headings lose their {#custom-id}
// anchors; list items, paragraphs and each pipe-table row (cells joined by " | ") are blocks;
// links keep their text and **strong** / *emphasis* lose their markers.
export const isDocusaurus = (md) =>
  /^---\n[\s\S]*?^sidebar_position: \d+\n[\s\S]*?^---\n/m.test(md) &&
  /^import \w+ from '@theme\/\w+';$/m.test(md);
export function mdxTitle(md) {
  return md.match(/^---\n[\s\S]*?^title: (.*)$/m)?.[1].trim() ?? '';
}
export function stripDocusaurus(md) {
  let s = md.replace(/\r/g, '');
  const title = mdxTitle(s);
  s = s.replace(/^---\n[\s\S]*?\n---\n/, '');
  s = s.replace(/^import .*$/gm, '');
  s = s.replace(/\{\/\*[\s\S]*?\*\/\}/g, '');
  const inline = (x) =>
    x
      .replace(/\s*\{#[\w-]+\}\s*$/, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/\*([^*\s][^*]*)\*/g, '$1')
      .replace(/`([^`]*)`/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
  const out = [title];
  let para = [];
  const flush = () => {
    if (para.length) out.push(inline(para.join(' ')));
    para = [];
  };
  const lines = s.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].trim();
    if (
      !t ||
      /^<\/?Tabs\b[^>]*>$/.test(t) ||
      t === '</TabItem>' ||
      /^<\/?details>$/.test(t) ||
      t === ':::'
    ) {
      flush();
      continue;
    }
    const tab = t.match(/^<TabItem value="[^"]*" label="([^"]+)"[^>]*>$/);
    if (tab) {
      flush();
      out.push(inline(tab[1]));
      continue;
    }
    const adm = t.match(/^:::(note|tip|info|warning|danger|caution)(?: (.+))?$/);
    if (adm) {
      flush();
      out.push(inline(adm[2] ?? adm[1].replace(/^./, (c) => c.toUpperCase())));
      continue;
    }
    const sum = t.match(/^<summary>(.*)<\/summary>$/);
    if (sum) {
      flush();
      out.push(inline(sum[1]));
      continue;
    }
    if (/^<a className=/.test(t)) {
      flush();
      for (const m of t.matchAll(/<a className="[^"]*"[^>]*>([^<]*)<\/a>/g)) out.push(inline(m[1]));
      continue;
    }
    const h = t.match(/^#{1,6} (.*)$/);
    if (h) {
      flush();
      out.push(inline(h[1]));
      continue;
    }
    if (/^\|.*\|$/.test(t)) {
      flush();
      if (/^\|[\s:|-]+\|$/.test(t)) continue;
      out.push(
        t
          .slice(1, -1)
          .split('|')
          .map((c) => inline(c))
          .join(' | '),
      );
      continue;
    }
    const li = t.match(/^(?:[-*]|\d+\.) +(.*)$/);
    if (li) {
      flush();
      para.push(li[1]);
      flush();
      continue;
    }
    para.push(t);
  }
  flush();
  return tidy(out);
}

// ------------------------------------------------------------------ e-mail reply saved as plain text
// An adviser's e-mail reply, saved as .txt. The headers are dropped except Subject, which
// (without "Re:") is the first block; the reply's paragraphs are blocks (wrapped lines joined);
// the numbered point headings ("1) …") lose their numbers; "*" and "a." list items are blocks
// (continuation lines joined); the plain-text table gives a block a row (header row too, cells
// joined by " | ", the ---+--- rule dropped); the "--" signature delimiter is dropped and each
// signature line is a block; the CONFIDENTIALITY disclaimer is dropped, and so is everything from
// the "On … wrote:" line on (the family's quoted e-mail, with its "Sent from my iPhone").
export const isEmail = (txt) =>
  /^From: .+\nTo: .+\nDate: .+\nSubject: .+/m.test(txt) &&
  /^On .+ wrote:$/m.test(txt) &&
  /^> /m.test(txt);
export function emailTitle(txt) {
  return (txt.match(/^Subject: (.*)$/m)?.[1] ?? '').replace(/^(Re|Fwd?): /i, '').trim();
}
export function stripEmail(txt) {
  const s = txt.replace(/\r/g, '');
  const title = emailTitle(s);
  const bodyStart = s.indexOf('\n\n');
  let body = s.slice(bodyStart + 2);
  body = body.replace(/^On .+ wrote:$[\s\S]*$/m, '');
  const paras = body.split(/\n\s*\n/);
  const out = [title];
  let inSignature = false;
  for (const p of paras) {
    const lines = p.split('\n').filter((l) => l.trim());
    if (!lines.length) continue;
    if (/^CONFIDENTIALITY:/.test(lines[0])) continue;
    if (lines[0].trim() === '--') {
      inSignature = true;
      lines.shift();
    }
    if (inSignature) {
      out.push(...lines.map((l) => l.trim()));
      continue;
    }
    if (lines.some((l) => /\s\|\s/.test(l))) {
      for (const l of lines) {
        if (/^[\s-]+\+[\s+-]*$/.test(l)) continue;
        out.push(
          l
            .split('|')
            .map((c) => c.trim())
            .join(' | '),
        );
      }
      continue;
    }
    // list items ("*", "a.", "1)") start a block; indented lines continue it; plain lines
    // are joined into one paragraph block
    let cur = null;
    for (const l of lines) {
      const item = l.match(/^\s*(?:\*|[a-z]\.|\d+\))\s+(.*)$/);
      if (item) {
        if (cur) out.push(cur.text.join(' '));
        cur = { item: true, text: [item[1]] };
      } else if (cur?.item && /^\s{2,}\S/.test(l)) cur.text.push(l.trim());
      else if (cur && !cur.item) cur.text.push(l.trim());
      else {
        if (cur) out.push(cur.text.join(' '));
        cur = { item: false, text: [l.trim()] };
      }
    }
    if (cur) out.push(cur.text.join(' '));
  }
  return tidy(out);
}

export function stripPage(file) {
  const text = readFileSync(file, 'utf8');
  const ext = extname(file);
  if (ext === '.html' && isLocalGovDrupal(text)) return stripDrupal(text);
  if (ext === '.mdx' && isDocusaurus(text)) return stripDocusaurus(text);
  if (ext === '.txt' && isEmail(text)) return stripEmail(text);
  throw new Error(`no stripper for ${file}`);
}

export function pageTitle(file) {
  const text = readFileSync(file, 'utf8');
  if (extname(file) === '.mdx') return mdxTitle(text);
  if (extname(file) === '.txt') return emailTitle(text);
  return decode(text.match(/<title>([\s\S]*?)<\/title>/i)[1]).trim();
}

export const countWords = (blocks) =>
  blocks
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function loadPages(dir = PAGES_DIR) {
  return readdirSync(dir)
    .filter((f) => /\.(html|txt|mdx)$/.test(f))
    .sort()
    .map((f) => {
      const path = join(dir, f);
      const blocks = stripPage(path);
      return { file: f, path, title: pageTitle(path), blocks, words: countWords(blocks) };
    });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const files = process.argv.slice(2);
  const pages = files.length
    ? files.map((p) => {
        const blocks = stripPage(p);
        return { file: basename(p), title: pageTitle(p), blocks, words: countWords(blocks) };
      })
    : loadPages();
  let total = 0;
  for (const p of pages) {
    console.log(`=== ${p.file} (${p.title}): ${p.words} words`);
    for (const b of p.blocks) console.log(b);
    total += p.words;
  }
  console.log(`=== total ${total} words`);
}
