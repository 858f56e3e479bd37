import { Lexer, type Token, type Tokens } from 'marked';
import { isQuestionHeading, looksLikeLines, type Block } from './blocks';

/** Markdown through marked's lexer: headings keep their depth, inline markup becomes plain text. */
export function parseMarkdownBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  walk(Lexer.lex(body.replace(/\r\n?/g, '\n')), blocks, { depth: 0 });
  return blocks;
}

function walk(tokens: Token[], out: Block[], at: { depth: number }): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        at.depth = token.depth;
        out.push({ type: 'heading', level: token.depth, text: inline(token.tokens ?? []) });
        break;
      case 'paragraph': {
        // "**Can I bring someone with me?**" on a line of its own heads the answer under it,
        // as a heading would: FAQs are often written that way.
        const question = boldQuestion(token.tokens ?? []);
        if (question) {
          out.push({ type: 'heading', level: at.depth + 1, text: question.heading });
          if (question.rest) out.push({ type: 'paragraph', text: question.rest });
          break;
        }
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
            at,
          );
        }
        break;
      case 'blockquote':
        walk((token as Tokens.Blockquote).tokens, out, at);
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

/**
 * A paragraph that opens with a bold question on its own line ("**Is it free?**", then the
 * answer on the next line or nothing): the question and what follows it. Bold words inside a
 * sentence ("**Please note:** you …") are emphasis, not a heading.
 */
function boldQuestion(tokens: Token[]): { heading: string; rest: string } | undefined {
  const [first, ...after] = tokens;
  if (first?.type !== 'strong') return undefined;
  const heading = inline((first as Tokens.Strong).tokens ?? []).trim();
  if (!isQuestionHeading(heading)) return undefined;
  const rest = inline(after);
  if (rest && !/^[ \t]*\n/.test(after[0]?.raw ?? '')) return undefined;
  return { heading, rest: rest.replace(/\s*\n\s*/g, ' ') };
}
