// Page -> plain text, one block (paragraph, list item, table row, heading, caption cue) per line.
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
  copy: '\u00a9',
  pound: '\u00a3',
  middot: '\u00b7',
};
export const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e.toLowerCase()] ?? m;
  });

const tidy = (blocks) =>
  blocks
    .map((b) =>
      b
        // eslint-disable-next-line no-misleading-character-class -- invisible joiners removed one by one
        .replace(/[\u200b\u200c\u200d\ufeff]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);

// ------------------------------------------------------------------ Squarespace page, saved from the browser
// A page of a Squarespace 7.1 site saved with "Save page as…". Dropped: <head> (the "This is
// Squarespace." comment, SQUARESPACE_CONTEXT and JSON-LD scripts, styles), the site <header>
// (skip link, logo, navigation, "Get in touch" action), the footer sections (copyright, links,
// social icons), the cookie banner and the SVG sprite. Kept: everything inside
// <main id="page">: each html block's headings, paragraphs and list items, table caption and rows
// (cells joined by " | "), button labels, and each accordion item's title (the FAQ question) and
// its description paragraphs as separate blocks. Image blocks (alt text), spacer blocks and the
// inline <style> of each fluid-engine grid are dropped.
export const isSquarespace = (html) =>
  /<!-- This is Squarespace\. -->/.test(html) &&
  /class="sqs-block html-block sqs-block-html"/.test(html);

const BLOCK =
  'p|div|h[1-6]|li|ul|ol|tr|table|tbody|thead|caption|section|article|header|footer|nav|main|button|form';
const htmlToBlocks = (s) => {
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(/<\/t[dh]>\s*<t[dh]\b[^>]*>/gi, ' | ');
  s = s.replace(new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, 'gi'), '\n');
  s = s.replace(/<[^>]+>/g, '');
  return tidy(decode(s).split('\n'));
};
export function squarespaceTitle(html) {
  return decode(html.match(/<title>([\s\S]*?)<\/title>/i)?.[1] ?? '')
    .replace(/\s+[—–-]\s+Keelrow SEND Mediation$/, '')
    .trim();
}
export function stripSquarespace(html) {
  const main = html.match(/<main id="page"[^>]*>([\s\S]*?)<\/main>/)?.[1] ?? '';
  const prep = main
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|svg|noscript)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<img\b[^>]*>/gi, '')
    .replace(/<div class="sqs-block spacer-block[\s\S]*?<\/div><\/div>/g, '');
  return tidy(htmlToBlocks(prep));
}

// ------------------------------------------------------------------ Notion page, exported as Markdown
// A Notion page exported with "Export > Markdown & CSV". Dropped: the property lines under the
// title ("Owner: …", "Status: …", up to the first blank line), image embeds, the <aside> tags
// around callouts (the callout's leading emoji is dropped, its text kept), "---" dividers and
// the "Related:" line of links to other exported pages. Links keep their text; **bold**,
// *italic* and `code` lose their markers. The "# " title is the first block. Headings, list
// items (task boxes dropped), toggle items and their indented bodies, paragraphs and each table
// row (cells joined by " | ", the --- rule dropped) are blocks.
export const isNotion = (md) =>
  /^# .+\n\n(?:[A-Z][\w ]+: .+\n)+\n/.test(md) &&
  /^<aside>$/m.test(md) &&
  /%20[0-9a-f]{32}\.md\)/.test(md);
export function notionTitle(md) {
  return md.match(/^# (.+)$/m)?.[1].trim() ?? '';
}
const notionInline = (x) =>
  x
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*\s][^*]*)\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
export function stripNotion(md) {
  let s = md.replace(/\r/g, '');
  const title = notionTitle(s);
  s = s.replace(/^# .+\n\n(?:[A-Z][\w ]+: .+\n)+/, '');
  const out = [title];
  let para = [];
  const flush = () => {
    if (para.length) out.push(notionInline(para.join(' ')));
    para = [];
  };
  for (const line of s.split('\n')) {
    const t = line.trim();
    if (
      !t ||
      /^<\/?aside>$/.test(t) ||
      /^---$/.test(t) ||
      /^!\[[^\]]*\]\([^)]*\)$/.test(t) ||
      /^Related: /.test(t)
    ) {
      flush();
      continue;
    }
    const h = t.match(/^#{1,6} (.*)$/);
    if (h) {
      flush();
      out.push(notionInline(h[1]));
      continue;
    }
    if (/^\|.*\|$/.test(t)) {
      flush();
      if (/^\|[\s:|-]+\|$/.test(t)) continue;
      out.push(
        t
          .slice(1, -1)
          .split('|')
          .map((c) => notionInline(c))
          .join(' | '),
      );
      continue;
    }
    const li = t.match(/^(?:[-*]|\d+\.) +(?:\[[ x]\] +)?(.*)$/);
    if (li) {
      flush();
      out.push(notionInline(li[1]));
      continue;
    }
    // a callout's first line starts with its emoji
    para.push(t.replace(/^[\p{Extended_Pictographic}\uFE0F\u200d]+\s*/u, ''));
  }
  flush();
  return tidy(out);
}

// ------------------------------------------------------------------ Webinar captions (WebVTT, saved as .txt)
// The caption file of a recorded webinar (Zoom's transcript download: WebVTT with the speaker's
// name before each cue). Dropped: the WEBVTT header, NOTE blocks (the title comes from the
// NOTE's "Title:" line and is the first block), cue numbers, timing lines, the speaker's name
// and sound tags such as [Music]. Kept: each cue's text as one block (its wrapped lines joined).
export const isWebVtt = (txt) =>
  /^WEBVTT\n/.test(txt) && /^\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}$/m.test(txt);
export function webVttTitle(txt) {
  return txt.match(/^Title: (.+)$/m)?.[1].trim() ?? '';
}
export function stripWebVtt(txt) {
  const out = [webVttTitle(txt)];
  const cues = txt.replace(/\r/g, '').split(/\n\s*\n/);
  for (const cue of cues) {
    const lines = cue.split('\n').filter((l) => l.trim());
    const at = lines.findIndex((l) => / --> /.test(l));
    if (at < 0) continue; // header, NOTE blocks
    const text = lines
      .slice(at + 1)
      .join(' ')
      .replace(/\[[A-Za-z ]+\]/g, '')
      .replace(/^[A-Z][\w'-]+(?: [A-Z][\w'-]+)*: /, '');
    out.push(text);
  }
  return tidy(out);
}

export function stripPage(file) {
  const text = readFileSync(file, 'utf8');
  const ext = extname(file);
  if (ext === '.html' && isSquarespace(text)) return stripSquarespace(text);
  if (ext === '.md' && isNotion(text)) return stripNotion(text);
  if (ext === '.txt' && isWebVtt(text)) return stripWebVtt(text);
  throw new Error(`no stripper for ${file}`);
}

export function pageTitle(file) {
  const text = readFileSync(file, 'utf8');
  if (extname(file) === '.md') return notionTitle(text);
  if (extname(file) === '.txt') return webVttTitle(text);
  return squarespaceTitle(text);
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
