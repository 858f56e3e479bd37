import { Hono } from 'hono';
import { z } from 'zod';
import { createConversation, listLocalAuthorities } from '@sen/db';
import type { AppDeps } from '../../system/deps';
import { widgetError } from '../http-errors';
import { cleanText } from '../../lib/text';
import { RATE_RULES, rateKey } from '../../security/rate-limit';
import { requestMeta, requestOrigin } from '../../security/request-meta';
import { hashToken, newToken } from '../../security/tokens';
import { loadServiceInfo } from '../../services/settings/service-info';
import { findSite, siteAllows } from '../../services/sites/sites';
import { ipOf, limited, readBody } from './shared';

const StartBody = z.object({
  siteKey: z.string().regex(/^[\w-]{1,100}$/, 'not a site key'),
  hostOrigin: z.string().max(300).transform(cleanText),
  /** The host page's own label for itself (`setContext({ page })`), shown to staff. */
  page: z
    .string()
    .max(200)
    .transform((s) => cleanText(s).trim() || null)
    .optional(),
});

/** POST /conversations: a new chat for a partner site, checked against its allowlist. */
export function conversationRoutes(deps: AppDeps) {
  const app = new Hono();
  app.post('/', async (c) => {
    const tooMany = await limited(
      deps,
      c,
      rateKey('w-start', ipOf(deps, c)),
      RATE_RULES.widgetStartPerIp,
      'write',
    );
    if (tooMany) return tooMany;
    const body = await readBody(deps, c, StartBody);
    if (!body.ok) return body.res;
    const { siteKey, hostOrigin, page } = body.data;
    const site = await findSite(deps, siteKey);
    const origin = requestOrigin(c);
    const self = requestMeta(c, deps.config).selfOrigin;
    // The frame calls from our own origin; a direct call from the host page is allowed too.
    const callerOk =
      origin !== null && (origin === self || (site !== null && siteAllows(site, origin)));
    if (!site || !site.enabled || !siteAllows(site, hostOrigin) || !callerOk) {
      return widgetError(deps, c, 403, 'forbidden', 'The chat is not available on this website.');
    }
    const token = newToken();
    const now = deps.clock.now();
    const [conv, service, authorities] = await Promise.all([
      createConversation(deps.db, {
        siteId: site.id,
        tokenHash: hashToken(token),
        hostOrigin,
        hostPage: page ?? null,
        now,
      }),
      loadServiceInfo(deps),
      listLocalAuthorities(deps.db),
    ]);
    return c.json(
      {
        conversationId: conv.id,
        token,
        // With a model configured the chat says what it receives (redacted question, guidance).
        service: deps.config.modelAssisted ? { ...service, modelAssisted: true } : service,
        site: { greeting: site.greeting, colour: site.theme.colour },
        localAuthorities: authorities.map((a) => a.name),
        // Each council's IASS as staff entered it (only those with details), so the route
        // finder's result can show the family's own independent advice service.
        localAdvice: authorities
          .filter((a) => a.iassPhone || a.iassUrl || a.iassEmail)
          .map((a) => ({
            council: a.name,
            name: a.iassName ?? `${a.name} SENDIASS`,
            ...(a.iassPhone ? { phone: a.iassPhone } : {}),
            ...(a.iassUrl ? { url: a.iassUrl } : {}),
            ...(a.iassEmail ? { email: a.iassEmail } : {}),
          })),
      },
      201,
    );
  });
  return app;
}
