// The mediation certificate as a plain, printable A4 PDF. It says, in plain words: who it is for
// (the parent or young person, and the child), the council whose decision it concerns and that
// decision's date, whether the family took part in mediation, the date issued (and, for a
// reissue, the first certificate it replaces), the appeal deadline worked out by @sen/rules with
// its explanation, the mediation adviser with a signature block, and the service's details. No
// internal code is printed. Built in DejaVu Sans so names keep every letter
// (certificate-fonts.ts); document title and language are set for screen readers. The text is
// left uncompressed-object-stream so it stays inspectable.
import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';
import { formatDate, type DeadlineResult } from '@sen/rules';
import type { CertificateBasis } from './certificate-basis';
import { embedCertificateFonts } from './certificate-fonts';

export interface CertificatePdfInput {
  basis: CertificateBasis;
  reference: string;
  /** The parent or carer, or the young person, the certificate is for. */
  recipient: { name: string | null; role: 'parent_carer' | 'young_person' };
  /** The child or young person the decision is about; null when not recorded. */
  childName: string | null;
  /** The council whose decision the family may appeal, and the date on its decision letter. */
  council: { name: string | null; decisionDate: string | null };
  /** The day mediation took place, was declined or was found impossible to arrange. */
  eventDate: string | null;
  /** The mediation adviser who issued it. */
  adviserName: string | null;
  /** The date of this copy. */
  issuedOn: string;
  /** Set on a reissue: the first certificate's date (which stays the certificate's date). */
  reissue: { firstIssuedOn: string; reason: string } | null;
  appeal: DeadlineResult | null;
  /** R1's explanation when no certificate is needed for the matters recorded. */
  notNeededNote: string | null;
  service: { name: string; phone: string; email: string | null; address?: string | null };
  /** When the file was made (document metadata only). */
  now: Date;
}

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const WIDTH = A4[0] - 2 * MARGIN;

/**
 * Characters the font has no glyph for (Chinese, Arabic, …) would print as empty boxes: a letter
 * with a mark the font lacks loses the mark, anything else becomes '?', so the gap is visible.
 */
function drawable(font: PDFFont, s: string): string {
  const has = glyphsOf(font);
  let out = '';
  for (const ch of s.normalize('NFC')) {
    if (has(ch)) out += ch;
    else {
      const plain = ch.normalize('NFD').replace(/\p{M}/gu, '');
      out += plain && [...plain].every(has) ? plain : '?';
    }
  }
  return out;
}

const glyphSets = new WeakMap<PDFFont, Set<number>>();
function glyphsOf(font: PDFFont): (ch: string) => boolean {
  let set = glyphSets.get(font);
  if (!set) glyphSets.set(font, (set = new Set(font.getCharacterSet())));
  const codes = set;
  return (ch) => /\s/.test(ch) || codes.has(ch.codePointAt(0)!);
}

/** A word wider than the line (a long email address, say) is cut into pieces that fit. */
function breakLong(font: PDFFont, size: number, word: string): string[] {
  if (font.widthOfTextAtSize(word, size) <= WIDTH) return [word];
  const parts: string[] = [];
  let part = '';
  for (const ch of word) {
    if (font.widthOfTextAtSize(part + ch, size) > WIDTH) {
      parts.push(part);
      part = '';
    }
    part += ch;
  }
  return part ? [...parts, part] : parts;
}

function wrap(font: PDFFont, size: number, text: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((w) => breakLong(font, size, w))) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) <= WIDTH || !line) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

class Writer {
  private y = A4[1] - MARGIN;
  private page: PDFPage;
  constructor(
    private readonly doc: PDFDocument,
    private readonly regular: PDFFont,
    private readonly bold: PDFFont,
    private readonly ink: { text: RGB; rule: RGB },
  ) {
    this.page = doc.addPage(A4);
  }

  text(s: string, o: { size?: number; bold?: boolean; after?: number } = {}) {
    const size = o.size ?? 11;
    const font = o.bold ? this.bold : this.regular;
    for (const line of wrap(font, size, drawable(font, s))) {
      if (this.y - size < MARGIN) {
        this.page = this.doc.addPage(A4);
        this.y = A4[1] - MARGIN;
      }
      this.y -= size * 1.35;
      this.page.drawText(line, { x: MARGIN, y: this.y, size, font, color: this.ink.text });
    }
    this.y -= o.after ?? 6;
  }

  field(label: string, value: string) {
    this.text(label, { bold: true, after: 0 });
    this.text(value, { after: 10 });
  }

  rule() {
    this.y -= 4;
    this.page.drawLine({
      start: { x: MARGIN, y: this.y },
      end: { x: A4[0] - MARGIN, y: this.y },
      thickness: 0.75,
      color: this.ink.rule,
    });
    this.y -= 12;
  }
}

const RECIPIENT_ROLE = {
  parent_carer: 'Parent or carer of the child named below',
  young_person: 'Young person (aged 16 to 25) the decision is about',
} as const;

export async function certificatePdf(input: CertificatePdfInput): Promise<Uint8Array> {
  const { basis, service } = input;
  const kind = basis.title.replace(/^Mediation certificate: /, '');
  // Loaded on the first certificate, not at start-up: pdf-lib and fontkit take ~0.3 s to load
  // and most starts never draw a certificate.
  const { PDFDocument, rgb } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  doc.setTitle(`Mediation certificate (${input.reference})`, { showInWindowTitleBar: true });
  doc.setLanguage('en-GB');
  doc.setAuthor(service.name);
  doc.setSubject(`Mediation certificate: ${kind}`);
  doc.setCreator('SEN Mediation Desk');
  doc.setProducer('SEN Mediation Desk');
  doc.setCreationDate(input.now);
  doc.setModificationDate(input.now);
  const { regular, bold } = await embedCertificateFonts(doc);
  const w = new Writer(doc, regular, bold, { text: rgb(0, 0, 0), rule: rgb(0.3, 0.3, 0.3) });
  const notRecorded = 'Not recorded';
  const certificateDate = input.reissue?.firstIssuedOn ?? input.issuedOn;

  w.text(service.name, { size: 12, bold: true, after: 2 });
  w.text('Mediation certificate', { size: 18, bold: true, after: 2 });
  w.text(kind.charAt(0).toUpperCase() + kind.slice(1), { size: 12, after: 8 });
  w.rule();

  w.field('This certificate is for', input.recipient.name ?? notRecorded);
  w.text(RECIPIENT_ROLE[input.recipient.role], { size: 10, after: 10 });
  if (input.recipient.role === 'parent_carer') {
    w.field('The child', input.childName ?? notRecorded);
  } else if (input.childName && input.childName !== input.recipient.name) {
    w.field('The young person the decision is about', input.childName);
  }
  w.field(
    'The council and its decision',
    `${input.council.name ?? 'Council not recorded'}, decision letter dated ${
      input.council.decisionDate ? formatDate(input.council.decisionDate) : 'not recorded'
    }`,
  );
  w.field(
    'Mediation',
    `${basis.mediation}${input.eventDate ? ` (${formatDate(input.eventDate)})` : ''}.`,
  );
  w.text(basis.statement, { after: 10 });
  w.field('Case reference', input.reference);
  w.field('Date of this certificate', formatDate(certificateDate));
  if (input.reissue) {
    w.field(
      'Reissued',
      `This copy was issued on ${formatDate(input.issuedOn)}. It replaces the certificate first issued on ${formatDate(input.reissue.firstIssuedOn)} (reason: ${input.reissue.reason}). The certificate is still dated ${formatDate(input.reissue.firstIssuedOn)}, so the appeal deadline below does not change.`,
    );
  }
  w.field('The law', basis.basis);
  w.rule();

  if (input.appeal) {
    const a = input.appeal;
    w.field(
      'Appeal deadline',
      `An appeal to the First-tier Tribunal (Special Educational Needs and Disability) must arrive by ${a.byFivePm ? '5pm on ' : ''}${a.dateText}.`,
    );
    w.text('How this date was worked out', { bold: true, after: 0 });
    for (const step of a.steps) w.text(step, { after: 2 });
    w.text(`Source: ${a.source}.`, { size: 9, after: 10 });
  } else {
    w.field(
      'Appeal deadline',
      'The date of the council’s decision letter is not recorded, so the appeal deadline could not be worked out here. It is the later of 2 months after the decision letter and 1 month after the date of this certificate. Ask us if you are not sure.',
    );
  }
  if (input.notNeededNote) w.text(input.notNeededNote, { size: 10, after: 10 });
  w.rule();

  w.field('Mediation adviser', input.adviserName ?? notRecorded);
  w.text(`Role: Mediation adviser, ${service.name}`, { after: 14 });
  w.text('Signed: ______________________________', { after: 10 });
  w.text(`Date: ${formatDate(input.issuedOn)}`, { after: 10 });
  w.rule();

  w.text(service.name, { bold: true, size: 10, after: 0 });
  w.text(
    [
      `Phone ${service.phone}`,
      service.email ? `email ${service.email}` : null,
      service.address ? service.address : null,
    ]
      .filter(Boolean)
      .join('. ') + '.',
    { size: 10 },
  );
  w.text(
    'Keep this certificate: the Tribunal asks for it when an appeal is registered. Ask us if anything on it is wrong and we will reissue it.',
    { size: 10 },
  );
  return doc.save({ useObjectStreams: false });
}
