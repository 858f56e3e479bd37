import { createHash } from 'node:crypto';
import type { GuidanceDocument, Passage } from '../types';
import { stripNoise } from './noise';

/** The neutral shape every format is parsed into before passages are built. */
export type Block =
  | { type: 'heading'; level: number; text: string }
  | { type: 'paragraph'; text: string }
  | { type: 'lines'; text: string }
  /** `nest`: how deep in nested lists (0 or absent: a list of its own). */
  | { type: 'item'; text: string; nest?: number }
  /** The section a heading of this level opened ends here (a closing </details>). */
  | { type: 'end'; level: number };

/**
 * Several short lines that are mostly not sentences (an address, contact details, opening
 * times) stay line by line; anything else is a paragraph wrapped by its editor.
 */
export function looksLikeLines(lines: string[]): boolean {
  if (lines.length < 2 || lines.some((l) => l.length > 80)) return false;
  // A sentence wrapped at a fixed width goes on in lower case on the next line ("… ask you the
  // / same things twice."): an address or a list of contact details does not.
  const wraps = lines.slice(1).filter((l, i) => continues(lines[i]!, l)).length;
  if (wraps * 2 >= lines.length - 1) return false;
  return lines.filter((l) => !/[.!?;,)"”’]$/.test(l.trim())).length >= lines.length / 2;
}

/**
 * An FAQ question a page does not mark as a heading (a bold line, a `<summary>`): it ends with
 * "?" and is short enough to be a question rather than a sentence that happens to ask.
 */
export function isQuestionHeading(text: string): boolean {
  return /\?$/.test(text) && text.split(/\s+/).length <= 25;
}

/** `next` carries on the sentence `line` left open: no full stop before it, lower case after. */
export function continues(line: string, next: string): boolean {
  const first = next.trim().split(/\s+/)[0] ?? '';
  return (
    !/[.!?:;]["”’)]?$/.test(line.trim()) &&
    /^[a-z(]/.test(first) &&
    // "email: …", "www.…", "hello@…" begin a line of details, not the rest of a sentence.
    !/:$|@|^www\.|^https?:/.test(first)
  );
}

/**
 * A paragraph that introduces the list after it ("Mediation is only available:-", "We suggest
 * the following steps.", "It works as follows.").
 */
const LEAD_IN = /(:|:-|:–|\s-|—)\s*$|\b(?:the following|as follows)\b[^.!?]*[.!]?\s*$/i;

/** The text introduces a list after it (what a list's items are attached to). */
export const isLeadIn = (text: string): boolean => LEAD_IN.test(text);

export function documentVersion(doc: GuidanceDocument): string {
  return createHash('sha256')
    .update(
      `${doc.title}\u0000${doc.url ?? ''}\u0000${doc.asOf ?? ''}\u0000${doc.format}\u0000${doc.body}`,
    )
    .digest('hex')
    .slice(0, 12);
}

/** Turns parsed blocks into passages: heading paths, list lead-ins, noise removed. */
export function buildPassages(doc: GuidanceDocument, blocks: Block[]): Passage[] {
  const version = documentVersion(doc);
  const passages: Passage[] = [];
  const headings: { level: number; text: string }[] = [];
  let lastParagraph: Passage | undefined;
  let previousWasItem = false;
  let currentLead: Passage | undefined;
  // The lead-in of each level of a nested list, and the item before: "Sometimes we must share
  // information. This is when:" leads the items nested under it, not the list it is in.
  let leads: (Passage | undefined)[] = [];
  let previousItem: { passage: Passage; nest: number } | undefined;

  // A heading, or the end of a section, closes every section of its level or deeper.
  const closeSections = (level: number) => {
    while (headings.length && headings[headings.length - 1]!.level >= level) headings.pop();
    lastParagraph = undefined;
    currentLead = undefined;
    previousWasItem = false;
  };

  blocks.forEach((block, at) => {
    if (block.type === 'end') {
      closeSections(block.level);
      return;
    }
    const text = stripNoise(block.text);
    if (!text) return;
    if (block.type === 'heading') {
      closeSections(block.level);
      headings.push({ level: block.level, text: cleanHeading(text) });
      return;
    }
    // (A letter wrapped by hand can read as short lines: its question mark says otherwise.)
    if (
      (block.type === 'paragraph' || block.type === 'lines') &&
      asksWhatFollows(text, blocks[at + 1])
    ) {
      // A level below the section it is in: the next letter, or the section's end, closes it.
      const level = Math.min(6, (headings.at(-1)?.level ?? 0) + 1);
      closeSections(level);
      headings.push({ level, text: cleanHeading(text.replace(/\s+/g, ' ')) });
      return;
    }
    const passage: Passage = {
      id: `${doc.id}#${passages.length}`,
      docId: doc.id,
      title: doc.title,
      ...(doc.url ? { url: doc.url } : {}),
      ...(doc.asOf ? { asOf: doc.asOf } : {}),
      headingPath: headings.map((h) => h.text),
      text,
      order: passages.length,
      kind: block.type,
      version,
    };
    if (block.type === 'item') {
      const nest = block.nest ?? 0;
      if (!previousWasItem) {
        currentLead = lastParagraph && LEAD_IN.test(lastParagraph.text) ? lastParagraph : undefined;
        leads = [currentLead];
      } else if (previousItem && nest > previousItem.nest) {
        currentLead = LEAD_IN.test(previousItem.passage.text) ? previousItem.passage : currentLead;
        leads[nest] = currentLead;
      } else if (previousItem && nest < previousItem.nest) {
        currentLead = leads[nest];
        leads.length = nest + 1;
      }
      if (currentLead) passage.leadId = currentLead.id;
      previousWasItem = true;
      previousItem = { passage, nest };
    } else {
      lastParagraph = block.type === 'paragraph' ? passage : undefined;
      currentLead = undefined;
      previousWasItem = false;
    }
    passages.push(passage);
  });
  return passages;
}

/** At most this many words after a letter's last question: its signature ("Kai, Wearholme"). */
const SIGNATURE_WORDS = 5;
/** A reader's letter is a short story; a longer paragraph that asks is guidance discussing it. */
const LETTER_WORDS = 90;
const FIRST_PERSON = /\b(?:i|i'm|i’m|i've|i’ve|my|me|we|we're|we’re|our|us)\b/i;

/**
 * A paragraph that asks and is answered by the paragraph after it: a reader's letter on an
 * advice column ("Dear mediator, I'm 17 … Am I allowed? Kai, Wearholme", answered "Dear Kai, …")
 * or an FAQ question the page sets as plain text. It heads its answer as an FAQ question would:
 * the family's story in it is what someone asked, never guidance to quote back as the answer.
 * A question alone (short enough to be an FAQ heading) needs nothing more; a longer letter is
 * written in the first person, as families write, and ends with its question (and signature).
 */
function asksWhatFollows(text: string, next: Block | undefined): boolean {
  if (!next || (next.type !== 'paragraph' && next.type !== 'item')) return false;
  const lastAsk = text.lastIndexOf('?');
  if (lastAsk < 0) return false;
  const tail = text.slice(lastAsk + 1).trim();
  // ("Certificate needed?: Yes" is a table's row, its question a column's heading.)
  if (/[.!?:]/.test(tail) || (tail ? tail.split(/\s+/).length : 0) > SIGNATURE_WORDS) return false;
  const answer = stripNoise(next.text);
  if (!answer || answer.trimEnd().endsWith('?')) return false;
  if (isQuestionHeading(text)) return true;
  return text.split(/\s+/).length <= LETTER_WORDS && FIRST_PERSON.test(text);
}

function cleanHeading(text: string): string {
  return text
    .replace(/\s*(:-|:–|:)\s*$/, '')
    .replace(/\s+\?$/, '?')
    .replace(/\s+/g, ' ')
    .trim();
}
