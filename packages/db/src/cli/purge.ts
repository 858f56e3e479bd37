// pnpm --filter @sen/db purge   (deletes what the retention settings no longer keep)
import { purgeExpiredData } from '../data-protection/retention';
import { withConfiguredDatabase } from './run';

await withConfiguredDatabase(async ({ db }) => {
  const result = await purgeExpiredData(db, { now: new Date() });
  console.log(
    `Purged ${result.cases} cases concluded before ${result.closedCasesBefore.slice(0, 10)}, ` +
      `${result.conversations} conversations idle since ${result.conversationsBefore.slice(0, 10)}, ` +
      `${result.sessions} expired sessions.`,
  );
});
