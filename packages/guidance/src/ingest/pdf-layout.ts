// Text a PDF leaflet becomes when a service runs it through `pdftotext -layout` (or copies it
// out of a viewer that keeps the layout): pages split by form feeds, the same header and footer
// on every page, a paragraph broken by a page break, a boxed note drawn with line characters, a
// stretch set in two columns side by side, and tables laid out with spaces. This turns it into
// plain text as the rest of the text parser reads it: one column at a time, one paragraph per
// block, and each table row as "Header: cell" lines, as an HTML table's rows are read.

/** "Page 2 of 4", "page 3", "- 2 -", "2 / 4": a page's number on a line of its own or at its end. */
const PAGE_NUMBER =
  /(?:^|\s{2,})(?:page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*\/\s*\d+)\s*$|\s{3,}\d{1,3}\s*$/i;
const ONLY_NUMBER = /^\s*\d{1,3}\s*$/;
/** Characters that draw a box round a note (U+2500 to U+257F) and the ASCII ones some tools use. */
const BOX_LINE = /^[\s\u2500-\u257f+=_-]*$/;
const BOX_EDGE = /^\s*[\u2502\u2503\u2551|]\s?|\s*[\u2502\u2503\u2551|]\s*$/g;
/** Where one column of text ends and the next starts: at least three spaces. */
const GUTTER = / {3,}/g;

/** Whether the text looks like a PDF laid out as text: form feeds, or page numbers at page ends. */
export function isPdfLayout(body: string): boolean {
  if (/\f/.test(body)) return true;
  return body.split('\n').filter((l) => /\bpage\s+\d+\s+of\s+\d+\s*$/i.test(l)).length >= 2;
}

/** The leaflet as plain text: headers, footers and boxes gone, columns and tables unpicked. */
export function fromPdfLayout(body: string): string {
  const pages = body
    .replace(/\r\n?/g, '\n')
    // A bullet set in the Symbol font comes out as a private-use character; gaps after bullets
    // are not gutters between columns.
    .replace(/^([ \t]*)[\uf0b7\uf0a7\u2022\u25aa\u25cf][ \t]+/gm, '$1\u2022 ')
    .split('\f')
    .map((p) => p.split('\n'));
  const running = runningLines(pages);
  const kept = pages.map((lines) => {
    const edges = edgesOf(lines);
    return trimBlank(
      lines
        .filter((l, i) =>
          pages.length > 1
            ? !edges.has(i) || !(running.has(shape(l)) || isPageNumber(l))
            : !(running.has(shape(l)) || ONLY_NUMBER.test(l)),
        )
        .filter((l) => !(BOX_LINE.test(l) && /[\u2500-\u257f]{3,}|[-=_+]{8,}/.test(l)))
        .map((l) => (/^\s*[\u2502\u2503\u2551]/.test(l) ? l.replace(BOX_EDGE, '') : l)),
    );
  });
  // A paragraph a page break cut in two goes on: no full stop before the break, lower case
  // after. A table goes on too: its rows are read across the break.
  const all: string[] = [];
  for (const lines of kept) {
    if (!lines.length) continue;
    const before = all.findLast((l) => l.trim()) ?? '';
    const carriesOn = !/[.!?:;"”’)]\s*$/.test(before) && /^\s*[a-z]/.test(lines[0]!);
    if (all.length && !carriesOn) all.push('');
    all.push(...lines);
  }
  return unpick(all).join('\n');
}

/** Where a header or footer can be: the first and last lines with words on a page. */
function edgesOf(lines: string[]): Set<number> {
  const first = lines.findIndex((l) => l.trim());
  let last = lines.length - 1;
  while (last >= 0 && !lines[last]!.trim()) last--;
  return new Set([first, last].filter((i) => i >= 0));
}

/** A line as repeated on every page, its numbers aside ("Page 1 of 4" is "Page # of #"). */
const shape = (line: string) => line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ');
const isPageNumber = (line: string) => PAGE_NUMBER.test(line) || ONLY_NUMBER.test(line);

/**
 * The lines that start or end at least two pages and most of them: a running header or footer.
 * Without form feeds (a copy that lost them), the lines with a page number that recur.
 */
function runningLines(pages: string[][]): Set<string> {
  const count = new Map<string, number>();
  if (pages.length === 1) {
    for (const line of pages[0]!)
      if (isPageNumber(line)) count.set(shape(line), (count.get(shape(line)) ?? 0) + 1);
    return new Set([...count].filter(([, n]) => n >= 2).map(([line]) => line));
  }
  for (const lines of pages) {
    const edges = new Set([...edgesOf(lines)].map((i) => shape(lines[i]!)));
    for (const e of edges) if (e) count.set(e, (count.get(e) ?? 0) + 1);
  }
  const withText = pages.filter((p) => p.some((l) => l.trim())).length;
  return new Set([...count].filter(([, n]) => n >= 2 && n * 2 >= withText).map(([line]) => line));
}

function trimBlank(lines: string[]): string[] {
  let a = 0;
  let b = lines.length;
  while (a < b && !lines[a]!.trim()) a++;
  while (b > a && !lines[b - 1]!.trim()) b--;
  return lines.slice(a, b);
}

/** Where a line's text starts after each gutter (its second, third … column). */
function columnStarts(line: string): number[] {
  const out: number[] = [];
  for (const m of line.trimEnd().matchAll(GUTTER))
    if (m.index! > 0 && line.slice(0, m.index).trim()) out.push(m.index! + m[0].length);
  return out;
}

/** A page's lines with its two-column stretches read column by column and its tables as rows. */
function unpick(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length;) {
    // Prose in two columns first: its first line ("Mediation" over one column, "Disagreement
    // resolution" over the other) would read as a table's header too.
    const found = columnsAt(lines, i) ?? tableAt(lines, i);
    if (found) {
      out.push(...found.text);
      i = found.end;
      continue;
    }
    out.push(lines[i]!.trim() ? lines[i]!.replace(/\s{2,}/g, ' ').trimEnd() : '');
    i++;
  }
  return out;
}

const wordsIn = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/**
 * Two columns of prose side by side from line `start`: each line's second column starts at one
 * place (give or take two characters); a line may hold only one of them. Both must read as
 * prose (four words a line or more on average), else it is a table or a list of details.
 */
function columnsAt(lines: string[], start: number): { text: string[]; end: number } | undefined {
  const first = columnStarts(lines[start]!);
  if (first.length !== 1) return undefined;
  const at = first[0]!;
  const near = (c: number) => Math.abs(c - at) <= 2;
  const rows: { left: string; right: string }[] = [];
  let end = start;
  let blanks = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) {
      if (++blanks > 1) break;
      rows.push({ left: '', right: '' });
      end = i + 1;
      continue;
    }
    blanks = 0;
    const starts = columnStarts(line);
    const indent = line.length - line.trimStart().length;
    if (starts.length === 1 && near(starts[0]!))
      rows.push({ left: line.slice(0, starts[0]).trim(), right: line.slice(starts[0]).trim() });
    else if (!starts.length && indent >= at - 2) rows.push({ left: '', right: line.trim() });
    else if (!starts.length && line.trimEnd().length < at - 2)
      rows.push({ left: line.trim(), right: '' });
    else break;
    end = i + 1;
  }
  // The stretch ends with the paragraphs its last line of both columns is in: a short line
  // after a blank one ("WHICH DECISIONS CAN GO TO THE TRIBUNAL?") is the page going on.
  let last = rows.findLastIndex((r) => r.left && r.right);
  while (rows[last + 1] && (rows[last + 1]!.left || rows[last + 1]!.right)) last++;
  rows.splice(last + 1);
  end = start + rows.length;
  const both = rows.filter((r) => r.left && r.right);
  if (both.length < 3) return undefined;
  // Prose wraps: most of a column's lines carry on the sentence above in lower case. A table's
  // rows ("Taxi    The fare") each start afresh.
  const lefts = rows.map((r) => r.left);
  const wrapped = lefts.filter((l, i) => i > 0 && lefts[i - 1] && /^[a-z]/.test(l)).length;
  const pairs = lefts.filter((l, i) => i > 0 && lefts[i - 1] && l).length;
  if (wrapped * 5 < pairs * 2) return undefined;
  const average = (side: 'left' | 'right') =>
    both.reduce((n, r) => n + wordsIn(r[side]), 0) / both.length;
  if (average('left') < 4 || average('right') < 4) return undefined;
  const left = rows.map((r) => r.left);
  const right = rows.map((r) => r.right);
  return { text: [...left, '', ...right, ''], end };
}

/**
 * A table laid out with spaces from line `start`: a header row of three or more columns (or two
 * of short labels), then rows whose cells start under the header's columns, a blank line
 * between rows allowed; a line with text only under a later column carries that cell on.
 */
function tableAt(lines: string[], start: number): { text: string[]; end: number } | undefined {
  const header = lines[start]!;
  const starts = columnStarts(header);
  if (!starts.length || (starts.length < 2 && wordsIn(header) > 6)) return undefined;
  const bounds = [0, ...starts];
  // The column a piece of text starting at `c` is in: numbers are often set flush right, so a
  // cell may start anywhere from two before its column's start to two before the next one's.
  const columnOf = (c: number) => bounds.findLastIndex((b) => c >= b - 2);
  // A row's cells: after three spaces, or two where the cell starts right under its column.
  const rowStarts = (line: string) => [
    ...columnStarts(line),
    ...[...line.trimEnd().matchAll(/(?<=\S) {2}(?=\S)/g)]
      .map((m) => m.index! + 2)
      .filter((c) => starts.some((b) => Math.abs(c - b) <= 2)),
  ];
  const cellsOf = (line: string) => {
    const cells = bounds.map(() => '');
    const at = [line.length - line.trimStart().length, ...rowStarts(line)].sort((a, b) => a - b);
    at.forEach((c, i) => {
      const text = line.slice(c, at[i + 1]).trim();
      const k = columnOf(c);
      if (text) cells[k] = cells[k] ? `${cells[k]} ${text}` : text;
    });
    return cells;
  };
  const fits = (line: string) => {
    const own = rowStarts(line).map(columnOf);
    return own.length >= 1 && own.length <= starts.length && new Set(own).size === own.length;
  };
  const rows: string[][] = [];
  let end = start + 1;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) {
      if (lines[i + 1]?.trim() && (fits(lines[i + 1]!) || carriesOn(lines[i + 1]!, starts)))
        continue;
      break;
    }
    const cells = fits(line) || carriesOn(line, starts) ? cellsOf(line) : undefined;
    if (!cells) break;
    // A line with nothing under the first column carries the row above on ("or issue the final
    // plan", "10 weeks" under "2 weeks").
    if (cells[0] || !rows.length) rows.push(cells);
    else {
      const row = rows.at(-1)!;
      cells.forEach((c, k) => {
        if (!c) return;
        const was = row[k]!;
        row[k] = !was
          ? c
          : was.endsWith('-')
            ? `${was.slice(0, -1)}${c}`
            : /^[a-z]/.test(c)
              ? `${was} ${c}`
              : `${was}; ${c}`;
      });
    }
    end = i + 1;
  }
  if (rows.length < 2) return undefined;
  const heads = cellsOf(header);
  const text: string[] = [];
  for (const row of rows) {
    text.push(...row.map((c, k) => (heads[k] ? `${heads[k]}: ${c}` : c)).filter((l) => l), '');
  }
  return { text, end };
}

/** A line with text only under a later column: the cell above it goes on. */
function carriesOn(line: string, starts: number[]): boolean {
  const indent = line.length - line.trimStart().length;
  return columnStarts(line).length === 0 && starts.some((s) => Math.abs(indent - s) <= 2);
}
