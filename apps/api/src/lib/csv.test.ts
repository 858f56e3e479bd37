import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV', () => {
  it('quotes every cell and doubles quotes', () => {
    expect(toCsv(['a', 'b'], [['x,y', 'say "hi"']])).toBe('"a","b"\r\n"x,y","say ""hi"""\r\n');
  });

  it.each(['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1'])(
    'defuses a formula in %j',
    (value) => {
      expect(csvCell(value).startsWith(`"'`)).toBe(true);
    },
  );

  it('writes dates as ISO instants and empty for null', () => {
    expect(csvCell(new Date('2026-01-05T10:00:00Z'))).toBe('"2026-01-05T10:00:00.000Z"');
    expect(csvCell(null)).toBe('""');
  });
});
