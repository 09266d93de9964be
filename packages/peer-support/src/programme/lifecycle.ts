import {
  defineLifecycle,
  EnrolmentStatusSchema,
  err,
  ok,
  parseEnrolmentCommand,
} from '@livewell/core';
import { programmePartiesOf } from './access.js';
import { attending } from './commands/attending.js';
import { closing } from './commands/closing.js';
import { leaving } from './commands/leaving.js';
import { waiting } from './commands/waiting.js';
import { rejection } from './rules.js';
import type { ProgrammeTypes } from './types.js';

/** Every enrolment command, gathered from the command-group files (a missing one will not compile). */
const commands = { ...waiting, ...attending, ...closing, ...leaving };

/**
 * The lifecycle of a place on a programme (an enrolment), derived by core's kit from the command
 * specs in `commands/`: `transition`, `allowedCommands` and the docs' diagram and table. Asking
 * for a place ({@link enrol}) creates an enrolment; the roster operations (`withdraw`,
 * `fillPlaces`, `closeProgramme`) are built on it. Authorisation comes from the records.
 */
export const lifecycle = defineLifecycle<ProgrammeTypes>()({
  name: 'enrolment',
  states: EnrolmentStatusSchema.options,
  terminal: ['withdrawn', 'completed', 'not-completed'],
  stateOf: (enrolment) => enrolment.status,
  commands,
  parse: (input) => {
    const parsed = parseEnrolmentCommand(input);
    return parsed.ok
      ? ok(parsed.value)
      : err(rejection('invalid-command', parsed.error.message, { issues: parsed.error.issues }));
  },
  actorOf: (context) => context,
  permits: (enrolment, context, who) => {
    const parties = programmePartiesOf(context, enrolment.personId);
    return who.some((party) => parties.has(party));
  },
  refuse: (_enrolment, _context, type) =>
    rejection('not-authorised', `Only the ${commands[type].who.join(' or ')} may ${type}.`, {
      command: type,
      allowed: commands[type].who,
    }),
  // The envelope first, the body spread last (V8 clones `{ ...body, more }` on a slow path).
  stamp: (enrolment, context, body) => ({
    enrolmentId: enrolment.id,
    at: context.now,
    actor: context.actor,
    ...body,
  }),
  // One working copy per command: reducers change it in place.
  produce: (enrolment, run) =>
    run({ ...enrolment, history: [...enrolment.history], attendance: [...enrolment.attendance] }),
});
