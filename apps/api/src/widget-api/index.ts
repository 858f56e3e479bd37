import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppDeps } from '../deps';
import { widgetError } from '../http-errors';
import { callbackRoutes } from './callbacks';
import { conversationRoutes } from './conversations';
import { deadlineRoutes } from './deadlines';
import { feedbackRoutes } from './feedback';
import { messageRoutes } from './messages';
import { officeHoursRoutes } from './office-hours';
import { triageRoutes } from './triage';

/** The widget's REST + SSE API (docs/ARCHITECTURE.md, "Widget REST API"). */
export function widgetApi(deps: AppDeps) {
  const app = new Hono();
  // Requests are small JSON; anything bigger is refused before it is read.
  app.use(
    '*',
    bodyLimit({
      maxSize: 16 * 1024,
      onError: (c) => widgetError(deps, c, 413, 'too_large', 'That was too much to send at once.'),
    }),
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
