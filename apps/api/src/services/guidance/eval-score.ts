// The answer-quality scorer of /work/shared/eval (score.mjs) as a pure module, so staff can run a
// question set from the console: `must` groups of case-insensitive regexes (one of each group must
// match), `must_not` regexes (multi-line, none may match), `cite` phrases (one citation's title
// and quote, normalised, must contain one). Patterns come from staff, so they are run by RE2JS,
// a linear-time engine: a pattern such as (.|.)*\x01 that would make the JavaScript engine
// backtrack for hours (holding the only event loop, so no family gets an answer) is checked in
// time proportional to the text. RE2 has no back-references or look-arounds; such patterns are
// refused with a sentence that says so.
import { RE2JS } from 're2js';

export const MAX_QUESTIONS = 200;
export const MAX_PATTERN_CHARS = 200;
/**
 * RE2 checks text in time proportional to its length times the size of the compiled pattern;
 * a short pattern can still expand (`(.*a){999}` is 5,000 steps, seconds per check). Any plain
 * 200-character phrase or word list compiles to fewer than this.
 */
export const MAX_PATTERN_PROGRAM = 300;
export const MAX_QUESTION_CHARS = 1000;
/** Answers are cut to this before patterns run, bounding the work any pattern can do. */
export const MAX_ANSWER_CHARS = 8000;

export interface EvalQuestion {
  id: string;
  q: string;
  type: string;
  must: TextPattern[][];
  mustSource: string[][];
  mustNot: TextPattern[];
  mustNotSource: string[];
  cite: string[];
}

export interface EvalAnswer {
  text: string;
  citations: { title?: string; quote?: string }[];
}

export interface ScoredQuestion {
  id: string;
  question: string;
  type: string;
  pass: boolean;
  /** Why it failed, one sentence per failed check (empty when it passed). */
  reasons: string[];
}

export class EvalInputError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
    this.name = 'EvalInputError';
  }
}

/** score.mjs `norm`: lower case, curly apostrophes straightened, punctuation and spacing ignored. */
export function normalise(s: unknown): string {
  return String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9@.'/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A compiled staff pattern: true when it occurs anywhere in the text. */
export interface TextPattern {
  test(text: string): boolean;
}

// What RE2 leaves out of JavaScript's syntax on purpose (they need backtracking).
const BACKTRACKING_ONLY = /\\[1-9]|\\k<|\(\?<?[=!]/;

function compile(pattern: unknown, flags: 'i' | 'im', where: string): TextPattern {
  if (typeof pattern !== 'string' || !pattern) throw new Error(`${where}: a pattern must be text.`);
  if (pattern.length > MAX_PATTERN_CHARS) {
    throw new Error(`${where}: a pattern is longer than ${MAX_PATTERN_CHARS} characters.`);
  }
  if (BACKTRACKING_ONLY.test(pattern)) {
    throw new Error(
      `${where}: the pattern /${pattern}/ uses a back-reference or look-around, which the checker does not support; simplify it.`,
    );
  }
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern, RE2JS.CASE_INSENSITIVE | (flags === 'im' ? RE2JS.MULTILINE : 0));
  } catch {
    throw new Error(`${where}: /${pattern}/ is not a valid regular expression.`);
  }
  if (re.programSize() > MAX_PATTERN_PROGRAM) {
    throw new Error(
      `${where}: the pattern /${pattern}/ is too complex to check quickly (it repeats too much); simplify it.`,
    );
  }
  // test() asks for no positions, so RE2JS can use its DFA (10-50x faster than the NFA).
  return { test: (text) => re.test(text) };
}

const stringList = (v: unknown, where: string): string[] => {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    throw new Error(`${where} must be a list of text.`);
  }
  return v as string[];
};

/** Reads a question set in the eval JSONL format; every problem is reported with its line. */
export function parseQuestionSet(jsonl: string): EvalQuestion[] {
  const problems: string[] = [];
  const questions: EvalQuestion[] = [];
  const ids = new Set<string>();
  const lines = jsonl.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (!line.trim()) return;
    const where = `Line ${i + 1}`;
    let raw: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(line);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error();
      raw = parsed as Record<string, unknown>;
    } catch {
      problems.push(`${where} is not a JSON object.`);
      return;
    }
    try {
      const id = raw.id;
      if ((typeof id !== 'string' && typeof id !== 'number') || String(id).length > 100) {
        throw new Error(`${where}: "id" must be short text or a number.`);
      }
      if (ids.has(String(id))) throw new Error(`${where}: the id "${id}" is used twice.`);
      if (typeof raw.q !== 'string' || !raw.q.trim())
        throw new Error(`${where}: "q" (the question) is missing.`);
      if (raw.q.length > MAX_QUESTION_CHARS) {
        throw new Error(`${where}: the question is longer than ${MAX_QUESTION_CHARS} characters.`);
      }
      const mustRaw = raw.must ?? [];
      if (!Array.isArray(mustRaw)) throw new Error(`${where}: "must" must be a list of lists.`);
      const mustSource = mustRaw.map((g, gi) => {
        const group = stringList(g, `${where}: "must" group ${gi + 1}`);
        if (!group.length) throw new Error(`${where}: "must" group ${gi + 1} is empty.`);
        return group;
      });
      const mustNotSource = stringList(raw.must_not, `${where}: "must_not"`);
      const cite = stringList(raw.cite, `${where}: "cite"`);
      ids.add(String(id));
      questions.push({
        id: String(id),
        q: raw.q,
        type: typeof raw.type === 'string' ? raw.type.slice(0, 40) : 'answer',
        mustSource,
        must: mustSource.map((g) => g.map((p) => compile(p, 'i', where))),
        mustNotSource,
        mustNot: mustNotSource.map((p) => compile(p, 'im', where)),
        cite,
      });
    } catch (error) {
      problems.push((error as Error).message);
    }
  });
  if (!problems.length && questions.length === 0)
    problems.push('The question set has no questions.');
  if (questions.length > MAX_QUESTIONS) {
    problems.push(
      `The question set has ${questions.length} questions; run at most ${MAX_QUESTIONS} at a time.`,
    );
  }
  if (problems.length) throw new EvalInputError(problems.slice(0, 20));
  return questions;
}

// Each check is bounded (linear engine, capped pattern and answer), and the event loop gets a
// turn between checks, so a run of many patterns never holds families' requests for long.
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One question against one answer, with score.mjs's reasons. */
export async function scoreAnswer(
  q: EvalQuestion,
  a: EvalAnswer | undefined,
): Promise<ScoredQuestion> {
  const reasons: string[] = [];
  if (!a) reasons.push('no answer');
  else {
    const text = a.text.slice(0, MAX_ANSWER_CHARS);
    const found = async (r: TextPattern) => {
      await nextTurn();
      return r.test(text);
    };
    for (const [gi, group] of q.must.entries()) {
      let any = false;
      for (const r of group) if ((any = await found(r))) break;
      if (!any) reasons.push(`missing one of ${JSON.stringify(q.mustSource[gi])}`);
    }
    for (const [i, r] of q.mustNot.entries()) {
      if (await found(r)) reasons.push(`must not match /${q.mustNotSource[i]}/`);
    }
    if (q.cite.length) {
      const quotes = a.citations.map((c) => normalise(`${c.title ?? ''} ${c.quote ?? ''}`));
      if (!q.cite.some((p) => quotes.some((t) => t.includes(normalise(p))))) {
        reasons.push(`no citation contains one of ${JSON.stringify(q.cite)}`);
      }
    }
  }
  return { id: q.id, question: q.q, type: q.type, pass: reasons.length === 0, reasons };
}

export interface EvalSummary {
  total: number;
  passed: number;
  /** Fraction passed, 0-1. */
  passRate: number;
  byType: { type: string; passed: number; total: number }[];
}

export function summarise(results: readonly ScoredQuestion[]): EvalSummary {
  const byType = new Map<string, { passed: number; total: number }>();
  for (const r of results) {
    const t = byType.get(r.type) ?? { passed: 0, total: 0 };
    t.total += 1;
    if (r.pass) t.passed += 1;
    byType.set(r.type, t);
  }
  const passed = results.filter((r) => r.pass).length;
  return {
    total: results.length,
    passed,
    passRate: results.length ? passed / results.length : 0,
    byType: [...byType].map(([type, v]) => ({ type, ...v })),
  };
}
