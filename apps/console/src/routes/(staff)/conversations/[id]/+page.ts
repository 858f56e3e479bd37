import { api } from '$lib/api';
import { loaded } from '$lib/load-errors';
import type { PageLoad } from './$types';

export const load = (async ({ params, depends, parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  depends('conversation:detail');
  return {
    conversation: await loaded(api.conversations.get.query({ id: params.id }), 'That conversation'),
  };
}) satisfies PageLoad;
