import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ depends }) => {
  depends('app:today');
  return { today: await api.dashboard.today.query() };
}) satisfies PageLoad;
