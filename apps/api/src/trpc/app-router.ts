// The staff API: one router per domain. The console imports only `type AppRouter` from here
// (package export `@sen/api/router`), so keep this file free of run-time imports it would drag in.
import { router } from './init';
import { authRouter } from './routers/auth';
import { callbacksRouter } from './routers/callbacks';
import { casesRouter } from './routers/cases';
import { certificatesRouter } from './routers/certificates';
import { dashboardRouter } from './routers/dashboard';
import { auditRouter } from './routers/audit';
import { conversationsRouter } from './routers/conversations';
import { guidanceRouter } from './routers/guidance';
import { settingsRouter } from './routers/settings';
import { sitesRouter } from './routers/sites';
import { usersRouter } from './routers/users';
import { localAuthoritiesRouter } from './routers/local-authorities';
import { reportsRouter } from './routers/reports';
import { taughtRouter } from './routers/taught';
import { translationsRouter } from './routers/translations';
import { vocabularyRouter } from './routers/vocabulary';

export const appRouter = router({
  auth: authRouter,
  cases: casesRouter,
  certificates: certificatesRouter,
  callbacks: callbacksRouter,
  dashboard: dashboardRouter,
  localAuthorities: localAuthoritiesRouter,
  reports: reportsRouter,
  guidance: guidanceRouter,
  conversations: conversationsRouter,
  taught: taughtRouter,
  vocabulary: vocabularyRouter,
  sites: sitesRouter,
  users: usersRouter,
  settings: settingsRouter,
  translations: translationsRouter,
  audit: auditRouter,
});

export type AppRouter = typeof appRouter;
