import { createHash } from 'node:crypto';
import MiniSearch from 'minisearch';
import SearchableMap from 'minisearch/SearchableMap';
import type { Passage } from '../types';
import { analyze, stem, STOP_WORDS, words } from '../text/analyze';
import { withoutReportedFrame } from '../text/reported-speech';
import { splitSentences, type Span } from '../text/sentences';
import {
  addGroups,
  isDomainTerm,
  isLightTerm,
  relatedGroups,
  relatedTerms,
  SAME_WEIGHT,
  NEAR_WEIGHT,
  type Relations,
} from './synonyms';
import { compileFolds } from './vocabulary';
import { vocabularyEntrySchema, type VocabularyEntry } from './vocabulary-schema';
import { wordVectors } from '../semantic/embeddings';
import { pageWords, rarity, semanticSettings, type PageWords } from '../semantic/neighbours';

/** One question word and the index terms it stands for, with how much each counts. */
export interface QueryConcept {
  word: string;
  idf: number;
  /** The guidance uses this word (or a typo of it): not matching it is a miss, not a new topic. */
  known: boolean;
  terms: Map<string, number>;
  /** How rare the word is in English, 0..1 (1 for a word beyond the vectors' list). */
  rarity: number;
  /** Matched other than by meaning: as written, as a typo or by a relative the vocabulary lists. */
  listed: boolean;
}

/** A sentence or line of a passage, ready to score. */
export interface Unit extends Span {
  terms: Set<string>;
}

export interface SearchHit {
  passage: Passage;
  /** BM25+ score from MiniSearch. */
  score: number;
  /** Share of the question's weight (idf) the passage and its headings cover, 0..1. */
  coverage: number;
}

export interface GuidanceIndex {
  readonly passages: readonly Passage[];
  /** Hash of every passage: compare with the published version to know the index is current. */
  readonly version: string;
  passage(id: string): Passage | undefined;
  /** Items of a list whose lead-in paragraph is `leadId`, in order. */
  itemsOf(leadId: string): Passage[];
  /** Passages under exactly this heading path, in order. */
  section(passage: Passage): Passage[];
  units(passageId: string): Unit[];
  contextTerms(passageId: string): Set<string>;
  concepts(question: string): QueryConcept[];
  search(
    question: string,
    options?: { limit?: number },
  ): { hits: SearchHit[]; concepts: QueryConcept[] };
}

interface Indexed {
  id: string;
  text: string;
  context: string;
}

const FIELDS = ['text', 'context'] as const;
/** How many question words the guidance never uses can weigh, together, at most (see concepts). */
const UNMATCHED_SHARE = 4;
const WEIGHT = { exact: 1, fuzzy: 0.75, prefix: 0.6 };

export interface GuidanceIndexOptions {
  /**
   * Terms staff added (stored by the API, passed in at each build), merged with the shipped
   * vocabulary (data/vocabulary.json): each entry's phrases are folded to its term in the pages
   * and in questions alike, and its related words count as neighbours. An entry that fails
   * `vocabularyEntrySchema` is left out, so one bad row never stops the chat.
   */
  vocabulary?: VocabularyEntry[];
}

/**
 * Builds the search index over passages: MiniSearch (BM25+) over the passage text, its heading
 * path and list lead-in, and its page title, with this field's synonyms and typo tolerance
 * resolved against the index's own vocabulary.
 */
/**
 * The units a passage is scored and quoted by: its sentences, except that a table row ("Step:
 * Holding the mediation meeting / How long: Within 30 days …") is one unit, because a cell
 * without its row's other cells answers nothing ("How long: Within 30 days" of what?).
 */
function spansOf(p: Passage): Span[] {
  const lines = p.text.split('\n');
  const record =
    p.kind === 'lines' &&
    lines.length >= 2 &&
    lines.length <= 8 &&
    lines.every((l) => /^[^:\n]{1,40}: \S/.test(l.trim()));
  return record
    ? [
        {
          text: p.text.trim(),
          start: p.text.indexOf(p.text.trim()),
          end: p.text.indexOf(p.text.trim()) + p.text.trim().length,
        },
      ]
    : splitSentences(p.text);
}

export function createGuidanceIndex(
  passages: readonly Passage[],
  options: GuidanceIndexOptions = {},
): GuidanceIndex {
  const staff = (options.vocabulary ?? []).flatMap((e) => {
    const parsed = vocabularyEntrySchema.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  });
  const extra = staff.length ? compileFolds(staff, STOP_WORDS) : undefined;
  const localRelations: Relations = new Map();
  addGroups(localRelations, relatedGroups(staff), NEAR_WEIGHT);
  const relatedOf = (term: string): Iterable<[string, number]> => {
    const local = localRelations.get(term);
    return local ? [...relatedTerms(term), ...local] : relatedTerms(term);
  };
  const byId = new Map(passages.map((p) => [p.id, p]));
  if (byId.size !== passages.length) throw new Error('Passage ids must be unique.');
  const items = new Map<string, Passage[]>();
  const sections = new Map<string, Passage[]>();
  const push = (map: Map<string, Passage[]>, key: string, p: Passage) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const p of passages) {
    if (p.leadId) push(items, p.leadId, p);
    push(sections, sectionKey(p), p);
  }

  // The page title joins the headings as context (usually it is the first heading anyway):
  // one field fewer to index.
  const docs: Indexed[] = passages.map((p) => ({
    id: p.id,
    text: p.text,
    context: [
      ...(p.headingPath.includes(p.title) ? [] : [p.title]),
      ...p.headingPath,
      p.leadId ? (byId.get(p.leadId)?.text ?? '') : '',
    ].join('\n'),
  }));

  const docById = new Map(docs.map((d) => [d.id, d]));
  // Headings and titles repeat across a page's passages: analyse each distinct string once.
  const analyzed = new Map<string, string[]>();
  // Each word as the pages spell it → its stem: typos are measured against spellings.
  const spellings = new Map<string, string>();
  const terms = (text: string) => {
    let t = analyzed.get(text);
    if (!t) {
      t = [];
      for (const w of words(text, extra)) {
        if (STOP_WORDS.has(w)) continue;
        const s = stem(w);
        spellings.set(w, s);
        t.push(s);
      }
      analyzed.set(text, t);
    }
    return t;
  };
  const mini = new MiniSearch<Indexed>({
    fields: [...FIELDS],
    idField: 'id',
    tokenize: terms,
    processTerm: (term) => term,
    searchOptions: { tokenize: (q) => q.split(' ').filter(Boolean), processTerm: (t) => t },
  });
  mini.addAll(docs);

  // Document frequency per term over passages (text + context), for idf and typo resolution.
  const df = new Map<string, number>();
  const unitCache = new Map<string, Unit[]>();
  const contextCache = new Map<string, Set<string>>();
  for (const d of docs) {
    const seen = new Set([...terms(d.text), ...terms(d.context)]);
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  analyzed.clear();
  const vocab = SearchableMap.from([...df.entries()]);
  const acronyms = acronymsOf(passages, df);
  const spelled = SearchableMap.from([...spellings.entries()]);
  // The pages' words with their vectors, built on the first question that needs them.
  let meaning: PageWords | undefined;
  const nearest = (raw: string, threshold: number) =>
    (meaning ??= pageWords(spellings)).nearest(raw, threshold, semanticSettings.neighbours);
  const n = Math.max(1, passages.length);
  const idf = (term: string) =>
    Math.log(1 + (n - (df.get(term) ?? 0) + 0.5) / ((df.get(term) ?? 0) + 0.5));
  const maxIdf = idf('\u0000');

  const version = createHash('sha256')
    .update(passages.map((p) => `${p.id}\u0000${p.version}\u0000${p.text}`).join('\u0001'))
    .digest('hex')
    .slice(0, 12);

  // A word resolves to the same terms every time for this index (typo search and word vectors
  // are the costly part): remembered per word, spelling, position and the meaning settings.
  const resolved = new Map<string, Map<string, number>>();
  function resolve(word: string, raw: string, last: boolean): Map<string, number> {
    const s = semanticSettings;
    const key = `${word}\u0000${raw}\u0000${last}\u0000${s.unknownWords}${s.knownWords}${s.unknownThreshold}${s.knownThreshold}${s.neighbours}${s.weight}${s.minRank}${s.pageMinRank}${s.realWordRank}`;
    let found = resolved.get(key);
    if (!found) {
      if (resolved.size > 50_000) resolved.clear();
      found = resolveOnce(word, raw, last);
      resolved.set(key, found);
    }
    return new Map(found);
  }

  function resolveOnce(word: string, raw: string, last: boolean): Map<string, number> {
    const terms = new Map<string, number>();
    const put = (t: string, w: number) => terms.set(t, Math.max(terms.get(t) ?? 0, w));
    if (df.has(word)) put(word, WEIGHT.exact);
    else if (raw.length >= 5 && raw.length <= 30 && !/\d/.test(raw)) {
      // "mediaton" is one letter from "mediation" but two from its stem "mediat" (and one
      // from "mediator"): a typo is a misspelt word, so it is matched against spellings.
      let found = spelled.fuzzyGet(raw, raw.length >= 8 ? 2 : 1);
      // Two letters typed the wrong way round ("recieve", "meetign") are one slip, not two.
      if (!found.size && raw.length < 8)
        found = new Map([...spelled.fuzzyGet(raw, 2)].filter(([s]) => swapsTwo(raw, s)));
      // A frequent English word is spelt as meant: only another form of it ("complain",
      // "complaint") is near enough, not a word a letter away at its start ("along", "long").
      if (realWord(raw))
        found = new Map([...found].filter(([s]) => s.startsWith(raw) || raw.startsWith(s)));
      const best = Math.min(...[...found.values()].map(([, d]) => d));
      for (const [, [t, d]] of found) if (d === best) put(t, WEIGHT.fuzzy);
    }
    if (last && terms.size === 0 && word.length >= 3) {
      let k = 0;
      for (const [t] of vocab.atPrefix(word)) {
        put(t, WEIGHT.prefix);
        if (++k >= 5) break;
      }
    }
    for (const [base, w] of [[word, 1] as const, ...terms]) {
      for (const [r, rw] of relatedOf(base)) if (df.has(r)) put(r, rw * Math.min(1, w));
    }
    // Meaning: a word the pages never use, with no typo or listed relative there, is matched to
    // the page words nearest to it ("cease" for "stop"); a word they do use gains its nearest
    // page words too, weakly, for sentence coverage only (BM25 searches it as itself).
    const s = semanticSettings;
    if (!/\d/.test(raw) && raw.length >= 3) {
      if (terms.size === 0 && s.unknownWords)
        for (const [t, sim] of nearest(raw, s.unknownThreshold))
          put(t, Math.min(SAME_WEIGHT, sim * s.weight));
      else if (terms.get(word) === WEIGHT.exact && s.knownWords)
        for (const [t, sim] of nearest(raw, s.knownThreshold))
          if (!terms.has(t)) put(t, Math.min(NEAR_WEIGHT, sim * s.weight));
    }
    return terms;
  }

  function concepts(question: string): QueryConcept[] {
    const seen = new Set<string>();
    const kept: string[] = [];
    const spelling = new Map<string, string>();
    const asked = words(
      withoutReportedFrame(question).replace(NOT_ABOUT, ' ').replace(ONLY_OR_MORE, ' '),
      extra,
    );
    for (const raw of spelledOut(asked, acronyms)) {
      if (STOP_WORDS.has(raw)) continue;
      let w = stem(raw);
      // "meetin", "goin": a dropped g is how people type, not a new word.
      if (!df.has(w) && raw.endsWith('in') && df.has(stem(`${raw}g`))) w = stem(`${raw}g`);
      if (seen.has(w)) continue;
      seen.add(w);
      spelling.set(w, raw);
      if (!df.has(w) && !isDomainTerm(w)) {
        // A number the guidance never mentions is a personal detail (an age, a date), and a
        // misspelt little word ("actualy") carries no meaning: neither counts against a match.
        if (/^\d+$/.test(w)) continue;
        if (raw.length >= 5 && [...STOP_WORDS].some((s) => s.length >= 4 && withinOneEdit(raw, s)))
          continue;
      }
      kept.push(w);
    }
    // A word the guidance never uses, with no typo or relative that it does, is as rare as a
    // word can be. In a short question it weighs fully: "Disability Living Allowance" is another
    // topic. In a family's story such words are mostly the story ("facebook", "missed the
    // boat"), so they share the weight of at most UNMATCHED_SHARE of them, however many there are.
    const unmatchedIdf = maxIdf * Math.min(1, UNMATCHED_SHARE / Math.max(1, kept.length));
    return kept.map((word, i) => {
      const terms = resolve(word, spelling.get(word) ?? word, i === kept.length - 1);
      const rare = rarity(spelling.get(word) ?? word);
      const exact = df.has(word);
      // A word the guidance never uses but with a relative it does ("refuse" → voluntary) weighs
      // fully against a passage that lacks it, even when that relative is common there.
      const typos = [...terms].filter(([, w]) => w >= WEIGHT.prefix).map(([t]) => idf(t));
      // Matched only by meaning: weighs as a word the pages never use (covering it helps; missing
      // it costs no more than before).
      const byMeaningOnly = !exact && !typos.length && !hasListedRelative(word);
      let weight = exact
        ? idf(word)
        : typos.length
          ? Math.max(...typos)
          : terms.size && !byMeaningOnly
            ? maxIdf
            : unmatchedIdf *
              (semanticSettings.rarityPower ? rare ** semanticSettings.rarityPower : 1);
      if (isDomainTerm(word)) weight = Math.max(weight, 0.5);
      if (isLightTerm(word)) weight = Math.min(weight, 0.5);
      const known = exact || [...terms.values()].some((w) => w >= WEIGHT.fuzzy);
      return { word, idf: weight, known, terms, rarity: rare, listed: !byMeaningOnly };
    });
  }

  function hasListedRelative(word: string): boolean {
    for (const [r] of relatedOf(word)) if (df.has(r)) return true;
    return false;
  }

  function units(passageId: string): Unit[] {
    let u = unitCache.get(passageId);
    if (!u) {
      const p = byId.get(passageId);
      u = p ? spansOf(p).map((s) => ({ ...s, terms: new Set(analyze(s.text, extra)) })) : [];
      unitCache.set(passageId, u);
    }
    return u;
  }

  const textCache = new Map<string, Set<string>>();
  function textTerms(passageId: string): Set<string> {
    let t = textCache.get(passageId);
    if (!t) {
      t = new Set(units(passageId).flatMap((u) => [...u.terms]));
      textCache.set(passageId, t);
    }
    return t;
  }

  function contextTerms(passageId: string): Set<string> {
    let c = contextCache.get(passageId);
    if (!c) {
      const d = docById.get(passageId);
      c = new Set(d ? analyze(d.context, extra) : []);
      contextCache.set(passageId, c);
    }
    return c;
  }

  function search(question: string, options: { limit?: number } = {}) {
    const cs = concepts(question);
    const weights = new Map<string, number>();
    // A word the pages use is searched as itself and its close equivalents; its looser
    // relatives (school → academy, nursery, college …) would each add to BM25's sum and make a
    // passage that lists them outrank the one that answers. They still count in coverage.
    for (const c of cs)
      for (const [t, w] of c.terms) {
        if (w < SAME_WEIGHT && c.terms.get(c.word) === WEIGHT.exact) continue;
        weights.set(t, Math.max(weights.get(t) ?? 0, w * c.idf));
      }
    if (weights.size === 0) return { hits: [], concepts: cs };
    const total = cs.reduce((s, c) => s + c.idf, 0) || 1;
    const results = mini.search([...weights.keys()].join(' '), {
      boost: { text: 1, context: 0.7 },
      boostTerm: (t) => weights.get(t) ?? 1,
      fuzzy: false,
      prefix: false,
    });
    const hits: SearchHit[] = results.slice(0, options.limit ?? 8).map((r) => {
      const passage = byId.get(String(r.id))!;
      const own = textTerms(passage.id);
      const ctx = contextTerms(passage.id);
      let covered = 0;
      for (const c of cs) {
        let best = 0;
        for (const [t, w] of c.terms) if (own.has(t) || ctx.has(t)) best = Math.max(best, w);
        covered += best * c.idf;
      }
      return { passage, score: r.score, coverage: covered / total };
    });
    return { hits, concepts: cs };
  }

  return {
    passages,
    version,
    passage: (id) => byId.get(id),
    itemsOf: (leadId) => items.get(leadId) ?? [],
    section: (p) => sections.get(sectionKey(p)) ?? [p],
    units,
    contextTerms,
    concepts,
    search,
  };
}

/**
 * "We're not at the appeal stage", "it isn't about the school": what a question says it is not
 * about is not what it asks.
 */
const NOT_ABOUT =
  /\b(?:not|n't|never)\s+(?:yet\s+|even\s+)?(?:at|about|talking about|asking about|looking at|interested in)\b[^,.;:?!]*|\b(?:as opposed to|rather than|instead of)\b[^,.;:?!]*/gi;

/**
 * "Is it only about schools, or can it help with health too?": the "only" sets up the other
 * alternative, which is what is asked; it is not the pages' "only" ("only available when …").
 * What it limits stays: it often names the topic ("only school-age children, or older too?").
 * Not "only about the school or college named", where it limits what follows.
 */
const ONLY_OR_MORE =
  /\b(?:only|purely|solely)\b(?=[^.;:?!]{1,60}?(?:,\s*or\b|\s-\s*or\b|\bor (?:can|could|do|does|is|are|will|would|also|too|both|as well)\b))/gi;

/**
 * The pages' own abbreviations (three to six capitals, as "LDAs" or "IASS"), by their letters,
 * each with the index term it became: a family who spells one out ("a learning difficulty
 * assessment") is matched to it without anyone listing the pair.
 */
function acronymsOf(passages: readonly Passage[], df: ReadonlyMap<string, number>) {
  const found = new Map<string, string>();
  for (const p of passages)
    for (const [, letters] of p.text.matchAll(/\b([A-Z]{3,6})s?\b/g)) {
      const term = analyze(letters!)[0];
      if (term && df.has(term)) found.set(letters!.toLowerCase(), term);
    }
  return found;
}

/** Runs of words whose initials spell one of the pages' abbreviations, replaced by it. */
function spelledOut(asked: string[], acronyms: ReadonlyMap<string, string>): string[] {
  if (!acronyms.size) return asked;
  const out: string[] = [];
  for (let i = 0; i < asked.length; i++) {
    let replaced = false;
    for (let end = Math.min(asked.length, i + 8); end > i + 2 && !replaced; end--) {
      const run = asked.slice(i, end);
      if (INITIAL_SKIP.has(run[0]!) || INITIAL_SKIP.has(run.at(-1)!)) continue;
      const spelled = run.filter((w) => !INITIAL_SKIP.has(w));
      // Only words that mean something spell a name ("so everyone now" is not SEN).
      if (spelled.some((w) => STOP_WORDS.has(w) || /\d/.test(w))) continue;
      const letters = spelled.map((w) => w[0]).join('');
      const term = acronyms.get(letters);
      if (term && letters.length >= 3) {
        out.push(term);
        i = end - 1;
        replaced = true;
      }
    }
    if (!replaced) out.push(asked[i]!);
  }
  return out;
}

/** Little words an abbreviation leaves out ("Information, Advice and Support"). */
const INITIAL_SKIP = new Set(['and', 'of', 'for', 'the']);

function withinOneEdit(a: string, b: string): boolean {
  if (swapsTwo(a, b)) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** A frequent English word (semanticSettings.realWordRank): spelt as meant, not a typo of a page word. */
function realWord(raw: string): boolean {
  const rank = semanticSettings.realWordRank;
  if (!rank) return false;
  const row = wordVectors().indexOf(raw);
  return row >= 0 && row < rank;
}

/** The same word with two neighbouring letters swapped: "shuold" / "should", "recieve" / "receive". */
function swapsTwo(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const at = [...a].findIndex((c, i) => c !== b[i]);
  return (
    at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2)
  );
}

function sectionKey(p: Passage): string {
  return `${p.docId}\u0000${p.headingPath.join('\u0000')}`;
}
