import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { DataFolderInUse } from './errors';

const LOCK_NAME = 'sen-db.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite does not stop a second process from opening the same data folder, and two writers
 * corrupt it. This lock file (with the holder's pid) does. A lock left by a killed process is
 * taken over, so a crash never stops the service from starting again.
 */
export function lockDataFolder(dataDir: string): () => void {
  const path = join(dataDir, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o600);
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new DataFolderInUse(
          dataDir,
          pid,
          `The database folder ${dataDir} is in use by process ${pid}${pid === process.pid ? ' (this one)' : ''}. ` +
            'Stop it first (commands such as backup need the server stopped when using PGlite). ' +
            `If no such process is running, delete ${path}.`,
        );
      }
      rmSync(path, { force: true });
    }
  }
  throw new Error(`Could not lock the database folder ${dataDir}`);
}
