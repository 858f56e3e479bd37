// Test-only: the text a PDF shows, read back with unpdf (Mozilla's PDF.js, as a PDF reader's
// copy-and-paste does: embedded fonts are mapped back to letters through their ToUnicode maps),
// so tests check what a person would read.
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfText(bytes: Uint8Array): Promise<string> {
  // PDF.js takes ownership of the buffer it is given: hand it a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}
