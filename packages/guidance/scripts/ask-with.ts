// The ask command with retrieval's semantic settings changed for one run, to measure what each
// part adds: npx tsx scripts/ask-with.ts '{"unknownWords":false}' --guidance DIR --jsonl FILE
import { runAsk } from '../src/cli/ask';
import { semanticSettings } from '../src/semantic/settings';

const [json, ...argv] = process.argv.slice(2);
Object.assign(semanticSettings, JSON.parse(json ?? '{}'));
process.exitCode = await runAsk(argv, { stdout: process.stdout, stderr: process.stderr });
