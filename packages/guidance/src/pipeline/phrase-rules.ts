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
function withFragments(source: string, fragments: Record<string, string>, depth = 0): string {
  return source.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const f = fragments[name];
    if (f === undefined || depth > 4) throw new Error(`unknown or circular fragment {{${name}}}`);
    return withFragments(f, fragments, depth + 1);
  });
}

/** Compiles one rule; throws with the rule's id when a phrase or regex is malformed. */
export function compileRule(
  rule: PhraseRule,
  fragments: Record<string, string> = {},
): CompiledRule {
  let main: RegExp;
  try {
    if (rule.regex !== undefined) {
      const source = withFragments(rule.regex, fragments);
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
