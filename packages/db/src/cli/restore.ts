// pnpm --filter @sen/db restore --in file.ndjson   (into an empty database)
import { restoreDatabase } from '../data-protection/backup';
import { argValue, withConfiguredDatabase } from './run';

const file = argValue('--in');
if (!file) {
  console.error('Usage: restore --in <backup.ndjson> (the target database must be empty)');
  process.exit(2);
}
await withConfiguredDatabase(async ({ db, engine }) => {
  const counts = await restoreDatabase(db, file);
  const rows = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`Restored ${rows} rows into ${engine}.`);
});
