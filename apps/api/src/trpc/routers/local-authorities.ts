// Local authorities and their IASS (information, advice and support service) contact details,
// which the widget and the case pages show. Everyone reads; caseworkers and admins keep the
// IASS details up to date; only admins add authorities or rename them.
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { createLocalAuthority, listLocalAuthorities, updateLocalAuthority } from '@sen/db';
import { actorOf } from '../../services/staff-context';
import { uuid } from '../../services/cases/case-input';
import { invalidateSettings } from '../../services/settings/service-info';
import { cleanText } from '../../lib/text';
import { roleProcedure, router, staffProcedure } from '../init';

const optional = (max: number, message?: string) =>
  z.preprocess(
    (v) => (typeof v === 'string' && !v.trim() ? null : v),
    z
      .string()
      .transform(cleanText)
      .pipe(
        z
          .string()
          .trim()
          .max(max, message ?? `Keep this under ${max} characters.`),
      )
      .nullable()
      .optional(),
  );

const iass = z.object({
  iassName: optional(200),
  iassPhone: z.preprocess(
    (v) => (typeof v === 'string' && !v.trim() ? null : v),
    z
      .string()
      .trim()
      .max(40)
      .regex(/^[+\d][\d\s()-]{5,}$/, 'Enter a phone number using digits, like 0300 123 4567.')
      .nullable()
      .optional(),
  ),
  iassUrl: z.preprocess(
    (v) => (typeof v === 'string' && !v.trim() ? null : v),
    z
      .url({ protocol: /^https?$/, message: 'Enter a web address starting with https://' })
      .max(500)
      .nullable()
      .optional(),
  ),
  iassEmail: z.preprocess(
    (v) => (typeof v === 'string' && !v.trim() ? null : v),
    z.email('Enter an email address like iass@example.org.').max(254).nullable().optional(),
  ),
});

const name = z
  .string()
  .transform(cleanText)
  .pipe(z.string().trim().min(2, 'Enter the local authority name.').max(100));

function defined<T extends object>(o: T) {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]?: Exclude<T[K], undefined>;
  };
}

export const localAuthoritiesRouter = router({
  list: staffProcedure.query(({ ctx }) => listLocalAuthorities(ctx.db)),

  update: roleProcedure('caseworker', 'admin')
    .input(z.object({ id: uuid, patch: iass.extend({ name: name.optional() }) }))
    .mutation(async ({ ctx, input }) => {
      if (input.patch.name !== undefined && ctx.user.role !== 'admin') {
        await ctx.audit({
          action: 'access.denied',
          entityType: 'local_authority',
          entityId: input.id,
          detail: { reason: 'rename', role: ctx.user.role },
        });
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: 'Only an admin can rename a local authority. You can change the IASS details.',
        });
      }
      const updated = await updateLocalAuthority(
        ctx.db,
        input.id,
        defined(input.patch),
        actorOf(ctx),
      );
      // The chat names the authorities it covers: this instance answers with the change at once.
      invalidateSettings(ctx.deps);
      return updated;
    }),

  create: roleProcedure('admin')
    .input(iass.extend({ name }))
    .mutation(async ({ ctx, input }) => {
      const created = await createLocalAuthority(
        ctx.db,
        defined(input) as typeof input,
        actorOf(ctx),
      );
      invalidateSettings(ctx.deps);
      return created;
    }),
});
