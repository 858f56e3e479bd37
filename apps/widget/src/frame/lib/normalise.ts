// The API returns results built by @sen/rules and @sen/guidance. These functions turn them into
// the few fields the UI shows, tolerating the small naming differences between those packages
// (e.g. `asOf` or `asOfDate`), and never passing through anything that is not plain text.
import type { Citation, DeadlineItem, TriageOption, TriageStep } from './types';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (...values: unknown[]): string => {
  for (const v of values) if (typeof v === 'string' && v.trim()) return v.trim();
  return '';
};
/** A string, a list of strings, or a list of `{ text }` steps, as paragraphs. */
const lines = (v: unknown): string[] => {
  if (typeof v === 'string')
    return v
      .split(/\n+/)
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(v))
    return v.flatMap((item) => (isObj(item) ? lines(item.text ?? item.step) : lines(item)));
  return [];
};

export function normaliseCitation(raw: unknown): Citation | null {
  if (!isObj(raw)) return null;
  const quote = str(raw.quote, raw.text);
  if (!quote) return null;
  const heading = Array.isArray(raw.headingPath)
    ? raw.headingPath.filter((h) => typeof h === 'string').join(' › ')
    : '';
  const url = str(raw.url, raw.sourceUrl, raw.source);
  return {
    quote,
    title: str(raw.title, raw.pageTitle, heading, raw.heading, url),
    url: /^https?:\/\//i.test(url) ? url : '',
    asOf: str(raw.asOf, raw.asOfDate, raw.checkedOn).slice(0, 10),
  };
}

export function normaliseCitations(raw: unknown): Citation[] {
  return Array.isArray(raw) ? raw.map(normaliseCitation).filter((c): c is Citation => !!c) : [];
}

export function normaliseTriage(raw: unknown): TriageStep | null {
  if (!isObj(raw)) return null;
  const q = isObj(raw.question)
    ? raw.question
    : raw.type === 'question' || raw.kind === 'question'
      ? raw
      : null;
  if (q) {
    const options: TriageOption[] = (
      Array.isArray(q.options) ? q.options : Array.isArray(q.choices) ? q.choices : []
    )
      .map((o): TriageOption | null => {
        if (typeof o === 'string') return { value: o, label: o };
        if (!isObj(o)) return null;
        const value = o.value ?? o.id;
        const label = str(o.label, o.text);
        if ((typeof value !== 'string' && typeof value !== 'boolean') || !label) return null;
        const hint = str(o.hint);
        return { value: String(value), label, ...(hint ? { hint } : {}) };
      })
      .filter((o): o is TriageOption => !!o);
    const id = str(q.id, q.key);
    const text = str(q.text, q.prompt, q.question, q.label);
    if (!id || !text || options.length === 0) return null;
    const hint = str(q.hint, q.help);
    return { type: 'question', question: { id, text, options, ...(hint ? { hint } : {}) } };
  }
  const r = isObj(raw.result)
    ? raw.result
    : isObj(raw.route)
      ? raw.route
      : raw.type === 'result' || raw.kind === 'result'
        ? raw
        : null;
  if (!r) return null;
  const explanation = lines(r.explanation ?? r.summary ?? r.text ?? r.steps);
  const title = str(r.title, r.heading, r.label, r.outcome);
  if (!title && explanation.length === 0) return null;
  const sources = (
    Array.isArray(r.sources) ? r.sources : typeof r.source === 'string' ? [r.source] : []
  ).filter((s): s is string => typeof s === 'string');
  return { type: 'result', result: { title, explanation, sources } };
}

export function normaliseDeadlines(raw: unknown): DeadlineItem[] {
  const list = Array.isArray(raw)
    ? raw
    : isObj(raw)
      ? Array.isArray(raw.results)
        ? raw.results
        : Array.isArray(raw.deadlines)
          ? raw.deadlines
          : []
      : [];
  return list
    .map((item): DeadlineItem | null => {
      if (!isObj(item)) return null;
      const date = str(item.date);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
      const source = str(item.source, item.rule);
      return {
        label: str(item.label, item.title, item.name),
        date,
        explanation: lines(item.explanation),
        warnings: lines(item.warnings ?? item.warning),
        ...(source ? { source } : {}),
      };
    })
    .filter((d): d is DeadlineItem => !!d);
}
