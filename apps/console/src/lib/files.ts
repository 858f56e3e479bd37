// Files in and out of the browser: saving what the API sends (CSV exports, PDFs, documents) and
// base64 for files going through tRPC. Kept apart from csv.ts so pages that only download do not
// load the CSV writer.

/** Saves text as a file through a Blob (no data: URL, nothing in the address bar). */
export function downloadText(
  fileName: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  // A byte-order mark so Excel reads UTF-8 names correctly.
  const blob = new Blob([type.startsWith('text/csv') ? '\uFEFF' + text : text], { type });
  downloadBlob(fileName, blob);
}

export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Base64 of bytes, in chunks (a whole file spread into one call overflows the stack). */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Bytes from base64 (how the API sends PDFs and exports through tRPC). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
