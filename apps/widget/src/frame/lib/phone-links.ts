// Phone numbers in an answer become `tel:` links, so a family on a phone can call with one tap:
// above all the crisis reply's "call 999". Long (national) numbers are always numbers; short
// ones (999, 111, 112, 116 123) only right after a verb of calling, so "section 111" of a law
// or "999 days" stay text.

export interface TextPart {
  text: string;
  /** The number to dial, digits only (and a leading +), when this part is a phone number. */
  tel?: string;
}

// "call 999", "ring us on 111", "phone Samaritans on 116 123".
const CALL_VERB = String.raw`\b(?:call|ring|dial|phone|text)(?:(?:\s+[a-z]+){0,3}\s+on)?\s+`;
const SHORT = String.raw`(?:999|111|112|116\s?\d{3})\b`;
const NATIONAL = String.raw`(?:\+44\s?\(?0?\)?\s?|\b0)\d{2,4}(?:[\s-]?\d{3,4}){1,2}\b`;
// No look-behind: older iPhones still in use cannot parse it.
const PHONE = new RegExp(`(${CALL_VERB})(${SHORT})|${NATIONAL}`, 'gi');
// The chat's own crisis reply in another language: its verbs of calling are not English, and it
// has no section numbers, so every short number in it is one to call.
const ANY_PHONE = new RegExp(`()(${SHORT})|${NATIONAL}`, 'gi');

/** `shortAnywhere`: for the chat's own texts, where 999 and 116 123 need no verb before them. */
export function phoneParts(text: string, shortAnywhere = false): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const match of text.matchAll(shortAnywhere ? ANY_PHONE : PHONE)) {
    const verb = match[1] ?? '';
    const number = match[2] ?? match[0];
    const start = match.index + verb.length;
    const digits = number.replace(/[^\d+]/g, '');
    // Fewer than 10 digits is not a whole national number (a date or an amount, say).
    if (!/^(999|111|112|116\d{3})$/.test(digits) && digits.replace('+44', '0').length < 10)
      continue;
    if (start > at) parts.push({ text: text.slice(at, start) });
    parts.push({ text: number, tel: digits });
    at = start + number.length;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
