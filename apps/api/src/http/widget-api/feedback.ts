import { Hono } from 'hono';
import { z } from 'zod';
import { DbInputError, recordFeedback } from '@sen/db';
import type { AppDeps } from '../../system/deps';
import { widgetError } from '../http-errors';
import { cleanText } from '../../lib/text';
import { authorisedConversation, parseMessageRef, readBody, unauthorised } from './shared';

const Body = z.object({
  rating: z.enum(['up', 'down']),
  comment: z.string().transform(cleanText).pipe(z.string().trim().max(1000)).optional(),
});

/** POST /messages/:id/feedback: thumbs up or down on one answer. */
export function feedbackRoutes(deps: AppDeps) {
  const app = new Hono();
  app.post('/:id/feedback', async (c) => {
    const body = await readBody(deps, c, Body);
    if (!body.ok) return body.res;
    // The id the messages route returned names the conversation; its token must match.
    const ref = parseMessageRef(c.req.param('id'));
    const notFound = () => widgetError(deps, c, 404, 'not_found', 'We could not find that answer.');
    if (!ref) return notFound();
    const conv = await authorisedConversation(deps, c, ref.conversationId);
    if (!conv) return unauthorised(deps, c);
    try {
      await recordFeedback(deps.db, {
        conversationId: conv.id,
        messageId: ref.messageId,
        rating: body.data.rating,
        comment: body.data.comment || null,
        now: deps.clock.now(),
      });
    } catch (error) {
      // Someone else's message and a missing one look the same.
      if (error instanceof DbInputError && error.code === 'not_found') return notFound();
      throw error;
    }
    return c.json({ ok: true });
  });
  return app;
}
