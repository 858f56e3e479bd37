import { Hono } from 'hono';
import { z } from 'zod';
import { nextStep, RulesInputError } from '@sen/rules';
import type { AppDeps } from '../../system/deps';
import { widgetError } from '../http-errors';
import { readToolBody } from './shared';

const answer = z.union([z.string().max(100), z.array(z.string().max(100)).max(20)]);
const Body = z.object({ answers: z.record(z.string().max(40), answer).default({}) });

/** POST /triage: all answers so far in, the next question or the route out (@sen/rules). */
export function triageRoutes(deps: AppDeps) {
  const app = new Hono();
  app.post('/', async (c) => {
    const body = await readToolBody(deps, c, Body);
    if (!body.ok) return body.res;
    try {
      return c.json(nextStep(body.data.answers));
    } catch (error) {
      if (error instanceof RulesInputError)
        return widgetError(deps, c, 400, 'bad_request', error.message);
      throw error;
    }
  });
  return app;
}
