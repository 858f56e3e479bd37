import { api } from '$lib/api';
import { loaded } from '$lib/load-errors';
import type { PageLoad } from './$types';

export const load = (async ({ params, parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  const site =
    params.id === 'new'
      ? null
      : await loaded(api.sites.get.query({ id: params.id }), 'That partner site');
  return { site };
}) satisfies PageLoad;
