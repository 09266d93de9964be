/**
 * Care plans: start one, read it with its events and the commands the caller may issue, and send
 * commands. Starts and commands take an `Idempotency-Key` (the store's `commandId`).
 */
import {
  allowedCommands,
  parseCarePlanStart,
  startCarePlan,
  transition,
} from '@livewell/care-plan';
import { parseCarePlanCommand } from '@livewell/core';
import type { Settings } from '../config.js';
import { commandOptions, recordIdParam, withTenant } from '../request.js';
import type { Call, Routes } from '../routes.js';
import { tenantRoute } from '../routes.js';

const contextOf = ({ settings, actor }: Pick<Call, 'settings' | 'actor'>) => ({
  now: settings.now(),
  actor,
  policy: settings.policy,
  timeZone: settings.timeZone,
  ids: settings.ids,
});

const path = '/tenants/:tenantId/care-plans';

/** Care-plan routes. */
export const carePlanRoutes: Routes = (app, settings: Settings) => {
  app.post(
    path,
    tenantRoute(settings, async (call) => {
      const { tenant, request, reply, problem } = call;
      const options = commandOptions(request);
      if (!options.ok) return problem(options.error);
      const start = parseCarePlanStart(withTenant(request.body, tenant.tenantId));
      if (!start.ok) return problem(start.error);
      const started = startCarePlan(start.value, contextOf(call));
      if (!started.ok) return problem(started.error);
      const { plan, events } = started.value;
      return reply.status(201).send(await tenant.carePlans.create(plan, events, options.value));
    }),
  );
  app.get(
    `${path}/:planId`,
    tenantRoute(settings, async ({ tenant, request, reply, problem }) => {
      const id = recordIdParam(request, 'planId');
      return id.ok ? reply.send(await tenant.carePlans.get(id.value)) : problem(id.error);
    }),
  );
  app.get(
    `${path}/:planId/events`,
    tenantRoute(settings, async ({ tenant, request, reply, problem }) => {
      const id = recordIdParam(request, 'planId');
      return id.ok ? reply.send(await tenant.carePlans.events(id.value)) : problem(id.error);
    }),
  );
  app.get(
    `${path}/:planId/allowed-commands`,
    tenantRoute(settings, async ({ tenant, request, reply, problem, actor }) => {
      const id = recordIdParam(request, 'planId');
      if (!id.ok) return problem(id.error);
      const { record } = await tenant.carePlans.get(id.value);
      return reply.send({ commands: allowedCommands(record, actor, settings.policy) });
    }),
  );
  app.post(
    `${path}/:planId/commands`,
    tenantRoute(settings, async (call) => {
      const { tenant, request, reply, problem } = call;
      const id = recordIdParam(request, 'planId');
      if (!id.ok) return problem(id.error);
      const options = commandOptions(request);
      if (!options.ok) return problem(options.error);
      const command = parseCarePlanCommand(request.body);
      if (!command.ok) return problem(command.error);
      const written = await tenant.carePlans.update(
        id.value,
        (plan) => transition(plan, command.value, contextOf(call)),
        options.value,
      );
      return written.ok ? reply.send(written.value) : problem(written.error);
    }),
  );
};
