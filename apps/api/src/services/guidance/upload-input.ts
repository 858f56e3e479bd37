// What every upload procedure does first (a published file, a document on a case): accept the
// file's name and its bytes as base64, refusing what is empty or far too large before it is
// decoded, then check the bytes by content (file-upload.ts), auditing a refusal.
import { z } from 'zod';
import type { AuditEntry } from '../../security/audit';
import { badInput } from '../service-error';
import type { StaffCtx } from '../staff-context';
import { checkUpload, FileRefused, MAX_FILE_BYTES, type CheckedFile } from './file-upload';

/** Base64 of at most MAX_FILE_BYTES (plus padding and line breaks some encoders add). */
const MAX_BASE64 = Math.ceil(MAX_FILE_BYTES / 3) * 4 + 1024;

/** `fileName` and `base64`, to spread into a procedure's input object. */
export const uploadedFileFields = {
  fileName: z
    .string()
    .trim()
    .min(1, 'The file has no name.')
    .max(200, 'That file name is too long.'),
  base64: z
    .string()
    .min(1, 'The file is empty.')
    .max(MAX_BASE64, `Files can be at most ${MAX_FILE_BYTES / 1024 / 1024} MB.`),
};

/**
 * `checkUpload`, with a refusal audited as `refused` and answered as a 400 with its sentence
 * (also beside the file field when `besideField`, for forms that show it there).
 */
export async function acceptUpload(
  ctx: Pick<StaffCtx, 'audit'>,
  input: { fileName: string; base64: string },
  refused: Omit<AuditEntry, 'actorId' | 'actorKind'>,
  options: { besideField?: boolean } = {},
): Promise<CheckedFile> {
  try {
    return checkUpload({ fileName: input.fileName, base64: input.base64 });
  } catch (error) {
    if (!(error instanceof FileRefused)) throw error;
    await ctx.audit(refused);
    const problems = options.besideField ? [{ path: 'base64', message: error.message }] : [];
    throw badInput(error.message, problems);
  }
}
