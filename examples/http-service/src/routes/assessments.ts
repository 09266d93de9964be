/**
 * Assessments: score a shipped questionnaire and store the outcome (an unscorable set is stored
 * too, as `status: 'unscorable'`, so no flag is lost); list a person's assessments.
 */
import { assessmentFromScoring, score, shippedInstruments } from '@livewell/activation';
import { ItemResponseSchema, makeParser, PersonIdSchema } from '@livewell/core';
import * as z from 'zod';
import { personIdParam } from '../request.js';
import type { Routes } from '../routes.js';
import { tenantRoute } from '../routes.js';

/** The body of `POST /tenants/:tenantId/assessments`. */
export const AssessmentRequestSchema = z.strictObject({
  instrument: z.enum(Object.keys(shippedInstruments) as [string, ...string[]]),
  personId: PersonIdSchema,
  responses: z.array(ItemResponseSchema).max(200),
});

const parseAssessmentRequest = makeParser('AssessmentRequest', AssessmentRequestSchema);

/** Assessment routes. */
export const assessmentRoutes: Routes = (app, settings) => {
  app.post(
    '/tenants/:tenantId/assessments',
    tenantRoute(settings, async ({ tenant, request, reply, problem, actor }) => {
      const body = parseAssessmentRequest(request.body);
      if (!body.ok) return problem(body.error);
      const { instrument, personId, responses } = body.value;
      await tenant.people.get(personId); // 404 for someone this practice does not know
      const definition = shippedInstruments[instrument];
      if (definition === undefined) return problem({ code: 'invalid-input', message: instrument });
      const assessment = assessmentFromScoring(score(definition, responses), {
        id: settings.ids('assessment'),
        tenantId: tenant.tenantId,
        personId,
        completedAt: settings.now(),
        responses,
        recordedBy: actor,
      });
      if (!assessment.ok) return problem(assessment.error);
      return reply.status(201).send(await tenant.assessments.append(assessment.value));
    }),
  );
  app.get(
    '/tenants/:tenantId/people/:personId/assessments',
    tenantRoute(settings, async ({ tenant, request, reply, problem }) => {
      const id = personIdParam(request, 'personId');
      return id.ok
        ? reply.send(await tenant.assessments.listByPerson(id.value))
        : problem(id.error);
    }),
  );
};
