import { analyze } from '../text/analyze';
import { vocabulary } from './vocabulary';
import type { VocabularyEntry } from './vocabulary-schema';

/**
 * Words families use for the ideas the published text names, from data/vocabulary.json. Exact
 * equivalents (EHC plan / EHCP, LA / council) are folded at analysis time (text/analyze.ts).
 * Here a question word pulls in its relatives: "same" groups name one idea (pay / free / fee),
 * "near" groups a neighbouring one (son / young person), so they count for less.
 */
export const SAME_WEIGHT = 0.8;
export const NEAR_WEIGHT = 0.45;

export type Relations = Map<string, Map<string, number>>;

/** Adds each group's stems as relatives of one another, with the group's weight. */
export function addGroups(into: Relations, groups: readonly (readonly string[])[], weight: number) {
  for (const group of groups) {
    const stems = [...new Set(group.flatMap((w) => analyze(w)))];
    for (const s of stems) {
      const map = into.get(s) ?? new Map<string, number>();
      for (const other of stems)
        if (other !== s) map.set(other, Math.max(map.get(other) ?? 0, weight));
      into.set(s, map);
    }
  }
}

const VOCABULARY = vocabulary();
const related: Relations = new Map();
addGroups(related, VOCABULARY.near, NEAR_WEIGHT);
addGroups(related, VOCABULARY.same, SAME_WEIGHT);
addGroups(related, relatedGroups([...VOCABULARY.terms, ...VOCABULARY.frames]), NEAR_WEIGHT);

/** A term's `related` words as a group with the term. */
export function relatedGroups(entries: readonly VocabularyEntry[]): string[][] {
  return entries.filter((e) => e.related?.length).map((e) => [e.term, ...e.related!]);
}

/** Stems related to a stem (not itself), each with how much it counts (0..1). */
export function relatedTerms(term: string): ReadonlyMap<string, number> {
  return related.get(term) ?? EMPTY;
}

const EMPTY: ReadonlyMap<string, number> = new Map();

/** Whether a question uses the vocabulary of this field at all (for "out of scope"). */
const DOMAIN = new Set(VOCABULARY.domain.flatMap((w) => analyze(w)));

export function isDomainTerm(term: string): boolean {
  return DOMAIN.has(term);
}

/**
 * Words that carry little in a question however rare they are on the page ("do I have to",
 * "can you help", "support"): they may match, but a passage is not relevant because of them.
 */
const LIGHT = new Set(VOCABULARY.light.flatMap((w) => analyze(w)));

export function isLightTerm(term: string): boolean {
  return LIGHT.has(term);
}
