import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.map': 'application/json; charset=utf-8',
};

export interface StaticFile {
  body: Buffer;
  type: string;
  absPath: string;
}

/**
 * Reads `relPath` under `root`, refusing anything that escapes it (`..`, encoded or not) and
 * dot-files. Returns null when there is no such regular file.
 */
export async function readStatic(root: string, relPath: string): Promise<StaticFile | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(relPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const abs = path.resolve(root, '.' + path.posix.normalize('/' + decoded));
  if (abs !== root && !abs.startsWith(root + path.sep)) return null;
  if (abs.split(path.sep).some((seg) => seg.startsWith('.') && seg.length > 1)) return null;
  try {
    const s = await stat(abs);
    if (!s.isFile()) return null;
    return {
      body: await readFile(abs),
      type: TYPES[path.extname(abs).toLowerCase()] ?? 'application/octet-stream',
      absPath: abs,
    };
  } catch {
    return null;
  }
}
