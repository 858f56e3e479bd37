// The staff API: one router per domain. The console imports only `type AppRouter` from here
// (package export `@sen/api/router`), so keep this file free of run-time imports it would drag in.
import { router } from './init';
import { authRouter } from './routers/auth';
import { calendarRouter } from './routers/calendar';
import { callbacksRouter } from './routers/callbacks';
import { casePartiesRouter } from './routers/case-parties';
import { caseBulkRouter } from './routers/case-bulk';
import { caseDocumentsRouter } from './routers/case-documents';
import { casesRouter } from './routers/cases';
import { certificatesRouter } from './routers/certificates';
import { dashboardRouter } from './routers/dashboard';
import { auditRouter } from './routers/audit';
import { conversationsRouter } from './routers/conversations';
import { guidanceRouter } from './routers/guidance';
import { settingsRouter } from './routers/settings';
import { subjectsRouter } from './routers/subjects';
import { sitesRouter } from './routers/sites';
import { usersRouter } from './routers/users';
import { meetingsRouter } from './routers/meetings';
import { localAuthoritiesRouter } from './routers/local-authorities';
import { notificationsRouter } from './routers/notifications';
import { reportsRouter } from './routers/reports';
import { taughtRouter } from './routers/taught';
import { translationsRouter } from './routers/translations';
import { vocabularyRouter } from './routers/vocabulary';

export const appRouter = router({
  auth: authRouter,
  cases: casesRouter,
  caseParties: casePartiesRouter,
  meetings: meetingsRouter,
  calendar: calendarRouter,
  caseDocuments: caseDocumentsRouter,
  caseBulk: caseBulkRouter,
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
  subjects: subjectsRouter,
  notifications: notificationsRouter,
});

export type AppRouter = typeof appRouter;
