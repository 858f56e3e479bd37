// Messages between the loader (host page) and the chat frame (service origin). Both sides
// send with an exact targetOrigin and check event.origin and event.source on receipt; this
// module only describes and recognises the shapes.

/** Marks our messages so other postMessage traffic on the host page is ignored. */
export const NS = 'sen-mediation-desk';

/** What the host page may tell the chat (no personal data: this is page context only). */
export interface WidgetContext {
  /** A short label for the page the visitor is on, e.g. "EHC plans". */
  page?: string;
  /** The local authority the partner site belongs to, used to pre-fill the callback form. */
  localAuthority?: string;
}

export type ToFrame =
  | { ns: typeof NS; type: 'hello'; colour?: string; context?: WidgetContext }
  | { ns: typeof NS; type: 'focus' }
  | { ns: typeof NS; type: 'ask'; text: string }
  | { ns: typeof NS; type: 'context'; context: WidgetContext };

export type ToHost =
  /** The API accepted the host origin: the chat is usable. */
  | { ns: typeof NS; type: 'ready' }
  /** The visitor closed the chat from inside it (close button or Escape). */
  | { ns: typeof NS; type: 'close' }
  /** The API refused this site or origin: the loader shows its own short notice. */
  | { ns: typeof NS; type: 'denied' };

export const MAX_QUESTION_LENGTH = 1000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Keeps only short strings under known keys: the host page is not trusted. */
export function cleanContext(value: unknown): WidgetContext {
  const out: WidgetContext = {};
  if (!isRecord(value)) return out;
  for (const key of ['page', 'localAuthority'] as const) {
    const v = value[key];
    if (typeof v === 'string' && v.trim()) out[key] = v.trim().slice(0, 200);
  }
  return out;
}

/** Parses a message the frame received, or null if it is not one of ours or malformed. */
export function readToFrame(data: unknown): ToFrame | null {
  if (!isRecord(data) || data.ns !== NS) return null;
  switch (data.type) {
    case 'hello':
      return {
        ns: NS,
        type: 'hello',
        ...(typeof data.colour === 'string' ? { colour: data.colour.slice(0, 20) } : {}),
        context: cleanContext(data.context),
      };
    case 'focus':
      return { ns: NS, type: 'focus' };
    case 'ask':
      return typeof data.text === 'string' && data.text.trim()
        ? { ns: NS, type: 'ask', text: data.text.trim().slice(0, MAX_QUESTION_LENGTH) }
        : null;
    case 'context':
      return { ns: NS, type: 'context', context: cleanContext(data.context) };
    default:
      return null;
  }
}

/** Parses a message the loader received, or null. */
export function readToHost(data: unknown): ToHost['type'] | null {
  if (!isRecord(data) || data.ns !== NS) return null;
  return data.type === 'ready' || data.type === 'close' || data.type === 'denied'
    ? data.type
    : null;
}
