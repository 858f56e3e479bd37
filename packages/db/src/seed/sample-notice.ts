// The sample service's Regulation 32 mediation notice, published as a PDF file families can
// download (/files/regulation-32-mediation-notice) and the chat links to. Built at seed time from
// sample-regulation-32-notice.txt (written for this project: "# " a title, "## " a heading, other
// lines paragraphs) so the words stay reviewable as text. The text is plain ASCII, so the PDF's
// standard Helvetica can spell all of it.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { PDFFont } from 'pdf-lib';

export const SAMPLE_NOTICE_SLUG = 'regulation-32-mediation-notice';
export const SAMPLE_NOTICE_TITLE = 'Regulation 32 mediation notice (sample)';
/** Also carries the names families use for it, which the chat matches ("the mediation notice"). */
export const SAMPLE_NOTICE_DESCRIPTION =
  'Also called the mediation notice or the reg 32 notice: your right to mediation before an appeal, how to reach our mediation adviser and the time limits.';

export function sampleNoticeText(): string {
  return readFileSync(new URL('./sample-regulation-32-notice.txt', import.meta.url), 'utf8');
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;

function wrap(font: PDFFont, size: number, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (!line || font.widthOfTextAtSize(next, size) <= width) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

export async function sampleNoticePdf(serviceName: string, now: Date) {
  // Loaded only when a new database is seeded: pdf-lib takes ~0.2 s to load, which every later
  // start would otherwise pay.
  const { PDFDocument, rgb, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  doc.setTitle(SAMPLE_NOTICE_TITLE, { showInWindowTitleBar: true });
  doc.setLanguage('en-GB');
  doc.setAuthor(serviceName);
  doc.setCreationDate(now);
  doc.setModificationDate(now);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page = doc.addPage(A4);
  let y = A4[1] - MARGIN;
  const draw = (text: string, size: number, font: PDFFont, after: number) => {
    for (const line of wrap(font, size, text, A4[0] - 2 * MARGIN)) {
      if (y - size * 1.4 < MARGIN) {
        page = doc.addPage(A4);
        y = A4[1] - MARGIN;
      }
      y -= size * 1.4;
      page.drawText(line, { x: MARGIN, y, size, font, color: rgb(0, 0, 0) });
    }
    y -= after;
  };
  draw(serviceName, 12, bold, 4);
  for (const raw of sampleNoticeText().split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('## ')) draw(line.slice(3), 13, bold, 2);
    else if (line.startsWith('# ')) draw(line.slice(2), 18, bold, 6);
    else draw(line, 11, regular, 6);
  }
  const bytes = Buffer.from(await doc.save());
  return {
    slug: SAMPLE_NOTICE_SLUG,
    title: SAMPLE_NOTICE_TITLE,
    description: SAMPLE_NOTICE_DESCRIPTION,
    fileName: `${SAMPLE_NOTICE_SLUG}.pdf`,
    contentType: 'application/pdf',
    bytes,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}
