import { error } from '@sveltejs/kit';
import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ params, depends, parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  depends('guidance:doc');
  const doc = (await api.guidance.list.query()).find((d) => d.id === params.id);
  if (!doc) error(404, 'There is no such guidance page.');
  return { doc };
}) satisfies PageLoad;
