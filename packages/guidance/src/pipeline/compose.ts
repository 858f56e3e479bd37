import type { GuidanceIndex, QueryConcept, SearchHit, Unit } from '../search/guidance-index';
import { isLightTerm } from '../search/synonyms';
import { analyze, stem, words } from '../text/analyze';
import { asksSomething, endsAsking } from '../text/reported-speech';
import { splitSentences } from '../text/sentences';
import { citationOf } from '../citation';
import { answerTypeOf } from './answer-type';
import { precedentSupport } from '../semantic/precedents';
import { semanticSettings } from '../semantic/settings';
import { softCover, softWords } from '../semantic/sentence-vector';
import {
  addFeatures,
  unitSoftWords,
  weightIn,
  withHeading,
  type Scored,
} from './sentence-features';
import { askingPart } from '../text/asking-part';
import { overrideModel, rankerModel, rankScore, type RankerModel } from './ranker';
import {
  onNoTopic,
  outsideChance,
  passagesAnswering,
  topicAgreement,
  topicCue,
  topicsOf,
} from './topics';
import type { Composed } from './composed';
import { answerFromFaq } from './faq';
import { unsure, type RulesChoice } from './answer-gate';
import type { Passage } from '../types';

/** An answer built only from published sentences, each one cited with its exact words. */
const MAX_UNITS = 3;
const ARTICLES = new Set(['the', 'a', 'an']);
const DEFINITION = /^\s*(what('s| is| are)|define|meaning of|what does .{1,40} mean)\b/i;
const MAX_CHARS = 650;
/** The items of a list shown under its lead-in. */
const MAX_ITEMS = 4;

/** How much of the question a passage must cover, by question length (long stories cover less). */
function threshold(concepts: number): number {
  if (concepts <= 3) return 0.5;
  if (concepts <= 6) return 0.4;
  if (concepts <= 12) return 0.3;
  return 0.22;
}

export function passagesFor(
  question: string,
  index: GuidanceIndex,
): { hits: SearchHit[]; concepts: QueryConcept[] } {
  return index.search(question, { limit: 8 });
}

/**
 * Picks the published sentences that answer the question: scores every sentence of the best
 * passages against the question's words (with synonyms and typo matches), keeps the best one or
 * two, and adds what they need to be understood (a list's lead-in, a lead-in's items, a short
 * section's opening when the question is the section's heading). Returns undefined when nothing
 * covers enough of the question: the caller then says so instead of guessing.
 */
export function composeFromGuidance(
  question: string,
  index: GuidanceIndex,
  /**
   * Show a chosen sentence's paragraph whole when it is at most this long (settings.ts
   * wholeParagraph): for the answer a family reads. A deadline's or route's supporting quote
   * wants the one sentence that says it, so the default is 0 (off).
   */
  wholeParagraph = 0,
  /**
   * Let the learned ranker choose when the rules find nothing. Off for a question asked beside
   * another the reply answers: only the rules' surer choice is added to an answer already given.
   */
  ranker = true,
): Composed | undefined {
  const focus = focusOf(question);
  const asked = askedOf(question);
  // The question as it came, and narrowed: "What actually goes on in a mediation? I'm quite
  // anxious": when the whole message finds nothing, what it asks may still be answered without
  // what it tells. The hand-set rules try every reading first; the ranker only after them.
  // The service's own FAQ first: a heading that asks what the family asks, answered under it.
  const faq = semanticSettings.faq ? answerFromFaq(focus, index) : undefined;
  if (faq) return faq;
  const readings = [
    ...(focus !== question ? [focus] : []),
    question,
    ...(asked && asked !== focus ? [asked] : []),
  ];
  for (const reading of readings) {
    const found = composeFor(reading, index, false, wholeParagraph);
    if (found) return found;
  }
  if (!semanticSettings.ranker || !ranker) return undefined;
  for (const reading of readings) {
    const found = composeFor(reading, index, true, wholeParagraph);
    if (found) return found;
  }
  return undefined;
}

/**
 * The sentences of a message that ask (end with "?", or pass a question on: "one of the mums
 * wants to know if …"), when some but not all of them do.
 */
function askedOf(message: string): string | undefined {
  const sentences = splitSentences(message).map((s) => s.text);
  const asked = sentences.filter(asksSomething);
  return asked.length && asked.length < sentences.length ? asked.join(' ') : undefined;
}

/**
 * In a long story the question is usually its last sentence with a question mark ("… Do I have
 * to go to mediation first?"): search with that first, and with the whole story if it fails.
 */
export function focusOf(message: string): string {
  const sentences = splitSentences(message).map((s) => s.text);
  // A short message's other sentence is context the question needs ("My appeal is only about
  // the school. Do I need a certificate?"); only a long story is narrowed.
  if (sentences.length < 2 || message.split(/\s+/).length <= 35) return message;
  const asked = sentences.filter(asksSomething);
  if (!asked.length) return message;
  // "Is there anything you can do about that?" names nothing: the sentence before says what.
  // "Is that something you deal with?" points back at it.
  const before = sentences[sentences.indexOf(asked[0]!) - 1];
  const named = analyze(asked.join(' ')).filter((t) => !isLightTerm(t)).length;
  return before && (named < 2 || POINTS_BACK.test(asked[0]!))
    ? [before, ...asked].join(' ')
    : asked.join(' ');
}

/** A question about what was just said: "is that …", "can you help with this?", "does it …". */
const POINTS_BACK =
  /^(?:\w+ ){0,3}?(?:is|does|would|could|can|will) (?:that|this|it)\b|\b(?:with|about|for) (?:that|this|it)\s*\?\s*$/i;

/** Every sentence of the best passages, scored against the question, best first. */
export interface Candidates {
  scored: Scored[];
  hits: SearchHit[];
  concepts: QueryConcept[];
  wanted: ReturnType<typeof answerTypeOf>;
  askingWords: Set<string>;
  need: number;
  contentConcepts: number;
  minMatched: number;
  /** The words of the clause that asks (text/asking-part.ts): a story's other clauses are context. */
  askedTerms: Set<string>;
}

export function scoreCandidates(
  question: string,
  index: GuidanceIndex,
  /** Compute what the ranker reads too (sentence vectors, meaning cover): only when it will rank. */
  withFeatures = true,
): Candidates | undefined {
  const found = passagesFor(question, index);
  const { hits } = found;
  const wanted = answerTypeOf(question);
  // A word that only asks for a kind of answer ("in what situations") and that the pages never
  // use is covered by that kind of content, not by the word.
  const askingWords = new Set(wanted ? analyze(wanted.asking) : []);
  const filtered = found.concepts.filter((c) => !(askingWords.has(c.word) && c.terms.size === 0));
  // "Can we do it on zoom?": the only word names the kind of answer; it is still the question.
  const concepts = filtered.length ? filtered : found.concepts;
  if (!concepts.length) return undefined;
  // What families commonly ask, whatever the page calls it: the sentences that answer the
  // question's topic are candidates even when they share no word with it.
  const topics = semanticSettings.topics ? topicsOf(question) : [];
  const topical = passagesAnswering(topics, index);
  if (!hits.length && !topical.length) return undefined;
  // The kind of content the question asks for ("how long" → a span of time) counts as one
  // more thing to cover, weighing as much as an average word of the question.
  const typeWeight = wanted ? concepts.reduce((s, c) => s + c.idf, 0) / concepts.length : 0;
  const total = concepts.reduce((s, c) => s + c.idf, 0) + typeWeight || 1;
  const top = hits[0]?.score || 1;
  const need = threshold(concepts.length);
  // Light words ("do I have to", "help") may match but never make a passage relevant.
  const contentConcepts = concepts.filter((c) => !isLightTerm(c.word)).length;
  const minMatched = Math.min(2, contentConcepts || 1);

  const definition = DEFINITION.test(question) && contentConcepts <= 2;
  const topicWords = new Set(concepts.filter((c) => !isLightTerm(c.word)).map((c) => c.word));
  const scored: Scored[] = [];
  // BM25 adds up every synonym a passage holds (a list of school types outscores the sentence
  // that answers): a passage that covers enough of the question stays a candidate anyway.
  const candidates = hits.filter((h) => h.score >= 0.2 * top || h.coverage >= need);
  for (const { passage } of topical)
    if (!candidates.some((h) => h.passage.id === passage.id))
      candidates.push({ passage, score: 0, coverage: 0 });
  const allUnits = candidates.flatMap((h) => index.units(h.passage.id));
  const avgWords =
    allUnits.reduce((n, u) => n + wordCount(u.text), 0) / Math.max(1, allUnits.length);
  for (const hit of candidates) {
    const ctx = index.contextTerms(hit.passage.id);
    for (const unit of index.units(hit.passage.id)) {
      // A sentence that asks ("Can my sister come with me?", a family's letter on an advice
      // column, a page's rhetorical question) answers nothing itself.
      if (endsAsking(unit.text)) continue;
      let own = 0;
      let inContext = 0;
      let matched = 0;
      let missesUnknown = false;
      let ownMatched = 0;
      for (const c of concepts) {
        const o = weightIn(c, unit.terms);
        if (o > 0 && !isLightTerm(c.word)) ownMatched++;
        const x = weightIn(c, ctx);
        own += o * c.idf;
        if (o === 0) inContext += x * c.idf;
        if (o > 0 || x > 0) matched++;
        else if (!c.known && !isLightTerm(c.word)) missesUnknown = true;
      }
      const typed = !!wanted?.answers.test(unit.text);
      if (typed) {
        own += typeWeight;
        matched++;
      }
      const cover = (own + 0.5 * inContext) / total;
      // BM25's length normalisation at sentence level: a short sentence that covers the question
      // beats a long one that mentions the same words in passing.
      const lengthFactor = 2.2 / (1 + 1.2 * (0.25 + (0.75 * wordCount(unit.text)) / avgWords));
      // "What is mediation?": a sentence that starts with the thing asked about defines it.
      const defines =
        definition &&
        [...topicWords].every((w) => unit.terms.has(w)) &&
        topicWords.has(stem(words(unit.text.slice(0, 40)).find((w) => !ARTICLES.has(w)) ?? ''))
          ? 1
          : 0;
      scored.push({
        hit,
        unit,
        cover,
        matched,
        missesUnknown,
        typed,
        ownMatched,
        score: cover * lengthFactor + 0.25 * (hit.score / top) + defines,
        features: {
          cover,
          ownCover: own / total,
          lengthFactor,
          defines,
          bm25: hit.score / top,
          wanted: wanted ? 1 : 0,
          // A word of the question itself, or a listed relative (not only a word near in meaning:
          // "Camden" is near "Riverside" as places are, and that answers nothing).
          // The word must also say something here: one in most passages ("mediation" on a
          // mediation service's pages) does not make a sentence about anything in particular.
          evidence: concepts.some(
            (c) =>
              !isLightTerm(c.word) &&
              c.idf >= Math.LN2 - 1e-9 &&
              (unit.terms.has(c.word) || (c.listed && weightIn(c, unit.terms) >= 0.75)),
          )
            ? 1
            : 0,
          topicSim: topics[0]?.similarity ?? 0,
          topicCue: topicCue(topics, withHeading({ unit, hit })),
        },
      });
    }
  }
  const askingText = askingPart(question, wanted);
  // Meaning, word by word, on top of the words themselves (settings.ts meaningInRules).
  // (Kept as the ranker's softCover feature, so addFeatures does not work it out again.)
  const meaning = semanticSettings.meaningInRules;
  if (meaning > 0) {
    const asked = softWords(question);
    for (const s of scored) {
      s.features.softCover = softCover(asked, unitSoftWords(s));
      s.score += meaning * s.features.softCover;
    }
  }
  // What families ask any service (topics.ts): a sentence that reads as the answer to the
  // message's topic, by its answer phrases, moves up in proportion to how sure the topic is.
  const topicWeight = semanticSettings.topicInRules;
  if (topicWeight > 0) for (const s of scored) s.score += topicWeight * (s.features.topicCue ?? 0);
  // The same soft, over every topic: how surely the message asks what the sentence answers
  // (the question model's and the sentence model's probabilities, topic by topic).
  const agreementWeight = semanticSettings.topicAgreement;
  if (agreementWeight > 0)
    for (const s of scored) s.score += agreementWeight * topicAgreement(question, withHeading(s));
  // What other services' pages said to the labelled questions nearest this one (precedents.ts).
  const precedentWeight = semanticSettings.precedents;
  if (precedentWeight > 0 && scored.length) {
    const support = precedentSupport(question);
    for (const s of scored) s.score += precedentWeight * support(withHeading(s));
  }
  scored.sort((a, b) => b.score - a.score);
  const askedTerms = new Set(analyze(askingText));
  if (withFeatures)
    addFeatures(question, scored, concepts, total, askedTerms, index, !!wanted?.strict, askingText);
  const result = {
    scored,
    hits,
    concepts,
    wanted,
    askingWords,
    need,
    contentConcepts,
    minMatched,
    askedTerms,
  };
  const legacy = legacyChoice(question, result, index);
  for (const s of scored) s.features.legacyBest = s === legacy ? 1 : 0;
  return result;
}

function composeFor(
  question: string,
  index: GuidanceIndex,
  ranked: boolean,
  wholeParagraph: number,
): Composed | undefined {
  if (!ranked) {
    const ruled = rulesChoice(question, index);
    if (!ruled) return undefined;
    const { found, choice } = ruled;
    // The answer gate (answer-gate.ts): a choice the rules make but that reads like the wrong
    // sentences of the labelled sets is not shown; the family is told the pages do not answer.
    if (unsure(choice)) return undefined;
    return composeChosen(choice.chosen, found, index, wholeParagraph);
  }
  const found = scoreCandidates(question, index, true);
  if (!found) return undefined;
  const { scored, wanted } = found;
  // Where the rules find nothing, the learned ranker may: a sentence it is confident answers.
  const model = scored.some((s) => s.features.legacyBest === 1) ? null : rankerModel();
  // A question asking for a kind of answer that only that kind answers (how long, how much …) is
  // not answered by the ranker with a sentence of another kind, as the rules would not be.
  const strict = !!wanted?.strict && semanticSettings.strictType;
  const eligible = strict ? scored.filter((s) => s.typed) : scored;
  return model ? composeRanked(question, eligible, found, index, model, wholeParagraph) : undefined;
}

/**
 * The sentence the hand-set rules choose for this reading of the question, as the override
 * ranker may change it (with how sure it was), before the answer gate; undefined when the rules
 * choose none. Training (scripts/train-gate.ts) reads the same choice the engine makes.
 */
export function rulesChoice(
  question: string,
  index: GuidanceIndex,
): { found: Candidates; choice: RulesChoice } | undefined {
  const override = semanticSettings.ranker ? overrideModel() : null;
  const found = scoreCandidates(question, index, !!override);
  if (!found) return undefined;
  const best = found.scored.find((s) => s.features.legacyBest === 1);
  if (!best) return undefined;
  return {
    found,
    choice: override ? overridden(question, best, found, override) : { chosen: best },
  };
}

/**
 * The sentence the hand-set rules choose (or none): the best-scoring sentence that covers enough
 * of the question, of the kind asked for, about its subject. The ranker reads this choice as one
 * of its features, so it starts from these rules and learns where they are wrong.
 */
function legacyChoice(
  question: string,
  found: Candidates,
  index: GuidanceIndex,
): Scored | undefined {
  const { scored, concepts, wanted, askingWords, need, contentConcepts, minMatched, askedTerms } =
    found;
  const gate = semanticSettings;
  // The best sentence that covers enough of the question: a higher-ranked one that does not is
  // a near miss, not an answer. One matching word is enough only when the rest of the question is in the guidance's own
  // vocabulary ("Are you independent from the council?"); a word it never uses ("DLA") means the
  // question may be about something else, so then two must match.
  // A heading alone ("Local Offer") does not make a sentence under it an answer.
  const relevant = (s: Scored) =>
    s.cover >= need &&
    (s.ownMatched >= 1 || contentConcepts === 0) &&
    (s.matched >= minMatched || (s.matched >= 1 && !s.missesUnknown));
  for (const s of scored) s.features.legacyRelevant = relevant(s) ? 1 : 0;
  // A relevant sentence of the kind asked for answers it; one that only shares its words
  // ("over the telephone" for "is there a charge for the session on the phone?") does not.
  const typedBest = wanted && scored.find((s) => s.typed && relevant(s));
  const chosen =
    wanted?.strict && gate.strictType ? typedBest : (typedBest ?? scored.find(relevant));
  if (!chosen || outsideAnswered(question, chosen)) return undefined;
  // What the clause that asks names (askedTerms), not the words that ask for a kind of answer:
  // "we speak Urdu at home. Will we have to pay for an interpreter?" asks about the interpreter,
  // "we're skint, what will it cost?" about the cost; the rest is the family's situation.
  const asksAbout = (c: QueryConcept) =>
    askedTerms.has(c.word) && !isLightTerm(c.word) && !askingWords.has(c.word);
  const best = withKeyWord(chosen, keyWordOf(concepts.filter(asksAbout)), scored, relevant, index);
  // Its subject too. A question asking for a kind of answer (how much, how long …) is answered
  // only by a sentence about what it asks of: each word of a short question that the pages
  // never use (nor a typo or listed relative of one) must be met in the sentence or its
  // headings by a word near in meaning ("pay for my travel" is not answered by "the service is free", which does answer
  // "is there a charge for the session?"). Elsewhere, optionally, a rare such word must be met.
  const bestContext = index.contextTerms(best.hit.passage.id);
  const missed = (c: QueryConcept) =>
    asksAbout(c) && weightIn(c, best.unit.terms) === 0 && weightIn(c, bestContext) === 0;
  if (contentConcepts <= gate.shortQuestion) {
    if (wanted?.strict && gate.strictSubject && concepts.some((c) => !c.listed && missed(c)))
      return undefined;
    if (
      gate.unknownTopicRarity > 0 &&
      concepts.some((c) => !c.known && c.rarity >= gate.unknownTopicRarity && missed(c))
    )
      return undefined;
  }
  return best;
}

/**
 * Asked of a mediation service, but about what no topic of the field covers ("can I get carer's
 * allowance for him?", topics.ts outsideChance): a sentence sharing its words ("foster carers can
 * contact us") does not answer it, unless the sentence answers a topic the message is also on
 * ("how much will it set me back? we're skint after paying for a private report" and "the service
 * is free"). The service's own FAQ heading asking it still answers (faq.ts, before the rules).
 */
function outsideAnswered(question: string, chosen: Scored): boolean {
  return (
    onNoTopic(question) &&
    (outsideChance(question) >= semanticSettings.outsideSure ||
      topicAgreement(question, withHeading(chosen), true) < semanticSettings.outsideAgreement)
  );
}

/**
 * The question's most telling word among those it asks about: known to the pages, weighing most
 * by its idf there times its rarity in English. On one service's pages "along" can be as rare as
 * "solicitor"; in English it is not.
 */
function keyWordOf(asked: QueryConcept[]): QueryConcept | undefined {
  let key: QueryConcept | undefined;
  for (const c of asked)
    if (c.listed && c.idf * c.rarity > (key ? key.idf * key.rarity : 0)) key = c;
  return key;
}

/**
 * "Can I bring my solicitor along?" asks about the solicitor more than about bringing: when the
 * rules' choice lacks the key word and a relevant sentence of the same kind, scoring at least
 * keyWordShare of the choice, holds it, that sentence answers.
 */
function withKeyWord(
  chosen: Scored,
  key: QueryConcept | undefined,
  scored: Scored[],
  relevant: (s: Scored) => boolean,
  index: GuidanceIndex,
): Scored {
  const share = semanticSettings.keyWordShare;
  if (share <= 0 || !key) return chosen;
  // Met in the sentence, or in the lead-in of its list ("Mediation is available: • for the
  // health and social care parts"). A heading does not count: under "Going to mediation" every
  // sentence would hold "mediation". Met at all keeps the choice; a replacement must hold the
  // word itself or a close relative (0.75), not only something near it.
  const leadId = chosen.hit.passage.leadId;
  if (
    weightIn(key, chosen.unit.terms) > 0 ||
    (leadId && index.units(leadId).some((u) => weightIn(key, u.terms) > 0))
  )
    return chosen;
  return (
    scored.find(
      (s) =>
        s !== chosen &&
        s.score >= share * chosen.score &&
        s.typed === chosen.typed &&
        weightIn(key, s.unit.terms) >= 0.75 &&
        relevant(s),
    ) ?? chosen
  );
}

/**
 * The learned ranker's choice (pipeline/ranker.ts): the best-scoring sentence when it scores
 * above "none of them", else nothing (the caller says the pages do not answer).
 */
function composeRanked(
  question: string,
  /** `found`'s candidates the ranker may choose from (of the kind asked, when that is strict). */
  scored: Scored[],
  found: Candidates,
  index: GuidanceIndex,
  model: RankerModel,
  wholeParagraph: number,
): Composed | undefined {
  for (const s of scored) s.score = 1 / (1 + Math.exp(model.none - rankScore(model, s)));
  // Evidence the ranker cannot do without: a word of the question in the sentence itself, or
  // the sentence reads as the answer to the question's topic. Nearness alone answers nothing.
  for (const s of scored)
    if (!s.features.evidence && (s.features.topicCue ?? 0) < TOPIC_EVIDENCE) s.score = 0;
  scored.sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score <= semanticSettings.rankerConfidence) return undefined;
  if (outsideAnswered(question, best)) return undefined;
  // The fallback ranker decides that a sentence answers; which one is shown, the override ranker
  // (trained on five times the questions) may still change. Held out +3, read sets +3.
  const override = overrideModel();
  const chosen = override ? overridden(question, best, found, override).chosen : best;
  return compose(chosen, scored, found, index, wholeParagraph);
}

/**
 * The rules' choice, or the sentence the override ranker prefers to it by at least
 * `overrideMargin` of probability (a softmax over the candidates the rules could choose from: of
 * the kind asked for when that is strict, and with evidence as the ranker's own choice needs),
 * with how sure the ranker was of the sentence kept.
 */
function overridden(
  question: string,
  best: Scored,
  found: Candidates,
  model: RankerModel,
): RulesChoice {
  const margin = semanticSettings.overrideMargin;
  const strict = !!found.wanted?.strict && semanticSettings.strictType;
  const eligible = found.scored.filter(
    (s) =>
      s === best ||
      ((!strict || s.typed) &&
        (s.features.evidence || (s.features.topicCue ?? 0) >= TOPIC_EVIDENCE)),
  );
  const z = eligible.map((s) => rankScore(model, s));
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  const top = z.indexOf(max);
  const mine = eligible.indexOf(best);
  const other = eligible[top]!;
  const [first = 0, second = 0] = [...e].sort((a, b) => b - a);
  const choice = (chosen: Scored): RulesChoice => ({
    chosen,
    certainty: {
      chosenShare: e[eligible.indexOf(chosen)]! / sum,
      shareGap: (first - second) / sum,
      eligible: eligible.length,
    },
  });
  // The same gate as the first choice passed: a message on no topic of the field is not answered
  // by a sentence that only shares its words.
  if (margin >= 1 || other === best || (e[top]! - e[mine]!) / sum < margin) return choice(best);
  return outsideAnswered(question, other) ? choice(best) : choice(other);
}

/** A sentence chosen elsewhere among `found`'s candidates, composed as the rules' choice would be. */
export function composeChosen(
  best: Scored,
  found: Candidates,
  index: GuidanceIndex,
  wholeParagraph = 0,
): Composed {
  return compose(best, found.scored, found, index, wholeParagraph);
}

/** The chosen sentence with what it needs to be understood, and a second one that adds to it. */
function compose(
  best: Scored,
  /** The sentences a second one may come from (the ranker's eligible ones, or all). */
  scored: Scored[],
  { hits, concepts, minMatched }: Pick<Candidates, 'hits' | 'concepts' | 'minMatched'>,
  index: GuidanceIndex,
  wholeParagraph: number,
): Composed {
  const need = threshold(concepts.length);
  const contentConcepts = concepts.filter((c) => !isLightTerm(c.word)).length;
  const chosen: { passage: Passage; unit: Unit }[] = [];
  const add = (passage: Passage, unit: Unit | undefined) => {
    if (!unit || chosen.some((c) => c.passage.id === passage.id && c.unit.start === unit.start))
      return;
    chosen.push({ passage, unit });
  };
  const withContext = (s: { passage: Passage; unit: Unit }) => {
    const { passage, unit } = s;
    const lead = passage.leadId ? index.passage(passage.leadId) : undefined;
    // The lead-in's last sentence, and the one before when that one leans on it: "This is
    // when:" says nothing without "Sometimes we must share what you tell us." before it.
    if (lead) {
      const units = index.units(lead.id);
      const last = units.at(-1);
      if (last && units.length > 1 && LEANS_BACK.test(last.text)) add(lead, units.at(-2));
      add(lead, last);
    }
    add(passage, unit);
    // A paragraph that introduces a list answers with it: "Preparation helps you make the most
    // of the time. We suggest the following steps." is nothing without the steps.
    const last = index.units(passage.id).at(-1);
    const announces = [unit, last].find((u) => u && INTRODUCES_ITEMS.test(u.text));
    const items = announces ? index.itemsOf(passage.id) : [];
    // The list comes after the paragraph's last sentence, which introduces it.
    if (items.length) add(passage, last);
    for (const item of itemsAsked(items, concepts, index)) add(item, index.units(item.id)[0]);
    // An item that ends "… or" / "… and;" is half of a pair: its sibling completes it.
    if (lead && passage.kind === 'item') {
      const siblings = index.itemsOf(lead.id);
      const at = siblings.findIndex((p) => p.id === passage.id);
      const open = (p: Passage | undefined) => !!p && CONTINUES.test(p.text);
      if (open(passage) && siblings[at + 1])
        add(siblings[at + 1]!, index.units(siblings[at + 1]!.id)[0]);
      if (at > 0 && open(siblings[at - 1]))
        add(siblings[at - 1]!, index.units(siblings[at - 1]!.id)[0]);
      // Another item of the same list that says a part of the question this one does not:
      // "do they pay petrol? and if we stay the night?" wants the mileage and the overnight items.
      const had = coveredConcepts(concepts, chosen);
      const more = siblings.filter(
        (p) =>
          !chosen.some((c) => c.passage.id === p.id) &&
          saysPart(p, concepts, index, (i) => !had[i]),
      );
      for (const p of more.slice(0, 2)) add(p, index.units(p.id)[0]);
    }
  };

  const section = hits.map((h) => overviewSection(h.passage, concepts, index)).find(Boolean);
  if (section) {
    for (const p of section.slice(0, MAX_UNITS)) {
      const unit = index.units(p.id)[0];
      if (chosen.length && unit && length(chosen) + unit.text.length > MAX_CHARS) break;
      add(p, unit);
    }
  } else {
    withContext({ passage: best.hit.passage, unit: best.unit });
    for (const unit of paragraphAround(best, index, wholeParagraph)) add(best.hit.passage, unit);
    // The sentence after it in the same paragraph, when it says a part of the question the
    // chosen one does not ("… a short feedback form. It takes five minutes, and you can fill it
    // in without giving your name."): it carries the same thought on, so it needs less.
    const share = semanticSettings.followOn;
    const units = index.units(best.hit.passage.id);
    const next = units[units.findIndex((u) => u.start === best.unit.start) + 1];
    const follow = next && scored.find((s) => s.hit === best.hit && s.unit.start === next.start);
    if (share > 0 && follow && follow.score >= share * best.score) {
      const had = coveredConcepts(concepts, chosen);
      if (concepts.some((c, i) => !had[i] && weightIn(c, follow.unit.terms) >= WEIGHT_STRONG))
        add(best.hit.passage, follow.unit);
    }
    const covered = coveredConcepts(concepts, chosen);
    for (const s of scored) {
      if (s === best) continue;
      if (chosen.length >= MAX_UNITS || length(chosen) > MAX_CHARS * 0.6) break;
      if (s.score < 0.8 * best.score || s.cover < need) break;
      // A one-idea question ("What does a mediator do?") may take a second sentence from the
      // same section; otherwise a second sentence must answer a part the first does not.
      const sameSection =
        contentConcepts === 1 &&
        s.hit.passage.headingPath.join('\u0000') === best.hit.passage.headingPath.join('\u0000') &&
        s.hit.passage.docId === best.hit.passage.docId;
      // A second sentence earns its place only by answering a part of the question the first does not.
      const adds = concepts.filter(
        (c, i) => !covered[i] && weightIn(c, s.unit.terms) >= WEIGHT_STRONG,
      );
      const strong = concepts.filter((c) => weightIn(c, s.unit.terms) >= WEIGHT_STRONG).length;
      if (!sameSection && (!adds.length || strong < minMatched)) continue;
      const before = chosen.length;
      withContext({ passage: s.hit.passage, unit: s.unit });
      if (length(chosen) > MAX_CHARS) chosen.splice(before);
    }
  }

  chosen.sort(
    (a, b) =>
      a.passage.docId.localeCompare(b.passage.docId) ||
      a.passage.order - b.passage.order ||
      a.unit.start - b.unit.start,
  );
  const body = render(chosen);
  // The answer a family reads quotes a paragraph's run of sentences once; a supporting quote
  // (wholeParagraph 0) keeps one citation a sentence, the first being the one that says it.
  const citations = (
    wholeParagraph > 0
      ? quotedRuns(chosen)
      : chosen.map(({ passage, unit }) => ({ passage, quote: unit.text }))
  ).map(({ passage, quote }) => citationOf(passage, quote));
  const seen = new Set<string>();
  const passages = [best.hit, ...hits]
    .filter(
      (h) =>
        chosen.some((c) => c.passage.id === h.passage.id) &&
        !seen.has(h.passage.id) &&
        seen.add(h.passage.id),
    )
    .map((h) => ({ id: h.passage.id, score: round(h.score) }));
  return { body, citations, passages };
}

/**
 * The items of a list to show under its lead-in: all of a short list; of a longer one, those that
 * say a part of the question first ("do they pay petrol? and if we stay the night?" wants the
 * overnight item, sixth of eight), then the first ones, up to MAX_ITEMS, in page order.
 */
function itemsAsked(items: Passage[], concepts: QueryConcept[], index: GuidanceIndex): Passage[] {
  if (items.length <= MAX_ITEMS) return items;
  const keep = new Set(items.filter((p) => saysPart(p, concepts, index)).slice(0, MAX_ITEMS));
  for (const p of items) if (keep.size < MAX_ITEMS) keep.add(p);
  return items.filter((p) => keep.has(p));
}

/** A one-sentence passage (a list item) that says one of the question's words of substance. */
function saysPart(
  p: Passage,
  concepts: QueryConcept[],
  index: GuidanceIndex,
  which: (i: number) => boolean = () => true,
): boolean {
  const terms = index.units(p.id)[0]?.terms;
  return (
    !!terms &&
    concepts.some((c, i) => which(i) && !isLightTerm(c.word) && weightIn(c, terms) >= WEIGHT_STRONG)
  );
}

/**
 * The rest of the chosen sentence's paragraph, for the answer a family reads (settings.ts
 * wholeParagraph): all of it when it is short, else the sentences either side of the chosen one
 * while the three fit in an answer. Its sentences lean on each other ("… by having it"), and the
 * fact asked for is often beside the sentence that matched the question's words.
 */
function paragraphAround(best: Scored, index: GuidanceIndex, wholeParagraph: number): Unit[] {
  if (wholeParagraph <= 0) return [];
  const units = index.units(best.hit.passage.id);
  if (best.hit.passage.text.length <= wholeParagraph) return units;
  const at = units.findIndex((u) => u.start === best.unit.start);
  const before = units[at - 1];
  const after = units[at + 1];
  const out: Unit[] = [];
  let used = best.unit.text.length;
  for (const u of [before, after])
    if (u && used + u.text.length <= MAX_CHARS) {
      out.push(u);
      used += u.text.length;
    }
  return out;
}

/**
 * The chosen sentences as quotes: sentences next to each other in one paragraph are one quote
 * (the paragraph's own text from the first to the last), so a paragraph shown whole is one
 * source, not a list of its sentences under the same title.
 */
function quotedRuns(
  chosen: { passage: Passage; unit: Unit }[],
): { passage: Passage; quote: string }[] {
  const runs: { passage: Passage; start: number; end: number }[] = [];
  for (const { passage, unit } of chosen) {
    const last = runs.at(-1);
    if (
      last?.passage === passage &&
      unit.start >= last.end &&
      !passage.text.slice(last.end, unit.start).trim()
    )
      last.end = unit.end;
    else runs.push({ passage, start: unit.start, end: unit.end });
  }
  return runs.map(({ passage, start, end }) => ({
    passage,
    quote: passage.text.slice(start, end),
  }));
}

const WEIGHT_STRONG = 0.7;
/** A lead-in's sentence that names nothing itself: "This is when:", "These include:". */
const LEANS_BACK = /^\W*(?:this|these|that|those|they|it|such|here|examples?)\b[^.!?]{0,30}$/i;

/** How near the question's topic must be for its answer alone to be evidence (topics.ts). */
const TOPIC_EVIDENCE = 0.5;
const CONTINUES = /(?:\b(?:or|and)\s*;?|;)\s*$/i;
/** A sentence that announces the list after it. */
const INTRODUCES_ITEMS = /[:\-–]\s*$|\b(?:the following|as follows|these steps)\b/i;

function coveredConcepts(concepts: QueryConcept[], chosen: { unit: Unit }[]): boolean[] {
  return concepts.map((c) => chosen.some((x) => weightIn(c, x.unit.terms) >= WEIGHT_STRONG));
}

/**
 * "What is mediation?" asked of a page with a section headed "What is mediation?": the answer
 * is that section's opening, not one sentence that happens to repeat the word.
 */
function overviewSection(
  passage: Passage,
  concepts: QueryConcept[],
  index: GuidanceIndex,
): Passage[] | undefined {
  const heading = passage.headingPath.at(-1);
  if (!heading || heading.split(/\s+/).length > 8) return undefined;
  // Every word of the question is the heading's topic or a word asking for an overview; any
  // other word ("do I have to", "how long") asks something narrower than the whole section.
  const terms = new Set(analyze(heading).filter((t) => !isLightTerm(t)));
  const topic = concepts.filter((c) => !GENERIC_ASK.has(c.word));
  if (!topic.length || topic.length > 3 || !topic.every((c) => terms.has(c.word))) return undefined;
  if (![...terms].every((t) => topic.some((c) => c.word === t))) return undefined;
  const section = index.section(passage);
  return section.length > 1 ? section : undefined;
}

/** Words that ask for an overview of a topic rather than name one ("what does X cover?"). */
const GENERIC_ASK = new Set(
  [
    'cover',
    'covers',
    'include',
    'involve',
    'mean',
    'means',
    'explain',
    'about',
    'work',
    'works',
    'overview',
  ].flatMap((w) => analyze(w)),
);

function render(chosen: { passage: Passage; unit: Unit }[]): string {
  const items = chosen.filter((c) => c.passage.kind === 'item').length;
  const hasLead = chosen.some(
    (c) => c.passage.leadId && chosen.some((l) => l.passage.id === c.passage.leadId),
  );
  const bullets = items > 1 || hasLead;
  let out = '';
  let lastWasItem = false;
  let lastPassage: Passage | undefined;
  for (const { passage, unit } of chosen) {
    const item = bullets && passage.kind === 'item';
    // A second sentence of the same item goes on its bullet.
    if (item && passage === lastPassage) out += ` ${unit.text}`;
    else if (!out) out = item ? `• ${unit.text}` : unit.text;
    else if (item) out += `\n• ${unit.text}`;
    else out += lastWasItem || /[:\-–]\s*$/.test(out) ? `\n${unit.text}` : ` ${unit.text}`;
    lastWasItem = item;
    lastPassage = passage;
  }
  return out;
}

function length(chosen: { unit: Unit }[]): number {
  return chosen.reduce((n, c) => n + c.unit.text.length, 0);
}

const wordCount = (text: string) => text.split(/\s+/).length;
const round = (n: number) => Math.round(n * 1000) / 1000;
