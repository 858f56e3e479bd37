// The question-set scorer of shared/eval/score.mjs, in the browser: the Guidance page asks the
// bot each question through the API and scores the answers here, with the same rules, so the
// pass rate staff see is the one the command-line scorer would print.

export interface EvalQuestion {
  id: string;
  q: string;
  type?: string;
  must?: string[][];
  must_not?: string[];
  cite?: string[];
}

export interface EvalAnswer {
  answer: string;
  citations: { title?: string | null; quote?: string | null }[];
}

export interface EvalResult {
  question: EvalQuestion;
  answer: EvalAnswer | null;
  reasons: string[];
  passed: boolean;
}

export function parseQuestionSet(text: string): { questions: EvalQuestion[]; errors: string[] } {
  const questions: EvalQuestion[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    try {
      const o = JSON.parse(line) as Partial<EvalQuestion>;
      if (o.id === undefined || typeof o.q !== 'string' || !o.q.trim()) {
        errors.push(`Line ${i + 1}: needs "id" and "q".`);
        return;
      }
      questions.push({ ...o, id: String(o.id), q: o.q } as EvalQuestion);
    } catch (e) {
      errors.push(`Line ${i + 1}: not valid JSON (${(e as Error).message}).`);
    }
  });
  return { questions, errors };
}

const norm = (s: unknown) =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[^a-z0-9@.'/ ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function scoreAnswer(q: EvalQuestion, a: EvalAnswer | null): EvalResult {
  const reasons: string[] = [];
  if (!a) reasons.push('no answer');
  else {
    const text = String(a.answer ?? '');
    for (const group of q.must ?? []) {
      if (!group.some((r) => new RegExp(r, 'i').test(text)))
        reasons.push(`missing one of ${JSON.stringify(group)}`);
    }
    for (const r of q.must_not ?? []) {
      if (new RegExp(r, 'im').test(text)) reasons.push(`must not match /${r}/`);
    }
    if (q.cite?.length) {
      const quotes = (a.citations ?? []).map((c) => norm(`${c.title ?? ''} ${c.quote ?? ''}`));
      if (!q.cite.some((p) => quotes.some((t) => t.includes(norm(p)))))
        reasons.push(`no citation contains one of ${JSON.stringify(q.cite)}`);
    }
  }
  return { question: q, answer: a, reasons, passed: reasons.length === 0 };
}

export interface EvalSummary {
  passed: number;
  total: number;
  rate: number;
  byType: { type: string; passed: number; total: number }[];
}

export function summarise(results: readonly EvalResult[]): EvalSummary {
  const byType = new Map<string, { passed: number; total: number }>();
  let passed = 0;
  for (const r of results) {
    const type = r.question.type ?? 'answer';
    const t = byType.get(type) ?? { passed: 0, total: 0 };
    t.total++;
    if (r.passed) {
      t.passed++;
      passed++;
    }
    byType.set(type, t);
  }
  return {
    passed,
    total: results.length,
    rate: results.length ? passed / results.length : 0,
    byType: [...byType].map(([type, v]) => ({ type, ...v })),
  };
}
