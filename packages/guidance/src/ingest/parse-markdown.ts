import { Parser } from 'htmlparser2';
import { Lexer, type Token, type Tokens } from 'marked';
import { isQuestionHeading, looksLikeLines, type Block } from './blocks';
import { parseHtmlBlocks } from './parse-html';

/** Markdown through marked's lexer: headings keep their depth, inline markup becomes plain text. */
export function parseMarkdownBlocks(body: string): Block[] {
  const blocks: Block[] = [];
  walk(Lexer.lex(staticSiteMarkup(body.replace(/\r\n?/g, '\n'))), blocks, { depth: 0 });
  return blocks;
}

// What static-site generators and GitHub add to Markdown, which marked reads as text: Hugo
// shortcodes and Liquid tags ("{{< button … >}}Call us{{< /button >}}": the words stay),
// GitHub's alert markers ("> [!NOTE]"), footnote marks ("…in writing.[^2]"; a footnote's own
// line keeps its words), and definition lists ("Supporter" then ": someone you bring along").
const SHORTCODE = /\{\{[<%][^\n]*?[>%]\}\}|\{%[^\n]*?%\}/g;
// A shortcode that opens with a summary or title ("{{< details summary=\"The Nailshop\" >}}")
// heads what it holds, as HTML's <details> does, until its closing tag.
const TITLED_SHORTCODE =
  /\{\{[<%]\s*([\w-]+)\s[^\n]*?\b(?:summary|title)\s*=\s*["\u201c]([^"\u201d\n]+)["\u201d][^\n]*?[>%]\}\}([\s\S]*?)\{\{[<%]\s*\/\s*\1\s*[>%]\}\}/g;
// Kramdown's attribute lists ("{: .notice}", "{#venues}") style the block before them.
const ATTRIBUTES = /^[ \t]*\{[:#][^}\n]*\}[ \t]*$|[ \t]*\{:[^}\n]*\}[ \t]*$/gm;
// A page's front matter (YAML between "---" lines, TOML between "+++"): its title heads the page
// when the Markdown has no top heading of its own; the rest is the site's settings.
const FRONT_MATTER =
  /^(?:---[ \t]*\n([\s\S]*?)\n---|\+\+\+[ \t]*\n([\s\S]*?)\n\+\+\+)[ \t]*(?:\n|$)/;
const ALERT = /^(\s*>\s*)\[!(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION|INFO|DANGER)\][ \t]*/gim;
const FOOTNOTE_MARK = /\[\^[\w-]+\](?!:)/g;
const FOOTNOTE_LINE = /^\[\^[\w-]+\]:[ \t]*/gm;
const DEFINITION = /^([^\n:>#|*-][^\n]{0,60})\n:[ \t]+(?=\S)/gm;

function staticSiteMarkup(body: string): string {
  return frontMatter(body)
    .replace(
      TITLED_SHORTCODE,
      (_, _name: string, title: string, inside: string) =>
        `<details><summary>${title.trim()}</summary>\n\n${inside.trim()}\n\n</details>`,
    )
    .replace(ATTRIBUTES, '')
    .replace(SHORTCODE, '')
    .replace(ALERT, '$1')
    .replace(FOOTNOTE_MARK, '')
    .replace(FOOTNOTE_LINE, '')
    .replace(DEFINITION, (_, term: string) => `${term.trim()}: `);
}

function frontMatter(body: string): string {
  const m = FRONT_MATTER.exec(body);
  if (!m) return body;
  const rest = body.slice(m[0].length);
  const title = /^title\s*[:=]\s*["']?(.+?)["']?\s*$/m.exec(m[1] ?? m[2] ?? '')?.[1];
  return title && !/^#[ \t]/m.test(rest) ? `# ${title}\n\n${rest}` : rest;
}

function walk(tokens: Token[], out: Block[], at: { depth: number; nest?: number }): void {
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
          // A toggle (how Notion exports one: "- What if I get upset?" with the answer indented
          // under it as its own paragraph) is an FAQ's question over its answer.
          const [first, ...answer] = own.filter((t) => t.type !== 'space');
          const question = first && answer.length ? plainOf([first]) : '';
          if (isQuestionHeading(question) && !question.includes('\n')) {
            out.push({ type: 'heading', level: at.depth + 1, text: question });
            walk(answer, out, at);
            out.push({ type: 'end', level: at.depth + 1 });
            continue;
          }
          const nest = at.nest ?? 0;
          out.push({ type: 'item', text: plainOf(own).replace(/\s*\n\s*/g, ' '), nest });
          // The lists nested under the item, a level deeper.
          at.nest = nest + 1;
          walk(
            item.tokens.filter((t) => t.type === 'list'),
            out,
            at,
          );
          at.nest = nest;
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
      case 'html': {
        // HTML inside the Markdown: a <details> whose <summary> asks heads the answer written
        // under it in Markdown until </details>, as a page's FAQ question would; a table or a
        // list written as HTML holds guidance as any page's HTML does; a comment holds none.
        const raw = token.raw;
        const summary = /<summary\b[^>]*>([\s\S]*?)<\/summary>/i.exec(raw);
        if (summary) {
          const text = parseHtmlBlocks(`<p>${summary[1]}</p>`)
            .map((b) => ('text' in b ? b.text : ''))
            .join(' ')
            .trim();
          if (text) out.push({ type: 'heading', level: at.depth + 1, text });
        } else if ((token as Tokens.HTML).block && /<(?:table|dl|p|ul|ol|div)\b/i.test(raw))
          out.push(...parseHtmlBlocks(raw).filter((b) => b.type !== 'heading' && b.type !== 'end'));
        else if ((token as Tokens.HTML).block) {
          // Markdown written inside a tag of its own: a Notion callout ("<aside>", an emoji, the
          // words) or a <section> is the page's text.
          const text = raw
            .replace(/<!--[\s\S]*?-->/g, '')
            .replace(/<\/?[a-z][^>]*>/gi, '')
            .replace(/^\s*\p{Extended_Pictographic}\uFE0F?\s*/u, '')
            .trim();
          if (text) walk(Lexer.lex(text), out, at);
        }
        if (/<\/details>/i.test(raw)) out.push({ type: 'end', level: at.depth + 1 });
        break;
      }
      default:
        // code, hr and space carry no guidance worth quoting.
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

/** Character references (&rsquo;, &ndash;, &#8217;), as a browser shows them. */
function decode(s: string): string {
  if (!s.includes('&')) return s;
  let out = '';
  const parser = new Parser({ ontext: (t) => (out += t) }, { decodeEntities: true });
  parser.write(s.replace(/</g, '&lt;'));
  parser.end();
  return out;
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
