import { Hono } from 'hono';
import type { AppDeps } from '../../system/deps';
import { BUSY_RETRY_AFTER_SECONDS, isDatabaseBusy } from '../../lib/busy';
import { widgetError, widgetUnavailable } from '../http-errors';
import { errorSummary } from '../../lib/logger';
import { declaredSizeLimit, WIDGET_BODY_LIMIT } from './body';
import { callbackRoutes } from './callbacks';
import { conversationRoutes } from './conversations';
import { deadlineRoutes } from './deadlines';
import { feedbackRoutes } from './feedback';
import { messageRoutes } from './messages';
import { officeHoursRoutes } from './office-hours';
import { tooLarge } from './shared';
import { stringsRoutes } from './strings';
import { triageRoutes } from './triage';

/** The widget's REST + SSE API (docs/ARCHITECTURE.md, "Widget REST API"). */
export function widgetApi(deps: AppDeps) {
  const app = new Hono();
  // Requests are small JSON; anything declared bigger is refused before it is read, and a
  // body of undeclared size is held to the same limit as it is read (readBody).
  app.use(
    '*',
    declaredSizeLimit(WIDGET_BODY_LIMIT, (c) => tooLarge(deps, c)),
  );
  app.route('/conversations', conversationRoutes(deps));
  app.route('/conversations', messageRoutes(deps));
  app.route('/messages', feedbackRoutes(deps));
  app.route('/triage', triageRoutes(deps));
  app.route('/deadlines', deadlineRoutes(deps));
  app.route('/callbacks', callbackRoutes(deps));
  app.route('/office-hours', officeHoursRoutes(deps));
  app.route('/strings', stringsRoutes(deps));
  app.notFound((c) => widgetError(deps, c, 404, 'not_found', 'There is nothing at this address.'));
  // Whatever failed, the family gets a sentence and the phone number: 503 + Retry-After when
  // the database cannot serve now (down, locked, busy), else 500. Never internals.
  app.onError((err, c) => {
    if (isDatabaseBusy(err)) {
      deps.logger.warn({ path: c.req.path, err: errorSummary(err) }, 'database unavailable');
      return widgetUnavailable(deps, c, BUSY_RETRY_AFTER_SECONDS);
    }
    deps.logger.error({ err: errorSummary(err), path: c.req.path }, 'unhandled error');
    return widgetError(
      deps,
      c,
      500,
      'internal',
      'Something went wrong on our side. Please try again.',
    );
  });
  return app;
}
