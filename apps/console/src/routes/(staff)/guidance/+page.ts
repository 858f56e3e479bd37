import { api } from '$lib/api';
import type { PageLoad } from './$types';

export const load = (async ({ depends, parent }) => {
  await parent(); // the staff guard first: no calls before sign-in
  depends('guidance:list');
  const [documents, files] = await Promise.all([
    api.guidance.list.query(),
    api.guidance.files.list.query(),
  ]);
  return { documents, files };
}) satisfies PageLoad;
