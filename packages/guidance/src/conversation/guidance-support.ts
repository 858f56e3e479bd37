// The service's own passage for a fixed query: a route's or a deadline's search words
// (data/conversation.json routeSearch, deadlineSearch, a situation's `search`). The same few
// queries are asked of one index on every such answer, so each is looked up once per index.
//
// A fixed query finds the service's sentences about the route or the time limit; which of them
// fits this family is told by what the family wrote. "if I say no thanks to mediation how quick
// do I get the certificate" and "the council refused to assess, can that go to mediation" each
// match several sentences the fixed query finds equally well ("within 3 working days of the
// meeting ending" / "… of you telling us"; "for most appeals you need a certificate" / "a refusal
// to assess can go to mediation"). So the candidates come from the fixed query (they are about the
// right thing) and the family's words choose among them.
import { composeChosen, composeFromGuidance, scoreCandidates } from '../pipeline/compose';
import type { Candidates } from '../pipeline/compose';
import type { Composed } from '../pipeline/composed';
import { weightIn, type Scored } from '../pipeline/sentence-features';
import type { GuidanceIndex, QueryConcept } from '../search/guidance-index';
import { isLightTerm } from '../search/synonyms';

const found = new WeakMap<GuidanceIndex, Map<string, Composed | undefined>>();
const candidatesFound = new WeakMap<GuidanceIndex, Map<string, Candidates | undefined>>();

/**
 * How near the fixed query's best a sentence must score to be chosen by the family's words
 * instead (measured: see the package README, "support chosen by the family's words").
 */
export const SUPPORT_POOL = 0.6;
/** How much the family's words count against the fixed query's own score (both 0..1). */
export const SUPPORT_STORY_WEIGHT = 1;
/**
 * How much more of the family's words a sentence must hold than the fixed query's own choice
 * to replace it: a story's incidental words ("told", "the LA") reach many sentences a little
 * (measured: 0 lost two sample-page answers to such words, 0.15 kept them).
 */
const MARGIN = 0.15;

export function supportingPassage(
  query: string,
  index: GuidanceIndex,
  /** What the family wrote: chooses among the sentences the query finds. */
  about?: string,
  /** The passage must pass this (a deadline's quote must name the rule's period). */
  accept: (c: Composed) => boolean = () => true,
  /** A passage that passes this is preferred to one that only passes `accept`. */
  prefer?: (c: Composed) => boolean,
): Composed | undefined {
  const base = cached(found, index, query, () => composeFromGuidance(`${query}?`, index));
  const byStory =
    about && SUPPORT_STORY_WEIGHT > 0 ? chosenByStory(query, index, about, accept) : undefined;
  const chosen = byStory ?? (base && accept(base) ? base : undefined);
  if (!prefer || (chosen && prefer(chosen))) return chosen;
  // The fixed query's other near choices, in its order, for one that is preferred.
  const better = poolOf(query, index)
    ?.pool.map((s) => composedOf(query, index, s))
    .find((c) => accept(c) && prefer(c));
  return better ?? chosen;
}

/** The sentences the fixed query finds nearly as well as its best (SUPPORT_POOL), best first. */
function poolOf(query: string, index: GuidanceIndex) {
  const candidates = cached(candidatesFound, index, query, () =>
    scoreCandidates(`${query}?`, index, false),
  );
  if (!candidates) return undefined;
  const relevant = candidates.scored.filter((s) => s.features.legacyRelevant === 1);
  const top = relevant[0]?.score ?? 0;
  if (top <= 0) return undefined;
  return { candidates, top, pool: relevant.filter((s) => s.score >= SUPPORT_POOL * top) };
}

const composedCache = new WeakMap<Scored, Composed>();
function composedOf(query: string, index: GuidanceIndex, s: Scored): Composed {
  let c = composedCache.get(s);
  if (!c) composedCache.set(s, (c = composeChosen(s, poolOf(query, index)!.candidates, index)));
  return c;
}

function chosenByStory(
  query: string,
  index: GuidanceIndex,
  about: string,
  accept: (c: Composed) => boolean,
): Composed | undefined {
  const found = poolOf(query, index);
  if (!found) return undefined;
  const { candidates, top, pool } = found;
  if (pool.length < 2) return undefined;
  // The family's words that tell these sentences apart: not the fixed query's own, and not one
  // every candidate holds ("mediation" in each sentence about the certificate).
  const holds = (c: QueryConcept, s: Scored) =>
    weightIn(c, s.unit.terms) > 0 || weightIn(c, index.contextTerms(s.hit.passage.id)) > 0;
  const story = index
    .concepts(about)
    .filter(
      (c) =>
        !isLightTerm(c.word) &&
        !candidates.concepts.some((q) => q.word === c.word) &&
        !pool.every((s) => holds(c, s)),
    );
  const storyWeight = story.reduce((n, c) => n + c.idf, 0);
  if (!storyWeight) return undefined;
  const storyCover = (s: Scored) => {
    const ctx = index.contextTerms(s.hit.passage.id);
    let covered = 0;
    for (const c of story)
      covered += Math.max(weightIn(c, s.unit.terms), 0.5 * weightIn(c, ctx)) * c.idf;
    return covered / storyWeight;
  };
  const ranked = pool
    .map((s) => ({ s, cover: storyCover(s) }))
    .map((r) => ({ ...r, value: r.s.score / top + SUPPORT_STORY_WEIGHT * r.cover }))
    .sort((a, b) => b.value - a.value);
  // Only a sentence the family's words actually reach is chosen by them; otherwise the fixed
  // query's own choice stands.
  if (!ranked[0] || ranked[0].cover === 0) return undefined;
  const baseCover = storyCover(pool[0]!);
  if (ranked[0].s !== pool[0] && ranked[0].cover < baseCover + MARGIN) return undefined;
  for (const { s } of ranked) {
    const composed = composedOf(query, index, s);
    if (accept(composed)) return composed;
  }
  return undefined;
}

function cached<T>(
  store: WeakMap<GuidanceIndex, Map<string, T>>,
  index: GuidanceIndex,
  key: string,
  make: () => T,
): T {
  let byKey = store.get(index);
  if (!byKey) store.set(index, (byKey = new Map()));
  if (!byKey.has(key)) byKey.set(key, make());
  return byKey.get(key) as T;
}
