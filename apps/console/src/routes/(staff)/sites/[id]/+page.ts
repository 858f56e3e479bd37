import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ params, parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  const site = params.id === 'new' ? null : await api.sites.get.query({ id: params.id });
  return { site };
}) satisfies PageLoad;
