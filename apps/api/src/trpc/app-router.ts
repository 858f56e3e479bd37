// The staff API: one router per domain. The console imports only `type AppRouter` from here
// (package export `@sen/api/router`), so keep this file free of run-time imports it would drag in.
import { router } from './init';
import { authRouter } from './routers/auth';

export const appRouter = router({
  auth: authRouter,
});

export type AppRouter = typeof appRouter;
