import { splitSentences } from '../text/sentences';
import { guessLanguage, type Lang } from './language';
import { compileRule, fold, type CompiledRule } from './phrase-rules';
import { catalogueFor } from './reply-catalogue';
import { safetyRulesFileSchema, type SafetyCategory } from './safety-schema';
import ar from '../../data/safety/rules/ar.json';
import bn from '../../data/safety/rules/bn.json';
import de from '../../data/safety/rules/de.json';
import en from '../../data/safety/rules/en.json';
import es from '../../data/safety/rules/es.json';
import fa from '../../data/safety/rules/fa.json';
import fr from '../../data/safety/rules/fr.json';
import gu from '../../data/safety/rules/gu.json';
import hi from '../../data/safety/rules/hi.json';
import it from '../../data/safety/rules/it.json';
import lt from '../../data/safety/rules/lt.json';
import pa from '../../data/safety/rules/pa.json';
import pl from '../../data/safety/rules/pl.json';
import pt from '../../data/safety/rules/pt.json';
import ro from '../../data/safety/rules/ro.json';
import ru from '../../data/safety/rules/ru.json';
import so from '../../data/safety/rules/so.json';
import ta from '../../data/safety/rules/ta.json';
import tr from '../../data/safety/rules/tr.json';
import ur from '../../data/safety/rules/ur.json';
import zh from '../../data/safety/rules/zh.json';

// The first step of every answer. Rules, not retrieval: a message about risk of harm must get
// the emergency text even when nothing in the guidance matches it. The rules are data, one file
// per language (data/safety/rules/*.json), measured against the labelled examples in
// data/safety/examples/ (safety-corpus.test.ts). Every language's crisis rules run on every
// message, whatever language it seems to be in: a Polish sentence in an English chat, or a
// message too short to tell, must still get 999.

/** The rule files the chat runs, by language (ISO 639-1). */
export const SAFETY_RULE_FILES = {
  ar,
  bn,
  de,
  en,
  es,
  fa,
  fr,
  gu,
  hi,
  it,
  lt,
  pa,
  pl,
  pt,
  ro,
  ru,
  so,
  ta,
  tr,
  ur,
  zh,
};

type Compiled = CompiledRule & { category: SafetyCategory; language: string };

function compileAll(): Compiled[] {
  return Object.entries(SAFETY_RULE_FILES).flatMap(([language, raw]) => {
    const file = safetyRulesFileSchema.parse(raw);
    if (file.language !== language) throw new Error(`rules/${language}.json says ${file.language}`);
    return file.rules.map((r) => ({
      ...compileRule(r, file.fragments),
      category: r.category,
      language,
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
  const folded = fold(message);
  const hit = BY_CATEGORY.get(category)!.find(
    (r) => (!language || r.language === language) && r.test(folded),
  );
  return hit && { id: hit.id, language: hit.language };
}

/**
 * The language to give a crisis reply in: the message's own when it can be told, else the
 * language of the rule that saw the crisis ("chcę umrzeć" is two words, too short to tell by
 * itself, but a Polish rule caught it), else `fallback`.
 */
export function crisisLanguage(message: string, fallback: Lang = 'en'): Lang {
  const guessed = guessLanguage(message);
  const rule = matchingRule(message, 'crisis');
  const ruleLanguage =
    rule && rule.language !== 'en' && catalogueFor(rule.language)
      ? (rule.language as Lang)
      : undefined;
  // A language written in another script is no help to someone typing it in Latin letters
  // (Roman Urdu, Banglish, Arabizi): then the fallback, English.
  const readable = (l: Lang) => LATIN_SCRIPT.has(l) || !LATIN_LETTERS.test(message);
  // Detection guesses; the rule that caught the risk knows its language (Roman Urdu is read as
  // Turkish), unless a rule of the guessed language caught it too.
  if (guessed && guessed !== 'other') {
    if (!ruleLanguage || ruleLanguage === guessed || matchingRule(message, 'crisis', guessed))
      return guessed;
    return readable(ruleLanguage) ? ruleLanguage : fallback;
  }
  return ruleLanguage && readable(ruleLanguage) ? ruleLanguage : fallback;
}

/** Languages of the safety rules written in Latin letters. */
const LATIN_SCRIPT = new Set(['en', 'de', 'es', 'fr', 'it', 'lt', 'pl', 'pt', 'ro', 'so', 'tr']);
const LATIN_LETTERS = /^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]+$/u;

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
