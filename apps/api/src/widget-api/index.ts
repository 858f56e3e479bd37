import { Hono } from 'hono';
import type { AppDeps } from '../deps';
import { widgetError } from '../http-errors';
import { declaredSizeLimit, WIDGET_BODY_LIMIT } from './body';
import { callbackRoutes } from './callbacks';
import { conversationRoutes } from './conversations';
import { deadlineRoutes } from './deadlines';
import { feedbackRoutes } from './feedback';
import { messageRoutes } from './messages';
import { officeHoursRoutes } from './office-hours';
import { tooLarge } from './shared';
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
  app.notFound((c) => widgetError(deps, c, 404, 'not_found', 'There is nothing at this address.'));
  return app;
}
