import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  return { settings: await api.settings.get.query() };
}) satisfies PageLoad;
