// Page -> plain text, one block a line (what a reader of the page sees), and word counts.
//   node check/strip.mjs            prints word counts
//   node check/strip.mjs FILE       prints the stripped text of one page
import { readFileSync, readdirSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const PAGES = join(HERE, '..', 'pages');

const ENT = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '\u2013',
  mdash: '\u2014',
  rsquo: '\u2019',
  lsquo: '\u2018',
  ldquo: '\u201c',
  rdquo: '\u201d',
  pound: '\u00a3',
  middot: '\u00b7',
  hellip: '\u2026',
  copy: '\u00a9',
};
const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
        )
      : (ENT[e.toLowerCase()] ?? m),
  );

const BLOCK =
  /<\/?(p|div|h[1-6]|li|ul|ol|tr|table|thead|tbody|figure|figcaption|details|summary|section|article|header|footer|main|aside|nav|br|hr)\b[^>]*>/gi;

function htmlToBlocks(html) {
  let s = html
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|svg|head|form|button)\b[\s\S]*?<\/\1>/gi, ' ');
  s = s.replace(/<\/t[dh]>\s*<t[dh]\b[^>]*>/gi, ' | '); // cells in a row joined by " | "
  s = s.replace(BLOCK, '\n');
  s = s.replace(/<[^>]+>/g, ''); // inline tags go without a space
  s = decode(s);
  return s
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter((l) => l && l !== '|');
}

export function stripWordPress(src) {
  const m = src.match(/<main id="main"[\s\S]*?<\/main>/);
  return htmlToBlocks(m[0]);
}

export function stripWord(src) {
  // Word wraps its source lines anywhere: join each element's lines first.
  const body = src.match(/<body[\s\S]*<\/body>/i)[0].replace(/\r?\n/g, ' ');
  const blocks = htmlToBlocks(body.replace(/<a href="#_ftn(ref)?\d"[\s\S]*?<\/a>/g, ''));
  return blocks;
}

export function stripLeaflet(src) {
  const pages = src.split('\f').filter((p) => p.trim());
  const blocks = [];
  for (const pg of pages) {
    const lines = pg.split('\n');
    let para = [];
    const flush = () => {
      if (para.length) blocks.push(para.join(' ').replace(/\s+/g, ' ').trim());
      para = [];
    };
    for (const ln of lines) {
      const t = ln.trim();
      if (/^Your mediation meeting\s{3,}Tidewell SEND Mediation$/.test(t)) continue; // running header
      if (/ask@tidewellmediation\.example\s{3,}\d of \d$/.test(t)) continue; // running footer
      if (!t) {
        flush();
        continue;
      }
      para.push(t);
    }
    flush();
  }
  return blocks;
}

export function strip(file) {
  const src = readFileSync(join(PAGES, file), 'utf8');
  if (file.endsWith('wordpress.html')) return stripWordPress(src);
  if (file.endsWith('.htm')) return stripWord(src);
  return stripLeaflet(src);
}

export const pageFiles = () => readdirSync(PAGES).sort();

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const f = process.argv[2];
  if (f) console.log(strip(f).join('\n'));
  else {
    let total = 0;
    for (const p of pageFiles()) {
      const text = strip(p).join('\n');
      const words = text.split(/\s+/).filter(Boolean).length;
      total += words;
      console.log(`${p}\t${words} words\t${Buffer.byteLength(text)} bytes of text`);
    }
    console.log(`total\t${total} words`);
  }
}
