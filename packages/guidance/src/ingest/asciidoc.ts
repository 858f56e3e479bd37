// AsciiDoc (a documentation site's source, Antora or Asciidoctor: `= Title`, `== Section`,
// `|===` tables, `NOTE:` admonitions, `Term:: definition`, `footnote:[…]`) read as the Markdown
// it would render to, so the Markdown parser builds its blocks. Pages published that way come
// as .adoc files, or as text a member of staff pasted.

/** Marks only AsciiDoc writes; three different ones make a page AsciiDoc rather than prose. */
const SIGNS: RegExp[] = [
  /^={1,6} \S/m, // a document or section title
  /^\|===\s*$/m, // a table
  /^\[(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION|qanda|glossary|cols=[^\]]*|options=[^\]]*|source[^\]]*|quote[^\]]*|\[[\w-]+\]|#[\w-]+)\]\s*$/m,
  /^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION): \S/m, // an admonition paragraph
  /^:[\w-]+:(?: .*)?$/m, // an attribute entry
  /\bfootnote:\[/, // an inline footnote
  /\b(?:xref|link):[^\s[]*\[/, // a cross-reference or link macro
  /^\S[^\n]*?:{2,4}(?: \S.*)?$/m, // a description list's term
];

export function isAsciiDoc(body: string): boolean {
  const head = body.slice(0, 20000);
  // A section title or a table is the least a page needs; Markdown has neither in this form.
  if (!/^={1,6} \S/m.test(head) && !/^\|===\s*$/m.test(head)) return false;
  return SIGNS.filter((sign) => sign.test(head)).length >= 3;
}

const ADMONITION = /^(NOTE|TIP|IMPORTANT|WARNING|CAUTION): /;
/** Delimiters of blocks whose lines are read as they are (example, sidebar, open, quote, listing). */
const DELIMITER = /^(?:={4,}|\*{4,}|-{4,}|\.{4,}|_{4,}|--)\s*$/;
const TERM = /^(\S.*?)(?::{2,4}|;;)(?:\s+(.*))?$/;

export function asciidocToMarkdown(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const attributes = new Map<string, string>();
  const out: string[] = [];
  const footnotes: string[] = [];
  let i = 0;
  // The header: the title, then its author and revision lines, then attribute entries.
  while (i < lines.length && !lines[i]!.trim()) i++;
  if (/^= \S/.test(lines[i] ?? '')) {
    out.push(`# ${inline(lines[i]!.slice(2), attributes, footnotes)}`, '');
    i++;
    while (i < lines.length && lines[i]!.trim() && !/^:[\w-]+:/.test(lines[i]!)) i++;
  }
  let qanda = false;
  let pendingColumns = 0;
  let pendingHeader = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const attribute = /^:([\w-]+):\s*(.*)$/.exec(line);
    if (attribute) {
      attributes.set(attribute[1]!, attribute[2]!);
      continue;
    }
    if (/^\/\/\/\/\s*$/.test(line)) {
      // A comment block: skip to its closing delimiter.
      for (i++; i < lines.length && !/^\/\/\/\/\s*$/.test(lines[i]!); i++);
      continue;
    }
    if (/^\/\//.test(line) || /^(?:include|toc|image)::/.test(line) || /^<<<\s*$/.test(line))
      continue;
    const blockAttributes = /^\[(.*)\]\s*$/.exec(line);
    if (blockAttributes && !/^\[\[?[^\]]*\]\]?\(/.test(line)) {
      const spec = blockAttributes[1]!;
      if (/^qanda\b/.test(spec)) qanda = true;
      const cols = /cols="?([^",\]]+(?:,[^",\]]+)*)"?/.exec(spec);
      if (cols) pendingColumns = cols[1]!.split(',').length;
      if (/options="?[^"\]]*header/.test(spec) || /%header/.test(spec)) pendingHeader = true;
      continue;
    }
    if (/^\|===\s*$/.test(line)) {
      const rows: string[] = [];
      for (i++; i < lines.length && !/^\|===\s*$/.test(lines[i]!); i++) rows.push(lines[i]!);
      // A first line of cells with a blank line under it is the header, unless said otherwise.
      const header = pendingHeader || (!!rows[0]?.startsWith('|') && !rows[1]?.trim());
      out.push(...table(rows, pendingColumns, header, attributes, footnotes), '');
      pendingColumns = 0;
      pendingHeader = false;
      continue;
    }
    if (DELIMITER.test(line) || /^'{3,}\s*$/.test(line)) {
      out.push('');
      continue;
    }
    const section = /^(={2,6}) (\S.*)$/.exec(line);
    if (section) {
      qanda = false;
      out.push(
        '',
        `${'#'.repeat(section[1]!.length)} ${inline(section[2]!, attributes, footnotes)}`,
        '',
      );
      continue;
    }
    // ".Title" above a block: a heading of its own in the page's reading order.
    const blockTitle = /^\.([^.\s].*)$/.exec(line);
    if (blockTitle) {
      out.push('', `**${inline(blockTitle[1]!, attributes, footnotes)}**`, '');
      continue;
    }
    const item = /^\s*(\*{1,5}|-|\.{1,5})\s+(\S.*)$/.exec(line);
    if (item) {
      const depth = item[1] === '-' ? 0 : item[1]!.length - 1;
      const marker = item[1]!.startsWith('.') ? '1.' : '-';
      out.push(`${'  '.repeat(depth)}${marker} ${inline(item[2]!, attributes, footnotes)}`);
      continue;
    }
    const term = TERM.exec(line);
    if (term && !/^https?:/.test(line) && !ADMONITION.test(line)) {
      // "Question?::" then its answer: an FAQ; "Term:: definition": a glossary line.
      const name = inline(term[1]!, attributes, footnotes);
      let definition = term[2] ?? '';
      while (
        !definition &&
        i + 1 < lines.length &&
        lines[i + 1]!.trim() &&
        !TERM.test(lines[i + 1]!)
      )
        definition = lines[++i]!.trim();
      if (qanda || /\?$/.test(name)) {
        out.push('', `### ${name}`, '', inline(definition, attributes, footnotes));
      } else out.push('', `${name}: ${inline(definition, attributes, footnotes)}`, '');
      continue;
    }
    const admonition = ADMONITION.exec(line);
    const text = admonition ? line.slice(admonition[0].length) : line;
    // A hard line break (" +") joins the next line to this one.
    out.push(inline(text.replace(/\s\+$/, ''), attributes, footnotes));
    if (!line.trim()) flushFootnotes(out, footnotes);
  }
  flushFootnotes(out, footnotes);
  return out.join('\n');
}

/** The footnotes met so far, as paragraphs after the paragraph that cites them. */
function flushFootnotes(out: string[], footnotes: string[]): void {
  if (!footnotes.length) return;
  out.push('', ...footnotes.flatMap((f) => [f, '']));
  footnotes.length = 0;
}

function table(
  rows: string[],
  columns: number,
  header: boolean,
  attributes: Map<string, string>,
  footnotes: string[],
): string[] {
  // Cells start with "|" (or "a|", "2+|" …); a row may sit on one line or one cell a line.
  const cells: string[] = [];
  let firstRowCells = 0;
  let firstRowDone = false;
  for (const row of rows) {
    if (!row.trim()) {
      if (cells.length) firstRowDone = true;
      continue;
    }
    const parts = row.split(/(?:^|\s)(?:\d+\+|[a-z])?\|/).slice(1);
    if (!parts.length && cells.length) cells[cells.length - 1] += ` ${row.trim()}`;
    for (const part of parts) {
      cells.push(inline(part.trim(), attributes, footnotes));
      if (!firstRowDone) firstRowCells++;
    }
    if (!firstRowDone && parts.length) firstRowDone = parts.length > 1;
  }
  const width = columns || firstRowCells || 1;
  const rowsOfCells: string[][] = [];
  for (let r = 0; r * width < cells.length; r++)
    rowsOfCells.push(cells.slice(r * width, (r + 1) * width));
  if (!rowsOfCells.length) return [];
  // Without a header row, Markdown still needs one: an empty one adds nothing to read.
  const head = header ? rowsOfCells.shift()! : new Array<string>(width).fill('');
  const line = (row: string[]) => `| ${row.map((c) => c.replace(/\|/g, '/')).join(' | ')} |`;
  return [line(head), `|${' --- |'.repeat(width)}`, ...rowsOfCells.map(line)];
}

/** Inline markup: attributes, macros, footnotes, formatting marks. */
function inline(text: string, attributes: Map<string, string>, footnotes: string[]): string {
  return text
    .replace(/\{([\w-]+)\}/g, (whole, name: string) => attributes.get(name) ?? whole)
    .replace(/footnote(?::[\w-]*)?\[((?:[^\]\\]|\\.)*)\]/g, (_, note: string) => {
      if (note.trim()) footnotes.push(note.trim());
      return '';
    })
    .replace(
      /\b(?:xref|link|mailto|kbd|btn|menu|pass):([^\s[]*)\[([^\]]*)\]/g,
      (_, target: string, label: string) => (label.split(',')[0] || target).trim(),
    )
    .replace(
      /\b(https?:\/\/[^\s[]+)\[([^\]]*)\]/g,
      (_, url: string, label: string) => label.trim() || url,
    )
    .replace(/<<[^,>]+,([^>]+)>>/g, '$1')
    .replace(/<<([^>]+)>>/g, '$1')
    .replace(/\[\[[^\]]*\]\]|\[#[\w-]+\]/g, '')
    .replace(/(^|[\s(])\*([^*\n]+)\*(?=[\s.,;:!?)]|$)/g, '$1**$2**')
    .replace(/(^|[\s(])_([^_\n]+)_(?=[\s.,;:!?)]|$)/g, '$1*$2*')
    .replace(/(^|[\s(])\+([^+\n]+)\+(?=[\s.,;:!?)]|$)/g, '$1$2')
    .replace(/\s+\+$/, '')
    .trimEnd();
}
