// Reading a guidance page that staff paste or upload: which format it is, and a slug for a title.

export type GuidanceFormat = 'markdown' | 'html' | 'text';

export function formatFromFileName(name: string): GuidanceFormat | null {
  const ext = name.toLowerCase().split('.').pop() ?? '';
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'html' || ext === 'htm') return 'html';
  // AsciiDoc is stored as text; the answer engine reads its marks (@sen/guidance ingest/asciidoc.ts).
  if (ext === 'txt' || ext === 'text' || ext === 'adoc' || ext === 'asciidoc') return 'text';
  return null;
}

/** A guess from the text itself, for pasted content. */
export function sniffFormat(body: string): GuidanceFormat {
  const head = body.slice(0, 2000);
  if (/<(html|body|h[1-6]|p|ul|ol|div|article|section)[\s>]/i.test(head)) return 'html';
  if (/^#{1,6}\s|^\s*[-*]\s|\[[^\]]+\]\([^)]+\)/m.test(head)) return 'markdown';
  return 'text';
}

export function slugify(title: string): string {
  return title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}

/** The first heading of a page, to suggest a title. */
export function titleFrom(body: string, format: GuidanceFormat): string {
  if (format === 'html') {
    const m = /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body) ?? /<title>([\s\S]*?)<\/title>/i.exec(body);
    return (
      m?.[1]
        ?.replace(/<[^>]+>/g, '')
        .replace(/\s+/g, ' ')
        .trim() ?? ''
    );
  }
  if (format === 'markdown') return /^#\s+(.+)$/m.exec(body)?.[1]?.trim() ?? '';
  // An AsciiDoc page's first line is its title after "= ".
  return (
    body
      .trim()
      .split('\n')[0]
      ?.replace(/^=\s+(?=\S)/, '')
      .trim()
      .slice(0, 120) ?? ''
  );
}

export const MAX_GUIDANCE_BYTES = 2_000_000;
