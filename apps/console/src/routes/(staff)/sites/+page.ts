import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  const [sites, usage] = await Promise.all([
    api.sites.list.query(),
    api.sites.usage.query({ days: 30 }),
  ]);
  return { sites, usage };
}) satisfies PageLoad;
