// Measures the built widget against its size budget. Used by the budget test and the bench.
// "First open" is what the browser fetches when the visitor opens the chat: the frame's entry
// chunk, every chunk it imports statically, and their CSS (from Vite's manifest). The flows
// (route, deadline, callback) load later, when chosen, and are reported separately.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const DIST_DIR = fileURLToPath(new URL('../../dist', import.meta.url));

/** Bytes after gzip (zlib's default level, what most servers use). */
export const BUDGET = {
  loaderGzip: 3 * 1024,
  firstOpenGzip: 36 * 1024,
} as const;

export interface SizeFigure {
  files: string[];
  raw: number;
  gzip: number;
}

export interface WidgetSizes {
  loader: SizeFigure;
  firstOpen: SizeFigure;
  /** Loaded only when the visitor opens one of the flows. */
  later: SizeFigure;
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

function figure(dist: string, files: Iterable<string>): SizeFigure {
  const list = [...new Set(files)].sort();
  let raw = 0;
  let gzip = 0;
  for (const file of list) {
    const bytes = readFileSync(join(dist, file));
    raw += bytes.length;
    gzip += gzipSync(bytes).length;
  }
  return { files: list, raw, gzip };
}

export function measureWidgetBuild(dist = DIST_DIR): WidgetSizes {
  const manifestPath = join(dist, '.vite', 'manifest.json');
  if (!existsSync(join(dist, 'loader.js')) || !existsSync(manifestPath)) {
    throw new Error(`No widget build in ${dist}: run "pnpm --filter @sen/widget build" first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestChunk>;

  const collect = (keys: string[], into: Set<string>, seen = new Set<string>()) => {
    for (const key of keys) {
      if (seen.has(key)) continue;
      seen.add(key);
      const chunk = manifest[key];
      if (!chunk) continue;
      into.add(chunk.file);
      for (const css of chunk.css ?? []) into.add(css);
      collect(chunk.imports ?? [], into, seen);
    }
  };

  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  const first = new Set<string>();
  collect(entries, first);
  const lazyKeys = entries.flatMap((k) => manifest[k]!.dynamicImports ?? []);
  const all = new Set<string>();
  collect(lazyKeys, all);
  const later = [...all].filter((f) => !first.has(f));

  return {
    loader: figure(dist, ['loader.js']),
    firstOpen: figure(dist, first),
    later: figure(dist, later),
  };
}

export function formatKb(bytes: number): string {
  return (bytes / 1024).toFixed(2) + ' KB';
}
