// An answer's web addresses become real links (the chat's "You can download the notice here:
// https://…/files/…" was plain text a family had to copy), and its phone numbers `tel:` links.
// Only http(s) addresses are linked, so no other scheme can reach an href.
import { phoneParts, type TextPart } from './phone-links';

export interface LinkedPart extends TextPart {
  /** The address to open, when this part is a web address. */
  href?: string;
}

// Up to the first space or quote; a full stop or bracket closing the sentence is not part of it.
const URL_PATTERN = /https?:\/\/[^\s<>"']+/gi;
const TRAILING = /[.,;:!?)\]]+$/;

export function linkParts(text: string, shortNumbers = false): LinkedPart[] {
  const parts: LinkedPart[] = [];
  let at = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const href = match[0].replace(TRAILING, '');
    if (match.index > at) parts.push(...phoneParts(text.slice(at, match.index), shortNumbers));
    parts.push({ text: href, href });
    at = match.index + href.length;
  }
  if (at < text.length) parts.push(...phoneParts(text.slice(at), shortNumbers));
  return parts;
}
