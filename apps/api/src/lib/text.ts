/**
 * Text as PostgreSQL can store it and a person meant it: control characters (NUL above all,
 * which PostgreSQL refuses in text) removed, line breaks and tabs kept, Unicode normalised.
 */
export function cleanText(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.normalize('NFC').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}
