/** A sentence (or line) of a passage with its exact position, so quotes stay exact. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

// Abbreviations whose full stop does not end a sentence.
const NO_BREAK_BEFORE =
  /\b(e\.g|i\.e|etc|no|nos|vs|mr|mrs|ms|dr|st|approx|incl|reg|regs|s|ss|para|sch)\.$/i;

/**
 * Splits text into sentences and lines. A sentence ends at . ! or ? followed by white space and
 * a capital, digit, quote or bracket; a line break always ends one. Spans are trimmed and point
 * into the original string.
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) spans.push({ text: text.slice(s, e), start: s, end: e });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let j = i + 1;
    while (j < text.length && /[.!?"'”’)]/.test(text[j]!)) j++;
    if (j < text.length && text[j] !== ' ' && text[j] !== '\t' && text[j] !== '\n') continue;
    let k = j;
    while (k < text.length && (text[k] === ' ' || text[k] === '\t')) k++;
    const next = text[k];
    const atEnd = k >= text.length || next === '\n';
    if (!atEnd && !/[\p{Lu}\p{N}"'“‘(•\-–]/u.test(next!)) continue;
    if (ch === '.' && NO_BREAK_BEFORE.test(text.slice(Math.max(0, i - 8), i + 1))) continue;
    push(j);
    i = j - 1;
  }
  push(text.length);
  return spans;
}
