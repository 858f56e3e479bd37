import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csv', () => {
  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(-3)).toBe('-3');
  });

  it('defuses formulas in text cells', () => {
    for (const bad of ['=SUM(A1)', '-1+2', '@cmd', '\tx', '+1+1', '-2+3', '\r=1']) {
      expect(csvCell(bad).replace(/^"/, '').startsWith("'")).toBe(true);
    }
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
  });

  it('leaves a signed number alone: "-5" is a number, not a formula', () => {
    expect(csvCell('-5')).toBe('-5');
    expect(csvCell('+1')).toBe('+1');
    expect(csvCell('-3.5')).toBe('-3.5');
  });

  it('joins rows with CRLF and ends with one', () => {
    expect(
      toCsv([
        ['a', 1],
        ['b, c', 2],
      ]),
    ).toBe('a,1\r\n"b, c",2\r\n');
  });

  describe('quoting every cell (the audit log)', () => {
    const all = { quoteEveryCell: true };

    it('quotes every cell and doubles quotes', () => {
      expect(
        toCsv(
          [
            ['a', 'b'],
            ['x,y', 'say "hi"'],
          ],
          all,
        ),
      ).toBe('"a","b"\r\n"x,y","say ""hi"""\r\n');
    });

    it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1'])(
      'defuses a formula in %j',
      (value) => {
        expect(csvCell(value, all).startsWith(`"'`)).toBe(true);
      },
    );

    it('writes dates as ISO instants and empty for null', () => {
      expect(csvCell(new Date('2026-01-05T10:00:00Z'), all)).toBe('"2026-01-05T10:00:00.000Z"');
      expect(csvCell(null, all)).toBe('""');
    });
  });
});
