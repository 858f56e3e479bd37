import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ depends, parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  depends('guidance:list');
  return { documents: await api.guidance.list.query() };
}) satisfies PageLoad;
