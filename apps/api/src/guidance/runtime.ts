import {
  guidanceRevision,
  listGuidanceFiles,
  listPublishedGuidance,
  setGuidanceSections,
  type Db,
  type PublishedGuidance,
  type Settings,
} from '@sen/db';
import { createHash } from 'node:crypto';
import {
  answer,
  answerEvents,
  answerOnce,
  createGuidanceIndex,
  parseDocuments,
  type Answer,
  type AnswerEvent,
  type GuidanceDocument,
  type GuidanceIndex,
  type LlmConfig,
  type Passage,
  type PublishedFile,
  type ServiceInfo,
  type Turn,
} from '@sen/guidance';
import { errorSummary } from '../logger';
import type { Clock } from '../clock';
import type { Logger } from '../logger';
import { officeHoursText } from '../office-hours';
import { loadAreaNames, loadSettings } from '../service-info';
import { londonDate } from '../today';

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
   * `origin`: where the asker reached the service (links to published files start with it,
   * unless PUBLIC_URL is set); without either, answers carry no file links. Passed explicitly
   * by each caller: a per-request AsyncLocalStorage would switch on promise hooks for every
   * promise in the process.
   */
  answer(
    question: string,
    opts: {
      signal?: AbortSignal;
      origin?: string;
      /** The state stored with the conversation's last answer (null for a new conversation). */
      state?: unknown;
      /** The conversation's earlier turns, oldest first (sent to a model with the question). */
      history?: readonly Turn[];
    },
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
  /** Offline answers kept for repeated questions (see AnswerCache); 0 turns the cache off. */
  answerCacheSize?: number;
}

/** How long a kept answer lives, whatever its key: a bound on stale or retained data. */
const ANSWER_TTL_MS = 10 * 60_000;

/**
 * Offline answers by everything they are computed from: the index revision (which also fixes
 * the published files), the date in London, the link origin, the service details and calendar
 * the answer may quote, and the question. The same inputs give the same answer (answerOnce is
 * deterministic offline), so a hit returns what answering again would. Keys are hashed, so the
 * cache holds no question text; entries expire after ANSWER_TTL_MS and the least recently used
 * go first. Model answers are never kept: they differ run to run and depend on the model.
 */
class AnswerCache {
  private readonly entries = new Map<string, { at: number; value: Promise<Answer> }>();
  constructor(private readonly max: number) {}

  get(key: string, now: number, compute: () => Promise<Answer>): Promise<Answer> {
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      if (now - hit.at < ANSWER_TTL_MS) {
        this.entries.set(key, hit);
        return hit.value;
      }
    }
    // The promise is kept, so concurrent askers of a new question share one computation.
    const value = compute();
    this.entries.set(key, { at: now, value });
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }
}

/** Reasons that say the provider is unwell (the others are the checks doing their job). */
const PROVIDER_TROUBLE = new Set([
  'timeout',
  'rate_limited',
  'server_error',
  'request_refused',
  'network_error',
  'bad_output',
  'breaker_open',
]);

/** Why a model's answer was not shown in full: the code only, never the question or the reply. */
function logModelOutcome(logger: Logger, a: Answer) {
  const reason = a.modelOutcome!.reason;
  const fields = { modelReason: reason, source: a.source, kind: a.kind };
  if (PROVIDER_TROUBLE.has(reason)) logger.warn(fields, 'model answer failed');
  else logger.info(fields, 'model answer not shown in full');
}

const keyOf = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('base64url');

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
export function serviceInfoOf(settings: Settings, now?: Date, areas?: string[]): ServiceInfo {
  return {
    ...(areas?.length ? { areas } : {}),
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
  const cacheSize = o.answerCacheSize ?? 1000;
  const cache = !o.llm && cacheSize > 0 ? new AnswerCache(cacheSize) : null;
  // The service details answers quote, with their part of the cache key, computed once per
  // settings read and London date instead of per question.
  let context: {
    settings: Settings;
    areas: string[];
    today: string;
    service: ServiceInfo;
    key: string;
  } | null = null;
  const contextFor = (settings: Settings, areas: string[], now: Date) => {
    const today = londonDate(now);
    if (context?.settings !== settings || context.areas !== areas || context.today !== today) {
      const service = serviceInfoOf(settings, now, areas);
      context = {
        settings,
        areas,
        today,
        service,
        key: keyOf(JSON.stringify([service, settings.bankHolidayOverrides])),
      };
    }
    return context;
  };

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
    async *answer(question, { signal, origin, state, history }) {
      // The first question on a cold instance waits for the index rather than answering blind.
      if (revision < 0) await refresh();
      const [settings, areas] = await Promise.all([loadSettings(o), loadAreaNames(o)]);
      const now = o.clock.now();
      const { service, today, key } = contextFor(settings, areas, now);
      const base = o.publicUrl ?? origin;
      // Read together, after the last await: the index and the revision in the key must match.
      const [at, atRevision] = [index, revision];
      const ctx = () => ({
        index: at,
        service,
        today,
        calendar: settings.bankHolidayOverrides,
        ...(base ? { files: filesAt(base) } : {}),
        ...(o.llm ? { llm: o.llm } : {}),
        ...(signal ? { signal } : {}),
        ...(state ? { state } : {}),
        // Earlier turns matter only to a model; offline answers (the cached ones) ignore them.
        ...(history?.length ? { history } : {}),
      });
      if (!cache) {
        for await (const ev of answer(question, ctx())) {
          if (ev.type === 'done' && ev.answer.modelOutcome) logModelOutcome(o.logger, ev.answer);
          yield ev;
        }
        return;
      }
      // The conversation's state changes the answer (a follow-up, a date given earlier), so it
      // is part of the key; the offline engine does not read the history itself.
      const cacheKey = keyOf(
        String(atRevision),
        today,
        base ?? '',
        key,
        state ? JSON.stringify(state) : '',
        question,
      );
      yield* answerEvents(
        await cache.get(cacheKey, now.getTime(), () => answerOnce(question, ctx())),
      );
    },
    status: () => ({ revision, passages: index.passages.length }),
    refresh,
    close() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
