// Test-only: the text a PDF draws, in reading order, so tests can check what a person would read
// without a PDF renderer. Embedded (Type0) fonts draw glyph numbers, not letters: each font's
// ToUnicode map turns them back into the text, as a PDF reader's copy-and-paste does.
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  type PDFObject,
} from 'pdf-lib';

export async function pdfText(bytes: Uint8Array): Promise<string> {
  const doc = await PDFDocument.load(bytes);
  const out: string[] = [];
  for (const page of doc.getPages()) {
    const fonts = new Map<string, Map<number, string> | null>();
    const fontDict = page.node.Resources()?.lookupMaybe(PDFName.of('Font'), PDFDict);
    for (const [name, ref] of fontDict?.entries() ?? []) {
      const font = doc.context.lookup(ref, PDFDict);
      const toUnicode = font.lookup(PDFName.of('ToUnicode'));
      fonts.set(
        name.asString(),
        toUnicode instanceof PDFRawStream ? parseToUnicode(streamText(toUnicode)) : null,
      );
    }
    const contents = page.node.Contents();
    const streams = contents instanceof PDFArray ? contents.asArray() : contents ? [contents] : [];
    for (const s of streams) {
      const stream = resolve(doc, s);
      if (stream instanceof PDFRawStream) out.push(...drawnText(streamText(stream), fonts));
    }
  }
  return out.join(' ');
}

const resolve = (doc: PDFDocument, o: PDFObject) =>
  o instanceof PDFRef ? doc.context.lookup(o) : o;

function streamText(stream: PDFRawStream): string {
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1');
}

/** `/F1 11 Tf` picks the font; `<hex> Tj` and `(text) Tj` draw with it. */
function drawnText(ops: string, fonts: Map<string, Map<number, string> | null>): string[] {
  const out: string[] = [];
  let map: Map<number, string> | null = null;
  for (const m of ops.matchAll(
    /(\/[^\s/]+)\s+[\d.]+\s+Tf|<([0-9A-Fa-f]*)>\s*Tj|\(((?:\\.|[^\\)])*)\)\s*Tj/g,
  )) {
    if (m[1]) map = fonts.get(m[1]) ?? null;
    else if (m[2] !== undefined) {
      const hex = m[2];
      if (!map) out.push(Buffer.from(hex, 'hex').toString('latin1'));
      else {
        let text = '';
        for (let i = 0; i < hex.length; i += 4)
          text += map.get(parseInt(hex.slice(i, i + 4), 16)) ?? '\ufffd';
        out.push(text);
      }
    } else out.push(m[3]!);
  }
  return out;
}

/** A CMap's bfchar and bfrange entries: glyph code → the text it stands for (UTF-16BE hex). */
function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, to] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      map.set(parseInt(from!, 16), utf16(to!));
    }
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const entry = /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g;
    for (const [, lo, hi, , start, list] of block[1]!.matchAll(entry)) {
      const first = parseInt(lo!, 16);
      const last = parseInt(hi!, 16);
      if (list !== undefined) {
        const targets = [...list.matchAll(/<([0-9A-Fa-f]+)>/g)].map((t) => utf16(t[1]!));
        targets.forEach((t, i) => map.set(first + i, t));
      } else {
        const base = parseInt(start!, 16);
        for (let code = first; code <= last; code++) {
          map.set(code, String.fromCodePoint(base + code - first));
        }
      }
    }
  }
  return map;
}
