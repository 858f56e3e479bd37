// Page -> plain text, one block (paragraph, list item, table row, heading, FAQ answer) per line.
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

// ------------------------------------------------------------------ WordPress (Gutenberg/Elementor)
// Everything in <body> is text, including the hidden accordion panels, the sidebar widgets, the
// cookie notice and the footer. A schema.org FAQPage in JSON-LD becomes blocks too (a question
// block, then its answer block), where its <script> stands; other scripts and styles are dropped.
export const faqFromJsonLd = (json) => {
  const out = [];
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const types = [].concat(node['@type'] ?? []);
    if (types.includes('Question')) {
      out.push(String(node.name ?? ''));
      const a = [].concat(node.acceptedAnswer ?? [])[0];
      if (a?.text) out.push(String(a.text).replace(/<[^>]+>/g, ' '));
      return;
    }
    for (const v of Object.values(node)) visit(v);
  };
  visit(json);
  return out;
};
export function stripHtml(html) {
  let s = html.replace(/<head[\s\S]*?<\/head>/i, '');
  s = s.replace(
    /<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi,
    (m, body) => {
      let json;
      try {
        json = JSON.parse(body);
      } catch {
        return '';
      }
      const qa = faqFromJsonLd(json);
      return qa.length ? '\n' + qa.map((x) => `<p>${x}</p>`).join('\n') + '\n' : '';
    },
  );
  s = s
    .replace(/<(script|style|noscript|template|svg)[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(input|select|textarea)\b[^>]*>/gi, '');
  s = s.replace(/<br\s*\/?>/gi, '\n');
  const block =
    'p|div|h[1-6]|li|ul|ol|tr|table|thead|tbody|hr|figure|figcaption|section|article|aside|header|footer|nav|main|blockquote|details|summary|form|label|button';
  s = s.replace(new RegExp(`<\\/?(?:${block})\\b[^>]*>`, 'gi'), '\n');
  s = s.replace(/<[^>]+>/g, '');
  return tidy(decode(s).split(/\n/));
}

// ------------------------------------------------------------------ pdftotext -layout
// A leaflet run through `pdftotext -layout`: pages split by form feeds; a running header and
// footer on every page (lines that recur on two or more pages once digits are ignored) are
// dropped; words hyphenated at a line end are joined; a two-column stretch (lines whose text
// sits either side of one wide gutter) is read left column first; a table laid out with spaces
// becomes one block per row, cells joined by " | "; a callout box drawn with ┌ │ └ becomes its
// paragraphs; bullets (• or the Symbol font's U+F0B7) start blocks; a paragraph cut by a page
// break is rejoined.
export const BULLET = /^\s*[\u2022\uF0B7]\s+/;
const GAP = /\S(\s{3,})\S/g;
const segs = (line) => {
  const out = [];
  const re = /\S+(?: \S+)*/g;
  let m;
  while ((m = re.exec(line))) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  return out;
};
export function pdfPages(txt) {
  const pages = txt
    .replace(/\r/g, '')
    .replace(/\f$/, '')
    .split('\f')
    .map((p) => p.split('\n'));
  const key = (l) => l.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ');
  const seen = new Map();
  pages.forEach((lines, i) => {
    for (const k of new Set(lines.filter((l) => l.trim()).map(key)))
      seen.set(k, (seen.get(k) ?? new Set()).add(i));
  });
  const running = new Set([...seen].filter(([, s]) => s.size >= 2).map(([k]) => k));
  return pages.map((lines) => lines.filter((l) => !l.trim() || !running.has(key(l))));
}
const joinLines = (lines) => {
  let s = '';
  for (const raw of lines) {
    const l = raw.trim();
    if (!l) continue;
    if (/[A-Za-z]-$/.test(s) && /^[a-z]/.test(l)) s = s.slice(0, -1) + l;
    else s += (s ? ' ' : '') + l;
  }
  return s;
};
export function stripPdfText(txt) {
  const blocks = [];
  let para = [];
  let carry = null; // a paragraph cut off at the foot of a page
  for (const lines of pdfPages(txt)) {
    let i = 0;
    const pageBlocks = [];
    const push = (b) => pageBlocks.push(b);
    para = [];
    const flushP = () => {
      if (para.length) push(joinLines(para));
      para = [];
    };
    while (i < lines.length) {
      const line = lines[i];
      const t = line.trim();
      if (!t) {
        flushP();
        i++;
        continue;
      }
      // callout box
      if (/^\s*┌/.test(line)) {
        flushP();
        const inner = [];
        i++;
        while (i < lines.length && !/^\s*└/.test(lines[i])) {
          inner.push(lines[i].replace(/^\s*│ ?/, '').replace(/ ?│\s*$/, ''));
          i++;
        }
        i++;
        let p = [];
        for (const l of inner) {
          if (!l.trim()) {
            if (p.length) push(joinLines(p));
            p = [];
          } else p.push(l);
        }
        if (p.length) push(joinLines(p));
        continue;
      }
      if (BULLET.test(line)) {
        flushP();
        para.push(line.replace(BULLET, ''));
        i++;
        while (
          i < lines.length &&
          lines[i].trim() &&
          !BULLET.test(lines[i]) &&
          /^\s{4,}\S/.test(lines[i])
        ) {
          para.push(lines[i]);
          i++;
        }
        flushP();
        continue;
      }
      // table: a header line with two or more wide gaps; rows begin where the first column has text
      const gaps = [...line.matchAll(GAP)];
      if (gaps.length >= 2) {
        flushP();
        const starts = segs(line).map((s) => s.start);
        const fits = (l) =>
          segs(l).every((s) => {
            const col = starts.indexOf(s.start);
            const next = starts[col + 1] ?? Infinity;
            return col >= 0 && s.end <= next;
          });
        const rows = [];
        let row = null;
        while (i < lines.length && (!lines[i].trim() || fits(lines[i]))) {
          const l = lines[i];
          if (l.trim()) {
            const cells = starts.map((s, k) => l.slice(s, starts[k + 1] ?? undefined));
            if (cells[0].trim() || !row) {
              row = cells.map(() => []);
              rows.push(row);
            }
            cells.forEach((c, k) => row[k].push(c));
          }
          i++;
        }
        for (const r of rows) push(r.map(joinLines).join(' | '));
        continue;
      }
      // two columns: lines with one wide gap that ends at the same column
      if (gaps.length === 1) {
        flushP();
        const gutter = gaps[0].index + 1 + gaps[0][1].length;
        const left = [];
        const right = [];
        while (i < lines.length && lines[i].trim()) {
          const l = lines[i];
          const g = [...l.matchAll(GAP)];
          if (g.length > 1) break;
          if (g.length === 1 && g[0].index + 1 + g[0][1].length !== gutter) break;
          left.push(l.slice(0, gutter));
          right.push(l.slice(gutter));
          i++;
          // a blank line inside the stretch belongs to both columns
          if (
            i < lines.length &&
            !lines[i].trim() &&
            lines[i + 1] &&
            [...lines[i + 1].matchAll(GAP)].length === 1
          ) {
            left.push('');
            right.push('');
            i++;
          }
        }
        for (const col of [left, right]) {
          let p = [];
          for (const l of col) {
            if (!l.trim()) {
              if (p.length) push(joinLines(p));
              p = [];
            } else p.push(l);
          }
          if (p.length) push(joinLines(p));
        }
        continue;
      }
      para.push(line);
      i++;
    }
    flushP();
    if (carry && pageBlocks.length && /^[a-z]/.test(pageBlocks[0])) {
      blocks[blocks.length - 1] = joinLines([carry, pageBlocks.shift()]);
    }
    blocks.push(...pageBlocks);
    const last = blocks[blocks.length - 1];
    carry = last && !/[.!?:)"]$/.test(last) ? last : null;
  }
  return tidy(blocks);
}

// ------------------------------------------------------------------ Notion Markdown export
// A title, property lines ("Owner: ..."), <aside> callouts with an emoji, checkbox lists,
// toggles (a "- question" item with its answer indented below it), Markdown tables (one block a
// row, cells joined by " | ", the --- row dropped), links to sub-pages with long hex ids.
export function stripNotion(md) {
  const src = md.replace(/\r/g, '');
  const inline = (s) =>
    s
      .replace(/!?\[([^\]]+)\]\([^)]+\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[\s(])[*_](?!\s)(.+?)[*_](?=[\s).,:;!?]|$)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/<\/?aside>/g, '');
  const out = [];
  let para = [];
  const flush = () => {
    if (para.length) out.push(para.join(' '));
    para = [];
  };
  // the title, then Notion's property lines ("Owner: ...", "Last edited: ..."): one block each
  const lines = src.split('\n');
  let k = 0;
  while (k < lines.length && !lines[k].trim()) k++;
  if (/^# /.test(lines[k] ?? '')) out.push(inline(lines[k++].slice(2)));
  while (k < lines.length && !lines[k].trim()) k++;
  while (k < lines.length && /^[A-Z][A-Za-z ]{1,24}: \S/.test(lines[k]))
    out.push(lines[k++].trim());
  for (const raw of lines.slice(k)) {
    const l = raw.trim();
    if (!l || /^<\/?aside>$/.test(l)) {
      flush();
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
    const item = l.match(/^[-*]\s+(\[[ xX]\]\s+)?(.*)$/);
    if (item) {
      flush();
      para.push(inline(item[2]));
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
  if (ext === '.txt') return stripPdfText(text);
  if (ext === '.md') return stripNotion(text);
  throw new Error(`no stripper for ${file}`);
}

export function pageTitle(file) {
  const text = readFileSync(file, 'utf8');
  const ext = extname(file);
  if (ext === '.html')
    return decode(text.match(/<h1[^>]*>([\s\S]*?)<\/h1>/i)[1])
      .replace(/<[^>]+>/g, '')
      .trim();
  if (ext === '.md') return text.match(/^# (.+)$/m)[1].trim();
  // the leaflet: its first heading after the running header
  return stripPdfText(text)[0];
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
