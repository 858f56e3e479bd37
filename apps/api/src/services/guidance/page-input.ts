// Turning what staff pasted, uploaded or fetched into a guidance page: its format, a title and a
// slug. Pure, so the rules are tested without a database.
import type { GuidanceFormat } from '@sen/db/schema';

/** A page larger than this is almost certainly not one guidance page (or not text at all). */
export const MAX_PAGE_BYTES = 1024 * 1024;
export const MAX_PAGE_CHARS = MAX_PAGE_BYTES;

const EXTENSIONS: Record<string, GuidanceFormat> = {
  html: 'html',
  htm: 'html',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  // AsciiDoc is stored as text; the answer engine reads its marks (@sen/guidance ingest/asciidoc.ts).
  adoc: 'text',
  asciidoc: 'text',
};

/** The format a file name implies, or null when its extension is not one we read. */
export function formatFromFileName(name: string): GuidanceFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  return ext ? (EXTENSIONS[ext] ?? null) : null;
}

/** The format a fetched page's Content-Type implies, or null for anything that is not text. */
export function formatFromContentType(contentType: string, url: string): GuidanceFormat | null {
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'text/plain' || type === '') {
    return formatFromFileName(new URL(url).pathname) === 'markdown' ? 'markdown' : 'text';
  }
  return null;
}

/** Looks at the text itself when nobody said what it is. */
export function sniffFormat(body: string): GuidanceFormat {
  const head = body.slice(0, 2000);
  if (/<(html|body|h[1-6]|p|main|article|div)[\s>]/i.test(head)) return 'html';
  if (/^#{1,6}\s+\S/m.test(head) || /^\s*[-*]\s+\S/m.test(head)) return 'markdown';
  return 'text';
}

const decodeEntities = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&nbsp;/g, ' ');

/** The page's own title: `<title>` or the first `<h1>` for HTML, the first `# ` heading for Markdown. */
export function titleFromBody(format: GuidanceFormat, body: string): string | null {
  let found: string | undefined;
  if (format === 'html') {
    found =
      /<h1[^>]*>([\s\S]{1,400}?)<\/h1>/i.exec(body)?.[1] ??
      /<title[^>]*>([\s\S]{1,400}?)<\/title>/i.exec(body)?.[1];
    found = found && decodeEntities(found.replace(/<[^>]*>/g, ' '));
  } else if (format === 'markdown') {
    found = /^#\s+(.+)$/m.exec(body)?.[1];
  } else {
    // An AsciiDoc page's first line is its title after "= ".
    found = body
      .split(/\r?\n/)
      .find((l) => l.trim())
      ?.replace(/^=\s+(?=\S)/, '')
      .slice(0, 200);
  }
  const title = found?.replace(/\s+/g, ' ').trim();
  return title ? title.slice(0, 200) : null;
}

/** A URL-safe, readable slug for a title: lower-case words joined by hyphens. */
export function slugFromTitle(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'page';
}
