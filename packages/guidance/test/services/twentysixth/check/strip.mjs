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

// ------------------------------------------------------------------ WordPress page, saved as HTML
// A WordPress page (a classic theme with a sidebar, its content built from Gutenberg blocks) saved
// from the browser. Not page text, and dropped: <head>, scripts and styles, the cookie banner, the
// skip link, the site header with its menu, the entry header (the title is taken from its <h1>
// and made the first block), the "Last updated" line, the comments area ("Comments are closed."),
// the search, "Recent posts" and "Categories" widgets, the footer menu and the copyright line.
// Kept: the entry content (paragraphs, wp-block-heading headings, wp-block-list items, each
// column of a wp-block-columns group, each wp-block-table row as `cell | cell` plus its caption,
// each wp-block-details accordion's <summary> question and its answer as separate blocks), the
// sidebar's text widget (widget_block) and the footer's contact group.
export const isWordPress = (html) =>
  /<meta name="generator" content="WordPress [\d.]+"/.test(html) &&
  /class="entry-content"/.test(html);

const BLOCK =
  'p|div|h[1-6]|li|ul|ol|tr|table|tbody|thead|hr|section|article|header|footer|blockquote|figure|figcaption|details|summary|aside|nav|main';
const htmlToBlocks = (s) => {
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, 'gi'), '\n');
  s = s.replace(/<[^>]+>/g, '');
  return tidy(decode(s).split('\n'));
};
// a table row: one block, cells joined by " | "
const rowBlock = (row) =>
  [...row.matchAll(/<t[dh]\b[^>]*>([\s\S]*?)<\/t[dh]>/gi)]
    .map((c) => htmlToBlocks(c[1]).join(' '))
    .join(' | ');

export function stripWordPress(html) {
  const title = decode(html.match(/<h1 class="entry-title">([\s\S]*?)<\/h1>/)?.[1] ?? '')
    .replace(/<[^>]+>/g, '')
    .trim();
  const content =
    html.match(/<div class="entry-content">([\s\S]*?)<footer class="entry-footer">/)?.[1] ?? '';
  const widgets = [
    ...html.matchAll(/<section id="[\w-]+" class="widget widget_block">([\s\S]*?)<\/section>/g),
  ].map((m) => m[1]);
  const footer =
    html.match(
      /<div class="wp-block-group footer-contact[^"]*">([\s\S]*?)<\/div>\s*<nav class="footer-navigation"/,
    )?.[1] ?? '';
  const prep = (s) =>
    s
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
      .replace(
        /<tr\b[^>]*>([\s\S]*?)<\/tr>/gi,
        (m) => `<p>${rowBlock(m).replace(/</g, '&lt;')}</p>`,
      );
  return tidy([
    title,
    ...htmlToBlocks(prep(content)),
    ...widgets.flatMap((w) => htmlToBlocks(prep(w))),
    ...htmlToBlocks(prep(footer)),
  ]);
}

// ------------------------------------------------------------------ MediaWiki wikitext
// A MediaWiki page's source (wikitext), saved as .txt. {{DISPLAYTITLE:…}} gives the first block;
// the {{Infobox …}} gives a block for its name and one "Label: value" block for each field
// (the image and its caption dropped); {{Hatnote|…}} and {{Warning|…}} keep their text and
// {{nowrap|…}} its argument; __TOC__, HTML comments and [[Category:…]] links are dropped;
// == headings == and === subheadings === are blocks; '''bold''' and ''italic'' lose their quotes;
// [[Page|text]] and [https://… text] keep their text; paragraph lines are joined; * and # items,
// ;terms and :definitions are blocks; a {| wikitable |} gives its |+ caption and then a block a
// row (the ! header row too), cells joined by " | "; <ref>…</ref> footnotes are taken out of the
// sentence and put as blocks where <references /> stands.
export const isWikitext = (txt) => /^\{\{DISPLAYTITLE:/m.test(txt) && /^==[^=].*==\s*$/m.test(txt);
export function wikiTitle(src) {
  return src.match(/^\{\{DISPLAYTITLE:(.*?)\}\}/m)?.[1].trim() ?? '';
}
export function stripWikitext(src) {
  let s = src.replace(/\r/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const notes = [];
  const inline = (x) =>
    x
      .replace(/<ref>([\s\S]*?)<\/ref>/g, (m, t) => {
        notes.push(t);
        return '';
      })
      .replace(/\{\{nowrap\|([^{}]*)\}\}/gi, '$1')
      .replace(/\[\[(?:[^|\]]*)\|([^\]]*)\]\]/g, '$1')
      .replace(/\[\[([^\]|]*)\]\]/g, '$1')
      .replace(/\[https?:\/\/\S+ ([^\]]+)\]/g, '$1')
      .replace(/'''([^']+)'''/g, '$1')
      .replace(/''([^']+)''/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
  const out = [wikiTitle(s)];
  const lines = s.split('\n');
  let para = [];
  const flush = () => {
    if (para.length) out.push(inline(para.join(' ')));
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const t = l.trim();
    if (
      !t ||
      t === '__TOC__' ||
      /^\{\{DISPLAYTITLE:/.test(t) ||
      /^\[\[Category:[^\]]*\]\]$/.test(t)
    ) {
      flush();
      continue;
    }
    if (/^\{\{Infobox\b/i.test(t)) {
      flush();
      for (i++; i < lines.length && lines[i].trim() !== '}}'; i++) {
        const f = lines[i].match(/^\|\s*([\w ]+?)\s*=\s*(.*)$/);
        if (!f || !f[2].trim() || /^(image|caption)$/.test(f[1])) continue;
        const label = f[1].replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
        out.push(f[1] === 'name' ? inline(f[2]) : `${label}: ${inline(f[2])}`);
      }
      continue;
    }
    const box = t.match(/^\{\{(Hatnote|Warning|Note|Tip)\|([\s\S]*)\}\}$/i);
    if (box) {
      flush();
      out.push(inline(box[2]));
      continue;
    }
    const h = t.match(/^(={2,4})\s*(.*?)\s*\1$/);
    if (h) {
      flush();
      out.push(inline(h[2]));
      continue;
    }
    if (t === '<references />') {
      flush();
      out.push('\u0000NOTES');
      continue;
    }
    if (t.startsWith('{|')) {
      flush();
      let row = null;
      const rows = [];
      for (i++; i < lines.length && !lines[i].trim().startsWith('|}'); i++) {
        const r = lines[i].trim();
        if (r.startsWith('|+')) out.push(inline(r.slice(2)));
        else if (r.startsWith('|-')) {
          if (row) rows.push(row);
          row = [];
        } else if (r.startsWith('!')) {
          row ??= [];
          row.push(...r.slice(1).split('!!').map(inline));
        } else if (r.startsWith('|')) {
          row ??= [];
          row.push(...r.slice(1).split('||').map(inline));
        }
      }
      if (row) rows.push(row);
      out.push(...rows.filter((r) => r.length).map((r) => r.join(' | ')));
      continue;
    }
    const item = t.match(/^([*#;:])\s*(.*)$/);
    if (item) {
      flush();
      out.push(inline(item[2]));
      continue;
    }
    para.push(t);
  }
  flush();
  const at = out.indexOf('\u0000NOTES');
  const noteBlocks = notes.map((n) => inline(n));
  if (at >= 0) out.splice(at, 1, ...noteBlocks);
  else out.push(...noteBlocks);
  return tidy(out);
}

// ------------------------------------------------------------------ MkDocs Material Markdown
// A page of an MkDocs site using the Material theme. The YAML front matter's title is the first
// block (the rest of the front matter is dropped); abbreviation definitions (*[EHC]: …) are dropped
// (they only add tooltips); icons (:material-phone:, :octicons-…:) and attribute lists
// ({ .md-button }) are dropped; admonitions (!!! note "Title", and the collapsible ??? question
// "…?" blocks) give their title as a block and then their 4-space-indented body; content tabs
// (=== "By phone") give their label as a block and then their indented body; headings, list
// items and paragraphs are blocks; a pipe table is a block a row (header row too), cells joined by
// " | "; links keep their text; *emphasis* and **strong** lose their markers; footnote
// references ([^1]) are taken out of the sentence and the notes kept as blocks at the end.
export const isMkDocs = (md) =>
  /^---\n[\s\S]*?^title: .+\n[\s\S]*?^---\n/m.test(md) && /^(!!!|\?\?\?\+?) \w+/m.test(md);
export function mkdocsTitle(md) {
  return md.match(/^---\n[\s\S]*?^title: (.*)$/m)?.[1].trim() ?? '';
}
export function stripMkDocs(md) {
  let s = md.replace(/\r/g, '');
  const title = mkdocsTitle(s);
  s = s.replace(/^---\n[\s\S]*?\n---\n/, '');
  s = s.replace(/^\*\[[^\]]+\]: .*$/gm, '');
  const notes = [];
  s = s.replace(/^\[\^([\w-]+)\]: (.*(?:\n {4}.*)*)/gm, (m, n, t) => {
    notes.push(t.replace(/\s+/g, ' ').trim());
    return '';
  });
  const inline = (x) =>
    x
      .replace(/\[\^[\w-]+\]/g, '')
      .replace(/:(material|octicons|fontawesome|simple)-[\w-]+:/g, '')
      .replace(/\{\s*[.#][^}]*\}/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/\*([^*\s][^*]*)\*/g, '$1')
      .replace(/\s+/g, ' ')
      .trim();
  const blocks = (lines) => {
    const out = [];
    let para = [];
    const flush = () => {
      if (para.length) out.push(inline(para.join(' ')));
      para = [];
    };
    // the 4-space-indented body after line i, dedented, and the index after it
    const body = (i) => {
      const got = [];
      let j = i;
      while (j < lines.length && (!lines[j].trim() || /^ {4}/.test(lines[j]))) got.push(lines[j++]);
      while (got.length && !got[got.length - 1].trim()) {
        got.pop();
        j--;
      }
      return [got.map((l) => l.slice(4)), j];
    };
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      const t = l.trim();
      if (!t) {
        flush();
        continue;
      }
      const adm = l.match(/^(?:!!!|\?\?\?\+?) (\w+)(?: "([^"]*)")?\s*$/);
      const tab = l.match(/^=== "([^"]+)"\s*$/);
      if (adm || tab) {
        flush();
        const label = tab ? tab[1] : (adm[2] ?? adm[1].replace(/^./, (c) => c.toUpperCase()));
        if (label) out.push(inline(label));
        const [inner, j] = body(i + 1);
        out.push(...blocks(inner));
        i = j - 1;
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
        for (; i < lines.length && /^\|.*\|$/.test(lines[i].trim()); i++) {
          const r = lines[i].trim();
          if (/^\|[\s:|-]+\|$/.test(r)) continue;
          out.push(
            r
              .slice(1, -1)
              .split('|')
              .map((c) => inline(c))
              .join(' | '),
          );
        }
        i--;
        continue;
      }
      const li = l.match(/^(?:[-*]|\d+\.) +(.*)$/);
      if (li) {
        flush();
        para.push(li[1]);
        while (i + 1 < lines.length && /^ {2,4}\S/.test(lines[i + 1])) para.push(lines[++i].trim());
        flush();
        continue;
      }
      para.push(t);
    }
    flush();
    return out;
  };
  return tidy([title, ...blocks(s.split('\n')), ...notes.map(inline)]);
}

export function stripPage(file) {
  const text = readFileSync(file, 'utf8');
  const ext = extname(file);
  if (ext === '.html' && isWordPress(text)) return stripWordPress(text);
  if (ext === '.txt' && isWikitext(text)) return stripWikitext(text);
  if (ext === '.md' && isMkDocs(text)) return stripMkDocs(text);
  throw new Error(`no stripper for ${file}`);
}

export function pageTitle(file) {
  const text = readFileSync(file, 'utf8');
  if (extname(file) === '.md') return mkdocsTitle(text);
  if (extname(file) === '.txt') return wikiTitle(text);
  return decode(text.match(/<title>([\s\S]*?)<\/title>/i)[1]).trim();
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
