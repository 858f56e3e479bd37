// The general matcher behind the safety rules in data/safety/rules/*.json. The rules are data,
// written per language by people who speak it; this file only knows how to read them.
//
// A rule is either a list of phrases or a regular expression (for the few English rules whose
// exceptions need one), plus phrases that may not come straight before or after a match ("die"
// but not "die of stress"). Both are matched against the folded message (see `fold`), so a
// phrase written "chcę się zabić" also finds "chce sie zabic" typed without diacritics.
//
// Phrase syntax, one phrase per string:
//   words separated by spaces (in the text, hyphens and punctuation between words count as
//   spaces: "matar-se" = "matar se", "grozi, że" = "grozi że");
//   `a|b` inside a word: either form ("chce|chcę|chciał");
//   `*` at the start or end of a word: any letters there ("zabi*" = zabić, zabije, zabiła);
//   `...` between words: up to three other words in between ("want ... die").

export interface PhraseRule {
  id: string;
  phrases?: readonly string[];
  regex?: string;
  flags?: string;
  notFollowedBy?: readonly string[];
  notPrecededBy?: readonly string[];
}

export interface CompiledRule {
  id: string;
  test(folded: string): boolean;
}

/**
 * Lower case, curly quotes straight, Latin accents and Arabic vowel marks dropped, and the
 * letters families type for one another folded together (ł/l, ı/i, Arabic ي/ك and Urdu ی/ک),
 * so a rule does not have to list every spelling. Scripts whose vowel signs carry meaning
 * (Bengali, Devanagari, Tamil …) are left alone.
 */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .replace(/[’‘ʼ`´]/g, "'")
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .normalize('NFC')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/\u200c/g, ' ');
}

// What separates words in the scripts we read: spaces and punctuation, Latin (with Spanish ¿ ¡),
// Arabic (، ؛ ؟ ۔),
// Devanagari (।) and Chinese (，。？！、). Anything else is part of a word. Listed rather than
// \p{L} / \p{P}: a Unicode property class makes each of some 150 expressions slow to compile,
// which every fresh process paid on its first messages.
const PUNCT = String.raw`\s"'(),.!?¿¡;:«»“”„\-/\u060c\u061b\u061f\u06d4\u0964，。？！、`;
const LETTER = `[^${PUNCT}]`;
const NOT_AFTER_LETTER = `(?<=^|[${PUNCT}])`;
const NOT_BEFORE_LETTER = `(?=$|[${PUNCT}])`;
// Between words: spaces, hyphens and punctuation ("grozi, że mnie zabije").
const SEP = `[${PUNCT}]+`;
const SEPARATOR_IN_PHRASE = /[\s-]+/;
const GAP = `(?:[${PUNCT}]+${LETTER}+){0,3}?[${PUNCT}]+`;

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function wordSource(word: string): string {
  const alternatives = word.split('|').map((alt) => {
    const head = alt.startsWith('*') ? `${LETTER}*` : '';
    const tail = alt.endsWith('*') && alt.length > 1 ? `${LETTER}*` : '';
    const core = alt.replace(/^\*/, '').replace(/\*$/, '');
    return head + escape(core) + tail;
  });
  return alternatives.length > 1 ? `(?:${alternatives.join('|')})` : alternatives[0]!;
}

/** The regular-expression source of one phrase, without the boundaries at its ends. */
export function phraseSource(phrase: string): string {
  const words = fold(phrase).trim().split(SEPARATOR_IN_PHRASE).filter(Boolean);
  let out = '';
  let gap = false;
  for (const word of words) {
    if (word === '...') {
      gap = true;
      continue;
    }
    if (out) out += gap ? GAP : SEP;
    out += wordSource(word);
    gap = false;
  }
  if (!out) throw new Error(`Empty phrase: ${JSON.stringify(phrase)}`);
  return out;
}
function alternation(phrases: readonly string[]): string {
  return phrases.map(phraseSource).join('|');
}

/** A regex with its {{name}} fragments filled in (a fragment may use other fragments). */
export function withFragments(
  source: string,
  fragments: Record<string, string>,
  depth = 0,
): string {
  return source.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const f = fragments[name];
    if (f === undefined || depth > 4) throw new Error(`unknown or circular fragment {{${name}}}`);
    return withFragments(f, fragments, depth + 1);
  });
}

/**
 * Where each top-level part of a regex source ends: the indices of its `|` outside groups and
 * character classes, then the source's length.
 */
function topLevelBars(source: string): number[] {
  const bars: number[] = [];
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) bars.push(i);
  }
  return [...bars, source.length];
}

/** The index just past the group that opens at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  let inClass = false;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  return source.length;
}

/**
 * The same regex, faster: an alternative that opens with a lookbehind ("not after 'last year'
 * within 30 characters") makes the engine look back from every position of the message before it
 * tries the words that must follow. A lookahead for those words, put first, fails at once where
 * they are not: `(?<!X)Y` becomes `(?=Y)(?<!X)Y`, which matches exactly the same text. Left as it
 * is when the regex has backreferences or named groups, which a second copy of Y would break.
 */
export function lookaheadFirst(source: string): string {
  if (/\\[1-9]|\\k<|\(\?<[A-Za-z]/.test(source)) return source;
  let start = 0;
  return topLevelBars(source)
    .map((end) => {
      const alternative = source.slice(start, end);
      start = end + 1;
      let rest = 0;
      while (/^\(\?<[!=]/.test(alternative.slice(rest))) rest = groupEnd(alternative, rest);
      const after = alternative.slice(rest);
      return rest === 0 || !after ? alternative : `(?=${after})${alternative}`;
    })
    .join('|');
}

/** Compiles one rule; throws with the rule's id when a phrase or regex is malformed. */
export function compileRule(
  rule: PhraseRule,
  fragments: Record<string, string> = {},
): CompiledRule {
  let main: RegExp;
  try {
    if (rule.regex !== undefined) {
      const source = lookaheadFirst(withFragments(rule.regex, fragments));
      main = new RegExp(source, `${(rule.flags ?? 'i').replace('g', '')}g`);
    } else if (rule.phrases?.length) {
      main = new RegExp(
        `${NOT_AFTER_LETTER}(?:${alternation(rule.phrases)})${NOT_BEFORE_LETTER}`,
        'g',
      );
    } else throw new Error('a rule needs phrases or a regex');
  } catch (e) {
    throw new Error(`Safety rule ${rule.id}: ${(e as Error).message}`);
  }
  const after = rule.notFollowedBy?.length
    ? new RegExp(String.raw`^[\s\-]*(?:${alternation(rule.notFollowedBy)})${NOT_BEFORE_LETTER}`)
    : undefined;
  const before = rule.notPrecededBy?.length
    ? new RegExp(String.raw`${NOT_AFTER_LETTER}(?:${alternation(rule.notPrecededBy)})[\s\-,]*$`)
    : undefined;
  return {
    id: rule.id,
    test(folded) {
      main.lastIndex = 0;
      for (let m = main.exec(folded); m; m = main.exec(folded)) {
        if (m[0] === '') main.lastIndex++;
        const end = m.index + m[0].length;
        if (after?.test(folded.slice(end))) continue;
        if (before?.test(folded.slice(0, m.index))) continue;
        return true;
      }
      return false;
    },
  };
}

/**
 * Scripts a rule's own words can be told by, each with a test for a message that has a letter of
 * it. Latin is not among them: Latin letters are in every message and in every regex's escapes.
 */
const GATING_SCRIPTS = [
  'Cyrillic',
  'Greek',
  'Arabic',
  'Hebrew',
  'Ethiopic',
  'Thai',
  'Han',
  'Hiragana',
  'Katakana',
  'Hangul',
  'Devanagari',
  'Bengali',
  'Gurmukhi',
  'Gujarati',
  'Tamil',
  'Telugu',
  'Malayalam',
  'Sinhala',
].map((name) => ({ name, re: new RegExp(`\\p{Script=${name}}`, 'u') }));

/**
 * The scripts a rule is written in, when they are all scripts of GATING_SCRIPTS: such a rule can
 * only match a message with a letter of one of them, so a message without any need not run it
 * (most messages are English, and most rules are not). Undefined when the rule has a Latin word,
 * or a letter of another script: it always runs.
 */
export function gatingScripts(
  rule: PhraseRule,
  fragments: Record<string, string> = {},
): ReadonlySet<string> | undefined {
  const source =
    rule.regex !== undefined
      ? withoutNegativeLookarounds(withFragments(rule.regex, fragments))
      : (rule.phrases ?? []).join(' ');
  // Escapes are syntax, not words: \b, \p{L}, \u0640, \x20.
  const words = source.replace(/\\(?:[pPu]\{[^}]*\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, ' ');
  const scripts = new Set<string>();
  for (const letter of words.match(/\p{L}/gu) ?? []) {
    const script = GATING_SCRIPTS.find((s) => s.re.test(letter));
    if (!script) return undefined;
    scripts.add(script.name);
  }
  return scripts.size ? scripts : undefined;
}

/**
 * A regex source without its negative lookarounds: the words they hold ("not after 'EHCP'") are
 * never needed for a match.
 */
function withoutNegativeLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') out += source.slice(i, ++i + 1);
    else if (/^\(\?<?!/.test(source.slice(i, i + 4))) i = groupEnd(source, i) - 1;
    else out += source[i];
  }
  return out;
}

/** The GATING_SCRIPTS a message has a letter of. */
export function scriptsIn(text: string): Set<string> {
  return new Set(GATING_SCRIPTS.filter((s) => s.re.test(text)).map((s) => s.name));
}
