// `pnpm ask "question"` / `pnpm ask --jsonl FILE`: the guidance engine from the command line.
// Without --guidance it answers from the guidance published in this installation's database,
// with the service's own details (phone, opening hours) from its settings.
import path from 'node:path';
import {
  getSettings,
  listLocalAuthorities,
  listPublishedGuidance,
  openDatabase,
  type DbHandle,
} from '@sen/db';
import { runAsk } from '@sen/guidance/cli';
import { ConfigError, loadEnv } from '../lib/env';
import { explainAskFailure } from './ask-errors';
import { documentOf, serviceInfoOf } from '../services/guidance/runtime';

async function main(argv: string[]): Promise<number> {
  let env;
  try {
    env = loadEnv();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const fromFolder = argv.includes('--guidance');
  let handle: DbHandle | null = null;
  const open = async () =>
    (handle ??= await openDatabase(
      env.databaseUrl ? { url: env.databaseUrl } : { dataDir: path.join(env.dataDir, 'pglite') },
    ));
  try {
    // With a folder, the pages speak for themselves (their phone number, their hours).
    const service = fromFolder
      ? undefined
      : serviceInfoOf(
          await getSettings((await open()).db),
          undefined,
          (await listLocalAuthorities((await open()).db)).map((a) => a.name),
        );
    return await runAsk(argv, {
      loadDefaultCorpus: async () =>
        (await listPublishedGuidance((await open()).db)).map(documentOf),
      ...(service ? { service } : {}),
      ...(env.llm ? { llm: env.llm } : {}),
      stdout: process.stdout,
      stderr: process.stderr,
    });
  } finally {
    await (handle as DbHandle | null)?.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${explainAskFailure(error)}\n`);
    process.exit(1);
  },
);
