// The staff API: one router per domain. The console imports only `type AppRouter` from here
// (package export `@sen/api/router`), so keep this file free of run-time imports it would drag in.
import { router } from './init';
import { authRouter } from './routers/auth';
import { guidanceRouter } from './routers/guidance';

export const appRouter = router({
  auth: authRouter,
  guidance: guidanceRouter,
});

export type AppRouter = typeof appRouter;
