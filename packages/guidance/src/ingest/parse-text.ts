import { continues, looksLikeLines, type Block } from './blocks';
import { wordVectors } from '../semantic/embeddings';
import { isNavigationLine, stripNoise } from './noise';

const UNDERLINE = /^\s*(?:={3,}|-{3,}|~{3,})\s*$/;
const BULLET = /^\s*(?:[•·▪◦‣●○■□➢➤►*\-–]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/;

/**
 * Plain text as copied from a web page: blank lines separate blocks, bullets start list items,
 * a short line standing alone is a heading. Text has no heading levels, so a run of headings
 * with nothing between them nests, and the next run starts again from the top.
 */
export function parseTextBlocks(body: string): Block[] {
  const rawBlocks = body
    .replace(/\r\n?/g, '\n')
    .replace(/\u00a0/g, ' ')
    .split(/\n\s*\n/)
    .map((b) =>
      b
        .split('\n')
        .map((l) => {
          const indent = /^\s*/.exec(l)![0];
          return isNavigationLine(l) ? '' : indent + stripNoise(l);
        })
        .filter((l) => l.trim() !== ''),
    )
    .filter((lines) => lines.length > 0);

  // Every word the page spells whole, to mend words a PDF's line breaks hyphenated.
  const words = new Set(body.toLowerCase().match(/\p{L}+/gu) ?? []);
  const blocks: Block[] = [];
  let headingRun = 0;
  rawBlocks.forEach((lines, i) => {
    // "CONTACT US" over a line of "=" or "-" (how text headings are often written).
    if (lines.length === 2 && UNDERLINE.test(lines[1]!) && isHeadingLine(lines[0]!)) {
      headingRun = lines[1]!.trim().startsWith('=') ? 1 : Math.max(2, headingRun + 1);
      blocks.push({ type: 'heading', level: headingRun, text: lines[0]!.trim() });
      return;
    }
    const only = lines.length === 1 ? lines[0]! : undefined;
    const next = rawBlocks[i + 1];
    // "We can help when:" before bullets introduces the list; before prose it is a heading.
    const introducesList =
      /:-?\s*$/.test(only ?? '') && next !== undefined && BULLET.test(next[0]!);
    if (only !== undefined && next !== undefined && !introducesList && isHeadingLine(only)) {
      headingRun++;
      blocks.push({ type: 'heading', level: headingRun, text: only.trim() });
      return;
    }
    headingRun = 0;
    blocks.push(...linesToBlocks(lines, words));
  });
  return blocks;
}

function linesToBlocks(lines: string[], words: Set<string>): Block[] {
  const out: Block[] = [];
  let plain: string[] = [];
  let item: string[] | undefined;
  const flushPlain = () => {
    if (plain.length) out.push(plainBlock(plain, words));
    plain = [];
  };
  const flushItem = () => {
    if (item) out.push({ type: 'item', text: joinWrapped(item, words) });
    item = undefined;
  };
  for (const line of lines) {
    if (BULLET.test(line)) {
      flushPlain();
      flushItem();
      item = [line.replace(BULLET, '').trim()];
    } else if (item && (/^\s+/.test(line) || continues(item.at(-1)!, line))) {
      // An indented line, or one wrapped from the item's open sentence, carries the item on.
      item.push(line.trim());
    } else {
      flushItem();
      plain.push(line.trim());
    }
  }
  flushPlain();
  flushItem();
  return out;
}

/** Several short lines that are not a wrapped sentence (an address, contact details) stay lines. */
function plainBlock(lines: string[], words: Set<string>): Block {
  if (looksLikeLines(lines)) return { type: 'lines', text: lines.join('\n') };
  return { type: 'paragraph', text: joinWrapped(lines, words) };
}

function isHeadingLine(raw: string): boolean {
  const line = raw.trim();
  // "2. THE INFORMATION CALL": a numbered line in capitals is a section's heading, not an item.
  const numbered = /^\d{1,2}[.)]\s+(?=.*\p{Lu}{2,}.*\s\p{Lu}{2,})[^\p{Ll}]+$/u.test(line);
  if ((BULLET.test(raw) && !numbered) || line.length > 220) return false;
  const words = line.split(/\s+/).length;
  if (/\?$/.test(line)) return words <= 30;
  if (/(:-|:–|:)$/.test(line)) return words <= 6;
  if (/[.!;,]$/.test(line)) return false;
  if (/^[\w.+-]+@|https?:\/\/|\bwww\./i.test(line)) return false;
  // "STEP ONE: CONTACT A MEDIATION ADVISER": a line in capitals is a heading, colon or not.
  if (/\p{Lu}{2,}.*\s\p{Lu}{2,}/u.test(line) && line === line.toUpperCase() && !/\d{3}/.test(line))
    return words <= 14;
  // "Helpline: 01632 960418" is a detail with its label, not a heading over what follows.
  if (/^[^:]{2,30}:\s+\S/.test(line)) return false;
  return words <= 14;
}

/**
 * The lines of one paragraph or item as one text. A word split by a hyphen at the end of a
 * line ("work-" / "ing days", as text copied from a PDF has it) is joined: without the hyphen
 * when the page spells the word whole elsewhere or it is a word of English, with it otherwise
 * ("face-to-" / "face").
 */
function joinWrapped(lines: string[], words: Set<string>): string {
  let text = '';
  for (const line of lines.map((l) => l.trim())) {
    const split = /(\p{L}+)-$/u.exec(text);
    const next = /^\p{Ll}+/u.exec(line)?.[0];
    if (split && next) {
      const whole = `${split[1]}${next}`.toLowerCase();
      // Spelled whole on the page, or a word of English ("Metro-" / "politan").
      const known = words.has(whole) || wordVectors().indexOf(whole) >= 0;
      text = known ? `${text.slice(0, -1)}${line}` : `${text}${line}`;
    } else text = text ? `${text} ${line}` : line;
  }
  return text;
}
