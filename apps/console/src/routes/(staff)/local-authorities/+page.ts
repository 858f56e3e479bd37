import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  return { authorities: await api.localAuthorities.list.query() };
}) satisfies PageLoad;
