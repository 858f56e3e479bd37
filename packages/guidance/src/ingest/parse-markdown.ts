import { Lexer, type Token, type Tokens } from 'marked';
import { looksLikeLines, type Block } from './blocks';

/** Markdown through marked's lexer: headings keep their depth, inline markup becomes plain text. */
export function parseMarkdownBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  walk(Lexer.lex(body.replace(/\r\n?/g, '\n')), blocks);
  return blocks;
}

function walk(tokens: Token[], out: Block[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        out.push({ type: 'heading', level: token.depth, text: inline(token.tokens ?? []) });
        break;
      case 'paragraph': {
        const text = inline(token.tokens ?? []);
        out.push(
          looksLikeLines(text.split('\n'))
            ? { type: 'lines', text }
            : { type: 'paragraph', text: text.replace(/\s*\n\s*/g, ' ') },
        );
        break;
      }
      case 'list':
        for (const item of (token as Tokens.List).items) {
          const own = item.tokens.filter((t) => t.type !== 'list');
          out.push({ type: 'item', text: plainOf(own).replace(/\s*\n\s*/g, ' ') });
          walk(
            item.tokens.filter((t) => t.type === 'list'),
            out,
          );
        }
        break;
      case 'blockquote':
        walk((token as Tokens.Blockquote).tokens, out);
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of table.rows) {
          const cells = row.map((c, i) => {
            const head = table.header[i] ? inline(table.header[i]!.tokens) : '';
            const value = inline(c.tokens);
            return head ? `${head}: ${value}` : value;
          });
          out.push({ type: 'lines', text: cells.join('\n') });
        }
        break;
      }
      case 'text':
        out.push({ type: 'paragraph', text: plainOf([token]) });
        break;
      default:
        // code, html, hr and space carry no guidance worth quoting.
        break;
    }
  }
}

function plainOf(tokens: Token[]): string {
  return tokens
    .map((t) =>
      'tokens' in t && Array.isArray(t.tokens)
        ? inline(t.tokens as Token[])
        : 'text' in t
          ? String(t.text)
          : '',
    )
    .join('\n')
    .trim();
}

function inline(tokens: Token[]): string {
  return tokens
    .map((t) => {
      if (t.type === 'br') return '\n';
      if (t.type === 'image') return '';
      if ('tokens' in t && Array.isArray(t.tokens) && t.tokens.length)
        return inline(t.tokens as Token[]);
      if (t.type === 'escape' || t.type === 'codespan' || t.type === 'text')
        return decode(String(t.text));
      return 'text' in t ? decode(String(t.text)) : '';
    })
    .join('')
    .trim();
}

function decode(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}
