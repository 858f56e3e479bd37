// Partner sites: the websites allowed to show the chat widget, with their look and greeting.
import { randomBytes } from 'node:crypto';
import { createSite, getSite, listSites, updateSite, type PartnerSite } from '@sen/db';
import { z } from 'zod';
import { checkColour, isHexColour } from '../../services/sites/colour-contrast';
import { dayRange, instantsOf } from '../../lib/date-range';
import { badInput, notFound } from '../../services/service-error';
import { checkOrigins } from '../../services/sites/origins';
import { siteUsage } from '../../services/reports/site-usage';
import { cleanText } from '../../lib/text';
import { adminProcedure, roleProcedure, router, type TrpcContext } from '../init';

const readers = roleProcedure('caseworker', 'admin');

const id = z.uuid('That is not a valid id.');
const key = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'Site key: 2-63 lower-case letters, digits and hyphens.');
const name = z
  .string()
  .transform(cleanText)
  .pipe(
    z
      .string()
      .trim()
      .min(1, 'Enter the site name.')
      .max(120, 'Site names can be at most 120 characters.'),
  );
const greeting = z
  .string()
  .transform(cleanText)
  .pipe(
    z
      .string()
      .trim()
      .min(1, 'Enter a greeting.')
      .max(300, 'Greetings can be at most 300 characters.'),
  );
const colour = z
  .string()
  .trim()
  .toLowerCase()
  .refine(isHexColour, 'Colour must be written #rrggbb, e.g. #1d4e6b.')
  .superRefine((c, ctx) => {
    if (!isHexColour(c)) return;
    const check = checkColour(c);
    if (!check.passes) {
      ctx.addIssue({
        code: 'custom',
        message: `White text on ${c} has a contrast of ${check.ratio}:1; it needs at least 4.5:1. The nearest darker colour that passes is ${check.suggestion}.`,
      });
    }
  });
const origins = z
  .array(z.string().max(300))
  .max(20, 'At most 20 allowed origins per site.')
  .transform((list, ctx) => {
    const { origins: ok, problems } = checkOrigins(list);
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
    return ok;
  });

const siteFields = {
  name,
  allowedOrigins: origins,
  greeting,
  theme: z.object({ colour }),
  enabled: z.boolean(),
};

function publicBase(ctx: TrpcContext): string {
  return (ctx.deps.config.publicUrl ?? ctx.meta.selfOrigin).replace(/\/+$/, '');
}

/** What the site owner pastes into their page. */
export function embedSnippet(base: string, siteKey: string): string {
  return `<script src="${base}/widget/loader.js" data-site="${siteKey}" async></script>`;
}

const view = (ctx: TrpcContext, s: PartnerSite) => ({
  id: s.id,
  key: s.key,
  name: s.name,
  allowedOrigins: s.allowedOrigins,
  greeting: s.greeting,
  theme: { colour: s.theme.colour },
  enabled: s.enabled,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
  embedSnippet: embedSnippet(publicBase(ctx), s.key),
});

const actorOf = (ctx: TrpcContext & { user: { id: string } }) => ({
  now: ctx.clock.now(),
  actorId: ctx.user.id,
  actorKind: 'user' as const,
});

export const sitesRouter = router({
  list: readers.query(async ({ ctx }) => (await listSites(ctx.db)).map((s) => view(ctx, s))),

  get: readers.input(z.object({ id })).query(async ({ ctx, input }) => {
    const site = await getSite(ctx.db, input.id);
    if (!site) throw notFound('That site');
    return view(ctx, site);
  }),

  /** A new site; without a key one is made from the name plus a random suffix. */
  create: adminProcedure
    .input(z.object({ key: key.optional(), ...siteFields, enabled: z.boolean().default(true) }))
    .mutation(async ({ ctx, input }) => {
      const siteKey =
        input.key ??
        `${
          input.name
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-+|-+$/g, '')
            .slice(0, 40) || 'site'
        }-${randomBytes(3).toString('hex')}`;
      const site = await createSite(ctx.db, { ...input, key: siteKey }, actorOf(ctx));
      return view(ctx, site);
    }),

  /** Changes some fields; the key can change too (the old snippet then stops working). */
  update: adminProcedure
    .input(
      z.object({
        id,
        patch: z
          .object({ key, ...siteFields })
          .partial()
          .refine((p) => Object.keys(p).length > 0, 'Nothing to change.'),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const site = await updateSite(ctx.db, input.id, input.patch, actorOf(ctx));
      return view(ctx, site);
    }),

  /** Contrast of white text on a colour, and a darker colour that passes when it does not. */
  checkColour: readers
    .input(
      z.object({
        colour: z
          .string()
          .trim()
          .toLowerCase()
          .refine(isHexColour, 'Colour must be written #rrggbb.'),
      }),
    )
    .query(({ input }) => checkColour(input.colour)),

  /**
   * Conversations started per site in a period (`days` back from today, or `from`/`to` dates),
   * with their messages, unanswered questions and unhelpful ratings.
   */
  usage: readers
    .input(
      z
        .object({
          days: z.number().int().min(1).max(3660).optional(),
          siteId: id.optional(),
          ...dayRange,
        })
        .refine((v) => !(v.days && (v.from || v.to)), 'Give either days or from/to, not both.'),
    )
    .query(async ({ ctx, input }) => {
      let range: { from?: Date; to?: Date };
      try {
        range = input.days
          ? { from: new Date(ctx.clock.now().getTime() - input.days * 86_400_000) }
          : instantsOf(input);
      } catch (error) {
        throw badInput((error as Error).message);
      }
      const { sites, complete } = await siteUsage(ctx.db, {
        ...range,
        ...(input.siteId ? { siteId: input.siteId } : {}),
      });
      return sites.map((s) => ({ ...s, complete }));
    }),
});
