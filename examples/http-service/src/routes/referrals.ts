/**
 * Referrals: draft (and make) one, read it with its events, send commands. Who may act is
 * decided from records: the receiving service and the person from the store, organisation
 * memberships and trusted systems from the service's configuration.
 */
import {
  type PersonId,
  parseNewReferral,
  parseReferralCommand,
  type RecordId,
} from '@livewell/core';
import { referral } from '@livewell/peer-support';
import { commandOptions, recordIdParam, withTenant } from '../request.js';
import type { Call, Routes } from '../routes.js';
import { tenantRoute } from '../routes.js';

const path = '/tenants/:tenantId/referrals';

async function contextFor(call: Call, serviceId: RecordId, personId: PersonId) {
  const { tenant, settings, actor } = call;
  const [service, person] = await Promise.all([
    tenant.services.get(serviceId),
    tenant.people.get(personId),
  ]);
  return {
    now: settings.now(),
    actor,
    ids: settings.ids,
    records: {
      service: service.record,
      person: person.record,
      memberships: settings.memberships,
      systems: settings.systems,
    },
  };
}

/** Referral routes. */
export const referralRoutes: Routes = (app, settings) => {
  app.post(
    path,
    tenantRoute(settings, async (call) => {
      const { tenant, request, reply, problem } = call;
      const options = commandOptions(request);
      if (!options.ok) return problem(options.error);
      const input = parseNewReferral(withTenant(request.body, tenant.tenantId));
      if (!input.ok) return problem(input.error);
      const context = await contextFor(call, input.value.serviceId, input.value.personId);
      const created = referral.create(input.value, context);
      if (!created.ok) return problem(created.error);
      const { referral: record, events } = created.value;
      return reply.status(201).send(await tenant.referrals.create(record, events, options.value));
    }),
  );
  app.get(
    `${path}/:referralId`,
    tenantRoute(settings, async ({ tenant, request, reply, problem }) => {
      const id = recordIdParam(request, 'referralId');
      return id.ok ? reply.send(await tenant.referrals.get(id.value)) : problem(id.error);
    }),
  );
  app.get(
    `${path}/:referralId/events`,
    tenantRoute(settings, async ({ tenant, request, reply, problem }) => {
      const id = recordIdParam(request, 'referralId');
      return id.ok ? reply.send(await tenant.referrals.events(id.value)) : problem(id.error);
    }),
  );
  app.post(
    `${path}/:referralId/commands`,
    tenantRoute(settings, async (call) => {
      const { tenant, request, reply, problem } = call;
      const id = recordIdParam(request, 'referralId');
      if (!id.ok) return problem(id.error);
      const options = commandOptions(request);
      if (!options.ok) return problem(options.error);
      const command = parseReferralCommand(request.body);
      if (!command.ok) return problem(command.error);
      const { record } = await tenant.referrals.get(id.value);
      const context = await contextFor(call, record.serviceId, record.personId);
      const written = await tenant.referrals.update(
        id.value,
        (current) => referral.transition(current, command.value, context),
        options.value,
      );
      return written.ok ? reply.send(written.value) : problem(written.error);
    }),
  );
};
