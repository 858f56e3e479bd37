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

// ------------------------------------------------------------------ GOV.UK-style Local Offer page
// GOV.UK Frontend markup: <head>, scripts, the skip link and the site header (logo and menu) are
// not page text and are dropped; the phase banner, breadcrumbs (one block an item), the summary
// list (one block a row, "key: value"), the govuk-table (one block a row, cells joined by " | "),
// inset and warning text (the visually hidden "Warning" prefix dropped), the accordion (each
// section's heading and its content are blocks), the details component, the related-content
// aside, the "Is this page useful?" footer and the site footer are kept as blocks.
export const isGovUk = (html) => /class="govuk-template__body"/.test(html);
export function stripGovUk(html) {
  let s = html.replace(/<head[\s\S]*?<\/head>/i, '');
  s = s.replace(/<!--[\s\S]*?-->/g, '');
  s = s.replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '');
  s = s.replace(/<a [^>]*class="govuk-skip-link"[^>]*>[\s\S]*?<\/a>/gi, '');
  s = s.replace(/<header class="govuk-header"[\s\S]*?<\/header>/gi, '');
  s = s.replace(/<span class="govuk-visually-hidden">[\s\S]*?<\/span>/gi, '');
  s = s.replace(/<span class="govuk-warning-text__icon"[^>]*>[\s\S]*?<\/span>/gi, '');
  s = s.replace(
    /<div class="govuk-summary-list__row">\s*<dt[^>]*>([\s\S]*?)<\/dt>\s*<dd[^>]*>([\s\S]*?)<\/dd>\s*<\/div>/gi,
    (m, k, v) => `<p>${k.trim()}: ${v.trim()}</p>`,
  );
  s = s.replace(/<table\b[^>]*>[\s\S]*?<\/table>/gi, (t) =>
    t
      .replace(/<caption\b[^>]*>([\s\S]*?)<\/caption>/i, '<p>$1</p>')
      .replace(/^[\s\S]*?(?=<p>|<tr)/, '')
      .replace(/<(thead|tbody)\b[^>]*>|<\/(thead|tbody|table)>/gi, '')
      .replace(/<tr\b[\s\S]*?<\/tr>/gi, (r) =>
        rowsToBlocks(`<tr>${r.replace(/^<tr\b[^>]*>/, '')}`),
      ),
  );
  s = s.replace(
    /<(summary|dt|dd|span class="govuk-(?:caption-l|accordion__section-button|phase-banner__text)")(?=[\s>])/gi,
    '\n<$1',
  );
  return htmlToBlocks(s.replace(/<\/(summary|dt|dd)>/gi, '</$1>\n'));
}

export function stripHtml(html) {
  if (isGovUk(html)) return stripGovUk(html);
  throw new Error('unknown HTML page: not a GOV.UK-style Local Offer page');
}

// ------------------------------------------------------------------ Easy Read plain text
// Headings in capitals underlined with ==== (or ---- for a sub-heading): the rule lines dropped,
// the heading kept as a block; picture descriptions in square brackets ("[Picture: …]") dropped,
// as a screen-reader user would skip them; one short sentence a line, each a block; "•" bullets
// and "1." steps are blocks, with indented continuation lines joined on; the phone-hours table
// (columns laid out with spaces) a row a block, cells joined by " | ", its dashed rule dropped;
// "Q:" and "A:" lines become blocks without the prefix (an indented line continues the answer);
// in "WORDS WE USE" a term and its definition (indented four spaces) are separate blocks.
export const isEasyRead = (txt) => /^[A-Z0-9 :,'&-]+\n=+\n/.test(txt);
export function stripEasyRead(txt) {
  const lines = txt.replace(/\r/g, '').split('\n');
  const out = [];
  let last = null; // kind of the last block: 'line', 'item', 'term', 'def', 'answer'
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const l = raw.trim();
    const next = lines[i + 1] ?? '';
    if (!l) {
      last = null;
      continue;
    }
    if (/^(=+|-+)$/.test(l)) continue; // heading rule
    if (/^-{3,}\s{2,}-{3,}$/.test(l)) continue; // table rule
    if (/^\[Picture:[^\]]*\]$/.test(l)) continue;
    const indent = raw.match(/^ */)[0].length;
    if (indent > 0 && out.length && last) {
      if (indent >= 4 && last === 'term') {
        out.push(l);
        last = 'def';
      } else out[out.length - 1] += ` ${l}`;
      continue;
    }
    const qa = l.match(/^([QA]):\s+(.*)$/);
    if (qa) {
      out.push(qa[2]);
      last = 'answer';
      continue;
    }
    const item = l.match(/^(?:•|\d+\.)\s+(.*)$/);
    if (item) {
      out.push(item[1]);
      last = 'item';
      continue;
    }
    if (/\S {2,}\S/.test(l)) {
      out.push(l.split(/ {2,}/).join(' | '));
      last = 'row';
      continue;
    }
    if (/^ {4}\S/.test(next) && words(l) <= 4) {
      out.push(l);
      last = 'term';
      continue;
    }
    out.push(l);
    last = 'line';
  }
  return tidy(out);
}
const words = (s) => s.split(/\s+/).filter(Boolean).length;

// ------------------------------------------------------------------ AsciiDoc source
// The document title (= …) is the first block; the author and revision lines under it and the
// attribute entries (:toc: …) are not page text, but attribute references such as {phone} are
// replaced by their values; block anchors ([[id]]), block attribute lines ([NOTE], [cols=…],
// [qanda]) and delimiters (====, |===) dropped; section titles (== …) are blocks; paragraph lines
// are joined into one block; "TIP:" / "WARNING:" admonition labels dropped; footnote:[…] taken
// out of the sentence and kept as a block after the text; xref:…[text] and <<id,text>> keep their
// text; ". " list items are blocks; "Term:: definition" and the [qanda] list give the term (or
// question) and the definition (or answer) as separate blocks; a table a row a block, cells
// joined by " | ", using the column count of its header line.
export function adocTitle(src) {
  return (
    src
      .replace(/\r/g, '')
      .match(/^= (.+)$/m)?.[1]
      .trim() ?? ''
  );
}
export function stripAsciiDoc(src) {
  const lines = src.replace(/\r/g, '').split('\n');
  const attrs = {};
  const out = [];
  const notes = [];
  let para = [];
  let i = 0;
  const inline = (s) =>
    s
      .replace(/\{([a-z][\w-]*)\}/g, (m, k) => attrs[k] ?? m)
      .replace(/footnote:\[([^\]]*)\]/g, (m, n) => {
        notes.push(n);
        return '';
      })
      .replace(/xref:[^[\s]+\[([^\]]*)\]/g, '$1')
      .replace(/<<[\w-]+,([^>]*)>>/g, '$1')
      .replace(/kbd:\[([^\]]*)\]/g, '$1')
      .replace(/\*([^*]+)\*/g, '$1');
  const flush = () => {
    if (para.length) out.push(inline(para.join(' ')));
    para = [];
  };
  // header: title, then author and revision lines and attribute entries up to the first blank line
  if (/^= /.test(lines[0])) {
    out.push(lines[0].slice(2).trim());
    i = 1;
    while (i < lines.length && lines[i].trim()) {
      const a = lines[i].match(/^:([\w-]+):\s*(.*)$/);
      if (a) attrs[a[1]] = a[2];
      i++;
    }
  }
  let table = null;
  let cols = 0;
  for (; i < lines.length; i++) {
    const l = lines[i].trim();
    if (table) {
      if (l === '|===') {
        for (let k = 0; k < table.length; k += cols)
          out.push(
            table
              .slice(k, k + cols)
              .map(inline)
              .join(' | '),
          );
        table = null;
        continue;
      }
      if (!l) continue;
      const cells = l
        .split('|')
        .slice(1)
        .map((c) => c.trim());
      if (!cols) cols = cells.length;
      table.push(...cells);
      continue;
    }
    if (l === '|===') {
      flush();
      table = [];
      cols = 0;
      continue;
    }
    if (!l) {
      flush();
      continue;
    }
    const a = l.match(/^:([\w-]+):\s*(.*)$/);
    if (a) {
      flush();
      attrs[a[1]] = a[2];
      continue;
    }
    if (/^\[\[[\w-]+\]\]$/.test(l) || /^\[[^\]]*\]$/.test(l) || /^(====|----|\*\*\*\*)$/.test(l)) {
      flush();
      continue;
    }
    const h = l.match(/^={2,6} (.*)$/);
    if (h) {
      flush();
      out.push(inline(h[1]));
      continue;
    }
    const dl = l.match(/^(.+?)::(?:\s+(.*))?$/);
    if (dl) {
      flush();
      out.push(inline(dl[1]));
      if (dl[2]) out.push(inline(dl[2]));
      continue;
    }
    const li = l.match(/^(?:\.|\*)\s+(.*)$/);
    if (li) {
      flush();
      para.push(li[1]);
      flush();
      continue;
    }
    para.push(l.replace(/^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+/, ''));
  }
  flush();
  out.push(...notes);
  return tidy(out);
}

export function stripPage(file) {
  const text = readFileSync(file, 'utf8');
  const ext = extname(file);
  if (ext === '.html') return stripHtml(text);
  if (ext === '.txt') return stripEasyRead(text);
  if (ext === '.adoc') return stripAsciiDoc(text);
  throw new Error(`no stripper for ${file}`);
}

export function pageTitle(file) {
  const text = readFileSync(file, 'utf8');
  if (extname(file) === '.adoc') return adocTitle(text);
  if (extname(file) === '.txt') return text.split('\n')[0].trim();
  return decode(text.match(/<title>([\s\S]*?)<\/title>/i)[1]).trim();
}

export const countWords = (blocks) =>
  blocks
    .join(' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

export function loadPages(dir = PAGES_DIR) {
  return readdirSync(dir)
    .filter((f) => /\.(html|txt|adoc)$/.test(f))
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
