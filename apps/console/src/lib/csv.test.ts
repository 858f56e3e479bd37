import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, toCsv } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42.5)).toBe('42.5');
  });

  it('stops text from running as a spreadsheet formula, but leaves numbers alone', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-3)).toBe('-3');
    // A number that came as text is still a number: no apostrophe (it used to become "'-5").
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('+44')).toBe('+44');
    expect(csvCell('-1.5e3')).toBe('-1.5e3');
    expect(csvCell('-5 days')).toBe("'-5 days");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell(new Date('2026-03-05T10:00:00Z'))).toBe('2026-03-05T10:00:00.000Z');
    expect(csvCell(true)).toBe('true');
  });

  it('writes a header and one CRLF line per row', () => {
    const rows = [
      { la: 'Islington', n: 3 },
      { la: 'Camden, North', n: 0 },
    ];
    const csv = toCsv(rows, [
      { header: 'Local authority', value: (r) => r.la },
      { header: 'Cases', value: (r) => r.n },
    ]);
    expect(csv).toBe('Local authority,Cases\r\nIslington,3\r\n"Camden, North",0\r\n');
  });

  it('makes file names without spaces or punctuation', () => {
    expect(csvFileName('Cases by local authority', '2026-01-01', '2026-03-31')).toBe(
      'cases-by-local-authority_2026-01-01_2026-03-31.csv',
    );
  });
});
