import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ params, depends, parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  depends('guidance:doc');
  return { doc: await api.guidance.get.query({ id: params.id }) };
}) satisfies PageLoad;
