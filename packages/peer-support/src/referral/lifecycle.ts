import {
  defineLifecycle,
  type RecordId,
  type Referral,
  type ReferralEvent,
  referralStatuses,
} from '@livewell/core';
import { parseCommand } from './command.js';
import { attending } from './commands/attending.js';
import { closing } from './commands/closing.js';
import { making } from './commands/making.js';
import { pausing } from './commands/pausing.js';
import { responding } from './commands/responding.js';
import { partiesFromRecords, recordsFit } from './parties.js';
import { rejection } from './rules.js';
import type { ReferralTypes } from './types.js';

/** Every referral command, gathered from the command-group files (a missing one will not compile). */
const commands = { ...making, ...responding, ...attending, ...pausing, ...closing };

type Created = Extract<ReferralEvent, { type: 'referral.created' }>;

/** The referral a `referral.created` event describes: a draft with one history entry. */
export function fromCreated(event: Created): Referral {
  const referral: Referral = {
    schemaVersion: 1,
    id: event.referralId,
    tenantId: event.tenantId,
    personId: event.personId,
    serviceId: event.serviceId,
    referrer: event.actor,
    route: event.route,
    reason: event.reason,
    status: 'draft',
    history: [{ status: 'draft', at: event.at, actor: event.actor }],
    codes: [],
    createdAt: event.at,
    updatedAt: event.at,
  };
  if (event.basedOn !== undefined) referral.basedOn = event.basedOn;
  return referral;
}

/**
 * The referral lifecycle, derived by core's kit from the command specs in `commands/`: the
 * machine (`transition`), `allowedCommands`, `applyEvents`/`replay`, and the docs' diagram
 * and table. Authorisation comes from the records in the context (see {@link partiesOf}).
 */
export const lifecycle = defineLifecycle<ReferralTypes>()({
  name: 'referral',
  states: referralStatuses,
  terminal: ['completed', 'declined', 'not-completed', 'entered-in-error'],
  stateOf: (referral) => referral.status,
  commands,
  otherEvents: {
    // The start event is read by `history.create`; as a fact on a referral it changes nothing.
    'referral.created': () => undefined,
  },
  parse: parseCommand,
  actorOf: (context) => context,
  permits: (referral, access, who) => {
    if (!recordsFit(referral, access)) return false;
    const parties = partiesFromRecords(referral, access);
    return who.some((party) => parties.has(party));
  },
  refuse: (referral, access, type) =>
    recordsFit(referral, access)
      ? rejection('not-authorised', `Only the ${commands[type].who.join(' or ')} may ${type}.`, {
          command: type,
          allowed: commands[type].who,
        })
      : rejection(
          'records-mismatch',
          "The context's records are not those of the referral's service and person.",
          { serviceId: referral.serviceId },
        ),
  history: {
    isStart: (event) => event.type === 'referral.created',
    create: (event) => (event.type === 'referral.created' ? fromCreated(event) : undefined),
    sameStream: (first, event) =>
      event.referralId === first.referralId && event.tenantId === first.tenantId,
  },
  // The envelope first and the body spread last: V8 (Node 20) clones `{ ...body, more }` on a
  // slow path, about 30× slower here (see the README's benchmark note).
  stamp: (referral, context, body) => ({
    schemaVersion: 1,
    id: context.ids('event') as RecordId,
    tenantId: referral.tenantId,
    referralId: referral.id,
    at: context.now,
    actor: context.actor,
    ...body,
  }),
  // One working copy per command (or per replay): reducers append in place, so replay is linear.
  produce: (referral, run) =>
    run({ ...referral, history: [...referral.history], codes: [...referral.codes] }),
});
