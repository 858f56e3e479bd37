import { getSettings, listLocalAuthorities, type Settings } from '@sen/db';
import type { AppDeps } from './deps';
import { officeHoursNow, officeHoursText } from './office-hours';

// Settings are read on almost every widget request; a few seconds of staleness across instances
// is the price of not reading a row per request.
const TTL_MS = 5_000;
const cache = new WeakMap<object, { at: number; value: Promise<Settings> }>();

export function loadSettings(deps: Pick<AppDeps, 'db' | 'clock'>): Promise<Settings> {
  const now = Date.now();
  const hit = cache.get(deps.db);
  if (hit && now - hit.at < TTL_MS) return hit.value;
  const value = getSettings(deps.db);
  cache.set(deps.db, { at: now, value });
  value.catch(() => cache.delete(deps.db));
  return value;
}

const areaCache = new WeakMap<object, { at: number; value: Promise<string[]> }>();

/**
 * The names of the local authorities the service lists (the chat answers "do you cover …?"
 * from them), cached like the settings: one array per read, so callers can compare it by identity.
 */
export function loadAreaNames(deps: Pick<AppDeps, 'db'>): Promise<string[]> {
  const now = Date.now();
  const hit = areaCache.get(deps.db);
  if (hit && now - hit.at < TTL_MS) return hit.value;
  const value = listLocalAuthorities(deps.db).then((rows) => rows.map((r) => r.name));
  areaCache.set(deps.db, { at: now, value });
  value.catch(() => areaCache.delete(deps.db));
  return value;
}

export interface PublicServiceInfo {
  name: string;
  phone: string;
  email?: string;
  officeHours: { openNow: boolean; text: string };
}

export async function loadServiceInfo(
  deps: Pick<AppDeps, 'db' | 'clock'>,
): Promise<PublicServiceInfo> {
  const s = await loadSettings(deps);
  return {
    name: s.serviceName,
    phone: s.phone,
    ...(s.email ? { email: s.email } : {}),
    officeHours: {
      openNow: officeHoursNow(s, deps.clock.now()),
      text: officeHoursText(s, deps.clock.now()),
    },
  };
}

export function invalidateSettings(deps: Pick<AppDeps, 'db'>): void {
  cache.delete(deps.db);
  areaCache.delete(deps.db);
}
