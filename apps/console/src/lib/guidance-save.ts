// Saving a guidance page as a draft: pasted or uploaded text through `guidance.addPage`, a web
// address through `guidance.addFromUrl` (the API fetches it).
import { api } from './api';
import type { GuidanceFormat } from './guidance-source';

export interface DraftInput {
  mode: 'paste' | 'upload' | 'url';
  documentId?: string;
  title?: string;
  body: string;
  format: GuidanceFormat;
  fileName?: string;
  sourceUrl: string;
  asOf: string;
}

/** Field problems found before sending, keyed like the API's field errors. */
export function draftProblems(d: DraftInput): Record<string, string> {
  const f: Record<string, string> = {};
  if (d.mode !== 'url' && !d.body.trim()) f.body = 'Add the page content.';
  if (!/^https?:\/\/\S+$/i.test(d.sourceUrl.trim()))
    f.sourceUrl = 'Enter a web address starting with https://.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(d.asOf)) f.asOf = 'Enter the date the content was checked.';
  return f;
}

export function saveDraft(d: DraftInput) {
  const common = {
    ...(d.documentId ? { documentId: d.documentId } : {}),
    ...(d.title?.trim() ? { title: d.title.trim() } : {}),
    asOf: d.asOf,
  };
  if (d.mode === 'url')
    return api.guidance.addFromUrl.mutate({ ...common, url: d.sourceUrl.trim() });
  return api.guidance.addPage.mutate({
    ...common,
    body: d.body,
    format: d.format,
    ...(d.mode === 'upload' && d.fileName ? { fileName: d.fileName } : {}),
    sourceUrl: d.sourceUrl.trim(),
  });
}
