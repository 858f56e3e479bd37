// Text extraction used by check.mjs and build-answers.mjs.
// HTML: drop <head>, scripts, styles and comments, turn tags into spaces, decode entities.
// Markdown / text: as is. Everything: whitespace collapsed to single spaces.
import { readFileSync } from 'node:fs';

const ENT = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  raquo: '\u00bb',
  laquo: '\u00ab',
  copy: '\u00a9',
  pound: '\u00a3',
  rsquo: '\u2019',
  lsquo: '\u2018',
};
export const decode = (s) =>
  s
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(+n))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
    .replace(/&([a-z]+);/gi, (m, n) => ENT[n.toLowerCase()] ?? m);
export const collapse = (s) => s.replace(/\s+/g, ' ').trim();

// tagJoin: what a tag becomes (" " normally; "" to test phrases that would break if an engine glued inline tags)
export function stripHtml(html, tagJoin = ' ') {
  return collapse(
    decode(
      html
        .replace(/<head[\s\S]*?<\/head>/gi, ' ')
        .replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<[^>]+>/g, tagJoin),
    ),
  );
}
export function stripMarkdown(md) {
  return collapse(
    md
      .replace(/^#{1,6}\s+/gm, '')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/^\s*[-*]\s+/gm, '')
      .replace(/^\s*\d+\.\s+/gm, ''),
  );
}
export function pageTexts(path) {
  const raw = readFileSync(path, 'utf8');
  if (/\.html?$/i.test(path)) return [stripHtml(raw, ' '), stripHtml(raw, '')];
  if (/\.md$/i.test(path)) return [collapse(raw), stripMarkdown(raw)];
  return [collapse(raw)];
}
export function pageTitle(path) {
  const raw = readFileSync(path, 'utf8');
  if (/\.html?$/i.test(path)) {
    const m = raw.match(/<h1[^>]*>([\s\S]*?)<\/h1>/i);
    return collapse(decode(m[1].replace(/<[^>]+>/g, '')));
  }
  if (/\.md$/i.test(path)) return raw.match(/^#\s+(.+)$/m)[1].trim();
  return collapse(raw.split('\n').filter((l) => l.trim())[1]);
}
// the scorer's normalisation, copied so the checks agree with it
export const norm = (s) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9@.'/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
