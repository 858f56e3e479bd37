// Page -> plain text, one block (paragraph, list item, table row, heading, footnote) per line.
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

const BLOCK =
  'p|div|h[1-6]|li|ul|ol|tr|td|th|table|tbody|thead|hr|center|section|article|header|footer|blockquote';
// tags to text: block tags become line breaks, inline tags (span, a, strong, sup ...) vanish, so a
// sentence split over several <span>s comes back whole
const htmlToBlocks = (s) => {
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, 'gi'), '\n');
  s = s.replace(/<[^>]+>/g, '');
  return tidy(decode(s).split('\n'));
};
// a table whose rows are data: one block a row, cells joined by " | "
const rowsToBlocks = (table) =>
  [...table.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gi)]
    .map((r) =>
      [...r[1].matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)]
        .map((c) => htmlToBlocks(c[1].replace(/<br\s*\/?>/gi, ' ')).join(' '))
        .join(' | '),
    )
    .map((row) => `<p>${row.replace(/</g, '&lt;')}</p>`)
    .join('\n');

// ------------------------------------------------------------------ Google Docs "Web page (.html)"
// A <style> block of generated classes, sentences split into <span class="cN"> runs, headings
// as <h1>-<h3> with id="h.…" or as bold <p class="c7"><span class="c4"> lines, lst-kix lists, one
// table (a block a row), empty spacer paragraphs, footnote markers [a] in <sup> links (dropped
// from the sentence; the notes at the end become blocks without their marker) and a comment
// anchor (dropped; the comment itself, kept after the notes, is a block).
export const isGoogleDoc = (html) =>
  /<meta content="text\/html; charset=UTF-8" http-equiv="content-type">/.test(html) &&
  /class="[^"]*doc-content"/.test(html);
export function stripGoogleDoc(html) {
  let s = html.replace(/<head[\s\S]*?<\/head>/i, '');
  s = s.replace(
    /<sup\b[^>]*>\s*<a href="#(?:ftnt|cmnt)\d+"[^>]*>\[[a-z0-9]+\]<\/a>\s*<\/sup>/gi,
    '',
  );
  s = s.replace(/<a href="#(?:ftnt|cmnt)_ref\d+"[^>]*>\[[a-z0-9]+\]<\/a>/gi, '');
  s = s.replace(/<table\b[^>]*>[\s\S]*?<\/table>/gi, rowsToBlocks);
  return htmlToBlocks(s);
}

// ------------------------------------------------------------------ Mailchimp e-mail saved as HTML
// Table layout; MSO conditional comments and Mailchimp merge-tag comments dropped; the hidden
// preheader (<span class="mcnPreviewText">) kept as the first block, as a mail client shows it in
// the inbox; images dropped (their alt text is not page text); the "dates for your diary" table
// (class mcnDiaryTable) read a row a block; every layout cell a block of its own.
export const isMailchimp = (html) => /class="mcnTextContent"/.test(html);
export function stripMailchimp(html) {
  let s = html.replace(/<head[\s\S]*?<\/head>/i, '');
  s = s.replace(/<!--[\s\S]*?-->/g, '');
  s = s.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '');
  s = s.replace(/<table\b[^>]*class="mcnDiaryTable"[^>]*>[\s\S]*?<\/table>/gi, rowsToBlocks);
  s = s.replace(/<img\b[^>]*>/gi, '');
  return htmlToBlocks(s);
}

export function stripHtml(html) {
  if (isGoogleDoc(html)) return stripGoogleDoc(html);
  if (isMailchimp(html)) return stripMailchimp(html);
  throw new Error('unknown HTML page: neither a Google Docs export nor a Mailchimp e-mail');
}

// ------------------------------------------------------------------ Hugo / Jekyll Markdown source
// YAML front matter (the title becomes the first block; the other keys are not page text),
// <!--more--> and other comments dropped, shortcodes: {{< details summary="…" >}} gives its
// summary as a block, other shortcode tags ({{< callout >}}, closing tags) only break paragraphs;
// kramdown attribute lines ({: .notice}) dropped; footnote references [^1] dropped from the
// sentence and footnote definitions kept as blocks; tables a row a block (cells joined by " | ",
// the --- row dropped); a glossary term and its ": definition" line are separate blocks; HTML
// entities decoded; links keep their text.
export function frontMatter(md) {
  const m = md.replace(/\r/g, '').match(/^---\n([\s\S]*?)\n---\n/);
  if (!m) return null;
  const out = {};
  for (const line of m[1].split('\n')) {
    const kv = line.match(/^([A-Za-z_]+):\s*(.*)$/);
    if (kv) out[kv[1]] = kv[2].replace(/^"(.*)"$/, '$1');
  }
  return { fields: out, raw: m[0] };
}
export function stripHugo(md) {
  const fm = frontMatter(md);
  let src = md.replace(/\r/g, '');
  const out = [];
  if (fm) {
    src = src.slice(fm.raw.length);
    if (fm.fields.title) out.push(decode(fm.fields.title));
  }
  src = src.replace(/<!--[\s\S]*?-->/g, '\n');
  const inline = (s) =>
    decode(
      s
        .replace(/\[\^[^\]]+\]/g, '')
        .replace(/!?\[([^\]]+)\]\([^)]+\)/g, '$1')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[\s(])[*_](?!\s)(.+?)[*_](?=[\s).,:;!?]|$)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1')
        .replace(/<[^>]+>/g, ''),
    );
  let para = [];
  const flush = () => {
    if (para.length) out.push(para.join(' '));
    para = [];
  };
  for (const raw of src.split('\n')) {
    const l = raw.trim();
    if (!l) {
      flush();
      continue;
    }
    const sc = l.match(/^\{\{[<%]\s*(\/?)([\w-]+)([^}]*?)\s*[>%]\}\}$/);
    if (sc) {
      flush();
      const summary = sc[3].match(/summary="([^"]*)"/);
      if (!sc[1] && summary) out.push(inline(summary[1]));
      continue;
    }
    if (/^\{:[^}]*\}$/.test(l)) {
      flush();
      continue;
    }
    const fn = l.match(/^\[\^[^\]]+\]:\s*(.*)$/);
    if (fn) {
      flush();
      out.push(inline(fn[1]));
      continue;
    }
    if (/^#{1,6}\s/.test(l)) {
      flush();
      out.push(inline(l.replace(/^#+\s*/, '')));
      continue;
    }
    if (/^\|.*\|$/.test(l)) {
      flush();
      if (/^\|(\s*:?-{3,}:?\s*\|)+$/.test(l)) continue;
      out.push(
        l
          .slice(1, -1)
          .split('|')
          .map((c) => inline(c.trim()))
          .join(' | '),
      );
      continue;
    }
    const dd = l.match(/^:\s+(.*)$/);
    if (dd) {
      flush();
      out.push(inline(dd[1]));
      continue;
    }
    const item = l.match(/^(?:[-*+]|\d+\.)\s+(.*)$/);
    if (item) {
      flush();
      para.push(inline(item[1]));
      flush();
      continue;
    }
    para.push(inline(l));
  }
  flush();
  return tidy(out);
}

export function stripPage(file) {
  const text = readFileSync(file, 'utf8');
  const ext = extname(file);
  if (ext === '.html') return stripHtml(text);
  if (ext === '.md') return stripHugo(text);
  throw new Error(`no stripper for ${file}`);
}

export function pageTitle(file) {
  const text = readFileSync(file, 'utf8');
  if (extname(file) === '.md') return decode(frontMatter(text).fields.title);
  return decode(text.match(/<title>([\s\S]*?)<\/title>/i)[1]).trim();
}

export const countWords = (blocks) =>
  blocks
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function loadPages(dir = PAGES_DIR) {
  return readdirSync(dir)
    .filter((f) => /\.(html|md)$/.test(f))
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
