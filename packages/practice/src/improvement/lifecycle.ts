import {
  defineLifecycle,
  err,
  type Improvement,
  type ImprovementEvent,
  improvementStatuses,
  parseImprovementCommand,
  type RecordId,
} from '@livewell/core';
import { partiesOf } from './access.js';
import { moving } from './commands/moving.js';
import { recording } from './commands/recording.js';
import { rejection } from './rules.js';
import type { ImprovementTypes } from './types.js';

/** Every improvement command, gathered from the command-group files (a missing one will not compile). */
const commands = { ...moving, ...recording };

/** The event that proposes an improvement. */
export type ImprovementProposedEvent = Extract<ImprovementEvent, { type: 'improvement.proposed' }>;

/** The improvement an `improvement.proposed` event describes: an idea with one history entry. */
export function fromProposed(event: ImprovementProposedEvent): Improvement {
  return {
    schemaVersion: 1,
    id: event.improvementId,
    tenantId: event.tenantId,
    practiceId: event.practiceId,
    title: event.title,
    problem: event.problem,
    origin: event.origin,
    coDesigners: event.coDesigners,
    status: 'idea',
    measures: [],
    history: [{ status: 'idea', at: event.at, actor: event.actor }],
    createdAt: event.at,
    updatedAt: event.at,
  };
}

/**
 * The improvement lifecycle (idea → trial → in routine use, or dropped), derived by core's kit
 * from the command specs in `commands/`: `transition`, `allowedCommands`, replay and the docs'
 * diagram. Who may act comes from the practice's membership records and trusted systems.
 */
export const lifecycle = defineLifecycle<ImprovementTypes>()({
  name: 'improvement',
  states: improvementStatuses,
  terminal: ['dropped'],
  stateOf: (improvement) => improvement.status,
  commands,
  otherEvents: {
    // The start event is read by `history.create`; as a fact on an improvement it changes nothing.
    'improvement.proposed': () => undefined,
  },
  parse: (command) => {
    const parsed = parseImprovementCommand(command);
    return parsed.ok
      ? parsed
      : err(rejection('invalid-command', parsed.error.message, { issues: parsed.error.issues }));
  },
  actorOf: (context) => context,
  permits: (improvement, context, who) => {
    const parties = partiesOf(improvement.practiceId, context);
    return who.some((party) => parties.has(party));
  },
  refuse: (_improvement, _context, type) =>
    rejection('not-authorised', `Only the ${commands[type].who.join(' or ')} may ${type}.`, {
      command: type,
      allowed: commands[type].who,
    }),
  history: {
    isStart: (event) => event.type === 'improvement.proposed',
    create: (event) => (event.type === 'improvement.proposed' ? fromProposed(event) : undefined),
    sameStream: (first, event) =>
      event.improvementId === first.improvementId && event.tenantId === first.tenantId,
  },
  everyEvent: (improvement, event) => {
    improvement.updatedAt = event.at;
  },
  stamp: (improvement, context, body) => ({
    schemaVersion: 1,
    id: context.ids('event') as RecordId,
    tenantId: improvement.tenantId,
    improvementId: improvement.id,
    at: context.now,
    actor: context.actor,
    ...body,
  }),
  produce: (improvement, run) =>
    run({
      ...improvement,
      history: [...improvement.history],
      measures: [...improvement.measures],
      coDesigners: [...improvement.coDesigners],
    }),
});
