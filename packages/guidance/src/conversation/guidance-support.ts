// The service's own passage for a fixed query: a route's or a deadline's search words
// (data/conversation.json routeSearch, deadlineSearch, a situation's `search`). The same few
// queries are asked of one index on every such answer, so each is looked up once per index.
import { composeFromGuidance } from '../pipeline/compose';
import type { Composed } from '../pipeline/composed';
import type { GuidanceIndex } from '../search/guidance-index';

const found = new WeakMap<GuidanceIndex, Map<string, Composed | undefined>>();

export function supportingPassage(query: string, index: GuidanceIndex): Composed | undefined {
  let byQuery = found.get(index);
  if (!byQuery) found.set(index, (byQuery = new Map()));
  if (!byQuery.has(query)) byQuery.set(query, composeFromGuidance(`${query}?`, index));
  return byQuery.get(query);
}
