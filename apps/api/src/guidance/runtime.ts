import {
  guidanceRevision,
  listGuidanceFiles,
  listPublishedGuidance,
  setGuidanceSections,
  type Db,
  type PublishedGuidance,
  type Settings,
} from '@sen/db';
import {
  answer,
  createGuidanceIndex,
  parseDocuments,
  type AnswerEvent,
  type GuidanceDocument,
  type GuidanceIndex,
  type LlmConfig,
  type Passage,
  type PublishedFile,
  type ServiceInfo,
} from '@sen/guidance';
import { errorSummary } from '../logger';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { officeHoursText } from '../office-hours';
import { loadSettings } from '../service-info';
import { londonDate } from '../today';
import { currentRequestOrigin } from './request-origin';

export interface GuidanceStatus {
  /** The published-guidance revision this instance answers from (-1 before the first load). */
  revision: number;
  passages: number;
}

/**
 * The published guidance as this instance knows it. Every instance polls one cheap row (the
 * revision); when another instance publishes, each rebuilds its own index within `pollMs`.
 */
export interface GuidanceRuntime {
  /**
   * `origin`: where the asker reached the service (links to published files start with it);
   * defaults to the origin of the request being handled (see request-origin.ts).
   */
  answer(
    question: string,
    opts: { signal?: AbortSignal; origin?: string },
  ): AsyncIterable<AnswerEvent>;
  status(): GuidanceStatus;
  /** Rebuilds if the revision moved; true when it did. */
  refresh(): Promise<boolean>;
  close(): void;
}

export interface GuidanceRuntimeOptions {
  db: Db;
  clock: Clock;
  logger: Logger;
  llm: LlmConfig | null;
  /** How often to check the revision; 0 turns polling off (tests call refresh()). */
  pollMs?: number;
  /** The public address (PUBLIC_URL): links use it instead of the request's origin. */
  publicUrl?: string | null;
}

interface FileLink {
  slug: string;
  title: string;
  description: string | null;
}

/**
 * A published page as @sen/guidance takes it. Re-parsing the body gives the passages staff saw
 * at publish time (the parser is deterministic) with the structure the index needs.
 */
export function documentOf({ document, version }: PublishedGuidance): GuidanceDocument {
  return {
    id: document.slug,
    title: document.title,
    url: version.sourceUrl,
    asOf: version.asOf,
    format: version.format,
    body: version.body,
  };
}

/**
 * The service's settings as the answer pipeline needs them. With `now`, the opening times carry
 * the office closure in force or coming soon.
 */
export function serviceInfoOf(settings: Settings, now?: Date): ServiceInfo {
  return {
    name: settings.serviceName,
    phone: settings.phone,
    ...(settings.email ? { email: settings.email } : {}),
    ...(settings.address ? { address: settings.address } : {}),
    ...(settings.websiteUrl ? { website: settings.websiteUrl } : {}),
    officeHours: now ? officeHoursText(settings, now) : settings.officeHoursText,
    crisisMessage: settings.crisisMessage,
  };
}

/** A parsed passage as @sen/db stores it. */
export function sectionOf(p: Passage) {
  return {
    id: p.id,
    order: p.order,
    headingPath: p.headingPath,
    text: p.text,
    kind: p.kind,
    ...(p.leadId ? { leadId: p.leadId } : {}),
    ...(p.url ? { url: p.url } : {}),
    ...(p.asOf ? { asOf: p.asOf } : {}),
  };
}

export function createGuidanceRuntime(o: GuidanceRuntimeOptions): GuidanceRuntime {
  let index: GuidanceIndex = createGuidanceIndex([]);
  let revision = -1;
  let fileLinks: FileLink[] = [];
  let loading: Promise<boolean> | null = null;
  let timer: NodeJS.Timeout | null = null;

  async function load(): Promise<boolean> {
    const current = await guidanceRevision(o.db);
    if (current === revision) return false;
    const [published, files] = await Promise.all([
      listPublishedGuidance(o.db),
      listGuidanceFiles(o.db, { publishedOnly: true }),
    ]);
    const docs = published.map(documentOf);
    const passages = parseDocuments(docs);
    // Versions stored without passages (the seed writes the page only) get them now, so staff
    // screens and citations see the same passages the index holds.
    for (const p of published.filter((x) => x.sections.length === 0)) {
      const own = passages.filter((x) => x.docId === p.document.slug);
      if (own.length)
        await setGuidanceSections(o.db, p.version.id, own.map(sectionOf), o.clock.now());
    }
    index = createGuidanceIndex(passages);
    fileLinks = files.map((f) => ({ slug: f.slug, title: f.title, description: f.description }));
    revision = current;
    o.logger.info({ revision, passages: index.passages.length }, 'guidance index rebuilt');
    return true;
  }

  const filesAt = (base: string): PublishedFile[] => {
    const root = base.replace(/\/+$/, '');
    return fileLinks.map((f) => ({
      title: f.title,
      ...(f.description ? { description: f.description } : {}),
      url: `${root}/files/${f.slug}`,
    }));
  };

  const refresh = () =>
    (loading ??= load().finally(() => {
      loading = null;
    }));

  if (o.pollMs) {
    timer = setInterval(() => {
      refresh().catch((error: unknown) =>
        o.logger.warn({ err: errorSummary(error) }, 'guidance revision check failed'),
      );
    }, o.pollMs);
    timer.unref();
  }

  return {
    async *answer(question, { signal, origin }) {
      // The first question on a cold instance waits for the index rather than answering blind.
      if (revision < 0) await refresh();
      const settings = await loadSettings(o);
      const service = serviceInfoOf(settings, o.clock.now());
      const base = o.publicUrl ?? origin ?? currentRequestOrigin();
      yield* answer(question, {
        index,
        service,
        today: londonDate(o.clock.now()),
        calendar: settings.bankHolidayOverrides,
        ...(base ? { files: filesAt(base) } : {}),
        ...(o.llm ? { llm: o.llm } : {}),
        ...(signal ? { signal } : {}),
      });
    },
    status: () => ({ revision, passages: index.passages.length }),
    refresh,
    close() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
