// The certificate's typeface: DejaVu Sans, embedded (as a subset of the glyphs used), because a
// certificate must spell the family's names as they do. pdf-lib's built-in Helvetica has only
// the WinAnsi characters, so "Łucja Wiśniewska", "Şükrü", "Ioana Ștefănescu" or "Ольга" lost
// their letters. DejaVu covers Latin, Greek and Cyrillic in full.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PDFDocument, PDFFont } from 'pdf-lib';

const require = createRequire(import.meta.url);

let files: Promise<{ regular: Uint8Array; bold: Uint8Array }> | undefined;

/** The font files, read once per process (about 1.4 MB), on the first certificate. */
function fontFiles() {
  return (files ??= (async () => {
    const read = (name: string) => readFile(require.resolve(`dejavu-fonts-ttf/ttf/${name}`));
    const [regular, bold] = await Promise.all([
      read('DejaVuSans.ttf'),
      read('DejaVuSans-Bold.ttf'),
    ]);
    return { regular, bold };
  })().catch((error: unknown) => {
    files = undefined; // a failed read is tried again next time
    throw error;
  }));
}

export async function embedCertificateFonts(
  doc: PDFDocument,
): Promise<{ regular: PDFFont; bold: PDFFont }> {
  // A parsed font is not shared between documents: pdf-lib keeps per-document state on it (a
  // shared one lost letters from the second certificate's text layer). Parsing costs ~0.1 s.
  // Loaded here, with pdf-lib, on the first certificate rather than at start-up.
  const { default: fontkit } = await import('@pdf-lib/fontkit');
  doc.registerFontkit(fontkit);
  const { regular, bold } = await fontFiles();
  const [r, b] = await Promise.all([
    doc.embedFont(regular, { subset: true }),
    doc.embedFont(bold, { subset: true }),
  ]);
  return { regular: r, bold: b };
}
