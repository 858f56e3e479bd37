import { error } from '@sveltejs/kit';
import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ params, parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  if (params.id === 'new') return { authority: null };
  // The list is short (one row per authority) and there is no single-row call.
  const all = await api.localAuthorities.list.query();
  const authority = all.find((la) => la.id === params.id);
  if (!authority) error(404, 'That local authority was not found.');
  return { authority };
}) satisfies PageLoad;
