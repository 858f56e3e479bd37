import type { Context } from 'hono';
import type { z } from 'zod';
import { getConversation } from '@sen/db';
import type { AppDeps } from '../../system/deps';
import { withTimeout } from '../../lib/with-timeout';
import { BUSY_RETRY_AFTER_SECONDS, isDatabaseBusy } from '../../lib/busy';
import { widgetError, widgetUnavailable } from '../http-errors';
import { errorSummary } from '../../lib/logger';
import { readBodyText, WIDGET_BODY_LIMIT } from './body';
import {
  hitAll,
  RATE_RULES,
  rateKey,
  type RateDecision,
  type RateRule,
} from '../../security/rate-limit';
import { requestMeta } from '../../security/request-meta';
import { hashToken, safeEqual } from '../../security/tokens';

export const MAX_MESSAGE_CHARS = 1000;

/** The answer to a request body over the widget's limit. */
export const tooLarge = (deps: AppDeps, c: Context) =>
  widgetError(deps, c, 413, 'too_large', 'That was too much to send at once.');

/** Parses a JSON body (at most WIDGET_BODY_LIMIT bytes) against `schema`; on failure answers 400 with which field was wrong. */
export async function readBody<S extends z.ZodType>(
  deps: AppDeps,
  c: Context,
  schema: S,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; res: Response }> {
  const body = await readBodyText(c, WIDGET_BODY_LIMIT);
  if (!body.ok && body.reason === 'too_large') {
    return { ok: false, res: await tooLarge(deps, c) };
  }
  let raw: unknown;
  try {
    if (!body.ok) throw new Error(body.reason);
    raw = JSON.parse(body.text);
  } catch {
    return {
      ok: false,
      res: await widgetError(deps, c, 400, 'bad_request', 'We could not read that request.'),
    };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const field = first?.path.join('.') || 'request';
    return {
      ok: false,
      res: await widgetError(
        deps,
        c,
        400,
        'bad_request',
        `Please check ${field}: ${first?.message ?? 'it is not valid'}.`,
      ),
    };
  }
  return { ok: true, data: parsed.data };
}

/**
 * What a request does, for when the rate limiter cannot count (database or Redis down): a
 * `read` (triage, deadlines: rules only, nothing stored) goes ahead uncounted, so families keep
 * the tools that need no database; a `write` (a new chat, a message, a callback) is refused
 * with 503, Retry-After and the phone number, because what it would store could not be kept.
 */
export type RouteAccess = 'read' | 'write';

/** How long a request waits for the shared counters before treating them as down. */
export const LIMITER_WAIT_MS = 2_000;

/** Counts a hit; on refusal answers 429 with Retry-After and a sentence a person can act on. */
export async function limited(
  deps: AppDeps,
  c: Context,
  key: string,
  rule: RateRule,
  access: RouteAccess,
): Promise<Response | null> {
  return limitedAll(deps, c, [{ key, rule }], access);
}

/**
 * How the widget's tools (the route flow, the deadline calculator) begin: the per-IP tool limit,
 * then the JSON body. They are calculations that store nothing, so if the limiter is down they
 * still answer ('read').
 */
export async function readToolBody<S extends z.ZodType>(
  deps: AppDeps,
  c: Context,
  schema: S,
): Promise<{ ok: true; data: z.output<S> } | { ok: false; res: Response }> {
  const key = rateKey('w-tool', ipOf(deps, c));
  const tooMany = await limited(deps, c, key, RATE_RULES.widgetToolPerIp, 'read');
  if (tooMany) return { ok: false, res: tooMany };
  return readBody(deps, c, schema);
}

/** `limited` for several keys at once (one round trip to the shared store). */
export async function limitedAll(
  deps: AppDeps,
  c: Context,
  hits: readonly { key: string; rule: RateRule }[],
  access: RouteAccess,
): Promise<Response | null> {
  let d: RateDecision;
  try {
    d = await withTimeout(hitAll(deps.rateLimiter, hits), LIMITER_WAIT_MS);
  } catch (error) {
    noteLimiterDown(deps, error);
    if (access === 'read') return null;
    // A busy database clears in seconds; anything else (Redis, a wait that ran out) may not.
    return widgetUnavailable(deps, c, isDatabaseBusy(error) ? BUSY_RETRY_AFTER_SECONDS : undefined);
  }
  return d.allowed ? null : rateLimited(deps, c, d);
}

// One line a minute while the counters are down, not one per request.
let lastLimiterWarning = 0;
function noteLimiterDown(deps: AppDeps, error: unknown) {
  if (Date.now() - lastLimiterWarning < 60_000) return;
  lastLimiterWarning = Date.now();
  deps.logger.warn(
    { err: errorSummary(error) },
    'widget rate limits cannot be counted: reads go ahead, writes answer 503',
  );
}

/** The 429 for a refused decision: Retry-After, and how long to wait in words. */
export function rateLimited(deps: AppDeps, c: Context, d: RateDecision) {
  c.header('Retry-After', String(d.retryAfterSeconds));
  const wait =
    d.retryAfterSeconds < 90
      ? `${d.retryAfterSeconds} seconds`
      : `${Math.ceil(d.retryAfterSeconds / 60)} minutes`;
  return widgetError(
    deps,
    c,
    429,
    'rate_limited',
    `You have sent a lot of messages in a short time. Please wait ${wait} and try again.`,
  );
}

export const ipOf = (deps: AppDeps, c: Context) => requestMeta(c, deps.config).ip;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (s: string) => UUID.test(s);

/**
 * The conversation whose bearer token the request carries. The token is the visitor's only
 * credential: it is compared by hash in constant time, and a wrong id or token look the same.
 */
export async function authorisedConversation(
  deps: AppDeps,
  c: Context,
  conversationId: string,
): Promise<AuthorisedConversation | null> {
  const token = /^Bearer ([A-Za-z0-9_-]{43})$/.exec(c.req.header('authorization') ?? '')?.[1];
  if (!token || !isUuid(conversationId)) return null;
  const tokenHash = hashToken(token);
  const key = `${conversationId}:${tokenHash}`;
  const cached = recent.get(key);
  if (cached && Date.now() - cached.at < RECENT_MS) return cached.conv;
  const conv = await getConversation(deps.db, conversationId);
  if (!conv || !safeEqual(conv.tokenHash, tokenHash)) return null;
  const value = { id: conv.id, siteId: conv.siteId };
  // Only successes are remembered: a wrong token always reaches the database check.
  if (recent.size >= 10_000) recent.delete(recent.keys().next().value!);
  recent.set(key, { at: Date.now(), conv: value });
  return value;
}

/** Drops a remembered token check (the conversation turned out to be deleted). */
export function forgetConversation(conversationId: string): void {
  for (const [key, v] of recent) if (v.conv.id === conversationId) recent.delete(key);
}

export interface AuthorisedConversation {
  id: string;
  siteId: string | null;
}

// A chat sends a message every few seconds; re-reading its row for each one is the largest
// per-message cost after the answer itself. A conversation's token never changes, and one that
// is deleted (purge, erasure) fails at the next write, so a minute's memory is safe.
const RECENT_MS = 60_000;
const recent = new Map<string, { at: number; conv: AuthorisedConversation }>();

export function unauthorised(deps: AppDeps, c: Context) {
  return widgetError(deps, c, 401, 'unauthorized', 'This chat has ended. Please start a new one.');
}

/**
 * The message id the widget gets back: opaque to it, and enough for the feedback route to find
 * the conversation whose token must match (conversation id, a dot, the message id).
 */
export function messageRef(conversationId: string, messageId: string): string {
  return `${conversationId}.${messageId}`;
}

export function parseMessageRef(ref: string): { conversationId: string; messageId: string } | null {
  const [conversationId, messageId, extra] = ref.split('.');
  if (extra !== undefined || !conversationId || !messageId) return null;
  return isUuid(conversationId) && isUuid(messageId) ? { conversationId, messageId } : null;
}
