import { splitSentences } from '../text/sentences';
import { catalogueLanguageOf, detectedAmong, guessLanguage, type Lang } from './language';
import { compileRule, fold, gatingScripts, scriptsIn, type CompiledRule } from './phrase-rules';
import { catalogueFor } from './reply-catalogue';
import { safetyRulesFileSchema, type SafetyCategory } from './safety-schema';
import ak from '../../data/safety/rules/ak.json';
import am from '../../data/safety/rules/am.json';
import ar from '../../data/safety/rules/ar.json';
import bg from '../../data/safety/rules/bg.json';
import bn from '../../data/safety/rules/bn.json';
import cs from '../../data/safety/rules/cs.json';
import de from '../../data/safety/rules/de.json';
import el from '../../data/safety/rules/el.json';
import en from '../../data/safety/rules/en.json';
import es from '../../data/safety/rules/es.json';
import fa from '../../data/safety/rules/fa.json';
import fr from '../../data/safety/rules/fr.json';
import gu from '../../data/safety/rules/gu.json';
import he from '../../data/safety/rules/he.json';
import hi from '../../data/safety/rules/hi.json';
import hr from '../../data/safety/rules/hr.json';
import hu from '../../data/safety/rules/hu.json';
import ig from '../../data/safety/rules/ig.json';
import it from '../../data/safety/rules/it.json';
import ja from '../../data/safety/rules/ja.json';
import ko from '../../data/safety/rules/ko.json';
import ku from '../../data/safety/rules/ku.json';
import lt from '../../data/safety/rules/lt.json';
import lv from '../../data/safety/rules/lv.json';
import ml from '../../data/safety/rules/ml.json';
import ms from '../../data/safety/rules/ms.json';
import ne from '../../data/safety/rules/ne.json';
import nl from '../../data/safety/rules/nl.json';
import pa from '../../data/safety/rules/pa.json';
import pl from '../../data/safety/rules/pl.json';
import ps from '../../data/safety/rules/ps.json';
import pt from '../../data/safety/rules/pt.json';
import ro from '../../data/safety/rules/ro.json';
import ru from '../../data/safety/rules/ru.json';
import si from '../../data/safety/rules/si.json';
import sk from '../../data/safety/rules/sk.json';
import sn from '../../data/safety/rules/sn.json';
import so from '../../data/safety/rules/so.json';
import sq from '../../data/safety/rules/sq.json';
import sw from '../../data/safety/rules/sw.json';
import ta from '../../data/safety/rules/ta.json';
import te from '../../data/safety/rules/te.json';
import th from '../../data/safety/rules/th.json';
import ti from '../../data/safety/rules/ti.json';
import tl from '../../data/safety/rules/tl.json';
import tr from '../../data/safety/rules/tr.json';
import uk from '../../data/safety/rules/uk.json';
import ur from '../../data/safety/rules/ur.json';
import vi from '../../data/safety/rules/vi.json';
import yo from '../../data/safety/rules/yo.json';
import zh from '../../data/safety/rules/zh.json';

// The first step of every answer. Rules, not retrieval: a message about risk of harm must get
// the emergency text even when nothing in the guidance matches it. The rules are data, one file
// per language (data/safety/rules/*.json), measured against the labelled examples in
// data/safety/examples/ (safety-corpus.test.ts). Every language's crisis rules run on every
// message, whatever language it seems to be in: a Polish sentence in an English chat, or a
// message too short to tell, must still get 999.

/** The rule files the chat runs, by language (ISO 639-1). */
export const SAFETY_RULE_FILES = {
  ak,
  am,
  ar,
  bg,
  bn,
  cs,
  de,
  el,
  en,
  es,
  fa,
  fr,
  gu,
  he,
  hi,
  hr,
  hu,
  ig,
  it,
  ja,
  ko,
  ku,
  lt,
  lv,
  ml,
  ms,
  ne,
  nl,
  pa,
  pl,
  ps,
  pt,
  ro,
  ru,
  si,
  sk,
  sn,
  so,
  sq,
  sw,
  ta,
  te,
  th,
  ti,
  tl,
  tr,
  uk,
  ur,
  vi,
  yo,
  zh,
};

type Compiled = CompiledRule & {
  category: SafetyCategory;
  language: string;
  /** When not empty, the rule can only match a message with a letter of one of these scripts. */
  scripts: readonly string[];
};

function compileAll(): Compiled[] {
  return Object.entries(SAFETY_RULE_FILES).flatMap(([language, raw]) => {
    const file = safetyRulesFileSchema.parse(raw);
    if (file.language !== language) throw new Error(`rules/${language}.json says ${file.language}`);
    return file.rules.map((r) => ({
      ...compileRule(r, file.fragments),
      category: r.category,
      language,
      scripts: [...(gatingScripts(r, file.fragments) ?? [])],
    }));
  });
}

const RULES = compileAll();
const BY_CATEGORY = new Map<SafetyCategory, Compiled[]>(
  (['crisis', 'injection', 'legal_advice'] as const).map((c) => [
    c,
    RULES.filter((r) => r.category === c),
  ]),
);

/** The first rule of a category that fires on the message (its id and language), for tests and reports. */
export function matchingRule(
  message: string,
  category: SafetyCategory,
  language?: string,
): { id: string; language: string } | undefined {
  const hit = firing(message, category, language).next().value;
  return hit && { id: hit.id, language: hit.language };
}

/**
 * The rules of a category (of one language, if given) that fire on the message, in order. A rule
 * written only in scripts the message has no letter of is not run: with 51 languages' rules, most
 * of the time a message spends in the safety step went on rules that could not match it.
 */
function* firing(
  message: string,
  category: SafetyCategory,
  language?: string,
): Generator<Compiled, undefined> {
  const folded = fold(message);
  const present = scriptsIn(folded);
  for (const r of BY_CATEGORY.get(category)!) {
    if (language && r.language !== language) continue;
    if (r.scripts.length && !r.scripts.some((s) => present.has(s))) continue;
    if (r.test(folded)) yield r;
  }
  return undefined;
}

/**
 * The language to give a crisis reply in (a reply catalogue's code): the message's own when it
 * can be told, else the language of the rule that saw the crisis ("chcę umrzeć" is two words, too
 * short to tell by itself, but a Polish rule caught it), else `fallback`. The rule's language can
 * be one the chat detects no further than "other" (Tagalog, Amharic …): a crisis reply is the one
 * reply every language with safety rules gets in its own words.
 */
export function crisisLanguage(message: string, fallback: Lang = 'en'): string {
  const guessed = guessLanguage(message);
  // Every language whose crisis rules fire, English included, in the rules' order.
  const fired = [...new Set([...firing(message, 'crisis')].map((r) => r.language))].filter((l) =>
    catalogueFor(l),
  );
  // Detection names the language, down to one the chat only has safety rules for (Tagalog,
  // Amharic …); it is taken unless the rules that caught the risk are all another language's
  // (Roman Urdu is read as Turkish).
  const named = guessed === 'other' ? catalogueLanguageOf(message, guessed) : guessed;
  if (named && catalogueFor(named) && (fired.length === 0 || fired.includes(named))) return named;
  // A language written in another script is no help to someone typing it in Latin letters
  // (Roman Urdu, Banglish, Arabizi): then the fallback, English.
  const readable = (l: string) => writesInLatin(l) || !LATIN_LETTERS.test(message);
  const ruleLanguage = detectedAmong(
    message,
    fired.filter((l) => l !== 'en'),
  );
  return ruleLanguage && readable(ruleLanguage) ? ruleLanguage : fallback;
}

const LATIN_LETTERS = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u;

/** Whether a language's crisis reply is written in Latin letters (read from its catalogue). */
function writesInLatin(language: string): boolean {
  const text = catalogueFor(language)?.messages.crisis ?? '';
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters > 0 && latin / letters > 0.5;
}

/** What the safety step does with a message, in the pipeline's order; undefined: answer it. */
export function safetyCategory(message: string): SafetyCategory | undefined {
  if (isCrisis(message)) return 'crisis';
  if (isInjection(message)) return 'injection';
  if (asksForLegalAdvice(message)) return 'legal_advice';
  return undefined;
}

export function isCrisis(message: string): boolean {
  return matchingRule(message, 'crisis') !== undefined;
}

export function isInjection(message: string): boolean {
  return matchingRule(message, 'injection') !== undefined;
}

export function asksForLegalAdvice(message: string): boolean {
  return matchingRule(message, 'legal_advice') !== undefined;
}

// A run of marks that fences a block: "###", "===", "---", "```", "***".
const FENCE = String.raw`#{3,}|={3,}|-{3,}|\`{3,}|\*{3,}`;
const FENCED_INSTRUCTIONS = new RegExp(
  String.raw`(${FENCE})\s*\[?\s*(system|assistant|developer|admin\w*|instructions?)\b[\s\S]*?(\1|$)`,
  'gi',
);
// "SYSTEM: … USER: …": a labelled system turn runs until the next user turn or a fence.
const LABELLED_SYSTEM_TURN = new RegExp(
  String.raw`\b(system|assistant|developer)\s*:[\s\S]*?(?=\b(user|human|me|question)\s*:|${FENCE}|$)`,
  'gi',
);

/**
 * The part of a message that is a family's own question once instructions aimed at the
 * assistant are taken out ("Ignore your rules. Also, is mediation free?" → "is mediation
 * free?"): role-tagged blocks and labelled turns, and every sentence that reads as an
 * instruction. Undefined when nothing of a question is left. The instructions are dropped,
 * never followed: what is left is answered like any other message.
 */
export function genuineQuestion(message: string): string | undefined {
  const untagged = message
    // <system>…</system> and the like: the whole block is the injected text.
    .replace(/<\s*(system|assistant|developer|instructions?)\s*>[\s\S]*?(<\/\s*\1\s*>|$)/gi, ' ')
    // "### SYSTEM: … ###", "=== instructions ===": a block fenced by a run of marks, to its fence.
    .replace(FENCED_INSTRUCTIONS, ' ')
    .replace(/<\|[a-z_]+\|>/gi, ' ')
    .replace(/<\/?\s*[a-z_|]+\s*>/gi, ' ')
    .replace(LABELLED_SYSTEM_TURN, ' ')
    .replace(/\b(user|human|question)\s*:/gi, ' ');
  const kept = splitSentences(untagged.replace(/\s+/g, ' '))
    .flatMap((s) => s.text.split(/(?<=[.!?;])\s+|,?\s+\b(?:also|and then|then|but|anyway)\b,?\s+/i))
    .map((s) => s.trim())
    .filter((s) => s && !isInjection(s));
  const question = kept
    .join(' ')
    .replace(/^\W+/, '')
    .replace(/^(also|and|plus|but|so|anyway|then)\b,?\s*/i, '')
    .trim();
  return question.split(/\s+/).length >= 3 ? question : undefined;
}
