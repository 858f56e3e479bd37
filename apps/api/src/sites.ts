import { getSiteByKey, type PartnerSite } from '@sen/db';
import type { AppDeps } from './deps';

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
  value.catch(() => sites.delete(key));
  return value;
}

export function siteAllows(site: PartnerSite, origin: string | null): boolean {
  return origin !== null && site.enabled && site.allowedOrigins.includes(origin);
}
