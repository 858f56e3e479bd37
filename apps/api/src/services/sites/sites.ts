import { getSiteByKey, type PartnerSite } from '@sen/db';
import type { AppDeps } from '../../system/deps';

const TTL_MS = 5_000;
const cache = new WeakMap<
  object,
  Map<string, { at: number; value: Promise<PartnerSite | null> }>
>();

/** A partner site by its public key, cached for a few seconds (every widget request needs it). */
export function findSite(deps: Pick<AppDeps, 'db'>, key: string): Promise<PartnerSite | null> {
  let sites = cache.get(deps.db);
  if (!sites) cache.set(deps.db, (sites = new Map()));
  const now = Date.now();
  const hit = sites.get(key);
  if (hit && now - hit.at < TTL_MS) return hit.value;
  if (sites.size > 1000) sites.clear();
  const value = getSiteByKey(deps.db, key).then((s) => s ?? null);
  sites.set(key, { at: now, value });
  value.then(
    (site) => rememberSite(deps, key, site),
    () => sites.delete(key),
  );
  return value;
}

// The last good read of each site, for as long as the process runs: with the database down or
// locked, the chat frame is still served to the sites it was served to a moment ago, with the
// same frame-ancestors, instead of going blank.
const lastGood = new WeakMap<object, Map<string, PartnerSite | null>>();

function rememberSite(deps: Pick<AppDeps, 'db'>, key: string, site: PartnerSite | null) {
  let known = lastGood.get(deps.db);
  if (!known) lastGood.set(deps.db, (known = new Map()));
  if (known.size > 1000 && !known.has(key)) known.clear();
  known.set(key, site);
}

/**
 * The site now, or its last good read when the database does not answer within `waitMs`;
 * `undefined` when the database is down and the site has not been seen since the start.
 */
export async function findSiteOrLastKnown(
  deps: Pick<AppDeps, 'db'>,
  key: string,
  waitMs = 1_000,
): Promise<PartnerSite | null | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await Promise.race([
      findSite(deps, key),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), waitMs);
      }),
    ]);
  } catch {
    return lastGood.get(deps.db)?.get(key);
  } finally {
    clearTimeout(timer);
  }
}

export function siteAllows(site: PartnerSite, origin: string | null): boolean {
  return origin !== null && site.enabled && site.allowedOrigins.includes(origin);
}
