import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ params, depends, parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  depends('conversation:detail');
  return { conversation: await api.conversations.get.query({ id: params.id }) };
}) satisfies PageLoad;
