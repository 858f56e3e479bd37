import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ depends }) => {
  depends('admin:users');
  return { users: await api.users.list.query() };
}) satisfies PageLoad;
