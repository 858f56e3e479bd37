import { DEFAULT_SETTINGS, getSettings, listLocalAuthorities, type Settings } from '@sen/db';
import type { Db } from '@sen/db';
import type { Clock } from '../../lib/clock';

// What these reads need of the app's dependencies (system/deps.ts's AppDeps has all of it),
// spelled out here so this module does not import AppDeps: AppDeps names the guidance runtime,
// which reads the settings through this module.
interface Deps {
  db: Db;
  clock: Clock;
  config: { fallbackPhone?: string | null };
}
import { withTimeout } from '../../lib/with-timeout';
import { officeHoursNow, officeHoursText } from './office-hours';

// Settings are read on almost every widget request; a few seconds of staleness across instances
// is the price of not reading a row per request.
const TTL_MS = 5_000;
const cache = new WeakMap<object, { at: number; value: Promise<Settings> }>();
// The last settings read that succeeded, kept for as long as the process runs: when the database
// is down or locked, families still get the phone number, office hours and bank-holiday
// overrides as they were a moment ago (issue 15: errors used to lose the number).
const lastGood = new WeakMap<object, Settings>();

export function loadSettings(deps: Pick<Deps, 'db' | 'clock'>): Promise<Settings> {
  const now = Date.now();
  const hit = cache.get(deps.db);
  if (hit && now - hit.at < TTL_MS) return hit.value;
  const value = getSettings(deps.db);
  cache.set(deps.db, { at: now, value });
  value.then(
    (s) => lastGood.set(deps.db, s),
    () => cache.delete(deps.db),
  );
  return value;
}

/** How long a family's request waits for the settings before using the last good read. */
export const SETTINGS_WAIT_MS = 1_000;

/**
 * The settings now, or, when the database does not answer within `waitMs`, the last good read
 * (null when there has been none since the process started).
 */
export async function settingsOrLastKnown(
  deps: Pick<Deps, 'db' | 'clock'>,
  waitMs = SETTINGS_WAIT_MS,
): Promise<Settings | null> {
  try {
    return await withTimeout(loadSettings(deps), waitMs);
  } catch {
    return lastGood.get(deps.db) ?? null;
  }
}

/**
 * The phone number to give a family in any message, whatever is failing: the settings (or the
 * last good read of them), else `SERVICE_PHONE` from the configuration, else null.
 */
export async function phoneForFamilies(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
  waitMs = SETTINGS_WAIT_MS,
): Promise<string | null> {
  const s = await settingsOrLastKnown(deps, waitMs);
  return s?.phone ?? deps.config.fallbackPhone ?? null;
}

/** The councils the service lists: their names, and each one's IASS as staff entered it. */
export interface Areas {
  names: string[];
  councils: {
    name: string;
    iass: { name: string | null; phone: string | null; url: string | null; email: string | null };
  }[];
}

const areaCache = new WeakMap<object, { at: number; value: Promise<Areas> }>();

/**
 * The local authorities the service lists (the chat answers "do you cover …?" and "my local
 * IASS?" from them), cached like the settings: one object per read, so callers can compare it
 * by identity.
 */
export function loadAreas(deps: Pick<Deps, 'db'>): Promise<Areas> {
  const now = Date.now();
  const hit = areaCache.get(deps.db);
  if (hit && now - hit.at < TTL_MS) return hit.value;
  const value = listLocalAuthorities(deps.db).then((rows) => ({
    names: rows.map((r) => r.name),
    councils: rows.map((r) => ({
      name: r.name,
      iass: { name: r.iassName, phone: r.iassPhone, url: r.iassUrl, email: r.iassEmail },
    })),
  }));
  areaCache.set(deps.db, { at: now, value });
  value.catch(() => areaCache.delete(deps.db));
  return value;
}

/** The names of the local authorities the service lists. */
export async function loadAreaNames(deps: Pick<Deps, 'db'>): Promise<string[]> {
  return (await loadAreas(deps)).names;
}

export interface PublicServiceInfo {
  name: string;
  phone: string;
  email?: string;
  officeHours: { openNow: boolean; text: string };
}

export async function loadServiceInfo(
  deps: Pick<Deps, 'db' | 'clock'>,
): Promise<PublicServiceInfo> {
  return serviceInfoFrom(await loadSettings(deps), deps);
}

/**
 * What a family needs to reach the service, even with the database down: from the settings or
 * their last good read; with neither, the configured phone number and no office hours. Null only
 * when nothing at all is known.
 */
export async function serviceInfoForFamilies(
  deps: Pick<Deps, 'db' | 'clock' | 'config'>,
): Promise<PublicServiceInfo | null> {
  const s = await settingsOrLastKnown(deps);
  if (s) return serviceInfoFrom(s, deps);
  const phone = deps.config.fallbackPhone;
  if (!phone) return null;
  return {
    name: DEFAULT_SETTINGS.serviceName,
    phone,
    officeHours: {
      openNow: false,
      text: `We cannot check our opening hours just now. Please call ${phone}.`,
    },
  };
}

function serviceInfoFrom(s: Settings, deps: Pick<Deps, 'clock'>): PublicServiceInfo {
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

export function invalidateSettings(deps: Pick<Deps, 'db'>): void {
  cache.delete(deps.db);
  areaCache.delete(deps.db);
}
