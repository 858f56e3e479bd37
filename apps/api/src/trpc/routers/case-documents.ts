// Documents on a case (a decision letter, an EHC plan, a signed agreement): list, upload,
// download and delete. Who may do which follows the case (cases/case-access.ts): anyone who may
// read the case may list and download its documents; anyone who may change it may upload and
// delete. The type is recognised from the bytes exactly as for published files
// (guidance-admin/file-upload.ts), and bytes travel as base64 in POST bodies and answers, so no
// name or file ever sits in a URL. Reads are audited here; changes by @sen/db with the change.
import {
  addCaseDocument,
  deleteCaseDocument,
  getCaseDocument,
  listCaseDocuments,
  MAX_DOCUMENT_TITLE,
} from '@sen/db';
import { TRPCError } from '@trpc/server';
import { z } from 'zod';
import { auditRead, changeableCase, readableCase } from '../../services/cases/case-access';
import { actorOf } from '../../services/staff-context';
import { uuid } from '../../services/cases/case-input';
import { acceptUpload, uploadedFileFields } from '../../services/guidance/upload-input';
import { cleanText } from '../../lib/text';
import { roleProcedure, router, staffProcedure } from '../init';

const CHANGERS = ['caseworker', 'mediator', 'admin'] as const;

const byDocument = z.object({ caseId: uuid, id: uuid });

export const caseDocumentsRouter = router({
  /** The case's documents without their bytes. */
  list: staffProcedure.input(z.object({ caseId: uuid })).query(async ({ ctx, input }) => {
    const row = await readableCase(ctx, input.caseId);
    await auditRead(ctx, row.id, 'case.documents_read');
    return listCaseDocuments(ctx.db, row.id);
  }),

  /**
   * Attaches a file: a PDF, a Word document (.docx), or a PNG or JPEG image of at most 5 MB,
   * recognised from its bytes, whose name must agree with what it is. Anything else (an HTML
   * page renamed .pdf, a script) is refused with a sentence and the refusal is audited.
   */
  upload: roleProcedure(...CHANGERS)
    .input(
      z.object({
        caseId: uuid,
        title: z
          .string()
          .transform(cleanText)
          .pipe(
            z
              .string()
              .trim()
              .min(1, 'Give the document a title.')
              .max(MAX_DOCUMENT_TITLE, `Titles can be at most ${MAX_DOCUMENT_TITLE} characters.`),
          ),
        /** The person on the case the document is about (erased with them), if one. */
        personId: uuid.nullable().optional(),
        ...uploadedFileFields,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const row = await changeableCase(ctx, input.caseId);
      const file = await acceptUpload(
        ctx,
        input,
        { action: 'document.refused', entityType: 'case', entityId: row.id },
        { besideField: true },
      );
      return addCaseDocument(
        ctx.db,
        row.id,
        {
          title: input.title,
          fileName: file.fileName,
          contentType: file.contentType,
          bytes: file.bytes,
          sha256: file.sha256,
          personId: input.personId ?? null,
        },
        actorOf(ctx),
      );
    }),

  /** One document's bytes as base64, with its stored (sniffed) type and safe file name. */
  download: staffProcedure.input(byDocument).query(async ({ ctx, input }) => {
    const row = await readableCase(ctx, input.caseId);
    const doc = await getCaseDocument(ctx.db, row.id, input.id);
    if (!doc) {
      throw new TRPCError({ code: 'NOT_FOUND', message: 'That document is not on this case.' });
    }
    await ctx.audit({
      action: 'document.download',
      entityType: 'case_document',
      entityId: doc.id,
      detail: { caseId: row.id },
    });
    return {
      fileName: doc.fileName,
      contentType: doc.contentType,
      size: doc.size,
      base64: doc.bytes.toString('base64'),
    };
  }),

  delete: roleProcedure(...CHANGERS)
    .input(byDocument)
    .mutation(async ({ ctx, input }) => {
      const row = await changeableCase(ctx, input.caseId);
      await deleteCaseDocument(ctx.db, row.id, input.id, actorOf(ctx));
      return { ok: true as const };
    }),
});
