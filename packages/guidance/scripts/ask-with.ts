// The ask command with retrieval's semantic settings changed for one run, to measure what each
// part adds: npx tsx scripts/ask-with.ts '{"unknownWords":false}' --guidance DIR --jsonl FILE
import { semanticSettings } from '../src/semantic/settings';

const [json, ...argv] = process.argv.slice(2);
Object.assign(semanticSettings, JSON.parse(json ?? '{}'));
// Imported after the settings are set: the vocabulary is stemmed when its module loads.
const { runAsk } = await import('../src/cli/ask');
process.exitCode = await runAsk(argv, { stdout: process.stdout, stderr: process.stderr });
