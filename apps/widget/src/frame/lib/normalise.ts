// The API returns results built by @sen/rules and @sen/guidance. These functions turn them into
// the few fields the UI shows, tolerating the small naming differences between those packages
// (e.g. `asOf` or `asOfDate`), and never passing through anything that is not plain text.
import { template, templates } from './rule-text';
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

/** The suggested answers the server sent: a few short strings, anything else dropped. */
export function normaliseQuickReplies(raw: unknown): string[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const list = raw
    .filter((r): r is string => typeof r === 'string' && r.trim().length > 0 && r.length <= 160)
    .slice(0, 8);
  return list.length ? list : undefined;
}

export function normaliseCitations(raw: unknown): Citation[] {
  return Array.isArray(raw) ? raw.map(normaliseCitation).filter((c): c is Citation => !!c) : [];
}

const sourceList = (v: unknown) =>
  (Array.isArray(v) ? v : [])
    .map((item) => {
      if (typeof item === 'string') return { cite: item, url: '' };
      if (!isObj(item)) return null;
      const url = str(item.url);
      return { cite: str(item.cite, item.title), url: /^https:\/\//i.test(url) ? url : '' };
    })
    .filter((s): s is { cite: string; url: string } => !!s && !!s.cite);

/** `{ type: 'question', question }` or `{ type: 'result', route }` from @sen/rules nextStep. */
export function normaliseTriage(raw: unknown): TriageStep | null {
  if (!isObj(raw)) return null;
  if (raw.type === 'question' && isObj(raw.question)) {
    const q = raw.question;
    const options = (Array.isArray(q.options) ? q.options : [])
      .map((o): TriageOption | null => {
        if (!isObj(o) || typeof o.value !== 'string') return null;
        const label = str(o.label);
        const hint = str(o.hint, o.help);
        const labelKey = str(o.labelKey);
        return label
          ? { value: o.value, label, ...(labelKey ? { labelKey } : {}), ...(hint ? { hint } : {}) }
          : null;
      })
      .filter((o): o is TriageOption => !!o);
    const id = str(q.id);
    const text = str(q.text);
    if (!id || !text || options.length === 0) return null;
    const hint = str(q.help, q.hint);
    const textKey = str(q.textKey);
    const hintKey = str(q.helpKey);
    return {
      type: 'question',
      question: {
        id,
        text,
        ...(textKey ? { textKey } : {}),
        multiple: q.multiple === true,
        options,
        ...(hint ? { hint } : {}),
        ...(hint && hintKey ? { hintKey } : {}),
      },
    };
  }
  const r =
    raw.type === 'result'
      ? isObj(raw.route)
        ? raw.route
        : isObj(raw.result)
          ? raw.result
          : null
      : null;
  if (!r) return null;
  const title = str(r.title);
  const summary = lines(r.summary ?? r.explanation);
  if (!title && summary.length === 0) return null;
  const tr = isObj(r.templates) ? r.templates : {};
  const words = {
    title: template(tr.title),
    summary: template(tr.summary),
    reasons: templates(tr.reasons),
    nextSteps: templates(tr.nextSteps),
  };
  return {
    type: 'result',
    result: {
      outcome: str(r.outcome),
      title,
      summary,
      reasons: lines(r.reasons),
      nextSteps: lines(r.nextSteps),
      sources: sourceList(r.sources),
      ...(words.title && words.summary && words.reasons && words.nextSteps
        ? {
            templates: {
              title: words.title,
              summary: words.summary,
              reasons: words.reasons,
              nextSteps: words.nextSteps,
            },
          }
        : {}),
    },
  };
}

/** The API's `{ results: [...] }` from POST /deadlines. */
export function normaliseDeadlines(raw: unknown): DeadlineItem[] {
  const list = isObj(raw) && Array.isArray(raw.results) ? raw.results : [];
  return list
    .map((item): DeadlineItem | null => {
      if (!isObj(item)) return null;
      const date = str(item.date);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
      const steps = lines(item.steps);
      const labelKey = str(item.labelKey);
      const stepTemplates = templates(item.stepTemplates);
      const warningTemplates = templates(item.warningTemplates);
      return {
        label: str(item.label),
        ...(labelKey ? { labelKey } : {}),
        ...(stepTemplates?.length ? { stepTemplates } : {}),
        ...(warningTemplates?.length ? { warningTemplates } : {}),
        date,
        dateText: str(item.dateText),
        steps: steps.length ? steps : lines(item.explanation),
        warnings: lines(item.warnings),
        source: str(item.source),
        byFivePm: item.byFivePm === true,
      };
    })
    .filter((d): d is DeadlineItem => !!d);
}
