/** People: create one (the body is a `Person` without `tenantId`) and read it back. */
import { parsePerson } from '@livewell/core';
import { personIdParam, withTenant } from '../request.js';
import type { Routes } from '../routes.js';
import { tenantRoute } from '../routes.js';

/** `POST /tenants/:tenantId/people`, `GET /tenants/:tenantId/people/:personId`. */
export const peopleRoutes: Routes = (app, settings) => {
  app.post(
    '/tenants/:tenantId/people',
    tenantRoute(settings, async ({ tenant, request, reply, problem }) => {
      const person = parsePerson(withTenant(request.body, tenant.tenantId));
      if (!person.ok) return problem(person.error);
      return reply.status(201).send(await tenant.people.create(person.value));
    }),
  );
  app.get(
    '/tenants/:tenantId/people/:personId',
    tenantRoute(settings, async ({ tenant, request, reply, problem }) => {
      const id = personIdParam(request, 'personId');
      if (!id.ok) return problem(id.error);
      return reply.send(await tenant.people.get(id.value));
    }),
  );
};
