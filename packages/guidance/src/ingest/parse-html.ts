import { Parser } from 'htmlparser2';
import { isQuestionHeading, looksLikeLines, type Block } from './blocks';

/** Elements whose content is never guidance: chrome, scripts, forms. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'svg',
  'iframe',
  'head',
]);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'complementary']);
/** Elements that end one block of text and start another. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'figcaption',
  'address',
  'body',
  'caption',
  'details',
]);

interface Table {
  header: string[] | null;
  /** Whether the text of the cell being read is all bold (a header row a word processor wrote). */
  cellBold?: boolean;
  /** Inside <thead>: its row is the header even when its cells are <td>. */
  inHead?: boolean;
  row: { text: string; th: boolean; bold?: boolean }[] | null;
  cell: string | null;
}

const clean = (text: string) =>
  text
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');

/**
 * HTML through htmlparser2's streaming parser (entities decoded). If the page marks its main
 * content (<main>, role=main or <article>) only that is read; otherwise the whole body, minus
 * navigation, header, footer and scripts. Table rows become "Header: value" lines and a
 * definition list's term prefixes its definition, so neither is split into meaningless cells.
 */
export function parseHtmlBlocks(html: string): Block[] {
  // A document exported from Google Docs sets bold by a generated class (".c7{font-weight:700}"),
  // not <b>: those classes count as bold, so its header rows and bold labels read as in Word's.
  const boldClasses = boldClassesOf(html);
  const body = html.replace(DOCS_COMMENT, '').replace(FOOTNOTE_MARK, '');
  const hasMain = /<main[\s>]|role\s*=\s*["']?main\b/i.test(body);
  const hasArticle = !hasMain && /<article[\s>]/i.test(body);
  // An accordion's panels are hidden until their button is pressed (the ARIA disclosure
  // pattern: a control with aria-controls, a panel with that id, hidden): what they hold is the
  // page's content, the answers of its FAQ, not hidden clutter.
  const controlled = controlledIds(body);
  // Tables that lay a page out (an e-mail newsletter's) rather than hold data: read as the page.
  const layout = layoutTables(body);
  let tablesOpened = 0;
  const tables: (Table | null)[] = [];
  const blocks: Block[] = [];
  const stack: Entry[] = [];
  let preDepth = 0;
  let skipDepth = 0;
  let mainDepth = hasMain || hasArticle ? 0 : 1;
  let buffer = '';
  let kind: 'heading' | 'item' | 'paragraph' | 'term' = 'paragraph';
  let headingLevel = 0;
  /** The level an FAQ question (a <summary>, a bold question) heads at: below the page heading. */
  let questionLevel = 0;
  let table: Table | null = null;
  let term: string | undefined;

  // A paragraph that opens with a bold question on a line of its own ("<p><strong>Is it
  // free?</strong></p>", or followed by <br> and the answer) heads what follows, as in Markdown.
  let bold = 0;
  let lead = { text: '', open: true, ended: false };
  // A paragraph all in bold that reads as a label ("Getting to the meeting") is a heading: how
  // a document written in a word processor and saved as HTML marks its sections.
  let plain = false;
  // A paragraph styled as Word's title (<p class=MsoTitle>) is the page's heading.
  let titleParagraph = false;
  // A list item that is only a link to a place on the same page is a table of contents.
  let inPageLink = 0;
  let unlinked = false;
  // A word processor's list paragraph (<p class=MsoListParagraph>): an item, its bullet typed.
  let wordItem = false;
  /** Lists open around the text: an item of a list inside an item is nested one deeper. */
  let listDepth = 0;

  /** A list item, as deep as the lists open around it. */
  const item = (text: string): Block => ({ type: 'item', text, nest: Math.max(0, listDepth - 1) });

  const flush = () => {
    let text = clean(buffer);
    const question = clean(lead.text).replace(/\n/g, ' ');
    const allBold = !plain;
    const contentsLink = !unlinked;
    unlinked = false;
    buffer = '';
    lead = { text: '', open: true, ended: false };
    plain = false;
    if (!text) return;
    if (kind === 'item' && contentsLink && !wordItem) return;
    // A list item all in bold that is only a label ("Mediation", with the points about it in a
    // list nested under it, as Google Docs exports a two-level list) heads those points too.
    if (
      (kind === 'paragraph' || (kind === 'item' && !wordItem)) &&
      allBold &&
      !text.includes('\n') &&
      isLabel(text)
    ) {
      blocks.push({ type: 'heading', level: (questionLevel || headingLevel) + 1, text });
      return;
    }
    // A bullet typed as text ("· Free parking", Word's "o" only in its list paragraphs).
    const typed = (wordItem ? WORD_BULLET : TYPED_BULLET).exec(text);
    if (typed && (kind === 'paragraph' || kind === 'item')) {
      text = text.slice(typed[0].length);
      if (!text) return;
      if (kind === 'paragraph') {
        blocks.push(item(text.replace(/\n/g, ' ')));
        return;
      }
    }
    if (
      kind === 'paragraph' &&
      isQuestionHeading(question) &&
      (text === question || text.startsWith(`${question}\n`))
    ) {
      questionLevel = headingLevel + 1;
      blocks.push({ type: 'heading', level: questionLevel, text: question });
      text = text.slice(question.length).trim();
      if (!text) return;
    }
    const oneLine = text.replace(/\n/g, ' ');
    if (kind === 'heading')
      blocks.push({ type: 'heading', level: questionLevel || headingLevel, text: oneLine });
    else if (kind === 'item') blocks.push(item(oneLine));
    else if (kind === 'term') term = oneLine;
    else if (looksLikeLines(text.split('\n'))) blocks.push({ type: 'lines', text });
    else blocks.push({ type: 'paragraph', text: oneLine });
  };

  const endRow = (t: Table) => {
    // A first row whose every cell is all in bold is the header a word processor wrote as <td>.
    const cells = t.row ?? [];
    const boldRow = cells.length > 1 && cells.every((c) => !c.text || c.bold);
    const row = (t.row ?? []).filter((c) => c.text);
    t.row = null;
    if (!row.length) return;
    if (!t.header && (t.inHead || boldRow || row.every((c) => c.th))) {
      t.header = row.map((c) => c.text);
      return;
    }
    const header = t.header;
    const lines =
      header && header.length === row.length
        ? row.map((c, i) => (header[i] ? `${header[i]}: ${c.text}` : c.text))
        : [row.map((c) => c.text).join(' – ')];
    blocks.push(
      lines.length > 1
        ? { type: 'lines', text: lines.join('\n') }
        : { type: 'paragraph', text: lines[0]! },
    );
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'pre') preDepth++;
        const role = (attrs.role ?? '').toLowerCase();
        // A control that opens a panel of the page ("When will someone ring me back?" on a
        // button over its answer) heads that panel, as a <summary> heads its <details>.
        const control = controlsPanel(attrs, controlled);
        const panel = isPanel(attrs, controlled);
        const skip =
          ((SKIP.has(name) || SKIP_ROLES.has(role)) && !control) ||
          attrs['aria-hidden'] === 'true' ||
          ('hidden' in attrs && !panel);
        const main = name === 'main' || role === 'main' || (hasArticle && name === 'article');
        const styledBold =
          boldClasses.size > 0 &&
          (attrs.class ?? '').split(/\s+/).some((c) => boldClasses.has(c)) &&
          !/^h[1-6]$|^p$|^td$|^th$|^li$/.test(name);
        const entry: Entry = { skip, main, control, panel };
        if (name === 'table') entry.layout = layout.has(tablesOpened++);
        stack.push(entry);
        if (skip) skipDepth++;
        if (main) mainDepth++;
        if (skipDepth || !mainDepth) return;
        if (styledBold) {
          entry.bold = true;
          bold++;
        }
        const wordClass = name === 'p' ? (attrs.class ?? '') : '';
        if (/^h[1-6]$/.test(name) || TITLE_CLASS.test(wordClass)) {
          flush();
          kind = 'heading';
          titleParagraph = name === 'p';
          headingLevel = titleParagraph ? 1 : Number(name[1]);
          questionLevel = 0;
        } else if (/^MsoList/i.test(wordClass) && !table) {
          flush();
          kind = 'item';
          wordItem = true;
        } else if (name === 'summary' || control) {
          // An accordion's or FAQ's <summary> ("How long does it take?") heads what it opens.
          flush();
          kind = 'heading';
          questionLevel = headingLevel + 1;
        } else if (name === 'li') {
          flush();
          kind = 'item';
        } else if (name === 'ul' || name === 'ol') {
          flush();
          listDepth++;
        } else if (name === 'table') {
          flush();
          tables.push(entry.layout ? null : { header: null, row: null, cell: null });
          table = tables[tables.length - 1]!;
        } else if (!table && (name === 'td' || name === 'th')) {
          flush();
        } else if (name === 'thead' && table) {
          table.inHead = true;
        } else if (name === 'tr' && table) {
          table.row = [];
        } else if ((name === 'td' || name === 'th') && table) {
          table.cell = '';
          table.cellBold = true;
        } else if (name === 'dt') {
          flush();
          kind = 'term';
        } else if (name === 'dd') {
          flush();
          kind = 'paragraph';
          buffer = term ? `${term}: ` : '';
          term = undefined;
        } else if (name === 'br') {
          if (table?.cell != null) table.cell += '\n';
          else buffer += '\n';
          if (lead.text.trim()) lead.ended = true;
        } else if (name === 'strong' || name === 'b') {
          bold++;
        } else if (name === 'a' && (attrs.href ?? '').startsWith('#')) {
          inPageLink++;
        } else if (BLOCK.has(name)) {
          if (kind === 'item') buffer += ' ';
          else flush();
        }
      },
      ontext(raw) {
        if (skipDepth || !mainDepth) return;
        // A line break in the source is a space, as a browser shows it (a word processor wraps
        // its HTML at 80 columns: "10.\nComplaints" is one heading); only <pre> keeps its lines.
        const text = preDepth ? raw : raw.replace(/[ \t]*\r?\n[ \t]*/g, ' ');
        if (table?.cell != null) {
          table.cell += text;
          if (!bold && text.trim()) table.cellBold = false;
        } else {
          buffer += text;
          if (!bold && text.trim()) plain = true;
          if (!inPageLink && text.trim()) unlinked = true;
          if (bold && lead.open && !lead.ended) lead.text += text;
          else if (text.trim() && !lead.ended) lead.open = false;
        }
      },
      onclosetag(name) {
        const open = stack.pop();
        if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
        if (open?.skip) skipDepth--;
        const inside = !skipDepth && mainDepth > 0;
        if (open?.main) mainDepth--;
        if (!inside || open?.skip) return;
        if (name === 'strong' || name === 'b' || open?.bold) bold = Math.max(0, bold - 1);
        if (name === 'a') inPageLink = Math.max(0, inPageLink - 1);
        if (name === 'ul' || name === 'ol') listDepth = Math.max(0, listDepth - 1);
        if (/^h[1-6]$/.test(name) || name === 'li' || name === 'dt' || name === 'dd') {
          flush();
          kind = 'paragraph';
        } else if (name === 'p' && (wordItem || titleParagraph)) {
          // The end of a word processor's list paragraph, or of its title.
          flush();
          kind = 'paragraph';
          wordItem = false;
          titleParagraph = false;
        } else if (name === 'summary' || open?.control) {
          flush();
          kind = 'paragraph';
        } else if ((name === 'details' || open?.panel) && questionLevel) {
          // What follows the <details> (or a control's panel) is not under its question any more.
          flush();
          blocks.push({ type: 'end', level: questionLevel });
          questionLevel = 0;
        } else if (name === 'ul' || name === 'ol') {
          flush();
        } else if ((name === 'td' || name === 'th') && table && table.cell != null) {
          table.row?.push({
            text: clean(table.cell).replace(/\n/g, ', '),
            th: name === 'th',
            bold: !!table.cellBold,
          });
          table.cell = null;
        } else if (name === 'thead' && table) {
          table.inHead = false;
        } else if (name === 'tr' && table) {
          endRow(table);
        } else if (name === 'table') {
          if (table?.row) endRow(table);
          else flush();
          tables.pop();
          table = tables[tables.length - 1] ?? null;
        } else if (!table && (name === 'td' || name === 'th')) {
          flush();
        } else if (BLOCK.has(name) && kind !== 'item') {
          flush();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(body);
  parser.end();
  flush();
  return [...blocks, ...structuredFaq(html, blocks)];
}

interface Entry {
  skip: boolean;
  main: boolean;
  bold?: boolean;
  /** Opens a panel of the page (aria-controls names one). */
  control?: boolean;
  /** A panel a control opens: read even while hidden. */
  panel?: boolean;
  /** A table that lays the page out (layoutTables). */
  layout?: boolean;
}

/**
 * The tables (by their order in the page) that lay it out rather than hold data, as an e-mail
 * newsletter's do: a table marked role=presentation or none, one that holds another table, or
 * one with a heading or several paragraphs in a cell. Their cells are read as the page's
 * sections and paragraphs; a data table's cells become "Header: value" lines.
 */
function layoutTables(html: string): Set<number> {
  const layout = new Set<number>();
  // Most pages have no table: no second pass over them.
  if (!/<table\b/i.test(html)) return layout;
  const open: { no: number; paragraphs: number }[] = [];
  let count = 0;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const inner = open[open.length - 1];
        if (name === 'table') {
          for (const t of open) layout.add(t.no);
          if (/^(?:presentation|none)$/i.test(attrs.role ?? '')) layout.add(count);
          open.push({ no: count++, paragraphs: 0 });
        } else if (!inner) return;
        else if (/^h[1-6]$/.test(name)) layout.add(inner.no);
        else if (name === 'td' || name === 'th') inner.paragraphs = 0;
        else if (name === 'p' && ++inner.paragraphs >= 3) layout.add(inner.no);
      },
      onclosetag(name) {
        if (name === 'table') open.pop();
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return layout;
}

/** The ids the page's controls open (aria-controls="a b"). */
function controlledIds(html: string): Set<string> {
  const out = new Set<string>();
  for (const [, ids] of html.matchAll(/\baria-controls\s*=\s*["']([^"']+)["']/gi))
    for (const id of ids!.split(/\s+/)) if (id) out.add(id);
  return out;
}

const controlsPanel = (attrs: Record<string, string>, controlled: Set<string>) =>
  (attrs['aria-controls'] ?? '').split(/\s+/).some((id) => id && controlled.has(id)) &&
  'aria-expanded' in attrs;

/** A disclosure's panel: a control opens it, or it is a region or tab panel named by one. */
const isPanel = (attrs: Record<string, string>, controlled: Set<string>) =>
  (!!attrs.id && controlled.has(attrs.id)) ||
  (/^(?:region|tabpanel)$/i.test(attrs.role ?? '') && !!attrs['aria-labelledby']);

/**
 * The questions and answers of a schema.org FAQPage in the page's JSON-LD (how WordPress's SEO
 * plugins publish an FAQ for search engines) that the page does not show as well: a heading
 * and its answer each, under the page's top heading. An answer the page shows is not repeated.
 */
function structuredFaq(html: string, shown: Block[]): Block[] {
  const faqs: { question: string; answer: string }[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    const type = ([] as unknown[]).concat(o['@type']);
    const answer = o.acceptedAnswer as Record<string, unknown> | undefined;
    if (type.includes('Question') && typeof o.name === 'string' && typeof answer?.text === 'string')
      faqs.push({ question: o.name, answer: answer.text });
    for (const v of Object.values(o)) walk(v);
  };
  for (const [, json] of html.matchAll(
    /<script\b[^>]*type\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script>/gi,
  ))
    try {
      walk(JSON.parse(json!));
    } catch {
      // Not JSON after all: a page's broken metadata is not its content.
    }
  if (!faqs.length) return [];
  const flat = (t: string) =>
    t
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const page = flat(shown.map((b) => ('text' in b ? b.text : '')).join(' '));
  const top = Math.min(...shown.flatMap((b) => (b.type === 'heading' ? [b.level] : [])), 1);
  const out: Block[] = [];
  for (const { question, answer } of faqs) {
    const answerBlocks = parseHtmlBlocks(`<main>${answer}</main>`).filter(
      (b) => b.type !== 'heading',
    );
    const text = answerBlocks.map((b) => ('text' in b ? b.text : '')).join(' ');
    if (!text.trim() || page.includes(flat(text))) continue;
    out.push({ type: 'heading', level: top + 1, text: clean(question) }, ...answerBlocks);
  }
  return out.length ? [...out, { type: 'end', level: top + 1 }] : [];
}

/**
 * A line that names a section rather than says something: short, not a sentence or a list's
 * lead-in (no closing full stop or colon), not a question (an FAQ's, read as such above) and
 * not a detail such as "Phone: 0191 …".
 */
function isLabel(text: string): boolean {
  return (
    text.length <= 80 &&
    text.split(/\s+/).length <= 10 &&
    /[a-z]/i.test(text) &&
    !/[.,;:!?]$/.test(text) &&
    !/:\s|\d{3}/.test(text)
  );
}

/** Word's title paragraph (class MsoTitle), or Google Docs' (class "c11 title"). */
const TITLE_CLASS = /^MsoTitle\b|(?:^|\s)title(?:\s|$)/i;

/**
 * A footnote's mark, in the text or starting the note: a link within the page whose words are
 * only "[1]" (Google Docs' <sup><a href="#ftnt1">[1]</a></sup>, Word's "#_ftn1").
 */
const FOOTNOTE_MARK =
  /(?:<sup\b[^>]*>\s*)?<a\b[^>]*\bhref\s*=\s*["']?#[^"'\s>]*["']?[^>]*>(?:\s|<[^>]+>)*\[(?:\d{1,3}|[a-z]{1,2})\](?:\s|<[^>]+>)*<\/a>(?:\s*<\/sup>)?/gi;

// A reviewer's comment kept in a Google Docs export: a block at the end that links back to its
// mark ("<div><p><a href=\"#cmnt_ref1\" id=\"cmnt1\">[e]</a>Can we add …</p></div>"). It is the
// authors' note to each other, not the page's guidance.
const DOCS_COMMENT =
  /<div\b[^>]*>\s*<p\b[^>]*>\s*<a\b[^>]*\bhref\s*=\s*["']?#cmnt_ref\d+[^>]*>[\s\S]*?<\/div>/gi;

/** The classes a page's own style sheet makes bold (".c7{…font-weight:700…}"). */
function boldClassesOf(html: string): Set<string> {
  const out = new Set<string>();
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    for (const [, selectors, rules] of css!.matchAll(/([^{}]+)\{([^}]*)\}/g))
      if (/font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b/i.test(rules!))
        for (const [, name] of selectors!.matchAll(/^\s*\.([\w-]+)\s*$/gm)) out.add(name!);
  return out;
}

/** A bullet a page typed into a paragraph: "·", "•", "▪", "◦" and a space. */
const TYPED_BULLET = /^[·•▪◦]\s+/;
/** In a word processor's list paragraph, also its level-two "o", "§" and numbers ("1.", "a)"). */
const WORD_BULLET = /^(?:[·•▪◦§o\-–]|\d{1,2}[.)]|[a-z][.)])\s+/;
