import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ params, depends }) => {
  depends('guidance:doc');
  return { doc: await api.guidance.get.query({ id: params.id }) };
}) satisfies PageLoad;
