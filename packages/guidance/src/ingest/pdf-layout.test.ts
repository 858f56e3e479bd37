import { describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document';
import { fromPdfLayout, isPdfLayout } from './pdf-layout';

// A leaflet of my own, laid out as `pdftotext -layout` prints a PDF: a running header and
// footer, a paragraph cut by the page break, a word hyphenated at a line end, two columns side
// by side, a boxed note, and a table laid out with spaces whose numbers are set flush right.
const header = 'Harbourside SEND Mediation                           Leaflet 2026/27';
const footer = (n: number) =>
  `HSM-02 (9/26)        01632 960555 · harbourside.example            Page ${n} of 2`;
const leaflet = [
  header,
  '',
  'WHO WE ARE',
  '',
  'Harbourside SEND Mediation is run by a charity and is paid for by the three coun-',
  'cils it covers, so families never pay anything. We will explain your options and',
  '',
  footer(1),
  `\f${header}`,
  '',
  'help you choose between them.',
  '',
  'Talking it through                       Meeting together',
  '',
  'An adviser rings you back within a       A mediator meets you and the council',
  'day and talks through what has hap-      at a venue near your home, usually on',
  'pened, for as long as you need, and      a weekday morning, and writes down',
  'then sends you a summary by email.       what everyone agreed before you go.',
  '',
  '┌──────────────────────────────────────────────┐',
  '│ Keep the letter: the date on it starts the   │',
  '│ two months you have to contact an adviser.   │',
  '└──────────────────────────────────────────────┘',
  '',
  'What was agreed              What the council must do        Time limit',
  'A new assessment             Tell you it will assess            2 weeks',
  'Changes to section F         Send the amended plan              5 weeks',
  '                             or tell you why not               10 weeks',
  '',
  footer(2),
].join('\n');

describe('fromPdfLayout', () => {
  it('is told from ordinary text by form feeds or page numbers at the page ends', () => {
    expect(isPdfLayout(leaflet)).toBe(true);
    expect(isPdfLayout('Call us on 01632 960555.\n\nPage one of our guide.')).toBe(false);
  });

  it('drops the running header and footer, and mends the paragraph the page break cut', () => {
    const text = fromPdfLayout(leaflet);
    expect(text).not.toMatch(/Leaflet 2026|Page \d of 2|HSM-02/);
    expect(text).toMatch(/options and\nhelp you choose/);
  });

  it('reads two columns one after the other, and the boxed note without its box', () => {
    const text = fromPdfLayout(leaflet);
    expect(text).toMatch(/An adviser rings you back within a\nday and talks/);
    expect(text.indexOf('then sends you a summary')).toBeLessThan(text.indexOf('A mediator'));
    expect(text).toMatch(/Keep the letter: the date on it starts the\ntwo months/);
    expect(text).not.toMatch(/[│┌─]/);
  });

  it('reads each table row as "Header: cell" lines, a carried-on line joined to its row', () => {
    const text = fromPdfLayout(leaflet);
    expect(text).toContain(
      'What was agreed: A new assessment\nWhat the council must do: Tell you it will assess\nTime limit: 2 weeks',
    );
    expect(text).toContain(
      'What the council must do: Send the amended plan or tell you why not\nTime limit: 5 weeks; 10 weeks',
    );
  });
});

describe('parseDocument: a PDF leaflet as text', () => {
  const passages = parseDocument({
    id: 'leaflet',
    title: 'Leaflet',
    format: 'text',
    body: leaflet,
  });
  const texts = passages.map((p) => p.text);

  it('joins words hyphenated at a line end when they are words of English', () => {
    expect(texts.join(' ')).toMatch(/three councils it covers/);
    expect(texts.join(' ')).toMatch(/what has happened, for as long/);
  });

  it('heads each column with its own heading, and the table with the heading above it', () => {
    const meeting = passages.find((p) => p.text.startsWith('A mediator meets you'));
    expect(meeting?.headingPath.at(-1)).toBe('Meeting together');
    const row = passages.find((p) => p.text.includes('A new assessment'));
    expect(row?.kind).toBe('lines');
  });
});
