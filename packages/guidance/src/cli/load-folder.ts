import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { isAsciiDoc } from '../ingest/asciidoc';
import { parseDocument } from '../ingest/parse-document';
import type { GuidanceDocument } from '../types';

const FORMATS: Record<string, GuidanceDocument['format']> = {
  '.html': 'html',
  '.htm': 'html',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
  '.text': 'text',
  // AsciiDoc is read as text: the parser knows it by its marks (ingest/asciidoc.ts).
  '.adoc': 'text',
  '.asciidoc': 'text',
};

/** Every .html, .md, .txt and .adoc file under a folder, as guidance documents (ids are relative paths). */
export async function loadGuidanceFolder(dir: string): Promise<GuidanceDocument[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new Error(`--guidance: "${dir}" is not a folder.`);
  const files = (await readdir(dir, { recursive: true })).map(String).sort();
  const docs: GuidanceDocument[] = [];
  for (const file of files) {
    const format = FORMATS[extname(file).toLowerCase()];
    if (!format) continue;
    const path = join(dir, file);
    if (!(await stat(path)).isFile()) continue;
    const body = await readFile(path, 'utf8');
    const id = relative(dir, path).split(sep).join('/');
    docs.push({ id, title: titleOf(id, format, body), format, body });
  }
  if (!docs.length) throw new Error(`--guidance: no .html, .md, .txt or .adoc files in "${dir}".`);
  return docs;
}

/** The page's own title: <title> or first heading; for plain text, its first heading of several words. */
function titleOf(id: string, format: GuidanceDocument['format'], body: string): string {
  const fallback = id
    .replace(/\.[^.]+$/, '')
    .replace(/[-_]+/g, ' ')
    .replace(/^./, (c) => c.toUpperCase());
  if (format === 'html') {
    const m = /<title[^>]*>([^<]+)<\/title>/i.exec(body) ?? /<h1[^>]*>([\s\S]*?)<\/h1>/i.exec(body);
    return m?.[1]?.replace(/<[^>]+>/g, '').trim() || fallback;
  }
  if (format === 'markdown') return /^#\s+(.+)$/m.exec(body)?.[1]?.trim() || fallback;
  if (isAsciiDoc(body)) return /^=\s+(\S.*)$/m.exec(body)?.[1]?.trim() || fallback;
  const headings = parseDocument({ id, title: fallback, format, body }).flatMap(
    (p) => p.headingPath,
  );
  return headings.find((h) => h.split(/\s+/).length >= 3 && h.length <= 80) ?? fallback;
}
