// Page -> plain text, one block (paragraph, list item, table row, heading, message line) per line.
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
};
export const decode = (s) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#')
      return String.fromCodePoint(
        e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
      );
    return ENTITIES[e.toLowerCase()] ?? m;
  });

// zero-width spaces (Wix's empty paragraphs) count as blank
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

// ------------------------------------------------------------------ Wix site page, saved from the browser
// A page of a Wix site (Thunderbolt viewer) saved with "Save page as…". Dropped: <head> (generator
// meta, viewer-model JSON, scripts and styles), the "Skip to Main Content" button, the
// SITE_HEADER (logo and menu), the SITE_FOOTER (copyright, "created with Wix.com", social bar) and
// the cookie consent banner. Kept: everything inside <main id="PAGES_CONTAINER">: the <h1> first,
// then each rich-text element's headings, paragraphs and list items (inline <span> runs joined,
// zero-width "empty" paragraphs dropped), button labels, and each accordion item's header button
// (the FAQ question) and its hidden panel's paragraphs as separate blocks.
export const isWix = (html) =>
  /<meta name="generator" content="Wix\.com Website Builder">/.test(html) &&
  /data-testid="richTextElement"/.test(html);

const BLOCK =
  'p|div|h[1-6]|li|ul|ol|tr|table|tbody|thead|caption|section|article|header|footer|nav|main|button|form|details|summary';
const htmlToBlocks = (s) => {
  s = s.replace(/<br\s*\/?>/gi, '\n');
  s = s.replace(new RegExp(`<\\/?(?:${BLOCK})\\b[^>]*>`, 'gi'), '\n');
  s = s.replace(/<[^>]+>/g, '');
  return tidy(decode(s).split('\n'));
};

export function wixTitle(html) {
  return decode(html.match(/<title>([\s\S]*?)<\/title>/i)?.[1] ?? '').trim();
}
export function stripWix(html) {
  const main = html.match(/<main id="PAGES_CONTAINER"[^>]*>([\s\S]*?)<\/main>/)?.[1] ?? '';
  const prep = main
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|svg|wow-image)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<img\b[^>]*>/gi, '');
  return tidy(htmlToBlocks(prep));
}

// ------------------------------------------------------------------ Obsidian note (Markdown)
// A note from an Obsidian vault, published as Markdown. Dropped: the YAML properties block,
// %% comments %%, embeds (![[file.png|160]]), lines of #tags and ^block-id markers. Task items
// ("- [ ] …") are kept as blocks without their boxes.
// [[Note|alias]] keeps the alias and [[Note]] the note's name; ==highlights==, **bold** and
// *italic* lose their markers. The first "# " heading is the first block. Callouts
// ("> [!info] Title") give their title (or the kind) and each body line as blocks. Headings,
// list items, paragraphs (wrapped lines joined) and each table row (cells joined by " | ",
// the --- rule dropped) are blocks.
export const isObsidian = (md) =>
  /^---\n[\s\S]*?\n---\n/.test(md) && /\[\[[^\]]+\]\]/.test(md) && /^> \[!\w+\]/m.test(md);
export function obsidianTitle(md) {
  return md.match(/^# (.+)$/m)?.[1].trim() ?? '';
}
const obsInline = (x) =>
  x
    .replace(/\s*\^[\w-]+\s*$/, '')
    .replace(/!\[\[[^\]]*\]\]/g, '')
    .replace(/\[\[[^\]|]*\|([^\]]*)\]\]/g, '$1')
    .replace(/\[\[([^\]]*)\]\]/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/==([^=]+)==/g, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/\*([^*\s][^*]*)\*/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
export function stripObsidian(md) {
  let s = md.replace(/\r/g, '');
  s = s.replace(/^---\n[\s\S]*?\n---\n/, '');
  s = s.replace(/%%[\s\S]*?%%/g, '');
  const out = [];
  let para = [];
  const flush = () => {
    if (para.length) out.push(obsInline(para.join(' ')));
    para = [];
  };
  for (const line of s.split('\n')) {
    const t = line.trim();
    if (!t || /^!\[\[[^\]]*\]\]$/.test(t) || /^(#[\w/-]+\s*)+$/.test(t)) {
      flush();
      continue;
    }
    const call = t.match(/^> \[!(\w+)\][+-]?(?: (.*))?$/);
    if (call) {
      flush();
      out.push(obsInline(call[2] ?? call[1].replace(/^./, (c) => c.toUpperCase())));
      continue;
    }
    const quote = t.match(/^>\s?(.*)$/);
    if (quote) {
      flush();
      if (quote[1].trim()) out.push(obsInline(quote[1]));
      continue;
    }
    const h = t.match(/^#{1,6} (.*)$/);
    if (h) {
      flush();
      out.push(obsInline(h[1]));
      continue;
    }
    if (/^\|.*\|$/.test(t)) {
      flush();
      if (/^\|[\s:|-]+\|$/.test(t)) continue;
      out.push(
        t
          .slice(1, -1)
          .split('|')
          .map((c) => obsInline(c))
          .join(' | '),
      );
      continue;
    }
    const li = t.match(/^(?:[-*]|\d+\.) +(?:\[[ x]\] +)?(.*)$/);
    if (li) {
      flush();
      para.push(li[1]);
      flush();
      continue;
    }
    para.push(t);
  }
  flush();
  return tidy(out);
}

// ------------------------------------------------------------------ WhatsApp chat export (.txt)
// A group chat exported from WhatsApp on Android ("Export chat", without media). Each message
// starts "DD/MM/YYYY, HH:MM - Sender: text" and may run on over further lines. Dropped: the
// timestamps and sender names, system lines (the encryption notice, "created group", "added",
// icon, description and settings changes), "<Media omitted>", "(file attached)" lines, "This
// message was deleted" and the "<This message was edited>" tag. Kept: each line of each message
// as a block, with "•" and "1." list markers and *bold* / _italic_ / ~strike~ markers removed;
// a ``` monospace block's lines are table rows, cells joined by " | ". The group's name (from
// the 'created group "…"' line) is the title and the first block.
const MSG = /^(\d\d\/\d\d\/\d{4}), (\d\d:\d\d) - ([^:"]+?): (.*)$/;
const SYS = /^(\d\d\/\d\d\/\d{4}), (\d\d:\d\d) - (.*)$/;
export const isWhatsApp = (txt) =>
  /^\d\d\/\d\d\/\d{4}, \d\d:\d\d - Messages and calls are end-to-end encrypted\./.test(txt) &&
  / created group "[^"]+"$/m.test(txt);
export function whatsappTitle(txt) {
  return txt.match(/ created group "([^"]+)"$/m)?.[1] ?? '';
}
const waInline = (x) =>
  x
    .replace(/\s*<This message was edited>\s*$/, '')
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=[\s.,!?;:)]|$)/g, '$1$2')
    .replace(/(^|[\s(])_([^_\n]+)_(?=[\s.,!?;:)]|$)/g, '$1$2')
    .replace(/(^|[\s(])~([^~\n]+)~(?=[\s.,!?;:)]|$)/g, '$1$2')
    .trim();
export function stripWhatsApp(txt) {
  const lines = txt.replace(/\r/g, '').split('\n');
  const out = [whatsappTitle(txt)];
  let inMsg = false;
  let mono = false;
  for (const l of lines) {
    const m = l.match(MSG);
    let text;
    if (m && !/^Messages and calls are end-to-end encrypted/.test(m[3])) {
      inMsg = true;
      mono = false;
      text = m[4];
    } else if (SYS.test(l)) {
      inMsg = false;
      continue;
    } else if (inMsg) text = l;
    else continue;
    if (/^```\s*$/.test(text.trim())) {
      mono = !mono;
      continue;
    }
    if (mono) {
      out.push(
        text
          .split('|')
          .map((c) => c.trim())
          .join(' | '),
      );
      continue;
    }
    if (/^<Media omitted>$|\(file attached\)$|^This message was deleted$/.test(text.trim()))
      continue;
    const li = text.match(/^\s*(?:•|-|\d+\.)\s+(.*)$/);
    out.push(waInline(li ? li[1] : text));
  }
  return tidy(out);
}

export function stripPage(file) {
  const text = readFileSync(file, 'utf8');
  const ext = extname(file);
  if (ext === '.html' && isWix(text)) return stripWix(text);
  if (ext === '.md' && isObsidian(text)) return stripObsidian(text);
  if (ext === '.txt' && isWhatsApp(text)) return stripWhatsApp(text);
  throw new Error(`no stripper for ${file}`);
}

export function pageTitle(file) {
  const text = readFileSync(file, 'utf8');
  if (extname(file) === '.md') return obsidianTitle(text);
  if (extname(file) === '.txt') return whatsappTitle(text);
  return wixTitle(text);
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
