import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { z } from 'zod';
import { addMessage, DbInputError } from '@sen/db';
import type { Answer, AnswerEvent, Citation } from '@sen/guidance';
import { errorSummary } from '../logger';
import type { AppDeps } from '../deps';
import { widgetError } from '../http-errors';
import { cleanText } from '../text';
import { RATE_RULES, rateKey } from '../security/rate-limit';
import { loadSettings } from '../service-info';
import {
  authorisedConversation,
  ipOf,
  limited,
  MAX_MESSAGE_CHARS,
  messageRef,
  readBody,
  unauthorised,
} from './shared';

const MessageBody = z.object({ text: z.string().transform(cleanText) });

/** POST /conversations/:id/messages: the visitor's question, answered as SSE or JSON. */
export function messageRoutes(deps: AppDeps) {
  const app = new Hono();
  app.post('/:id/messages', async (c) => {
    const conv = await authorisedConversation(deps, c, c.req.param('id'));
    if (!conv) return unauthorised(deps, c);
    const tooMany =
      (await limited(
        deps,
        c,
        rateKey('w-msg-conv', conv.id),
        RATE_RULES.widgetMessagePerConversation,
      )) ??
      (await limited(deps, c, rateKey('w-msg-ip', ipOf(deps, c)), RATE_RULES.widgetMessagePerIp));
    if (tooMany) return tooMany;
    const body = await readBody(deps, c, MessageBody);
    if (!body.ok) return body.res;
    const text = body.data.text.trim();
    if (!text) return widgetError(deps, c, 400, 'bad_request', 'Please type a question.');
    if ([...text].length > MAX_MESSAGE_CHARS) {
      return widgetError(
        deps,
        c,
        413,
        'too_large',
        `Please keep your message under ${MAX_MESSAGE_CHARS.toLocaleString('en-GB')} characters.`,
      );
    }
    try {
      await addMessage(deps.db, {
        conversationId: conv.id,
        role: 'visitor',
        text,
        now: deps.clock.now(),
      });
    } catch (error) {
      // The conversation was deleted (purged or erased) since its token was checked.
      if (error instanceof DbInputError && error.code === 'not_found') return unauthorised(deps, c);
      throw error;
    }

    const store = async (answer: Answer) => {
      const row = await addMessage(deps.db, {
        conversationId: conv.id,
        role: 'assistant',
        text: answer.text,
        kind: answer.kind,
        answered: answer.answered,
        citations: answer.citations.map(publicCitation),
        now: deps.clock.now(),
      });
      return messageRef(conv.id, row.id);
    };

    if ((c.req.header('accept') ?? '').includes('text/event-stream')) {
      c.header('Cache-Control', 'no-store');
      c.header('X-Accel-Buffering', 'no');
      return streamSSE(c, async (stream) => {
        const abort = new AbortController();
        stream.onAbort(() => abort.abort());
        try {
          for await (const ev of deps.guidance.answer(text, { signal: abort.signal })) {
            if (ev.type === 'sources') {
              await stream.writeSSE({
                event: 'sources',
                data: JSON.stringify({ citations: ev.citations.map(publicCitation) }),
              });
            } else if (ev.type === 'delta') {
              await stream.writeSSE({ event: 'delta', data: JSON.stringify({ text: ev.text }) });
            } else {
              const messageId = await store(ev.answer);
              await stream.writeSSE({
                event: 'done',
                data: JSON.stringify({
                  messageId,
                  kind: ev.answer.kind,
                  answered: ev.answer.answered,
                }),
              });
            }
          }
        } catch (error) {
          deps.logger.error({ err: errorSummary(error) }, 'answer stream failed');
          await stream.writeSSE({
            event: 'error',
            data: JSON.stringify({ message: await sorry(deps) }),
          });
        }
      });
    }

    const answer = await collect(deps.guidance.answer(text, {}));
    const messageId = await store(answer);
    return c.json({
      messageId,
      kind: answer.kind,
      answered: answer.answered,
      text: answer.text,
      citations: answer.citations.map(publicCitation),
    });
  });
  return app;
}

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
  const phone = await loadSettings(deps)
    .then((s) => s.phone)
    .catch(() => null);
  return `Sorry, something went wrong while answering.${phone ? ` Please try again, or call us on ${phone}.` : ' Please try again.'}`;
}
