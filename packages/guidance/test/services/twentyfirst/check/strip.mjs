// Page -> plain text, one block (paragraph, list item, table row, heading, speaker turn) per line.
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
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e.toLowerCase()] ?? m;
  });

const tidy = (blocks) => blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);

// A Google Docs "web page" export: everything in <body>, spans inside <p>/<li>/<h2>, table
// cells that hold their own <p>, footnote links [N] and the notes themselves at the foot.
export function stripHtml(html) {
  let s = html
    .replace(/<head[\s\S]*?<\/head>/i, '')
    .replace(/<(script|style|noscript|template)[\s\S]*?<\/\1>/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  // a cell's own paragraphs are not blocks; a table row becomes one block, cells joined by " | "
  s = s.replace(
    /<t([hd])\b([^>]*)>([\s\S]*?)<\/t\1>/gi,
    (m, t, attrs, inner) => `<t${t}${attrs}>${inner.replace(/<\/?p\b[^>]*>/gi, ' ')}</t${t}>`,
  );
  s = s.replace(/<\/t[hd]>\s*<t[hd][^>]*>/gi, ' | ');
  s = s.replace(/<br\s*\/?>/gi, '\n');
  const block =
    'p|div|h[1-6]|li|ul|ol|tr|table|thead|tbody|hr|figure|figcaption|section|article|aside|header|footer|nav|main|blockquote';
  s = s.replace(new RegExp(`<\\/?(?:${block})\\b[^>]*>`, 'gi'), '\n');
  s = s.replace(/<[^>]+>/g, '');
  return tidy(decode(s).split(/\n/));
}

// WebVTT captions of a recorded session: a header, cue numbers, timing lines, cue text. A cue
// that opens with "Label:" starts a new speaker turn; cues without a label continue the turn.
// One turn is one block, "Label: what they said".
export const TIMING = /^(\d\d:\d\d:\d\d\.\d\d\d) --> (\d\d:\d\d:\d\d\.\d\d\d)$/;
export const SPEAKER = /^((?:SPEAKER \d+|Host|[A-Z][a-z]+(?: [A-Z][a-z'-]+)?)):\s+/;
export function parseVtt(txt) {
  const cues = [];
  const chunks = txt.replace(/\r/g, '').split(/\n{2,}/);
  for (const chunk of chunks) {
    const lines = chunk.split('\n').filter((l) => l.trim());
    const t = lines.findIndex((l) => TIMING.test(l.trim()));
    if (t < 0) continue; // header, NOTE or STYLE block
    const [, start, end] = lines[t].trim().match(TIMING);
    const id = t > 0 ? lines[t - 1].trim() : null;
    cues.push({
      id,
      start,
      end,
      text: lines
        .slice(t + 1)
        .join(' ')
        .trim(),
    });
  }
  return cues;
}
export function stripVtt(txt) {
  const turns = [];
  for (const cue of parseVtt(txt)) {
    const m = cue.text.match(SPEAKER);
    if (m || !turns.length) turns.push(cue.text);
    else turns[turns.length - 1] += ' ' + cue.text;
  }
  return tidy(turns);
}

// A static-site page: YAML front matter, footnotes, reference-style links, GitHub admonitions,
// a definition-style glossary, one raw HTML <table>, Hugo shortcodes.
export function stripMarkdown(md) {
  let src = md.replace(/\r/g, '').replace(/^---\n[\s\S]*?\n---\n/, '');
  // Hugo shortcodes: keep what is between a paired shortcode, drop the tags
  src = src.replace(/\{\{[<%]\s*\/?\s*[\w-]+[^}]*?[>%]\}\}/g, '');
  // a raw HTML table: one block per row
  src = src.replace(
    /<table[\s\S]*?<\/table>/gi,
    (t) => '\n\n' + stripHtml(t).join('\n\n') + '\n\n',
  );
  const inline = (s) =>
    s
      .replace(/\[\^[^\]]+\]/g, '') // footnote references
      .replace(/!?\[([^\]]+)\]\([^)]+\)/g, '$1')
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference-style links
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[\s(])[*_](?!\s)(.+?)[*_](?=[\s).,:;!?]|$)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1');
  const out = [];
  let para = [];
  let kind = null;
  const flush = () => {
    if (para.length) out.push(para.join(' '));
    para = [];
    kind = null;
  };
  for (const raw of src.split('\n')) {
    const l = raw.trim();
    if (!l) {
      flush();
      continue;
    }
    if (/^\[[^\]^]+\]:\s+\S+/.test(l)) continue; // link reference definition
    if (/^-{3,}$/.test(l)) {
      flush();
      continue;
    }
    const fn = l.match(/^\[\^[^\]]+\]:\s*(.*)$/);
    if (fn) {
      flush();
      para.push(inline(fn[1]));
      kind = 'fn';
      continue;
    }
    if (/^#{1,6}\s/.test(l)) {
      flush();
      out.push(inline(l.replace(/^#+\s*/, '')));
      continue;
    }
    if (l.startsWith('>')) {
      const body = l.replace(/^>\s?/, '').trim();
      if (kind !== 'quote') flush();
      kind = 'quote';
      if (/^\[!\w+\]$/.test(body)) continue; // the admonition's type marker
      if (!body) {
        flush();
        kind = 'quote';
        continue;
      }
      para.push(inline(body));
      continue;
    }
    if (/^:\s+/.test(l)) {
      // a definition: its own block, after the term's block
      flush();
      para.push(inline(l.replace(/^:\s+/, '')));
      kind = 'def';
      continue;
    }
    if (/^([-*+]|\d+\.)\s/.test(l)) {
      flush();
      para.push(inline(l.replace(/^([-*+]|\d+\.)\s+/, '')));
      kind = 'item';
      continue;
    }
    if (kind === 'quote') flush();
    para.push(inline(l));
    if (!kind) kind = 'para';
  }
  flush();
  return tidy(out);
}

export function stripPage(file) {
  const text = readFileSync(file, 'utf8');
  const ext = extname(file);
  if (ext === '.html') return stripHtml(text);
  if (ext === '.txt') return stripVtt(text);
  if (ext === '.md') return stripMarkdown(text);
  throw new Error(`no stripper for ${file}`);
}

export function pageTitle(file) {
  const text = readFileSync(file, 'utf8');
  const ext = extname(file);
  if (ext === '.html')
    return decode(text.match(/<p class="[^"]*\btitle\b[^"]*"[^>]*>([\s\S]*?)<\/p>/i)[1])
      .replace(/<[^>]+>/g, '')
      .trim();
  if (ext === '.md') return text.match(/^title:\s*"?(.+?)"?\s*$/m)[1].trim();
  return text
    .split('\n')[0]
    .replace(/^WEBVTT\s*-?\s*/, '')
    .trim(); // the header's description
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
