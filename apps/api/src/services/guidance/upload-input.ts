// The fields every upload procedure accepts (a published file, a document on a case): the file's
// name and its bytes as base64, with messages staff can act on. The bytes themselves are checked
// afterwards by content in file-upload.ts; this only refuses what is empty or far too large
// before it is decoded.
import { z } from 'zod';
import { MAX_FILE_BYTES } from './file-upload';

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
