import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { answerOnce, type AnswerContext } from '../answer';
import { parseDocuments } from '../ingest/parse-document';
import { DEFAULT_CRISIS_MESSAGE } from '../pipeline/crisis-text';
import { createGuidanceIndex } from '../search/guidance-index';
import type { Answer, GuidanceDocument, LlmConfig, ServiceInfo } from '../types';
import { loadGuidanceFolder } from './load-folder';

export interface AskOptions {
  /** The published guidance when no --guidance folder is given (the API reads it from the database). */
  loadDefaultCorpus?: () => Promise<GuidanceDocument[]>;
  /** The service's details; without them, name, phone and address come from the pages. */
  service?: ServiceInfo;
  llm?: LlmConfig;
  /** ISO date; defaults to today's date. */
  today?: string;
  stdout: { write(text: string): unknown };
  stderr?: { write(text: string): unknown };
}

const USAGE = `Usage:
  ask "question"                 print an answer and its sources
  ask --jsonl FILE               answer a JSONL file of {"id","q","history"?}, one JSON answer per line
                                 ("history": the family's earlier messages in the same chat,
                                 strings or {"role":"visitor"|"bot","text"} turns, the family's
                                 answered first, in order, so "q" is read as a follow-up)
  options:
    --guidance DIR               answer from the .html, .md and .txt files in DIR
    --today YYYY-MM-DD           the date deadlines are worked out from (default: today)
`;

/** The `ask` command. Returns the exit code: 0 done, 1 some lines failed, 2 bad usage. */
export async function runAsk(argv: readonly string[], options: AskOptions): Promise<number> {
  const err = options.stderr ?? { write: () => undefined };
  let args: ParsedArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    err.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    options.stdout.write(USAGE);
    return 0;
  }
  const today = args.today ?? options.today ?? new Date().toISOString().slice(0, 10);

  let docs: GuidanceDocument[];
  try {
    if (args.guidance) docs = await loadGuidanceFolder(args.guidance);
    else if (options.loadDefaultCorpus) docs = await options.loadDefaultCorpus();
    else throw new Error('No guidance to answer from: give --guidance DIR.');
  } catch (error) {
    err.write(`${(error as Error).message}\n`);
    return 2;
  }
  const ctx: AnswerContext = {
    index: createGuidanceIndex(parseDocuments(docs)),
    service: options.service ?? { crisisMessage: DEFAULT_CRISIS_MESSAGE },
    today,
    ...(options.llm ? { llm: options.llm } : {}),
  };

  if (args.jsonl) return answerFile(args.jsonl, ctx, options.stdout, err);
  const result = await answerOnce(args.question!, ctx);
  options.stdout.write(formatForPeople(result));
  return 0;
}

async function answerFile(
  path: string,
  ctx: AnswerContext,
  out: AskOptions['stdout'],
  err: NonNullable<AskOptions['stderr']>,
): Promise<number> {
  let text: string;
  try {
    text = path === '-' ? await readStdin() : await readFile(path, 'utf8');
  } catch (error) {
    err.write(`--jsonl: cannot read "${path}": ${(error as Error).message}\n`);
    return 2;
  }
  let failed = 0;
  const lines = text.split('\n');
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let row: { id?: unknown; q?: unknown; history?: unknown };
    try {
      row = JSON.parse(line) as typeof row;
      if (typeof row !== 'object' || row === null || typeof row.q !== 'string')
        throw new Error('each line needs a "q" string');
      if (row.history !== undefined && !isHistory(row.history))
        throw new Error(
          '"history" must be a list of messages: strings, or {"role","text"} turns as a chat log holds them',
        );
    } catch (error) {
      err.write(`${path}:${i + 1}: skipped: ${(error as Error).message}\n`);
      failed++;
      continue;
    }
    // The earlier messages of the same chat, answered in turn, carry the conversation's state.
    let state: unknown;
    const history: { role: 'visitor' | 'bot'; text: string }[] = [];
    // A chat log's own turns ({"role","text"}) are read as the family's messages only: the
    // chat's replies are worked out again, as they would be now.
    const earlierMessages = ((row.history as HistoryItem[] | undefined) ?? []).flatMap((h) =>
      typeof h === 'string' ? [h] : h.role === 'visitor' ? [h.text] : [],
    );
    for (const earlier of earlierMessages) {
      const before = await answerOnce(earlier, { ...ctx, state, history });
      state = before.state;
      history.push({ role: 'visitor', text: earlier }, { role: 'bot', text: before.text });
    }
    const result = await answerOnce(row.q as string, { ...ctx, state, history });
    out.write(
      `${JSON.stringify({
        id: row.id ?? i + 1,
        answer: result.text,
        citations: result.citations.map((c) => ({
          title: c.title,
          quote: c.quote,
          ...(c.url ? { url: c.url } : {}),
        })),
        kind: result.kind,
        answered: result.answered,
      })}\n`,
    );
  }
  return failed ? 1 : 0;
}

function formatForPeople(result: Answer): string {
  const sources = result.citations.map(
    (c, i) =>
      `  [${i + 1}] ${c.title}${c.url ? ` (${c.url})` : ''}\n      "${c.quote.replace(/\n/g, ' / ')}"`,
  );
  return `${result.text}\n${sources.length ? `\nSources:\n${sources.join('\n')}\n` : ''}`;
}

interface ParsedArgs {
  guidance?: string;
  jsonl?: string;
  today?: string;
  question?: string;
  help?: boolean;
}

function parseArgs(argv: readonly string[]): ParsedArgs {
  const args: ParsedArgs = {};
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || (v.startsWith('--') && v !== '-'))
        throw new Error(`${a} needs a value.`);
      return v;
    };
    if (a === '--guidance') args.guidance = value();
    else if (a === '--jsonl') args.jsonl = value();
    else if (a === '--today') {
      args.today = value();
      if (!/^\d{4}-\d{2}-\d{2}$/.test(args.today) || Number.isNaN(Date.parse(args.today)))
        throw new Error('--today must be a date like 2025-03-03.');
    } else if (a === '--help' || a === '-h') args.help = true;
    else if (a.startsWith('--')) throw new Error(`Unknown option ${a}.`);
    else words.push(a);
  }
  if (args.help) return args;
  if (args.jsonl && words.length)
    throw new Error('Give either a question or --jsonl FILE, not both.');
  if (!args.jsonl) {
    if (!words.join(' ').trim()) throw new Error('Give a question, or --jsonl FILE.');
    args.question = words.join(' ');
  }
  return args;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runAsk(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `ask failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}

type HistoryItem = string | { role: 'visitor' | 'bot'; text: string };
function isHistory(value: unknown): value is HistoryItem[] {
  return (
    Array.isArray(value) &&
    value.every(
      (h) =>
        typeof h === 'string' ||
        (typeof h === 'object' &&
          h !== null &&
          (h.role === 'visitor' || h.role === 'bot') &&
          typeof h.text === 'string'),
    )
  );
}
