import { askModel } from './llm/llm-answer';
import { composeFromGuidance, focusOf, passagesFor } from './pipeline/compose';
import { answerContact, contactIntent } from './pipeline/contact';
import { answerDeadline } from './pipeline/deadline';
import { answerFileRequest } from './pipeline/files';
import { englishTerms } from './pipeline/glossary';
import { detectLanguage, interpreterLine } from './pipeline/language';
import { answerAreas } from './pipeline/areas';
import { asksForAPerson } from './pipeline/handover';
import { subQuestions } from './pipeline/questions';
import { smallTalkOf } from './pipeline/small-talk';
import { answerFromTaught, type TaughtExample } from './pipeline/taught';
import { reachOf, replies, type Reach } from './pipeline/replies';
import { asksForLegalAdvice, genuineQuestion, isCrisis, isInjection } from './pipeline/safety';
import { serviceDetails, type ServiceDetails } from './pipeline/service-details';
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
  /** Questions staff taught from the review queue, each linked to the passage that answers it. */
  taught?: readonly TaughtExample[];
}

/** Longest message the pipeline reads; the widget allows 1,000 characters. */
export const MAX_QUESTION_CHARS = 4000;

/**
 * Answers one message, in order: safety (crisis, instructions in the message, requests for
 * legal advice), other languages, exact intents (deadlines from @sen/rules, office hours,
 * contact details, links to published files), then retrieval from the published passages. Never throws for bad input.
 */
export async function answerOnce(question: string, ctx: AnswerContext): Promise<Answer> {
  return answerMessage(question, ctx, false);
}

async function answerMessage(
  question: string,
  ctx: AnswerContext,
  nested: boolean,
): Promise<Answer> {
  const message = String(question ?? '')
    .slice(0, MAX_QUESTION_CHARS)
    .replace(/\s+/g, ' ')
    .trim();
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
    return fixed('crisis', replies.crisis(ctx.service.crisisMessage, reach), true);
  if (isInjection(message)) {
    // The instructions are set aside, never followed; a family's own question wrapped in them
    // ("Ignore your rules. Also, is mediation free?") is still answered, on its own.
    const genuine = nested ? undefined : genuineQuestion(message);
    const inner = genuine ? await answerMessage(genuine, ctx, true) : undefined;
    if (!inner || inner.kind === 'injection' || (!inner.answered && inner.kind !== 'legal_advice'))
      return fixed('injection', replies.injection(reach));
    return {
      ...inner,
      kind: 'injection',
      text: `${replies.injectionSetAside}\n\n${inner.text}`,
    };
  }

  const talk = smallTalkOf(message);
  if (talk) return fixed('small_talk', replies[talk](reach), true);
  if (asksForAPerson(message)) return fixed('handover', replies.handover(reach), true);
  const areas = answerAreas(message, ctx.service.areas, reach);
  if (areas) return fixed('contact', areas, true);

  const lang = detectLanguage(message);
  if (lang !== 'en') {
    const signpost = replies.otherLanguage(interpreterLine(lang, reach.phone), reach);
    // Words of the field we can recognise may still find the passage that answers.
    const terms = englishTerms(message);
    const found = terms.length ? composeFromGuidance(`${terms.join(' ')}?`, ctx.index) : undefined;
    if (!found) return fixed('no_answer', signpost);
    return {
      kind: 'answer',
      text: `${signpost}\n\n${replies.inEnglish}\n${found.body}`,
      citations: found.citations,
      answered: true,
      passages: found.passages,
      source: 'offline',
    };
  }

  const deadline = answerDeadline(message, ctx.today, ctx.calendar, reach.phone);
  if (asksForLegalAdvice(message)) {
    // "Should I appeal? The letter was dated 3 March": no advice, but the date is information.
    if (!deadline?.answered) return fixed('legal_advice', replies.legalAdvice(reach));
    const text = `${replies.legalAdvice(reach)}\n\n${deadline.text}`;
    return {
      kind: 'legal_advice',
      text,
      citations: deadline.citations,
      answered: false,
      passages: [],
      source: 'offline',
    };
  }

  if (deadline) return { kind: 'deadline', ...deadline, passages: [], source: 'offline' };

  const taught = answerFromTaught(message, ctx.taught, ctx.index);
  if (taught) return { ...taught, text: `${taught.text}\n\n${replies.followUp(reach)}` };

  // "Is it free and is it confidential?": each question answered from the guidance on its own,
  // when at least two of them find an answer (offline: the model gets one question at a time).
  const parts = subQuestions(message);
  if (parts.length) {
    const answered = parts
      .map((p) => answerFromGuidance(p, ctx, details, reach))
      .filter((a): a is Answer => !!a?.answered);
    if (answered.length >= 2) return combine(answered, reach);
  }

  const found = answerFromGuidance(message, ctx, details, reach);
  if (!found) {
    const inDomain =
      asksAboutTheService(message) ||
      ctx.index
        .concepts(message)
        .some(
          (c) => isDomainTerm(c.word) || [...c.terms].some(([t, w]) => w >= 0.7 && isDomainTerm(t)),
        );
    return inDomain
      ? fixed('no_answer', replies.noAnswer(reach))
      : fixed('out_of_scope', replies.outOfScope(reach));
  }
  if (found.kind !== 'answer') return found;
  const offline: Answer = { ...found, text: `${found.text}\n\n${replies.followUp(reach)}` };
  if (!ctx.llm || ctx.signal?.aborted) return offline;

  const shown = passagesFor(focusOf(message), ctx.index).hits.slice(0, 6);
  const outcome = await askModel(
    message,
    shown.map((h) => h.passage),
    reach.name,
    ctx.llm,
    ctx.signal,
  );
  if (!outcome.ok) return offline;
  return {
    kind: 'answer',
    text: `${outcome.result.text}\n\n${replies.followUp(reach)}`,
    citations: outcome.result.citations,
    answered: true,
    passages: outcome.result.cited.map((p) => ({
      id: p.id,
      score: shown.find((h) => h.passage.id === p.id)?.score ?? 0,
    })),
    source: 'llm',
  };
}

// "Do you cover Camden?", "What boroughs do you work in?", "Is the service open to families in
// Kent?": about the service itself, so a question we cannot answer from the pages rather than one
// outside what we do (which told a family in scope to go elsewhere).
const ABOUT_THE_SERVICE =
  /\b(you|your service|the service)\b.{0,25}\b(cover|covers|work (in|with)|operate|serve|available (in|to|for)|open to)\b|\b(boroughs?|areas?|councils?|local authorit(y|ies)) (do|does) (you|the service|it)\b|\b(which|what) (boroughs?|areas?|councils?|local authorit(y|ies))\b/i;
const asksAboutTheService = (message: string) => ABOUT_THE_SERVICE.test(message);

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
  const contact = contactIntent(message);
  if (contact) {
    const reply = answerContact(contact, details, reach);
    return { kind: contact.kind, ...reply, passages: [], source: 'offline' };
  }
  const composed = composeFromGuidance(message, ctx.index);
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

/** The answers to the questions of one message, in order, as one reply. */
function combine(answers: Answer[], reach: Reach): Answer {
  const seen = new Set<string>();
  const kinds = new Set(answers.map((a) => a.kind));
  const fromGuidance = kinds.has('answer');
  return {
    kind: kinds.size === 1 ? answers[0]!.kind : 'answer',
    text: [...answers.map((a) => a.text), ...(fromGuidance ? [replies.followUp(reach)] : [])].join(
      '\n\n',
    ),
    citations: answers
      .flatMap((a) => a.citations)
      .filter((c) => !seen.has(c.quote) && !!seen.add(c.quote)),
    answered: true,
    passages: answers.flatMap((a) => a.passages),
    source: 'offline',
  };
}

/**
 * The same answer as events for a streamed reply: the sources first (so they can be shown while
 * the text arrives), then the text in sentence-sized pieces, then the whole answer.
 */
export async function* answer(question: string, ctx: AnswerContext): AsyncIterable<AnswerEvent> {
  yield* answerEvents(await answerOnce(question, ctx));
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
