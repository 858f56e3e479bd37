import type { GuidanceDocument, Passage } from '../types';
import { asciidocToMarkdown, isAsciiDoc } from './asciidoc';
import { buildPassages, type Block } from './blocks';
import { captionBlocks, isCaptions } from './captions';
import { parseHtmlBlocks } from './parse-html';
import { parseMarkdownBlocks } from './parse-markdown';
import { parseTextBlocks } from './parse-text';
import { fromPdfLayout, isPdfLayout } from './pdf-layout';

/**
 * Splits one published page into passages: sections by headings, one passage per paragraph,
 * list item or block of short lines, each with its heading path, source and document version.
 */
export function parseDocument(doc: GuidanceDocument): Passage[] {
  if (!doc.id.trim()) throw new Error('A guidance document needs an id.');
  return buildPassages(doc, blocksOf(doc));
}

/** Parses many pages; passage ids stay unique because they start with the document id. */
export function parseDocuments(docs: GuidanceDocument[]): Passage[] {
  const seen = new Set<string>();
  return docs.flatMap((doc) => {
    if (seen.has(doc.id)) throw new Error(`Two guidance documents share the id "${doc.id}".`);
    seen.add(doc.id);
    return parseDocument(doc);
  });
}

function blocksOf(doc: GuidanceDocument): Block[] {
  switch (doc.format) {
    case 'html':
      return parseHtmlBlocks(doc.body);
    case 'markdown':
      return parseMarkdownBlocks(isAsciiDoc(doc.body) ? asciidocToMarkdown(doc.body) : doc.body);
    case 'text':
      if (isCaptions(doc.body)) return captionBlocks(doc.body);
      if (isAsciiDoc(doc.body)) return parseMarkdownBlocks(asciidocToMarkdown(doc.body));
      return parseTextBlocks(isPdfLayout(doc.body) ? fromPdfLayout(doc.body) : doc.body);
    default:
      throw new Error(
        `Unknown guidance format "${String((doc as { format: unknown }).format)}": use html, markdown or text.`,
      );
  }
}
