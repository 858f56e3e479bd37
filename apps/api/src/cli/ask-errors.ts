// What `pnpm ask` says when it cannot open the database. The embedded database (PGlite) has one
// writer, so while `pnpm start` runs, ask cannot read it: say so, and what to do instead.
import { DataFolderInUse } from '@sen/db';

export function explainAskFailure(error: unknown): string {
  if (error instanceof DataFolderInUse) {
    return [
      `pnpm ask cannot read the embedded database: the running server (process ${error.pid}) holds it, and only one process may use it at a time.`,
      'Do one of these instead:',
      '  - ask the running service: in the console, Guidance → Ask the bot;',
      '  - stop the server (Ctrl+C where it runs), then run pnpm ask again;',
      '  - answer from a folder of pages without the database: pnpm ask --guidance DIR "question";',
      '  - run on PostgreSQL (DATABASE_URL), which the server and pnpm ask can share.',
    ].join('\n');
  }
  return `ask failed: ${error instanceof Error ? error.message : String(error)}`;
}
