import { Hono } from 'hono';
import { z } from 'zod';
import {
  addExchanges,
  addMessage,
  conversationContext,
  MAX_MESSAGE_LENGTH,
  textLength,
  type ExchangeInput,
} from '@sen/db';
import type { Answer, AnswerEvent, Citation } from '@sen/guidance';
import { createBatcher } from '../../lib/batch';
import { errorSummary } from '../../lib/logger';
import type { AppDeps } from '../../system/deps';
import { widgetError } from '../http-errors';
import { cleanText } from '../../lib/text';
import { languageOf } from '@sen/widget/catalogues';
import { answerAsSse, sseEvent } from './answer-sse';
import { RATE_RULES, rateKey } from '../../security/rate-limit';
import { selfOrigin } from '../../security/request-meta';
import { phoneForFamilies } from '../../services/settings/service-info';
import {
  authorisedConversation,
  ipOf,
  limitedAll,
  MAX_MESSAGE_CHARS,
  messageRef,
  readBody,
  unauthorised,
} from './shared';

const MessageBody = z.object({
  text: z.string().transform(cleanText),
  /**
   * The family's council as the widget knows it (the partner page's setContext, or the council
   * chosen in the callback form): a council's name, not personal data. Ignored when it is not
   * a short name.
   */
  localAuthority: z
    .unknown()
    .optional()
    .transform((v) => {
      // Anything else is ignored rather than refused: the question must not be lost over it.
      const name = typeof v === 'string' ? cleanText(v).trim() : '';
      return name && name.length <= 100 ? name : undefined;
    }),
  /**
   * The widget's chosen language (a catalogue code): @sen/guidance reads a message too short or
   * mixed to tell its own language as written in it. Ignored rather than refused, like
   * localAuthority: a regional tag ('pl-PL') is read as its language, and one the chat does not
   * offer as none (English).
   */
  language: z
    .unknown()
    .optional()
    .transform((v) => (typeof v === 'string' ? languageOf(v)?.code : undefined)),
});

/** POST /conversations/:id/messages: the visitor's question, answered as SSE or JSON. */
export function messageRoutes(deps: AppDeps) {
  const app = new Hono();
  // The exchanges of concurrent requests are written together, one statement per group.
  const storeExchange = createBatcher((items: ExchangeInput[]) => addExchanges(deps.db, items));
  app.post('/:id/messages', async (c) => {
    const conv = await authorisedConversation(deps, c, c.req.param('id'));
    if (!conv) return unauthorised(deps, c);
    // Both limits in one round trip to the shared store; a message is stored, so it is a write.
    const tooMany = await limitedAll(
      deps,
      c,
      [
        { key: rateKey('w-msg-conv', conv.id), rule: RATE_RULES.widgetMessagePerConversation },
        { key: rateKey('w-msg-ip', ipOf(deps, c)), rule: RATE_RULES.widgetMessagePerIp },
      ],
      'write',
    );
    if (tooMany) return tooMany;
    const body = await readBody(deps, c, MessageBody);
    if (!body.ok) return body.res;
    const text = body.data.text.trim();
    if (!text) return widgetError(deps, c, 400, 'bad_request', 'Please type a question.');
    // Counted as the store counts (@sen/db textLength, code points): text refused there would
    // fail the group it is written with, so it is refused here, with a sentence.
    if (textLength(text) > MAX_MESSAGE_LENGTH) {
      return widgetError(
        deps,
        c,
        413,
        'too_large',
        `Please keep your message under ${MAX_MESSAGE_CHARS.toLocaleString('en-GB')} characters.`,
      );
    }
    const askedAt = deps.clock.now();
    // What the conversation has established so far, from the database, so a follow-up is read
    // with it whichever instance answered before.
    const earlier = await conversationContext(deps.db, conv.id);
    const history = earlier.history.map((m) => ({
      role: m.role === 'visitor' ? ('visitor' as const) : ('bot' as const),
      text: m.text,
    }));
    // Links to published files point where the asker reached us.
    const origin = selfOrigin(c, deps.config);

    // The question and its answer are stored together once the answer is known: one statement
    // instead of two transactions. Null when the conversation was deleted (purge, erasure)
    // since its token was checked.
    const store = async (answer: Answer): Promise<string | null> => {
      const row = await storeExchange({
        conversationId: conv.id,
        question: { text, at: askedAt },
        answer: {
          text: answer.text,
          kind: answer.kind,
          answered: answer.answered,
          citations: answer.citations.map(publicCitation),
          at: deps.clock.now(),
          meta: {
            ...(answer.state ? { state: answer.state } : {}),
            ...(answer.quickReplies?.length ? { quickReplies: answer.quickReplies } : {}),
          },
          // Which engine wrote it and, with a model configured, why its answer was not shown
          // in full: a code, never the model's text.
          source: answer.source,
          modelReason: answer.modelOutcome?.reason ?? null,
        },
      });
      return row ? messageRef(conv.id, row.id) : null;
    };

    if ((c.req.header('accept') ?? '').includes('text/event-stream')) {
      const abort = new AbortController();
      const events = deps.guidance.answer(text, {
        signal: abort.signal,
        origin,
        state: earlier.state,
        history,
        ...(body.data.localAuthority ? { localAuthority: body.data.localAuthority } : {}),
        ...(body.data.language ? { language: body.data.language } : {}),
      });
      const toSse = async (ev: AnswerEvent): Promise<string> => {
        if (ev.type === 'sources') {
          return sseEvent('sources', { citations: ev.citations.map(publicCitation) });
        }
        if (ev.type === 'delta') return sseEvent('delta', { text: ev.text });
        const messageId = await store(ev.answer);
        if (messageId === null) throw new ConversationGone();
        return sseEvent('done', {
          messageId,
          kind: ev.answer.kind,
          answered: ev.answer.answered,
          ...(ev.answer.quickReplies?.length ? { quickReplies: ev.answer.quickReplies } : {}),
        });
      };
      const onError = async (error: unknown): Promise<string> => {
        if (error instanceof ConversationGone) return sseEvent('error', { message: GONE_MESSAGE });
        // Keep the question even though it got no answer, so staff can see what was asked.
        await addMessage(deps.db, {
          conversationId: conv.id,
          role: 'visitor',
          text,
          now: askedAt,
        }).catch(() => undefined);
        deps.logger.error({ err: errorSummary(error) }, 'answer stream failed');
        return sseEvent('error', { message: await sorry(deps) });
      };
      return answerAsSse(c, events[Symbol.asyncIterator](), toSse, onError, () => abort.abort());
    }

    const answer = await collect(
      deps.guidance.answer(text, {
        origin,
        state: earlier.state,
        history,
        ...(body.data.localAuthority ? { localAuthority: body.data.localAuthority } : {}),
        ...(body.data.language ? { language: body.data.language } : {}),
      }),
    );
    const messageId = await store(answer);
    if (messageId === null) return unauthorised(deps, c);
    return c.json({
      messageId,
      kind: answer.kind,
      answered: answer.answered,
      text: answer.text,
      citations: answer.citations.map(publicCitation),
      ...(answer.quickReplies?.length ? { quickReplies: answer.quickReplies } : {}),
    });
  });
  return app;
}

class ConversationGone extends Error {}

const GONE_MESSAGE = 'This chat has ended. Please start a new one.';

async function collect(events: AsyncIterable<AnswerEvent>): Promise<Answer> {
  for await (const ev of events) if (ev.type === 'done') return ev.answer;
  throw new Error('answer ended without a result');
}

function publicCitation(c: Citation) {
  return {
    title: c.title,
    quote: c.quote,
    ...(c.url ? { url: c.url } : {}),
    ...(c.asOf ? { asOf: c.asOf } : {}),
  };
}

async function sorry(deps: AppDeps): Promise<string> {
  const phone = await phoneForFamilies(deps);
  return `Sorry, something went wrong while answering.${phone ? ` Please try again, or call us on ${phone}.` : ' Please try again.'}`;
}
