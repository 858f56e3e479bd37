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
import { isLeadIn } from '../ingest/blocks';
import { composeChosen, composeFromGuidance, scoreCandidates } from '../pipeline/compose';
import type { Candidates } from '../pipeline/compose';
import {
  DEADLINE_SEARCH,
  saysOneOf,
  statesPeriod,
  type Calculation,
  type StatedSearch,
} from './words';
import { searchOf, type DeadlineFacet } from '../pipeline/deadline-facets';
import type { Composed } from '../pipeline/composed';
import { weightIn, type Scored } from '../pipeline/sentence-features';
import type { GuidanceIndex, QueryConcept } from '../search/guidance-index';
import { semanticSettings, withAnswerGate, withoutTopicModels } from '../semantic/settings';
import type { Citation } from '../types';
import { isLightTerm } from '../search/synonyms';
import { askedBeside, askingPart } from '../text/asking-part';
import { analyze } from '../text/analyze';

const found = new WeakMap<GuidanceIndex, Map<string, Composed | undefined>>();
const pools = new WeakMap<GuidanceIndex, Map<string, Pool | undefined>>();
const composedCache = new WeakMap<Scored, Composed>();

/** How near the fixed query's best score a sentence must score to be chosen by the family's words. */
const SUPPORT_POOL = 0.6;
/**
 * How much more of the family's words a sentence must hold than the fixed query's own choice
 * to replace it: a story's incidental words ("told", "the LA") reach many sentences a little
 * (measured: with no margin two sample-page answers were lost to such words; 0.15 kept them).
 */
const MARGIN = 0.15;

/** The sentences the fixed query finds nearly as well as its best, best first. */
interface Pool {
  candidates: Candidates;
  top: number;
  sentences: Scored[];
}

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
  // The fixed query is the engine's words, not a family's: read without the topic models.
  return withoutTopicModels(() => supportIn(query, index, about, accept, prefer));
}

function supportIn(
  query: string,
  index: GuidanceIndex,
  about: string | undefined,
  accept: (c: Composed) => boolean,
  prefer: ((c: Composed) => boolean) | undefined,
): Composed | undefined {
  const base = cached(found, index, query, () => composeFromGuidance(`${query}?`, index));
  const pool = cached(pools, index, query, () => poolOf(query, index));
  const byStory = about && pool ? chosenByStory(pool, index, about, accept) : undefined;
  const chosen = byStory ?? (base && accept(base) ? base : undefined);
  if (!prefer || (chosen && prefer(chosen))) return chosen;
  // The fixed query's other near choices, in its order, for one that is preferred.
  const better = pool?.sentences
    .map((s) => composedOf(pool, index, s))
    .find((c) => accept(c) && prefer(c));
  return better ?? chosen ?? nearAccepted(pool, index, accept);
}

/** How many of the fixed query's best sentences a near miss is looked for in. */
const NEAR_MISSES = 8;
/** How much of the fixed query a near miss must still cover. */
const NEAR_COVER = 0.15;

/**
 * Nothing the fixed query found well enough says what it must: a sentence among its best that
 * does, in other words ("an adviser can no longer give you a certificate" for "cannot issue a
 * certificate"). What it must say (`accept`: a period, a phrase of the facet) keeps a sentence
 * that only shares words from being quoted.
 */
function nearAccepted(
  pool: Pool | undefined,
  index: GuidanceIndex,
  accept: (c: Composed) => boolean,
): Composed | undefined {
  if (!pool) return undefined;
  return pool.candidates.scored
    .slice(0, NEAR_MISSES)
    .filter((s) => s.cover >= NEAR_COVER && s.ownMatched >= 1)
    .map((s) => composedOf(pool, index, s))
    .find(accept);
}

/**
 * The service's sentence for a stated search (a time limit, what follows a missed window, a
 * decision that can go to mediation): only one that says one of `states`, so a near miss of
 * retrieval is never shown as the source; with `preferStated`, one that states the period
 * ("within 30 days of being told") before one that refers back to it ("within the 30 days").
 */
export function statedPassage(
  wanted: StatedSearch,
  index: GuidanceIndex,
  about?: string,
  { preferStated = true } = {},
): Composed | undefined {
  return supportingPassage(
    wanted.search,
    index,
    about,
    (c) => saysOneOf(wanted.states, c.body),
    preferStated ? (c) => statesPeriod(wanted.states, c.body) : undefined,
  );
}

function poolOf(query: string, index: GuidanceIndex): Pool | undefined {
  const candidates = scoreCandidates(`${query}?`, index, false);
  if (!candidates) return undefined;
  const relevant = candidates.scored.filter((s) => s.features.legacyRelevant === 1);
  const top = relevant[0]?.score ?? 0;
  // None relevant: still the candidates, for a near miss that says what is wanted.
  if (top <= 0) return { candidates, top: 0, sentences: [] };
  return { candidates, top, sentences: relevant.filter((s) => s.score >= SUPPORT_POOL * top) };
}

function composedOf(pool: Pool, index: GuidanceIndex, s: Scored): Composed {
  let c = composedCache.get(s);
  if (!c) composedCache.set(s, (c = composeChosen(s, pool.candidates, index)));
  return c;
}

function chosenByStory(
  pool: Pool,
  index: GuidanceIndex,
  about: string,
  accept: (c: Composed) => boolean,
): Composed | undefined {
  const { candidates, top, sentences } = pool;
  if (sentences.length < 2) return undefined;
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
        !sentences.every((s) => holds(c, s)),
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
  // The fixed query's score (relative to its best) and the family's words count alike.
  const ranked = sentences
    .map((s) => ({ s, cover: storyCover(s) }))
    .map((r) => ({ ...r, value: r.s.score / top + r.cover }))
    .sort((a, b) => b.value - a.value);
  // Only a sentence the family's words actually reach is chosen by them, and only by a margin
  // over the fixed query's own choice; otherwise that choice stands.
  const best = ranked[0];
  if (!best || best.cover === 0) return undefined;
  const baseCover = ranked.find((r) => r.s === sentences[0])!.cover;
  if (best.s !== sentences[0] && best.cover < baseCover + MARGIN) return undefined;
  for (const { s } of ranked) {
    const composed = composedOf(pool, index, s);
    if (accept(composed)) return composed;
  }
  return undefined;
}

/** Two quotes are the same sentence when one holds the other. */
const overlaps = (a: string, b: string) => a.includes(b) || b.includes(a);

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

// A sentence about time: a period, a named season or day, or a date.
const SPEAKS_OF_TIME =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty)\s+(?:(?:working|calendar|clear|school)\s+)?(?:days?|weeks?|months?|years?)\b|\b(?:christmas|august|new year|bank holidays?|weekends?|saturday|sunday|working days?|deadline|time limits?|dated?|date printed|postmark)\b/i;

/**
 * What else the family asked about a time limit, in the service's words: retrieval's best
 * sentence for the whole message ("it only came through the door a week later", "does Christmas
 * count"), when it is not the stated limit's own and speaks of time. The stated limit is chosen
 * for the rule; this is chosen for the family's question, so the two differ where the family's
 * worry is something the rule's sentence does not say.
 */
export function concernPassage(
  message: string,
  index: GuidanceIndex,
  stated: readonly Citation[],
  {
    ofTime = true,
    answered,
  }: {
    ofTime?: boolean;
    /** A clause the reply itself answers: another clause that asks is looked up without them. */
    answered?: (clause: string) => boolean;
  } = {},
): { body: string; citations: Citation[] } | undefined {
  const found: Citation[] = [];
  const fresh = (c: Citation | undefined): c is Citation =>
    // A lead-in alone ("Some other points about the deadline:") says nothing: its items are
    // other quotes, and they would repeat what the time limit's and its facets' sentences say.
    !!c && ![...stated, ...found].some((s) => overlaps(s.quote, c.quote)) && !isLeadIn(c.quote);
  const first = composeFromGuidance(message, index)?.citations[0];
  if (fresh(first) && (!ofTime || SPEAKS_OF_TIME.test(first.quote))) found.push(first);
  // Another question beside the one the reply answers ("… and what time does the van come?"):
  // retrieval's answer to the message without the reply's clauses, whatever it speaks of.
  const beside = answered ? askedBeside(message, answered) : undefined;
  // Its first sentence not already quoted: the answer may be given beside the time limit's own.
  const other = beside
    ? withAnswerGate(semanticSettings.besideGate, () =>
        composeFromGuidance(beside, index, 0, false),
      )?.citations.find((c) => fresh(c) && meetsAsked(beside, c.quote))
    : undefined;
  if (other) found.push(other);
  return found.length
    ? { body: found.map((c) => c.quote).join('\n\nOur guidance also says: '), citations: found }
    : undefined;
}

/**
 * The sentence holds a word of the clause that asks, not only of the story around it: an answer
 * added beside another is held to what was asked ("… and what time does the van come?" is
 * answered by a sentence about the van, not one about the letter the story mentions).
 */
function meetsAsked(message: string, quote: string): boolean {
  const said = new Set(analyze(quote));
  return analyze(askingPart(message, undefined)).some((t) => !isLightTerm(t) && said.has(t));
}

/** At most this many sentences on what a deadline turned on, under its time limit. */
const MAX_FACETS = 2;

interface Said {
  body: string;
  citations: Citation[];
}

/**
 * The service's sentences for what this family's deadline turned on (pipeline/deadline-facets.ts:
 * the Christmas move, the later of two dates, the event the count starts from …), each one only
 * when it says so (the facet's `states`), none repeating a sentence already quoted. A facet's
 * sentence that also states the time limit ("within 3 working days of the meeting ending") says
 * the limit for this family's case better than the general one ("… of you telling us"), so it
 * replaces the stated limit when that one does not say the facet.
 */
export function facetPassages(
  calc: Calculation,
  facets: readonly DeadlineFacet[],
  stated: Said | undefined,
  index: GuidanceIndex,
  about: string,
): { stated?: Said; facets: Said[] } {
  const limit = DEADLINE_SEARCH[calc];
  let replaced: Said | undefined;
  const said: Said[] = [];
  const quoted = () => [
    ...((replaced ?? stated)?.citations ?? []),
    ...said.flatMap((s) => s.citations),
  ];
  for (const facet of facets) {
    if (said.length >= MAX_FACETS) break;
    const search = searchOf(facet);
    // Already said by the sentence stating the limit.
    if (saysOneOf(search.states, (replaced ?? stated)?.body ?? '')) continue;
    const found = statedPassage(search, index, about, { preferStated: false });
    // The sentence of the passage found that says the facet (a passage may bring its
    // neighbours): the one saying most of its phrases ("not from the day it reached you" says
    // more of "counted from the letter's date" than "the date printed on the letter" alone).
    const cited = found?.citations
      .filter((c) => !quoted().some((q) => overlaps(q.quote, c.quote)))
      .map((c) => ({ c, says: search.states.filter((p) => saysOneOf([p], c.quote)).length }))
      .filter((x) => x.says > 0)
      .sort((a, b) => b.says - a.says)[0]?.c;
    if (!cited) continue;
    const one = { body: cited.quote, citations: [cited] };
    if (!replaced && isEvent(facet) && limit && statesPeriod(limit.states, cited.quote)) {
      replaced = one;
      continue;
    }
    said.push(one);
  }
  return { ...(replaced ? { stated: replaced } : {}), facets: said };
}

/**
 * Facets that are the case the limit is stated for (the count starting when the meeting ended,
 * or when the family declined; health alone): a sentence stating the limit for that case replaces
 * the general one. The others (a move, a month end) are said beside it.
 */
const isEvent = (facet: DeadlineFacet) =>
  facet === 'meeting_ended' ||
  facet === 'declined' ||
  facet === 'health_only' ||
  facet.startsWith('agreed_');
