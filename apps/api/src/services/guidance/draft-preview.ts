// Answers a question as the widget would if one draft version were published: the published pages
// with that document's page swapped for the draft. Built per call (a library is a few hundred
// passages), so nothing shared changes. The offline engine only: the model is tried at publish.
import { todayInEngland } from '@sen/rules';
import { getGuidanceVersion, listGuidanceDocuments, listPublishedGuidance, type Db } from '@sen/db';
import type { Answer, GuidanceDocument } from '@sen/guidance';
import { loadEngine } from './engine';
import type { Clock } from '../../lib/clock';
import { loadSettings } from '../settings/service-info';

export async function answerWithDraft(
  deps: { db: Db; clock: Clock },
  versionId: string,
  question: string,
): Promise<{
  answer: Answer;
  passages: Map<string, { title: string; headingPath: string[]; text: string }>;
} | null> {
  const draft = await getGuidanceVersion(deps.db, versionId);
  if (!draft) return null;
  const doc = (await listGuidanceDocuments(deps.db)).find((d) => d.id === draft.documentId);
  if (!doc) return null;
  const docs: GuidanceDocument[] = (await listPublishedGuidance(deps.db))
    .filter((p) => p.document.id !== doc.id)
    .map(({ document, version }) => ({
      id: document.slug,
      title: document.title,
      url: version.sourceUrl,
      asOf: version.asOf,
      format: version.format,
      body: version.body,
    }));
  docs.push({
    id: doc.slug,
    title: doc.title,
    url: draft.sourceUrl,
    asOf: draft.asOf,
    format: draft.format,
    body: draft.body,
  });
  const { answerOnce, createGuidanceIndex, parseDocuments } = await loadEngine();
  const passages = parseDocuments(docs);
  const settings = await loadSettings(deps);
  const answer = await answerOnce(question, {
    index: createGuidanceIndex(passages),
    service: {
      name: settings.serviceName,
      phone: settings.phone,
      ...(settings.email ? { email: settings.email } : {}),
      ...(settings.address ? { address: settings.address } : {}),
      ...(settings.websiteUrl ? { website: settings.websiteUrl } : {}),
      officeHours: settings.officeHoursText,
      crisisMessage: settings.crisisMessage,
    },
    today: todayInEngland(deps.clock.now()),
    calendar: settings.bankHolidayOverrides,
  });
  return {
    answer,
    passages: new Map(
      passages.map((p) => [p.id, { title: p.title, headingPath: p.headingPath, text: p.text }]),
    ),
  };
}
