/** Builds the Fastify app: every route, problem details for every error, the OpenAPI document. */
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { type ServiceConfig, settingsOf } from './config.js';
import { openApiDocument } from './openapi.js';
import { errorHandler, httpProblem, PROBLEM_JSON } from './problems.js';
import { actorFromHeader } from './request.js';
import { assessmentRoutes } from './routes/assessments.js';
import { carePlanRoutes } from './routes/care-plans.js';
import { directoryRoutes } from './routes/directory.js';
import { peopleRoutes } from './routes/people.js';
import { referralRoutes } from './routes/referrals.js';

/** The service over `config.store`; call `listen` on the result (or `inject` in tests). */
export function buildServer(
  config: ServiceConfig,
  options: FastifyServerOptions = {},
): FastifyInstance {
  const settings = settingsOf(config, actorFromHeader);
  const app = Fastify(options);
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) =>
    reply
      .status(404)
      .type(PROBLEM_JSON)
      .send({ ...httpProblem(404, 'No such route', `${request.method} ${request.url}`) }),
  );
  const document = openApiDocument();
  app.get('/openapi.json', async () => document);
  for (const routes of [
    peopleRoutes,
    carePlanRoutes,
    assessmentRoutes,
    directoryRoutes,
    referralRoutes,
  ]) {
    routes(app, settings);
  }
  return app;
}
