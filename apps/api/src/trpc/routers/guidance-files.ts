// Files the service publishes for families (its Regulation 32 mediation notice, a leaflet): staff
// list them, editors upload (base64 in the POST body, checked by content in file-upload.ts),
// admins publish, unpublish and delete published ones. Families download them at /files/<slug>
// and the bot links to them.
import {
  createGuidanceFile,
  deleteGuidanceFile,
  getGuidanceFile,
  listGuidanceFiles,
  setGuidanceFilePublished,
  type GuidanceFileSummary,
} from '@sen/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { notFound } from '../../services/service-error';
import { acceptUpload, uploadedFileFields } from '../../services/guidance/upload-input';
import { slugFromTitle } from '../../services/guidance/page-input';
import { cleanText } from '../../lib/text';
import { adminProcedure, roleProcedure, router, staffProcedure, type TrpcContext } from '../init';

const editorProcedure = roleProcedure('caseworker', 'admin');
const id = z.uuid('That is not a valid id.');
const text = (max: number, label: string) =>
  z
    .string()
    .transform(cleanText)
    .pipe(z.string().trim().max(max, `${label} can be at most ${max} characters.`));

const fileView = (f: GuidanceFileSummary, origin: string) => ({
  id: f.id,
  slug: f.slug,
  title: f.title,
  description: f.description,
  fileName: f.fileName,
  contentType: f.contentType,
  size: f.size,
  sha256: f.sha256,
  published: f.published,
  createdAt: f.createdAt,
  createdById: f.createdById,
  /** Where families download it (only while published). */
  url: `${origin}/files/${f.slug}`,
});

const originOf = (ctx: TrpcContext) =>
  (ctx.deps.config.publicUrl ?? ctx.meta.selfOrigin).replace(/\/+$/, '');

const actorOf = (ctx: TrpcContext & { user: { id: string } }) => ({
  now: ctx.clock.now(),
  actorId: ctx.user.id,
  actorKind: 'user' as const,
});

export const guidanceFilesRouter = router({
  /** Every file, newest first, without its bytes. */
  list: staffProcedure.query(async ({ ctx }) =>
    (await listGuidanceFiles(ctx.db)).map((f) => fileView(f, originOf(ctx))),
  ),

  /**
   * Stores a file. Its type is recognised from its bytes (PDF, .docx, PNG, JPEG, at most 5 MB)
   * and must agree with its name. A caseworker's upload waits for an admin to publish it, as
   * guidance drafts do; an admin's is published unless `publish: false`.
   */
  upload: editorProcedure
    .input(
      z.object({
        title: text(200, 'Titles').pipe(z.string().min(1, 'Give the file a title.')),
        description: text(500, 'Descriptions').optional(),
        slug: z
          .string()
          .trim()
          .toLowerCase()
          .regex(
            /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/,
            'The address can use lower-case letters, digits and hyphens (at most 80).',
          )
          .optional(),
        ...uploadedFileFields,
        publish: z.boolean().optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const file = await acceptUpload(ctx, input, {
        action: 'guidance_file.refused',
        entityType: 'guidance_file',
        entityId: null,
      });
      const publish = ctx.user.role === 'admin' ? (input.publish ?? true) : false;
      if (input.publish && ctx.user.role !== 'admin') {
        throw new TRPCError({
          code: 'FORBIDDEN',
          message: 'Only an admin can publish a file; upload it and ask an admin to publish it.',
        });
      }
      const base = input.slug ?? (slugFromTitle(input.title) || 'file');
      const existing = new Set((await listGuidanceFiles(ctx.db)).map((f) => f.slug));
      let slug = base;
      if (!input.slug) {
        for (let n = 2; existing.has(slug) && n < 100; n++) slug = `${base.slice(0, 72)}-${n}`;
      }
      const created = await createGuidanceFile(
        ctx.db,
        {
          slug,
          title: input.title,
          description: input.description || null,
          fileName: file.fileName,
          contentType: file.contentType,
          bytes: file.bytes,
          sha256: file.sha256,
          published: publish,
        },
        actorOf(ctx),
      );
      await ctx.deps.guidance.refresh();
      return fileView(created, originOf(ctx));
    }),

  /** Shows a file to families (download route and the bot's links), or hides it. */
  setPublished: adminProcedure
    .input(z.object({ id, published: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const f = await setGuidanceFilePublished(ctx.db, input.id, input.published, actorOf(ctx));
      await ctx.deps.guidance.refresh();
      return fileView(f, originOf(ctx));
    }),

  /** Removes a file. Caseworkers may remove unpublished uploads; a published file needs an admin. */
  delete: editorProcedure.input(z.object({ id })).mutation(async ({ ctx, input }) => {
    const f = await getGuidanceFile(ctx.db, input.id);
    if (!f) throw notFound('That file');
    if (f.published && ctx.user.role !== 'admin') {
      await ctx.audit({
        action: 'access.denied',
        detail: { path: 'guidance.files.delete', reason: 'published_file', role: ctx.user.role },
      });
      throw new TRPCError({
        code: 'FORBIDDEN',
        message: 'Only an admin can remove a published file.',
      });
    }
    await deleteGuidanceFile(ctx.db, input.id, actorOf(ctx));
    await ctx.deps.guidance.refresh();
    return { ok: true as const };
  }),
});
