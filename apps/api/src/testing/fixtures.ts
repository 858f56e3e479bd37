import {
  addGuidanceVersion,
  createGuidanceDocument,
  createSite,
  publishGuidanceVersion,
  type Db,
} from '@sen/db';
import { parseDocument } from '@sen/guidance';
import { sectionOf } from '../services/guidance/runtime';

export const HOST_ORIGIN = 'https://council.example';

/** A partner site whose widget may be embedded on HOST_ORIGIN. */
export function createTestSite(
  db: Db,
  now: Date,
  key = 'test-site',
  patch: { enabled?: boolean } = {},
) {
  return createSite(
    db,
    {
      key,
      name: 'Example Council',
      allowedOrigins: [HOST_ORIGIN],
      greeting: 'Hello, ask us about mediation.',
      theme: { colour: '#00594f' },
      ...patch,
    },
    { now, actorKind: 'system' },
  );
}

/** Publishes one Markdown page the way the guidance router will: parsed passages stored with it. */
export async function publishPage(
  db: Db,
  now: Date,
  slug: string,
  title: string,
  markdown: string,
) {
  const actor = { now, actorKind: 'system' as const };
  const doc = await createGuidanceDocument(db, { slug, title }, actor);
  const version = await addGuidanceVersion(
    db,
    doc.id,
    {
      sourceUrl: `https://service.example/${slug}`,
      format: 'markdown',
      body: markdown,
      asOf: '2026-01-05',
    },
    actor,
  );
  const passages = parseDocument({
    id: slug,
    title,
    url: version.sourceUrl,
    asOf: version.asOf,
    format: 'markdown',
    body: markdown,
  });
  await publishGuidanceVersion(
    db,
    version.id,
    {
      sections: passages.map(sectionOf),
    },
    actor,
  );
  return { doc, version };
}

export const SAMPLE_PAGE = `# Mediation

## What mediation is

Mediation is a free meeting, led by an independent mediator, where you and the council try to agree about a child's support.

## How long it takes

The council must arrange the mediation session within 30 days of being told that you want it.
`;
