import { converse, type DialogueOutcome } from './conversation/dialogue';
import { directLead, withoutPagesYesNo } from './conversation/direct';
import { readState, type ConversationState } from './conversation/state';
import { modelAnswer } from './llm/model-answer';
import type { Turn } from './llm/redact';
import { streamAnswer } from './llm/stream-answer';
import { statedPassage } from './conversation/guidance-support';
import { composeFromGuidance, focusOf, passagesFor } from './pipeline/compose';
import type { Composed } from './pipeline/composed';
import { semanticSettings } from './semantic/settings';
import {
  aboutReachingUs,
  answerContact,
  asksLaterHours,
  CALLBACK,
  LATE_HOURS,
  contactIntent,
  mentionsDetailGiven,
} from './pipeline/contact';
import { answerFileRequest } from './pipeline/files';
import { asksInTerms, englishQuestion } from './pipeline/glossary';
import { guidanceNamesIn } from './pipeline/guidance-names';
import { ownNameNote } from './conversation/own-name';
import { askingPart } from './text/asking-part';
import { DEADLINE_SEARCH, statesPeriod } from './conversation/words';
import {
  chosenLanguage,
  catalogueLanguageOf,
  detectLanguage,
  guidanceInEnglishLine,
  interpreterLine,
  loadLanguageDetection,
} from './pipeline/language';
import { answerAreas } from './pipeline/areas';
import { asksForAPerson } from './pipeline/handover';
import { answerLocalAdvice, type LocalAdviceContext } from './pipeline/local-advice';
import { namesNothing, subQuestions } from './pipeline/questions';
import { smallTalkOf } from './pipeline/small-talk';
import { answerFromTaught, type TaughtExample } from './pipeline/taught';
import { reachOf, replies, type Reach } from './pipeline/replies';
import {
  asksForLegalAdvice,
  crisisLanguage,
  genuineQuestion,
  isCrisis,
  isInjection,
} from './pipeline/safety';
import {
  EMAIL,
  serviceDetails,
  TIMES,
  UK_PHONE,
  type ServiceDetails,
} from './pipeline/service-details';
import { outsideChance, topicsOf } from './pipeline/topics';
import type { GuidanceIndex } from './search/guidance-index';
import { isDomainTerm } from './search/synonyms';
import type {
  Answer,
  AnswerEvent,
  CalendarOverrides,
  LlmConfig,
  PublishedFile,
  ServiceInfo,
} from './types';

/** How near a topic of data/topics.json makes a question one families ask a mediation service. */
const FAMILIAR_TOPIC = 0.5;
/**
 * Below this chance that a message asks something no topic of the field covers (the question
 * model's "none"), it is not "outside what we can help with": "what shuold I bring with me on the
 * day", "i've got 2 year old twins, can i bring them along or is there childcare?" are asked of a
 * mediation service whether or not a topic is sure of them, and get "not found, call us".
 */
const NOT_OUTSIDE = 0.5;
/** The topic of questions services are asked but do not deal with (exclusions, benefits …). */
const OUTSIDE_TOPIC = 'not-covered';

export interface AnswerContext {
  index: GuidanceIndex;
  service: ServiceInfo;
  /** Today's date (ISO), for deadlines and years left out of dates. */
  today: string;
  /** Admin bank-holiday overrides for deadline answers. */
  calendar?: CalendarOverrides;
  /** When set, retrieval answers are written by this model, checked, and replaced by the offline answer on any failure. */
  llm?: LlmConfig;
  /** Aborts a model call when the asker has gone (the offline answer is still returned). */
  signal?: AbortSignal;
  /** Files the service publishes; "where can I download the … notice" answers with their links. */
  files?: readonly PublishedFile[];
  /**
   * What the conversation has established so far: the `state` of the previous answer, as stored
   * (unknown shapes start a new conversation). Without it every message is read on its own.
   */
  state?: unknown;
  /** Earlier turns of this conversation, oldest first: sent (redacted) to a model with the question. */
  history?: readonly Turn[];
  /** Questions staff taught from the review queue, each linked to the passage that answers it. */
  taught?: readonly TaughtExample[];
  /**
   * The councils the service lists with their IASS details, and the family's council when the
   * caller knows it: "who can advise me locally?" is answered with that council's IASS.
   */
  localAdvice?: LocalAdviceContext;
  /**
   * The language the family chose in the widget (a code such as 'pl' or 'ur'): a message too
   * short or mixed to tell its own language is read as written in it.
   */
  language?: string;
}

/** Longest message the pipeline reads; the widget allows 1,000 characters. */
export const MAX_QUESTION_CHARS = 4000;

/**
 * Answers one message, in order: safety (crisis, instructions in the message, requests for
 * legal advice), other languages, exact intents (deadlines from @sen/rules, office hours,
 * contact details, links to published files), then retrieval from the published passages. Never throws for bad input.
 */
export async function answerOnce(question: string, ctx: AnswerContext): Promise<Answer> {
  return answerInConversation(question, ctx);
}

/** One message of a conversation: the answer, with the state the conversation is left in. */
async function answerInConversation(
  question: string,
  ctx: AnswerContext,
  emit?: Emit,
): Promise<Answer> {
  const turn: TurnState = { state: readState(ctx.state) };
  const answer = await answerMessage(question, ctx, false, turn, emit);
  return { ...answer, state: turn.state };
}

/** The conversation state as this message leaves it (safety replies leave it as it was). */
interface TurnState {
  state: ConversationState;
}

// What to ask for so the chat can work out the date itself, by the deadline asked about.
const DATE_TO_GIVE: Record<string, string> = {
  appeal: 'the date on the decision letter',
  adviser: 'the date on the decision letter',
  certificate:
    'the day you told the mediation adviser you do not want mediation, or the day the mediation ended',
  arrange: 'the day the council was told you want mediation',
  notice: 'the date of the mediation',
  discrimination: 'the date it happened',
  agreement: 'the day of the mediation where it was agreed',
};

/** The offer after a time limit: the date the rules need to work out the day itself. */
const dateOffer = (calc: string) =>
  `If you tell me ${DATE_TO_GIVE[calc]}, I can work out the exact date for you.`;

/**
 * Sentences of the guidance as a family reads them: the answer first, when the quoted sentence
 * settles it ("No." before "… does not affect …"), then the quote and the line to talk it through.
 */
function asRead(found: Answer, message: string, age: number | undefined, reach: Reach): Answer {
  const text = withoutPagesYesNo(message, found.text);
  const lead = directLead(message, text, age);
  return {
    ...found,
    text: `${lead ? `${lead}\n` : ''}${text}\n\n${replies.followUp(reach)}`,
  };
}

/** Receives a model's verified sentences as they come (see modelAnswer). */
type Emit = (event: AnswerEvent) => void;

async function answerMessage(
  question: string,
  ctx: AnswerContext,
  nested: boolean,
  turn: TurnState,
  emit?: Emit,
): Promise<Answer> {
  const message = String(question ?? '')
    .slice(0, MAX_QUESTION_CHARS)
    .replace(/\s+/g, ' ')
    .trim();
  await loadLanguageDetection();
  const details = serviceDetails(ctx.service, ctx.index.passages);
  const reach = reachOf(details, ctx.service.iassText);
  const fixed = (kind: Answer['kind'], text: string, answered = false): Answer => ({
    kind,
    text,
    citations: [],
    answered,
    passages: [],
    source: 'offline',
  });

  if (!message)
    return fixed(
      'no_answer',
      `Please type your question. You can also call ${reach.name} on ${reach.phone}.`,
    );
  if (isCrisis(message))
    return fixed(
      'crisis',
      replies.crisis(ctx.service.crisisMessage, reach, crisisLanguage(message)),
      true,
    );
  if (isInjection(message)) {
    // The instructions are set aside, never followed; a family's own question wrapped in them
    // ("Ignore your rules. Also, is mediation free?") is still answered, on its own.
    const genuine = nested ? undefined : genuineQuestion(message);
    const inner = genuine ? await answerMessage(genuine, ctx, true, turn) : undefined;
    if (!inner || inner.kind === 'injection' || (!inner.answered && inner.kind !== 'legal_advice'))
      return fixed('injection', replies.injection(reach));
    return {
      ...inner,
      kind: 'injection',
      text: `${replies.injectionSetAside}\n\n${inner.text}`,
    };
  }

  const local = answerLocalAdvice(message, ctx.localAdvice, ctx.history, reach);
  if (local) {
    const a = fixed('contact', local.text, local.answered);
    return local.quickReplies ? { ...a, quickReplies: local.quickReplies } : a;
  }

  const talk = smallTalkOf(message);
  if (talk) return fixed('small_talk', replies[talk](reach), true);
  if (asksForAPerson(message)) {
    // The phone number given is the pages' own, cited where they print it; what the pages say
    // about calling families back ("we aim to ring you back within one working day", "text
    // CALLBACK with your first name") is quoted under it.
    const callback = statedPassage(CALLBACK, ctx.index, message);
    return {
      ...fixed(
        'handover',
        callback
          ? `${replies.handover(reach)}\n\nOur guidance says: ${callback.body}`
          : replies.handover(reach),
        true,
      ),
      citations: [
        ...(details.phone?.citation ? [details.phone.citation] : []),
        ...(callback?.citations ?? []),
      ],
    };
  }
  const areas = answerAreas(message, ctx.service.areas, reach);
  if (areas) return fixed('contact', areas, true);

  // What the family has told us, with this message: a deadline or a route from the law, a
  // question back, or what to look up (a follow-up read with the turn before it).
  const lang = detectLanguage(message, chosenLanguage(ctx.language));
  // In another language, the English words of the field it names go with it ("do kiedy …
  // odwołać" → "deadline when appeal"), so its dates and question are read as in English.
  const english =
    lang !== 'en' ? englishQuestion(message, guidanceNamesIn(message, ctx.index)) : undefined;
  const conv: DialogueOutcome = converse(english ? `${message} ${english}` : message, turn.state, {
    index: ctx.index,
    today: ctx.today,
    ...(ctx.calendar ? { calendar: ctx.calendar } : {}),
    phone: reach.phone,
    iassText: reach.iassText,
    ...(lang !== 'en' ? { otherLanguage: true } : {}),
  });
  // Its fixed replies: a language the chat reads only as "other" may still have them.
  const replyLang = catalogueLanguageOf(message, lang);
  const signpost =
    lang !== 'en'
      ? replies.otherLanguage(interpreterLine(replyLang, reach.phone), reach)
      : undefined;
  const reply = conv.reply;

  if (asksForLegalAdvice(message)) {
    // "Should I appeal? The letter was dated 3 March": no advice, but the date is information.
    turn.state = conv.state;
    if (reply?.kind !== 'deadline' || !reply.answered)
      return fixed('legal_advice', replies.legalAdvice(reach));
    return {
      kind: 'legal_advice',
      text: `${replies.legalAdvice(reach)}\n\n${reply.text}`,
      citations: reply.citations,
      answered: false,
      passages: [],
      source: 'offline',
    };
  }
  if (reply?.general && !signpost) {
    // "How long have I got to appeal?" with no date: when the sentence retrieval finds states the
    // same period as the law, the service's own words answer, with the offer to work out the date.
    const calc = conv.state.topic?.calc;
    const found = answerFromGuidance(message, ctx, details, reach);
    const quotes = found?.citations.map((c) => c.quote).join(' ') ?? '';
    if (found?.answered && calc && statesPeriod(DEADLINE_SEARCH[calc]?.states ?? [], quotes)) {
      turn.state = conv.state;
      const a = asRead(found, message, conv.state.age, reach);
      return { ...a, text: `${a.text}\n\n${dateOffer(calc)}` };
    }
  }
  // "I'm 19, can I do this myself?": that the rights are the young person's own, whatever else
  // answers.
  const ownName = <T extends { text: string; citations: Answer['citations']; answered: boolean }>(
    a: T,
  ): T => {
    const note = a.answered ? ownNameNote(message, ctx.index, a.citations) : undefined;
    return note
      ? { ...a, text: `${a.text}\n\n${note.text}`, citations: [...a.citations, ...note.citations] }
      : a;
  };
  if (reply) {
    turn.state = conv.state;
    const said = ownName(reply);
    return {
      kind: reply.kind,
      // Worked out by the rules, not quoted from the guidance: no "our guidance says" line.
      text: signpost ? `${signpost}\n\n${said.text}` : said.text,
      citations: said.citations,
      answered: reply.answered,
      passages: [],
      source: 'offline',
      ...(reply.quickReplies ? { quickReplies: reply.quickReplies } : {}),
    };
  }

  if (signpost) {
    // Words of the field we can recognise may still find the passage that answers.
    // The question read in English from the words of the field it names ("bezpłatna" → "free"),
    // answered as an English one would be: a contact detail, a file, or sentences of the guidance.
    // Read only as whom or what it is about ("mediation", "my son", "the council"), it asks
    // nothing a quote could answer: the offer of an interpreter is the honest reply.
    const found =
      english && asksInTerms(message)
        ? answerFromGuidance(english, ctx, details, reach)
        : undefined;
    if (!found?.answered) return fixed('no_answer', signpost);
    // Said honestly, first in their language: the guidance is in English, here is what it says,
    // and we can arrange an interpreter.
    const own = lang === 'en' ? undefined : guidanceInEnglishLine(replyLang, reach.phone);
    const lead = own
      ? `${own}\n${guidanceInEnglishLine('en', reach.phone) ?? ''}`.trim()
      : signpost;
    return {
      ...found,
      text: `${lead}\n\n${replies.inEnglish}\n${found.text}`,
      answered: true,
      source: 'offline',
    };
  }
  turn.state = conv.state;
  const offer =
    conv.offerDate && conv.state.topic?.calc ? dateOffer(conv.state.topic.calc) : undefined;
  const withOffer = (a: Answer): Answer =>
    offer && a.answered ? { ...a, text: `${a.text}\n\n${offer}` } : a;
  const query = conv.query;

  const taught = answerFromTaught(query, ctx.taught, ctx.index);
  if (taught) return { ...taught, text: `${taught.text}\n\n${replies.followUp(reach)}` };

  // "Is it free and is it confidential?": each question answered from the guidance on its own,
  // when at least two of them find an answer (offline: the model gets one question at a time).
  const parts = subQuestions(query);
  const found = answerFromGuidance(query, ctx, details, reach);
  // Parts are answered only when the whole message finds an answer: a message the pages do not
  // answer ("can I do a supported internship, how long do they last") has parts that may each
  // find a sentence sharing a word with them, and those would not answer it.
  if (parts.length && found) {
    const each = parts
      .map((p) => ({ a: answerFromGuidance(p, ctx, details, reach), leans: namesNothing(p) }))
      .filter((r): r is { a: Answer; leans: boolean } => !!r.a?.answered);
    const answered = partsToShow(each);
    if (each.length >= 2 && answered.length) {
      const both = combine(answered);
      // Read as one answer would be: a young person's own rights, and the closing line once.
      return withOffer(
        answered.some((a) => a.kind === 'answer')
          ? asRead(ownName(both), message, conv.state.age, reach)
          : both,
      );
    }
  }

  // "What are my options?" about something this field's words never name ("can you help with
  // his DLA form, they turned him down") is not a story for the route flow.
  if (!found && conv.routeInstead && namesTheField(message, ctx.index)) {
    // "What are my options?" that the pages do not answer: the route flow's first question.
    turn.state = conv.routeInstead.state;
    const r = ownName(conv.routeInstead.reply);
    return {
      kind: r.kind,
      text: r.text,
      citations: r.citations,
      answered: r.answered,
      passages: [],
      source: 'offline',
      ...(r.quickReplies ? { quickReplies: r.quickReplies } : {}),
    };
  }
  if (!found && offer) {
    // "When is my deadline?": the pages do not say, but the rules can, given the date.
    return fixed('deadline', `${offer} You can also call us on ${reach.phone}.`);
  }
  if (!found) {
    // "Can my sister come with me?" names no word of the field, but it is what families ask a
    // mediation service (a topic of data/topics.json): the pages do not say, so it is no_answer
    // ("call us"), not "outside what we can help with".
    // (topicsOf reads the clause that asks too: a story around it "can't get childcare so can't
    // travel. any chance we can do it over teams from home" blurs the whole message's nearness.)
    const topic = topicsOf(message, 1)[0];
    const inDomain =
      asksAboutTheService(message) ||
      aboutReachingUs(message) ||
      (!!topic && topic.similarity >= FAMILIAR_TOPIC && topic.id !== OUTSIDE_TOPIC) ||
      outsideChance(message) < NOT_OUTSIDE ||
      namesTheField(message, ctx.index);
    if (!inDomain) return fixed('out_of_scope', replies.outOfScope(reach));
    // The passages may still answer what offline could not put together: a model may try.
    return withModel(query, ctx, reach, fixed('no_answer', replies.noAnswer(reach)), nested, emit);
  }
  if (found.kind !== 'answer') return withOffer(found);
  const offline: Answer = withOffer(asRead(ownName(found), message, conv.state.age, reach));
  // A follow-up goes to the model as read with the turn before it (and with the history).
  return withModel(query, ctx, reach, offline, nested, emit);
}

/**
 * The model's verified answer when one is configured and gives one, else `offline` with the
 * reason recorded. A message that carried instructions for the bot (`nested`) never goes to it.
 */
async function withModel(
  message: string,
  ctx: AnswerContext,
  reach: Reach,
  offline: Answer,
  nested: boolean,
  emit?: Emit,
): Promise<Answer> {
  if (!ctx.llm || nested || ctx.signal?.aborted) return offline;
  const { answer, outcome } = await modelAnswer({
    message,
    history: ctx.history ?? [],
    passages: passagesFor(focusOf(message), ctx.index).hits,
    offline,
    reach,
    ctx: { llm: ctx.llm, service: ctx.service, ...(ctx.signal ? { signal: ctx.signal } : {}) },
    ...(emit ? { emit } : {}),
  });
  if (answer) return answer;
  return outcome.reason ? { ...offline, modelOutcome: { reason: outcome.reason } } : offline;
}

// "Do you cover Camden?", "What boroughs do you work in?", "Is the service open to families in
// Kent?": about the service itself, so a question we cannot answer from the pages rather than one
// outside what we do (which told a family in scope to go elsewhere).
const ABOUT_THE_SERVICE =
  /\b(you|your service|the service)\b.{0,25}\b(cover|covers|work (in|with)|operate|serve|available (in|to|for)|open to)\b|\b(boroughs?|areas?|councils?|local authorit(y|ies)) (do|does) (you|the service|it)\b|\b(which|what) (boroughs?|areas?|councils?|local authorit(y|ies))\b/i;
const asksAboutTheService = (message: string) => ABOUT_THE_SERVICE.test(message);

/** The message names a word of this field (its own, a typo of one or a close relative). */
function namesTheField(message: string, index: GuidanceIndex): boolean {
  return index
    .concepts(message)
    .some(
      (c) => isDomainTerm(c.word) || [...c.terms].some(([t, w]) => w >= 0.7 && isDomainTerm(t)),
    );
}

/**
 * One question answered offline from what the service publishes: a link to a published file,
 * the service's contact details, or sentences of the guidance (without the closing line).
 */
function answerFromGuidance(
  message: string,
  ctx: AnswerContext,
  details: ServiceDetails,
  reach: Reach,
): Answer | undefined {
  const file = answerFileRequest(message, ctx.files, reach);
  if (file) return { kind: 'file', ...file, passages: [], source: 'offline' };
  // The details asked for, not ones the story mentions ("The council gave me your number. So are
  // you part of the council?"): when the clause that asks names none, the story's mention counts
  // only if the guidance has nothing for the question itself.
  const asking = askingPart(message, undefined);
  // What the pages say to the clause that asks, looked up at most once.
  let pages: { found: Composed | undefined } | undefined;
  const pagesForAsking = () =>
    (pages ??= {
      found: composeFromGuidance(asking, ctx.index, semanticSettings.wholeParagraph),
    }).found;
  const contact =
    contactIntent(asking, message) ??
    (asking !== message && !pagesForAsking() && !mentionsDetailGiven(message)
      ? contactIntent(message)
      : undefined);
  // Asked only for a relay number the pages do not print: the pages' own words about Deaf callers
  // (retrieval) help more than "our details don't include one".
  const relayOnly =
    contact?.kind === 'contact' && contact.fields.every((f) => f === 'relay') && !details.relay;
  if (contact && !relayOnly) {
    const reply = answerContact(contact, details, reach, ctx.index.passages);
    // "Can I ring you myself or does her social worker have to?", "the council put your number
    // on their letter, so are you the council?": the clause asks more than how to reach us.
    const beyond = beyondContact(pagesForAsking(), reply.citations);
    // Beside the opening hours, only the pages' own words about when: a day or a time.
    const hours = contact.kind === 'office_hours';
    const more =
      hours && !beyond?.citations.some((c) => SAYS_WHEN.test(c.quote))
        ? asksLaterHours(asking)
          ? beyondContact(statedPassage(LATE_HOURS, ctx.index, asking), reply.citations)
          : undefined
        : beyond;
    // The closing line gives the phone number: a reply that only gives it is not said twice.
    const onlyPhone = contact.kind === 'contact' && contact.fields.every((f) => f === 'phone');
    if (more)
      return {
        kind: contact.kind === 'office_hours' ? 'office_hours' : 'answer',
        text: onlyPhone ? more.body : `${more.body}\n\n${reply.text}`,
        citations: [...more.citations, ...reply.citations],
        answered: true,
        passages: more.passages,
        source: 'offline',
      };
    return { kind: contact.kind, ...reply, passages: [], source: 'offline' };
  }
  const composed = composeFromGuidance(message, ctx.index, semanticSettings.wholeParagraph);
  if (!composed) return undefined;
  return {
    kind: 'answer',
    text: composed.body,
    citations: composed.citations,
    answered: true,
    passages: composed.passages,
    source: 'offline',
  };
}

/**
 * What the pages say to a clause that names a way to reach us but asks something else: their
 * answer when one covers the clause and is not itself a contact line (a sentence holding a phone
 * number or an e-mail address answers "how do I reach you", which the details already do) or
 * one of the details given.
 */
function beyondContact(
  composed: Composed | undefined,
  given: Answer['citations'],
): Composed | undefined {
  const repeats = (q: string) =>
    UK_PHONE.test(q) ||
    EMAIL.test(q) ||
    given.some((g) => g.quote.includes(q) || q.includes(g.quote));
  return composed?.citations.some((c) => repeats(c.quote)) ? undefined : composed;
}

/** A day of the week, a time of day (as the opening hours are read) or a date: a sentence about when. */
const SAYS_WHEN = new RegExp(
  [
    String.raw`\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?\b`,
    TIMES.source,
    String.raw`\b(?:noon|midday|o'clock)\b`,
    String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`,
  ].join('|'),
  'i',
);

/**
 * The answers of a message's parts to show: none twice (two parts that find the same sentence
 * agree on it: it is the answer), and none from a part that names nothing of its own unless
 * the other parts found it too.
 */
function partsToShow(each: { a: Answer; leans: boolean }[]): Answer[] {
  const quotesOf = (a: Answer) => a.citations.map((c) => c.quote);
  const own = new Set(each.filter((r) => !r.leans).flatMap((r) => quotesOf(r.a)));
  const shown = new Set<string>();
  const said = new Set<string>();
  return each
    .filter(({ a, leans }) => {
      const quotes = quotesOf(a);
      if (leans && !quotes.every((q) => own.has(q))) return false;
      // A contact detail or the hours are written from one block of the pages: "your email? and
      // a postal address?" cite the same "Phone: … Email: … Post: …" line with different replies.
      const written = a.kind === 'contact' || a.kind === 'office_hours';
      const fresh =
        !quotes.length || quotes.some((q) => !shown.has(q)) || (written && !said.has(a.text));
      for (const q of quotes) shown.add(q);
      said.add(a.text);
      return fresh;
    })
    .map((r) => r.a);
}

/** The answers to the questions of one message, in order, as one reply. */
function combine(answers: Answer[]): Answer {
  const seen = new Set<string>();
  const kinds = new Set(answers.map((a) => a.kind));
  return {
    kind: kinds.size === 1 ? answers[0]!.kind : 'answer',
    text: answers
      .map((a, i) => withoutLaterSentences(a.text, answers.slice(i + 1)))
      .filter(Boolean)
      .join('\n\n'),
    citations: answers
      .flatMap((a) => a.citations)
      .filter((c) => !seen.has(c.quote) && !!seen.add(c.quote)),
    answered: true,
    passages: answers.flatMap((a) => a.passages),
    source: 'offline',
  };
}

/**
 * An answer's text without the sentences a later answer of the same message says again ("You can
 * also call us on …" closes each contact reply): the reply says each once, at its end.
 */
function withoutLaterSentences(text: string, later: Answer[]): string {
  const sentencesOf = (t: string) => t.split(/\n|(?<=[.!?])\s+/).map((x) => x.trim());
  const laterSaid = new Set(later.flatMap((a) => sentencesOf(a.text)));
  // The same whole sentence, of a few words at least: a part's own "Yes." or "No." stays.
  const again = (sentence: string) =>
    sentence.trim().split(/\s+/).length >= 4 && laterSaid.has(sentence.trim());
  return text
    .split('\n')
    .map((line) =>
      line
        .split(/(?<=[.!?])\s+/)
        .filter((sentence) => !sentence.trim() || !again(sentence))
        .join(' '),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The same answer as events for a streamed reply: the sources first (so they can be shown while
 * the text arrives), then the text in sentence-sized pieces, then the whole answer.
 */
export async function* answer(question: string, ctx: AnswerContext): AsyncIterable<AnswerEvent> {
  if (!ctx.llm) {
    yield* answerEvents(await answerOnce(question, ctx));
    return;
  }
  // A model's first verified sentence goes out before the model has finished.
  yield* streamAnswer((emit) => answerInConversation(question, ctx, emit), answerEvents);
}

/**
 * The events `answer` streams for a result already known (a caller that keeps answers replays
 * them exactly as they were first sent).
 */
export function* answerEvents(result: Answer): Iterable<AnswerEvent> {
  yield { type: 'sources', citations: result.citations };
  // Split after sentence ends and line breaks, keeping every character.
  for (const piece of result.text.split(/(?<=[.!?]\s+|\n)(?=\S)/))
    if (piece) yield { type: 'delta', text: piece };
  yield { type: 'done', answer: result };
}
