import { Parser } from 'htmlparser2';
import { looksLikeLines, type Block } from './blocks';

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
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'td',
  'th',
  'dd',
  'dt',
  'blockquote',
  'pre',
  'figcaption',
  'address',
  'tr',
  'body',
  'caption',
]);

/**
 * HTML through htmlparser2's streaming parser (entities decoded). If the page marks its main
 * content (<main>, role=main or <article>) only that is read; otherwise the whole body, minus
 * navigation, header, footer and scripts.
 */
export function parseHtmlBlocks(body: string): Block[] {
  const hasMain = /<main[\s>]|role\s*=\s*["']?main\b/i.test(body);
  const hasArticle = !hasMain && /<article[\s>]/i.test(body);
  const blocks: Block[] = [];
  let buffer = '';
  let kind: 'heading' | 'item' | 'paragraph' = 'paragraph';
  let headingLevel = 0;
  let skipDepth = 0;
  let mainDepth = hasMain || hasArticle ? 0 : 1;
  let listDepth = 0;
  const stack: { name: string; skip: boolean; main: boolean }[] = [];

  const flush = () => {
    const text = buffer
      .split('\n')
      .map((l) => l.replace(/[ \t\f\r]+/g, ' ').trim())
      .filter(Boolean)
      .join('\n');
    buffer = '';
    if (!text) return;
    if (kind === 'heading')
      blocks.push({ type: 'heading', level: headingLevel, text: text.replace(/\n/g, ' ') });
    else if (kind === 'item') blocks.push({ type: 'item', text: text.replace(/\n/g, ' ') });
    else if (looksLikeLines(text.split('\n'))) blocks.push({ type: 'lines', text });
    else blocks.push({ type: 'paragraph', text: text.replace(/\n/g, ' ') });
  };

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const role = (attrs.role ?? '').toLowerCase();
        const hidden = attrs['aria-hidden'] === 'true' || 'hidden' in attrs;
        const skip = SKIP.has(name) || SKIP_ROLES.has(role) || hidden;
        const main = name === 'main' || role === 'main' || (hasArticle && name === 'article');
        stack.push({ name, skip, main });
        if (skip) skipDepth++;
        if (main) mainDepth++;
        if (skipDepth || !mainDepth) return;
        if (/^h[1-6]$/.test(name)) {
          flush();
          kind = 'heading';
          headingLevel = Number(name[1]);
        } else if (name === 'li') {
          flush();
          kind = 'item';
        } else if (name === 'ul' || name === 'ol') {
          flush();
          listDepth++;
        } else if (BLOCK.has(name)) {
          if (kind !== 'item') flush();
          else buffer += ' ';
        } else if (name === 'br') {
          buffer += '\n';
        }
      },
      ontext(text) {
        if (!skipDepth && mainDepth) buffer += text.replace(/\s+/g, ' ');
      },
      onclosetag(name) {
        const open = stack.pop();
        if (open?.skip) {
          skipDepth--;
          return;
        }
        if (skipDepth || !mainDepth) {
          if (open?.main) mainDepth--;
          return;
        }
        if (/^h[1-6]$/.test(name) || name === 'li') {
          flush();
          kind = listDepth > 0 && name !== 'li' ? 'item' : 'paragraph';
          if (name === 'li') kind = 'paragraph';
        } else if (name === 'ul' || name === 'ol') {
          flush();
          listDepth = Math.max(0, listDepth - 1);
        } else if (BLOCK.has(name) && kind !== 'item') {
          flush();
        }
        if (open?.main) mainDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(body);
  parser.end();
  flush();
  return blocks;
}
