import { Hono } from 'hono';
import { z } from 'zod';
import { createCallbackRequest } from '@sen/db';
import type { AppDeps } from '../deps';
import { widgetError } from '../http-errors';
import { cleanText } from '../text';
import { RATE_RULES, rateKey } from '../security/rate-limit';
import { authorisedConversation, ipOf, limited, readBody, unauthorised } from './shared';

const text = (max: number, min = 0, empty = '') =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().trim().min(min, empty).max(max, `use at most ${max} characters`));

const Body = z
  .object({
    conversationId: z.string(),
    name: text(200, 1, 'tell us your name'),
    contactMethod: z.enum(['phone', 'email']),
    phone: text(40).optional(),
    email: text(254).optional(),
    bestTime: text(200).optional(),
    localAuthority: text(200).optional(),
    description: text(2000, 1, 'tell us briefly what it is about'),
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
    );
    if (!created.reference) {
      return widgetError(deps, c, 500, 'internal', 'We could not save your request.');
    }
    return c.json({ reference: created.reference }, 201);
  });
  return app;
}
