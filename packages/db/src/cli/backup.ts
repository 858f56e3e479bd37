// pnpm --filter @sen/db backup [--out file.ndjson]
import { backupDatabase } from '../data-protection/backup';
import { argValue, withConfiguredDatabase } from './run';

const now = new Date();
const file = argValue('--out') ?? `sen-backup-${now.toISOString().replace(/[:.]/g, '-')}.ndjson`;
await withConfiguredDatabase(async ({ db, engine }) => {
  const counts = await backupDatabase(db, file, { now });
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(
    `Backed up ${rows} rows from ${engine} to ${file}. It holds personal data: keep it safe.`,
  );
});
