import { Hono } from 'hono';
import { z } from 'zod';
import { CALLBACK_LIMITS, createCallbackRequest, DbInputError, textLength } from '@sen/db';
import type { AppDeps } from '../../system/deps';
import { widgetError } from '../http-errors';
import { cleanText } from '../../lib/text';
import { RATE_RULES, rateKey } from '../../security/rate-limit';
import {
  authorisedConversation,
  forgetConversation,
  ipOf,
  limited,
  readBody,
  unauthorised,
} from './shared';

// Lengths are counted as the database counts them (@sen/db textLength, code points), against
// the same limits, so text accepted here is never refused there.
const text = (max: number, min = 0, empty = '') =>
  z
    .string()
    .transform(cleanText)
    .pipe(
      z
        .string()
        .trim()
        .min(min, empty)
        .refine((s) => textLength(s) <= max, `use at most ${max} characters`),
    );

const Body = z
  .object({
    conversationId: z.string(),
    name: text(CALLBACK_LIMITS.name, 1, 'tell us your name'),
    contactMethod: z.enum(['phone', 'email']),
    phone: text(CALLBACK_LIMITS.phone).optional(),
    email: text(CALLBACK_LIMITS.email).optional(),
    bestTime: text(CALLBACK_LIMITS.bestTime).optional(),
    localAuthority: text(CALLBACK_LIMITS.localAuthority).optional(),
    description: text(CALLBACK_LIMITS.description, 1, 'tell us briefly what it is about'),
    consent: z.literal(true, { error: 'we need your consent to contact you' }),
  })
  .superRefine((b, ctx) => {
    if (b.contactMethod === 'phone' && !/^[+()\d\s-]{7,40}$/.test(b.phone ?? '')) {
      ctx.addIssue({ code: 'custom', path: ['phone'], message: 'give a phone number we can call' });
    }
    if (b.contactMethod === 'email' && !z.email().safeParse(b.email ?? '').success) {
      ctx.addIssue({
        code: 'custom',
        path: ['email'],
        message: 'give an email address we can write to',
      });
    }
  });

/** POST /callbacks: "please call me back", with explicit consent; opens a case. */
export function callbackRoutes(deps: AppDeps) {
  const app = new Hono();
  app.post('/', async (c) => {
    const tooMany = await limited(
      deps,
      c,
      rateKey('w-callback', ipOf(deps, c)),
      RATE_RULES.widgetCallbackPerIp,
      'write',
    );
    if (tooMany) return tooMany;
    const body = await readBody(deps, c, Body);
    if (!body.ok) return body.res;
    const conv = await authorisedConversation(deps, c, body.data.conversationId);
    if (!conv) return unauthorised(deps, c);
    const b = body.data;
    const created = await createCallbackRequest(
      deps.db,
      {
        conversationId: conv.id,
        siteId: conv.siteId,
        name: b.name,
        contactMethod: b.contactMethod,
        phone: b.contactMethod === 'phone' ? (b.phone ?? null) : b.phone || null,
        email: b.contactMethod === 'email' ? (b.email ?? null) : b.email || null,
        bestTime: b.bestTime || null,
        localAuthority: b.localAuthority || null,
        description: b.description,
        consent: true,
      },
      { now: deps.clock.now(), actorKind: 'visitor' },
    ).catch((error: unknown) => {
      if (error instanceof DbInputError) return error;
      throw error;
    });
    if (created instanceof DbInputError) {
      if (created.code === 'not_found') {
        // Deleted since its token was checked (the check is remembered for a minute).
        forgetConversation(conv.id);
        return widgetError(
          deps,
          c,
          401,
          'unauthorized',
          'This chat has ended, so we could not send your request. Please start a new chat to ask for a call back.',
        );
      }
      return widgetError(
        deps,
        c,
        400,
        'bad_request',
        `Please check your details: ${created.message}.`,
      );
    }
    if (!created.reference) {
      return widgetError(deps, c, 500, 'internal', 'We could not save your request.');
    }
    // Queued with the request; this instance sends it now rather than at its next poll.
    deps.notifications?.kick();
    return c.json({ reference: created.reference }, 201);
  });
  return app;
}
