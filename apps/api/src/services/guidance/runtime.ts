import { todayInEngland } from '@sen/rules';
import {
  guidanceRevision,
  listGuidanceExamples,
  listGuidanceFiles,
  listPublishedGuidance,
  listVocabularyTerms,
  setGuidanceSections,
  type Db,
  type GuidanceExample,
  type PublishedGuidance,
  type Settings,
  type VocabularyTerm,
} from '@sen/db';
import { createHash } from 'node:crypto';
import type {
  AnswerContext,
  Answer,
  AnswerEvent,
  GuidanceDocument,
  GuidanceIndex,
  LlmConfig,
  Passage,
  PublishedFile,
  ServiceInfo,
  Turn,
  TaughtExample,
  VocabularyGroup,
} from '@sen/guidance';
import { loadEngine } from './engine';
import { errorSummary } from '../../lib/logger';
import type { Clock } from '../../lib/clock';
import type { Logger } from '../../lib/logger';
import { officeHoursText } from '../settings/office-hours';
import { loadAreas, loadSettings, type Areas } from '../settings/service-info';

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
      /**
       * The family's council when the widget knows it (the partner page's context or the
       * callback form): "my local IASS?" is answered with that council's details.
       */
      localAuthority?: string;
      /** The widget's chosen language: a message too short to tell its own is read as in it. */
      language?: string;
    },
  ): AsyncIterable<AnswerEvent>;
  status(): GuidanceStatus;
  /**
   * The index this instance answers from now (read through staff's vocabulary), for staff
   * screens that pick or search published passages. Checks the revision first.
   */
  current(): Promise<GuidanceIndex>;
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

/**
 * Taught examples as the engine takes them, each on the passage it was taught with: found by
 * its id while that passage still has the same words, else by its exact words (a republished
 * page renumbers passages); dropped when those words are no longer published.
 */
export function taughtExamplesOf(
  rows: readonly GuidanceExample[],
  index: GuidanceIndex,
): TaughtExample[] {
  const byText = new Map(index.passages.map((p) => [p.text, p.id]));
  const out: TaughtExample[] = [];
  for (const r of rows) {
    const passageId =
      index.passage(r.passageId)?.text === r.passageText ? r.passageId : byText.get(r.passageText);
    if (!passageId) continue;
    out.push({ question: r.question, passageId, ...(r.answer ? { answer: r.answer } : {}) });
  }
  return out;
}

/**
 * Staff's vocabulary terms as the engine takes them. The one place the stored rows meet the
 * engine's type: when the engine's vocabulary becomes a data file with its own shape, only this
 * changes.
 */
export function vocabularyOf(rows: readonly VocabularyTerm[]): VocabularyGroup[] {
  return rows.map((r) => ({ words: [...r.words] }));
}

export function createGuidanceRuntime(o: GuidanceRuntimeOptions): GuidanceRuntime {
  // Null until the first load, which runs after the server listens (see engine.ts).
  let index: GuidanceIndex | null = null;
  let revision = -1;
  let fileLinks: FileLink[] = [];
  let taught: TaughtExample[] = [];
  let loading: Promise<boolean> | null = null;
  let timer: NodeJS.Timeout | null = null;
  const cacheSize = o.answerCacheSize ?? 1000;
  const cache = !o.llm && cacheSize > 0 ? new AnswerCache(cacheSize) : null;
  // The service details answers quote, with their part of the cache key, computed once per
  // settings read and London date instead of per question.
  let context: {
    settings: Settings;
    areas: Areas;
    today: string;
    service: ServiceInfo;
    councils: NonNullable<AnswerContext['localAdvice']>['councils'];
    key: string;
  } | null = null;
  const contextFor = (settings: Settings, areas: Areas, now: Date) => {
    const today = todayInEngland(now);
    if (context?.settings !== settings || context.areas !== areas || context.today !== today) {
      const service = serviceInfoOf(settings, now, areas.names);
      context = {
        settings,
        areas,
        today,
        service,
        councils: areas.councils,
        // The councils' IASS details are quoted in answers, so they are part of the key.
        key: keyOf(JSON.stringify([service, settings.bankHolidayOverrides, areas.councils])),
      };
    }
    return context;
  };

  async function load(): Promise<boolean> {
    const current = await guidanceRevision(o.db);
    if (current === revision) return false;
    const [published, files, examples, terms] = await Promise.all([
      listPublishedGuidance(o.db),
      listGuidanceFiles(o.db, { publishedOnly: true }),
      listGuidanceExamples(o.db),
      listVocabularyTerms(o.db),
    ]);
    const docs = published.map(documentOf);
    const { createGuidanceIndex, parseDocuments, withVocabulary } = await loadEngine();
    const passages = parseDocuments(docs);
    // Versions stored without passages (the seed writes the page only) get them now, so staff
    // screens and citations see the same passages the index holds.
    for (const p of published.filter((x) => x.sections.length === 0)) {
      const own = passages.filter((x) => x.docId === p.document.slug);
      if (own.length)
        await setGuidanceSections(o.db, p.version.id, own.map(sectionOf), o.clock.now());
    }
    const built = createGuidanceIndex(passages);
    index = withVocabulary(built, vocabularyOf(terms));
    taught = taughtExamplesOf(examples, built);
    fileLinks = files.map((f) => ({ slug: f.slug, title: f.title, description: f.description }));
    revision = current;
    o.logger.info(
      { revision, passages: built.passages.length, taught: taught.length, terms: terms.length },
      'guidance index rebuilt',
    );
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
    async *answer(question, { signal, origin, state, history, localAuthority, language }) {
      // The first question on a cold instance waits for the index rather than answering blind.
      if (revision < 0) await refresh();
      const [settings, areas, { answer, answerEvents, answerOnce }] = await Promise.all([
        loadSettings(o),
        loadAreas(o),
        loadEngine(),
      ]);
      const now = o.clock.now();
      const { service, today, key, councils } = contextFor(settings, areas, now);
      const base = o.publicUrl ?? origin;
      // Read together, after the last await: the index and the revision in the key must match.
      const [at, atRevision, atTaught] = [index, revision, taught];
      if (!at) throw new Error('the guidance index is not loaded');
      const ctx = () => ({
        index: at,
        ...(atTaught.length ? { taught: atTaught } : {}),
        service,
        today,
        calendar: settings.bankHolidayOverrides,
        ...(base ? { files: filesAt(base) } : {}),
        ...(o.llm ? { llm: o.llm } : {}),
        ...(signal ? { signal } : {}),
        ...(state ? { state } : {}),
        // Earlier turns go to a model, and tell the local-advice answer which council the
        // family named and whether the chat just asked for it.
        ...(history?.length ? { history } : {}),
        ...(councils.length
          ? { localAdvice: { councils, ...(localAuthority ? { known: localAuthority } : {}) } }
          : {}),
        ...(language ? { language } : {}),
      });
      if (!cache) {
        for await (const ev of answer(question, ctx())) {
          if (ev.type === 'done' && ev.answer.modelOutcome) logModelOutcome(o.logger, ev.answer);
          yield ev;
        }
        return;
      }
      // The conversation's state changes the answer (a follow-up, a date given earlier), and so
      // do the earlier turns (a council named, "which council?" just asked) and the council the
      // widget knows: all are part of the key.
      const cacheKey = keyOf(
        String(atRevision),
        today,
        base ?? '',
        key,
        state ? JSON.stringify(state) : '',
        history?.length ? JSON.stringify(history) : '',
        localAuthority ?? '',
        language ?? '',
        question,
      );
      yield* answerEvents(
        await cache.get(cacheKey, now.getTime(), () => answerOnce(question, ctx())),
      );
    },
    status: () => ({ revision, passages: index?.passages.length ?? 0 }),
    async current() {
      // One cheap read of the revision: a staff screen sees a change another instance made
      // without waiting for the poll.
      await refresh();
      return index ?? (await loadEngine()).createGuidanceIndex([]);
    },
    refresh,
    close() {
      if (timer) clearInterval(timer);
      timer = null;
    },
  };
}
