// The one tRPC client. Every call is a POST (methodOverride), so search terms and names never
// land in a URL, a server log or the browser history; every call carries the CSRF header the API
// requires and the session cookie.
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import superjson from 'superjson';
import type { AppRouter } from '@sen/api/router';

export const CSRF_HEADER = 'x-sen-csrf';

export const trpc = createTRPCClient<AppRouter>({
  links: [
    httpBatchLink({
      url: '/trpc',
      transformer: superjson,
      methodOverride: 'POST',
      maxURLLength: 2000,
      headers: () => ({ [CSRF_HEADER]: '1' }),
      fetch: (url, init) => fetch(url, { ...init, credentials: 'same-origin' }),
    }),
  ],
});

export type Trpc = typeof trpc;
