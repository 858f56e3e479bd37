// Checks a file staff want the service to publish for download (a Regulation 32 mediation notice
// as a PDF, a leaflet) before guidance.files.upload stores it and /files/:slug serves it, and a
// document attached to a case (caseDocuments.upload): the type comes from the bytes, never from
// the name or the browser.
import { createHash } from 'node:crypto';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** What may be published, recognised by content (magic bytes), never by the name alone. */
const TYPES = [
  { contentType: 'application/pdf', ext: ['pdf'], magic: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ext: ['docx'],
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  { contentType: 'image/png', ext: ['png'], magic: [0x89, 0x50, 0x4e, 0x47] },
  { contentType: 'image/jpeg', ext: ['jpg', 'jpeg'], magic: [0xff, 0xd8, 0xff] },
] as const;

export interface CheckedFile {
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  bytes: Buffer;
}

export class FileRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FileRefused';
  }
}

/** A name safe in a Content-Disposition header and on any disk: letters, digits, `._-`. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+/, '')
    .slice(-100);
  return cleaned || 'file';
}

export function checkUpload(input: { fileName: string; base64: string }): CheckedFile {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(input.base64.replace(/\s+/g, ''))) {
    throw new FileRefused('The file did not arrive intact. Please choose it again.');
  }
  // Size from the encoded length first, so a huge upload is refused before it is decoded.
  if (Math.floor((input.base64.length * 3) / 4) > MAX_FILE_BYTES + 3) {
    throw new FileRefused(`Files can be at most ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  }
  const bytes = Buffer.from(input.base64, 'base64');
  if (bytes.length === 0) throw new FileRefused('The file is empty.');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new FileRefused(`Files can be at most ${MAX_FILE_BYTES / 1024 / 1024} MB.`);
  }
  const fileName = safeFileName(input.fileName);
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const type = TYPES.find((t) => t.magic.every((b, i) => bytes[i] === b));
  if (!type)
    throw new FileRefused('Upload a PDF, a Word document (.docx), or a PNG or JPEG image.');
  if (!(type.ext as readonly string[]).includes(ext)) {
    throw new FileRefused(
      `That file is a ${type.ext[0]!.toUpperCase()} but is named ".${ext}"; rename it and try again.`,
    );
  }
  return {
    fileName,
    contentType: type.contentType,
    size: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    bytes,
  };
}
