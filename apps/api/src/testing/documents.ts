// Test-only: the bytes of small files as uploads carry them (base64), and a stored document.
import { addCaseDocument, type Db } from '@sen/db';
import { createHash } from 'node:crypto';
import { SYSTEM } from './cases';

/** A tiny but real-looking PDF: the sniffer reads only its first bytes. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const PDF_BASE64 = PDF_BYTES.toString('base64');

/** An HTML page named as a PDF: must be refused. */
export const DISGUISED_HTML_BASE64 = Buffer.from(
  '<!doctype html><html><body><script>alert(1)</script></body></html>',
).toString('base64');

export function storeDocument(
  t: { db: Db; clock: { now(): Date } },
  caseId: string,
  input: { title?: string; personId?: string | null } = {},
) {
  return addCaseDocument(
    t.db,
    caseId,
    {
      title: input.title ?? 'Decision letter',
      fileName: 'decision-letter.pdf',
      contentType: 'application/pdf',
      bytes: PDF_BYTES,
      sha256: createHash('sha256').update(PDF_BYTES).digest('hex'),
      personId: input.personId ?? null,
    },
    SYSTEM(t.clock.now()),
  );
}
