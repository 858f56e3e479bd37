/**
 * How retrieval uses word meaning. The defaults are the measured ones (see the package README);
 * scripts/ask-with.ts changes them for one run, to measure what each part adds.
 */
export const semanticSettings = {
  /** Match a question word the pages never use to the pages' words nearest in meaning. */
  unknownWords: true,
  /** Also give a word the pages do use its nearest page words, for sentence coverage only. */
  knownWords: false,
  /**
   * A question word among this many most frequent English words (its row in the vectors' list)
   * is spelt as meant, not a typo of a page word one letter away: "along" is not "long" (another
   * form of it still is: "complain", "complaint"). 0 turns it off. At 8000: trained-on and read
   * sets with their own questions left out 2029 → 2031/2573, held out 1080 → 1079/1950 (two
   * answers whose second quote changed, one gained); 20000 and 40000 gained less.
   */
  realWordRank: 8000,
  /** Least cosine similarity for a question word the pages never use. */
  unknownThreshold: 0.55,
  /** Least cosine similarity for a word the pages use (its relatives only help coverage). */
  knownThreshold: 0.62,
  /** At most this many page words per question word. */
  neighbours: 3,
  /**
   * Words more frequent in English than this rank (the vectors are listed by frequency: "only",
   * "other", "first") are near almost everything, so they are never matched by meaning.
   */
  minRank: 250,
  /** The same for the pages' side: only their less common words are matched by meaning. */
  pageMinRank: 1000,
  /**
   * A question word the pages never use weighs by how rare it is in English (rank in the
   * vectors' list), to this power: "person" asks less than "Motability". 0 turns it off.
   */
  rarityPower: 0,
  /**
   * Answer only what is asked: when a question asks for a kind of answer (how long, how much,
   * which law …), a sentence without that kind of content is not shown instead.
   */
  strictType: true,
  /**
   * A short question (at most `shortQuestion` content words) with a word the pages never use,
   * matched by no typo, synonym or meaning and at least this rare in English (0..1; 0 = off), is
   * about something the pages do not cover: "Will the council pay for my travel?".
   */
  unknownTopicRarity: 0,
  /**
   * For a kind of answer that is strict (how much, how long, which law, how old): each word of a
   * short question that the pages never use must be met in the sentence or its headings.
   */
  strictSubject: true,
  /**
   * Among the sentences nearly as good as the rules' choice (score at least this share of its
   * score), one holding the question's most telling asked word (rare on the pages and in
   * English) is preferred when the choice lacks it. 0 turns it off.
   */
  keyWordShare: 0.6,
  shortQuestion: 8,
  /**
   * Choose the answering sentence, and whether any answers, with the learned ranker
   * (pipeline/ranker.ts, data/ranker.json) instead of the hand-set thresholds below.
   */
  ranker: true,
  /**
   * Where the hand-set rules or the fallback ranker choose a sentence, the override ranker
   * (data/override-ranker.json) takes another instead when it prefers it by at least this much
   * probability. 1 turns it off.
   */
  overrideMargin: 0.1,
  /**
   * How likely (0..1, pipeline/answer-gate.ts) the rules' chosen sentence must be to answer for
   * it to be shown; below it the engine says the pages do not answer. 0 turns it off.
   */
  answerGate: 0.25,
  /**
   * The gate for a second question answered beside a deadline (guidance-support.ts
   * concernPassage): an answer added to one already given must be surer than one standing alone.
   */
  besideGate: 0.4,
  /**
   * A chosen sentence is shown with the rest of its paragraph when the paragraph is at most this
   * many characters, and with the sentences either side of it, as far as an answer's 650
   * characters allow, when the paragraph is longer: "You are not signing up to anything by
   * having it." means nothing without the sentence before it, and the fact a family asked for is
   * often in the sentence beside the one that matched their words. Held well under the answer's
   * 650: a longer paragraph shown whole crowds out a route's quotes and a second sentence. 0 turns
   * it off. Nineteen held-out services, right answers 396 → 443/832 (whole paragraphs only;
   * 300: 412, 400: 426, 600 and 700: 441 but the sample page's held-out families set −3), 445
   * with a long paragraph's neighbours; read sets +10, none fewer.
   */
  wholeParagraph: 500,
  /** How sure the ranker must be (0..1) to answer where the hand-set rules found nothing. */
  rankerConfidence: 0.5,
  /** Answer a question near one of the page's own FAQ headings with what is under it. */
  faq: true,
  /** Bring in the sentences that answer the question's topic (data/topics.json). */
  topics: true,
  /**
   * The rules' sentence score adds this times how much of the question the sentence covers in
   * meaning, word by word (softCover: each question word's nearest word of the sentence and its
   * heading). Breaks ties between sentences sharing the same field word toward the one that says
   * what is asked ("used up our chance" near "removes the right"). 0 turns it off.
   */
  meaningInRules: 0.3,
  /**
   * The rules' sentence score adds this times how surely the sentence answers the message's
   * topic (topics.ts topicCue: the topic model's probability when the sentence holds one of the
   * topic's answer phrases). Breaks near ties toward the sentence that says what families mean:
   * "if I say no thanks to mediation how quick do I get the certificate" gets "your certificate
   * is emailed to you within 3 working days". 0 turns it off. At 0.6, fewer right on the read
   * services than at 0.3.
   */
  topicInRules: 0.3,
  /**
   * An FAQ heading's similarity to the message gains this when the topic model is sure both ask
   * about the same topic (pipeline/faq.ts), so a heading the words alone put at 0.15 is taken
   * (at 0.6). 0 turns it off; 0.15 and 0.3 answered fewer right, on the read services and on
   * those held out.
   */
  faqTopic: 0.45,
  /**
   * The rules' sentence score adds this times how surely the message and the sentence are about
   * the same topic (topics.ts topicAgreement: the question model's probability of each topic
   * times the sentence model's, summed). The sentence model learned from 920 sentences written
   * blind for the 92 topics as different services' pages say them, so it finds the answer in
   * words no answer phrase lists. 0 turns it off; 0.3 answered as many on the read services and
   * lost 2 more on the sample page's probes; 0.5 and 0.8 fewer right everywhere.
   */
  topicAgreement: 0.15,
  /**
   * The rules' sentence score adds this times how much the sentence reads like the answers other
   * services' pages gave to the labelled questions nearest the message (precedents.ts). 0 turns
   * it off.
   */
  precedents: 0.8,
  /** How many of the nearest labelled questions are read (precedents.ts). */
  precedentNeighbours: 4,
  /**
   * Labelled questions of these sources (a service's folder, "sample") are left out: to measure a
   * set the precedents were built from without its own questions. Empty in the product.
   */
  precedentsWithout: [] as string[],
  /**
   * A message the question model reads as on no topic of the field (topics.ts outsideChance) at
   * least this surely is answered from the pages only by the service's own FAQ: no sentence
   * sharing its words. 0 turns it off. Measured with outsideAgreement 0.1 and followOn 0.5: at
   * 0.5 the held-out services answered as many and declined 3 more honestly than at 0.6, but the
   * sample page's probes lost 3; at 0.7, 1 fewer answered and 3 fewer declined honestly.
   */
  outsideGate: 0.6,
  /**
   * …unless the sentence answers a topic the message is on too, at least this surely
   * (topicAgreement with "none" set aside). 1 turns the exception off.
   */
  outsideAgreement: 0.1,
  /**
   * …and the exception is not made for a message read as on no topic at least this surely: "can
   * we get DLA for him? how much a week?" is on cost only in passing, and "using our service
   * costs nothing" does not answer it. 1.01 turns it off. Held-out services +2 passed, 8 more
   * declined honestly, none fewer answered; at 0.75, 2 fewer answered (a message about the
   * service's cost read as 0.8 on no topic), as with no exception at all.
   */
  outsideSure: 0.9,
  /**
   * The chosen sentence's next one in its paragraph joins it when it scores at least this share
   * of it and covers a word of the question the chosen one does not. 0 turns it off (held-out
   * services 6 fewer right, read services 4 fewer).
   */
  followOn: 0.5,
  /** A neighbour counts this much of its similarity (a synonym from the vocabulary counts 0.8). */
  weight: 0.8,
};

export type SemanticSettings = typeof semanticSettings;

/**
 * Runs `search` with the topic models out of the sentence choice (`topics`, `topicInRules`,
 * `topicAgreement` off), then puts the settings back. For a search the engine writes itself (a
 * route's or a deadline's fixed words in data/conversation.json): the topic models learned
 * families' phrasings, and reading the engine's own words as a family's message let any new
 * phrasing in data/topics.json move which sentence is cited under a route. Measured on the
 * nineteen held-out services: 7 more right, none of the route citations of families-holdout
 * lost. `search` must be synchronous (the settings are shared).
 */
export function withoutTopicModels<T>(search: () => T): T {
  const saved = {
    topics: semanticSettings.topics,
    topicInRules: semanticSettings.topicInRules,
    topicAgreement: semanticSettings.topicAgreement,
    precedents: semanticSettings.precedents,
  };
  Object.assign(semanticSettings, {
    topics: false,
    topicInRules: 0,
    topicAgreement: 0,
    precedents: 0,
  });
  try {
    return search();
  } finally {
    Object.assign(semanticSettings, saved);
  }
}

/** `search` run with the answer gate at `level` (a surer choice for an addition). */
export function withAnswerGate<T>(level: number, search: () => T): T {
  const saved = semanticSettings.answerGate;
  semanticSettings.answerGate = Math.max(saved, level);
  try {
    return search();
  } finally {
    semanticSettings.answerGate = saved;
  }
}
