// Page -> plain text, the way a reader (or a fair engine) would see it.
// HTML: drop comments, scripts, styles, Word's conditional blocks and all tags; decode entities;
// block-level elements end a line. Markdown: drop markup; join hard-wrapped lines of a paragraph.
// Output: one block (paragraph, list item, table cell, heading) per line, spaces collapsed.
import { readFileSync } from 'node:fs';

const NAMED = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  rsquo: '\u2019',
  lsquo: '\u2018',
  rdquo: '\u201d',
  ldquo: '\u201c',
  ndash: '\u2013',
  mdash: '\u2014',
  pound: '\u00a3',
  middot: '\u00b7',
  copy: '\u00a9',
  hellip: '\u2026',
  bull: '\u2022',
  shy: '',
};

export function decodeEntities(s) {
  return s
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&([a-z]+);/gi, (m, n) => (n.toLowerCase() in NAMED ? NAMED[n.toLowerCase()] : m));
}

const BLOCK =
  /<\/?(p|div|li|ul|ol|h[1-6]|tr|td|th|table|caption|dt|dd|dl|br|header|footer|nav|main|section|summary|details|legend|fieldset|form|button|title|blockquote|hr)\b[^>]*>/gi;

export function stripHtml(html) {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|xml)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<head\b[\s\S]*?<\/head>/i, (h) => {
      // keep only the <title> from the head
      const t = h.match(/<title>([\s\S]*?)<\/title>/i);
      return t ? `\n${t[1]}\n` : '\n';
    })
    .replace(/<!\[(if|endif)[^\]]*\]>/gi, ' ')
    .replace(/\s+/g, ' ') // source line breaks are just spaces in HTML
    .replace(BLOCK, '\n')
    .replace(/<[^>]+>/g, '');
  s = decodeEntities(s);
  return tidy(s);
}

export function stripMarkdown(md) {
  // Block structure first (headings, list items, paragraphs), then inline markup on whole
  // paragraphs, so emphasis that spans a hard line break is removed too.
  const blocks = [];
  let para = [];
  const flush = () => {
    if (para.length) {
      blocks.push(para.join(' '));
      para = [];
    }
  };
  for (const raw of md.split(/\r?\n/)) {
    if (/^\s*$/.test(raw) || /^\s*(-{3,}|\*{3,}|_{3,})\s*$/.test(raw)) {
      flush();
      continue;
    }
    const line = raw.replace(/^\s*>\s?/, '');
    if (/^\s*#{1,6}\s+/.test(line)) {
      flush();
      blocks.push(line.replace(/^\s*#{1,6}\s+/, ''));
      continue;
    }
    if (/^\s*([-*+]|\d+\.)\s+/.test(line)) {
      flush();
      para.push(line.replace(/^\s*([-*+]|\d+\.)\s+/, ''));
      continue;
    }
    para.push(line.trim());
  }
  flush();
  const inline = (t) =>
    t
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^\w*])[*_]([^*_]+?)[*_](?=[^\w*]|$)/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1');
  return tidy(decodeEntities(blocks.map(inline).join('\n')));
}

function tidy(s) {
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l)
    .join('\n');
}

export function stripFile(path) {
  const raw = readFileSync(path, 'utf8');
  return /\.md$/i.test(path) ? stripMarkdown(raw) : stripHtml(raw);
}

export const wordCount = (text) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

// Run directly: print the stripped text of each file named.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const p of process.argv.slice(2)) {
    const t = stripFile(p);
    console.log(`==== ${p} (${wordCount(t)} words)\n${t}\n`);
  }
}
