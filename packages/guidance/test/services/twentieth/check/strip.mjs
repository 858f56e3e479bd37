// Page -> plain text, one block (paragraph, list item, table row, heading) per line.
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
  raquo: '\u00bb',
  laquo: '\u00ab',
  copy: '\u00a9',
  pound: '\u00a3',
};
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e.toLowerCase()] ?? m;
  });

const tidy = (blocks) => blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);

export function stripHtml(html) {
  let s = html
    .replace(/<head[\s\S]*?<\/head>/i, '')
    .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(textarea|select|button)[\s\S]*?<\/\1>/gi, '');
  // a table row becomes one block with its cells separated by " | "
  s = s.replace(/<\/t[hd]>\s*<t[hd][^>]*>/gi, ' | ');
  s = s.replace(/<br\s*\/?>/gi, '\n').replace(/<\/a>(?=<)/gi, '</a> ');
  const block =
    'p|div|h[1-6]|li|ul|ol|tr|table|thead|tbody|figure|figcaption|section|article|aside|header|footer|nav|main|details|summary|form|blockquote';
  s = s.replace(new RegExp(`<\\/?(?:${block})\\b[^>]*>`, 'gi'), '\n');
  s = s.replace(/<[^>]+>/g, '');
  return tidy(decode(s).split(/\n/));
}

// pdftotext output: pages split by form feeds, running header and footer on each page,
// hard wraps, words hyphenated at line ends, bullets, aligned tables.
const LEAFLET_HEADER =
  /^Fen Edge SEND Mediation\s{2,}Certificates, Deadlines and After Mediation\s*$/;
const LEAFLET_FOOTER = /\s{2,}Page \d+ of \d+\s*$/;
const isTableRow = (l) => /\S {2,}\S/.test(l.trim());
const isItemStart = (l) => /^\s*(?:[\u2022\uf0b7\-*]|\d+[.)])\s/.test(l);

export function stripPdfText(txt) {
  const pages = txt
    .split('\f')
    .map((p) => {
      const lines = p.split('\n').filter((l) => !LEAFLET_HEADER.test(l) && !LEAFLET_FOOTER.test(l));
      while (lines.length && !lines[0].trim()) lines.shift();
      while (lines.length && !lines[lines.length - 1].trim()) lines.pop();
      return lines;
    })
    .filter((p) => p.length);
  // a page that ends mid-sentence continues on the next one
  const lines = [];
  pages.forEach((p, i) => {
    if (i > 0) {
      const last = lines[lines.length - 1] ?? '';
      const midSentence =
        !/[.!?:]["\u201d)]?\s*$/.test(last) && !isTableRow(last) && !isTableRow(p[0]);
      if (!midSentence) lines.push('');
    }
    lines.push(...p);
  });
  const blocks = [];
  let cur = null;
  const flush = () => {
    if (cur !== null) blocks.push(cur);
    cur = null;
  };
  for (const raw of lines) {
    const l = raw.replace(/\s+$/, '');
    if (!l.trim()) {
      flush();
      continue;
    }
    if (isTableRow(l)) {
      flush();
      blocks.push(l.trim().split(/ {2,}/).join(' | '));
      continue;
    }
    if (isItemStart(l)) {
      flush();
      cur = l.trim().replace(/^[\u2022\uf0b7\-*]\s+/, '');
      continue;
    }
    if (cur === null) {
      cur = l.trim();
      continue;
    }
    if (/[a-z]-$/.test(cur) && /^[a-z]/.test(l.trim())) cur = cur.slice(0, -1) + l.trim();
    else cur += ' ' + l.trim();
  }
  flush();
  return tidy(blocks);
}

export function stripMarkdown(md) {
  const out = [];
  let para = [];
  const flush = () => {
    if (para.length) out.push(para.join(' '));
    para = [];
  };
  const inline = (s) =>
    s
      .replace(/<\/?(?:details|summary)>/gi, '')
      .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[\s(])[*_](?!\s)(.+?)[*_](?=[\s).,:;!?]|$)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1');
  for (const raw of md.split('\n')) {
    const l = raw.trim();
    if (!l || /^-{3,}$/.test(l) || /^<\/?details>$/i.test(l)) {
      flush();
      continue;
    }
    if (/^\|(\s*:?-+:?\s*\|)+$/.test(l)) continue; // table rule
    if (l.startsWith('|')) {
      flush();
      out.push(
        l
          .replace(/^\||\|$/g, '')
          .split('|')
          .map((c) => inline(c.trim()))
          .join(' | '),
      );
      continue;
    }
    if (/^#{1,6}\s/.test(l) || /^<summary>/i.test(l)) {
      flush();
      out.push(inline(l.replace(/^#+\s*/, '')));
      continue;
    }
    if (/^([-*+]|\d+\.)\s/.test(l)) {
      flush();
      para.push(inline(l.replace(/^([-*+]|\d+\.)\s+/, '')));
      continue;
    }
    if (l.startsWith('>')) {
      flush();
      out.push(inline(l.replace(/^>\s?/, '')));
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
  if (ext === '.txt') return stripPdfText(text);
  if (ext === '.md') return stripMarkdown(text);
  throw new Error(`no stripper for ${file}`);
}

export function pageTitle(file) {
  const text = readFileSync(file, 'utf8');
  const ext = extname(file);
  if (ext === '.html') return decode(text.match(/<title>([\s\S]*?)<\/title>/i)[1]).trim();
  if (ext === '.md')
    return text
      .match(/^# (.+)$/m)[1]
      .replace(/[^\p{L}\p{N}\s,:'’-]/gu, '')
      .trim();
  return text
    .split('\n')[0]
    .trim()
    .split(/\s{2,}/)
    .pop(); // the running header's right-hand part
}

export const countWords = (blocks) =>
  blocks
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function loadPages(dir = PAGES_DIR) {
  return readdirSync(dir)
    .filter((f) => /\.(html|txt|md)$/.test(f))
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
